"""Content of the sample-web families: one data module per family.

Every article body here was written for vbwatch's sample web.  Bodies carry facts
(document numbers, dates, issuers, names) taken from public pages, but the sentences
are our own; provincial document numbers that do not come from the seed pages are
invented for the sample and must not be read as real documents.

Module contract: ``SITE`` (chrome data), ``ARTICLES`` (published at start), ``PENDING``
(published one by one through ``/_admin/publish``; ``date`` None means "now"),
``UPDATES`` (sentences appended by body edits; ``{date}``/``{time}`` are filled in).
"""

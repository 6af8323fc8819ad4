"""Store one processed page: article, versions, directives, mentions, relations, events.

`store_page` runs inside the caller's transaction, so a page is stored whole
or not at all and a crash never leaves half an article behind.
"""

from __future__ import annotations

from dataclasses import asdict

import sqlite_utils

from storage.articles import mark_removed, record_article, touch_unmodified
from storage.directives import record_directive, record_relation, replace_mentions, resolve_key

MENTION_RELATIONS = {"publishes": "publishes", "implements": "implements"}
DOCUMENT_RELATIONS = ("implements", "replaces", "amends", "repeals")
CONTEXT_CHARS = 90


def _context(text: str, start: int, end: int) -> str:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    return " ".join(text[left:right].split())


def store_page(db: sqlite_utils.Database, item: dict, now: str) -> dict[str, int]:
    """Returns counter deltas for the crawl run."""
    status = item["status"]
    url = item["url"]
    if status == 304:
        touch_unmodified(db, url, item["fetched_at"])
        return {"pages_unchanged": 1}
    if status in (404, 410):
        mark_removed(db, url, item["fetched_at"], status)
        return {}
    article = item.get("article")
    if not article:
        return {}
    headers = item.get("headers") or {}
    outcome = record_article(
        db, url=url, source_id=item["source_id"], title=article.get("title"), text=article["text"],
        published_at=article.get("published_at"), author=article.get("author"),
        fetched_url=item["fetched_url"], fetched_at=item["fetched_at"], http_status=status,
        etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"),
        raw_body=item.get("body"), headers=headers,
    )
    counts = {f"pages_{outcome.status}": 1}
    if item.get("analysis") is None:
        return counts
    if outcome.status == "unchanged" and not item.get("document"):
        return counts
    # A law page's status and effective date live in its attribute table, outside the text the
    # content hash covers: an "unchanged" document page must still refresh its directive's facts.
    counts["directives_new"] = _store_directives(db, item, article, now)
    return counts


def _store_directives(db, item: dict, article: dict, now: str) -> int:
    analysis = item["analysis"]
    document = item.get("document") or {}
    url = item["url"]
    new_count = 0
    mentions: dict[tuple[str, str], dict] = {}
    published_keys = []
    for ref in analysis.references:
        facts = asdict(ref)
        publishes = ref.relation == "publishes"
        if publishes:
            facts.setdefault("title", None)
            facts["title"] = facts.get("title") or article.get("title")
            facts.update({k: v for k, v in document.items() if v not in (None, "")})
        key, is_new = record_directive(db, facts, source_url=url, publishes=publishes, now=now)
        new_count += is_new
        if publishes:
            published_keys.append(key)
        relation = MENTION_RELATIONS.get(ref.relation, "cites")
        mentions.setdefault((key, relation), {
            "directive_key": key, "relation": relation, "context": _context(analysis.text, ref.start, ref.end),
        })
    replace_mentions(db, url, list(mentions.values()), now)
    item["directive_key"] = published_keys[0] if published_keys else None
    links = {
        (link.from_number, link.from_scope, link.from_year, link.to_number, link.to_scope, link.to_year,
         link.relation)
        for link in analysis.links
    }
    # The page's own document stands in the relations the page states about others.
    for ref in analysis.references:
        if ref.relation in DOCUMENT_RELATIONS:
            for own in analysis.references:
                if own.relation == "publishes":
                    links.add((own.number_text, own.scope, own.year, ref.number_text, ref.scope, ref.year,
                               ref.relation))
    for from_number, from_scope, from_year, to_number, to_scope, to_year, relation in links:
        if relation not in DOCUMENT_RELATIONS:
            continue
        from_key = resolve_key(db, from_scope, from_number, from_year)
        to_key = resolve_key(db, to_scope, to_number, to_year)
        record_relation(db, from_key, to_key, relation, url, now)
    return new_count

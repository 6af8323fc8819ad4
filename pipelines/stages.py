"""Thin Scrapy item pipelines around the pure stages.

extract (article or law document, block detection) → directives → store → attachments.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import datetime

import scrapy

from pipelines import lawdoc
from pipelines.attachments import DEFAULT_MAX_BYTES, AttachmentRejected, media_type, pdf_text, sha256_of
from pipelines.dates import TZ, to_utc_iso
from pipelines.directives import analyse_text, find_references
from pipelines.extract import extract_article
from pipelines.provinces import find_province
from pipelines.store import store_page
from storage import open_db, utc_now
from storage import attachments as attachment_store
from storage.directives import apply_supersessions
from storage.runs import bump, finish_run, start_run


class _Stage:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


class ExtractStage(_Stage):
    def process_item(self, item):
        if item["status"] != 200 or not item.get("html"):
            return item
        if item["parser"] == "lawdoc":
            document = lawdoc.parse_lawdoc(item["html"], item["url"])  # detects block pages itself
            if document.blocked:
                item["blocked"] = document.blocked
                return item
            item["article"] = {"title": document.title, "text": document.text, "author": None,
                               "published_at": _local_midnight_utc(document.issued_on)}
            meta = asdict(document)
            item["attachments"] = meta.pop("attachments")
            for unused in ("title", "text", "blocked", "meta"):
                meta.pop(unused)
            item["document"] = meta
        else:
            blocked = lawdoc.detect_block(item["html"], item["status"])
            if blocked:
                item["blocked"] = blocked
                return item
            fetched = datetime.fromisoformat(item["fetched_at"])
            article = extract_article(item["html"], item["url"], fetched_at=fetched)
            item["article"] = asdict(article) if article else None
        return item


def _local_midnight_utc(iso_date: str | None) -> str | None:
    """A law page's publication instant is its issue date, at midnight in Vietnam."""
    if not iso_date:
        return None
    return to_utc_iso(datetime.fromisoformat(iso_date).replace(tzinfo=TZ))


def _own_reference(number_text: str, province: str | None):
    """A law page's own number, parsed like any reference and marked as what the page publishes."""
    refs = find_references(number_text, default_province=province)
    return replace(refs[0], relation="publishes") if refs else None


class DirectivesStage(_Stage):
    def process_item(self, item):
        article = item.get("article")
        if not article:
            return item
        document = item.get("document") or {}
        province = find_province(document.get("issuing_body") or "") or item.get("province")
        analysis = analyse_text(
            article["text"], title=article.get("title"), default_province=province,
            page_date=document.get("issued_on") or (article.get("published_at") or "")[:10] or None,
        )
        number = document.get("number_text")
        if number and not any(r.relation == "publishes" and r.number_text == number for r in analysis.references):
            own = _own_reference(number, province)
            if own is not None:
                own = replace(own, year=own.year or _year(document.get("issued_on")),
                              issued_on=document.get("issued_on") or own.issued_on)
                others = [r for r in analysis.references if r.number_text != number]
                analysis = replace(analysis, references=[own, *others])
        item["analysis"] = analysis
        return item


def _year(iso_date: str | None) -> int | None:
    return int(iso_date[:4]) if iso_date else None


class StoreStage(_Stage):
    """Owns the crawl run: opens it with the spider, stores each page in one transaction, closes it."""

    def open_spider(self):
        spider = self.crawler.spider
        self.db = open_db(self.crawler.settings.get("VBWATCH_DB"))
        source = spider.source
        with self.db.atomic():
            self.db["sources"].upsert(
                {"id": source.id, "name": source.name, "kind": source.kind, "province": source.province,
                 "updated_at": utc_now()},
                pk="id",
            )
        self.run_id = start_run(self.db, source.id)
        spider.run_id = self.run_id

    def process_item(self, item):
        if item.get("blocked"):
            # A block page is not an empty document: keep what we have, say why on the run.
            self.crawler.spider.errors.append(f"blocked ({item['blocked']}) {item['fetched_url']}")
            return item
        with self.db.atomic():
            deltas = store_page(self.db, item, utc_now())
            if deltas:
                bump(self.db, self.run_id, **deltas)
        for key in ("html", "body", "analysis", "article"):
            item.pop(key, None)  # keep Scrapy's memory flat; everything is stored now
        return item

    def close_spider(self):
        spider = self.crawler.spider
        errors = list(spider.errors)
        fetched = spider.pages_fetched
        with self.db.atomic():
            self.db["crawl_runs"].update(self.run_id, {
                "pages_fetched": fetched, "errors": len(errors), "pages_not_modified": spider.not_modified,
                "bytes_received": spider.bytes_received,
            })
        if fetched == 0 and errors:
            status = "failed"
        elif errors:
            status = "partial"
        else:
            status = "ok"
        with self.db.atomic():
            # Replacements whose new document took effect since the last run apply now.
            apply_supersessions(self.db, utc_now()[:10])
        finish_run(self.db, self.run_id, status, "\n".join(errors[:50]) or None)
        self.db.close()


class AttachmentStage(_Stage):
    """Downloads a document's attachments once, with fixity, through Scrapy's own downloader."""

    def open_spider(self):
        db_path = self.crawler.settings.get("VBWATCH_DB")
        self.db = open_db(db_path)
        self.archive_dir = attachment_store.archive_dir_for(db_path)
        self.max_bytes = self.crawler.settings.getint("VBWATCH_ATTACHMENT_MAX_BYTES", DEFAULT_MAX_BYTES)

    def close_spider(self):
        self.db.close()

    async def process_item(self, item):
        for attachment in item.pop("attachments", None) or []:
            await self._fetch(item, attachment)
        return item

    async def _fetch(self, item: dict, attachment: dict) -> None:
        url = attachment["url"]
        known = attachment_store.known_attachment(self.db, url)
        headers = {}
        if known and known.get("sha256"):
            if known.get("etag"):
                headers["If-None-Match"] = known["etag"]
            if known.get("last_modified"):
                headers["If-Modified-Since"] = known["last_modified"]
        request = scrapy.Request(url, headers=headers, dont_filter=True,
                                 meta={"handle_httpstatus_list": [304, 404, 410, 403, 503],
                                       "download_maxsize": self.max_bytes, "vb_role": "attachment"})
        try:
            response = await self.crawler.engine.download_async(request)
        except Exception as exc:  # size cap, timeouts, DNS: recorded, the document itself is stored
            self._fail(item, attachment, known, f"{type(exc).__name__}: {exc}")
            return
        if response.status == 304:
            attachment_store.touch_attachment(self.db, url)
            return
        if response.status != 200:
            self._fail(item, attachment, known, f"HTTP {response.status}")
            return
        body = response.body
        try:
            kind = media_type(response.headers.get("Content-Type", b"").decode("latin-1"), url, body)
        except AttachmentRejected as exc:
            self._fail(item, attachment, known, str(exc))
            return
        digest = sha256_of(body)
        if known and known.get("sha256") == digest:
            attachment_store.touch_attachment(self.db, url)
            return
        attachment_store.save_attachment(
            self.db, self.archive_dir, url=url, article_url=item["url"], directive_key=item.get("directive_key"),
            name=attachment.get("name"), kind=kind, body=body, sha256=digest,
            etag=_header(response, b"ETag"), last_modified=_header(response, b"Last-Modified"),
            text=pdf_text(body) if kind == "application/pdf" else None,
        )

    def _fail(self, item, attachment, known, error: str) -> None:
        self.crawler.spider.errors.append(f"attachment {error} {attachment['url']}")
        if known and known.get("sha256"):
            attachment_store.touch_attachment(self.db, attachment["url"], error)
        else:
            attachment_store.record_failure(self.db, url=attachment["url"], article_url=item["url"],
                                            name=attachment.get("name"), error=error)


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None

"""Thin Scrapy item pipelines around the pure stages: extract → directives → store."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from pipelines.directives import analyse_text
from pipelines.extract import extract_article
from pipelines.store import store_page
from storage import open_db, utc_now
from storage.runs import bump, finish_run, start_run


class _Stage:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


class ExtractStage(_Stage):
    def process_item(self, item):
        if item["status"] == 200 and item.get("html"):
            fetched = datetime.fromisoformat(item["fetched_at"])
            article = extract_article(item["html"], item["url"], fetched_at=fetched)
            item["article"] = asdict(article) if article else None
        return item


class DirectivesStage(_Stage):
    def process_item(self, item):
        article = item.get("article")
        if article:
            item["analysis"] = analyse_text(
                article["text"], title=article.get("title"), default_province=item.get("province"),
                page_date=(article.get("published_at") or "")[:10] or None,
            )
        return item


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
            self.db["crawl_runs"].update(self.run_id, {"pages_fetched": fetched, "errors": len(errors)})
        if fetched == 0 and errors:
            status = "failed"
        elif errors:
            status = "partial"
        else:
            status = "ok"
        finish_run(self.db, self.run_id, status, "\n".join(errors[:50]) or None)
        self.db.close()

"""The portal spider: one source's listings, feeds and sitemaps down to its articles.

Driven entirely by a `Source`; it yields plain page dicts and leaves extraction
and storage to the item pipelines.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

import scrapy
from scrapy.http import Response

from crawler.links import article_links, feed_links, next_page_url
from crawler.sources import Source
from pipelines.urls import canonical_url
from storage import open_db
from storage.articles import validators_for

GONE = (404, 410)
BLOCKED = (401, 403, 429, 503)


def _utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, source: Source, **kwargs):
        super().__init__(name=source.id, **kwargs)
        self.source = source
        self.follow = re.compile(source.follow) if source.follow else None
        self.queued: set[str] = set()
        self.pages_fetched = 0
        self.errors: list[str] = []

    async def start(self):
        # A read-only glance at what we already hold, for conditional GETs.
        self._db = open_db(self.settings.get("VBWATCH_DB"))
        for url in self.source.start_urls:
            yield scrapy.Request(url, callback=self.parse_listing, errback=self.on_error, cb_kwargs={"page": 1},
                                 meta={"vb_role": "listing"})
        for url in self.source.feeds:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error, meta={"vb_role": "feed"})
        for url in self.source.sitemaps:
            yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error, meta={"vb_role": "sitemap"})

    def closed(self, reason):
        if getattr(self, "_db", None) is not None:
            self._db.close()

    def parse_listing(self, response: Response, page: int):
        self.pages_fetched += 1
        for url in article_links(response.text, response.url, self.follow):
            request = self._article_request(url)
            if request is not None:
                yield request
        if page < self.source.max_listing_pages:
            following = next_page_url(response.text, response.url, page, self.source.next_page)
            if following and following != response.url:
                yield scrapy.Request(following, callback=self.parse_listing, errback=self.on_error,
                                     cb_kwargs={"page": page + 1}, meta={"vb_role": "listing"})

    def parse_feed(self, response: Response):
        self.pages_fetched += 1
        for url, _ in feed_links(response.body):
            if url.endswith(".xml") and response.meta.get("vb_role") == "sitemap":
                yield scrapy.Request(url, callback=self.parse_feed, errback=self.on_error, meta={"vb_role": "sitemap"})
                continue
            request = self._article_request(url)
            if request is not None:
                yield request

    def _article_request(self, url: str) -> scrapy.Request | None:
        canonical = canonical_url(url)
        if canonical in self.queued:
            return None
        self.queued.add(canonical)
        headers = {}
        etag, last_modified = validators_for(self._db, canonical)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return scrapy.Request(
            url, callback=self.parse_article, errback=self.on_error, headers=headers,
            meta={"vb_role": "article", "canonical_url": canonical,
                  "handle_httpstatus_list": [304, *GONE, *BLOCKED]},
            dont_filter=True,
        )

    def parse_article(self, response: Response):
        self.pages_fetched += 1
        status = response.status
        if status in BLOCKED:
            self.errors.append(f"{status} {response.url}")
            return
        yield {
            "source_id": self.source.id,
            "parser": self.source.parser,
            "province": self.source.province,
            "url": response.meta["canonical_url"],
            "fetched_url": response.url,
            "status": status,
            "headers": {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
            "body": response.body if status == 200 else None,
            "html": response.text if status == 200 else None,
            "fetched_at": _utc_now(),
        }

    def on_error(self, failure):
        request = failure.request
        response = getattr(failure.value, "response", None)
        reason = f"HTTP {response.status}" if response is not None else failure.getErrorMessage() or failure.type.__name__
        self.errors.append(f"{request.meta.get('vb_role', 'page')} {request.url}: {reason}")

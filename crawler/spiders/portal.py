"""The portal spider: one source's listings, feeds and sitemaps down to its articles.

Driven entirely by a `Source`; it yields plain page dicts and leaves extraction
and storage to the item pipelines. Every request it repeats is conditional
(ETag / Last-Modified), and crawling.incremental decides how deep to go.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

import scrapy
from scrapy.http import Response

from crawler.incremental import Policy, deep_sweep_due, keep_paging, refetch_due
from crawler.links import article_links, feed_links, looks_like_article, next_page_url
from crawler.sources import Source
from pipelines.lawdoc import detect_block
from pipelines.urls import canonical_url
from storage import open_db
from storage import crawlstate

GONE = (404, 410)
BLOCKED = (401, 403, 429, 503)


def _utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _looks_like_xml(response: Response) -> bool:
    """A feed or sitemap body (RSS, Atom, sitemap XML), as opposed to an HTML page."""
    if b"xml" in (response.headers.get("Content-Type") or b"").lower():
        return True
    head = response.body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<urlset", b"<sitemapindex"))


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, source: Source, **kwargs):
        super().__init__(name=source.id, **kwargs)
        self.source = source
        self.follow = re.compile(source.follow) if source.follow else None
        self.queued: set[str] = set()
        self.pages_fetched = 0
        self.not_modified = 0
        self.bytes_received = 0
        self.errors: list[str] = []

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._on_callback_error, signal=scrapy.signals.spider_error)
        crawler.signals.connect(spider._on_item_error, signal=scrapy.signals.item_error)
        return spider

    def _on_callback_error(self, failure, response, spider):
        # A bug or a page our parsers cannot handle must show on the run, not pass as "ok".
        self.errors.append(f"{failure.type.__name__}: {failure.getErrorMessage()} {response.url}")

    def _on_item_error(self, item, response, spider, failure):
        self.errors.append(f"{failure.type.__name__} while storing: {failure.getErrorMessage()} {response.url}")

    def _policy(self) -> Policy:
        settings = self.settings
        return Policy(
            stop_after_known=self.source.stop_after_known or settings.getint("VBWATCH_STOP_AFTER_KNOWN", 10),
            rescan_pages=settings.getint("VBWATCH_RESCAN_PAGES", 2),
            refetch=settings.get("VBWATCH_REFETCH", "decay"),
            deep_sweep_days=settings.getfloat("VBWATCH_DEEP_SWEEP_DAYS", 7.0),
        )

    async def start(self):
        self._db = open_db(self.settings.get("VBWATCH_DB"))
        self.policy = self._policy()
        self.now = datetime.now(timezone.utc)
        self.known = crawlstate.known_articles(self._db, self.source.id)
        self.deep = deep_sweep_due(crawlstate.last_deep_sweep(self._db, self.source.id), self.now, self.policy)
        for url in self.source.start_urls:
            yield self._listing_request(url, page=1, role="listing")
        for url in self.source.feeds:
            yield self._listing_request(url, page=1, role="feed")
        for url in self.source.sitemaps:
            yield self._listing_request(url, page=1, role="sitemap")
        if self.deep:
            # A deep sweep re-checks every article we hold, linked or not: that is how removals surface.
            for canonical, known in self.known.items():
                if not known["removed_at"]:
                    request = self._article_request(known["fetched_url"] or canonical, canonical)
                    if request is not None:
                        yield request.replace(priority=-10)

    def closed(self, reason):
        if getattr(self, "_db", None) is None:
            return
        if self.deep and reason == "finished" and not self.errors:
            crawlstate.record_deep_sweep(self._db, self.source.id, self.now.replace(microsecond=0).isoformat())
        self._db.close()

    # -- listings, feeds, sitemaps -------------------------------------------------

    def _listing_request(self, url: str, page: int, role: str) -> scrapy.Request:
        headers = {}
        rendered = self.source.render and role == "listing"
        cached = crawlstate.cached_listing(self._db, canonical_url(url))
        # A rendered listing is never asked conditionally: its rows come from scripts, so the
        # page's own validators say nothing about them, and a 304 aborts the browser's
        # navigation (net::ERR_ABORTED) instead of reaching parse_listing.
        if cached and not self.deep and not rendered:
            if cached["etag"]:
                headers["If-None-Match"] = cached["etag"]
            if cached["last_modified"]:
                headers["If-Modified-Since"] = cached["last_modified"]
        meta = {"vb_role": role, "handle_httpstatus_list": [304]}
        if rendered:
            # Only listings render their rows in the browser; articles stay plain (cheap) requests.
            meta.update({"playwright": True, "playwright_page_goto_kwargs": {"wait_until": "networkidle"}})
        return scrapy.Request(
            url, callback=self.parse_listing, errback=self.on_error, headers=headers,
            cb_kwargs={"page": page, "role": role}, meta=meta, dont_filter=page == 1,
        )

    def parse_listing(self, response: Response, page: int, role: str):
        self._count(response)
        # A feed or sitemap answered with an HTML page (an anti-bot stub) is checked the same way.
        checked = role == "listing" or not _looks_like_xml(response)
        shown = response.text if hasattr(response, "text") else response.body
        blocked = detect_block(shown, 200) if response.status == 200 and checked else None
        # A bare listing (links, little prose) looks "empty" to a document check; that is not a block.
        if blocked and blocked != "empty":
            # An anti-bot page in place of a listing is not "no articles": say so on the run.
            self.errors.append(f"blocked ({blocked}) {response.url}")
            return
        if response.status == 304:
            cached = crawlstate.cached_listing(self._db, canonical_url(response.url)) or {}
            links, following = cached.get("links", []), cached.get("next_url")
        else:
            if role == "listing":
                links = article_links(response.text, response.url, self.follow)
                following = None
                if page < self.source.max_listing_pages:
                    following = next_page_url(response.text, response.url, page, self.source.next_page)
            else:
                # Feeds and sitemaps also list category and listing pages: same article test as listings.
                links = [url for url, _ in feed_links(response.body)
                         if (role == "sitemap" and url.endswith(".xml")) or self._is_article_link(url, response.url)]
                following = None
            crawlstate.remember_listing(self._db, canonical_url(response.url), self.source.id,
                                        _header(response, "ETag"), _header(response, "Last-Modified"),
                                        following, links)
        streak = 0
        for url in links:
            if role == "sitemap" and url.endswith(".xml"):
                yield self._listing_request(url, page=1, role="sitemap")
                continue
            canonical = canonical_url(url)
            streak = streak + 1 if canonical in self.known else 0
            request = self._article_request(url, canonical)
            if request is not None:
                yield request
        if following and following != response.url and page < self.source.max_listing_pages:
            if keep_paging(page, streak, self.policy, self.deep):
                yield self._listing_request(following, page=page + 1, role=role)

    # -- articles ---------------------------------------------------------------

    def _is_article_link(self, url: str, found_on: str) -> bool:
        if self.follow is not None:
            return bool(self.follow.search(url))
        return looks_like_article(url, found_on)

    def _article_request(self, url: str, canonical: str) -> scrapy.Request | None:
        if canonical in self.queued:
            return None
        self.queued.add(canonical)
        known = self.known.get(canonical)
        headers = {}
        if known is not None:
            due = self.deep or refetch_due(known["published_at"], known["first_seen_at"], known["last_seen_at"],
                                           self.now, self.policy.refetch)
            if not due:
                return None
            if known["etag"]:
                headers["If-None-Match"] = known["etag"]
            if known["last_modified"]:
                headers["If-Modified-Since"] = known["last_modified"]
        return scrapy.Request(
            url, callback=self.parse_article, errback=self.on_error, headers=headers,
            meta={"vb_role": "article", "canonical_url": canonical,
                  "handle_httpstatus_list": [304, *GONE, *BLOCKED]},
            dont_filter=True,
        )

    def parse_article(self, response: Response):
        self._count(response)
        status = response.status
        if status in BLOCKED:
            self.errors.append(f"HTTP {status} {response.url}")
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

    def _count(self, response: Response) -> None:
        self.pages_fetched += 1
        self.bytes_received += len(response.body)
        if response.status == 304:
            self.not_modified += 1

    def on_error(self, failure):
        request = failure.request
        response = getattr(failure.value, "response", None)
        if response is not None:
            reason = f"HTTP {response.status}"
        else:
            reason = failure.getErrorMessage() or failure.type.__name__
        self.errors.append(f"{reason} {request.url}")

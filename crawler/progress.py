"""A one-line live progress display on a terminal (Scrapy extension)."""

from __future__ import annotations

import sys

from scrapy import signals


class TerminalProgress:
    def __init__(self, crawler):
        self.crawler = crawler
        self.items = 0
        self.responses = 0

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.response_received, signal=signals.response_received)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def _show(self, end: str = "") -> None:
        name = getattr(self.crawler.spider, "name", "?")
        sys.stderr.write(f"\r\033[K{name}: {self.responses} responses, {self.items} pages stored{end}")
        sys.stderr.flush()

    def response_received(self, response, request, spider):
        self.responses += 1
        self._show()

    def item_scraped(self, item, response, spider):
        self.items += 1
        self._show()

    def spider_closed(self, spider, reason):
        self._show(end="\n")

"""Run one crawl of the given sources in this process (Twisted's reactor runs once)."""

from __future__ import annotations

import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.sources import Source
from crawler.spiders.portal import PortalSpider
from storage import open_db


def build_settings(db_path: str | Path, overrides: dict[str, str] | None = None, progress: bool = False) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("VBWATCH_DB", str(db_path), priority="cmdline")
    if progress:
        settings.set("EXTENSIONS", {"crawler.progress.TerminalProgress": 500}, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_crawl(sources: list[Source], db_path: str | Path, overrides: dict[str, str] | None = None,
              progress: bool | None = None) -> list[dict]:
    """Crawl `sources` concurrently; returns their crawl_runs rows."""
    open_db(db_path).close()  # fail fast on a bad --db, and migrate once before spiders start
    if progress is None:
        progress = sys.stderr.isatty()
    process = CrawlerProcess(build_settings(db_path, overrides, progress), install_root_handler=True)
    crawlers = []
    for source in sources:
        crawler = process.create_crawler(PortalSpider)
        process.crawl(crawler, source=source)
        crawlers.append(crawler)
    process.start()
    db = open_db(db_path)
    try:
        run_ids = [getattr(c.spider, "run_id", None) for c in crawlers]
        return [db["crawl_runs"].get(run_id) for run_id in run_ids if run_id is not None]
    finally:
        db.close()

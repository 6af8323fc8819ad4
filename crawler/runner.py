"""Run one crawl of the given sources in this process (Twisted's reactor runs once)."""

from __future__ import annotations

import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.sources import Source
from crawler.spiders.portal import PortalSpider
from storage import open_db


CHROMIUM = "/usr/bin/chromium"
# Flags a root, offline, headless Chromium needs; background networking only produces refused connections.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class RenderUnavailable(Exception):
    """A render: true source, but no browser to render with."""


class SettingError(Exception):
    """A -s NAME=VALUE whose value does not fit the setting's type."""


_BOOL_WORDS = {"0", "1", "true", "false"}


def check_overrides(overrides: dict[str, str]) -> None:
    """Fail before the crawl starts, not deep inside Scrapy's engine, on a mistyped -s value."""
    defaults = build_settings(":memory:")
    for name, value in overrides.items():
        current = defaults.get(name)
        try:
            if isinstance(current, bool):
                if str(value).lower() not in _BOOL_WORDS:
                    raise ValueError
            elif isinstance(current, int):
                int(value)
            elif isinstance(current, float):
                float(value)
        except ValueError:
            kind = type(current).__name__
            raise SettingError(f"-s {name}={value}: {name} takes a {kind} (now {current!r})") from None


def _enable_rendering(settings: Settings) -> None:
    try:
        import scrapy_playwright  # noqa: F401
    except ImportError as exc:
        raise RenderUnavailable("a source has render: true but scrapy-playwright is not installed; "
                                "pip install scrapy-playwright") from exc
    executable = settings.get("VBWATCH_CHROMIUM", CHROMIUM)
    if not Path(executable).exists():
        raise RenderUnavailable(f"a source has render: true but {executable} does not exist; "
                                "apt-get install chromium or set -s VBWATCH_CHROMIUM=PATH")
    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    settings.set("DOWNLOAD_HANDLERS", {"http": handler, "https": handler}, priority="cmdline")
    settings.set("PLAYWRIGHT_BROWSER_TYPE", "chromium", priority="cmdline")
    settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", {"executable_path": executable, "args": CHROMIUM_ARGS,
                                                "headless": True}, priority="cmdline")


def build_settings(db_path: str | Path, overrides: dict[str, str] | None = None, progress: bool = False,
                   render: bool = False) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("VBWATCH_DB", str(db_path), priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    if progress:
        settings.set("EXTENSIONS", {"crawler.progress.TerminalProgress": 500}, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    if render:
        _enable_rendering(settings)
    return settings


def run_crawl(sources: list[Source], db_path: str | Path, overrides: dict[str, str] | None = None,
              progress: bool | None = None) -> list[dict]:
    """Crawl `sources` concurrently; returns their crawl_runs rows."""
    check_overrides(overrides or {})
    open_db(db_path).close()  # fail fast on a bad --db, and migrate once before spiders start
    if progress is None:
        progress = sys.stderr.isatty()
    render = any(source.render for source in sources)
    process = CrawlerProcess(build_settings(db_path, overrides, progress, render))
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

"""The source registry: YAML entries validated into `Source` objects.

Every problem is reported as one line naming the file, the entry id and the
field, because the registry is hand-edited by users.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BUNDLED_SOURCES = Path(__file__).with_name("sources.yaml")
KINDS = ("party", "government", "law", "news")
PARSERS = ("article", "lawdoc")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_INTERVAL = re.compile(r"^(\d+)\s*([smhd])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class SourceError(Exception):
    """An invalid registry, said in one line."""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    kind: str
    province: str | None
    start_urls: tuple[str, ...]
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    follow: str | None = None
    next_page: str | None = None
    max_listing_pages: int = 5
    interval: str = "6h"
    parser: str = "article"
    render: bool = False
    stop_after_known: int = 0     # 0: walk every listing page; K: stop after K known items in a row
    verified: bool = True         # False: URL taken from research, not checked against the live site
    notes: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def interval_seconds(self) -> int | None:
        """Seconds between runs, or None for a cron expression."""
        match = _INTERVAL.match(self.interval)
        return int(match.group(1)) * _UNIT_SECONDS[match.group(2)] if match else None

    @property
    def cron(self) -> str | None:
        return self.interval[5:].strip() if self.interval.startswith("cron:") else None


def load_sources(path: str | Path | None = None) -> list[Source]:
    path = Path(path) if path else BUNDLED_SOURCES
    if not path.is_file():
        raise SourceError(f"{path}: sources file not found; pass --sources with an existing YAML file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise SourceError(f"{path}:{where} is not valid YAML ({getattr(exc, 'problem', exc)}); fix the syntax") from exc
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 text; save the registry as UTF-8") from exc
    return parse_sources(data, origin=str(path))


def parse_sources(data, origin: str = "<sources>") -> list[Source]:
    if not isinstance(data, list):
        raise SourceError(f"{origin}: expected a YAML list of sources, got {type(data).__name__}")
    sources, seen = [], set()
    for index, entry in enumerate(data, 1):
        source = _parse_entry(entry, origin, index)
        if source.id in seen:
            raise SourceError(f"{origin}: entry {source.id}: field 'id': duplicate id; ids must be unique")
        seen.add(source.id)
        sources.append(source)
    return sources


def _parse_entry(entry, origin: str, index: int) -> Source:
    label = f"#{index}"
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        label = entry["id"]

    def fail(field_name: str, problem: str) -> SourceError:
        return SourceError(f"{origin}: entry {label}: field '{field_name}': {problem}")

    if not isinstance(entry, dict):
        raise SourceError(f"{origin}: entry {label}: expected a mapping of fields, got {type(entry).__name__}")
    known = set(Source.__dataclass_fields__) - {"extra"}
    for name in entry:
        if name not in known:
            raise fail(name, f"unknown field; known fields are {', '.join(sorted(known))}")
    for required in ("id", "name", "kind", "start_urls"):
        if entry.get(required) in (None, "", []):
            if required == "start_urls" and (entry.get("feeds") or entry.get("sitemaps")):
                continue
            raise fail(required, "missing; every source needs id, name, kind and start_urls (or feeds/sitemaps)")
    if not _SLUG.match(str(entry["id"])):
        raise fail("id", "must be a lowercase ASCII slug like 'longan-tinhuy-chidao'")
    if entry["kind"] not in KINDS:
        raise fail("kind", f"{entry['kind']!r} is not one of {', '.join(KINDS)}")
    province = entry.get("province")
    if province is not None and not (isinstance(province, str) and _SLUG.match(province)):
        raise fail("province", "must be an ASCII kebab-case slug like 'long-an', or null")
    url_lists = {name: _url_list(entry, name, fail) for name in ("start_urls", "feeds", "sitemaps")}
    follow = entry.get("follow")
    if follow is not None:
        try:
            re.compile(follow)
        except (re.error, TypeError) as exc:
            raise fail("follow", f"not a valid regular expression ({exc})") from exc
    next_page = entry.get("next_page")
    if next_page is not None:
        _check_css(next_page, fail)
    max_pages = entry.get("max_listing_pages", 5)
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
        raise fail("max_listing_pages", "must be a whole number ≥ 1")
    interval = str(entry.get("interval", "6h")).strip()
    if not (_INTERVAL.match(interval) or _valid_cron(interval)):
        raise fail("interval", f"{interval!r} is neither a duration like 30m, 6h, 1d nor 'cron: <5 fields>'")
    parser = entry.get("parser", "article")
    if parser not in PARSERS:
        raise fail("parser", f"{parser!r} is not one of {', '.join(PARSERS)}")
    stop_after = entry.get("stop_after_known", 0)
    if not isinstance(stop_after, int) or stop_after < 0:
        raise fail("stop_after_known", "must be a whole number ≥ 0")
    for flag in ("render", "verified"):
        if flag in entry and not isinstance(entry[flag], bool):
            raise fail(flag, "must be true or false")
    return Source(
        id=entry["id"], name=str(entry["name"]), kind=entry["kind"], province=province,
        start_urls=url_lists["start_urls"], feeds=url_lists["feeds"], sitemaps=url_lists["sitemaps"],
        follow=follow, next_page=next_page, max_listing_pages=max_pages, interval=interval,
        parser=parser, render=entry.get("render", False), stop_after_known=stop_after,
        verified=entry.get("verified", True), notes=entry.get("notes"),
    )


def _url_list(entry: dict, name: str, fail) -> tuple[str, ...]:
    value = entry.get(name) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise fail(name, "must be a list of URLs")
    for url in value:
        if not isinstance(url, str) or not re.match(r"^https?://[^/\s]+", url):
            raise fail(name, f"{url!r} is not an http(s) URL")
    return tuple(value)


def _check_css(selector, fail) -> None:
    from parsel.csstranslator import HTMLTranslator  # parsel ships with Scrapy

    try:
        HTMLTranslator().css_to_xpath(selector)
    except Exception as exc:  # cssselect raises several types for bad syntax
        raise fail("next_page", f"not a valid CSS selector ({exc})") from exc


def _valid_cron(interval: str) -> bool:
    if not interval.startswith("cron:"):
        return False
    return len(interval[5:].split()) == 5


def select_sources(sources: list[Source], ids: list[str]) -> list[Source]:
    if not ids:
        return sources
    by_id = {s.id: s for s in sources}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        raise SourceError(
            f"unknown source id {', '.join(unknown)}; run 'vbwatch sources list' to see the ids"
        )
    return [by_id[i] for i in ids]

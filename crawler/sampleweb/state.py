"""Mutable state of the sample web: published articles, edits, pending queue, layouts, blocks, stats.

All public methods are thread-safe (one re-entrant lock).  The HTTP admin endpoint
(``/_admin/...``) calls exactly these methods, so tests can drive the same changes
in-process.
"""
from __future__ import annotations

import copy
import random
import threading
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from .util import VN_TZ, fmt_dmy, iso_utc, parse_local, to_local

#: every family, in the order of ``sources_yaml`` and the index page
FAMILIES: list[str] = ["longan", "binhdinh", "travinh", "tayninh", "lawnet", "vbpl", "vbplrender", "congbao"]
#: the families of the original sample web; ``sources_yaml(base)`` lists these by default
CLASSIC_FAMILIES: list[str] = FAMILIES[:5]
#: law portals whose documents have a status and an effective date
LAW_FAMILIES: list[str] = ["lawnet", "vbpl", "vbplrender", "congbao"]
BLOCK_MODES = ("off", "503", "403", "antibot")


class AdminError(Exception):
    """A bad admin request; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class Entry:
    """One published article (or law document) and its runtime changes."""

    family: str
    key: str
    item: dict
    title: str
    published: datetime          # aware, Vietnam time
    modified: datetime           # aware, UTC; main content (title/body/status) last changed
    seq: int = 0                 # publication order (tie breaker)
    version: int = 1             # bumped on body/title/status edits
    extra: list = field(default_factory=list)   # paragraphs appended by body edits
    sidebar_rev: int = 0         # bumped by sidebar edits (related lists only)
    status: str | None = None    # law documents: Tình trạng override
    effective: str | None = None # law documents: Ngày hiệu lực override (YYYY-MM-DD)
    views: int = 0
    removed: bool = False

    @property
    def id(self) -> int:
        return self.item["id"]

    @property
    def body(self) -> list:
        return list(self.item["body"]) + list(self.extra)

    @property
    def author(self) -> str | None:
        return self.item.get("author")

    def teaser(self) -> str:
        if self.item.get("teaser"):
            return self.item["teaser"]
        first = next(b for b in self.item["body"] if isinstance(b, str))
        cut = first.find(". ")
        return first if cut < 0 else first[: cut + 1]

    def content_key(self) -> tuple:
        return (self.family, self.key, self.version, self.title, self.status, self.effective)


class SiteState:
    """State shared by the HTTP server and in-process callers."""

    def __init__(self, *, clock: Callable[[], datetime] | None = None, seed: int | None = None,
                 base_url: str = "http://sample.test"):
        from .sites import make_sites  # local import: sites need this module

        self.lock = threading.RLock()
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.seed = seed
        self.base_url = base_url.rstrip("/")
        self.sites = make_sites(self)
        self.reset()

    # ------------------------------------------------------------------ setup
    def reset(self) -> dict:
        with self.lock:
            self.rng = random.Random(self.seed)
            self.entries: dict[tuple[str, str], Entry] = {}
            self.pending: dict[str, deque] = {}
            self.layout = {f: 1 for f in FAMILIES}
            self.block = {f: "off" for f in FAMILIES}
            self.counters = Counter()
            #: last time a family's listings changed other than through an item's own modified time
            #: (publish, remove, edits); keeps Last-Modified of listings monotonic
            self.changed: dict[str, datetime | None] = {f: None for f in FAMILIES}
            self._seq = 0
            for fam in FAMILIES:
                content = self.sites[fam].content
                for item in content.ARTICLES:
                    pub = parse_local(item["date"])
                    self._add(fam, item, pub, pub.astimezone(timezone.utc))
                    self.entries[(fam, item["key"])].views = int(item.get("views", 100 + item["id"] % 400))
                self.pending[fam] = deque(copy.deepcopy(content.PENDING))
            self._reset_stats()
            return {"ok": True}

    def _add(self, fam: str, item: dict, published: datetime, modified: datetime) -> Entry:
        self._seq += 1
        entry = Entry(family=fam, key=item["key"], item=item, title=item["title"],
                      published=published, modified=modified, seq=self._seq)
        self.entries[(fam, item["key"])] = entry
        return entry

    def _reset_stats(self) -> None:
        self._stats = {"requests": 0, "bytes_sent": 0, "by_path": Counter(),
                       "by_status": Counter(), "by_family": Counter(), "by_path_status": Counter()}

    def now(self) -> datetime:
        return self.clock().astimezone(timezone.utc)

    # ---------------------------------------------------------------- queries
    def published(self, family: str) -> list[Entry]:
        """Visible articles of a family, newest first."""
        with self.lock:
            items = [e for (f, _), e in self.entries.items() if f == family and not e.removed]
        return sorted(items, key=lambda e: (e.published, e.seq), reverse=True)

    def get(self, family: str, key: str) -> Entry | None:
        return self.entries.get((family, key))

    def url_for(self, entry: Entry, base: str | None = None) -> str:
        site = self.sites[entry.family]
        return (base or self.base_url).rstrip("/") + site.article_path(entry, self.layout[entry.family])

    def resolve(self, url: str, *, include_removed: bool = False) -> Entry:
        """Find the article behind a full URL or a path (any layout, any longan state token)."""
        parts = urlsplit(url)
        path = parts.path or "/"
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        segs = [s for s in path.split("/") if s]
        if not segs or segs[0] not in self.sites:
            raise AdminError(f"not a sample-web article URL: {url}", 404)
        site = self.sites[segs[0]]
        key = site.match_article(path, query)
        entry = self.entries.get((segs[0], key)) if key else None
        if entry is None or (entry.removed and not include_removed):
            raise AdminError(f"no such article: {url}", 404)
        return entry

    # ---------------------------------------------------------------- actions
    def publish(self, family: str) -> dict:
        with self.lock:
            self._check_family(family)
            queue = self.pending[family]
            if not queue:
                raise AdminError(f"no pending article left for {family}", 409)
            item = queue.popleft()
            now = self.now()
            if item.get("date"):
                published = parse_local(item["date"])
            else:
                published = to_local(now).replace(microsecond=0)
                item["date"] = published.strftime("%Y-%m-%d %H:%M:%S")
            entry = self._add(family, item, published, now)
            self.changed[family] = now
            entry.views = int(item.get("views", 1))
            return self._describe(entry, action="publish")

    def edit(self, url: str, part: str = "body", text: str | None = None) -> dict:
        with self.lock:
            entry = self.resolve(url)
            now = self.now()
            if part == "body":
                if not text:
                    site = self.sites[entry.family]
                    sentences = site.content.UPDATES
                    text = sentences[len(entry.extra) % len(sentences)].format(
                        date=fmt_dmy(now), time=to_local(now).strftime("%H:%M"))
                entry.extra.append(text)
                entry.version += 1
                entry.modified = now
            elif part == "sidebar":
                entry.sidebar_rev += 1
            elif part == "title":
                entry.title = text or self.sites[entry.family].retitle(entry)
                entry.version += 1
                entry.modified = now
            else:
                raise AdminError("part must be body, sidebar or title")
            if part != "sidebar":
                self.changed[entry.family] = now
            return self._describe(entry, action="edit", part=part)

    def remove(self, url: str) -> dict:
        with self.lock:
            entry = self.resolve(url)
            entry.removed = True
            self.changed[entry.family] = self.now()
            return self._describe(entry, action="remove")

    def set_status(self, url: str, value: str | None = None, effective: str | None = None) -> dict:
        with self.lock:
            entry = self.resolve(url)
            if not getattr(self.sites[entry.family], "law", False):
                raise AdminError(f"status changes apply to law documents ({', '.join(LAW_FAMILIES)}) only")
            if value is None and effective is None:
                raise AdminError("give value= and/or effective=")
            if effective is not None:
                try:
                    datetime.strptime(effective, "%Y-%m-%d")
                except ValueError:
                    raise AdminError("effective must be YYYY-MM-DD") from None
                entry.effective = effective
            if value is not None:
                entry.status = value
            entry.version += 1
            entry.modified = self.changed[entry.family] = self.now()
            return self._describe(entry, action="status")

    def set_layout(self, family: str, version: int | str) -> dict:
        with self.lock:
            self._check_family(family)
            try:
                version = int(version)
            except (TypeError, ValueError):
                raise AdminError("version must be 1 or 2") from None
            if version not in (1, 2):
                raise AdminError("version must be 1 or 2")
            self.layout[family] = version
            return {"family": family, "layout": version}

    def set_block(self, family: str, mode: str) -> dict:
        with self.lock:
            self._check_family(family)
            mode = str(mode)
            if mode not in BLOCK_MODES:
                raise AdminError(f"mode must be one of {', '.join(BLOCK_MODES)}")
            self.block[family] = mode
            return {"family": family, "block": mode}

    # ------------------------------------------------------------------ stats
    def record(self, path: str, status: int, nbytes: int) -> None:
        with self.lock:
            s = self._stats
            s["requests"] += 1
            s["bytes_sent"] += nbytes
            s["by_path"][path] += 1
            s["by_status"][str(status)] += 1
            s["by_path_status"][f"{status} {path}"] += 1
            segs = [p for p in urlsplit(path).path.split("/") if p]
            s["by_family"][segs[0] if segs and segs[0] in self.sites else "-"] += 1

    def stats(self, reset: bool = False) -> dict:
        with self.lock:
            s = self._stats
            out = {
                "requests": s["requests"],
                "bytes_sent": s["bytes_sent"],
                "status_200": s["by_status"].get("200", 0),
                "status_304": s["by_status"].get("304", 0),
                "by_status": dict(s["by_status"]),
                "by_family": dict(s["by_family"]),
                "by_path": dict(s["by_path"]),
                "by_path_status": dict(s["by_path_status"]),
            }
            if reset:
                self._reset_stats()
            return out

    # ------------------------------------------------------------------ views
    def snapshot(self, base: str | None = None) -> dict:
        with self.lock:
            fams = {}
            for fam in FAMILIES:
                removed = [e for (f, _), e in self.entries.items() if f == fam and e.removed]
                fams[fam] = {
                    "layout": self.layout[fam],
                    "block": self.block[fam],
                    "published": len(self.published(fam)),
                    "pending": [p["title"] for p in self.pending[fam]],
                    "removed": [self.url_for(e, base) for e in removed],
                    "articles": [self._describe(e, base=base) for e in self.published(fam)],
                }
            return {"families": fams}

    def _describe(self, entry: Entry, base: str | None = None, **extra) -> dict:
        path = self.sites[entry.family].article_path(entry, self.layout[entry.family])
        d = {
            "family": entry.family,
            "key": entry.key,
            "url": (base or self.base_url).rstrip("/") + path,
            "path": path,
            "title": entry.title,
            "published_at": iso_utc(entry.published),
            "modified_at": iso_utc(entry.modified),
            "version": entry.version,
        }
        site = self.sites[entry.family]
        if getattr(site, "law", False):
            d["status"] = site.status_of(entry)
            d["effective"] = site.effective_of(entry)
        d.update(extra)
        return d

    def _check_family(self, family: str) -> None:
        if family not in self.sites:
            raise AdminError(f"unknown family {family!r}; one of {', '.join(FAMILIES)}")

    def next_views(self, entry: Entry) -> int:
        with self.lock:
            entry.views += 1
            return entry.views

    def bump_counter(self, name: str) -> int:
        with self.lock:
            self.counters[name] += 1
            return self.counters[name]


__all__ = ["SiteState", "Entry", "AdminError", "FAMILIES", "CLASSIC_FAMILIES", "LAW_FAMILIES", "BLOCK_MODES", "VN_TZ"]

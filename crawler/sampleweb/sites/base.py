"""Request/response types and the base class of a site family."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from ..chrome import esc

if TYPE_CHECKING:
    from ..state import Entry, SiteState


@dataclass
class Request:
    method: str
    path: str
    query: dict            # last value per key
    base: str              # "http://host:port"
    headers: dict = field(default_factory=dict)

    @property
    def target(self) -> str:
        from urllib.parse import urlencode
        return self.path + ("?" + urlencode(self.query) if self.query else "")


@dataclass
class Response:
    status: int = 200
    body: str | bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    #: content version of the page (anything hashable with a stable repr); None -> no validators
    etag_key: object = None
    last_modified: datetime | None = None

    def body_bytes(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


def not_found(text: str = "Không tìm thấy trang yêu cầu.") -> Response:
    html = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>404</title></head>"
            f"<body><h1>404</h1><p>{esc(text)}</p></body></html>")
    return Response(status=404, body=html)


def redirect(location: str, status: int = 302) -> Response:
    return Response(status=status, body="", headers={"Location": location})


class Site:
    """One site family.  Subclasses implement routing and templates."""

    name = ""
    per_page = 5
    validators = True
    server_header = "nginx"
    #: a law portal: documents with a status and an effective date (``/_admin/status``)
    law = False

    def __init__(self, state: "SiteState"):
        self.state = state
        self.content = importlib.import_module(f"..content.{self.name}", __package__)
        self.info = self.content.SITE

    # -------------------------------------------------------------- interface
    def handle(self, req: Request) -> Response | None:  # pragma: no cover - abstract
        raise NotImplementedError

    # Regexes with an (?P<id>…) group that match this site's article paths (v1 and v2 layouts).
    article_patterns: tuple = ()

    def match_article(self, path: str, query: dict) -> str | None:
        """The entry key an article path points at, or None."""
        for pattern in self.article_patterns:
            m = pattern.match(path)
            if m:
                entry = self.by_id(m.group("id"))
                return entry.key if entry else None
        return None

    def article_path(self, entry: "Entry", layout: int = 1) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def listing_path(self, page: int = 1, layout: int = 1) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def retitle(self, entry: "Entry") -> str:
        alt = entry.item.get("alt_title")
        if alt and entry.title != alt:
            return alt
        return f"{entry.item['title']} (cập nhật lần {entry.version})"

    # ---------------------------------------------------------------- helpers
    @property
    def layout(self) -> int:
        return self.state.layout[self.name]

    def entries(self) -> list["Entry"]:
        return self.state.published(self.name)

    def by_id(self, art_id: int | str) -> "Entry | None":
        try:
            art_id = int(art_id)
        except (TypeError, ValueError):
            return None
        for e in self.state.entries.values():
            if e.family == self.name and e.id == art_id:
                return e
        return None

    def by_key(self, key: str) -> "Entry | None":
        return self.state.get(self.name, key)

    def pages(self) -> int:
        n = len(self.entries())
        return max(1, -(-n // self.per_page))

    def page_slice(self, page: int) -> list["Entry"]:
        items = self.entries()
        start = (page - 1) * self.per_page
        return items[start:start + self.per_page]

    def related(self, entry: "Entry", n: int) -> list["Entry"]:
        """Other articles shown beside an article: the older ones first, rotated by sidebar edits."""
        items = [e for e in self.entries() if e is not entry]
        if not items:
            return []
        older = [e for e in items if (e.published, e.seq) < (entry.published, entry.seq)]
        newer = [e for e in items if e not in older]
        ring = older + newer
        shift = (entry.sidebar_rev * 3) % len(ring)
        ring = ring[shift:] + ring[:shift]
        return ring[:n]

    def listing_key(self, items: list["Entry"], *extra) -> tuple:
        return (self.name, self.layout, tuple(e.content_key() for e in items)) + extra

    def newest(self, items: list["Entry"]) -> datetime | None:
        """Last-Modified of a list page: its newest item, or the family's last publish/remove/edit."""
        times = [e.modified for e in items]
        changed = self.state.changed.get(self.name)
        if changed is not None:
            times.append(changed)
        return max(times, default=None)

    def article_key(self, entry: "Entry", related: list["Entry"], *extra) -> tuple:
        return (self.layout, entry.content_key(), tuple(e.key for e in related),
                tuple(e.title for e in related)) + extra

    @staticmethod
    def page_param(query: dict, name: str = "page") -> int | None:
        raw = query.get(name, "1") or "1"
        try:
            page = int(raw)
        except ValueError:
            return None
        return page if page >= 1 else None

    def search(self, q: str) -> list["Entry"]:
        from ..util import fold
        needle = fold(q or "").lower().strip()
        if not needle:
            return []
        return [e for e in self.entries() if needle in fold(e.title).lower()]

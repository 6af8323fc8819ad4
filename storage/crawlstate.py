"""What the spider remembers between runs: listing validators and known articles."""

from __future__ import annotations

import json

import sqlite_utils

from storage.db import utc_now


def known_articles(db: sqlite_utils.Database, source_id: str) -> dict[str, dict]:
    rows = db.query(
        "SELECT url, fetched_url, published_at, first_seen_at, last_seen_at, etag, last_modified, removed_at "
        "FROM articles WHERE source_id = ?", [source_id],
    )
    return {row["url"]: row for row in rows}


def cached_listing(db: sqlite_utils.Database, url: str) -> dict | None:
    row = db.execute("SELECT etag, last_modified, next_url, links FROM http_cache WHERE url = ?", [url]).fetchone()
    if row is None:
        return None
    return {"etag": row[0], "last_modified": row[1], "next_url": row[2], "links": json.loads(row[3] or "[]")}


def remember_listing(db: sqlite_utils.Database, url: str, source_id: str, etag: str | None,
                     last_modified: str | None, next_url: str | None, links: list[str]) -> None:
    with db.atomic():
        db["http_cache"].upsert(
            {"url": url, "source_id": source_id, "etag": etag, "last_modified": last_modified,
             "next_url": next_url, "links": json.dumps(links), "checked_at": utc_now()},
            pk="url",
        )


def last_deep_sweep(db: sqlite_utils.Database, source_id: str) -> str | None:
    row = db.execute("SELECT last_deep_sweep_at FROM sources WHERE id = ?", [source_id]).fetchone()
    return row[0] if row else None


def record_deep_sweep(db: sqlite_utils.Database, source_id: str, when: str) -> None:
    with db.atomic():
        db.execute("UPDATE sources SET last_deep_sweep_at = ? WHERE id = ?", [when, source_id])

"""Article upserts keyed by canonical URL, with versions and raw snapshots."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass

import sqlite_utils

from pipelines.changes import content_hash, decide, text_diff
from storage import events, search


@dataclass
class ArticleOutcome:
    status: str            # new | changed | unchanged
    version: int
    previous_text: str | None = None


def record_article(
    db: sqlite_utils.Database, *, url: str, source_id: str, title: str | None, text: str,
    published_at: str | None, author: str | None, fetched_url: str, fetched_at: str,
    http_status: int = 200, etag: str | None = None, last_modified: str | None = None,
    raw_body: bytes | None = None, headers: dict | None = None,
) -> ArticleOutcome:
    """Upsert one fetched article; call inside the item's transaction."""
    new_hash = content_hash(title, text)
    row = db.execute(
        "SELECT content_hash, version, text, title, published_at, author FROM articles WHERE url = ?", [url]
    ).fetchone()
    status = decide(row[0] if row else None, new_hash)
    fetch_facts = {
        "last_seen_at": fetched_at, "fetched_url": fetched_url, "http_status": http_status,
        "etag": etag, "last_modified": last_modified, "removed_at": None,
    }
    if status == "unchanged":
        db["articles"].update(url, fetch_facts)
        return ArticleOutcome("unchanged", row[1])

    version = 1 if row is None else row[1] + 1
    article = {
        "url": url, "source_id": source_id, "title": title, "text": text,
        # A later fetch that lost the date or byline (layout hiccup) must not erase what we had.
        "published_at": published_at or (row[4] if row else None),
        "author": author or (row[5] if row else None),
        "content_hash": new_hash, "version": version, **fetch_facts,
    }
    if row is None:
        article["first_seen_at"] = fetched_at
        db["articles"].insert(article)
    else:
        db["articles"].update(url, article)
    db["article_versions"].insert(
        {"url": url, "version": version, "content_hash": new_hash, "title": title, "text": text,
         "fetched_at": fetched_at}
    )
    if raw_body is not None:
        db["snapshots"].insert(
            {"url": url, "version": version, "fetched_url": fetched_url, "fetched_at": fetched_at,
             "status": http_status, "headers": json.dumps(headers or {}, ensure_ascii=False),
             "body": gzip.compress(raw_body)}
        )
    search.index_article(db, url, title, text)
    if row is None:
        events.emit(db, "article.new", url, {"source_id": source_id, "title": title, "published_at": published_at})
    else:
        events.emit(db, "article.changed", url, {
            "source_id": source_id, "title": title, "version": version,
            "title_before": row[3] if row[3] != title else None,
            "diff": text_diff(row[2], text, label=url),
        })
    return ArticleOutcome(status, version, previous_text=row[2] if row else None)


def touch_unmodified(db: sqlite_utils.Database, url: str, fetched_at: str) -> bool:
    """A 304 answer: the article is still there and unchanged."""
    cursor = db.execute("UPDATE articles SET last_seen_at = ?, removed_at = NULL WHERE url = ?", [fetched_at, url])
    return cursor.rowcount > 0


def mark_removed(db: sqlite_utils.Database, url: str, when: str, http_status: int) -> bool:
    """A known article now answering 404/410; emits article.removed once."""
    row = db.execute("SELECT removed_at, source_id, title FROM articles WHERE url = ?", [url]).fetchone()
    if row is None or row[0]:
        return False
    db["articles"].update(url, {"removed_at": when, "http_status": http_status})
    events.emit(db, "article.removed", url, {"source_id": row[1], "title": row[2], "http_status": http_status})
    return True


def validators_for(db: sqlite_utils.Database, url: str) -> tuple[str | None, str | None]:
    row = db.execute("SELECT etag, last_modified FROM articles WHERE url = ?", [url]).fetchone()
    return (row[0], row[1]) if row else (None, None)

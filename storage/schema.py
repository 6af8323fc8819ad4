"""Schema creation and migration, recorded in PRAGMA user_version.

Each migration is a function appended to MIGRATIONS; never edit one that has
shipped, add another. Table and column names follow ARCHITECTURE.md because
scripts and users rely on them.
"""

from __future__ import annotations

import sqlite_utils


def _v1(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {"id": str, "name": str, "kind": str, "province": str, "config": str, "updated_at": str,
         "last_deep_sweep_at": str},
        pk="id",
    )
    # Validators and the next-page link of listing pages, feeds and sitemaps, so an
    # unchanged listing costs one conditional request and a 304 still knows where page 2 is.
    db["http_cache"].create(
        {"url": str, "source_id": str, "etag": str, "last_modified": str, "next_url": str,
         "links": str, "checked_at": str},
        pk="url",
    )
    db["crawl_runs"].create(
        {
            "id": int, "source_id": str, "started_at": str, "finished_at": str, "status": str,
            "pages_fetched": int, "pages_new": int, "pages_changed": int, "pages_unchanged": int,
            "directives_new": int, "errors": int, "error_detail": str, "pid": int,
            "pages_not_modified": int, "bytes_received": int,
        },
        pk="id",
    )
    db["crawl_runs"].create_index(["source_id", "started_at"])
    db["articles"].create(
        {
            "url": str, "source_id": str, "title": str, "text": str, "published_at": str,
            "author": str, "content_hash": str, "first_seen_at": str, "last_seen_at": str,
            "version": int, "fetched_url": str, "http_status": int, "etag": str,
            "last_modified": str, "removed_at": str,
        },
        pk="url",
    )
    db["articles"].create_index(["source_id", "published_at"])
    db["article_versions"].create(
        {"url": str, "version": int, "content_hash": str, "title": str, "text": str, "fetched_at": str},
        pk=("url", "version"),
    )
    # Raw bytes as fetched, one row per distinct content: what archivists cite.
    db["snapshots"].create(
        {"url": str, "version": int, "fetched_url": str, "fetched_at": str, "status": int,
         "headers": str, "body": bytes},
        pk=("url", "version"),
    )
    db["directives"].create(
        {
            "key": str, "number_text": str, "doc_type": str, "doc_type_name": str, "issuer_code": str,
            "issuing_body": str, "system": str, "scope": str, "province": str, "province_current": str,
            "year": int, "issued_on": str, "title": str, "subject": str, "signer": str,
            "effective_on": str, "status": str, "source_url": str, "facts_from": str,
            "gazette_date": str, "gazette_number": str, "fields": str, "superseded_by": str,
            "first_seen_at": str, "last_seen_at": str,
        },
        pk="key",
    )
    db["directives"].create_index(["scope", "number_text"])
    db["directives"].create_index(["issuer_code", "year"])
    db["mentions"].create(
        {"article_url": str, "directive_key": str, "relation": str, "context": str, "first_seen_at": str},
        pk=("article_url", "directive_key", "relation"),
    )
    db["mentions"].create_index(["directive_key"])
    db["relations"].create(
        {"from_key": str, "to_key": str, "relation": str, "source_url": str, "first_seen_at": str},
        pk=("from_key", "to_key", "relation"),
    )
    db["relations"].create_index(["to_key"])
    db.execute(
        "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
        "subject TEXT NOT NULL, payload TEXT, created_at TEXT NOT NULL)"
    )
    db["events"].create_index(["kind", "id"])
    # Files attached to document pages, kept for archivists with fixity.
    db["attachments"].create(
        {"url": str, "article_url": str, "directive_key": str, "name": str, "media_type": str, "size": int,
         "sha256": str, "path": str, "etag": str, "last_modified": str, "fetched_at": str, "checked_at": str,
         "text": str, "error": str},
        pk="url",
    )
    db["subscriptions"].create(
        {"id": int, "name": str, "channel": str, "target": str, "filters": str, "active": int},
        pk="id",
    )
    db["deliveries"].create(
        {"event_id": int, "subscription_id": int, "status": str, "attempts": int,
         "last_error": str, "delivered_at": str},
        pk=("event_id", "subscription_id"),
    )


def _v2(db: sqlite_utils.Database) -> None:
    # One row per source: its current health (ok | blocked | broken | stale | failing) and why.
    db["source_health"].create(
        {"source_id": str, "health": str, "reason": str, "since": str, "checked_at": str, "last_run_id": int},
        pk="source_id",
    )


def _v3(db: sqlite_utils.Database) -> None:
    # Diacritic-insensitive full-text search: the index holds folded text (no tone marks, đ → d);
    # the articles and directives tables keep the text as published.
    db.execute("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, title, body, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    from storage.search import reindex_all

    reindex_all(db)


MIGRATIONS = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the database to SCHEMA_VERSION; returns the version found before."""
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {found} is newer than this vbwatch ({SCHEMA_VERSION}); upgrade vbwatch"
        )
    if found == SCHEMA_VERSION:
        return found
    # Two processes may open a new database at once: re-read the version under the write lock.
    with db.atomic():
        current = db.execute("PRAGMA user_version").fetchone()[0]
        for version in range(current, SCHEMA_VERSION):
            MIGRATIONS[version](db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return found

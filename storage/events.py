"""The append-only event log that alerts, feeds and exports read."""

from __future__ import annotations

import json

import sqlite_utils

from storage.db import utc_now

EVENT_KINDS = {
    "directive.new", "article.new", "article.changed", "article.removed",
    "document.status_changed", "source.failing", "source.recovered",
}


def emit(db: sqlite_utils.Database, kind: str, subject: str, payload: dict | None = None) -> int:
    if kind not in EVENT_KINDS:
        raise ValueError(f"unknown event kind {kind!r}")
    cursor = db.execute(
        "INSERT INTO events (kind, subject, payload, created_at) VALUES (?, ?, ?, ?)",
        [kind, subject, json.dumps(payload or {}, ensure_ascii=False), utc_now()],
    )
    return cursor.lastrowid


def events_since(db: sqlite_utils.Database, after_id: int = 0, kinds: list[str] | None = None) -> list[dict]:
    sql = "SELECT * FROM events WHERE id > ?"
    params: list = [after_id]
    if kinds:
        sql += f" AND kind IN ({','.join('?' * len(kinds))})"
        params += kinds
    rows = db.execute(sql + " ORDER BY id", params).fetchall()
    cols = ["id", "kind", "subject", "payload", "created_at"]
    return [dict(zip(cols, row), payload=json.loads(row[3] or "{}")) for row in rows]

"""Source health and the run queries the scheduler and `vbwatch status` need.

`source_health` holds one row per source (migration _v2). `record_health`
writes it and emits `source.failing` / `source.recovered` in the same
IMMEDIATE transaction, so two processes evaluating the same source at once
(the scheduler after a run, a user running `vbwatch status`) emit one event.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Callable, Iterator

import sqlite_utils

from storage.db import utc_now
from storage.events import emit

def connect(path: str | Path) -> sqlite_utils.Database:
    """Open an existing, already migrated vbwatch database (open it once with `open_db` first).

    Unlike `open_db`, this never reads the file with plain I/O: closing any other descriptor of a SQLite
    file drops every POSIX lock this process's other connections hold on it (SQLite's "broken locks"
    hazard), which in WAL mode lets another process reset the WAL under them ("database disk image is
    malformed"). The scheduler keeps connections open (APScheduler's job store, parallel job threads)."""
    db = sqlite_utils.Database(sqlite3.connect(str(path), timeout=30, check_same_thread=False))
    db.execute("PRAGMA busy_timeout = 30000")
    db.execute("PRAGMA foreign_keys = ON")
    return db


@contextlib.contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction that takes the write lock up front (BEGIN IMMEDIATE), so a read-then-write
    never fails with 'database is locked' when a crawl process committed in between (a deferred BEGIN
    cannot wait for the lock once its snapshot is stale); joins an enclosing transaction."""
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


RUN_COLUMNS = ("id, source_id, started_at, finished_at, status, pages_fetched, pages_new, pages_changed, "
               "pages_unchanged, directives_new, errors, error_detail, pid")
FINISHED_OK = ("ok", "partial", "failed")  # statuses of runs that went to the end


def health_history(db: sqlite_utils.Database, source_id: str, recent: int = 50, new_items: int = 50) -> list[dict]:
    """Finished runs of a source, oldest first: the last `recent` runs, plus the last `new_items` runs that
    found new articles and the last run that saw any article (so rules can look further back cheaply)."""
    finished = "source_id = ? AND status != 'running'"
    rows: dict[int, dict] = {}
    queries = [
        (f"SELECT {RUN_COLUMNS} FROM crawl_runs WHERE {finished} ORDER BY id DESC LIMIT ?", [source_id, recent]),
        (f"SELECT {RUN_COLUMNS} FROM crawl_runs WHERE {finished} AND pages_new > 0 ORDER BY id DESC LIMIT ?",
         [source_id, new_items]),
        (f"SELECT {RUN_COLUMNS} FROM crawl_runs WHERE {finished} "
         "AND pages_new + pages_changed + pages_unchanged > 0 ORDER BY id DESC LIMIT 1", [source_id]),
    ]
    for sql, params in queries:
        for row in db.query(sql, params):
            rows[row["id"]] = row
    return [rows[key] for key in sorted(rows)]


def last_run(db: sqlite_utils.Database, source_id: str) -> dict | None:
    rows = list(db.query(f"SELECT {RUN_COLUMNS} FROM crawl_runs WHERE source_id = ? ORDER BY id DESC LIMIT 1",
                         [source_id]))
    return rows[0] if rows else None


def last_finished_run(db: sqlite_utils.Database, source_id: str) -> dict | None:
    """The last run that went to the end (ok, partial or failed; not running or interrupted)."""
    rows = list(db.query(
        f"SELECT {RUN_COLUMNS} FROM crawl_runs WHERE source_id = ? AND status IN (?, ?, ?) "
        "AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1", [source_id, *FINISHED_OK]))
    return rows[0] if rows else None


def running_runs(db: sqlite_utils.Database, source_id: str) -> list[dict]:
    return list(db.query(f"SELECT {RUN_COLUMNS} FROM crawl_runs WHERE source_id = ? AND status = 'running'",
                         [source_id]))


def runs_of_process(db: sqlite_utils.Database, source_id: str, pid: int, since: str) -> list[dict]:
    return list(db.query(
        f"SELECT {RUN_COLUMNS} FROM crawl_runs WHERE source_id = ? AND pid = ? AND started_at >= ? ORDER BY id",
        [source_id, pid, since]))


def interrupt_runs(db: sqlite_utils.Database, source_id: str, pid: int, since: str, detail: str) -> list[int]:
    """Mark the runs a child process started since `since` as interrupted (killed, timed out, stopped),
    including one it closed itself while shutting down on our signal: it did not reach its end."""
    with immediate(db):
        ids = [row["id"] for row in runs_of_process(db, source_id, pid, since) if row["status"] != "interrupted"]
        for run_id in ids:
            db.execute(
                "UPDATE crawl_runs SET status = 'interrupted', finished_at = COALESCE(finished_at, ?), "
                "error_detail = CASE WHEN error_detail IS NULL OR error_detail = '' THEN ? "
                "ELSE ? || char(10) || error_detail END WHERE id = ?",
                [utc_now(), detail, detail, run_id],
            )
    return ids


def listings_refreshed(db: sqlite_utils.Database, source_id: str, since: str, until: str) -> list[list[str]] | None:
    """Article links of each listing/feed/sitemap page of a source the crawler got a fresh (non-304)
    answer for between `since` and `until` (one run); None when the crawler keeps no listing cache."""
    table = db["http_cache"]
    if not table.exists() or not {"source_id", "links", "checked_at"} <= set(table.columns_dict):
        return None
    rows = db.query("SELECT links FROM http_cache WHERE source_id = ? AND checked_at >= ? AND checked_at <= ?",
                    [source_id, since, until])
    return [json.loads(row["links"] or "[]") for row in rows]


def stored_urls(db: sqlite_utils.Database, urls: list[str]) -> set[str]:
    found: set[str] = set()
    urls = list(dict.fromkeys(urls))
    for start in range(0, len(urls), 500):
        chunk = urls[start:start + 500]
        found.update(row[0] for row in db.execute(
            f"SELECT url FROM articles WHERE url IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    return found


def get_health(db: sqlite_utils.Database, source_id: str) -> dict | None:
    rows = list(db.query("SELECT * FROM source_health WHERE source_id = ?", [source_id]))
    return rows[0] if rows else None


def record_health(db: sqlite_utils.Database, source_id: str, health: str, reason: str, run_id: int | None,
                  event_for: Callable[[str | None, str], str | None]) -> dict:
    """Store a source's health; emit the event `event_for(old, new)` names, only when the health changes.

    Returns {"old", "new", "event", "event_id"} (event None when nothing was emitted)."""
    with immediate(db):  # serialise read-compare-write across processes: one event per transition
        return _record(db, source_id, health, reason, run_id, event_for, utc_now())


def _record(db, source_id, health, reason, run_id, event_for, now) -> dict:
    old_row = get_health(db, source_id)
    old = old_row["health"] if old_row else None
    since = old_row["since"] if old_row and old == health else now
    db.execute(
        "INSERT INTO source_health (source_id, health, reason, since, checked_at, last_run_id) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(source_id) DO UPDATE SET health = excluded.health, "
        "reason = excluded.reason, since = excluded.since, checked_at = excluded.checked_at, "
        "last_run_id = excluded.last_run_id",
        [source_id, health, reason, since, now, run_id],
    )
    kind = event_for(old, health) if old != health else None
    event_id = None
    if kind:
        event_id = emit(db, kind, source_id, {"old": old, "new": health, "reason": reason, "run_id": run_id})
    return {"old": old, "new": health, "event": kind, "event_id": event_id}


def scheduled_runs(db: sqlite_utils.Database, table: str = "apscheduler_jobs") -> dict[str, float | None]:
    """job id -> next run time (UNIX seconds; None when paused) from APScheduler's job store, if present."""
    if not db[table].exists():
        return {}
    return {row["id"]: row["next_run_time"] for row in db.query(f"SELECT id, next_run_time FROM [{table}]")}


def known_source_ids(db: sqlite_utils.Database) -> list[str]:
    return [row["id"] for row in db.query(
        "SELECT id FROM sources UNION SELECT DISTINCT source_id FROM crawl_runs ORDER BY 1")]

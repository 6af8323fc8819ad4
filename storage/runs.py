"""One crawl_runs row per source per run, with its counters."""

from __future__ import annotations

import os

import sqlite_utils

from storage.db import utc_now

COUNTERS = ("pages_fetched", "pages_new", "pages_changed", "pages_unchanged", "directives_new", "errors")


def start_run(db: sqlite_utils.Database, source_id: str) -> int:
    with db.atomic():
        row = {"source_id": source_id, "started_at": utc_now(), "status": "running", "pid": os.getpid()}
        row.update({name: 0 for name in COUNTERS})
        return db["crawl_runs"].insert(row).last_pk


def bump(db: sqlite_utils.Database, run_id: int, **deltas: int) -> None:
    """Add to counters; call inside the item's transaction so counts match stored rows."""
    unknown = set(deltas) - set(COUNTERS)
    if unknown:
        raise ValueError(f"unknown crawl_runs counters: {sorted(unknown)}")
    assignments = ", ".join(f"{name} = {name} + ?" for name in deltas)
    db.execute(f"UPDATE crawl_runs SET {assignments} WHERE id = ?", [*deltas.values(), run_id])


def finish_run(db: sqlite_utils.Database, run_id: int, status: str, error_detail: str | None = None) -> dict:
    with db.atomic():
        db["crawl_runs"].update(run_id, {"finished_at": utc_now(), "status": status, "error_detail": error_detail})
    return db["crawl_runs"].get(run_id)


def mark_interrupted(db: sqlite_utils.Database) -> int:
    """Runs left 'running' by a process that no longer exists were interrupted (e.g. SIGKILL)."""
    stale = []
    for row in db.query("SELECT id, pid FROM crawl_runs WHERE status = 'running'"):
        if not pid_alive(row["pid"]):
            stale.append(row["id"])
    with db.atomic():
        for run_id in stale:
            db["crawl_runs"].update(run_id, {"status": "interrupted", "finished_at": utc_now()})
    return len(stale)


def pid_alive(pid: int | None) -> bool:
    """Is a process with this pid still running (on this machine)?"""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

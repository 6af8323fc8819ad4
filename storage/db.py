"""Open, validate and migrate the vbwatch database."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from storage import schema

SQLITE_MAGIC = b"SQLite format 3\x00"


class StorageError(Exception):
    """A database that cannot be used, said in one line for the user."""


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StorageError(f"--db {path} is a directory; give a database file path")
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise StorageError(
                f"--db {path} is not a SQLite database; point --db at a new or existing vbwatch database file"
            )


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at `path`."""
    path = Path(path)
    _check_is_sqlite(path)
    if not path.parent.exists():
        raise StorageError(f"--db {path}: folder {path.parent} does not exist; create it or choose another path")
    try:
        db = sqlite_utils.Database(sqlite3.connect(str(path), timeout=30))
        db.execute("PRAGMA busy_timeout = 30000")
        db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        schema.migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"--db {path}: {exc}; is it a vbwatch database?") from exc
    return db

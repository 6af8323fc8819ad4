"""Open, validate and migrate the vbwatch database."""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from storage import schema


class StorageError(Exception):
    """A database that cannot be used, said in one line for the user."""


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Database(sqlite_utils.Database):
    """sqlite-utils with write transactions that take the lock up front.

    A deferred BEGIN that reads and then writes cannot wait for another writer
    (SQLite answers "database is locked" at once), so two crawls or a crawl and
    the scheduler sharing one file would fail. BEGIN IMMEDIATE queues instead,
    for up to busy_timeout.
    """

    @contextlib.contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            savepoint = f"vbwatch_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")


def open_db(path: str | Path) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    The file is never read with plain file I/O: closing any descriptor of a file
    drops every POSIX lock this process holds on it, which corrupts WAL bookkeeping
    of connections still open elsewhere in the process.
    """
    path = Path(path)
    if path.is_dir():
        raise StorageError(f"--db {path} is a directory; give a database file path")
    if not path.parent.exists():
        raise StorageError(f"--db {path}: folder {path.parent} does not exist; create it or choose another path")
    try:
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        conn.execute("PRAGMA schema_version").fetchone()  # fails on a file that is not SQLite
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise StorageError(
                f"--db {path} is not a SQLite database; point --db at a new or existing vbwatch database file"
            ) from exc
        raise StorageError(f"--db {path}: {exc}") from exc
    db = Database(conn)
    try:
        db.execute("PRAGMA busy_timeout = 30000")
        db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        schema.migrate(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StorageError(f"--db {path}: {exc}; is it a vbwatch database?") from exc
    return db

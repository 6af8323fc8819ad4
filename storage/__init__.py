"""SQLite storage: the only package that knows SQL.

`open_db(path)` returns a migrated sqlite-utils Database; the modules beside it
hold the writes for one concern each (articles, directives, events, runs).
"""

from storage.db import StorageError, open_db, utc_now

__all__ = ["StorageError", "open_db", "utc_now"]

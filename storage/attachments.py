"""Attachment rows and their files in the archive folder beside the database."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from pipelines.attachments import archive_path
from storage.db import utc_now


def archive_dir_for(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + "-archive")


def known_attachment(db: sqlite_utils.Database, url: str) -> dict | None:
    rows = list(db.query("SELECT * FROM attachments WHERE url = ?", [url]))
    return rows[0] if rows else None


def save_attachment(db: sqlite_utils.Database, archive_dir: Path, *, url: str, article_url: str,
                    directive_key: str | None, name: str | None, kind: str, body: bytes, sha256: str,
                    etag: str | None, last_modified: str | None, text: str | None) -> dict:
    path = archive_path(archive_dir, sha256, kind)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(path.suffix + ".part")
        partial.write_bytes(body)
        partial.replace(path)  # never leave a half-written file under its final name
    now = utc_now()
    row = {"url": url, "article_url": article_url, "directive_key": directive_key, "name": name,
           "media_type": kind, "size": len(body), "sha256": sha256, "path": str(path.relative_to(archive_dir)),
           "etag": etag, "last_modified": last_modified, "fetched_at": now, "checked_at": now, "text": text,
           "error": None}
    with db.atomic():
        db["attachments"].upsert(row, pk="url")
    return row


def touch_attachment(db: sqlite_utils.Database, url: str, error: str | None = None) -> None:
    with db.atomic():
        db["attachments"].update(url, {"checked_at": utc_now(), "error": error})


def record_failure(db: sqlite_utils.Database, *, url: str, article_url: str, name: str | None, error: str) -> None:
    with db.atomic():
        db["attachments"].upsert({"url": url, "article_url": article_url, "name": name, "error": error,
                                  "checked_at": utc_now()}, pk="url")

"""Attachment policy (pure): which responses are acceptable files and where they go."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

ACCEPTED_TYPES = {
    "application/pdf": ".pdf",
    "application/msword": ".doc",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/zip": ".zip",
    "application/x-zip-compressed": ".zip",
}
GENERIC_TYPES = {"application/octet-stream", "binary/octet-stream", "application/force-download"}
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class AttachmentRejected(Exception):
    pass


def media_type(content_type: str | None, url: str, body: bytes) -> str:
    """The file's media type, trusting the bytes over a generic Content-Type."""
    declared = (content_type or "").split(";")[0].strip().lower()
    if body.startswith(b"%PDF-"):
        return "application/pdf"
    if declared in ACCEPTED_TYPES:
        return declared
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    by_suffix = {ext: kind for kind, ext in ACCEPTED_TYPES.items()}
    if declared in GENERIC_TYPES and suffix in by_suffix:
        return by_suffix[suffix]
    if declared.startswith("text/html"):
        raise AttachmentRejected(f"got an HTML page instead of a file ({declared})")
    raise AttachmentRejected(f"unexpected content type {declared or 'none'} for {suffix or 'a file'}")


def archive_path(archive_dir: Path, sha256: str, kind: str) -> Path:
    """Content-addressed: the same file found on two portals is stored once."""
    return archive_dir / sha256[:2] / f"{sha256}{ACCEPTED_TYPES.get(kind, '.bin')}"


def sha256_of(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def pdf_text(body: bytes, max_pages: int = 200) -> str | None:
    """Text layer of a PDF, or None when there is none or pypdf is not installed."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    try:
        reader = PdfReader(io.BytesIO(body))
        pages = [page.extract_text() or "" for page in reader.pages[:max_pages]]
    except Exception:  # broken PDFs are common; the file itself is still archived
        return None
    text = "\n".join(p.strip() for p in pages if p.strip())
    return text or None

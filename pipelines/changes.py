"""Content fingerprints and the new/changed/unchanged decision (pure)."""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")


def normalise_for_hash(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def content_hash(title: str | None, text: str | None) -> str:
    """Fingerprint of what a reader sees: title and main text, whitespace-insensitive."""
    basis = normalise_for_hash(title or "") + "\n" + normalise_for_hash(text or "")
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def decide(previous_hash: str | None, new_hash: str) -> str:
    if previous_hash is None:
        return "new"
    return "unchanged" if previous_hash == new_hash else "changed"


def text_diff(old: str, new: str, label: str = "text", max_chars: int = 20000) -> str:
    lines = difflib.unified_diff(
        (old or "").splitlines(), (new or "").splitlines(),
        fromfile=f"{label} (before)", tofile=f"{label} (after)", lineterm="", n=1,
    )
    diff = "\n".join(lines)
    return diff if len(diff) <= max_chars else diff[:max_chars] + "\n… (diff truncated)"

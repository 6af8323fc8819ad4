"""Tiny Vietnamese text helpers shared by the pipelines.

* :func:`nfc` — Unicode NFC. Pages arrive in NFC, NFD or a mix (CP1258 decodes to base
  letter + combining tone mark), and nothing matches reliably until normalised.
* :func:`fold` — a diacritic-insensitive search key: NFC, then strip every combining mark,
  map đ/Đ (and the look-alikes Ð U+00D0, ð, Ɖ) to ``d`` and lower-case.  Folding also unifies
  the old/new tone-mark placement (``hòa``/``hoà`` → ``hoa``), which NFC does not.
  Use it for matching only; keep the NFC text for display.
* :func:`squash_ws` — collapse any run of whitespace (NBSP, tabs, CR/LF, …) to one space.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["nfc", "fold", "squash_ws"]

# Letters whose diacritic is not a combining mark in NFD, so stripping marks misses them.
_FOLD_EXTRA = str.maketrans({
    "đ": "d", "Đ": "d",
    "ð": "d", "Ð": "d",  # Icelandic eth: what CP1258 text mis-decoded as Latin-1 shows for Đ
    "ɖ": "d", "Ɖ": "d",  # African D, another look-alike seen in copy-pasted text
})

_WS = re.compile(r"\s+")


def nfc(s: str) -> str:
    """Return ``s`` in Unicode NFC (precomposed letters, diacritics kept)."""
    return unicodedata.normalize("NFC", s)


def fold(s: str) -> str:
    """Diacritic-insensitive, lower-case key: ``"Tỉnh Hậu Giang"`` → ``"tinh hau giang"``."""
    decomposed = unicodedata.normalize("NFD", s)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_FOLD_EXTRA).lower()


def squash_ws(s: str) -> str:
    """Collapse whitespace runs (incl. NBSP and line breaks) to single spaces and strip."""
    return _WS.sub(" ", s).strip()

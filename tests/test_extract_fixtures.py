"""Run extract_article over every saved page in tests/fixtures/<family>/<page>.html.

Each page has a <page>.json beside it. Pages whose ``parser`` is "article" (or absent)
are checked on title, published_at, author and text; "lawdoc" pages on title and text
only; other parsers (listings, feeds) belong to other tests and are skipped. Pages whose
``blocked`` is set (anti-bot interstitials, login walls, placeholder stubs) must give None.

JSON keys used here: ``url``, ``fetched_at`` (ISO, optional), ``title``, ``published_at``
(ISO UTC or null), ``author`` (or null), ``text_starts_with``, ``text_ends_with``,
``text_contains`` (list), ``text_excludes`` (list). A key that is absent is not checked.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from pipelines.extract import extract_article

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLE_PARSERS = {"article", "lawdoc"}


def _pages() -> list[Path]:
    return sorted(p for p in FIXTURES.glob("*/*.html") if p.with_suffix(".json").exists())


def _load(path: Path) -> dict:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


PAGES = [p for p in _pages() if _load(p).get("parser", "article") in ARTICLE_PARSERS]


def test_fixtures_exist():
    assert PAGES, f"no article fixtures under {FIXTURES}"


@pytest.mark.parametrize("path", PAGES, ids=[f"{p.parent.name}/{p.stem}" for p in PAGES])
def test_fixture(path: Path):
    expected = _load(path)
    parser = expected.get("parser", "article")
    html = path.read_bytes()
    fetched = expected.get("fetched_at")
    url = expected.get("url") or f"https://{path.parent.name}.example.vn/{path.stem}.html"
    article = extract_article(
        html, url, fetched_at=datetime.fromisoformat(fetched) if fetched else None
    )
    if expected.get("blocked"):
        # an anti-bot interstitial, login wall or placeholder: not an article at all
        assert article is None, f"{expected['blocked']} page extracted as {article!r}"
        return
    assert article is not None, "extract_article returned None for an article page"

    if "title" in expected:
        assert article.title == expected["title"]
    if parser == "article":
        for key in ("published_at", "author"):
            if key in expected:
                assert getattr(article, key) == expected[key], key

    text = article.text
    if "text_starts_with" in expected:
        assert text.startswith(expected["text_starts_with"]), text[:300]
    if "text_ends_with" in expected:
        assert text.endswith(expected["text_ends_with"]), text[-300:]
    missing = [s for s in expected.get("text_contains", []) if s not in text]
    assert not missing, f"missing from text: {missing}"
    leaked = [s for s in expected.get("text_excludes", []) if s in text]
    assert not leaked, f"chrome left in text: {leaked}"
    assert text == text.strip()
    assert "\n\n" not in text  # one paragraph per line, no blank lines

"""Run parse_lawdoc over every saved page whose <page>.json says ``"parser": "lawdoc"``.

Pages live in tests/fixtures/<family>/<page>.html with <page>.json beside them (our own
lawdoc-generic/ and blocked/ pages, the sample web's lawnet/ snapshots, and any other
family that declares the lawdoc parser). JSON keys checked when present: ``title``,
``text_starts_with``, ``text_ends_with``, ``text_contains``, ``text_excludes``, ``document``
(the LawDocument fields), ``attachments`` (list of {url, name}, in page order) and
``blocked`` (absent means the page must not be flagged).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.lawdoc import LawDocument, parse_lawdoc

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DOCUMENT_FIELDS = ("number_text", "doc_type_name", "issuing_body", "signer", "issued_on", "effective_on",
                   "gazette_date", "gazette_number", "status", "fields")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _pages() -> list[Path]:
    out = []
    for js in sorted(FIXTURES.glob("*/*.json")):
        if js.with_suffix(".html").exists() and _load(js).get("parser") == "lawdoc":
            out.append(js.with_suffix(".html"))
    return out


PAGES = _pages()


def test_own_fixtures_present():
    families = {p.parent.name for p in PAGES}
    assert {"lawdoc-generic", "blocked"} <= families
    assert sum(p.parent.name == "lawdoc-generic" for p in PAGES) >= 4
    assert sum(p.parent.name == "blocked" for p in PAGES) >= 3


@pytest.mark.parametrize("path", PAGES, ids=[f"{p.parent.name}/{p.stem}" for p in PAGES])
def test_fixture(path: Path):
    expected = _load(path.with_suffix(".json"))
    url = expected.get("url") or f"https://{path.parent.name}.example.vn/{path.stem}.html"
    doc = parse_lawdoc(path.read_bytes(), url)
    assert isinstance(doc, LawDocument)

    assert doc.blocked == expected.get("blocked"), "blocked"
    if "title" in expected:
        assert doc.title == expected["title"]
    for key, want in expected.get("document", {}).items():
        assert key in DOCUMENT_FIELDS, f"unknown document field {key!r} in {path.name}.json"
        assert getattr(doc, key) == want, key
    if "attachments" in expected:
        got = [{"url": a.url, "name": a.name} for a in doc.attachments]
        assert got == expected["attachments"]

    text = doc.text
    if "text_starts_with" in expected:
        assert text.startswith(expected["text_starts_with"]), text[:300]
    if "text_ends_with" in expected:
        assert text.endswith(expected["text_ends_with"]), text[-300:]
    missing = [s for s in expected.get("text_contains", []) if s not in text]
    assert not missing, f"missing from text: {missing}"
    leaked = [s for s in expected.get("text_excludes", []) if s in text]
    assert not leaked, f"chrome left in text: {leaked}"
    assert text == text.strip()
    assert "\n\n" not in text
    if doc.blocked:
        assert text == "" or doc.blocked == "login-wall"

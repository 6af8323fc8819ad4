"""Parse rates of pipelines.directives on real third-party data (../shared/realworld).

The data sits next to the repository in the development workspace only (it is not ours to
redistribute, see shared/realworld/MANIFEST.md); in a user's clone these tests skip and the
fixture tests cover the parser.  Run with ``pytest -s`` to see the figures.

* Bình Dương "văn bản chỉ đạo điều hành" CSV: every non-empty ``so_ky_hieu`` must canonicalise
  (≥ 99 %); the lower-cased ``trich_yeu`` column embeds citations ("chỉ thị số 01/ct-ttg") that
  the text analyser must find.
* TVPL traffic JSONL: every ``number`` string must canonicalise (≥ 99 %; the dataset's own
  number is wrong in ~1 % of rows, but we count parse success of the string itself); the
  content heads must yield the page's own number as "publishes", agreeing with the URL slug,
  with the issue date of the header.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from pipelines.directives import analyse_text, canonical_number, find_references
from pipelines.text import fold

REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"
CSV_PATH = REALWORLD / "binhduong_vbcddh" / "data_vanbanphapluatBinhDuong.csv"
JSONL_PATH = REALWORLD / "tvpl_traffic_metadata" / "tvpl_traffic_docs_meta.jsonl"

pytestmark = pytest.mark.skipif(
    not (CSV_PATH.exists() and JSONL_PATH.exists()),
    reason="../shared/realworld not present (a user's clone); fixture tests cover the parser",
)


def _report(record_property, name: str, ok: int, total: int, extra: str = "") -> float:
    rate = ok / total if total else 0.0
    line = f"[realworld] {name}: {ok}/{total} = {rate:.2%}{extra}"
    print(line)
    record_property(name, f"{ok}/{total} ({rate:.4f})")
    return rate


@pytest.fixture(scope="module")
def csv_rows():
    with CSV_PATH.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def tvpl_rows():
    with JSONL_PATH.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_binhduong_so_ky_hieu_parse_rate(csv_rows, record_property):
    values = [r["so_ky_hieu"] for r in csv_rows if r["so_ky_hieu"].strip()]
    parsed = {v: canonical_number(v) for v in values}
    failures = sorted({v for v, c in parsed.items() if c is None})
    ok = sum(1 for v in values if parsed[v])
    rate = _report(record_property, "binhduong_so_ky_hieu", ok, len(values),
                   f"; failures: {failures[:10]}")
    assert rate >= 0.99
    # canonical values are fixed points and carry no look-alike Đ or spaces
    for c in set(parsed.values()) - {None}:
        assert canonical_number(c) == c
        assert "Ð" not in c and " " not in c
    # the documented repairs
    assert parsed["1977 /QĐ-UBND"] == "1977/QĐ-UBND"
    assert parsed["109/UBND - VX"] == "109/UBND-VX"
    assert parsed["26/KH-BCĐ (138)"] == "26/KH-BCĐ"
    assert parsed["1830 QĐ-UBND"] == "1830/QĐ-UBND"
    assert parsed["139-TB/TU"] == "139-TB/TU"
    assert parsed["1034/QÐ-UBND"] == "1034/QĐ-UBND"


def test_binhduong_distinct_numbers_after_canonicalisation(csv_rows, record_property):
    """447 rows are pagination duplicates; canonicalisation must not merge distinct numbers
    more than the Ð/Đ and spacing variants do."""
    raw = {r["so_ky_hieu"] for r in csv_rows if r["so_ky_hieu"].strip()}
    canon = {canonical_number(v) for v in raw}
    print(f"[realworld] binhduong distinct printed numbers {len(raw)} -> canonical {len(canon)}")
    record_property("binhduong_distinct", f"{len(raw)}->{len(canon)}")
    assert len(raw) - len(canon) <= 60


def test_binhduong_trich_yeu_citations_found(csv_rows, record_property):
    """Lower-cased summaries cite other documents ("theo chỉ thị số 16/ct-ttg ngày …")."""
    total = found = 0
    for r in csv_rows:
        text = r["trich_yeu"]
        refs = {x.number_text for x in find_references(text, default_province="binh-duong")}
        for m in re.finditer(r"số\s*(\d+\s*[/-]\s*[^\s,;]+)", text):
            c = canonical_number(m.group(1).rstrip("."))
            if c is None:
                continue                 # "số 6 - bình …" is not a number
            total += 1
            found += c in refs
    rate = _report(record_property, "binhduong_trich_yeu_citations", found, total)
    assert total > 400 and rate >= 0.97


def test_tvpl_number_parse_rate(tvpl_rows, record_property):
    values = [d["number"] for d in tvpl_rows]
    failures = [v for v in values if canonical_number(v) is None]
    ok = len(values) - len(failures)
    rate = _report(record_property, "tvpl_number", ok, len(values), f"; failures: {failures}")
    assert rate >= 0.99


def _slug_agrees(number_text: str, url: str) -> bool:
    """TVPL slugs spell the number with Đ→D and /→- ("Quyet-dinh-0152-QD-UBND-2025-…")."""
    num, rest = re.match(r"(\d+)(.*)", number_text).groups()
    rest = fold(rest).upper().replace("/", "-").replace("(", "-").replace(")", "")
    rx = re.compile(r"(?<![0-9])0*" + str(int(num)) + re.escape(rest), re.I)
    return bool(rx.search(url.replace("(", "-").replace(")", "")))


def test_tvpl_content_heads_publish_their_own_number(tvpl_rows, record_property):
    published = agree = dated = date_ok = refs = 0
    for d in tvpl_rows:
        a = analyse_text(d["content_head"])
        refs += len(a.references)
        for r in a.references:
            assert canonical_number(a.text[r.start:r.end]) == r.number_text
        pub = a.published
        if pub is None:
            continue
        published += 1
        agree += _slug_agrees(pub.number_text, d["url"])
        if d.get("issue_date"):
            dated += 1
            want = "-".join(reversed(d["issue_date"].split("/")))
            date_ok += pub.issued_on == want
    n = len(tvpl_rows)
    r1 = _report(record_property, "tvpl_published_found", published, n, f"; {refs} refs in heads")
    r2 = _report(record_property, "tvpl_published_matches_url", agree, n)
    r3 = _report(record_property, "tvpl_published_issue_date", date_ok, dated)
    assert r1 >= 0.99 and r2 >= 0.98 and r3 >= 0.97


def test_tvpl_content_heads_scope(tvpl_rows, record_property):
    """Provincial documents get their province from the header, national ones "vn"."""
    provincial = scoped = 0
    for d in tvpl_rows:
        pub = analyse_text(d["content_head"]).published
        if pub is None:
            continue
        if pub.scope == "vn":
            assert pub.province is None
            continue
        provincial += 1
        scoped += bool(pub.scope)
    rate = _report(record_property, "tvpl_provincial_scope_known", scoped, provincial)
    assert rate >= 0.98

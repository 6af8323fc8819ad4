"""parse_lawdoc against real legacy vbpl.vn / anle.toaan.gov.vn pages (../shared/realworld).

The pages and EXPECTED_EXTRACTION.json (hand-checked values) are third-party material kept
outside the repository; a user's clone does not have them, and then these tests skip (our
own fixtures in tests/fixtures/lawdoc-generic cover the parser).

Every field EXPECTED_EXTRACTION.json lists for a page is mapped to a LawDocument field
(``_FIELD_MAP``); fields with no LawDocument counterpart are listed in ``_NOT_MAPPED``
and reported, not asserted. ``test_agreement_report`` prints the per-field agreement.
"""

from __future__ import annotations

import json
import re
import time
from datetime import datetime
from pathlib import Path

import pytest

from pipelines.lawdoc import normalize_status, parse_lawdoc

REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"
VBPL = REALWORLD / "vbpl_vn"
BASE_URL = "https://vbpl.vn/TW/Pages/"


def _require():
    if not (VBPL / "EXPECTED_EXTRACTION.json").exists():
        pytest.skip("../shared/realworld not present (a user's clone); own fixtures cover the parser")


def _expected() -> dict:
    if not (VBPL / "EXPECTED_EXTRACTION.json").exists():
        return {}
    data = json.loads((VBPL / "EXPECTED_EXTRACTION.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


EXPECTED = _expected()
PAGES = sorted(EXPECTED) or ["(realworld absent)"]
_DOCS: dict = {}


def _doc(name: str):
    if name not in _DOCS:
        html = (VBPL / name).read_text(encoding="utf-8")
        _DOCS[name] = parse_lawdoc(html, BASE_URL + name)
    return _DOCS[name]


def _iso(dmy: str) -> str:
    return datetime.strptime(dmy, "%d/%m/%Y").date().isoformat()


def _gazette_no(source: str) -> str:
    return re.search(r"số\s+(.+?)(?:,\s*năm\s+\d{4})?$", source).group(1)


# expected key -> (LawDocument attribute or callable on the doc, expected-value transform)
_FIELD_MAP = {
    "so_ky_hieu": ("number_text", lambda v: None if v == "Không số" else v),
    "so_an_le": ("number_text", None),
    "loai_van_ban": ("doc_type_name", None),
    "loai_vb_duoc_sua_doi_bo_sung": ("doc_type_name", None),
    "ngay_ban_hanh": ("issued_on", _iso),
    "ngay_xac_thuc": ("issued_on", _iso),
    "ngay_thong_qua": ("issued_on", _iso),
    "ngay_co_hieu_luc": ("effective_on", _iso),
    "ngay_ap_dung": ("effective_on", _iso),
    "ngay_dang_cong_bao": ("gazette_date", _iso),
    "nguon_thu_thap": ("gazette_number", _gazette_no),
    "nguon_trich": ("gazette_number", _gazette_no),
    "co_quan_ban_hanh": ("issuing_body", None),
    "co_quan_hop_nhat": ("issuing_body", None),
    "chuc_danh": ("signer_title", None),
    "nguoi_ky": ("signer", None),
    "tinh_trang_hieu_luc": ("status", None),
    "trang_thai": ("status", normalize_status),
    "title": ("title", None),
    "pham_vi": (lambda d: d.meta.get("pham vi"), None),
    "attachments": (lambda d: [a.name for a in d.attachments], None),
    # full-text pages ("starts_with" is compared on the text after vbpl's header block)
    "starts_with": (lambda d: _after_header(d.text), None),
    "so_ky_hieu_in_text": (lambda d: d.number_text, None),
    "place_date_line": (lambda d: next((ln for ln in d.text.splitlines() if ln.startswith("Hà Nội, ngày")), None), None),
    "issuer_line": (lambda d: d.text.splitlines()[0], None),
    "header_info": (lambda d: f"Hiệu lực: {d.status}; Ngày có hiệu lực: {_dmy(d.effective_on)}",
                    lambda v: re.sub(r"^[\w.#-]+:\s*", "", v)),  # "div.vbInfo: Hiệu lực: …"
}
# expected keys that describe the page, not the document, or that LawDocument does not carry
_NOT_MAPPED = {"page_type", "ItemID", "note", "main_text_selector", "van_ban_duoc_hop_nhat", "ngay_cong_bo",
               "quyet_dinh_cong_bo", "nguon_an_le", "total_found", "items_on_page", "pagination", "items",
               "related"}


def _dmy(iso: str | None) -> str | None:
    return datetime.strptime(iso, "%Y-%m-%d").strftime("%d/%m/%Y") if iso else None


def _after_header(text: str) -> str:
    """The text from the line after the place-date line (vbpl prints the header above the body)."""
    lines = text.splitlines()
    for i, line in enumerate(lines[:12]):
        if re.search(r"ngày \d+ tháng \d+ năm \d{4}$", line):
            return " ".join(" ".join(lines[i + 1:]).split())
    return " ".join(text.split())


def _compare(name: str) -> list[tuple[str, object, object, bool]]:
    doc = _doc(name)
    out = []
    for key, raw in EXPECTED[name].items():
        if key in _NOT_MAPPED or key not in _FIELD_MAP:
            continue
        getter, transform = _FIELD_MAP[key]
        want = transform(raw) if transform else raw
        got = getter(doc) if callable(getter) else getattr(doc, getter)
        if key == "starts_with":
            got = got[: len(want)]
        out.append((key, got, want, got == want))
    return out


@pytest.mark.parametrize("name", PAGES)
def test_page_fields(name):
    _require()
    results = _compare(name)
    wrong = [(k, got, want) for k, got, want, ok in results if not ok]
    assert not wrong, f"{name}: {wrong}"
    doc = _doc(name)
    assert doc.blocked is None or name == "vbpl_search.html"


def test_listing_and_related_pages_do_not_leak_other_documents():
    _require()
    search = _doc("vbpl_search.html")
    assert search.number_text is None and search.issued_on is None  # ten items, no one document
    related = _doc("vbpl_related_doc.html")
    other_dates = {_iso(r[k]) for r in EXPECTED["vbpl_related_doc.html"]["related"]
                   for k in ("ngay_ban_hanh", "ngay_co_hieu_luc")}
    assert related.issued_on not in other_dates and related.effective_on not in other_dates
    assert related.effective_on == "2014-01-01"  # its own vbInfo line


def test_full_text_pages():
    _require()
    v3 = _doc("vbpl_v3.html")
    assert v3.text.startswith("QUỐC HỘI\nSố: 101/2015/QH13\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert "Điều 510. Quy định chi tiết" in v3.text
    assert v3.text.endswith("Chủ tịch Quốc hội\n(Đã ký)\nNguyễn Sinh Hùng")
    assert v3.issued_on == "2015-11-27" and v3.signer == "Nguyễn Sinh Hùng" and v3.doc_type_name == "Bộ luật"
    for chrome in ("Tải file đính kèm", "Gửi phản hồi", "Lên đầu trang", "CSDL quốc gia", "Xem nhanh"):
        assert chrome not in v3.text
    v1 = _doc("vbpl_v1.html")
    assert v1.number_text is None  # "Số: Không số" in the header
    assert "Điều 1\nNước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập" in v1.text


def test_big_page_speed():
    _require()
    html = (VBPL / "vbpl_v3.html").read_text(encoding="utf-8")
    parse_lawdoc(html, BASE_URL)  # warm-up
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        parse_lawdoc(html, BASE_URL)
        runs.append(time.perf_counter() - start)
    best = min(runs)
    print(f"\nvbpl_v3.html ({len(html.encode()) // 1024} KB): {best * 1000:.0f} ms/page (best of 3)")
    assert best < 3.0


def test_agreement_report(capsys):
    _require()
    per_field: dict[str, list[bool]] = {}
    unmapped: dict[str, list[str]] = {}
    for name in sorted(EXPECTED):
        for key, _, _, ok in _compare(name):
            per_field.setdefault(key, []).append(ok)
        for key in EXPECTED[name]:
            if key in _NOT_MAPPED:
                unmapped.setdefault(key, []).append(name)
    total = sum(len(v) for v in per_field.values())
    agreed = sum(sum(v) for v in per_field.values())
    with capsys.disabled():
        print(f"\nrealworld vbpl/anle agreement: {agreed}/{total} field values")
        for key, oks in sorted(per_field.items()):
            print(f"  {key:32s} {sum(oks)}/{len(oks)}")
        print("  not compared (page-level or no LawDocument field): "
              + ", ".join(f"{k} ({len(v)})" for k, v in sorted(unmapped.items())))
    assert agreed == total

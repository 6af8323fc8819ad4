"""Write HTML snapshots of sample-web article pages plus their expected extraction.

    python -m crawler.sampleweb.snapshot tests/fixtures

For every family with entries in ``FIXTURES``, renders fixed articles (layout v1, base
``http://sample.test``, seeded Long An state tokens) to ``<dir>/<family>/<key>.html`` and
writes ``<key>.json`` beside it:

    url, parser, title, published_at (UTC ISO; a date-only page means local midnight),
    author (the byline as shown, or null), text_starts_with / text_ends_with (taken inside the
    first / last text block of the main text; the byline is not part of the main text),
    text_contains (whole sentences of the main text), text_excludes (chrome strings present
    on the page), and for law documents ``document`` (attribute values; "Đã biết" and
    "Đang cập nhật" mean unknown -> null; "Không số" means no number -> null) and, for the
    vbpl and congbao families, ``attachments`` (url and link name, in page order).

The main text of a vbpl document is the whole document (header block to the signer's name);
a congbao page only carries a summary (the text is in the PDF), so its main text is the
summary.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from .app import App
from .chrome import COMMON_CHROME, block_text
from .sites.lawbase import document_text_blocks
from .state import FAMILIES, LAW_FAMILIES, SiteState
from .util import VN_TZ, iso_utc

BASE = "http://sample.test"
SEED = 20240327

FIXTURES: dict[str, list[str]] = {
    "longan": ["ctr-53-dai-doan-ket", "ct-48-phong-chong-toi-pham"],
    "binhdinh": ["tong-ket-10-nam-nq25-qd218", "quan-triet-nghi-quyet-tw8"],
    "travinh": ["phat-huy-thanh-qua-dai-hoi", "bau-cu-quoc-hoi-khoa-xv"],
    "tayninh": ["suc-manh-sang-tao-he-thong-chinh-tri-co-so", "thich-ung-an-toan-covid-19"],
    "lawnet": ["kh-100-kh-ubnd-2024-hau-giang", "nd-30-2020-nd-cp", "ctr-226-ctr-tu-2024-hau-giang"],
    "vbpl": ["bl-101-2015-qh13", "hien-phap-2013", "nd-123-2020-nd-cp"],
    "congbao": ["nd-13-2023-nd-cp", "qd-06-qd-ttg-2022"],
}
UNKNOWN = {"Đã biết", "Đang cập nhật", "", "Không số"}
_NUMBER = re.compile(r"\d+(?:/\d{4})?[-/][A-ZĐ][A-Za-zĐđ]*(?:[-/][A-ZĐ][A-Za-zĐđ]*)?")


def text_blocks(entry) -> list[str]:
    """The main text of an article as a list of blocks (paragraphs / lines), without the byline."""
    if entry.family == "lawnet":
        it = entry.item
        h = it["header"]
        out = list(h["left"]) + ["-------"] + list(h["right"]) + ["---------------", h["number_line"], h["place_date"]]
        out += list(it["doc_title"])
        out += [block_text(b) for b in entry.body]
        out += ["Nơi nhận:"] + list(it["recipients"]) + list(it["sign"]) + [it["signer_name"]]
        return [b for b in out if b]
    if entry.family == "congbao":
        return list(entry.item["summary"]) + [block_text(b) for b in entry.extra]
    if entry.family in LAW_FAMILIES:
        return document_text_blocks(entry)
    return [block_text(b) for b in entry.body if isinstance(b, str) or b[0] != "img"]


def body_blocks(entry) -> list[str]:
    """The paragraphs of an article's own prose (no headings, header or signature lines)."""
    if entry.family == "congbao":
        return list(entry.item["summary"]) + [b for b in entry.extra if isinstance(b, str)]
    return [block_text(b) for b in entry.body if isinstance(b, str)]


def _head(text: str, n: int = 50) -> str:
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > 20 else n]


def _tail(text: str, n: int = 50) -> str:
    if len(text) <= n:
        return text
    cut = text.find(" ", len(text) - n)
    return text[cut + 1 if 0 <= cut < len(text) - 10 else len(text) - n:]


def sentences(blocks: list[str]) -> list[str]:
    out = []
    for b in blocks:
        for s in re.split(r"(?<=[.;:!?])\s+(?=[A-ZÀ-Ỹ“(0-9])", b):
            if len(s) >= 40:
                out.append(s)
    return out


def shown_time(entry) -> datetime:
    """The publication time as the page shows it, in local time."""
    fam = entry.family
    if fam in LAW_FAMILIES:
        y, m, d = map(int, entry.item["meta"]["issued"].split("-"))
        return datetime(y, m, d, tzinfo=VN_TZ)
    loc = entry.published.astimezone(VN_TZ)
    if fam == "longan":
        return loc
    if fam == "binhdinh":
        return loc.replace(second=0, microsecond=0)
    return loc.replace(hour=0, minute=0, second=0, microsecond=0)


def document_fields(state: SiteState, entry) -> dict:
    """The attribute values a law page shows, as ``parse_lawdoc`` should return them."""
    site = state.sites[entry.family]
    meta = entry.item["meta"]

    def known(v):
        return None if v in UNKNOWN else v

    eff = site.effective_of(entry)
    fields = {
        "number_text": known(meta["number"]),
        "doc_type_name": meta["type"],
        "issuing_body": meta["issuer"],
        "signer": known(meta["signer"]),
        "issued_on": meta["issued"],
        "effective_on": eff if re.match(r"^\d{4}-\d\d-\d\d$", eff) else None,
        "gazette_date": known(meta["gazette_date"]),
        "gazette_number": known(meta["gazette_number"]),
        "status": known(site.status_of(entry)),
        "fields": None,
    }
    if entry.family != "lawnet":
        fields["fields"] = meta["field"]
    if entry.family == "congbao":
        fields["status"] = None  # the gazette shows no "Tình trạng"
    return fields


def attachment_links(state: SiteState, entry, base: str) -> list[dict]:
    """The attachment links of a vbpl / congbao document page."""
    site = state.sites[entry.family]
    if entry.family == "congbao":
        return [{"url": base + site.pdf_path(entry), "name": "Tải văn bản (PDF)"}]
    if entry.item.get("pdf"):
        return [{"url": base + site.file_path(entry), "name": entry.item["pdf"]}]
    return []


def render_fixture(family: str, key: str, index: int = 0) -> tuple[str, dict]:
    """Render one article page and its expected extraction (deterministic)."""
    state = SiteState(seed=SEED + index, base_url=BASE,
                      clock=lambda: datetime(2024, 6, 30, 3, 0, tzinfo=timezone.utc))
    app = App(state)
    entry = state.get(family, key)
    if entry is None:
        raise KeyError(f"{family}/{key}")
    site = state.sites[family]
    path = site.article_path(entry, 1)
    resp = app.handle("GET", path, base=BASE)
    if resp.status != 200:
        raise RuntimeError(f"{family}/{key}: HTTP {resp.status}")
    html = resp.body if isinstance(resp.body, str) else resp.body.decode("utf-8")
    blocks = text_blocks(entry)
    body_text = "\n".join(blocks)
    sents = sentences(body_blocks(entry))
    numbered = [s for s in sents if _NUMBER.search(s)][:2]
    contains = numbered + [s for s in sents if s not in numbered][: 3 - len(numbered)]
    from html import unescape
    page_text = unescape(html)
    excludes = [s for s in list(site.chrome_strings()) + COMMON_CHROME
                if s in page_text and s not in body_text]
    expected = {
        "url": BASE + path,
        "parser": "lawdoc" if family in LAW_FAMILIES else "article",
        "title": entry.title,
        "published_at": iso_utc(shown_time(entry)),
        "author": None if family in LAW_FAMILIES else entry.author,
        "text_starts_with": _head(blocks[0]),
        "text_ends_with": _tail(blocks[-1]),
        "text_contains": contains[:3],
        "text_excludes": list(dict.fromkeys(excludes)),
    }
    if family in LAW_FAMILIES:
        expected["document"] = document_fields(state, entry)
    if family in ("vbpl", "congbao"):
        expected["attachments"] = attachment_links(state, entry, BASE)
    return html, expected


def all_fixtures():
    i = 0
    for fam in FAMILIES:
        for key in FIXTURES.get(fam, []):
            html, expected = render_fixture(fam, key, i)
            yield fam, key, html, expected
            i += 1


def write(out_dir: str | Path) -> list[Path]:
    out = Path(out_dir)
    written = []
    for fam, key, html, expected in all_fixtures():
        d = out / fam
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{key}.html").write_text(html, encoding="utf-8")
        (d / f"{key}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written += [d / f"{key}.html", d / f"{key}.json"]
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m crawler.sampleweb.snapshot OUT_DIR", file=sys.stderr)
        return 2
    for p in write(argv[0]):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write HTML snapshots of sample-web article pages plus their expected extraction.

    python -m crawler.sampleweb.snapshot tests/fixtures

For every family, renders fixed articles (layout v1, base ``http://sample.test``, seeded
Long An state tokens) to ``<dir>/<family>/<key>.html`` and writes ``<key>.json`` beside it:

    url, parser, title, published_at (UTC ISO; a date-only page means local midnight),
    author (the byline as shown, or null), text_starts_with / text_ends_with (taken inside the
    first / last text block of the main text; the byline is not part of the main text),
    text_contains (whole sentences of the main text), text_excludes (chrome strings present
    on the page), and for law documents ``document`` (attribute values; "Đã biết" and
    "Đang cập nhật" mean unknown -> null).
"""
from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from .app import App
from .chrome import COMMON_CHROME, block_text
from .state import FAMILIES, SiteState
from .util import VN_TZ, iso_utc

BASE = "http://sample.test"
SEED = 20240327

FIXTURES: dict[str, list[str]] = {
    "longan": ["ctr-53-dai-doan-ket", "ct-48-phong-chong-toi-pham"],
    "binhdinh": ["tong-ket-10-nam-nq25-qd218", "quan-triet-nghi-quyet-tw8"],
    "travinh": ["phat-huy-thanh-qua-dai-hoi", "bau-cu-quoc-hoi-khoa-xv"],
    "tayninh": ["suc-manh-sang-tao-he-thong-chinh-tri-co-so", "thich-ung-an-toan-covid-19"],
    "lawnet": ["kh-100-kh-ubnd-2024-hau-giang", "nd-30-2020-nd-cp", "ctr-226-ctr-tu-2024-hau-giang"],
}
UNKNOWN = {"Đã biết", "Đang cập nhật", ""}
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
    return [block_text(b) for b in entry.body if isinstance(b, str) or b[0] != "img"]


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
    if fam == "lawnet":
        y, m, d = map(int, entry.item["meta"]["issued"].split("-"))
        return datetime(y, m, d, tzinfo=VN_TZ)
    loc = entry.published.astimezone(VN_TZ)
    if fam == "longan":
        return loc
    if fam == "binhdinh":
        return loc.replace(second=0, microsecond=0)
    return loc.replace(hour=0, minute=0, second=0, microsecond=0)


def document_fields(state: SiteState, entry) -> dict:
    site = state.sites["lawnet"]
    meta = entry.item["meta"]

    def known(v):
        return None if v in UNKNOWN else v

    eff = site.effective_of(entry)
    return {
        "number_text": meta["number"],
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
    body_blocks = [block_text(b) for b in entry.body if isinstance(b, str)]
    sents = sentences(body_blocks)
    numbered = [s for s in sents if _NUMBER.search(s)][:2]
    contains = numbered + [s for s in sents if s not in numbered][: 3 - len(numbered)]
    from html import unescape
    page_text = unescape(html)
    excludes = [s for s in list(site.chrome_strings()) + COMMON_CHROME
                if s in page_text and s not in body_text]
    expected = {
        "url": BASE + path,
        "parser": "lawdoc" if family == "lawnet" else "article",
        "title": entry.title,
        "published_at": iso_utc(shown_time(entry)),
        "author": None if family == "lawnet" else entry.author,
        "text_starts_with": _head(blocks[0]),
        "text_ends_with": _tail(blocks[-1]),
        "text_contains": contains[:3],
        "text_excludes": list(dict.fromkeys(excludes)),
    }
    if family == "lawnet":
        expected["document"] = document_fields(state, entry)
    return html, expected


def all_fixtures():
    i = 0
    for fam in FAMILIES:
        for key in FIXTURES[fam]:
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

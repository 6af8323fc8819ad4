"""Law-document pages: metadata, body text, attachments, and block/stub detection.

``parse_lawdoc(html, url)`` reads one document page of a law portal (LawNet/TVPL-style
pages, legacy vbpl.vn SharePoint pages, Công báo, vanban.chinhphu.vn, provincial
"văn bản" pages, anle.toaan.gov.vn) into a :class:`LawDocument`.

Metadata — a label → value scan over the whole page (related-document boxes removed
first, so a neighbour's "Ngày ban hành" is never read as this document's):

* a label is matched diacritic- and case-insensitively, with or without a trailing
  colon, in its common variants ("Số hiệu" / "Số ký hiệu" / "Số/Ký hiệu", "Nơi ban hành" /
  "Cơ quan ban hành", "Ngày hiệu lực" / "Ngày có hiệu lực", "Tình trạng" / "Tình trạng
  hiệu lực" / "Hiệu lực", "Lĩnh vực" / "Lĩnh vực, ngành", ...; see ``_LABELS``);
* markup: table rows with label/value cells (also the 4-column label|value|label|value
  rows of LawNet and th/td rows), vbpl's composite "Cơ quan ban hành/ Chức danh / Người
  ký" label followed by one cell per part (the order of the parts is read from the label,
  so vbpl's consolidated-text order "Cơ quan hợp nhất/ Người ký/ Chức danh" works too),
  definition lists, a label element followed by its value (``<b>Số hiệu:</b> 100/…``,
  ``<span>Hiệu lực:</span> Còn hiệu lực``, div grids), and "Label: value" text lines,
  several per line when a table was flattened ("Số hiệu: 100/KH-UBND Loại văn bản: Kế
  hoạch");
* "Đã biết", "Đang cập nhật", "Không có", "..." and empty values are unknown (None);
  the first known value of a label wins (LawNet prints its table twice); a field that
  gets three or more different values comes from a list of documents (a search page, a
  "Văn bản mới" box) and keeps a value only if it sits with the page's other fields;
* menu headings that are links ("Loại văn bản" over a list of types), header cells of a
  data table in the body (a table with fewer than two label cells) and bold headings
  without a colon are not labels;
* dates go through :func:`pipelines.dates.parse_date` (ISO strings out), numbers through
  :func:`pipelines.directives.canonical_number` (the raw value is kept when it does not
  parse, "Không số" is None), status is one of ``STATUSES`` or None.

When the page has no metadata for a field, the body's own header is used: the "Số: …"
line, the "<place>, ngày … tháng … năm …" line, and the document type from the title or
the heading line ("KẾ HOẠCH").

Text — an lxml pass of our own. Measured against ``pipelines.extract.extract_article``
on the lawdoc fixtures and the real vbpl.vn pages: the same text on most pages, but
extract_article drops the "Chương I" / "Điều 1. …" headings of vbpl's 890 KB page (they
hold ``<a name>`` anchors) and a "- Lưu." recipient line, and needs about twice the CPU
time (480 vs 230 ms on that page), so it is not used here:
scripts, hidden elements (unless they hold the document, e.g. an inactive tab), the
metadata elements found above, related-document boxes, login nags, empty tabs and
templates are removed; the content block is the deepest element holding 60 % of the
page's non-link text, widened to its parent when what the parent adds is the document's
own header or signature; small chrome blocks inside it go. Lines are one block each
(table cells too); link-only lines and "-------"/"*" rules are dropped, and lines before
the state header block ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "ĐẢNG CỘNG SẢN VIỆT NAM"
and the issuer lines above it) are cut. A page whose body has under 120 characters of
non-link text (an attributes tab, a listing, a JS shell) gets ``text == ""``.

Attachments — links whose path ends in .pdf/.doc/.docx/.xls/.xlsx/.zip/.rar/… or whose
href looks like a download (``/download``, ``FileDownload``, ``api/download``,
``getfile``), including the path inside vbpl's ``javascript:downloadfile('x', '/path')``;
absolute, percent-encoded, de-duplicated, named by their link text. Viewer links
(WopiFrame "Xem nhanh") and related-document boxes are not attachments.

Input: ``str`` or ``bytes`` (UTF-8, else the declared charset, else Windows-1258); NFC
is applied only when the page has combining marks; zero-width characters are removed.

``detect_block(html, status)`` says whether a response is a challenge page, a short
NOINDEX stub, a login wall, an empty page or an HTTP error body (``BLOCK_KINDS``);
``parse_lawdoc`` runs it first (so callers need not), returns an empty document for every
kind but "login-wall" (whose title may still be useful), and sets ``blocked`` to "empty"
when nothing at all was found.

Beyond the requested fields, ``LawDocument`` carries ``signer_title`` ("Chức danh") and
``meta`` (every label seen, folded, with its first known raw value — e.g. "pham vi",
"nguon thu thap").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urljoin, urlsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from pipelines.dates import parse_date
from pipelines.directives import canonical_number
from pipelines.text import fold

__all__ = ["Attachment", "LawDocument", "STATUSES", "BLOCK_KINDS", "parse_lawdoc", "detect_block",
           "normalize_status"]

STATUSES = ("Còn hiệu lực", "Hết hiệu lực", "Hết hiệu lực một phần", "Chưa có hiệu lực", "Ngưng hiệu lực")
#: Values of ``LawDocument.blocked`` / ``detect_block``.
BLOCK_KINDS = ("antibot", "rate-limited", "unavailable", "http-error", "noindex-stub", "login-wall", "empty")


@dataclass
class Attachment:
    url: str
    name: str | None
    media_hint: str | None  # pdf | doc | docx | xls | xlsx | zip | … from the link


@dataclass
class LawDocument:
    number_text: str | None
    doc_type_name: str | None
    issuing_body: str | None
    signer: str | None
    issued_on: str | None
    effective_on: str | None
    gazette_date: str | None
    gazette_number: str | None
    status: str | None
    fields: str | None
    title: str | None
    text: str
    attachments: list[Attachment] = field(default_factory=list)
    blocked: str | None = None
    signer_title: str | None = None  # "Chức danh": "Chủ tịch Quốc hội", "Phó Chủ tịch", …
    #: every label found, folded label → first known raw value (incl. ones without a field)
    meta: dict[str, str] = field(default_factory=dict)


# ============================================================================ labels

#: folded label (spaces single, "/" without spaces, no trailing colon) → field
_LABELS: dict[str, str] = {}
for _field, _variants in {
    "number": ["so hieu", "so ky hieu", "so/ky hieu", "so, ky hieu", "so/ky hieu van ban",
               "so ky hieu van ban", "so hieu van ban", "so van ban", "ky hieu", "so/kh",
               "so an le", "so ky hieu/so hieu"],
    "doc_type": ["loai van ban", "loai vb", "the loai", "hinh thuc van ban", "loai hinh van ban",
                 "loai vb duoc sua doi bo sung", "loai van ban duoc sua doi bo sung"],
    "issuing_body": ["noi ban hanh", "co quan ban hanh", "don vi ban hanh", "co quan hop nhat",
                     "noi ban hanh/co quan ban hanh", "to chuc ban hanh"],
    "signer": ["nguoi ky", "nguoi ky duyet", "nguoi ky van ban", "nguoi ky ban hanh", "ky boi"],
    "signer_title": ["chuc danh", "chuc vu", "chuc danh nguoi ky"],
    "issued_on": ["ngay ban hanh", "ngay ky", "ban hanh", "ngay xac thuc", "ngay thong qua",
                  "ngay van ban", "ngay ky ban hanh", "ngay ban hanh van ban"],
    "effective_on": ["ngay hieu luc", "ngay co hieu luc", "hieu luc tu ngay", "co hieu luc tu ngay",
                     "ngay ap dung", "ngay bat dau hieu luc"],
    "expired_on": ["ngay het hieu luc", "het hieu luc tu ngay"],
    "gazette_date": ["ngay cong bao", "ngay dang cong bao"],
    "gazette_number": ["so cong bao", "nguon thu thap", "nguon trich", "nguon cong bao"],
    "status": ["tinh trang", "tinh trang hieu luc", "hieu luc", "trang thai", "trang thai hieu luc",
               "tinh trang van ban", "hieu luc van ban", "tinh trang hieu luc van ban"],
    "fields": ["linh vuc", "linh vuc, nganh", "linh vuc nganh", "linh vuc/nganh",
               "nganh, linh vuc", "nganh/linh vuc", "chuyen nganh", "linh vuc van ban"],
    "title": ["trich yeu", "trich yeu noi dung", "noi dung trich yeu", "tieu de", "ten van ban",
              "ten an le"],
    "scope": ["pham vi", "pham vi ap dung"],
}.items():
    for _v in _variants:
        _LABELS[_v] = _field

#: Fields whose value is a date.
_DATE_FIELDS = {"issued_on", "effective_on", "expired_on", "gazette_date"}

#: folded values that mean "unknown"
_UNKNOWN = {
    "", "da biet", "dang cap nhat", "dang cap nhap", "dang update", "khong co", "khong", "chua co",
    "chua cap nhat", "chua xac dinh", "khong xac dinh", "khong ro", "n/a", "na", "none", "null",
    "...", "…", "-", "--", "---", "x", "?", "(khong co noi dung)", "khong co noi dung",
}

#: zero-width characters and soft hyphens, deleted before whitespace is collapsed
_ZW_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _squash(s: str | None) -> str:
    """Whitespace runs (NBSP, line breaks, …) → one space; no NFC (see ``_prepare``)."""
    return " ".join(s.split()) if s else ""


_COMBINING_RE = re.compile(r"[\u0300-\u036f]")


_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def _decode(data: bytes) -> str:
    """Bytes → text: UTF-8 when it decodes, else the page's declared charset, else CP1258."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _CHARSET_RE.search(data[:4096])
    for enc in ([m.group(1).decode("ascii")] if m else []) + ["cp1258"]:
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def _prepare(html: str | None) -> str:
    """NFC (only when combining marks are present: normalising 1 MB costs ~50 ms) without
    zero-width characters and soft hyphens."""
    html = html or ""
    if _COMBINING_RE.search(html):
        html = unicodedata.normalize("NFC", html)
    return _ZW_RE.sub("", html)


def _nfc_squash(s: str | None) -> str:
    return _squash(_prepare(s)) if s else ""


def _label_key(s: str) -> str:
    k = _fold_aligned(_nfc_squash(s))
    k = re.sub(r"\s*/\s*", "/", k)
    k = re.sub(r"\s*,\s*", ", ", k)
    return k.strip(" :：.*\t-–|")


def _fields_of_label(text: str) -> list[str] | None:
    """The field(s) a label names: one, or one per part of a composite "A/ B / C" label."""
    if not text or len(text) > 70:
        return None
    key = _label_key(text)
    if key in _LABELS:
        return [_LABELS[key]]
    if "/" in key:
        parts = [p.strip() for p in key.split("/")]
        if len(parts) >= 2 and all(p in _LABELS for p in parts):
            return [_LABELS[p] for p in parts]
    return None


def _fold_table() -> dict[int, str]:
    table = {cp: chr(cp).lower() for cp in range(ord("A"), ord("Z") + 1)}
    for lo, hi in ((0x00C0, 0x024F), (0x0300, 0x036F), (0x1E00, 0x1EFF)):
        for cp in range(lo, hi + 1):
            f = fold(chr(cp))
            table[cp] = f[0] if f else " "
    return table


_FOLD_TABLE = _fold_table()


def _fold_aligned(s: str) -> str:
    """``pipelines.text.fold`` one character for one, so indexes in the result are indexes in
    ``s`` (which must be NFC): "Số hiệu" → "so hieu"."""
    return s.translate(_FOLD_TABLE)


def _fkey(s: str) -> str:
    """``pipelines.text.fold`` for matching (fast path for NFC input)."""
    return _fold_aligned(unicodedata.normalize("NFC", s) if _COMBINING_RE.search(s) else s)


def _label_rx_part(label: str) -> str:
    part = re.escape(label)
    part = part.replace(r"\ ", r"\s+").replace("/", r"\s*/\s*").replace(",", r"\s*,")
    return part


_LINE_LABEL_ALT = "|".join(_label_rx_part(k) for k in sorted(_LABELS, key=len, reverse=True))
#: a label with its colon inside a text line (on folded text)
_LINE_LABEL_RE = re.compile(rf"(?:(?<=^)|(?<=[\s|•·;,]))({_LINE_LABEL_ALT})\s*[:：]\s*")


#: the first word of every label in ``_LABELS`` (case-insensitive, with diacritics)
_LABEL_WORD_RE = re.compile(
    r"[\s\-•·*|+]*(?:số|so|ký|ky|loại|loai|thể|the|hình|hinh|nơi|noi|cơ|có|co|đơn|don|tổ|to|người|nguoi|chức|chuc"
    r"|ngày|ngay|ban|hiệu|hieu|hết|het|nguồn|nguon|tình|tinh|trạng|trang|lĩnh|linh|ngành|nganh|chuyên|chuyen"
    r"|trích|trich|nội|noi|tiêu|tieu|tên|ten|phạm|pham)\b",
    re.IGNORECASE,
)
_LINE_START_RE = re.compile(rf"^[\s\-•·*|+]*({_LINE_LABEL_ALT})\s*[:：]")


def _line_pairs(line: str) -> list[tuple[list[str], str, str]]:
    """"Label: value" pairs in one text line, as (fields, label key, value); the line must
    start with a label."""
    if len(line) > 400 or ":" not in line[:60] and "：" not in line[:60]:
        return []
    if not _LINE_START_RE.match(_fold_aligned(line[:60])):
        return []
    fl = _fold_aligned(line)
    matches = list(_LINE_LABEL_RE.finditer(fl))
    lead = line[: matches[0].start()].strip(" -•·*|+") if matches else "x"
    if not matches or lead:
        return []
    pairs = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        fields = _fields_of_label(m.group(1))
        if not fields:
            continue
        value = line[m.end(): nxt.start() if nxt else len(line)].strip(" |;,•·")
        pairs.append((fields, _label_key(m.group(1)), value))
    return pairs


# ============================================================================ values


def _is_unknown(value: str) -> bool:
    k = _fkey(value).strip(" .:;,-–|")
    return k in _UNKNOWN or not k.strip(".…-_ ")


_STATUS_RULES = [
    (re.compile(r"(?:het|con|co)\s+hieu\s+luc\s+(?:mot\s+phan|1\s+phan)|bi\s+(?:thay\s+the|bai\s+bo|sua\s+doi)\s+mot\s+phan"),
     "Hết hiệu lực một phần"),
    (re.compile(r"ngung\s+hieu\s+luc|tam\s+ngung|dinh\s+chi"), "Ngưng hiệu lực"),
    (re.compile(r"chua\s+(?:co\s+)?hieu\s+luc"), "Chưa có hiệu lực"),
    (re.compile(r"het\s+hieu\s+luc|khong\s+con\s+hieu\s+luc|bi\s+bai\s+bo|da\s+bi\s+thay\s+the|vo\s+hieu"),
     "Hết hiệu lực"),
    (re.compile(r"con\s+hieu\s+luc|dang\s+co\s+hieu\s+luc|(?:^|\s)co\s+hieu\s+luc|con\s+hieu\s+luc\s+toan\s+bo"),
     "Còn hiệu lực"),
]


def normalize_status(value: str | None) -> str | None:
    """One of ``STATUSES`` for a status cell ("Văn bản đang có hiệu lực" → "Còn hiệu lực")."""
    if not value:
        return None
    k = " ".join(_fkey(value).split())
    if len(k) > 80:
        return None
    for rx, status in _STATUS_RULES:
        if rx.search(k):
            return status
    return None


_GAZETTE_NO_RE = re.compile(r"(?:^|\s)so\s+(.+?)(?:\s*,?\s*\(?nam\s+\d{4}\)?)?\s*$")


def _gazette_number(label_key: str, value: str) -> str | None:
    if label_key.startswith("nguon"):
        fv = _fold_aligned(value)
        if "cong bao" not in fv:
            return None
        m = _GAZETTE_NO_RE.search(fv)
        return value[m.start(1): m.end(1)].strip(" ,.") if m else None
    fv = _fold_aligned(value)
    m = re.match(r"\s*so\s*[:.]?\s*", fv)
    return value[m.end():].strip() if m else value


def _number(value: str) -> str | None:
    v = re.sub(r"^(?:số|so)\s*[:.]?\s*(?=\d)", "", value, flags=re.IGNORECASE).strip()
    if _fkey(v).strip(" .") in ("khong so", "khong", "so", "") or not any(c.isdigit() for c in v):
        return None
    return canonical_number(v) or v


def _common_ancestor(elements: list[HtmlElement]) -> HtmlElement | None:
    paths = []
    for el in elements:
        path = [el, *el.iterancestors()]
        path.reverse()
        paths.append(path)
    common = None
    for nodes in zip(*paths):
        if all(n is nodes[0] for n in nodes):
            common = nodes[0]
        else:
            break
    return common


class _Meta:
    """Collected metadata: first known value per field wins."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.raw: dict[str, str] = {}
        self.offers: dict[str, list[tuple[str, HtmlElement | None]]] = {}

    def resolve_listings(self) -> None:
        """A field offered three or more different values comes from a list of documents (a
        "Văn bản mới" box, a search page): keep its first value only when that value sits in
        the block that holds the page's other, unambiguous fields; else drop it."""
        ambiguous = {f for f, offers in self.offers.items() if len({o for o, _ in offers}) >= 3}
        if not ambiguous:
            return
        anchors = [offers[0][1] for f, offers in self.offers.items()
                   if f not in ambiguous and offers[0][1] is not None]
        home = _common_ancestor(anchors) if anchors else None
        for fld in ambiguous:
            self.values.pop(fld, None)
            if home is None or home.tag in ("body", "html"):
                continue
            for out, src in self.offers[fld]:
                if src is not None and (src is home or any(a is home for a in src.iterancestors())):
                    self.values[fld] = out
                    break

    def offer(self, fld: str, label_key: str, value: str, source: HtmlElement | None = None) -> bool:
        """Record ``value`` for ``fld`` if it is known and valid; True when it was usable."""
        value = _nfc_squash(value).strip(" |;")
        if not value or len(value) > 400 or _is_unknown(value):
            return False
        out: str | None
        if fld in _DATE_FIELDS:
            d = parse_date(value) if len(value) <= 60 else None
            out = d.isoformat() if d else None
        elif fld == "status":
            out = normalize_status(value)
            if out is None:  # "Hiệu lực: 01/01/2018" — a date under a status label
                d = parse_date(value) if len(value) <= 40 else None
                if d is not None:
                    fld, out = "effective_on", d.isoformat()
        elif fld == "number":
            out = _number(value) if len(value) <= 80 else None
            if out is None and _fkey(value).strip(" .") == "khong so":
                self.raw.setdefault(label_key, value)
                return True  # a real, known "no number"
        elif fld == "gazette_number":
            out = _gazette_number(label_key, value)
        elif fld in ("signer", "issuing_body", "doc_type", "signer_title"):
            out = value if len(value) <= 150 else None
        else:
            out = value
        if out is None:
            return False
        self.raw.setdefault(label_key, value)
        self.values.setdefault(fld, out)
        self.offers.setdefault(fld, []).append((out, source))
        return True


# ============================================================================ tree helpers

_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "section",
    "article", "main", "aside", "nav", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "dl",
    "dt", "dd", "blockquote", "pre", "center", "form", "figure", "figcaption", "address", "hr",
    "fieldset", "legend", "caption", "details", "summary", "body", "html", "option", "select",
}
_DROP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
              "select", "option", "textarea", "button", "input", "map", "head", "title", "meta", "link"}
_CHROME_TAGS = {"nav", "aside", "footer", "menu"}


def _load(html: str) -> HtmlElement | None:
    if not html or not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except ValueError:  # a str with an XML encoding declaration
        try:
            parser = lxml.html.HTMLParser(encoding="utf-8")
            return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
        except Exception:
            return None
    except (etree.ParserError, etree.XMLSyntaxError):
        return None


def _attrs(el: HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


def _is_hidden(el: HtmlElement) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    cls = set((el.get("class") or "").lower().split())
    return bool(cls & {"hidden", "d-none", "hide", "invisible", "sr-only"})


def _drop(el: HtmlElement) -> None:
    """Remove ``el`` and its subtree, keeping its tail text (which belongs to the parent)."""
    if el.getparent() is not None:
        el.drop_tree()


def _capped_text(el: HtmlElement, limit: int) -> str | None:
    """The element's raw text, or None when it is longer than ``limit``."""
    parts, n = [], 0
    for t in el.itertext():
        n += len(t)
        if n > limit:
            return None
        parts.append(t)
    return "".join(parts)


def _small_subtree(el: HtmlElement, limit: int = 8) -> bool:
    return next(itertools.islice(el.iterdescendants(), limit, None), None) is None


def _lines_of(el: HtmlElement) -> list[tuple[str, int, int]]:
    """Block-wise text lines of ``el``: (text, letters in links, letters in all)."""
    out: list[tuple[str, int, int]] = []
    cur: list[tuple[str, bool]] = []

    def flush() -> None:
        if not cur:
            return
        s = _squash("".join(t for t, _ in cur))
        if s:
            link = total = 0
            if len(s) <= 160 and any(is_link for _, is_link in cur):
                # letters and digits only, so "Đăng nhập | In văn bản" counts as all links
                link = sum(ch.isalnum() for t, is_link in cur if is_link for ch in t)
                total = sum(ch.isalnum() for ch in s)
            out.append((s, link, total))
        cur.clear()

    stack: list[tuple[HtmlElement, bool, bool]] = [(el, False, False)]  # (node, in_link, closing)
    while stack:
        node, in_link, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else None
        if closing:
            if tag in _BLOCK_TAGS:
                flush()
            if node.tail and node is not el:
                cur.append((node.tail, in_link))
            continue
        if tag is None:  # comment / PI: only its tail is text
            if node.tail and node is not el:
                cur.append((node.tail, in_link))
            continue
        if tag in _DROP_TAGS:
            if node.tail and node is not el:
                cur.append((node.tail, in_link))
            continue
        if tag == "br":
            flush()
            if node.tail and node is not el:
                cur.append((node.tail, in_link))
            continue
        if tag in _BLOCK_TAGS:
            flush()
        inner = in_link or _is_link(node)
        if node.text:
            cur.append((node.text, inner))
        stack.append((node, in_link, True))
        for child in reversed(node):
            stack.append((child, inner, False))
    flush()
    return out


def _is_link(el: HtmlElement) -> bool:
    """A hyperlink (``<a name="dieu_1">Điều 1.</a>`` anchors are text, not links)."""
    return el.tag == "a" and el.get("href") is not None


def _text_of(el: HtmlElement) -> str:
    return " ".join(t for t, _, _ in _lines_of(el))


# ============================================================================ metadata scan

_LABEL_TAGS = {"td", "th", "dt", "span", "b", "strong", "label", "div", "p", "li", "font", "em", "i",
               "h3", "h4", "h5", "h6", "dd", "small", "u"}
_RELATED_RX = re.compile(
    r"lien-?quan|related|relate\b|listvb|listlaw|vb-?moi|van-?ban-?moi|tin-?khac|other-?(?:news|docs?|posts?)"
    r"|cung-?chuyen-?muc|xem-?nhieu|doc-?nhieu|most-?(?:read|view)|tu-?van|lienquan|vbmoi|same-?cat"
)


def _value_after(label: HtmlElement, count: int, colon: bool) -> list[tuple[str, HtmlElement | None]]:
    """The value(s) printed after a label element: its tail text, else the next sibling(s).

    Climbs to the parent when the label element is alone in it (``<td><b>Số hiệu</b></td>``);
    out of a paragraph-like block only when the label ends with a colon (a bold "Hiệu lực"
    heading in a body is not a label).
    """
    node = label
    for _ in range(3):
        tail = _squash(node.tail)
        if tail and count == 1:
            # the tail plus following inline siblings up to a line break / block
            parts = [node.tail or ""]
            for sib in node.itersiblings():
                if not isinstance(sib.tag, str):
                    parts.append(sib.tail or "")
                    continue
                if sib.tag == "br" or sib.tag in _BLOCK_TAGS:
                    break
                if _fields_of_label(_squash(sib.text_content())):
                    break
                parts.append(sib.text_content())
                parts.append(sib.tail or "")
            return [(_squash("".join(parts)), None)]
        sibs = [s for s in node.itersiblings() if isinstance(s.tag, str) and s.tag not in ("br", "script", "style")]
        if sibs:
            out = []
            for sib in sibs[:count]:
                sl = _lines_of(sib) if _small_subtree(sib, 60) else []
                if not sl or len(sl) > 6 or (len(sl) > 2 and all(tt and lk >= tt for _, lk, tt in sl)):
                    out.append(("", None))  # too big, or a list of links (a menu)
                    continue
                out.append((", ".join(t for t, _, _ in sl), sib))
            return out
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html", "tr", "table", "tbody") or _squash(parent.text):
            return []
        if parent.tag not in ("td", "th", "dt", "dd", "li", "span", "label", "b", "strong", "font") and not colon:
            return []
        node = parent
    return []


def _table_labels(cell: HtmlElement, cache: dict[int, int]) -> int:
    """How many label cells the cell's table has (2+ for a metadata table)."""
    table = next(cell.iterancestors("table"), None)
    if table is None:
        return 2
    n = cache.get(id(table))
    if n is None:
        n = 0
        for i, c in enumerate(table.iter("td", "th")):
            if i > 400:
                break
            if not _small_subtree(c):
                continue
            t = _text_of(c)
            if len(t) <= 400 and (_fields_of_label(t) or _line_pairs(t)):
                n += 1
                if n >= 2:
                    break
        cache[id(table)] = n
    return n


#: headings of attribute tables that are not the document's title (folded)
_GENERIC_HEADINGS = {"thuoc tinh", "thuoc tinh van ban", "thong tin van ban", "thong tin", "chi tiet van ban",
                     "thong tin chung", "thong tin ap dung", "luoc do", "van ban"}


def _scan_metadata(root: HtmlElement, meta: _Meta) -> tuple[list[HtmlElement], str | None]:
    """Scan the tree for label/value pairs; return the elements that held metadata and a
    table title row (vbpl's trích yếu cell above the first label row)."""
    marked: list[HtmlElement] = []
    table_title: str | None = None
    label_counts: dict[int, int] = {}
    body = root.find("body")
    if body is None:
        body = root
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag not in _LABEL_TAGS:
            continue
        if not _small_subtree(el):
            continue
        raw = _capped_text(el, 600)
        if raw is None:
            continue
        if not _LABEL_WORD_RE.match(raw):
            continue  # cheap test: every label starts with one of a few words
        raw = _squash(raw)
        if not raw or not (
            (len(raw) <= 70 and _fields_of_label(raw)) or _LINE_START_RE.match(_fold_aligned(raw[:60]))
        ):
            continue  # neither a label nor a line starting with one: skip the costly pass
        lines = _lines_of(el)
        if not lines or sum(len(t) for t, _, _ in lines) > 600:
            continue
        whole = " ".join(t for t, _, _ in lines)
        fields = _fields_of_label(whole)
        if fields and all(total and link >= total for _, link, total in lines):
            continue  # a menu heading link ("Loại văn bản" over a list of types), not a label
        if fields:
            if tag in ("td", "th") and _table_labels(el, label_counts) < 2:
                continue  # a header cell of a data table in the body, not a metadata table
            # label element: value in its tail or the next sibling cell(s)
            values = _value_after(el, len(fields), whole.rstrip().endswith((":", "：")))
            used = False
            for fld, (value, holder) in zip(fields, values):
                if not value or _fields_of_label(value):
                    continue  # nothing, or the next cell is another label
                key = _label_key(whole) if len(fields) == 1 else fld
                if meta.offer(fld, key, value, el) or _is_unknown(value):
                    used = True
                    if holder is not None:
                        marked.append(holder)
            if used:
                marked.append(el)
            continue
        hit = False
        for text, _, _ in lines:
            for flds, key, value in _line_pairs(text):
                if meta.offer(flds[0], key, value, el) or _is_unknown(value):
                    hit = True
        if hit:
            marked.append(el)
    # vbpl: the first row of a metadata table is one wide cell with the trích yếu
    for table in {id(t): t for t in (next(e.iterancestors("table"), None) for e in marked) if t is not None}.values():
        rows = [r for r in table.iter("tr")]
        if rows:
            cells = [c for c in rows[0] if isinstance(c.tag, str) and c.tag in ("td", "th")]
            if (len(cells) == 1 and rows[0] not in marked and cells[0] not in marked
                    and (cells[0].get("colspan") or "1").strip() not in ("", "1")):
                txt = _text_of(cells[0])
                generic = " ".join(_fkey(txt).split()).strip(" :") in _GENERIC_HEADINGS
                if 8 <= len(txt) < 400 and not generic and not _fields_of_label(txt) and not _line_pairs(txt):
                    table_title = table_title or txt
                    marked.append(rows[0])
    return marked, table_title


def _widen_marked(marked: list[HtmlElement]) -> list[HtmlElement]:
    """Metadata cells → their rows; tables/lists with two or more metadata rows → whole."""
    out: dict[int, HtmlElement] = {}
    counts: dict[int, list] = {}
    for el in marked:
        row = el if el.tag == "tr" else next(el.iterancestors("tr"), None)
        unit = row if row is not None else el
        out[id(unit)] = unit
        if row is not None:
            container = next(row.iterancestors("table"), None)
        elif el.tag in ("li", "dt", "dd"):
            container = el.getparent()
        else:
            container = None
        if container is not None:
            entry = counts.setdefault(id(container), [container, set()])
            entry[1].add(id(unit))
    for container, units in counts.values():
        if len(units) >= 2:
            out[id(container)] = container
    return list(out.values())


# ============================================================================ text

_MARKER_RE = re.compile(
    r"cong hoa xa hoi chu nghia viet nam|dang cong san viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc"
)
#: what the parent of the content block may add: the state header or the signature block
_WIDEN_RE = re.compile(
    r"cong hoa xa hoi chu nghia|dang cong san viet nam|doc lap\s*-\s*tu do|noi nhan\s*:"
    r"|(?:^|\s)(?:tm|kt|tl|tuq|t/m)\s*\.|\(da ky\)"
)
#: class/id of chrome inside the content block (only small blocks without the state header go)
_CONTENT_CHROME_RX = re.compile(
    r"breadcrumb|box-map|\bshare|social|toolbar|tool-bar|\btools?\b|comment|binh-?luan|rating"
    r"|\btags?\b|login|dang-?nhap|\bads?\b|advert|quang-?cao|pagination|paging|\bmenu|\bnav\b"
    r"|navbar|footer|sidebar|fileattack|vbfile|download|tai-?ve|tab-?header|\btabs\b|nav-tabs"
)
_NAG_RE = re.compile(
    r"chua dang nhap|dang ky tai khoan|dang nhap tai khoan|vui long dang nhap|dang nhap de|can dang nhap"
    r"|chi xem duoc thuoc tinh|moi ban dang ky|please (?:log|sign) ?in|sign in to continue"
)
_NAG_HINT_RE = re.compile(r"đăng|dang|log|sign|thuộc tính", re.IGNORECASE)
#: whole lines that are portal tabs / empty-tab notices (folded); body headings such as
#: "NỘI DUNG" or "HIỆU LỰC" are deliberately not here
_TAB_LINES = {
    "van ban goc", "van ban tieng anh", "(khong co noi dung)", "khong co noi dung", "toan van",
    "thuoc tinh", "luoc do", "tai ve", "ban in", "ban pdf", "lich su", "vb lien quan",
    "van ban lien quan", "tu van lien quan", "xem nhanh", "tai van ban", "van ban dang xem",
    "vb goc", "vb tieng anh", "ban goc",
}
_SEP_LINE_RE = re.compile(r"^[\s\-_=*~.·•–—]+$")


def _is_noise(text: str) -> bool:
    """A nag, an empty-tab notice or a template line (text of one small element)."""
    if "{{" in text or "{%" in text:
        return True
    if len(text) <= 40 or _NAG_HINT_RE.search(text):
        k = " ".join(_fold_aligned(text).split()).strip(" :|»›-")
        return k in _TAB_LINES or bool(_NAG_RE.search(k))
    return False


def _drop_noise(body: HtmlElement) -> None:
    """Drop small elements that are login nags, empty tabs or unrendered templates, so they
    weigh nothing when the content block is chosen."""
    doomed = []
    for el in body.iter("p", "div", "span", "li", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong",
                        "td", "dd", "dt", "section", "em", "i", "font"):
        if not _small_subtree(el, 12):
            continue
        raw = _capped_text(el, 500)
        if raw is None:
            continue
        raw = _squash(raw)
        if raw and _is_noise(raw):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            _drop(el)


def _weights(root: HtmlElement) -> dict[HtmlElement, int]:
    """Non-link text length under every element (one bottom-up pass)."""
    w: dict[HtmlElement, int] = {}
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    for el in reversed(elements):
        if el.tag in _DROP_TAGS:
            w[el] = 0
            continue
        if _is_link(el):
            w[el] = 0
            continue
        total = len(_squash(el.text))
        for ch in el:
            if isinstance(ch.tag, str):
                total += w.get(ch, 0)
            if ch.tail:  # a child's tail is the parent's text (links' tails included)
                total += len(_squash(ch.tail))
        w[el] = total
    return w


def _pick_container(body: HtmlElement) -> tuple[HtmlElement, int]:
    w = _weights(body)
    total = w.get(body, 0)
    if total == 0:
        return body, 0
    node = body
    while True:
        kids = [c for c in node if isinstance(c.tag, str)]
        if not kids:
            break
        best = max(kids, key=lambda c: w.get(c, 0))
        if w.get(best, 0) >= 0.6 * total:
            node = best
        else:
            break
    # widen while the parent only adds the document's own header / signature
    for _ in range(4):
        parent = node.getparent()
        if parent is None or node is body:
            break
        extra = w.get(parent, 0) - w.get(node, 0)
        if extra <= 0:
            node = parent
            continue
        if extra > max(1500, 0.2 * w.get(node, 0)):
            break
        extra_text = " ".join(_text_of(s) for s in parent if isinstance(s.tag, str) and s is not node)
        extra_text += " " + _squash(parent.text)
        if not _WIDEN_RE.search(" ".join(_fold_aligned(extra_text).split())):
            break
        node = parent
    return node, w.get(node, 0)


def _holds_document(el: HtmlElement) -> bool:
    """True for a (hidden) block that holds a document: its text has the state header."""
    head = []
    n = 0
    for t in el.itertext():
        head.append(t)
        n += len(t)
        if n > 6000:
            break
    return n > 300 and bool(_MARKER_RE.search(" ".join(_fkey(" ".join(head)).split())))


def _strip_in_content(container: HtmlElement) -> None:
    doomed = []
    total = sum(len(t.strip()) for t in container.itertext())
    for el in container.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _CHROME_TAGS:
            doomed.append(el)
            continue
        a = _attrs(el)
        if a.strip() and _CONTENT_CHROME_RX.search(a):
            txt = _text_of(el) if _small_subtree(el, 400) else None
            if txt is None or len(txt) > 0.3 * total or _MARKER_RE.search(" ".join(_fkey(txt).split())):
                continue  # big, or holds the document header: not chrome
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None and all(a not in doomed for a in el.iterancestors()):
            _drop(el)


def _clean_lines(lines: list[tuple[str, int, int]]) -> list[str]:
    out: list[str] = []
    for text, link, total in lines:
        if "{{" in text or "{%" in text or "}}" in text:
            continue  # an unrendered template: the line is a label of missing data
        if total and link >= total and len(text) <= 120:
            continue  # a link-only line: menus, tabs, breadcrumbs, "Đăng ký tại đây"
        if _SEP_LINE_RE.match(text):
            continue  # "-------", "*", "_____": rules under the header block, not text
        if len(text) <= 40 or (len(text) < 400 and _NAG_HINT_RE.search(text)):
            k = " ".join(_fkey(text).split()).strip(" :|»›-")
            if k in _TAB_LINES or _NAG_RE.search(k):
                continue
        out.append(text)
    return out


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _trim_to_header(lines: list[str]) -> list[str]:
    """Cut the lines before the state header block (page title, tabs, doc id …)."""
    for i, line in enumerate(lines[:40]):
        if _MARKER_RE.search(" ".join(_fkey(line).split())):
            start = i
            j = i - 1
            while j >= 0 and i - j <= 6:
                prev = lines[j]
                if len(prev) <= 90 and (_is_caps(prev) or _SEP_LINE_RE.match(prev)
                                         or re.match(r"(?:Số|SỐ|So)\b\s*[:.]?\s*\S", prev)):
                    start = j
                    j -= 1
                else:
                    break
            return lines[start:]
    return lines


# ============================================================================ attachments

_FILE_EXTS = ("pdf", "doc", "docx", "xls", "xlsx", "zip", "rar", "7z", "odt", "ods", "rtf", "ppt", "pptx")
_DOWNLOAD_RX = re.compile(r"/download|filedownload|file-download|api/download|downloadfile|getfile|/tai-?ve/|download\.aspx",
                          re.IGNORECASE)
_JS_STR_RE = re.compile(r"""['"]([^'"]+)['"]""")


def _ext(s: str) -> str | None:
    m = re.search(r"\.([A-Za-z0-9]{2,5})$", s.strip())
    if m and m.group(1).lower() in _FILE_EXTS:
        return m.group(1).lower()
    return None


def _attachment(a: HtmlElement, base: str) -> Attachment | None:
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "mailto:", "tel:")):
        return None
    if href.lower().startswith("javascript:"):
        cands = [s for s in _JS_STR_RE.findall(href) if "/" in s]
        cands = [s for s in cands if _ext(urlsplit(s).path) or _DOWNLOAD_RX.search(s)]
        if not cands:
            return None
        href = cands[-1]
    href = href.replace("\\", "/")
    parts = urlsplit(href)
    path_ext = _ext(unquote(parts.path))
    if not path_ext and not _DOWNLOAD_RX.search(href):
        return None
    url = quote(urljoin(base, href), safe=":/?#[]@!$&'()*+,;=%~")
    name = _squash(a.text_content()) or _squash(a.get("title")) or None
    hint = path_ext
    if hint is None:
        for _, v in parse_qsl(parts.query):
            hint = _ext(unquote(v))
            if hint:
                break
    if hint is None and name:
        hint = _ext(name)
    if name is None:
        name = unquote(parts.path.rsplit("/", 1)[-1]) or None
    return Attachment(url=url, name=name, media_hint=hint)


def _attachments(root: HtmlElement, base: str) -> list[Attachment]:
    seen: dict[str, Attachment] = {}
    for a in root.iter("a"):
        att = _attachment(a, base)
        if att is None:
            continue
        old = seen.get(att.url)
        if old is None:
            seen[att.url] = att
        elif not old.name and att.name:
            old.name = att.name
    return list(seen.values())


# ============================================================================ blocks

_ANTIBOT_TEXT_RE = re.compile(
    r"just a moment|checking your browser|checking if the site connection is secure|attention required"
    r"|access denied|verify you are human|verifying you are human|enable javascript and cookies"
    r"|please enable cookies|one more step|request blocked|request unsuccessful|ddos protection"
    r"|are you a robot|bot verification|security check|truy cap bi tu choi|xac minh ban la nguoi"
    r"|too many requests|rate limit"
)
_ANTIBOT_HTML_RE = re.compile(
    r"cf-browser-verification|cf_chl_opt|__cf_chl|cf-challenge|challenge-form|jschl|_incapsula_resource"
    r"|ddos-guard|sucuri|px-captcha|cf-turnstile|challenges\.cloudflare\.com|cf-error-details"
)


_NONLINK_TEXT_NODES = etree.XPath("//body//text()[not(ancestor::a)]")


def _visible_text(root: HtmlElement, cap: int = 20_000, links: bool = True) -> str:
    """The page's text nodes (without link text unless ``links``), one per line, up to about
    ``cap`` characters. Scripts and styles must have been stripped."""
    out, n = [], 0
    body = root.find("body")
    nodes = (body if body is not None else root).itertext() if links else _NONLINK_TEXT_NODES(root)
    for node in nodes:
        t = _squash(node)
        if t:
            out.append(t)
            n += len(t)
            if n > cap:
                break
    return "\n".join(out)


def _robots_noindex(root: HtmlElement) -> bool:
    for m in root.iter("meta"):
        name = (m.get("name") or "").lower()
        if name in ("robots", "googlebot", "bingbot") and "noindex" in (m.get("content") or "").lower():
            return True
    return False


def _detect(root: HtmlElement | None, html: str, status: int) -> str | None:
    if root is None:
        return "empty" if status < 400 else _status_kind(status)
    etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    text = _visible_text(root)
    title = _squash(root.findtext(".//title"))
    ftext = " ".join(_fold_aligned(title + " " + text[:3000]).split())
    if len(text) < 2500 and (_ANTIBOT_TEXT_RE.search(ftext) or _ANTIBOT_HTML_RE.search(html[:300_000].lower())):
        if status == 429 or "too many requests" in ftext or "rate limit" in ftext:
            return "rate-limited"
        return "antibot"
    if status >= 400:
        return _status_kind(status)
    if _robots_noindex(root) and (
        len(text) < 300 or (len(text) < 1500 and not _MARKER_RE.search(" ".join(ftext.split())))
    ):
        return "noindex-stub"  # a short page without a document on it that asks not to be indexed
    if len(text) > 5000:
        return None
    # login wall: asks for a login and shows (almost) nothing else besides menus and links
    has_password = any((i.get("type") or "").lower() == "password" for i in root.iter("input"))
    if has_password or _NAG_RE.search(ftext):
        rest = [ln for ln in _visible_text(root, links=False).splitlines()
                if not _NAG_RE.search(" ".join(_fold_aligned(ln).split()))]
        if sum(len(ln) for ln in rest) < 400:
            return "login-wall"
    if sum(ch.isalnum() for ch in text) < 20:
        return "empty"
    return None


def _status_kind(status: int) -> str:
    if status == 429:
        return "rate-limited"
    if status == 403:
        return "antibot"
    if status == 503:
        return "unavailable"
    if status == 401:
        return "login-wall"
    return "http-error"


def detect_block(html: str | bytes, status: int = 200) -> str | None:
    """Why a response is not a document page, or None when it looks like one.

    Returns "antibot" (Cloudflare "Just a moment…"/challenge, "Access denied", captcha
    pages; also a bare 403), "rate-limited" (429, "Too many requests"), "unavailable"
    (503 without a challenge), "http-error" (other 4xx/5xx), "noindex-stub" (a short page
    with ``<meta name="robots" content="noindex…">``), "login-wall" (a login prompt and
    almost nothing else; LawNet's nags next to a full text are not a wall) or "empty".
    """
    if isinstance(html, bytes):
        html = _decode(html)
    html = _prepare(html)
    return _detect(_load(html), html, status)


# ============================================================================ title & fallbacks

_DOC_TYPES = [
    "Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Lệnh", "Nghị quyết liên tịch", "Nghị quyết",
    "Nghị định", "Quyết định", "Chỉ thị", "Thông tư liên tịch", "Thông tư", "Kế hoạch", "Công văn",
    "Công điện", "Thông báo", "Thông tri", "Hướng dẫn", "Kết luận", "Quy định", "Quy chế",
    "Chương trình", "Báo cáo", "Đề án", "Tờ trình", "Văn bản hợp nhất", "Điều lệ", "Sắc lệnh",
    "Án lệ", "Chỉ thị liên tịch", "Quy định liên tịch", "Dự thảo",
]
_DOC_TYPES_BY_FOLD = sorted(((" ".join(_fkey(t).split()), t) for t in _DOC_TYPES), key=lambda x: -len(x[0]))
_LOGO_RX = re.compile(r"logo|brand|site-?name|site-?title|header-?title")


def _doc_type_from(text: str | None, whole: bool = False) -> str | None:
    if not text:
        return None
    k = " ".join(_fkey(text).split())
    for f, name in _DOC_TYPES_BY_FOLD:
        if (k == f) if whole else (k == f or k.startswith(f + " ")):
            return name
    return None


def _pick_title(root: HtmlElement, meta_title: str | None, table_title: str | None, raw_html: str) -> str | None:
    if meta_title:
        return meta_title
    if table_title:
        return table_title
    for h1 in root.iter("h1"):
        if _is_hidden(h1) or any(_LOGO_RX.search(_attrs(a)) for a in itertools.chain([h1], h1.iterancestors())):
            continue
        t = _text_of(h1)
        if len(t) >= 8:
            return t
    for m in root.iter("meta"):
        if (m.get("property") or m.get("name") or "").lower() in ("og:title", "twitter:title"):
            t = _squash(m.get("content"))
            if t:
                return t
    m = re.search(r"var\s+title1\s*=\s*'([^'\n]{4,400})'", raw_html)  # vbpl.vn's page script
    if m:
        return _squash(m.group(1))
    t = _squash(root.findtext(".//title"))
    if t:
        first = re.split(r"\s+[-|–—]\s+", t)[0].strip()
        return first if len(first) >= 15 else t
    return None


_PLACE_DATE_RE = re.compile(r"^[^\d,]{2,50},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)
_SO_LINE_RE = re.compile(r"^(?:Số|SỐ|So)\b\s*[:.]?\s*(.{1,60})$")
_SIGN_CUE_RE = re.compile(r"^(?:TM|KT|TL|TUQ|Q|T/M)\s*\.|\(đã ký\)|\(ký\b|CHỦ TỊCH|TRƯỞNG|GIÁM ĐỐC|BÍ THƯ", re.IGNORECASE)


def _fallbacks(lines: list[str], meta: _Meta) -> None:
    head = lines[:30]
    v = meta.values
    if "number" not in v and not any(k.startswith("so") for k in meta.raw):
        for line in head:
            m = _SO_LINE_RE.match(line)
            if m:
                num = _number(m.group(1))
                if num and canonical_number(num):
                    v["number"] = num
                break
    if "issued_on" not in v:
        for line in head:
            if _PLACE_DATE_RE.match(line):
                d = parse_date(line)
                if d:
                    v["issued_on"] = d.isoformat()
                break
    if "doc_type" not in v:
        for i, line in enumerate(head):
            if _PLACE_DATE_RE.match(line):
                for nxt in head[i + 1: i + 4]:
                    t = _doc_type_from(nxt, whole=True)
                    if t:
                        v["doc_type"] = t
                        break
                break
    if "signer" not in v and len(lines) >= 2:
        last = lines[-1].strip()
        words = last.split()
        if (2 <= len(words) <= 5 and not _is_caps(last) and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
                and any(_SIGN_CUE_RE.search(p) for p in lines[-5:-1])):
            v["signer"] = last


# ============================================================================ API


def _empty_doc(blocked: str | None) -> LawDocument:
    return LawDocument(None, None, None, None, None, None, None, None, None, None, None, "", [], blocked)


def parse_lawdoc(html: str | bytes, url: str, status: int = 200) -> LawDocument:
    """Parse one law-document page (see the module docstring)."""
    if isinstance(html, bytes):
        html = _decode(html)
    html = _prepare(html)
    root = _load(html)
    blocked = _detect(root, html, status)
    if root is None or blocked in ("antibot", "rate-limited", "unavailable", "http-error", "noindex-stub", "empty"):
        return _empty_doc(blocked)

    # comments and scripts out; related-document boxes out (their labels are not ours)
    for c in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        if c.getparent() is not None:
            _drop(c)
    body = root.find("body")
    if body is None:
        body = root
    total_text = max(1, sum(len(t.strip()) for t in body.itertext()))
    for el in list(body.iter()):
        if isinstance(el.tag, str) and el.getparent() is not None and _RELATED_RX.search(_attrs(el)):
            if el.tag in ("body", "html", "form"):
                continue
            if _small_subtree(el, 3000):
                txt = _text_of(el)
                if len(txt) < 0.4 * total_text and not _MARKER_RE.search(" ".join(_fkey(txt[:3000]).split())):
                    _drop(el)

    attachments = _attachments(root, url)

    meta = _Meta()
    marked, table_title = _scan_metadata(root, meta)
    meta.resolve_listings()
    for el in _widen_marked(marked):
        if el.getparent() is not None:
            _drop(el)

    # text
    for el in list(body.iter()):
        if isinstance(el.tag, str) and el.getparent() is not None:
            if el.tag in _DROP_TAGS or (_is_hidden(el) and not _holds_document(el)):
                _drop(el)
    for el in list(body.iter(*_CHROME_TAGS)):
        if el.getparent() is not None:
            _drop(el)
    _drop_noise(body)
    container, weight = _pick_container(body)
    _strip_in_content(container)
    lines = _clean_lines(_lines_of(container))
    if weight < 120 and not any(_MARKER_RE.search(" ".join(_fkey(x).split())) for x in lines[:40]):
        lines = []  # no body on this page (an attributes tab, a listing, a shell)
    lines = _trim_to_header(lines)

    title = _pick_title(root, meta.values.get("title"), table_title, html)
    _fallbacks(lines, meta)
    v = meta.values
    doc_type = v.get("doc_type") or _doc_type_from(title)
    doc = LawDocument(
        number_text=v.get("number"),
        doc_type_name=doc_type,
        issuing_body=v.get("issuing_body"),
        signer=v.get("signer"),
        issued_on=v.get("issued_on"),
        effective_on=v.get("effective_on"),
        gazette_date=v.get("gazette_date"),
        gazette_number=v.get("gazette_number"),
        status=v.get("status"),
        fields=v.get("fields"),
        title=title,
        text="\n".join(lines),
        attachments=attachments,
        blocked=blocked,
        signer_title=v.get("signer_title"),
        meta=dict(meta.raw),
    )
    if doc.blocked is None and not doc.text and not v and not attachments:
        doc.blocked = "empty"
    return doc

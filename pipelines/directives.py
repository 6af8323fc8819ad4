"""Reference parser for Vietnamese Party and State document numbers (văn bản chỉ đạo).

Finds printed document numbers in page text, canonicalises them, attaches the facts printed
next to them (issue date, "về …" subject, issuer province) and decides how the page relates to
each document (publishes / cites / implements / replaces / amends / repeals), plus the
document-to-document links the text states ("Chương trình 53-CTr/TU … cụ thể hóa thực hiện
Nghị quyết 43-NQ/TW").

Public API: :func:`analyse_text` (→ :class:`TextAnalysis` with :class:`Reference` and
:class:`Link` records), :func:`find_references`, :func:`canonical_number` /
:func:`parse_number` (one printed number), :func:`directive_key`, :func:`detect_province`.

Number shapes (domain.md §0–2)
------------------------------
* Party  ``N-TYPE/ISSUER``            43-NQ/TW, 226-CTr/TU, 55-QĐi/TU, 26-HD/BTCTW
* State  ``N/TYPE-ISSUER[-UNIT…]``    100/KH-UBND, 05/CT-TTg, 1285/QĐ-UBND-HC
* State  ``N/YYYY/TYPE-ISSUER[-…]``   30/2020/NĐ-CP, 10/2023/TTLT-BTC-BNV (normative: year printed)
* State  ``N/YYYY/QH<k>``, ``N/YYYY/UBTVQH<k>``   31/2024/QH15, 351/2017/UBTVQH14
* State  ``N-YYYY/TYPE-ISSUER``       19-2018/NQ-CP (the Government's yearly resolutions)
* Công văn ``N/ISSUER-UNIT``          1234/UBND-VX, 227/TTg-CN (no type code: doc_type "CV")

A ``N/YYYY/QH<k>`` / ``N/YYYY/UBTVQH<k>`` number carries no type code; its type comes from the
type word printed before it: "Luật [name] [số]" → ``L`` "Luật", "Bộ luật …" → ``L`` "Bộ
luật", "Pháp lệnh" → ``PL``, "Nghị quyết" → ``NQ``.  The name may hold a comma or a short
parenthesis when a "số" label stands before the number ("Luật Phòng, chống tham nhũng số
36/2018/QH14", "Luật Đất đai (sửa đổi) số …"); "… và số 03/2023/UBTVQH15" shares the word of
the number before it; a published number with no word takes the page title's leading type
word or the type heading under the header ("Số: 31/2024/QH15" … "LUẬT"); with no word at all
it is ``NQ`` "Nghị quyết".

Canonical printed form (``number_text``): no spaces; ``-`` and ``/`` as in the official shape;
the number as an integer zero-padded to two digits (NĐ 30/2020 pads numbers below 10, so
``5-CT/TW``, ``05-CT/TW`` and ``0005-CT/TW`` are one number); type codes with their official
casing (CTr, QĐi, QyĐ, TTr, TrS, NĐ, ĐA); issuer codes upper-case except TTg; ``Đ`` U+0110
(never the look-alike ``Ð`` U+00D0); OCR ``TƯ`` in the issuer position becomes ``TW``.
Mis-separated forms are normalised to the official shape: ``72-NQ-TW``, ``66/QĐ/TW`` and
``2897/CV-TU`` (a Party committee never issues State documents) → Party form; ``15-CT/TTg``
(Party shape, State issuer) → ``15/CT-TTg``; ``QĐ.UB`` → ``QĐ-UB``; a type glued to a known
issuer after a printed year or a "số" label, ``92/2017/NĐCP`` → ``92/2017/NĐ-CP`` (but
``TTCP`` stays: it is an issuer).  A parenthesised code glued to the issuer is part of it
(``02/2003/TT-BCA(C11)``); one separated by a space is an annotation and is dropped
(``26/KH-BCĐ (138)`` → ``26/KH-BCĐ``).

Damage tolerated: spaces and one line break around separators (``43 -NQ/TW``, ``43-\\nNQ/TW``,
``1977 /QĐ-UBND``, ``109/UBND - VX``), any case (``226-CTR/TU``, ``07/2022/tt-btttt``),
en/em dashes and minus signs, ``_`` for ``-``, ``Ð`` for ``Đ``, NFD text, "sô"/"So"/"số:"
labels, glued "số31-…", ``ƯBND``.  A missing slash (``1830 QĐ-UBND``) is accepted only right
after a "số"/"Số" label in running text, or at the start of the string given to
:func:`canonical_number` (a table cell).  Spaces inside the digits (``41/202 4 /NĐ-CP``) or
inside a code (``QĐ- U BND``) are not repaired.

What is *not* a number: anything without a recognised type code or issuer code.  Dates,
ratios (15/15), house numbers (4/12, 12/3A), phone numbers, times, ISO/QCVN standards
(``QCVN 41:2019/BGTVT``), plates, URLs and file paths.  In running text
* a công văn whose issuer is not in the known-issuer tables (``122/QTGT``), and a bare
  ``N/ISSUER`` (``1472/UBND``), need a "số"/"Công văn" label in front of them;
* codes not in the tables must be printed in capitals, unless the whole number is lower-cased
  with a known type (``tt-btttt``) or, after a label, a known issuer (``số 3652/byt-dp``).
:func:`canonical_number` (one value from a number field) accepts all of these without a label,
plus ``N-ISSUER`` (``251-BCĐ``); truncated numbers (``190/QĐ-``) are rejected.

Identity (``directive_key``)
----------------------------
``<scope>/<number_text>[/<year>]`` e.g. ``vn/43-NQ/TW/2023``, ``hau-giang/100/KH-UBND/2024``,
``long-an/53-CTr/TU/2024``; ``_`` stands for an unknown scope.

* scope is ``vn`` for national issuers (TW and the central Party boards — anything ending in
  TW —, BCT, BBT, CP, TTg, QH*, UBTVQH*, VPCP, ministries old and new, national agencies ending
  in VN/QG) and otherwise the province of the issuer (TU, HU, ĐU, UBND, HĐND, BCĐ, Sở…): a
  province named right after the number ("… của UBND tỉnh An Giang"), else the page's province
  (:func:`detect_province`, else ``default_province``), else ``""``.  So the same number from
  two provinces is two directives.  The province is the one *as published* (pre-merger slug);
  ``province_current`` carries the post-1/7/2025 unit.
* year: the printed year (30/2020/NĐ-CP), else the year of the issue date printed next to the
  number ("ngày 24/11/2023", "ngày 24-11-2023", "ngày 24 tháng 11 năm 2023", ", 24/11/2023",
  "(24/11/2023)", "của Thủ tướng Chính phủ ngày …"), else a "năm YYYY" right after it, else
  None.  Numbers restart every year for State documents and every term for Party documents,
  so the year tells reused numbers apart (18-NQ/TW of 2017 vs 2022).  A key without a year is
  the same document seen without its date; storage matches it to the keyed-with-year one.
  Two Party documents with one number in one year (a term boundary inside the year) are not
  told apart.
* Within one text, occurrences merge on (scope, number_text, year); an occurrence without a
  year joins the first one with the same scope and number.  The merged Reference keeps the
  first span and the richest facts seen (first issue date, first subject not in capitals,
  strongest relation: publishes > replaces > amends > repeals > implements > cites).

Relations
---------
* **publishes** — the page is the document: the title starts with [type word] [số] number
  ("Kế hoạch 100/KH-UBND năm 2024 …"), or the top 3000 characters carry a header line
  "Số: 100/KH-UBND" / "Số hiệu: …" / party "Số 15-NQ/HU" / the National Assembly's "Luật số:
  31/2024/QH15" at a line start, naming one document only (several labelled numbers make a
  listing page, which publishes nothing).  Its issue
  date may come from the place-date line ("Hậu Giang, ngày 02 tháng 5 năm 2024") or a
  "Ngày ban hành:" line.
* **implements / amends / replaces / repeals** — a trigger ("thực hiện", "triển khai",
  "cụ thể hóa/hoá", "hướng dẫn thi hành", "quy định chi tiết" / "sửa đổi, bổ sung" / "thay
  thế" / "bãi bỏ", "hủy bỏ") before the reference in the same sentence.  The trigger's actor
  is the reference right before it when only its date, "năm YYYY", a "của <issuer>" phrase,
  ", (được) ban hành" and a connector ("nhằm", "để", "về việc") separate them; that yields a
  Link(actor → object).  Otherwise the actor is the page itself, which counts only when the
  page is a document (publishes something, its title starts with a type word, or its text has
  a "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "ĐẢNG CỘNG SẢN VIỆT NAM" header); a news article
  about a document stays "cites".  When the page publishes P, page-actor relations also give
  Link(P → object).  Objects continue over a list: coordinated references (", ", "và", ";"),
  each item optionally named before its number (", Luật Nhà ở số 27/2023/QH15 và Luật Các
  tổ chức tín dụng số 32/2024/QH15"; a name may hold a comma, not before a type word); the
  list stops at "tại", "căn cứ", a new verb (another trigger, or an item that does not start
  with a type word: "…, giao Sở Tư pháp rà soát Quyết định số …") or a sentence end.
  Passive "(đã) được sửa đổi, bổ sung bởi X" / "bị thay thế bởi X" / "bị bãi bỏ bởi X" links
  X → the reference before it (never the page).  Triggers inside quotes (subjects) and
  attribute labels ("Văn bản thay thế: …") are ignored; "Căn cứ", "xét đề nghị" reset to
  cites.
* **replaces** after the object — "X [facts] hết hiệu lực [thi hành] [kể từ …]": the subjects
  X are the references that open the clause (at the sentence start or after ",", ";", "và",
  "thì", with their label "Luật Đất đai số"), coordinated ("X1 … và X2 … hết hiệu lực"), with
  only their facts before the verb (date, issuer, description, "đã được sửa đổi, bổ sung theo
  …"; references inside that description are not subjects).  A condition or a negation ("nếu",
  "khi", "trường hợp", "chưa", "không", "đã hết hiệu lực", "… hết hiệu lực khi …") or a line
  break (attribute rows: "Tình trạng: Hết hiệu lực") cancels it.  The actor is the document
  named in "kể từ ngày <Y> có hiệu lực" (Link Y → X), else the published document P (page
  relation "replaces", Link P → X); a page that publishes nothing and names no Y keeps "cites".
  "hết hiệu lực một phần" is "amends".
* Implements links are transitively reduced: with P → Q → R stated, P → R is dropped and the
  page's relation to R falls back to "cites" (chain "Kế hoạch 100 … thực hiện Chương trình 226
  thực hiện Nghị quyết 43" is 100 → 226 → 43).
* **cites** — everything else.

Speed: a prefilter regex that starts with a character class (digit, then ``-`` or ``/``)
finds the few places worth trying; the full candidate regex is matched only there.  Triggers
and sentence ends are searched only in the 400 characters before each reference, on a
lower-cased copy (IGNORECASE is ~3× slower).  Everything else runs on small slices.

Known limitations
-----------------
* An issuer suffix names a kind of body, not the body: a central Ban Chỉ đạo (09-KL/BCĐ) or a
  grass-roots ĐU gets the page's province; "27/KH-BTC" of a provincial organising committee
  is scoped "vn" as if it were Bộ Tài chính.
* A place-date line naming a city ("Vinh, ngày …") does not give the province.
* Relations are lexical, one sentence at a time: short forms without the full number
  ("Chỉ thị 23", "Nghị quyết này") are not references and are not resolved.  A list put after
  a colon on the following lines ("Các văn bản sau hết hiệu lực:\n a) Nghị định số …") is
  not related.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .numbers import (  # noqa: F401  (TYPE_NAMES, PARTY_TYPE_NAMES, ParsedNumber are re-exported)
    CANDIDATE,
    LABEL_BEFORE,
    NO_SLASH,
    NO_SLASH_HINT,
    PARTY_TYPE_NAMES,
    PREFILTER,
    TYPE_NAMES,
    ParsedNumber,
    canonical_number,
    interpret,
    is_national,
    issuer_base,
    parse_number,
    same_len,
)
from .provinces import current_unit, match_province_at
from .text import fold, nfc, squash_ws

# How strongly a page is tied to a document: the strongest relation found wins.
_RELATION_RANK = {"cites": 0, "implements": 1, "repeals": 2, "amends": 3, "replaces": 4,
                  "publishes": 5}

__all__ = [
    "Reference", "Link", "TextAnalysis", "analyse_text", "find_references", "canonical_number",
    "directive_key", "detect_province", "parse_number", "ParsedNumber",
    "TYPE_NAMES", "PARTY_TYPE_NAMES",
]


# ----------------------------------------------------------------------------------------
# Public records
# ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reference:
    number_text: str
    doc_type: str
    doc_type_name: str
    issuer_code: str
    system: str
    scope: str
    province: str | None
    province_current: str | None
    year: int | None
    issued_on: str | None
    subject: str | None
    relation: str
    start: int
    end: int
    raw: str

    @property
    def key(self) -> str:
        return directive_key(self.scope, self.number_text, self.year)


@dataclass(frozen=True)
class Link:
    from_number: str
    from_scope: str
    from_year: int | None
    to_number: str
    to_scope: str
    to_year: int | None
    relation: str

    @property
    def from_key(self) -> str:
        return directive_key(self.from_scope, self.from_number, self.from_year)

    @property
    def to_key(self) -> str:
        return directive_key(self.to_scope, self.to_number, self.to_year)


@dataclass(frozen=True)
class TextAnalysis:
    text: str
    references: list[Reference]
    links: list[Link]

    @property
    def published(self) -> Reference | None:
        return next((r for r in self.references if r.relation == "publishes"), None)


def directive_key(scope: str, number_text: str, year: int | None) -> str:
    """Stable human-readable key: ``vn/43-NQ/TW/2023``, ``hau-giang/100/KH-UBND``.

    ``number_text`` never ends in a 4-digit segment, so a trailing ``/YYYY`` is always the year.
    """
    base = f"{scope or '_'}/{number_text}"
    return f"{base}/{year}" if year else base


# ----------------------------------------------------------------------------------------
# Context: dates, type words, subjects, provinces
# ----------------------------------------------------------------------------------------

_D = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
_DV = r"(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,|/)\s*(\d{4})"
_DATE_AFTER = re.compile(
    rf"\s*(?:,\s*|\(\s*|-\s*)?"
    rf"(?:(?:của\s+[^,;.\n()“\"0-9]{{1,70}}?\s+)?(?:(?:được\s+)?(?:ban hành|ký|thông qua)\s+)?"
    rf"ngày\s*:?\s*)?"
    rf"(?:{_D}|{_DV})",
    re.I,
)
_YEAR_AFTER = re.compile(r"\s+năm\s+((?:19|20)\d\d)(?!\d)", re.I)


def _date_iso(groups) -> str | None:
    d, m, y = (groups[0], groups[1], groups[2]) if groups[0] else (groups[3], groups[4], groups[5])
    try:
        day = _dt.date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None
    if not 1930 <= day.year <= 2100:
        return None
    return day.isoformat()


_TYPE_WORD_RE = (
    r"(?:nghị\s+quyết(?:\s+liên\s+tịch)?|nghị\s+định|quyết\s+định|qu[yi]\s+định|chỉ\s+thị|"
    r"kết\s+luận|kế\s+hoạch|chương\s+trình|hướng\s+dẫn|thông\s+báo|thông\s+tri|"
    r"thông\s+tư(?:\s+liên\s+tịch)?|bộ\s+luật|luật|pháp\s+lệnh|công\s+văn|công\s+điện|"
    r"tờ\s+trình|báo\s+cáo|đề\s+án|quy\s+chế|lệnh|văn\s+bản\s+hợp\s+nhất|thông\s+cáo|"
    r"phương\s+án|văn\s+bản)"
)
# One more word of a document's name after its type word.  A comma may stand inside a name
# ("Luật Phòng, chống tham nhũng", "… của Hội đồng nhân dân, Ủy ban nhân dân") but not before
# a type word, which starts the next item of a list (", Luật Nhà ở số …").
_NAME_WORD = rf"(?:[ ]+|[ ]*,[ ]*(?!{_TYPE_WORD_RE}(?!\w)))[^\s,;.:()“”\"]+"
_TYPE_WORD_LOW = re.compile(rf"(?<!\w){_TYPE_WORD_RE}(?!\w)")     # on the lower-cased copy
_TYPE_WORD_GAP = re.compile(r"[,;.()“”\"]")
_WORD_CODE = {
    "nghi quyet": "NQ", "nghi quyet lien tich": "NQLT", "nghi dinh": "NĐ", "quyet dinh": "QĐ",
    "quy dinh": "QĐi", "qui dinh": "QĐi", "chi thi": "CT", "ket luan": "KL", "ke hoach": "KH",
    "chuong trinh": "CTr", "huong dan": "HD", "thong bao": "TB", "thong tri": "TT",
    "thong tu": "TT", "thong tu lien tich": "TTLT", "bo luat": "L", "luat": "L",
    "phap lenh": "PL", "cong van": "CV", "cong dien": "CĐ", "to trinh": "TTr",
    "bao cao": "BC", "de an": "ĐA", "quy che": "QC", "lenh": "L", "van ban hop nhat": "VBHN",
    "thong cao": "TC", "phuong an": "PA", "van ban": "",
}


@lru_cache(maxsize=1024)
def _word_code(word: str) -> str:
    return _WORD_CODE.get(re.sub(r"\s+", " ", fold(word)), "")


# Title that *is* the document: [type word [hành động|liên tịch|phối hợp]] [số[:]] <number>
_TITLE_HEAD = re.compile(
    rf"\s*(?:{_TYPE_WORD_RE}(?:\s+(?:hành\s+động|liên\s+tịch|liên\s+ngành|phối\s+hợp))?\s*)?"
    r"(?:s[ốô]\s*:?\s*)?$",
    re.I,
)
_TITLE_IS_DOC = re.compile(rf"\s*{_TYPE_WORD_RE}(?!\w)", re.I)
# Header line "Số: 100/KH-UBND", "Số hiệu: …", "Số ký hiệu: …", party "Số 15-NQ/HU".
_HEADER_LABEL = re.compile(
    r"(?:(?:^|(?<=[\s\-|]))(?:Số|SỐ)(?:\s*(?:hiệu|ký\s*hiệu|/\s*ký\s*hiệu|HIỆU|KÝ\s*HIỆU))?\s*:\s*"
    r"|(?:^|\n)[ \t]*(?:Số|SỐ)[ \t]+"
    # the National Assembly's header: "Luật số: 31/2024/QH15", "Bộ luật số: 101/2015/QH13"
    r"|(?<![^\n])[ \t]*(?:Bộ[ \t]+luật|BỘ[ \t]+LUẬT|Luật|LUẬT|Pháp[ \t]+lệnh|PHÁP[ \t]+LỆNH)"
    r"[ \t]+(?:số|Số|SỐ)[ \t]*:[ \t]*)$"
)
_DOC_HEADER = re.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|CỘNG\s+HOÀ\s+XÃ\s+HỘI|"
    r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    re.I,
)
_TOP = 3000          # characters considered "the top of the page" for headers

_QUOTED = re.compile(r"“[^”\n]{0,600}”|\"[^\"\n]{0,600}\"|«[^»\n]{0,600}»")
_PARENS = re.compile(r"\([^()\n]{0,80}\)")
# Subject: after the date, an optional "(khóa XI)" and "của <issuer>", either "về …" or a quote.
_SUBJ_START = re.compile(
    r"\s*,?\s*(?:\([^()\n]{0,40}\)\s*)?"
    r"(?:của\s+[^.;\n“\"”()]{1,140}?\s*(?:\([^()\n]{0,40}\)\s*)?)?"
    r"(?:(?<!\w)(?:về|VỀ|Về)(?!\w)\s*(?:(?:việc|VIỆC)\s+)?|(?=[“\"]))",
)
_SUBJ_END = re.compile(r"[.;!?](?=\s|$)|\n\s*\n|[“”\"()]|,\s*(?=" + _TYPE_WORD_RE + r"\s)", re.I)
_SUBJ_MAX = 300
_DANGLING = re.compile(rf"\s*(?:{_TYPE_WORD_RE})?\s*(?:s[ốô]\s*:?)?\s*$", re.I)
_LEADING_VE = re.compile(r"^(?:về|VỀ|Về)\s+(?:(?:việc|VIỆC)\s+)?")

# Province named right after the number: "… của UBND tỉnh Hậu Giang", "… của Tỉnh ủy Long An".
_PROV_AFTER = re.compile(
    r"[^.;\n“\"]{0,60}?\bcủa\s+[^.;\n“\"]{0,50}?"
    r"(?:(?<!\w)(?:tỉnh|thành\s+phố|TP\.?)\s+|(?:Tỉnh|Thành|TỈNH|THÀNH)\s+(?:ủy|uỷ|ỦY|UỶ)\s+)",
    re.I,
)

# Page-level province evidence (domain.md §3): header bodies, "Nơi ban hành", TVPL title.
# These run on the lower-cased copy (see _lower), hence lower-case patterns without re.I.
_PROV_HEADER = re.compile(
    r"(?:(?:ủy|uỷ|uy)\s+ban\s+nhân\s+dân|ubnd|hội\s+đồng\s+nhân\s+dân|hđnd|đảng\s+bộ|"
    r"ban\s+chấp\s+hành\s+đảng\s+bộ)\s+(?:tỉnh|thành\s+phố|tp\.?)\s*"
    r"|(?:tỉnh|thành)\s+(?:ủy|uỷ)\s+"
)
_PROV_NOI = re.compile(r"nơi\s+ban\s+hành\s*:?\s*(?:(?:tỉnh|thành\s+phố|tp\.?)\s+)?")
_PROV_DO = re.compile(r"\bdo\s+(?:tỉnh|thành\s+phố|tp\.?)\s+")
_PLACE_DATE = re.compile(r"(?:^|\n|[-|]\s)[ \t]*([^\W\d_][^\n,]{1,30}?),\s*ngày\s+\d{1,2}\s+tháng", re.I)
_PLACE_PREFIX = re.compile(r"(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?", re.I)
_CENTRAL_HEADER = re.compile(
    r"^\W*(?:CHÍNH\s+PHỦ|QUỐC\s+HỘI|THỦ\s+TƯỚNG|BỘ\s+[A-ZĐÀ-Ỹ]|VĂN\s+PHÒNG\s+CHÍNH\s+PHỦ|"
    r"BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG|BỘ\s+CHÍNH\s+TRỊ|BAN\s+BÍ\s+THƯ|(?:ỦY|UỶ)\s+BAN\s+THƯỜNG\s+VỤ)"
)


def _province_after_prefix(text: str, low: str, rx: re.Pattern, start: int,
                           stop: int) -> tuple[str, int] | None:
    for m in rx.finditer(low, start, stop):
        hit = match_province_at(text, m.end())
        if hit:
            return hit[0], m.start()
    return None


def detect_province(text: str, default: str | None = None) -> str | None:
    """Province slug of the page's own issuer, from its header ("ỦY BAN NHÂN DÂN TỈNH HẬU
    GIANG", "TỈNH ỦY LONG AN"), a "Nơi ban hành: Tỉnh Hậu Giang" line, a TVPL-style title
    "… do tỉnh Hậu Giang ban hành", or the place-date line ("Hậu Giang, ngày 02 tháng 5 năm
    2024"); then ``default``; then a province named with one of those bodies anywhere in the
    text, if it is the only one named so."""
    t = same_len(nfc(text))
    return _detect(t, _lower(t), default)


def _lower(t: str) -> str:
    """Lower-cased copy for the case-insensitive scans (IGNORECASE is 3× slower); lower() keeps
    the length for Vietnamese, and if some exotic letter changes it we fall back to t."""
    low = t.lower()
    if len(low) == len(t):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in t)


def _detect(t: str, low: str, default: str | None) -> str | None:
    top = min(len(t), _TOP)
    hit = _province_after_prefix(t, low, _PROV_HEADER, 0, top)
    if hit:
        return hit[0]
    for rx in (_PROV_NOI, _PROV_DO):
        hit = _province_after_prefix(t, low, rx, 0, len(t))
        if hit:
            return hit[0]
    if not _CENTRAL_HEADER.match(t):
        for m in _PLACE_DATE.finditer(t, 0, top):
            # the place must be exactly a province name ("Vinh, ngày …" is a city: skipped)
            pm = _PLACE_PREFIX.match(t, m.start(1), m.end(1))
            ph = match_province_at(t, pm.end())
            if ph and ph[1] == m.start(1) + len(m.group(1).rstrip()):
                return ph[0]
    if default:
        return default
    found = {match_province_at(t, m.end()) for m in _PROV_HEADER.finditer(low)}
    slugs = {h[0] for h in found if h}
    return slugs.pop() if len(slugs) == 1 else None


# ----------------------------------------------------------------------------------------
# Relations
# ----------------------------------------------------------------------------------------

_WINDOW = 400
# Runs on the lower-cased copy.  The leading class of first letters lets sre skip ahead fast.
_TRIGGER = re.compile(
    r"(?=[đbsthcqx])(?<!\w)(?:"
    r"(?P<passive>(?:đã\s+)?(?:được|bị)\s+(?P<pverb>sửa\s+đổi(?:\s*,?\s*bổ\s+sung)?|thay\s+thế|bãi\s+bỏ|"
    r"h[uủ][ỷy]?\s+bỏ)(?:\s+một\s+số\s+điều)?\s+(?:bởi|theo|tại))"
    r"|(?P<amends>sửa\s+đổi(?:\s*,?\s*bổ\s+sung)?)"
    r"|(?P<replaces>thay\s+thế)"
    r"|(?P<repeals>bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ)"
    r"|(?P<implements>(?:triển\s+khai\s+)?thực\s+hiện|triển\s+khai|cụ\s+thể\s+h(?:o[áà]|[óò]a)|"
    r"hướng\s+dẫn\s+thi\s+hành|quy\s+định\s+chi\s+tiết)"
    r"|(?P<cites>căn\s+cứ|xét\s+đề\s+nghị|theo\s+đề\s+nghị)"
    r")(?!\w)",
)
_PASSIVE_REL = {"sua": "amends", "tha": "replaces", "bai": "repeals", "huy": "repeals"}

# Sentence boundaries: blank line, a line starting a list item, sentence punctuation, ";".
_BOUNDARY = re.compile(
    r"\n[ \t\r]*\n|\n(?=[ \t]*(?:[-+•*●▪]|\d{1,2}[.)]\s|[a-zđ]\)\s|[IVX]{1,4}\.\s))"
    r"|[.!?](?=\s)"
)
# What may separate an actor reference from its trigger: "năm 2024", "của <issuer>" /
# "giữa A với B", then ", (được) ban hành" and a connector ("nhằm", "để", "về việc").
_ACTOR_GAP = re.compile(
    r"\s*(?:năm\s+\d{4}\s*)?"
    r"(?P<of>(?:của|giữa)\s+[^,;]{0,120}?)?\s*"
    r"(?:,?\s*(?:(?:đã\s+)?được\s+)?(?:ban\s+hành|xây\s+dựng)\s*)?"
    r"(?:(?:về(?:\s+việc)?|nhằm(?:\s+mục\s+đích)?|để(?:\s+tiếp\s+tục)?|nhằm\s+tiếp\s+tục)\s*)?",
    re.I,
)
_ACTOR_BAD = re.compile(r"(?<!\w)(?:và|hoặc|cùng|được|đã|đang|sẽ|bị|là|có|các|việc)(?!\w)", re.I)
_OBJ_BAD = re.compile(r"(?<!\w)(?:tại|căn\s+cứ|so\s+với)(?!\w)|;", re.I)
_COORD_TAIL = re.compile(
    rf"(?:[,;&)]|\bvà|\bcùng|\bvà\s+các|\bcũng\s+như)\s*(?:{_TYPE_WORD_RE}(?:\s+hành\s+động)?\s*)?"
    r"(?:s[ốô]\s*:?\s*)?$|^\s*$",
    re.I,
)
# The next item of a list after a relation verb, named before its number: ", Luật Nhà ở số",
# "và Luật Các tổ chức tín dụng số", "; Luật Phòng, chống tham nhũng số".  A coordinator, a
# type word, at most 16 words of name (see _NAME_WORD) without a verb of a new clause, an
# optional "số".  A clause ("…, giao Sở Tư pháp rà soát Quyết định số") does not start with a
# type word.
_LIST_COORD = re.compile(r"[,;&]|(?<!\w)(?:và|cùng\s+với|cùng|cũng\s+như)(?!\w)", re.I)
_LIST_ITEM = re.compile(
    rf"\s*(?:các\s+)?{_TYPE_WORD_RE}(?!\w)"
    rf"(?:{_NAME_WORD}){{0,16}}?"
    r"\s*(?:s[ốô]\s*:?\s*)?",
    re.I,
)
_LIST_NAME_BAD = re.compile(
    r"(?<!\w)(?:là|được|bị|đã|đang|sẽ|không|nhằm|để|thì|mà|nên|tại|căn\s+cứ|so\s+với|nêu|"
    r"yêu\s+cầu|giao|chỉ\s+đạo|đề\s+ra|xác\s+định|đánh\s+giá|khẳng\s+định|nhấn\s+mạnh)(?!\w)", re.I)


# A new clause inside a list gap ends the list: "thay thế Quyết định số … và ban hành kèm theo
# …, Quyết định số …" (the second number is not replaced).
_NEW_CLAUSE = re.compile(
    r"(?:[,;]|(?<!\w)(?:và|đồng\s+thời))\s*(?:ban\s+hành|giao|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|"
    r"tổ\s+chức|có\s+hiệu\s+lực|phê\s+duyệt|công\s+bố|quy\s+định|vẫn)(?!\w)", re.I)


def _list_item(gap: str) -> bool:
    """Does ``gap`` (text between two references) end with a coordinator and a named item?"""
    coords = [m.end() for m in _LIST_COORD.finditer(gap)][-3:]
    for c in reversed(coords):
        rest = gap[c:]
        if _LIST_ITEM.fullmatch(rest) and not _LIST_NAME_BAD.search(rest):
            return True
    return False


# Law-portal attribute rows name relations without stating one: "Văn bản thay thế: X" (X
# replaces the page), "Văn bản bị sửa đổi, bổ sung: …", "Văn bản được hướng dẫn: …".
_FIELD_COLON = re.compile(r"[ \t]*:")
_FIELD_LABEL = re.compile(r"văn\s+bản\s+(?:bị\s+|được\s+)?(?:[a-zđ]+\s+)?$")
_MERGE_TRIGGERS = re.compile(r"[\s,]*(?:và\s+)?(?:quán\s+triệt\s*(?:,|và)?\s*)?$")


@dataclass
class _Occ:
    """One printed occurrence of a number."""
    start: int
    end: int
    parsed: ParsedNumber
    tail: int                        # end of the attached date / "năm YYYY"
    issued_on: str | None = None
    year_hint: int | None = None
    word: str = ""                   # type word printed before it ("Luật", "Quy định")
    word_name: str = ""
    subject: str | None = None
    province: str | None = None
    gid: int = -1                    # merged document id


@dataclass
class _Doc:
    occs: list[_Occ] = field(default_factory=list)
    scope: str = ""
    province: str | None = None
    year: int | None = None


def _mask_quotes(t: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(t, a, b)]


def _strip_spans(s: str) -> str:
    s = _QUOTED.sub(" ", s)
    return _PARENS.sub(" ", s)


# ----------------------------------------------------------------------------------------
# Main entry
# ----------------------------------------------------------------------------------------

def _find_occurrences(t: str) -> list[_Occ]:
    occs: list[_Occ] = []
    last_end = -1
    for h in PREFILTER.finditer(t):
        d = h.start()                      # last digit of the number
        if d < last_end:
            continue                       # a separator inside the previous number
        a = d
        lo = max(0, d - 5)
        while a > lo and "0" <= t[a - 1] <= "9":
            a -= 1
        m = CANDIDATE.match(t, a)
        if m is None:
            continue
        last_end = m.end()
        num, body = m.group(1), m.group(2)
        labelled = bool(LABEL_BEFORE.search(t, max(0, m.start() - 14), m.start()))
        p = interpret(num, body, lenient=False, labelled=labelled)
        if p is None:
            continue
        start, end = m.start(1), m.start(2) + p.length
        if _in_url(t, start, end):
            continue
        occs.append(_Occ(start, end, p, end))
    if NO_SLASH_HINT.search(t):
        seen = {o.start for o in occs}
        for m in NO_SLASH.finditer(t):
            if m.start(1) in seen:
                continue
            p = interpret(m.group(1), "/" + m.group(2), lenient=False, labelled=True)
            if p is None or p.doc_type == "CV":
                continue
            end = m.start(2) + p.length - 1
            occs.append(_Occ(m.start(1), end, p, end))
        occs.sort(key=lambda o: o.start)
    return occs


_URL_HINT = re.compile(r"://|www\.|\.(?:html?|aspx?|php|pdf|docx?|jsp)\b|\?\w+=", re.I)


def _in_url(t: str, start: int, end: int) -> bool:
    """Is the match part of a URL / file path (no whitespace around it containing URL marks)?"""
    lo, hi = max(0, start - 200), min(len(t), end + 200)
    a = max(t.rfind(" ", lo, start), t.rfind("\n", lo, start), lo - 1) + 1
    b = min((x for x in (t.find(" ", end, hi), t.find("\n", end, hi)) if x >= 0), default=hi)
    return bool(_URL_HINT.search(t, a, b))


def _attach_facts(t: str, o: _Occ, next_start: int, page_date: str | None) -> None:
    """Issue date / year hint / subject / named province right after the number."""
    limit = min(next_start, o.end + 400)
    m = _DATE_AFTER.match(t, o.end, limit)
    if m:
        iso = _date_iso(m.groups())
        if iso and (page_date is None or iso <= page_date):
            o.issued_on = iso
            o.tail = m.end()
    if o.issued_on is None:
        m = _YEAR_AFTER.match(t, o.end, limit)
        if m:
            o.year_hint = int(m.group(1))
            o.tail = m.end()
    # subject
    m = _SUBJ_START.match(t, o.tail, limit)
    if m:
        s0 = m.end()
        if s0 < limit and t[s0] in "“\"":
            close = "”" if t[s0] == "“" else "\""
            e = t.find(close, s0 + 1, min(limit + 1, s0 + 1200))
            subj = t[s0 + 1: e] if e > 0 else t[s0 + 1: limit]
        else:
            em = _SUBJ_END.search(t, s0, limit)
            subj = t[s0: em.start() if em else limit]
            if not em and limit == next_start:
                # cut short by the next number ("về thực hiện Nghị quyết số 43-NQ/TW"): keep it
                # only if a real phrase remains once the dangling type word is dropped
                subj = _DANGLING.sub("", subj)
                if len(subj.split()) < 4:
                    subj = ""
        subj = squash_ws(subj).strip(" ,:-–")
        subj = _LEADING_VE.sub("", subj)
        if len(subj) > _SUBJ_MAX:
            cut = subj.rfind(" ", 0, _SUBJ_MAX)
            subj = subj[: cut if cut > 0 else _SUBJ_MAX].rstrip(" ,")
        if len(subj) >= 3 and any(c.isalpha() for c in subj):
            o.subject = subj
    # named province of a local issuer
    if not is_national(o.parsed.issuer_code):
        m = _PROV_AFTER.match(t, o.tail, min(limit, o.tail + 160))
        if m:
            hit = match_province_at(t, m.end())
            if hit:
                o.province = hit[0]


_NAME_GAP = re.compile(
    r"(?:[^;.:()“”\"\n]|\([^()\n]{1,40}\))*"
    r"(?<!\w)s[ốô][ ]*:?[ ]*"
)


def _name_gap_ok(gap: str) -> bool:
    """A name between a type word and its number may hold a comma or a short parenthesis
    ("Luật Phòng, chống tham nhũng số", "Luật Đất đai (sửa đổi) số"), but then a "số" label
    must stand right before the number (no other type word follows: the last one is taken)."""
    return _NAME_GAP.fullmatch(gap) is not None


# "Pháp lệnh số 02/2022/UBTVQH15 và số 03/2023/UBTVQH15": the second number shares the word.
_SHARED_WORD = re.compile(r"[^.;:()\n]{0,60}?(?:,|(?<!\w)(?:và|hoặc))\s*s[ốô]\s*:?\s*")


def _type_word(t: str, low: str, o: _Occ, prev_end: int) -> None:
    """Type word printed just before the number ("Luật Đất đai số", "Quy định số")."""
    a = max(prev_end, o.start - 90)
    last = None
    for m in _TYPE_WORD_LOW.finditer(low, a, o.start):
        last = m
    if last is None:
        return
    if o.start - last.end() > 70:
        return
    if _TYPE_WORD_GAP.search(t, last.end(), o.start) and not _name_gap_ok(t[last.end():o.start]):
        return
    o.word = _word_code(last.group(0))
    o.word_name = squash_ws(t[last.start():last.end()])


def _doc_type(o: _Occ) -> tuple[str, str]:
    p = o.parsed
    if p.doc_type == "":                                   # N/YYYY/QH15, N/YYYY/UBTVQH14
        if o.word == "L":
            return "L", "Bộ luật" if fold(o.word_name).startswith("bo") else "Luật"
        if o.word == "PL":
            return "PL", "Pháp lệnh"
        return "NQ", "Nghị quyết"
    if p.system == "party":
        if p.doc_type == "QĐ" and o.word == "QĐi":
            return "QĐi", "Quy định"
        return p.doc_type, PARTY_TYPE_NAMES.get(p.doc_type) or TYPE_NAMES.get(p.doc_type, "")
    if p.doc_type == "L" and issuer_base(p.issuer_code) == "CTN":
        return "L", "Lệnh"
    return p.doc_type, TYPE_NAMES.get(p.doc_type) or PARTY_TYPE_NAMES.get(p.doc_type, "")


def analyse_text(text: str, *, title: str | None = None, default_province: str | None = None,
                 page_date: str | None = None) -> TextAnalysis:
    """Find every document number in ``title`` + ``text`` and relate the page to them.

    ``title`` is analysed too: the analysed text is ``title + "\\n\\n" + text`` (NFC) and is
    returned as ``TextAnalysis.text``; spans index into it.  ``default_province`` is the
    province of the source (used when the page itself names none).  ``page_date`` (ISO) only
    rejects "issue dates" later than the page itself; it is never used to guess a year.
    """
    body = nfc(text or "")
    title_n = nfc(title).strip() if title else ""
    full = f"{title_n}\n\n{body}" if title_n else body
    t = same_len(full)
    body_at = len(title_n) + 2 if title_n else 0

    occs = _find_occurrences(t)
    if not occs:
        return TextAnalysis(full, [], [])

    low = _lower(t)
    page_prov = _detect(t, low, default_province)
    page_date_s = page_date[:10] if page_date else None

    prev_end = 0
    for i, o in enumerate(occs):
        nxt = occs[i + 1].start if i + 1 < len(occs) else len(t)
        _type_word(t, low, o, prev_end)
        if (not o.word and i and occs[i - 1].word and o.parsed.doc_type == ""
                and occs[i - 1].parsed.doc_type == ""
                and _SHARED_WORD.fullmatch(t, occs[i - 1].end, o.start)):
            o.word, o.word_name = occs[i - 1].word, occs[i - 1].word_name   # "Luật số 31 và số 43"
        _attach_facts(t, o, nxt, page_date_s)
        prev_end = o.end

    # ---- merge occurrences into documents --------------------------------------------
    docs: list[_Doc] = []
    by_num: dict[tuple[str, str], list[int]] = {}
    for o in occs:
        p = o.parsed
        if is_national(p.issuer_code):
            scope, prov = "vn", None
        else:
            prov = o.province or page_prov
            scope = prov or ""
        year = p.year or (int(o.issued_on[:4]) if o.issued_on else None) or o.year_hint
        key = (scope, p.number_text)
        gid = None
        for g in by_num.get(key, []):
            if year is None or docs[g].year is None or docs[g].year == year:
                gid = g
                break
        if gid is None:
            gid = len(docs)
            docs.append(_Doc(scope=scope, province=prov, year=year))
            by_num.setdefault(key, []).append(gid)
        d = docs[gid]
        if d.year is None and year is not None:
            d.year = year
        d.occs.append(o)
        o.gid = gid

    # ---- publishes ---------------------------------------------------------------------
    published: int | None = None
    first = occs[0]
    if title_n and first.start < len(title_n) and _TITLE_HEAD.fullmatch(t, 0, first.start):
        published = first.gid
    if published is None:
        top = body_at + _TOP
        headed = {o.gid for o in occs
                  if body_at <= o.start < top
                  and _HEADER_LABEL.search(t, max(body_at, o.start - 40), o.start)}
        if len(headed) == 1:               # several labelled numbers: a listing page
            published = headed.pop()
    page_is_doc = (
        published is not None
        or bool(title_n and _TITLE_IS_DOC.match(title_n))
        or bool(_DOC_HEADER.search(t, body_at, min(len(t), body_at + 1500)))
    )
    if published is not None:
        _publish_facts(t, docs[published], body_at, page_date_s)
        _publish_word(t, docs[published], title_n)

    # ---- relations ---------------------------------------------------------------------
    page_rel: dict[int, str] = {}
    links: dict[tuple[int, int], str] = {}
    _relate(t, low, occs, published, page_is_doc, page_rel, links)

    # transitive reduction of implements links: P → Q → R makes P → R redundant
    impl: dict[int, set[int]] = {}
    for (a, b), r in links.items():
        if r == "implements":
            impl.setdefault(a, set()).add(b)
    for a, targets in impl.items():
        for c in list(targets):
            if any(c in impl.get(b, ()) for b in targets if b != c):
                del links[(a, c)]
                if a == published and page_rel.get(c) == "implements":
                    page_rel[c] = "cites"

    # ---- build records -----------------------------------------------------------------
    refs: list[Reference] = []
    for gid, d in enumerate(docs):
        o0 = d.occs[0]
        dtype, dname = _doc_type(o0)
        for o in d.occs:                  # a context word seen on any occurrence refines it
            if o.word and dtype in ("QĐ", "NQ") and o.parsed.doc_type in ("QĐ", ""):
                dt2 = _doc_type(o)
                if dt2[0] != dtype:
                    dtype, dname = dt2
                    break
        issued = next((o.issued_on for o in d.occs if o.issued_on), None)
        subject = _best_subject([o.subject for o in d.occs if o.subject])
        year = d.year or (int(issued[:4]) if issued else None)
        rel = "publishes" if gid == published else page_rel.get(gid, "cites")
        refs.append(Reference(
            number_text=o0.parsed.number_text,
            doc_type=dtype,
            doc_type_name=dname,
            issuer_code=o0.parsed.issuer_code,
            system=o0.parsed.system,
            scope=d.scope,
            province=d.province,
            province_current=current_unit(d.province) if d.province else None,
            year=year,
            issued_on=issued,
            subject=subject,
            relation=rel,
            start=o0.start,
            end=o0.end,
            raw=full[o0.start:o0.end],
        ))
    out_links = [
        Link(refs[a].number_text, refs[a].scope, refs[a].year,
             refs[b].number_text, refs[b].scope, refs[b].year, r)
        for (a, b), r in links.items()
    ]
    return TextAnalysis(full, refs, out_links)


def find_references(text: str, **kw) -> list[Reference]:
    """``analyse_text(text, **kw).references``."""
    return analyse_text(text, **kw).references


def _best_subject(subjects: list[str]) -> str | None:
    """First subject not printed in capitals (title blocks are), else the first one."""
    for s in subjects:
        if s != s.upper():
            return s
    return subjects[0] if subjects else None


_ISSUED_LINE = re.compile(rf"Ngày\s+ban\s+hành\s*:?\s*{_D}", re.I)
_PLACE_DATE_FULL = re.compile(
    r"(?:^|\n|[-|]\s)[ \t]*[^\W\d_][^\n,]{1,30}?,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
    re.I,
)


_PLACE_DATE_NEAR = re.compile(
    r"[^\d.;]{0,60}?(?:\s*,\s*|\s+)(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)


# The type heading of a national-assembly document, on its own line under the number:
# "Luật số: 31/2024/QH15" … "LUẬT" / "ĐẤT ĐAI".
_HEADING_TYPE = re.compile(r"\n[ \t]*(BỘ[ \t]+LUẬT|LUẬT|PHÁP[ \t]+LỆNH|NGHỊ[ \t]+QUYẾT)[ \t]*(?=\r?\n|$)")


def _publish_word(t: str, d: _Doc, title: str) -> None:
    """A published N/YYYY/QH… number with no type word next to it ("Số: 31/2024/QH15") takes
    the type from the page title's first word ("Luật Đất đai") or the type heading below it."""
    o0 = d.occs[0]
    if o0.parsed.doc_type != "" or any(o.word for o in d.occs):
        return
    m = _TITLE_IS_DOC.match(title) if title else None
    if m:
        word = m.group(0)
    else:
        m = _HEADING_TYPE.search(t, o0.end, min(len(t), o0.end + 600))
        if m is None:
            return
        word = m.group(1)
    code = _word_code(word)
    if code in ("L", "PL", "NQ"):
        o0.word, o0.word_name = code, squash_ws(word)


def _publish_facts(t: str, d: _Doc, body_at: int, page_date: str | None) -> None:
    """The published document's date comes from the header when not printed next to it."""
    if any(o.issued_on for o in d.occs):
        return
    top = min(len(t), body_at + _TOP)
    iso = None
    for o in d.occs:
        # "Số: 01/2008/QĐ-UBND Vinh, ngày 07 tháng 01 năm 2008" (place-date right after it)
        m = _PLACE_DATE_NEAR.match(t, o.end, min(len(t), o.end + 160))
        if m:
            iso = _date_iso(m.groups() + (None, None, None))
            if iso:
                break
    m = _ISSUED_LINE.search(t, 0, top) if iso is None else None
    if m:
        iso = _date_iso(m.groups() + (None, None, None))
    if iso is None:
        m = _PLACE_DATE_FULL.search(t, body_at, top)
        if m:
            iso = _date_iso((m.group(1), m.group(2), m.group(3), None, None, None))
    if iso and (page_date is None or iso <= page_date):
        d.occs[0].issued_on = iso
        if d.year is None:
            d.year = int(iso[:4])


def _relate(t: str, low: str, occs: list[_Occ], published: int | None, page_is_doc: bool,
            page_rel: dict[int, str], links: dict[tuple[int, int], str]) -> None:
    """Walk each sentence holding references; record page relations and links."""
    # Only text shortly before a reference can hold a trigger that matters (gap limits below
    # are all < _WINDOW), so sentence boundaries and triggers are looked for in those windows
    # only; a window start counts as a sentence boundary.
    windows: list[list[int]] = []
    for o in occs:
        a = max(0, o.start - _WINDOW)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = o.end
        else:
            windows.append([a, o.end])
    bounds: list[int] = []
    for a, b in windows:
        bounds.append(a - 1)
        bounds.extend(m.start() for m in _BOUNDARY.finditer(t, a, b))
    # group occurrences by sentence
    sentences: dict[int, list[_Occ]] = {}
    for o in occs:
        k = bisect.bisect_right(bounds, o.start)
        sentences.setdefault(k, []).append(o)
    occ_starts = [o.start for o in occs]

    def set_page(gid: int, rel: str) -> None:
        if _RELATION_RANK[rel] > _RELATION_RANK.get(page_rel.get(gid, "cites"), 0):
            page_rel[gid] = rel

    def add_link(a: int, b: int, rel: str) -> None:
        if a == b:
            return
        if _RELATION_RANK[rel] > _RELATION_RANK.get(links.get((a, b), ""), -1):
            links[(a, b)] = rel

    def assign(actor: _Occ | None, obj: _Occ, rel: str) -> None:
        if actor is None or actor.gid == published:
            if page_is_doc:
                set_page(obj.gid, rel)
                if published is not None:
                    add_link(published, obj.gid, rel)
        else:
            add_link(actor.gid, obj.gid, rel)
            if actor.gid == published:
                set_page(obj.gid, rel)

    for k, sent_occs in sentences.items():
        a = bounds[k - 1] + 1 if k > 0 else 0
        b = sent_occs[-1].start           # triggers after the last reference do not matter
        quotes = _mask_quotes(t, a, b)
        q_starts = [q[0] for q in quotes]
        trigs = []
        for m in _TRIGGER.finditer(low, a, b):
            qi = bisect.bisect_right(q_starts, m.start()) - 1
            if qi >= 0 and quotes[qi][1] > m.start():
                continue                  # inside a quoted subject
            oi = bisect.bisect_right(occ_starts, m.start()) - 1
            if oi >= 0 and occs[oi].end > m.start():
                continue                  # inside a number ("…/TTLT-…")
            if _FIELD_COLON.match(low, m.end()) and _FIELD_LABEL.search(low, max(a, m.start() - 24),
                                                                        m.start()):
                continue                  # an attribute label ("Văn bản thay thế: …")
            kind = "passive" if m.group("passive") else m.lastgroup
            if trigs and trigs[-1][0] == kind and _MERGE_TRIGGERS.match(low, trigs[-1][2], m.start()):
                trigs[-1] = (kind, trigs[-1][1], m.end(), trigs[-1][3])
                continue
            verb = fold(m.group("pverb"))[:3] if m.group("passive") else ""
            trigs.append((kind, m.start(), m.end(), verb))
        if not trigs:
            continue
        events = sorted([(o.start, 1, o) for o in sent_occs] + [(tr[1], 0, tr) for tr in trigs],
                        key=lambda e: (e[0], e[1]))
        prev: _Occ | None = None
        state = None              # [kind, actor, trigger_end, last_object]
        passive = None            # (relation, object_occ, trigger_end)
        for _, is_occ, ev in events:
            if not is_occ:
                kind, ts, te, verb = ev
                if kind == "cites":
                    state = None
                    passive = None
                    continue
                if kind == "passive":
                    obj = prev if prev is not None and _actor_gap_ok(t, prev.tail, ts) else None
                    passive = (_PASSIVE_REL.get(verb, "amends"), obj, te) if obj else None
                    state = None
                    continue
                actor = prev if prev is not None and _actor_gap_ok(t, prev.tail, ts) else None
                state = [kind, actor, te, None]
                passive = None
                continue
            o = ev
            if passive is not None:
                rel, obj, te = passive
                if len(_strip_spans(t[te:o.start])) <= 40:
                    add_link(o.gid, obj.gid, rel)
                    if o.gid == published:
                        set_page(obj.gid, rel)
                passive = None
            elif state is not None:
                kind, actor, te, last = state
                if last is None:
                    gap = _strip_spans(t[te:o.start])
                    if len(gap) <= 90 and not _OBJ_BAD.search(gap):
                        assign(actor, o, kind)
                        state[3] = o
                    else:
                        state = None
                else:
                    gap = _strip_spans(t[last.tail:o.start])
                    if (len(gap) <= 260 and (_COORD_TAIL.search(gap) or _list_item(gap))
                            and not _NEW_CLAUSE.search(gap)
                            and o.gid != (actor.gid if actor else -1)):
                        assign(actor, o, kind)
                        state[3] = o
                    else:
                        state = None
            prev = o

    if _EXPIRY.search(low) is not None:
        _expiries(t, low, occs, occ_starts, bounds, sentences, published, set_page, add_link)


# ---- "X … hết hiệu lực": a relation written after its object ---------------------------
# "Luật Đất đai số 45/2013/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành": the
# document that says so (the published one, or the one named in "kể từ ngày <Y> có hiệu lực")
# replaces X.  "hết hiệu lực một phần" is an amendment.  Literal first: sre skips ahead fast.
_EXPIRY = re.compile(r"hết\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+(?P<part>một\s+phần)|\s+toàn\s+bộ)?(?!\w)")
_LABEL = (
    rf"(?:(?:các|toàn\s+bộ)\s+)?(?:{_TYPE_WORD_RE}(?!\w)"
    rf"(?:{_NAME_WORD}){{0,24}}?\s*)?"
    r"(?:s[ốô]\s*:?\s*)?"
)
# What may open the clause whose subject is X: a coordinator or clause connector, then X's label.
_EXPIRY_SUBJ = re.compile(
    rf"(?:[,;\n]|(?<!\w)(?:và|đồng\s+thời|thì|cùng\s+với))\s*{_LABEL}$", re.I)
_EXPIRY_HEAD = re.compile(
    rf"\s*(?:[-+•*●▪]\s*|\d{{1,2}}[.)]\s*|[a-zđ]\)\s*)?{_LABEL}", re.I)
# Between X and "hết hiệu lực" only X's facts may stand (date, issuer, subject, "đã được sửa
# đổi, bổ sung theo …"); a condition or a negation means X is not declared expired here.
_EXPIRY_DESC_BAD = re.compile(
    r"(?<!\w)(?:nếu|khi|trường\s+hợp|thì|nên|nhưng|hoặc|chưa|không|vẫn|căn\s+cứ|"
    r"có\s+hiệu\s+lực)(?!\w)|(?<!\w)(?:đã|sẽ\s+không)\s*$",
    re.I,
)
_EXPIRY_IF = re.compile(r"\s*,?\s*(?:khi|nếu|trong\s+trường\s+hợp|trường\s+hợp)(?!\w)")
_EXPIRY_FROM = re.compile(
    rf"\s*,?\s*(?:kể\s+)?(?:từ|sau)\s+(?:ngày|khi)\s+{_LABEL}", re.I)
_HAS_EFFECT = re.compile(r"[^,;.\n]{0,80}?(?<!\w)có\s+hiệu\s+lực(?!\w)", re.I)


def _expiry_desc_ok(t: str, a: int, b: int) -> bool:
    if b - a > 400 or "\n" in t[a:b]:
        return False
    g = _strip_spans(t[a:b])
    return len(g) <= 300 and ":" not in g and ";" not in g and not _EXPIRY_DESC_BAD.search(g)


def _expiries(t: str, low: str, occs: list[_Occ], occ_starts: list[int], bounds: list[int],
              sentences: dict[int, list[_Occ]], published: int | None, set_page, add_link) -> None:
    for hm in _EXPIRY.finditer(low):
        h = hm.start()
        if (h > 0 and t[h - 1].isalnum()) or _EXPIRY_IF.match(low, hm.end()):
            continue
        i = bisect.bisect_left(occ_starts, h) - 1
        if i < 0:
            continue
        last = occs[i]
        if last.end > h or h - last.end > 400 or _BOUNDARY.search(t, last.end, h):
            continue
        k = bisect.bisect_right(bounds, last.start)
        sent_start = bounds[k - 1] + 1 if k > 0 else 0
        if any(qa < h < qb for qa, qb in _mask_quotes(t, sent_start, min(len(t), h + 600))):
            continue
        sent = [o for o in sentences[k] if o.end <= h]
        subjects: list[_Occ] = []
        edge = h
        for j in range(len(sent) - 1, -1, -1):
            c = sent[j]
            if not _expiry_desc_ok(t, c.tail, edge):
                break
            if j == 0 and _EXPIRY_HEAD.fullmatch(t, sent_start, c.start):
                subjects.append(c)                 # the sentence opens with X
                break
            lo = max(sent[j - 1].end if j else sent_start, c.start - 160)
            m = _EXPIRY_SUBJ.search(t, lo, c.start)
            if m is None:
                continue                           # inside another document's description
            subjects.append(c)
            edge = m.start()
        if not subjects:
            continue
        rel = "amends" if hm.group("part") else "replaces"
        actor = None
        if i + 1 < len(occs):
            y = occs[i + 1]
            if (y.start - hm.end() <= 160 and _EXPIRY_FROM.fullmatch(t, hm.end(), y.start)
                    and _HAS_EFFECT.match(t, y.tail, min(len(t), y.tail + 120))):
                actor = y
        for x in subjects:
            if actor is not None:
                add_link(actor.gid, x.gid, rel)
                if actor.gid == published:
                    set_page(x.gid, rel)
            elif published is not None:
                set_page(x.gid, rel)
                add_link(published, x.gid, rel)


def _actor_gap_ok(t: str, a: int, b: int) -> bool:
    """Only the actor's date, "năm YYYY", "của <issuer>" and a connector may separate it from
    the trigger ("53-CTr/TU, ngày 25/3/2024 của Tỉnh ủy nhằm cụ thể hóa")."""
    if b - a > 400:
        return False
    gap = _strip_spans(t[a:b])
    if len(gap) > 160:
        return False
    m = _ACTOR_GAP.fullmatch(gap)
    if not m:
        return False
    # "của Ban Chấp hành …" names the actor's issuer; "của … và 10 năm" / "… đã được" do not
    return not (m.group("of") and _ACTOR_BAD.search(m.group("of")))

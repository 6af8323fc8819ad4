"""Vietnamese document numbers: the type and issuer tables and the grammar of one printed number.

`parse_number("43 -nq/tw")` → ParsedNumber(number_text="43-NQ/TW", doc_type="NQ", issuer_code="TW", …);
`canonical_number` returns just the canonical text. Number shapes, casing and damage repair are
described in pipelines.directives, which finds numbers in running text with these rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import fold, nfc

# ----------------------------------------------------------------------------------------
# Tables (domain.md §1.2, §1.3, §1.4, §2.3, §2.4)
# ----------------------------------------------------------------------------------------

# State type codes → Vietnamese name (NĐ 30/2020 Phụ lục III + normative codes + older ones).
TYPE_NAMES: dict[str, str] = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
    "QyĐ": "Quy định", "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn",
    "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án",
    "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình",
    "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo",
    "SY": "Bản sao y", "TrS": "Bản trích sao", "SL": "Bản sao lục",
    # TT 01/2011/TT-BNV codes still printed on pre-2020 documents
    "GN": "Bản ghi nhớ", "TTh": "Bản thỏa thuận", "UQ": "Giấy ủy quyền", "NP": "Giấy nghỉ phép",
    # normative and joint documents
    "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch", "VBHN": "Văn bản hợp nhất", "L": "Lệnh",
    "CTrPH": "Chương trình phối hợp", "CTPH": "Chương trình phối hợp",
    "CTLT": "Chương trình liên tịch", "QCPH": "Quy chế phối hợp", "KHPH": "Kế hoạch phối hợp",
    "KHLT": "Kế hoạch liên tịch", "HDLT": "Hướng dẫn liên tịch",
    "GP": "Giấy phép", "CV": "Công văn",
}

# Party type codes (36-HD/VPTW, 66-QĐ/TW, 399-QĐ/TW): same letters, some other meanings.
PARTY_TYPE_NAMES: dict[str, str] = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "QĐNS": "Quyết định", "QĐi": "Quy định",
    "CT": "Chỉ thị", "KL": "Kết luận", "QC": "Quy chế", "TT": "Thông tri",
    "HD": "Hướng dẫn", "TB": "Thông báo", "TC": "Thông cáo", "BC": "Báo cáo",
    "KH": "Kế hoạch", "CTr": "Chương trình", "CTHĐ": "Chương trình hành động",
    "ĐA": "Đề án", "PA": "Phương án", "DA": "Dự án", "TTr": "Tờ trình", "CV": "Công văn",
    "BB": "Biên bản", "BS": "Bản sao", "QyĐ": "Quy định",
}

_ALL_TYPES = set(TYPE_NAMES) | set(PARTY_TYPE_NAMES)

# Issuers whose documents are national (scope "vn").  Anything ending in TW (central Party
# boards: VPTW, BTCTW, UBKTTW, BTGDVTW …) or in VN/QG (national agencies) is national too.
_NATIONAL_ISSUERS = {
    # Party centre
    "TW", "BCT", "BBT",
    # State centre
    "CP", "TTg", "VPCP", "QH", "VPQH", "UBTVQH", "CTN", "HĐDT", "NHNN", "TTCP", "KTNN",
    "TANDTC", "VKSNDTC", "HĐTP",
    # ministries after 1/3/2025 and before it (older documents keep the old codes)
    "BQP", "BCA", "BNG", "BTP", "BXD", "BVHTTDL", "BGDĐT", "BYT", "BTC", "BNV", "BNNMT",
    "BKHCN", "BDTTG", "BKHĐT", "BLĐTBXH", "BGTVT", "BTNMT", "BNNPTNT", "BTTTT", "UBDT",
    "BTM", "BCN", "BTS", "BVHTT", "BBCVT", "BKH", "BNN", "BTDTT",
    # national agencies seen in the data
    "TCHQ", "TCT", "TCTK", "CHK", "TCĐBVN", "CĐBVN", "BHXHVN",
}

# Party issuers for provinces and below (domain.md §2.4); used to recognise mis-separated
# party numbers (72-NQ-TW, 66/QĐ/TW) and party-shaped numbers.
_PARTY_ISSUERS = {
    "TW", "BCT", "BBT", "VPTW", "BTCTW", "UBKTTW", "BTGTW", "BDVTW", "BTGDVTW", "BNCTW",
    "BKTTW", "TU", "HU", "ĐU", "ĐUK", "QU", "ThU", "TXU", "BTGTU", "BDVTU", "BTGDVTU",
    "UBKTTU", "VPTU", "BTCTU", "BNCTU", "BCĐ", "ĐĐ", "BCSĐ", "ĐUTCT", "ĐUKCQ", "ĐUKDN",
}

# Party committees that never issue State documents: a State-shaped number with one of them
# is a Party number printed the wrong way round.
_PARTY_ONLY_ISSUERS = {"TW", "TU", "HU", "ĐU", "ĐUK", "QU", "ThU", "TXU"}

# State issuers a party-shaped number cannot belong to (15-CT/TTg is a State Chỉ thị).
_STATE_ONLY_ISSUERS = {"CP", "TTg", "UBND", "HĐND", "VPCP", "QH", "UBTVQH", "VPUB", "VPUBND"}

# Issuers known well enough to accept a công văn (N/ISSUER-UNIT, N/ISSUER) without a label.
_LOCAL_ISSUERS = {
    "UBND", "HĐND", "VPUB", "VPUBND", "VPĐĐBQH", "BCĐ", "BQL", "BATGT", "TU", "HU", "ĐU",
    "MTTQ", "UBMTTQ", "LĐLĐ", "VPTU", "CAT", "BCH",
}
_KNOWN_ISSUERS = _NATIONAL_ISSUERS | _PARTY_ISSUERS | _LOCAL_ISSUERS



def _build_case_map(codes) -> tuple[dict[str, str], dict[str, str]]:
    """upper-case → official code, and ASCII-fold → code for unambiguous folds (QD → QĐ)."""
    upper = {c.upper(): c for c in codes}
    by_fold: dict[str, set[str]] = {}
    for c in codes:
        by_fold.setdefault(fold(c).upper(), set()).add(c)
    folded = {k: next(iter(v)) for k, v in by_fold.items() if len(v) == 1 and k not in upper}
    return upper, folded


_TYPE_UPPER, _TYPE_FOLD = _build_case_map(_ALL_TYPES)
_ISSUER_UPPER, _ISSUER_FOLD = _build_case_map(_KNOWN_ISSUERS)
# Glued type+issuer (92/2017/NĐCP): longest type first.
_TYPES_BY_LEN = sorted(_TYPE_UPPER, key=len, reverse=True)


def _canon_type(tok: str) -> str | None:
    u = tok.upper()
    if u in _TYPE_UPPER:
        return _TYPE_UPPER[u]
    if u.isascii():
        return _TYPE_FOLD.get(u)
    return None


_PAREN = re.compile(r"\(([^()]*)\)$")


def _split_paren(tok: str) -> tuple[str, str]:
    m = _PAREN.search(tok)
    return (tok[: m.start()], m.group(0).upper()) if m else (tok, "")


@lru_cache(maxsize=4096)
def issuer_base(code: str) -> str:
    """Issuer code without a glued (…) part and trailing term/series digits: HĐND8 → HĐND."""
    code = _split_paren(code)[0]
    return code.rstrip("0123456789") or code


@lru_cache(maxsize=4096)
def _canon_issuer(tok: str) -> str:
    """Official casing of an issuer/unit token; OCR fixes (TƯ → TW, ƯBND → UBND)."""
    core, paren = _split_paren(tok)
    u = core.upper()
    digits = ""
    base = u.rstrip("0123456789")
    if base and base != u:
        digits = u[len(base):]
        u = base
    if u.endswith("TƯ") and (u[:-2] + "TW") in _ISSUER_UPPER:
        u = u[:-2] + "TW"
    elif u == "TƯ":
        u = "TW"
    if u.startswith("Ư") and ("U" + u[1:]) in _ISSUER_UPPER:
        u = "U" + u[1:]
    if u in _ISSUER_UPPER:
        u = _ISSUER_UPPER[u]
    elif u.isascii() and u in _ISSUER_FOLD:
        u = _ISSUER_FOLD[u]
    return u + digits + paren


def _is_known_issuer(code: str) -> bool:
    b = issuer_base(code)
    return b in _KNOWN_ISSUERS


def is_national(code: str) -> bool:
    b = issuer_base(code)
    if b in _NATIONAL_ISSUERS:
        return True
    if b == "UBTVQH" or b == "QH":
        return True
    return b.endswith("TW") or b.startswith("TW") or b.endswith("VN") or b.endswith("QG")


# ----------------------------------------------------------------------------------------
# Candidate regex
# ----------------------------------------------------------------------------------------

# Same-length character map applied to a private copy of the text before matching, so spans
# found in the copy are valid in the NFC text: look-alike Đ, dash variants, odd spaces.
_SAME_LEN_MAP = {
    "Ð": "Đ", "ð": "đ", "Ɖ": "Đ", "ɖ": "đ",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹣": "-",
    "－": "-", "_": "-", "／": "/", "⁄": "/",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ",
    "\t": " ",
}
_SAME_LEN_RX = re.compile("[" + re.escape("".join(_SAME_LEN_MAP)) + "]")


def same_len(s: str) -> str:
    """Apply _SAME_LEN_MAP (a regex sub: str.translate is slow on non-ASCII text)."""
    if _SAME_LEN_RX.search(s) is None:
        return s
    return _SAME_LEN_RX.sub(lambda m: _SAME_LEN_MAP[m.group()], s)


_SP = r"[ ]*(?:\r?\n[ ]*)?"                    # spaces and at most one line break
_LET = "A-Za-zĐđƯư"
# A code token: letter, then letters/digits; an optional glued "(C11)"; never followed by a
# word character (so "UBND - Văn" does not take "V").
_TOK = rf"[{_LET}][{_LET}0-9]*(?:\([{_LET}0-9]{{1,12}}\))?(?!\w)"
_YEAR = r"(?:19|20)\d\d"
_SEP = rf"(?:{_SP}[-/]{_SP}|\.(?=[A-ZĐ]))"

# num, then up to 6 (separator, token-or-year) pairs.  The first separator must be - or /.
# Lookbehind: not glued to a word, a path or a decimal ("0233.3852"), not "41:2019/BGTVT",
# but "số31-QĐ/TW" (glued label) is allowed.
CANDIDATE = re.compile(
    rf"(?:(?<![\w./\\-])(?<!\d:)|(?<=[sS][ốỐô]))"
    rf"(\d{{1,5}})"
    rf"((?:{_SP}[-/]{_SP}(?:{_YEAR}(?={_SP}/)|{_TOK}))"
    rf"(?:{_SEP}(?:{_YEAR}(?={_SP}/)|{_TOK})){{0,5}})"
)
# Cheap prefilter: a digit, at most two spaces or one line break, then - or /.  A pattern that
# starts with a character class lets sre skip ahead fast (~150 MB/s), whereas CANDIDATE's
# leading lookbehind makes it try every position (~20 MB/s).
PREFILTER = re.compile(r"[0-9][ ]{0,2}(?:\r?\n[ ]*)?[-/]")
NO_SLASH_HINT = re.compile(r"[0-9] +[A-Za-zĐđ]+-")
_PIECE = re.compile(rf"({_SEP})({_YEAR}|{_TOK})")
# "số 1830 QĐ-UBND": a space where the slash should be, only after a "số" label.
NO_SLASH = re.compile(
    rf"(?:[sS][ốỐ]|SỐ)[ ]*:?[ ]*(\d{{1,5}})[ ]+(?=[{_LET}]+-[{_LET}])"
    rf"((?:{_TOK})(?:{_SP}-{_SP}{_TOK}){{1,4}})"
)
LABEL_BEFORE = re.compile(
    r"(?:\b(?:[sS][ốỐôÔoO]|SỐ)(?:[ ]*(?:hiệu|ký hiệu|ký\s*hiệu))?|[Cc]ông văn|CÔNG VĂN|CV)\s*:?\s*$"
)


@dataclass(frozen=True)
class ParsedNumber:
    """A canonicalised number with what the number itself says."""
    number_text: str
    doc_type: str          # from the number ("CV" for công văn, "" for QH/UBTVQH forms)
    issuer_code: str
    system: str            # party | state
    year: int | None       # printed year
    length: int            # characters of the body consumed (for the span end)


@lru_cache(maxsize=16384)   # pages repeat their numbers; results are immutable
def interpret(num: str, body: str, *, lenient: bool, labelled: bool) -> ParsedNumber | None:
    """Interpret ``num`` + ``body`` (separator/token pieces, already same-length translated)."""
    n = int(num)
    if n <= 0:
        return None
    nums = f"{n:02d}"
    pieces: list[tuple[str, str, int]] = []
    pos = 0
    for m in _PIECE.finditer(body):
        if m.start() != pos:
            break
        sep = m.group(1).strip() or "-"
        pieces.append((sep, m.group(2), m.end()))
        pos = m.end()
    if not pieces:
        return None
    lowercase_ok = lenient

    def ok_code(tok: str, known: bool) -> bool:
        """Unknown codes must be printed upper-case (unless the whole number is lower-case)."""
        core = _split_paren(tok)[0]
        if known or lowercase_ok:
            return True
        return core == core.upper()

    sep0, t0, _ = pieces[0]
    # ---- "19-2018/NQ-CP": the Government's yearly resolutions print the year after a hyphen
    if sep0 == "-" and t0.isdigit() and len(pieces) >= 2 and pieces[1][0] == "/":
        p = interpret(num, "/" + body[body.index(t0):], lenient=lenient, labelled=labelled)
        if p is None or p.year is None or not p.doc_type:
            return None
        return ParsedNumber(p.number_text.replace("/", "-", 1), p.doc_type, p.issuer_code,
                            p.system, p.year, p.length - 1 + body.index(t0))
    # ---- party shape: N-TYPE/ISSUER ---------------------------------------------------
    if sep0 == "-":
        typ = _canon_type(t0)
        if typ and len(pieces) >= 2 and not pieces[1][1].isdigit():
            sep1, t1, end1 = pieces[1]
            iss = _canon_issuer(t1)
            if t0 != t0.upper() and t0 == t0.lower():
                lowercase_ok = True
            if sep1 == "/" or (sep1 == "-" and issuer_base(iss) in _PARTY_ISSUERS):
                if ok_code(t1, _is_known_issuer(iss)) and _has_letter(iss):
                    if issuer_base(iss) in _STATE_ONLY_ISSUERS:
                        return ParsedNumber(f"{nums}/{typ}-{iss}", typ, iss, "state", None, end1)
                    return ParsedNumber(f"{nums}-{typ}/{iss}", typ, iss, "party", None, end1)
        if lenient and len(pieces) == 1 and _is_known_issuer(_canon_issuer(t0)):
            iss = _canon_issuer(t0)          # "251-BCĐ" in a number field
            return ParsedNumber(f"{nums}-{iss}", "CV", iss, "state", None, pieces[0][2])
        return None
    if sep0 != "/":
        return None
    # ---- state shapes -----------------------------------------------------------------
    year = None
    i = 0
    if t0.isdigit():
        if len(pieces) < 2 or pieces[1][0] != "/":
            return None
        year = int(t0)
        i = 1
    t, tend = pieces[i][1], pieces[i][2]
    if t.isdigit():
        return None
    u = t.upper()
    if year is not None and _QH.fullmatch(u):
        return ParsedNumber(f"{nums}/{year}/{u}", "", u, "state", year, tend)
    typ = _canon_type(t)
    glued_issuer = None
    if typ is None and (year is not None or labelled) and not _is_known_issuer(_canon_issuer(t)):
        # 92/2017/NĐCP: a type glued to a known issuer (only trusted after a printed year or a
        # "số" label, and never for a token that is itself an issuer: TTCP is Thanh tra CP)
        for tu in _TYPES_BY_LEN:
            if u.startswith(tu) and len(u) > len(tu):
                rest = _canon_issuer(t[len(tu):])
                if issuer_base(rest) in _KNOWN_ISSUERS:
                    typ, glued_issuer = _TYPE_UPPER[tu], rest
                    break
    if typ is not None:
        if t == t.lower() and t != t.upper():
            lowercase_ok = True            # "07/2022/tt-btttt": a lower-cased list
        issuers: list[str] = [glued_issuer] if glued_issuer else []
        end = tend
        slash_joint = False
        j = i + 1
        if not glued_issuer and j < len(pieces) and pieces[j][0] == "/" and year is None:
            # N/TYPE/ISSUER: party number with a slash for the hyphen (66/QĐ/TW), or an old
            # joint number (595/CTPH/UBATGTQG-TƯHCTĐ).
            iss = _canon_issuer(pieces[j][1])
            if issuer_base(iss) in _PARTY_ISSUERS and issuer_base(iss) not in _STATE_ONLY_ISSUERS:
                if ok_code(pieces[j][1], True):
                    return ParsedNumber(f"{nums}-{typ}/{iss}", typ, iss, "party", None,
                                        pieces[j][2])
                return None
            if not (ok_code(pieces[j][1], _is_known_issuer(iss)) and _has_letter(iss)):
                return None
            slash_joint = True
            issuers.append(iss)
            end = pieces[j][2]
            j += 1
        while j < len(pieces) and len(issuers) < 4:
            sep, tok, tend2 = pieces[j]
            if sep == "/" or tok.isdigit():
                break
            if sep == "." and issuers:
                break                      # a dot only ever separates type and issuer
            iss = _canon_issuer(tok)
            if not (ok_code(tok, _is_known_issuer(iss)) and _has_letter(iss)):
                break
            issuers.append(iss)
            end = tend2
            j += 1
        if not issuers:
            return None                    # "190/QĐ" alone is not a number
        if (year is None and not slash_joint and len(issuers) == 1
                and issuer_base(issuers[0]) in _PARTY_ONLY_ISSUERS):
            # "2897/CV-TU", "43/NQ-TW": a Party number printed in the State shape
            return ParsedNumber(f"{nums}-{typ}/{issuers[0]}", typ, issuers[0], "party", None, end)
        if slash_joint:
            sym = f"{typ}/{issuers[0]}" + "".join("-" + x for x in issuers[1:])
        else:
            sym = "-".join([typ] + issuers)
        head = f"{nums}/{year}/" if year is not None else f"{nums}/"
        return ParsedNumber(head + sym, typ, _split_paren(issuers[0])[0], "state", year, end)
    if year is not None:
        return None
    # ---- công văn: N/ISSUER-UNIT[-…] or N/ISSUER ----------------------------------------
    iss = _canon_issuer(t)
    known = _is_known_issuer(iss)
    if labelled and known and t == t.lower() and t != t.upper():
        lowercase_ok = True                # "công văn số 3652/byt-dp" in a lower-cased list
    if not (_has_letter(iss) and ok_code(t, known)):
        return None
    if not (known or lenient or labelled):
        return None
    units: list[str] = []
    end = tend
    j = i + 1
    while j < len(pieces) and len(units) < 4:
        sep, tok, tend2 = pieces[j]
        if sep != "-" or tok.isdigit():
            break
        unit = _canon_issuer(tok)
        if not (ok_code(tok, _is_known_issuer(unit)) and _has_letter(unit)):
            break
        units.append(unit)
        end = tend2
        j += 1
    if not units and not (lenient or labelled):
        return None                        # bare "N/UBND" only from a number field or after "số"
    sym = "-".join([iss] + units)
    return ParsedNumber(f"{nums}/{sym}", "CV", _split_paren(iss)[0], "state", None, end)


_QH = re.compile(r"(?:UBTV)?QH\d{0,2}")


def _has_letter(s: str) -> bool:
    """A usable issuer/unit code: has a letter and two characters ("QĐ-U" is a broken "UBND")."""
    return len(s) >= 2 and any(c.isalpha() for c in s)


_LEADING_LABEL = re.compile(
    r"^\s*(?:(?:số|sô|sồ|so)(?:\s*(?:hiệu|ký hiệu|/\s*ký hiệu))?\s*:?\s*)?", re.I)


def parse_number(raw: str) -> ParsedNumber | None:
    """Parse one printed number given on its own (a table cell, a metadata field)."""
    if not raw:
        return None
    s = same_len(nfc(raw))
    m0 = _LEADING_LABEL.match(s)
    s = s[m0.end():] if m0 else s
    s = s.strip()
    m = CANDIDATE.match(s)
    if m:
        p = interpret(m.group(1), m.group(2), lenient=True, labelled=True)
        if p:
            return p
    # "1830 QĐ-UBND": a space for the slash at the start of a cell
    m = re.match(rf"(\d{{1,5}})[ ]+((?:{_TOK})(?:{_SP}-{_SP}{_TOK}){{1,4}})", s)
    if m:
        return interpret(m.group(1), "/" + m.group(2), lenient=True, labelled=True)
    return None


def canonical_number(raw: str) -> str | None:
    """Canonical printed form of one number (``"43 -nq/tw"`` → ``"43-NQ/TW"``), None if not one."""
    p = parse_number(raw)
    return p.number_text if p else None

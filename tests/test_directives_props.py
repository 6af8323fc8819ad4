"""Property tests (hypothesis) for pipelines.directives.

* canonical_number is idempotent and survives the damage seen on real pages;
* analyse_text never raises on arbitrary text made of Vietnamese letters, digits, slashes,
  dashes and spaces;
* every reference's span points at text that canonicalises to its number_text.
"""

from __future__ import annotations

import os
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.directives import analyse_text, canonical_number

PARTY_TYPES = ["NQ", "CT", "KL", "QĐ", "QĐi", "HD", "TB", "KH", "CTr", "ĐA", "BC", "CV", "TTr"]
PARTY_ISSUERS = ["TW", "TU", "HU", "ĐU", "BTCTW", "UBKTTW", "BTGDVTU", "UBKTTU", "VPTW", "ĐUK"]
STATE_TYPES = ["NQ", "QĐ", "CT", "KH", "TB", "HD", "CTr", "TTr", "BC", "CĐ", "NĐ", "TT",
               "TTLT", "VBHN", "ĐA", "QyĐ", "GM"]
STATE_ISSUERS = ["UBND", "HĐND", "CP", "TTg", "BTC", "BCA", "BGTVT", "BNV", "VPCP", "BCĐ",
                 "BGDĐT", "BNNMT", "SNV", "UBATGTQG"]
CV_UNITS = ["VX", "KT", "NC", "KTN", "TH", "KTTH", "HCC", "TCBC"]

# More examples for a soak run: VBWATCH_HYPOTHESIS_EXAMPLES=5000 pytest tests/test_directives_props.py
N = int(os.environ.get("VBWATCH_HYPOTHESIS_EXAMPLES", "300"))

nums = st.integers(min_value=1, max_value=9999)
years = st.integers(min_value=1990, max_value=2030)


@st.composite
def canonical_numbers(draw) -> str:
    n = f"{draw(nums):02d}"
    kind = draw(st.sampled_from(["party", "state", "state_year", "cv", "qh"]))
    if kind == "party":
        return f"{n}-{draw(st.sampled_from(PARTY_TYPES))}/{draw(st.sampled_from(PARTY_ISSUERS))}"
    if kind == "state":
        return f"{n}/{draw(st.sampled_from(STATE_TYPES))}-{draw(st.sampled_from(STATE_ISSUERS))}"
    if kind == "state_year":
        return (f"{n}/{draw(years)}/{draw(st.sampled_from(STATE_TYPES))}-"
                f"{draw(st.sampled_from(STATE_ISSUERS))}")
    if kind == "cv":
        return f"{n}/{draw(st.sampled_from(['UBND', 'VPCP', 'HĐND']))}-{draw(st.sampled_from(CV_UNITS))}"
    return f"{n}/{draw(years)}/{draw(st.sampled_from(['QH13', 'QH14', 'QH15', 'UBTVQH14']))}"


DASHES = ["-", "–", "—", "−", "‑"]


@st.composite
def damaged(draw, number: str) -> str:
    """One printing of ``number`` with some of the real-world damage applied."""
    s = number
    if draw(st.booleans()):
        s = s.upper()
    elif draw(st.booleans()):
        s = s.lower()
    if draw(st.booleans()):
        s = s.replace("-", draw(st.sampled_from(DASHES)))
    if draw(st.booleans()):
        sep = draw(st.sampled_from(["/", "-"]))
        pad = draw(st.sampled_from([" ", "  ", "\n", "\r\n", " \n "]))
        where = draw(st.sampled_from(["before", "after", "both"]))
        rep = {"before": pad + sep, "after": sep + pad, "both": " " + sep + " "}[where]
        s = s.replace(sep, rep, 1)
    if draw(st.booleans()):
        s = s.replace("Đ", "Ð").replace("đ", "ð")
    if draw(st.booleans()):
        s = unicodedata.normalize("NFD", s)
    if draw(st.booleans()):
        s = draw(st.sampled_from(["Số: ", "số ", "sô ", "Số ký hiệu: ", "SỐ:"])) + s
    if draw(st.booleans()):
        s = s + draw(st.sampled_from([" (138)", " ", "  ghi chú"]))
    if draw(st.booleans()) and s[0].isdigit():
        s = "0" + s
    return s


@settings(max_examples=N, deadline=None)
@given(st.data())
def test_canonical_number_is_idempotent_and_damage_tolerant(data):
    number = data.draw(canonical_numbers())
    c = canonical_number(number)
    assert c == number, (number, c)
    assert canonical_number(c) == c
    printed = data.draw(damaged(number))
    got = canonical_number(printed)
    assert got == c, (printed, got, c)
    assert canonical_number(got) == got


@settings(max_examples=N, deadline=None)
@given(st.text(min_size=0, max_size=60))
def test_canonical_number_never_raises_and_is_idempotent(s):
    c = canonical_number(s)
    if c is not None:
        assert canonical_number(c) == c


ALPHABET = list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                "ùúủũụừứửữựỳýỷỹỵ") + list("AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÐ") + list("0123456789") \
    + ["/", "-", "–", " ", " ", " ", "\n", "\r\n", ".", ",", ";", ":", "(", ")", "“", "”", "\""]
TOKENS = ["số ", "Số: ", "ngày ", "tháng ", "năm ", "NQ", "CTr", "QĐ", "TW", "TU", "UBND",
          "KH", "thực hiện ", "thay thế ", "được sửa đổi, bổ sung bởi ", "về ", "Căn cứ ",
          "Nghị quyết ", "Luật ", "của ", "2024", "/2020/", "Hậu Giang, ngày 2 tháng 5 năm 2024",
          "ỦY BAN NHÂN DÂN TỈNH LONG AN", "Covid-19", "15/15", "https://a.vn/1/KH-UBND",
          "TTCP", "NĐCP", "QĐUBND", "-VX", "(C11)", " (138)", "sô ", "ĐU", "HĐND8", "19-2018/",
          "ubnd", "kh-", "TƯ", "ƯBND", "QĐ.", "CTR", "qđi", "TTg", "/QH15", "12/", "-", "/"]

vn_text = st.lists(st.one_of(st.sampled_from(ALPHABET), st.sampled_from(TOKENS)),
                   max_size=200).map("".join)


@settings(max_examples=N, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vn_text, st.one_of(st.none(), vn_text), st.sampled_from([None, "hau-giang", "long-an"]))
def test_analyse_text_never_raises_and_spans_are_consistent(text, title, prov):
    a = analyse_text(text, title=title, default_province=prov, page_date="2025-01-01")
    _check(a)


@settings(max_examples=N, deadline=None)
@given(st.lists(st.tuples(canonical_numbers(), vn_text), min_size=1, max_size=6), st.data())
def test_embedded_numbers_are_found_with_valid_spans(parts, data):
    text = ""
    expected = set()
    for number, filler in parts:
        printed = data.draw(damaged(number))
        text += f"{filler} theo văn bản {printed} . "
        code = unicodedata.normalize("NFC", printed).split("/", 1)[1]
        if re.match(r"\d+/(?:UBND|VPCP|HĐND)-", number) and code != code.upper():
            continue  # a lower-cased công văn is indistinguishable from prose (documented)
        expected.add(number)
    a = analyse_text(text)
    _check(a)
    found = {r.number_text for r in a.references}
    assert expected <= found, (text, expected - found)


def _check(a):
    assert isinstance(a.text, str)
    assert unicodedata.is_normalized("NFC", a.text)
    seen = set()
    for r in a.references:
        assert 0 <= r.start < r.end <= len(a.text)
        assert a.text[r.start:r.end] == r.raw
        assert canonical_number(r.raw) == r.number_text, (r.raw, r.number_text)
        assert r.relation in {"publishes", "cites", "implements", "replaces", "amends", "repeals"}
        assert r.system in {"party", "state"}
        assert r.scope == "vn" or r.scope == (r.province or "")
        if r.issued_on:
            assert r.year is not None
        key = (r.scope, r.number_text, r.year)
        assert key not in seen
        seen.add(key)
    assert sum(r.relation == "publishes" for r in a.references) <= 1
    for link in a.links:
        assert link.relation in {"implements", "amends", "replaces", "repeals"}
        assert (link.from_number, link.from_scope) != (link.to_number, link.to_scope) or \
            link.from_year != link.to_year

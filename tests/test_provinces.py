"""Tests for pipelines.provinces and pipelines.text."""

from __future__ import annotations

import re
import unicodedata

import pytest

from pipelines.provinces import (
    CURRENT_UNITS, PROVINCES, current_unit, display_name, find_province, match_province_at,
)
from pipelines.text import fold, nfc, squash_ws

# domain.md §3.3, written out again independently: old unit → post-1/7/2025 unit.
OLD_TO_NEW = {
    "an-giang": "an-giang", "ba-ria-vung-tau": "ho-chi-minh", "bac-lieu": "ca-mau",
    "bac-giang": "bac-ninh", "bac-kan": "thai-nguyen", "bac-ninh": "bac-ninh",
    "ben-tre": "vinh-long", "binh-duong": "ho-chi-minh", "binh-dinh": "gia-lai",
    "binh-phuoc": "dong-nai", "binh-thuan": "lam-dong", "ca-mau": "ca-mau",
    "cao-bang": "cao-bang", "can-tho": "can-tho", "da-nang": "da-nang", "dak-lak": "dak-lak",
    "dak-nong": "lam-dong", "dien-bien": "dien-bien", "dong-nai": "dong-nai",
    "dong-thap": "dong-thap", "gia-lai": "gia-lai", "ha-giang": "tuyen-quang",
    "ha-nam": "ninh-binh", "ha-noi": "ha-noi", "ha-tinh": "ha-tinh", "hai-duong": "hai-phong",
    "hai-phong": "hai-phong", "hau-giang": "can-tho", "hoa-binh": "phu-tho",
    "hung-yen": "hung-yen", "khanh-hoa": "khanh-hoa", "kien-giang": "an-giang",
    "kon-tum": "quang-ngai", "lai-chau": "lai-chau", "lam-dong": "lam-dong",
    "lang-son": "lang-son", "lao-cai": "lao-cai", "long-an": "tay-ninh", "nam-dinh": "ninh-binh",
    "nghe-an": "nghe-an", "ninh-binh": "ninh-binh", "ninh-thuan": "khanh-hoa",
    "phu-tho": "phu-tho", "phu-yen": "dak-lak", "quang-binh": "quang-tri",
    "quang-nam": "da-nang", "quang-ngai": "quang-ngai", "quang-ninh": "quang-ninh",
    "quang-tri": "quang-tri", "soc-trang": "can-tho", "son-la": "son-la",
    "tay-ninh": "tay-ninh", "thai-binh": "hung-yen", "thai-nguyen": "thai-nguyen",
    "thanh-hoa": "thanh-hoa", "hue": "hue", "tien-giang": "dong-thap",
    "ho-chi-minh": "ho-chi-minh", "tra-vinh": "vinh-long", "tuyen-quang": "tuyen-quang",
    "vinh-long": "vinh-long", "vinh-phuc": "phu-tho", "yen-bai": "lao-cai",
}


def test_counts_and_slugs():
    assert len(PROVINCES) == 63
    assert len(CURRENT_UNITS) == 34
    assert set(PROVINCES) == set(OLD_TO_NEW)
    for slug in PROVINCES:
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", slug), slug
        assert not slug.startswith(("tinh-", "thanh-pho-"))
    assert set(CURRENT_UNITS) <= set(PROVINCES)


@pytest.mark.parametrize("old,new", sorted(OLD_TO_NEW.items()))
def test_current_unit(old, new):
    assert current_unit(old) == new
    assert current_unit(new) == new          # current units map to themselves


def test_current_unit_unknown():
    assert current_unit("atlantis") is None
    assert current_unit(None) is None
    assert current_unit("") is None


def test_merged_from_and_codes():
    assert set(CURRENT_UNITS["can-tho"].merged_from) == {"can-tho", "soc-trang", "hau-giang"}
    assert set(CURRENT_UNITS["ho-chi-minh"].merged_from) == {
        "ho-chi-minh", "binh-duong", "ba-ria-vung-tau"}
    assert set(CURRENT_UNITS["ninh-binh"].merged_from) == {"ninh-binh", "ha-nam", "nam-dinh"}
    assert CURRENT_UNITS["tay-ninh"].code == "80"      # the centre is in former Long An
    assert CURRENT_UNITS["gia-lai"].code == "52"       # the centre is in former Bình Định
    assert CURRENT_UNITS["hue"].name == "Huế" and CURRENT_UNITS["hue"].kind == "thành phố"
    assert sum(len(u.merged_from) for u in CURRENT_UNITS.values()) == 63
    assert sum(len(u.merged_from) == 1 for u in CURRENT_UNITS.values()) == 11


def test_display_names():
    assert display_name("hau-giang") == "Hậu Giang"
    assert display_name("hue") == "Thừa Thiên Huế"
    assert display_name("ho-chi-minh") == "Hồ Chí Minh"
    assert display_name("nowhere") is None
    for p in PROVINCES.values():
        assert unicodedata.is_normalized("NFC", p.name)


@pytest.mark.parametrize("text,slug", [
    ("tỉnh Hậu Giang", "hau-giang"),
    ("TỈNH HẬU GIANG", "hau-giang"),
    ("Hậu Giang", "hau-giang"),
    ("TP. Hồ Chí Minh", "ho-chi-minh"),
    ("TP.HCM", "ho-chi-minh"),
    ("Thành phố Hồ Chí Minh", "ho-chi-minh"),
    ("Thành phố Cần Thơ", "can-tho"),
    ("THÀNH PHỐ CẦN THƠ", "can-tho"),
    ("Khánh Hoà", "khanh-hoa"),
    ("Khánh Hòa", "khanh-hoa"),
    ("Thanh Hoá", "thanh-hoa"),
    ("Hoà Bình", "hoa-binh"),
    ("tỉnh Thừa Thiên Huế", "hue"),
    ("Thừa Thiên - Huế", "hue"),
    ("thành phố Huế", "hue"),
    ("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"),
    ("Bà Rịa–Vũng Tàu", "ba-ria-vung-tau"),
    ("Đắk Lắk", "dak-lak"),
    ("Đăk Lăk", "dak-lak"),
    ("Đắk Nông", "dak-nong"),
    ("Bắc Kạn", "bac-kan"),
    ("Kon Tum", "kon-tum"),
    ("  tỉnh   Long   An ", "long-an"),
    ("Tỉnh ủy Long An", "long-an"),
    ("UBND tỉnh Bình Dương", "binh-duong"),
    ("Ủy ban nhân dân tỉnh Quảng Trị", "quang-tri"),
    ("Nơi ban hành: Tỉnh Hậu Giang", "hau-giang"),
    ("long-an", "long-an"),
    ("LONG AN", "long-an"),
    ("Hà Nội", "ha-noi"),
    ("Hải Phòng", "hai-phong"),
    ("Hải Dương", "hai-duong"),
])
def test_find_province(text, slug):
    assert find_province(text) == slug
    assert find_province(unicodedata.normalize("NFD", text)) == slug


@pytest.mark.parametrize("text", ["", None, "Vinh", "Quy Nhơn", "Hà", "Việt Nam", "tỉnh",
                                  "Tân An", "Giang", "Long An Tây Ninh"])
def test_find_province_rejects(text):
    assert find_province(text) is None


def test_every_province_name_round_trips():
    for p in PROVINCES.values():
        assert find_province(p.name) == p.slug
        assert find_province(p.name.upper()) == p.slug
        assert find_province(f"{p.kind} {p.name}") == p.slug
        assert find_province(unicodedata.normalize("NFD", p.name)) == p.slug


def test_match_province_at():
    t = "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG ban hành"
    assert match_province_at(t, t.index("HẬU")) == ("hau-giang", t.index(" ban"))
    assert match_province_at("Bà Rịa - Vũng Tàu, ngày", 0) == ("ba-ria-vung-tau", 17)
    assert match_province_at("Long An đã đạt", 0) == ("long-an", 7)
    assert match_province_at("Hà Nội, ngày", 0) == ("ha-noi", 6)
    assert match_province_at("Hà Giang\nvà", 0) == ("ha-giang", 8)
    assert match_province_at("Vinh, ngày", 0) is None
    assert match_province_at("123 Long An", 0) is None


def test_text_helpers():
    assert nfc(unicodedata.normalize("NFD", "Quyết định")) == "Quyết định"
    assert len(nfc(unicodedata.normalize("NFD", "Quyết định"))) == 10
    assert fold("Tỉnh Hậu Giang") == "tinh hau giang"
    assert fold("KHÁNH HOÀ") == fold("Khánh Hòa") == "khanh hoa"
    assert fold("ĐẢNG ỦY") == "dang uy"
    assert fold("QÐ-UBND") == "qd-ubnd"           # Icelandic eth look-alike
    assert fold(unicodedata.normalize("NFD", "Đắk Lắk")) == "dak lak"
    assert squash_ws(" a\u00a0 b\r\n\tc ") == "a b c"
    assert squash_ws("") == ""

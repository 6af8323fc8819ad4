"""Vietnamese provinces before and after the 1 July 2025 merger (NQ 202/2025/QH15).

Slugs are ASCII kebab-case names without "tỉnh"/"thành phố" (``long-an``, ``hau-giang``,
``ho-chi-minh``; Thừa Thiên Huế is ``hue``).  One slug namespace covers both eras: the 34
post-merger units all carry the name of one of the 63 old provinces, so each of them is
also an old slug.

* :data:`PROVINCES` — the 63 pre-merger provinces, slug → :class:`Province`.
* :data:`CURRENT_UNITS` — the 34 units in force since 1/7/2025, slug → :class:`Unit`.
* :func:`current_unit` — old slug → post-merger slug (domain.md §3.3).
* :func:`find_province` — tolerant name lookup: prefixes ("tỉnh", "TP.", "Thành phố"),
  any case, NFD input, old/new tone-mark placement (hòa/hoà), spacing and hyphen variants.
* :func:`match_province_at` — longest province name starting at a position of a text
  (used by the directive parser after "tỉnh …", "Tỉnh ủy …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import fold, nfc

__all__ = [
    "Province", "Unit", "PROVINCES", "CURRENT_UNITS", "current_unit", "display_name",
    "find_province", "match_province_at",
]


@dataclass(frozen=True)
class Province:
    slug: str
    name: str          # display name without the "tỉnh"/"thành phố" prefix
    kind: str          # "tỉnh" | "thành phố" (before the merger)
    current: str       # slug of the post-1/7/2025 unit it belongs to


@dataclass(frozen=True)
class Unit:
    slug: str
    name: str
    kind: str          # "tỉnh" | "thành phố" (Đồng Nai: thành phố since 30/4/2026, NQ 30/2026/QH16)
    code: str          # 2025 code (QĐ 19/2025/QĐ-TTg: the old code of the province hosting the centre)
    merged_from: tuple[str, ...]


_T, _TP = "tỉnh", "thành phố"

# (slug, name, kind before the merger, current unit) — domain.md §3.3.
_OLD = [
    ("an-giang", "An Giang", _T, "an-giang"),
    ("ba-ria-vung-tau", "Bà Rịa - Vũng Tàu", _T, "ho-chi-minh"),
    ("bac-lieu", "Bạc Liêu", _T, "ca-mau"),
    ("bac-giang", "Bắc Giang", _T, "bac-ninh"),
    ("bac-kan", "Bắc Kạn", _T, "thai-nguyen"),
    ("bac-ninh", "Bắc Ninh", _T, "bac-ninh"),
    ("ben-tre", "Bến Tre", _T, "vinh-long"),
    ("binh-duong", "Bình Dương", _T, "ho-chi-minh"),
    ("binh-dinh", "Bình Định", _T, "gia-lai"),
    ("binh-phuoc", "Bình Phước", _T, "dong-nai"),
    ("binh-thuan", "Bình Thuận", _T, "lam-dong"),
    ("ca-mau", "Cà Mau", _T, "ca-mau"),
    ("cao-bang", "Cao Bằng", _T, "cao-bang"),
    ("can-tho", "Cần Thơ", _TP, "can-tho"),
    ("da-nang", "Đà Nẵng", _TP, "da-nang"),
    ("dak-lak", "Đắk Lắk", _T, "dak-lak"),
    ("dak-nong", "Đắk Nông", _T, "lam-dong"),
    ("dien-bien", "Điện Biên", _T, "dien-bien"),
    ("dong-nai", "Đồng Nai", _T, "dong-nai"),
    ("dong-thap", "Đồng Tháp", _T, "dong-thap"),
    ("gia-lai", "Gia Lai", _T, "gia-lai"),
    ("ha-giang", "Hà Giang", _T, "tuyen-quang"),
    ("ha-nam", "Hà Nam", _T, "ninh-binh"),
    ("ha-noi", "Hà Nội", _TP, "ha-noi"),
    ("ha-tinh", "Hà Tĩnh", _T, "ha-tinh"),
    ("hai-duong", "Hải Dương", _T, "hai-phong"),
    ("hai-phong", "Hải Phòng", _TP, "hai-phong"),
    ("hau-giang", "Hậu Giang", _T, "can-tho"),
    ("hoa-binh", "Hòa Bình", _T, "phu-tho"),
    ("hung-yen", "Hưng Yên", _T, "hung-yen"),
    ("khanh-hoa", "Khánh Hòa", _T, "khanh-hoa"),
    ("kien-giang", "Kiên Giang", _T, "an-giang"),
    ("kon-tum", "Kon Tum", _T, "quang-ngai"),
    ("lai-chau", "Lai Châu", _T, "lai-chau"),
    ("lam-dong", "Lâm Đồng", _T, "lam-dong"),
    ("lang-son", "Lạng Sơn", _T, "lang-son"),
    ("lao-cai", "Lào Cai", _T, "lao-cai"),
    ("long-an", "Long An", _T, "tay-ninh"),
    ("nam-dinh", "Nam Định", _T, "ninh-binh"),
    ("nghe-an", "Nghệ An", _T, "nghe-an"),
    ("ninh-binh", "Ninh Bình", _T, "ninh-binh"),
    ("ninh-thuan", "Ninh Thuận", _T, "khanh-hoa"),
    ("phu-tho", "Phú Thọ", _T, "phu-tho"),
    ("phu-yen", "Phú Yên", _T, "dak-lak"),
    ("quang-binh", "Quảng Bình", _T, "quang-tri"),
    ("quang-nam", "Quảng Nam", _T, "da-nang"),
    ("quang-ngai", "Quảng Ngãi", _T, "quang-ngai"),
    ("quang-ninh", "Quảng Ninh", _T, "quang-ninh"),
    ("quang-tri", "Quảng Trị", _T, "quang-tri"),
    ("soc-trang", "Sóc Trăng", _T, "can-tho"),
    ("son-la", "Sơn La", _T, "son-la"),
    ("tay-ninh", "Tây Ninh", _T, "tay-ninh"),
    ("thai-binh", "Thái Bình", _T, "hung-yen"),
    ("thai-nguyen", "Thái Nguyên", _T, "thai-nguyen"),
    ("thanh-hoa", "Thanh Hóa", _T, "thanh-hoa"),
    ("hue", "Thừa Thiên Huế", _T, "hue"),  # thành phố Huế since 1/1/2025 (175/2024/QH15)
    ("tien-giang", "Tiền Giang", _T, "dong-thap"),
    ("ho-chi-minh", "Hồ Chí Minh", _TP, "ho-chi-minh"),
    ("tra-vinh", "Trà Vinh", _T, "vinh-long"),
    ("tuyen-quang", "Tuyên Quang", _T, "tuyen-quang"),
    ("vinh-long", "Vĩnh Long", _T, "vinh-long"),
    ("vinh-phuc", "Vĩnh Phúc", _T, "phu-tho"),
    ("yen-bai", "Yên Bái", _T, "lao-cai"),
]

PROVINCES: dict[str, Province] = {s: Province(s, n, k, c) for s, n, k, c in _OLD}

# 2025 codes (domain.md §3.2) and the kind of the post-merger unit.
_NEW = [
    ("ha-noi", "01", _TP), ("cao-bang", "04", _T), ("tuyen-quang", "08", _T),
    ("dien-bien", "11", _T), ("lai-chau", "12", _T), ("son-la", "14", _T),
    ("lao-cai", "15", _T), ("thai-nguyen", "19", _T), ("lang-son", "20", _T),
    ("quang-ninh", "22", _T), ("bac-ninh", "24", _T), ("phu-tho", "25", _T),
    ("hai-phong", "31", _TP), ("hung-yen", "33", _T), ("ninh-binh", "37", _T),
    ("thanh-hoa", "38", _T), ("nghe-an", "40", _T), ("ha-tinh", "42", _T),
    ("quang-tri", "44", _T), ("hue", "46", _TP), ("da-nang", "48", _TP),
    ("quang-ngai", "51", _T), ("gia-lai", "52", _T), ("khanh-hoa", "56", _T),
    ("dak-lak", "66", _T), ("lam-dong", "68", _T), ("dong-nai", "75", _TP),
    ("ho-chi-minh", "79", _TP), ("tay-ninh", "80", _T), ("dong-thap", "82", _T),
    ("vinh-long", "86", _T), ("an-giang", "91", _T), ("can-tho", "92", _TP),
    ("ca-mau", "96", _T),
]

CURRENT_UNITS: dict[str, Unit] = {
    s: Unit(
        s,
        "Huế" if s == "hue" else PROVINCES[s].name,
        kind,
        code,
        tuple(p.slug for p in PROVINCES.values() if p.current == s),
    )
    for s, code, kind in _NEW
}

assert len(PROVINCES) == 63 and len(CURRENT_UNITS) == 34
assert {p.current for p in PROVINCES.values()} == set(CURRENT_UNITS)


def current_unit(slug: str | None) -> str | None:
    """Post-1/7/2025 unit for an old (or already current) province slug; None if unknown."""
    p = PROVINCES.get(slug or "")
    return p.current if p else None


def display_name(slug: str) -> str | None:
    """Vietnamese display name of a slug (pre-merger name for old provinces)."""
    p = PROVINCES.get(slug)
    return p.name if p else None


# --- name lookup ------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _key(s: str) -> str:
    """Compact fold: diacritics, case, spaces, hyphens and dots removed."""
    return re.sub(r"[^0-9a-z]", "", fold(s))


_ALIASES = {
    "ho-chi-minh": ["TP HCM", "TPHCM", "HCM", "Hồ Chí Minh", "Sài Gòn"],
    "hue": ["Huế", "Thừa Thiên - Huế"],
    "ba-ria-vung-tau": ["Bà Rịa Vũng Tàu", "BR-VT", "BRVT"],
    "dak-lak": ["Đắc Lắc", "Daklak"],
    "dak-nong": ["Đắc Nông"],
    "bac-kan": ["Bắc Cạn"],
    "kon-tum": ["Kontum"],
}

_BY_KEY: dict[str, str] = {}
for _p in PROVINCES.values():
    _BY_KEY[_key(_p.name)] = _p.slug
    _BY_KEY[_key(_p.slug)] = _p.slug
for _slug, _names in _ALIASES.items():
    for _n in _names:
        _BY_KEY[_key(_n)] = _slug

# Folded prefixes naming the kind of unit or its bodies; stripped before lookup.
_PREFIX = re.compile(
    r"^(?:(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|tinh uy|thanh uy|dang bo|"
    r"ban chap hanh dang bo|noi ban hanh|tinh|thanh pho|tp|t p)\b[\s.:,-]*)+"
)


def find_province(name_text: str | None) -> str | None:
    """Slug for a province name such as "tỉnh Hậu Giang", "TỈNH HẬU GIANG", "TP. Hồ Chí Minh",
    "Thành phố Cần Thơ", "Khánh Hoà"; None when it is not a province name."""
    if not name_text:
        return None
    f = fold(nfc(name_text)).strip()
    f = re.sub(r"\s+", " ", f)
    f = _PREFIX.sub("", f)
    return _BY_KEY.get(re.sub(r"[^0-9a-z]", "", f))


# Longest name is "Bà Rịa - Vũng Tàu" (4 words + a hyphen); names are 1–4 words.
_WORDS = re.compile(r"[^\W\d_]+(?:[ \t]*(?:\r?\n[ \t]*)?(?:[-–][ \t]*)?[^\W\d_]+){0,4}")
_WORD = re.compile(r"[^\W\d_]+")


def match_province_at(text: str, pos: int) -> tuple[str, int] | None:
    """If a province name starts at ``text[pos]``, return (slug, end) for the longest match."""
    m = _WORDS.match(text, pos)
    if not m:
        return None
    words = list(_WORD.finditer(text, pos, m.end()))
    for n in range(min(len(words), 5), 0, -1):
        end = words[n - 1].end()
        slug = _BY_KEY.get(_key(text[pos:end]))
        if slug:
            return slug, end
    return None

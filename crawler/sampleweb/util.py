"""Small helpers shared by the sample-web families: time zone, date formats, slugs, hashing."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime

#: Asia/Ho_Chi_Minh has no DST; a fixed offset avoids depending on tzdata.
VN_TZ = timezone(timedelta(hours=7), "+07")

WEEKDAYS_VI = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def parse_local(value: str) -> datetime:
    """'2024-03-27 17:40:22' or '2024-03-27' (local Vietnam time) -> aware datetime in VN_TZ."""
    value = value.strip()
    fmt = "%Y-%m-%d %H:%M:%S" if len(value) > 16 else ("%Y-%m-%d %H:%M" if len(value) > 10 else "%Y-%m-%d")
    return datetime.strptime(value, fmt).replace(tzinfo=VN_TZ)


def to_local(dt: datetime) -> datetime:
    return dt.astimezone(VN_TZ)


def iso_utc(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat()


def http_date(dt: datetime) -> str:
    return format_datetime(dt.astimezone(timezone.utc).replace(microsecond=0), usegmt=True)


def parse_http_date(value: str) -> datetime | None:
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt


def fmt_dmy(dt: datetime) -> str:
    return to_local(dt).strftime("%d/%m/%Y")


def fmt_dmy_date(iso: str) -> str:
    """'2024-05-02' -> '02/05/2024'."""
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def fmt_longan(dt: datetime) -> str:
    """'27/03/2024 05:40:22PM' (the .NET/WebSphere style of the Long An portal)."""
    loc = to_local(dt)
    ampm = "AM" if loc.hour < 12 else "PM"
    hour12 = loc.hour % 12 or 12
    return f"{loc:%d/%m/%Y} {hour12:02d}:{loc:%M:%S}{ampm}"


def fmt_weekday(dt: datetime) -> str:
    """'Thứ ba 29/08/2023 13:49'."""
    loc = to_local(dt)
    return f"{WEEKDAYS_VI[loc.weekday()]} {loc:%d/%m/%Y %H:%M}"


def fmt_ngay_thang(dt: datetime) -> str:
    """'Ngày 20 tháng 09 năm 2021'."""
    loc = to_local(dt)
    return f"Ngày {loc:%d} tháng {loc:%m} năm {loc:%Y}"


def fmt_w3c(dt: datetime) -> str:
    return to_local(dt).replace(microsecond=0).isoformat()


def fold(text: str) -> str:
    """Strip Vietnamese diacritics (đ -> d)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def slugify(text: str, max_words: int = 14, keep_case: bool = False) -> str:
    text = fold(text)
    if not keep_case:
        text = text.lower()
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "-".join(words[:max_words])


def short_hash(*parts: object, n: int = 20) -> str:
    h = hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()
    return h[:n]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)

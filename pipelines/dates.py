"""Vietnamese date and time parsing for page dates, issue dates and effective dates.

Two paths:

1. A fast path of compiled regular expressions for the formats these sites print
   ("Thứ ba - 23/06/2020 19:00", "27/03/2024 05:40:22PM", "Hậu Giang, ngày 02 tháng 5
   năm 2024", "Cập nhật: 10:05 - 12/01/2024", ISO 8601, ...) and for relative
   phrases ("2 giờ trước", "hôm qua"). Numeric dates are always read day-first.
2. ``dateparser`` (imported lazily, ``languages=['vi']``, DMY) for whatever is left,
   with every part of the date required, so "12/2024" or a bare year is rejected
   instead of being completed with made-up days.

Every result is timezone-aware in Asia/Ho_Chi_Minh (UTC+7, no DST). A date without
a time is local midnight. When a string is ambiguous or impossible the answer is
``None`` rather than a guess.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

__all__ = ["TZ", "parse_datetime", "parse_date", "to_utc_iso", "find_date"]

TZ = ZoneInfo("Asia/Ho_Chi_Minh")

MIN_YEAR = 1945
MAX_YEAR = 2100
#: Longest string handed to dateparser; longer strings are running text, not dates.
_FALLBACK_MAX_LEN = 120

# The three Vietnamese words of a long-form date, matched in NFC or NFD form so that
# find_date() can report spans in the caller's own string without normalising it.
_NGAY = "ng(?:à|a\u0300)y"
_THANG = "th(?:á|a\u0301)ng"
_NAM = "n(?:ă|a\u0306)m"

_DATE_RE = re.compile(
    rf"""
    (?<![0-9])
    (?:
        # ISO 8601 and other year-first dates: 2024-05-14T08:00:00+07:00, 2024/05/14
        (?P<iy>[0-9]{{4}})(?P<isep>[-/.])(?P<im>[0-9]{{1,2}})(?P=isep)(?P<id>[0-9]{{1,2}})(?![0-9])
        (?:[T\s](?P<ih>[0-9]{{1,2}}):(?P<imi>[0-9]{{2}})(?::(?P<is>[0-9]{{2}})(?:[.,][0-9]+)?)?
           (?P<itz>\s?(?:Z|[+-][0-9]{{2}}:?[0-9]{{2}}))?)?
      |
        # "ngày 02 tháng 5 năm 2024", "20 tháng 09 năm 2021", "12 thg 5, 2024"
        (?:{_NGAY}\s*)?(?P<ld>[0-9]{{1,2}})\s*(?:{_THANG}|thg)\s*(?P<lm>[0-9]{{1,2}})
        \s*(?:,\s*)?(?:{_NAM}\s*|[/,-]\s*)?(?P<ly>[0-9]{{4}})(?![0-9])
      |
        # day-first numeric: 29/08/2023, 29-8-2023, 29.08.2023, 03/12/24
        (?<![0-9][./])(?P<d>[0-9]{{1,2}})(?P<sep>[/.-])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<y>[0-9]{{4}}|[0-9]{{2}})
        (?![0-9]|[/.-][0-9])
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

_TIME = r"""
    (?P<H>[0-9]{1,2})\s?(?::|h|giờ)\s?(?P<M>[0-9]{2})(?![0-9])
    (?:\s?:\s?(?P<S>[0-9]{2})(?![0-9])|\s?phút)?
    (?:\s?(?P<ampm>[AP]\.?M\.?|SA|CH|sáng|chiều|tối|trưa)(?![^\W\d_]))?
"""
_GMT = r"""
    (?:\s*\(?\s*(?:GMT|UTC)\s*(?P<tzs>[+-])\s*(?P<tzh>[0-9]{1,2})(?::?(?P<tzm>[0-9]{2}))?\s*\)?)?
"""
#: A time right after the date: "29/08/2023 13:49", "14/05/2024 | 08:00", "12/5/2024, 08:30 (GMT+7)".
_TIME_AFTER_RE = re.compile(
    r"[\s,|\-–—:@]*(?:(?:lúc|vào)\s*)?" + _TIME + _GMT, re.IGNORECASE | re.VERBOSE
)
#: A time right before the date: "10:05 - 12/01/2024", "15:00 ngày 09/02/2024", "18:00 |22/05/2022".
_TIME_BEFORE_RE = re.compile(
    r"(?<![0-9:])" + _TIME + r"[\s,|\-–—:]*(?:ngày\s*)?$", re.IGNORECASE | re.VERBOSE
)

_RELATIVE_RE = re.compile(
    r"""
    (?P<n>[0-9]{1,4})\s*(?P<unit>giây|phút|giờ|tiếng|ngày|tuần)\s*(?:đồng\s*hồ\s*)?trước
    | cách\s*đây\s*(?P<n2>[0-9]{1,4})\s*(?P<unit2>giây|phút|giờ|tiếng|ngày|tuần)
    | (?P<now>vừa\s*xong|vừa\s*mới|mới\s*đây|vài\s*(?:giây|phút)\s*trước)
    | hôm\s*(?P<day>nay|qua|kia)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_UNIT_SECONDS = {"giây": 1, "phút": 60, "giờ": 3600, "tiếng": 3600, "ngày": 86400, "tuần": 604800}
_DAYS_BACK = {"nay": 0, "qua": 1, "kia": 2}

#: Words that make a string relative or vague ("3 tháng trước", "năm ngoái", "tuần tới");
#: dateparser resolves these to invented days, so the fallback refuses them.
_VAGUE_RE = re.compile(r"trước|sau|nữa|tới|ngoái|\bqua\b|\bnay\b|\bmai\b|\bkia\b", re.IGNORECASE)
_HAS_LETTER_RE = re.compile(r"[^\W\d_]")

_dateparser_parse = None  # set on first use; importing dateparser costs ~0.1 s


def _valid(y: int, m: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:  # "03/12/24": the only two-digit years seen are this century's
        y += 2000 if y < 70 else 1900
    return y


def _match_date(m: re.Match, short_years: bool) -> date | None:
    g = m.group
    if g("iy"):
        return _valid(int(g("iy")), int(g("im")), int(g("id")))
    if g("ly"):
        return _valid(int(g("ly")), int(g("lm")), int(g("ld")))
    y = g("y")
    if len(y) == 2 and not short_years:
        return None
    return _valid(_year(y), int(g("m")), int(g("d")))


def _iter_dates(text: str, short_years: bool):
    pos = 0
    search = _DATE_RE.search
    while True:
        m = search(text, pos)
        if m is None:
            return
        d = _match_date(m, short_years)
        if d is not None:
            yield d, m
        pos = m.start() + 1


def find_date(text: str) -> tuple[date, int, int] | None:
    """Find the first explicit, valid date in a longer string.

    Only full dates count (day, month and a four-digit year): numeric day-first
    dates, the long form "ngày D tháng M năm YYYY" and year-first ISO dates.
    Relative phrases and partial dates are ignored.

    Args:
        text: any string, NFC or NFD.

    Returns:
        ``(date, start, end)`` with the span of the date expression in ``text``
        (a leading "ngày" belongs to the long form only), or ``None``.
    """
    if not text or not isinstance(text, str):
        return None
    for d, m in _iter_dates(text, short_years=False):
        return d, m.start(), m.end()
    return None


def _hour(h: int, ampm: str | None) -> int | None:
    if ampm:
        a = ampm.lower().replace(".", "")
        if a in ("pm", "ch", "chiều", "tối"):
            if h < 12:
                h += 12
        elif a in ("am", "sa", "sáng"):
            if h == 12:
                h = 0
        elif a == "trưa" and h < 6:  # "1 giờ trưa" = 13:00
            h += 12
    return h if 0 <= h <= 23 else None


def _time_from(m: re.Match) -> tuple[int, int, int, timezone | None] | None:
    h = _hour(int(m.group("H")), m.group("ampm"))
    mi = int(m.group("M"))
    s = int(m.group("S") or 0)
    if h is None or mi > 59 or s > 59:
        return None
    tz = None
    if "tzs" in m.re.groupindex and m.group("tzh"):
        off = timedelta(hours=int(m.group("tzh")), minutes=int(m.group("tzm") or 0))
        if off <= timedelta(hours=14):
            tz = timezone(-off if m.group("tzs") == "-" else off)
    return h, mi, s, tz


def _iso_tz(spec: str) -> timezone | None:
    spec = spec.strip()
    if spec.upper() == "Z":
        return timezone.utc
    sign = -1 if spec[0] == "-" else 1
    digits = spec[1:].replace(":", "")
    off = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if off > timedelta(hours=14) or int(digits[2:]) > 59:
        return None
    return timezone(sign * off)


def _build(d: date, h: int = 0, mi: int = 0, s: int = 0, tz: timezone | None = None) -> datetime:
    if tz is None:
        return datetime(d.year, d.month, d.day, h, mi, s, tzinfo=TZ)
    return datetime(d.year, d.month, d.day, h, mi, s, tzinfo=tz).astimezone(TZ)


def _fast(text: str) -> datetime | None:
    for d, m in _iter_dates(text, short_years=True):
        if m.group("iy"):
            if m.group("ih") is None:
                return _build(d)
            h, mi, s = int(m.group("ih")), int(m.group("imi")), int(m.group("is") or 0)
            if h > 23 or mi > 59 or s > 59:
                return _build(d)
            tz = _iso_tz(m.group("itz")) if m.group("itz") else None
            return _build(d, h, mi, s, tz)
        t = None
        after = _TIME_AFTER_RE.match(text, m.end())
        if after is not None:
            t = _time_from(after)
        if t is None:
            start = m.start()
            before = _TIME_BEFORE_RE.search(text, max(0, start - 40), start)
            if before is not None:
                t = _time_from(before)
        if t is None:
            return _build(d)
        return _build(d, *t)
    return None


def _base(relative_base: datetime | None) -> datetime:
    if relative_base is None:
        return datetime.now(TZ)
    if relative_base.tzinfo is None:
        return relative_base.replace(tzinfo=TZ)
    return relative_base.astimezone(TZ)


def _relative(text: str, relative_base: datetime | None) -> datetime | None:
    m = _RELATIVE_RE.search(text)
    if m is None:
        return None
    base = _base(relative_base)
    if m.group("n") or m.group("n2"):
        n, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
        return base - timedelta(seconds=int(n) * _UNIT_SECONDS[unit.lower()])
    if m.group("now"):
        return base
    day = (base - timedelta(days=_DAYS_BACK[m.group("day").lower()])).date()
    t = _TIME_AFTER_RE.match(text, m.end())
    if t is None:
        t = _TIME_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
    tm = _time_from(t) if t is not None else None
    return _build(day, *tm) if tm else _build(day)


def _fallback(text: str, relative_base: datetime | None) -> datetime | None:
    global _dateparser_parse
    if len(text) > _FALLBACK_MAX_LEN or not _HAS_LETTER_RE.search(text) or _VAGUE_RE.search(text):
        return None
    if not any(c.isdigit() for c in text):  # every full date has a year
        return None
    if _dateparser_parse is None:
        import dateparser  # noqa: PLC0415  (slow import, only needed for rare formats)

        _dateparser_parse = dateparser.parse
    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "TIMEZONE": "Asia/Ho_Chi_Minh",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "RELATIVE_BASE": _base(relative_base),
    }
    try:
        dt = _dateparser_parse(text, languages=["vi"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if dt is None or not MIN_YEAR <= dt.year <= MAX_YEAR:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=TZ)
    return dt.astimezone(TZ)


def parse_datetime(
    text: str, *, relative_base: datetime | None = None, fallback: bool = True
) -> datetime | None:
    """Parse a Vietnamese date or date-time string.

    Labels ("Ngày đăng:", "Cập nhật lúc:"), weekdays and place names around the
    date are ignored; the first valid date in ``text`` wins. Numeric dates are
    day-first. A time next to the date (before or after it) is attached.

    Args:
        text: e.g. "Thứ ba - 23/06/2020 19:00", "Hậu Giang, ngày 02 tháng 5 năm 2024",
            "2 giờ trước".
        relative_base: the fetch time, for relative phrases. Naive values are taken
            as Asia/Ho_Chi_Minh local time; ``None`` means now.
        fallback: try dateparser when the fast path finds nothing (about 1 ms per
            call); pass False when scanning many strings that are mostly not dates.

    Returns:
        An aware datetime in Asia/Ho_Chi_Minh (local midnight for a date without a
        time), or ``None`` when no complete, valid date is found.
    """
    if not text or not isinstance(text, str):
        return None
    text = unicodedata.normalize("NFC", text)
    try:
        dt = _fast(text)
        if dt is None:
            dt = _relative(text, relative_base)
    except (OverflowError, ValueError):
        return None
    if dt is not None:
        return dt if MIN_YEAR <= dt.year <= MAX_YEAR else None
    return _fallback(text.strip(), relative_base) if fallback else None


def parse_date(text: str) -> date | None:
    """Parse the date part of ``text`` (issue and effective dates); see :func:`parse_datetime`."""
    dt = parse_datetime(text)
    return dt.date() if dt is not None else None


def to_utc_iso(dt: datetime) -> str:
    """Format ``dt`` as ISO 8601 in UTC, e.g. "2024-03-27T10:40:22+00:00".

    Naive datetimes are taken as Asia/Ho_Chi_Minh local time.
    """
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=TZ)
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds")

"""Tests for pipelines.dates: Vietnamese date and time parsing."""

from __future__ import annotations

import csv
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.dates import TZ, find_date, parse_date, parse_datetime, to_utc_iso

BASE = datetime(2024, 5, 10, 12, 0, tzinfo=TZ)  # the fetch time for relative phrases
REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"
BINHDUONG_CSV = REALWORLD / "binhduong_vbcddh" / "data_vanbanphapluatBinhDuong.csv"


def local(y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=TZ)


# (input, expected local datetime) — formats seen on party, government and law portals.
PARSE_CASES = [
    # NukeViet article meta and theme variants
    ("Thứ ba 29/08/2023 13:49", local(2023, 8, 29, 13, 49)),
    ("Thứ ba - 23/06/2020 19:00", local(2020, 6, 23, 19, 0)),
    ("Thứ Năm, 09/05/2024", local(2024, 5, 9)),
    ("thứ năm 09/05/2024", local(2024, 5, 9)),
    ("Thứ 2, 13/05/2024 - 07:15", local(2024, 5, 13, 7, 15)),
    ("Chủ nhật, 12/5/2024, 08:30 (GMT+7)", local(2024, 5, 12, 8, 30)),
    ("Chủ Nhật, 12/05/2024 08:30 GMT+07:00", local(2024, 5, 12, 8, 30)),
    ("Thứ sáu: 15:00 ngày 09/02/2024", local(2024, 2, 9, 15, 0)),
    # .NET / SharePoint style with seconds and AM/PM
    ("27/03/2024 05:40:22PM", local(2024, 3, 27, 17, 40, 22)),
    ("27/03/2024 05:40 PM", local(2024, 3, 27, 17, 40)),
    ("27/03/2024 05:40:22 AM", local(2024, 3, 27, 5, 40, 22)),
    ("27/03/2024 12:10:00 AM", local(2024, 3, 27, 0, 10)),
    ("27/03/2024 12:10:00 PM", local(2024, 3, 27, 12, 10)),
    ("27/03/2024 05:40 CH", local(2024, 3, 27, 17, 40)),
    ("27/03/2024 05:40 SA", local(2024, 3, 27, 5, 40)),
    ("27/03/2024 5:40 p.m.", local(2024, 3, 27, 17, 40)),
    # bare numeric dates, day first
    ("29/8/2023", local(2023, 8, 29)),
    ("29-08-2023", local(2023, 8, 29)),
    ("29.08.2023", local(2023, 8, 29)),
    ("05/04/2024", local(2024, 4, 5)),
    ("12/03/2024", local(2024, 3, 12)),
    ("1/1/2000", local(2000, 1, 1)),
    ("03/12/24", local(2024, 12, 3)),
    ("29/02/2024", local(2024, 2, 29)),
    ("01-10-1997", local(1997, 10, 1)),
    ("02/09/1945", local(1945, 9, 2)),
    # long form, with places and labels
    ("Ngày 20 tháng 09 năm 2021", local(2021, 9, 20)),
    ("ngày 2 tháng 5 năm 2024", local(2024, 5, 2)),
    ("Hậu Giang, ngày 02 tháng 5 năm 2024", local(2024, 5, 2)),
    ("Hà Nội, ngày 03 tháng 4 năm 2018", local(2018, 4, 3)),
    ("Thành phố Hồ Chí Minh, ngày 15 tháng 12 năm 2023", local(2023, 12, 15)),
    ("NGÀY 20 THÁNG 09 NĂM 2021", local(2021, 9, 20)),
    ("20 tháng 09 năm 2021", local(2021, 9, 20)),
    ("12 tháng 5, 2024", local(2024, 5, 12)),
    ("12 thg 5 2024", local(2024, 5, 12)),
    ("Chủ Nhật, 12 tháng 5 2024", local(2024, 5, 12)),
    ("ngày  02  tháng\u00a05  năm  2024", local(2024, 5, 2)),
    (unicodedata.normalize("NFD", "Tây Ninh, ngày 02 tháng 5 năm 2024"), local(2024, 5, 2)),
    # labels before the date, times before the date
    ("Cập nhật: 10:05 - 12/01/2024", local(2024, 1, 12, 10, 5)),
    ("Cập nhật lúc: 18:00 |22/05/2022", local(2022, 5, 22, 18, 0)),
    ("Ngày đăng: 12/03/2024", local(2024, 3, 12)),
    ("Đăng ngày: 12-03-2024 10:15", local(2024, 3, 12, 10, 15)),
    ("Ngày ban hành: 02/05/2024", local(2024, 5, 2)),
    ("Ngày cập nhật: 14/05/2024 lúc 08:00", local(2024, 5, 14, 8, 0)),
    ("Ban hành: 02/05/2024", local(2024, 5, 2)),
    ("(14/05/2024)", local(2024, 5, 14)),
    ("14/05/2024 | 08:00", local(2024, 5, 14, 8, 0)),
    ("10h30 ngày 12/5/2024", local(2024, 5, 12, 10, 30)),
    ("8 giờ 30 phút ngày 12/5/2024", local(2024, 5, 12, 8, 30)),
    ("Đăng lúc 14:05:09 - 12/5/2024", local(2024, 5, 12, 14, 5, 9)),
    # ISO 8601 and year-first
    ("2024-05-14T08:00:00+07:00", local(2024, 5, 14, 8, 0)),
    ("2024-05-14T01:00:00Z", local(2024, 5, 14, 8, 0)),
    ("2024-05-14T01:00:00.123+00:00", local(2024, 5, 14, 8, 0)),
    ("2024-05-14 08:00", local(2024, 5, 14, 8, 0)),
    ("2024-05-14", local(2024, 5, 14)),
    ("2024/05/14", local(2024, 5, 14)),
    # relative to the fetch time
    ("2 giờ trước", BASE - timedelta(hours=2)),
    ("15 phút trước", BASE - timedelta(minutes=15)),
    ("3 ngày trước", BASE - timedelta(days=3)),
    ("1 tuần trước", BASE - timedelta(weeks=1)),
    ("Cập nhật 30 giây trước", BASE - timedelta(seconds=30)),
    ("cách đây 3 giờ", BASE - timedelta(hours=3)),
    ("vừa xong", BASE),
    ("hôm nay", local(2024, 5, 10)),
    ("Hôm nay, 10:20", local(2024, 5, 10, 10, 20)),
    ("hôm qua", local(2024, 5, 9)),
    ("Hôm qua lúc 08:15", local(2024, 5, 9, 8, 15)),
    ("hôm kia", local(2024, 5, 8)),
    # dateparser fallback (month spelled out)
    ("12 tháng mười hai 2023", local(2023, 12, 12)),
]

# Inputs that must give None: partial, ambiguous, impossible or not dates at all.
NONE_CASES = [
    "",
    "   ",
    "12/2024",
    "tháng 12/2023",
    "Tháng mười hai 2023",
    "Tháng Năm 2024",
    "2024",
    "5",
    "611016",
    "15/15 huyện",
    "31/02/2024",
    "30/02/2023",
    "ngày 31 tháng 02 năm 2024",
    "13/25/2024",
    "32/01/2024",
    "00/01/2024",
    "29/02/2023",
    "12/05/1900",
    "12/05/2101",
    "3 tháng trước",
    "năm ngoái",
    "tuần trước",
    "ngày mai",
    "5 chút trước",
    "Màu chữ Cỡ chữ",
    "Kế hoạch số 100/KH-UBND",
    "Nghị định 30/2020/NĐ-CP",
    "{{m.News_Dates_Date}}",
    "Đang cập nhật",
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES, ids=[c[0] for c in PARSE_CASES])
def test_parse_datetime(text, expected):
    got = parse_datetime(text, relative_base=BASE)
    assert got == expected
    assert got.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize("text", NONE_CASES)
def test_parse_datetime_none(text):
    assert parse_datetime(text, relative_base=BASE) is None


def test_result_is_in_local_zone():
    got = parse_datetime("2024-05-14T01:00:00Z")
    assert got.tzinfo is TZ


def test_date_only_is_local_midnight():
    got = parse_datetime("29/08/2023")
    assert (got.hour, got.minute, got.second) == (0, 0, 0)
    assert to_utc_iso(got) == "2023-08-28T17:00:00+00:00"


def test_naive_relative_base_is_local_time():
    got = parse_datetime("2 giờ trước", relative_base=datetime(2024, 5, 10, 12, 0))
    assert got == local(2024, 5, 10, 10, 0)


def test_utc_relative_base_is_converted():
    got = parse_datetime("hôm qua", relative_base=datetime(2024, 5, 9, 20, 0, tzinfo=timezone.utc))
    assert got == local(2024, 5, 9)  # 20:00 UTC on the 9th is 03:00 local on the 10th


def test_relative_without_base_uses_now():
    got = parse_datetime("vừa xong")
    assert abs(got - datetime.now(TZ)) < timedelta(minutes=1)


def test_invalid_time_keeps_the_date():
    assert parse_datetime("12/05/2024 25:61") == local(2024, 5, 12)


def test_first_date_wins():
    assert parse_datetime("Ban hành: 02/05/2024 Hiệu lực: 15/05/2024") == local(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày ban hành: 02/05/2024", date(2024, 5, 2)),
        ("Hậu Giang, ngày 02 tháng 5 năm 2024", date(2024, 5, 2)),
        ("27/03/2024 11:40:22PM", date(2024, 3, 27)),
        ("2024-05-13T20:00:00Z", date(2024, 5, 14)),  # 03:00 local on the 14th
        ("Đang cập nhật", None),
        ("12/2024", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("dt", "expected"),
    [
        (local(2024, 3, 27, 17, 40, 22), "2024-03-27T10:40:22+00:00"),
        (local(2024, 1, 1), "2023-12-31T17:00:00+00:00"),
        (datetime(2024, 1, 1, 7, 0), "2024-01-01T00:00:00+00:00"),  # naive = local
        (datetime(2024, 1, 1, 7, 0, 0, 999, tzinfo=timezone.utc), "2024-01-01T07:00:00+00:00"),
    ],
)
def test_to_utc_iso(dt, expected):
    assert to_utc_iso(dt) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kế hoạch số 370/KH-UBND ngày 08/12/2021 của UBND tỉnh", (date(2021, 12, 8), "08/12/2021")),
        ("số 31-QĐ/TW, ngày 01-10-1997 của Bộ Chính trị", (date(1997, 10, 1), "01-10-1997")),
        ("Hậu Giang, ngày 02 tháng 5 năm 2024", (date(2024, 5, 2), "ngày 02 tháng 5 năm 2024")),
        ("Nghị định 30/2020/NĐ-CP ngày 5/3/2020", (date(2020, 3, 5), "5/3/2020")),
        ("ngày 31/02/2024 và ngày 1/3/2024", (date(2024, 3, 1), "1/3/2024")),
        ("15/15 huyện đạt chuẩn vào 12/2024", None),
        ("phiên bản 1.2.3 ngày 03/12/24", None),  # two-digit years only in date fields
        ("Không có ngày", None),
        ("", None),
    ],
)
def test_find_date(text, expected):
    got = find_date(text)
    if expected is None:
        assert got is None
    else:
        d, start, end = got
        assert (d, text[start:end]) == expected


def test_find_date_spans_refer_to_nfd_input():
    text = "Hà Nội, " + unicodedata.normalize("NFD", "ngày 03 tháng 4 năm 2018") + " tiếp"
    d, start, end = find_date(text)
    assert d == date(2018, 4, 3)
    assert unicodedata.normalize("NFC", text[start:end]) == "ngày 03 tháng 4 năm 2018"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_random_strings_never_raise(text):
    got = parse_datetime(text, relative_base=BASE)
    assert got is None or got.tzinfo is not None
    find_date(text)


_DATEISH = st.lists(
    st.sampled_from(
        ["ngày", "tháng", "năm", "/", "-", ".", ":", " ", "trước", "giờ", "hôm qua", "PM", "SA", "GMT+", "T", "Z"]
    )
    | st.integers(min_value=0, max_value=99999).map(str),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_DATEISH)
def test_date_like_garbage_never_raises(text):
    got = parse_datetime(text, relative_base=BASE)
    if got is not None:
        assert 1945 <= got.year <= 2100
    found = find_date(text)
    if found is not None:
        assert 0 <= found[1] < found[2] <= len(text)


@pytest.mark.skipif(not BINHDUONG_CSV.exists(), reason=f"real-world data not mounted: {BINHDUONG_CSV}")
def test_binhduong_issue_dates_all_parse():
    with BINHDUONG_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 4000
    failures = []
    for row in rows:
        raw = row["ngay_ban_hanh"]
        got = parse_date(raw)
        d, mo, y = (int(p) for p in raw.split("/"))
        if got != date(y, mo, d):
            failures.append((raw, got))
    assert not failures, failures[:10]

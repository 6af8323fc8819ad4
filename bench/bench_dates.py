"""Throughput of pipelines.dates.parse_datetime.

Run: python -m bench.bench_dates [N]
Prints e.g. "dates: 85,000/s on common formats (n=50,000), fallback 900/s".
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):  # allow "python bench/bench_dates.py"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.dates import TZ, parse_datetime  # noqa: E402

COMMON = [
    "Thứ ba 29/08/2023 13:49",
    "Thứ ba - 23/06/2020 19:00",
    "27/03/2024 05:40:22PM",
    "27/03/2024 05:40 PM",
    "29/8/2023",
    "29-08-2023",
    "29.08.2023",
    "Ngày 20 tháng 09 năm 2021",
    "ngày 2 tháng 5 năm 2024",
    "Hậu Giang, ngày 02 tháng 5 năm 2024",
    "Cập nhật: 10:05 - 12/01/2024",
    "Ngày đăng: 12/03/2024",
    "(14/05/2024)",
    "2024-05-14T08:00:00+07:00",
    "14/05/2024 | 08:00",
    "Chủ nhật, 12/5/2024, 08:30 (GMT+7)",
    "2 giờ trước",
    "Hôm nay, 10:20",
]
#: Strings only dateparser understands (month names spelled out).
FALLBACK = [
    "12 tháng mười hai 2023",
    "Chủ nhật, 5 tháng mười một 2023",
    "1 tháng một 2024",
]


def _rate(inputs: list[str], n: int, base: datetime) -> tuple[float, int]:
    k = len(inputs)
    parsed = 0
    t0 = time.perf_counter()
    for i in range(n):
        if parse_datetime(inputs[i % k], relative_base=base) is not None:
            parsed += 1
    return n / (time.perf_counter() - t0), parsed


def run(n: int = 50_000) -> dict:
    """Parse ``n`` common-format strings and ``max(n // 50, 30)`` fallback strings.

    Returns:
        ``{"n", "common_per_s", "common_parsed", "fallback_n", "fallback_per_s", "fallback_parsed"}``.
    """
    base = datetime(2024, 5, 10, 12, 0, tzinfo=TZ)
    parse_datetime(FALLBACK[0], relative_base=base)  # warm-up: lazy dateparser import
    common_rate, common_ok = _rate(COMMON, n, base)
    fb_n = max(n // 50, 30)
    fb_rate, fb_ok = _rate(FALLBACK, fb_n, base)
    return {
        "n": n,
        "common_per_s": round(common_rate),
        "common_parsed": common_ok,
        "fallback_n": fb_n,
        "fallback_per_s": round(fb_rate),
        "fallback_parsed": fb_ok,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 50_000
    r = run(n)
    print(
        f"dates: {r['common_per_s']:,}/s on common formats (n={r['n']:,}), "
        f"fallback {r['fallback_per_s']:,}/s (n={r['fallback_n']:,})"
    )
    return 0 if r["common_parsed"] == n and r["fallback_parsed"] == r["fallback_n"] else 1


if __name__ == "__main__":
    sys.exit(main())

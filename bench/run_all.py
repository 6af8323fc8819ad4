"""Run every benchmark and print one line each (`make bench`)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import bench_crawl, bench_dates, bench_refs  # noqa: E402


def main() -> None:
    refs = bench_refs.run(12.0)
    print(f"refs:  {refs['mb_per_s']:.1f} MB/s of text on one core ({refs['refs']:,} references)")
    dates = bench_dates.run(50_000)
    print(f"dates: {dates['common_per_s']:,.0f}/s on common formats, fallback {dates['fallback_per_s']:,.0f}/s")
    bench_crawl.main()


if __name__ == "__main__":
    main()

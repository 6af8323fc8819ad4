"""First crawl vs unchanged re-crawl of the sample web: requests, bytes, CPU seconds.

Run: .venv/bin/python bench/bench_crawl.py
Prints both runs and the re-crawl/first ratios; ratios, not absolute times, are the figures to compare.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

LOOPBACK = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _crawl(sources: Path, db: Path, extra: list[str]) -> None:
    subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--sources", str(sources), "--db", str(db),
                    *LOOPBACK, *extra], cwd=REPO, check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(REPO)})


def measure(web, sources: Path, db: Path, extra: list[str]) -> dict:
    web.state.stats(reset=True)
    cpu, wall = _children_cpu(), time.perf_counter()
    _crawl(sources, db, extra)
    stats = web.state.stats(reset=True)
    return {"requests": stats["requests"], "status_200": stats["status_200"], "status_304": stats["status_304"],
            "bytes": stats["bytes_sent"], "cpu_s": _children_cpu() - cpu, "wall_s": time.perf_counter() - wall}


def run() -> dict:
    from crawler.sampleweb import SampleWeb, sources_yaml

    with tempfile.TemporaryDirectory() as tmp, SampleWeb() as web:
        sources = Path(tmp) / "sources.yaml"
        sources.write_text(sources_yaml(web.base_url), encoding="utf-8")
        db = Path(tmp) / "bench.db"
        first = measure(web, sources, db, [])
        # Every known article re-checked (the worst case for an unchanged site): all conditional.
        recheck = measure(web, sources, db, ["-s", "VBWATCH_REFETCH=always", "-s", "VBWATCH_DEEP_SWEEP_DAYS=999"])
        # The default decaying schedule: known old articles are not re-checked on every run.
        steady = measure(web, sources, db, ["-s", "VBWATCH_DEEP_SWEEP_DAYS=999"])
    return {"first": first, "recheck_all": recheck, "steady": steady}


def main() -> None:
    figures = run()
    first = figures["first"]
    for name, fig in figures.items():
        ratio = "" if name == "first" else (
            f"  ratio vs first: requests {fig['requests'] / first['requests']:.2f}, "
            f"bytes {fig['bytes'] / first['bytes']:.3f}, cpu {fig['cpu_s'] / first['cpu_s']:.2f}")
        print(f"{name:12s} requests {fig['requests']:4d} (200: {fig['status_200']}, 304: {fig['status_304']}), "
              f"bytes {fig['bytes']:9,d}, cpu {fig['cpu_s']:.2f}s, wall {fig['wall_s']:.2f}s{ratio}")


if __name__ == "__main__":
    main()

"""The benchmarks run, and their headline ratios hold (small sizes; figures come from `make bench`)."""

from bench import bench_crawl, bench_dates, bench_refs


def test_reference_and_date_benchmarks_run():
    refs = bench_refs.run(0.5, repeat=1)
    assert refs["refs"] > 0 and refs["mb_per_s"] > 0
    dates = bench_dates.run(2_000)
    assert dates["common_parsed"] == 2_000 and dates["fallback_parsed"] == dates["fallback_n"]


def test_unchanged_recrawl_costs_a_fraction_of_the_first():
    figures = bench_crawl.run()
    first, steady, recheck = figures["first"], figures["steady"], figures["recheck_all"]
    assert recheck["bytes"] < first["bytes"] * 0.2, "re-checking everything is conditional"
    assert steady["requests"] < first["requests"] * 0.5
    assert recheck["status_304"] >= 40

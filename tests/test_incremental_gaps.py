from datetime import datetime, timedelta, timezone

from crawler.incremental import Policy, deep_sweep_due, keep_paging, refetch_due
from crawler.middlewares import backoff_delay
from crawler.output import render
from pipelines.gaps import find_gaps

NOW = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)


def iso(delta: timedelta) -> str:
    return (NOW - delta).isoformat()


def test_refetch_decays_with_age():
    fresh = iso(timedelta(days=1))
    assert refetch_due(fresh, fresh, iso(timedelta(minutes=5)), NOW)            # first days: every run
    month = iso(timedelta(days=10))
    assert not refetch_due(month, month, iso(timedelta(hours=3)), NOW)          # then daily
    assert refetch_due(month, month, iso(timedelta(days=1, minutes=1)), NOW)
    old = iso(timedelta(days=400))
    assert not refetch_due(old, old, iso(timedelta(days=6)), NOW)               # then weekly
    assert refetch_due(old, old, iso(timedelta(days=8)), NOW)
    assert refetch_due(old, old, iso(timedelta(days=1)), NOW, mode="always")
    assert not refetch_due(fresh, fresh, iso(timedelta(days=9)), NOW, mode="never")
    assert refetch_due(None, None, None, NOW), "unknown history: look again"


def test_paging_stops_after_k_known_but_not_inside_the_rescan_window():
    policy = Policy(stop_after_known=10, rescan_pages=2)
    assert keep_paging(1, 10, policy, deep=False), "page 1 is inside the window"
    assert not keep_paging(2, 10, policy, deep=False)
    assert keep_paging(2, 3, policy, deep=False), "something new on this page: keep going"
    assert keep_paging(5, 50, policy, deep=True), "deep sweeps walk everything"
    assert keep_paging(5, 50, Policy(stop_after_known=0), deep=False)


def test_deep_sweep_due_weekly():
    assert deep_sweep_due(None, NOW, Policy())
    assert not deep_sweep_due(iso(timedelta(days=2)), NOW, Policy())
    assert deep_sweep_due(iso(timedelta(days=8)), NOW, Policy())


def test_backoff_doubles_and_honours_retry_after():
    assert [backoff_delay(n, 2.0, 60.0) for n in (1, 2, 3, 7)] == [2.0, 4.0, 8.0, 60.0]
    assert backoff_delay(1, 2.0, 60.0, retry_after="5") == 5.0
    assert backoff_delay(1, 2.0, 60.0, retry_after="3600") == 60.0


def test_gaps_per_series():
    rows = [
        {"number_text": f"{n}-CTr/TU", "doc_type": "CTr", "issuer_code": "TU", "system": "party",
         "scope": "long-an", "year": 2024} for n in (50, 51, 53, 56)
    ] + [
        {"number_text": f"{n}/KH-UBND", "doc_type": "KH", "issuer_code": "UBND", "system": "state",
         "scope": "hau-giang", "year": 2024} for n in (98, 100)
    ] + [
        {"number_text": "97/QĐ-UBND", "doc_type": "QĐ", "issuer_code": "UBND", "system": "state",
         "scope": "hau-giang", "year": 2024},
    ]
    report = {(r["scope"], r["doc_type"]): r for r in find_gaps(rows)}
    assert report[("long-an", "CTr")]["missing"] == "52, 54-55"
    # state documents of one issuer share one series across types
    assert report[("hau-giang", "*")]["missing"] == "99"
    assert report[("hau-giang", "*")]["known"] == 3


def test_render_formats():
    rows = [{"a": "Nghị quyết", "b": 1}, {"a": None, "b": 22}]
    table = render(rows, ["a", "b"]).splitlines()
    assert table[0].startswith("a") and table[2].startswith("Nghị quyết")
    assert render(rows, ["a", "b"], "csv").splitlines() == ["a,b", "Nghị quyết,1", ",22"]
    assert '"a": "Nghị quyết"' in render(rows, ["a", "b"], "json")

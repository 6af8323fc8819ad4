"""Source health rules over synthetic crawl_runs histories, and their persistence and events."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import json

from schedules.health import (
    BLOCKED, BROKEN, FAILING, OK, STALE, UNKNOWN, ListingEvidence, Policy, assess, evaluate_health, event_for,
)
from storage import open_db
from storage.events import events_since

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def run(n: int, *, at: timedelta | None = None, status: str = "ok", fetched: int = 10, new: int = 0,
        changed: int = 0, unchanged: int = 5, errors: list[str] = (), source: str = "src") -> dict:
    start = T0 + (at if at is not None else timedelta(hours=6 * n))
    return {
        "id": n, "source_id": source, "started_at": start.isoformat(),
        "finished_at": (start + timedelta(minutes=2)).isoformat(), "status": status, "pages_fetched": fetched,
        "pages_new": new, "pages_changed": changed, "pages_unchanged": unchanged, "directives_new": new,
        "errors": len(errors), "error_detail": "\n".join(errors) or None, "pid": 1,
    }


def test_no_runs_is_unknown():
    assert assess([]).health == UNKNOWN
    assert assess([run(1, status="running")]).health == UNKNOWN


def test_ok():
    verdict = assess([run(1, new=12, unchanged=0), run(2, new=1)])
    assert verdict.health == OK and verdict.run_id == 2 and "1 new" in verdict.reason


def test_blocked_by_http_status():
    errors = [f"HTTP 403 http://x/a{i}" for i in range(5)] + ["HTTP 404 http://x/gone"]
    verdict = assess([run(1, new=5), run(2, status="partial", errors=errors)])
    assert verdict.health == BLOCKED and "403×5" in verdict.reason


def test_blocked_when_everything_503():
    verdict = assess([run(1, new=5), run(2, status="failed", fetched=0, unchanged=0,
                                              errors=["HTTP 503 http://x/", "HTTP 429 http://x/p2"])])
    assert verdict.health == BLOCKED


def test_blocked_by_anti_bot_page():
    # The pipeline logs recognised block pages as "blocked (<kind>) <url>".
    verdict = assess([run(1, new=5), run(2, status="partial", errors=["blocked (antibot) http://x/a"])])
    assert verdict.health == BLOCKED and "blocked (antibot)" in verdict.reason
    stub = assess([run(1, new=5), run(2, status="partial", errors=["blocked (noindex-stub) http://x/a"])])
    assert stub.health == BLOCKED
    empty = assess([run(1, new=5), run(2, status="partial", fetched=9, errors=["blocked (empty) http://x/a"])])
    assert empty.health == OK  # an empty page is not a block


def test_a_few_blocks_among_other_errors_are_not_blocked():
    errors = ["HTTP 403 http://x/a", "TimeoutError http://x/b", "TimeoutError http://x/c"]
    assert assess([run(1, new=5), run(2, status="partial", fetched=20, errors=errors)]).health == OK


def test_failing_when_run_failed():
    verdict = assess([run(1, new=5), run(2, status="failed", fetched=0, unchanged=0,
                                              errors=["DNSLookupError http://x/"])])
    assert verdict.health == FAILING and "DNSLookupError" in verdict.reason


def test_failing_when_most_requests_errored():
    errors = [f"TimeoutError http://x/{i}" for i in range(6)]
    verdict = assess([run(1, new=5), run(2, status="partial", fetched=2, unchanged=1, errors=errors)])
    assert verdict.health == FAILING and "6 of 8" in verdict.reason


def test_failing_after_repeated_interruptions_but_not_one():
    history = [run(1, new=5)]
    assert assess(history + [run(2, status="interrupted")]).health == OK
    interrupted = [run(n, status="interrupted") for n in (2, 3, 4)]
    assert assess(history + interrupted).health == FAILING


def test_broken_when_pages_but_no_articles_after_articles_before():
    verdict = assess([run(1, new=8, unchanged=0), run(2, fetched=3, unchanged=0)])
    assert verdict.health == BROKEN and "run #1 saw 8" in verdict.reason


def test_broken_or_quiet_by_listing_evidence():
    # The crawler is incremental: a quiet run re-fetches no known article, so it sees none either.
    history = [run(1, new=8, unchanged=0), run(2, fetched=3, unchanged=0)]
    assert assess(history, evidence=ListingEvidence(listings=0, links=0, unstored=0)).health == OK  # all 304
    assert assess(history, evidence=ListingEvidence(listings=2, links=20, unstored=0)).health == OK  # all known
    no_links = assess(history, evidence=ListingEvidence(listings=1, links=0, unstored=0))
    assert no_links.health == BROKEN and "no article link" in no_links.reason
    not_extracted = assess(history, evidence=ListingEvidence(listings=1, links=20, unstored=3))
    assert not_extracted.health == BROKEN and "3 article(s) we do not hold" in not_extracted.reason
    one_dead_link = assess(history, evidence=ListingEvidence(listings=1, links=20, unstored=1))
    assert one_dead_link.health == OK  # one new link that 404s is not a layout change


def test_not_broken_without_earlier_articles():
    # A source that never yielded an article is misconfigured, not broken by a layout change.
    assert assess([run(1, fetched=3, unchanged=0), run(2, fetched=3, unchanged=0)]).health == OK


def daily_new(days: int) -> list[dict]:
    return [run(n, at=timedelta(days=n), new=2) for n in range(1, days + 1)]


def test_stale_after_three_times_the_usual_gap():
    history = daily_new(6)
    quiet = [run(10 + k, at=timedelta(days=6, hours=12 * k), unchanged=12) for k in range(1, 8)]  # 3.5 days
    assert assess(history + quiet[:4]).health == OK          # 2 days quiet: under 3 × 1 day
    verdict = assess(history + quiet)                        # 3.5 days quiet
    assert verdict.health == STALE and "usual gap 1d" in verdict.reason


def test_stale_respects_floor_and_needs_history():
    hourly = [run(n, at=timedelta(hours=n), new=1) for n in range(1, 8)]
    quiet = run(50, at=timedelta(hours=20), unchanged=7)
    assert assess(hourly + [quiet]).health == OK             # 13h quiet < 2 day floor
    assert assess(hourly + [quiet], policy=Policy(stale_floor=timedelta(hours=1))).health == STALE
    few = [run(1, at=timedelta(days=1), new=3), run(2, at=timedelta(days=2), new=1),
           run(3, at=timedelta(days=30), unchanged=4)]
    assert assess(few).health == OK                          # one gap is not a cadence


def test_precedence_blocked_over_broken():
    verdict = assess([run(1, new=4), run(2, status="partial", fetched=4, unchanged=0,
                                              errors=["HTTP 403 http://x/a"] * 4)])
    assert verdict.health == BLOCKED


def test_event_for_transitions():
    assert event_for(None, OK) is None
    assert event_for(OK, OK) is None
    assert event_for(OK, BROKEN) == "source.failing"
    assert event_for(None, BLOCKED) == "source.failing"
    assert event_for(BROKEN, BLOCKED) == "source.failing"
    assert event_for(BROKEN, OK) == "source.recovered"
    assert event_for(STALE, STALE) is None


# ------------------------------------------------------------------ persistence, events, idempotence

@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "h.db")
    yield database
    database.close()


def add_run(db, links: list[str] | None = None, **kwargs):
    """A finished run; `links`: article links on the listing page it fetched afresh (None: all 304)."""
    row = run(db["crawl_runs"].count + 1, **kwargs)
    row.pop("id")
    db["crawl_runs"].insert(row)
    if links is not None:
        checked = (datetime.fromisoformat(row["started_at"]) + timedelta(minutes=1)).isoformat()
        db["http_cache"].upsert({"url": f"http://x/{row['source_id']}/list", "source_id": row["source_id"],
                                 "links": json.dumps(links), "checked_at": checked}, pk="url")


def health_events(db):
    return [(e["kind"], e["subject"], e["payload"]["old"], e["payload"]["new"])
            for e in events_since(db, kinds=["source.failing", "source.recovered"])]


def test_evaluate_health_persists_and_emits_only_on_transitions(db):
    assert evaluate_health(db, "src")["health"] == UNKNOWN and not db["source_health"].count
    add_run(db, new=8, unchanged=0)
    first = evaluate_health(db, "src")
    assert first["health"] == OK and first["event"] is None            # unknown → ok: nothing to say
    add_run(db, fetched=1, unchanged=0, new=0, links=["http://x/a-1"])  # quiet: the one link is known...
    db["articles"].insert({"url": "http://x/a-1", "source_id": "src"})
    assert evaluate_health(db, "src")["health"] == OK
    add_run(db, fetched=1, unchanged=0, links=[])                        # ...then the listing lost its links
    assert evaluate_health(db, "src")["event"] == "source.failing"
    again = [evaluate_health(db, "src") for _ in range(3)]              # idempotent
    assert all(r["health"] == BROKEN and r["event"] is None for r in again)
    row = db["source_health"].get("src")
    assert row["health"] == BROKEN and row["last_run_id"] == 3 and "layout" in row["reason"]
    add_run(db, status="partial", errors=["HTTP 429 http://x/"] * 3)    # now blocked: another bad state
    assert evaluate_health(db, "src")["event"] == "source.failing"
    add_run(db, new=1)
    recovered = evaluate_health(db, "src")
    assert recovered["event"] == "source.recovered" and evaluate_health(db, "src")["event"] is None
    assert health_events(db) == [
        ("source.failing", "src", OK, BROKEN),
        ("source.failing", "src", BROKEN, BLOCKED),
        ("source.recovered", "src", BLOCKED, OK),
    ]
    payload = events_since(db, kinds=["source.recovered"])[0]["payload"]
    assert payload["run_id"] == 5 and payload["reason"]


def test_since_kept_while_health_unchanged(db):
    add_run(db, new=3)
    evaluate_health(db, "src")
    since = db["source_health"].get("src")["since"]
    add_run(db, new=1)
    evaluate_health(db, "src")
    row = db["source_health"].get("src")
    assert row["since"] == since and row["last_run_id"] == 2


def test_sources_are_independent(db):
    add_run(db, new=3, source="a")
    add_run(db, new=3, source="b")
    add_run(db, fetched=2, unchanged=0, source="b", links=[])
    assert evaluate_health(db, "a")["health"] == OK
    assert evaluate_health(db, "b")["health"] == BROKEN
    assert [e[1] for e in health_events(db)] == ["b"]

"""Scheduling rules without crawling: triggers, due times, and job-store reconciliation (real APScheduler,
real SQLAlchemy job store in a temporary vbwatch database)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from crawler.sources import parse_sources
from schedules.scheduler import (
    Options, build_scheduler, is_due, jitter_for, make_trigger, next_due, stop_scheduler, sync_jobs,
)
from storage import open_db
from storage.health import connect, scheduled_runs

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)  # a Monday


def sources(*specs: tuple[str, str]):
    return parse_sources([{"id": sid, "name": sid, "kind": "party", "start_urls": ["http://x.test/"],
                           "interval": interval} for sid, interval in specs])


def test_interval_trigger_has_bounded_jitter():
    six_hours, three_seconds = sources(("a", "6h"), ("b", "3s"))
    assert jitter_for(six_hours, None) == 300 and jitter_for(three_seconds, None) == pytest.approx(0.3)
    assert jitter_for(six_hours, 5) == 5
    trigger = make_trigger(six_hours)
    fire = trigger.get_next_fire_time(NOW, NOW)
    assert abs((fire - (NOW + timedelta(hours=6))).total_seconds()) <= 300


def test_cron_weekdays_count_from_sunday_as_in_crontab():
    (weekdays,) = sources(("a", "cron: 30 7 * * 1-5"))
    trigger = make_trigger(weekdays, jitter=0)
    saturday = datetime(2026, 3, 7, 8, 0, tzinfo=timezone.utc)
    fire = trigger.get_next_fire_time(None, saturday)
    assert fire == datetime(2026, 3, 9, 0, 30, tzinfo=timezone.utc)  # Monday 07:30 in Vietnam, not Sunday
    (sundays,) = sources(("b", "cron: 0 6 * * 0"))
    assert make_trigger(sundays, jitter=0).get_next_fire_time(None, saturday).weekday() == 6


def test_due_times():
    (every_hour,) = sources(("a", "1h"))
    assert is_due(every_hour, None, NOW)
    assert not is_due(every_hour, NOW - timedelta(minutes=30), NOW)
    assert next_due(every_hour, NOW - timedelta(minutes=30), NOW) == NOW + timedelta(minutes=30)
    assert is_due(every_hour, NOW - timedelta(hours=2), NOW)
    (daily,) = sources(("b", "cron: 0 6 * * *"))
    # 06:00 in Vietnam is 23:00 UTC the day before; NOW is 17:00 in Vietnam
    assert is_due(daily, NOW - timedelta(days=1), NOW)             # last run yesterday 17:00; 06:00 today passed
    assert not is_due(daily, NOW - timedelta(hours=1), NOW)        # last run 16:00 today: next is tomorrow 06:00
    assert next_due(daily, NOW - timedelta(hours=1), NOW) == datetime(2026, 3, 2, 23, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "v.db"
    open_db(path).close()
    options = Options(db_path=str(path), sources_path="/tmp/sources.yaml", settings=["DOWNLOAD_DELAY=0"],
                      max_runtime=60)
    scheduler = build_scheduler(options)
    scheduler.start(paused=True)  # nothing fires: these tests only look at the store
    db = connect(path)
    yield scheduler, options, db
    stop_scheduler(scheduler)
    db.close()


def test_sync_jobs_adds_changes_removes_and_keeps(store):
    scheduler, options, db = store
    first = sync_jobs(scheduler, sources(("a", "1h"), ("b", "6h")), options, db)
    assert sorted(first["added"]) == ["a", "b"]
    job = scheduler.get_job("crawl:a")
    assert job.max_instances == 1 and job.coalesce and job.misfire_grace_time is None
    assert job.func_ref == "schedules.jobs:crawl_job"
    assert job.args == ("a", "/tmp/sources.yaml", options.db_path, ["DOWNLOAD_DELAY=0"], 60, 3600)
    an_hour_ago = (datetime.now(timezone.utc) - timedelta(hours=1)).isoformat()
    db["crawl_runs"].insert({"source_id": "b", "started_at": an_hour_ago, "finished_at": an_hour_ago, "status": "ok"})
    later = datetime.now(timezone.utc) + timedelta(minutes=40)
    scheduler.modify_job("crawl:b", next_run_time=later)

    second = sync_jobs(scheduler, sources(("b", "6h"), ("c", "cron: 0 6 * * *"), ("a", "2h")), options, db)
    assert second == {"added": ["c"], "changed": ["a"], "removed": [], "kept": ["b"]}
    assert scheduler.get_job("crawl:b").next_run_time == later       # kept jobs keep their time
    third = sync_jobs(scheduler, sources(("c", "cron: 0 6 * * *")), options, db)
    assert sorted(third["removed"]) == ["a", "b"]
    assert set(scheduled_runs(db)) == {"crawl:c"}                    # what `vbwatch status` reads


def test_stopping_leaves_due_jobs_due(store):
    scheduler, options, db = store
    sync_jobs(scheduler, sources(("a", "1h")), options, db)      # never run: due now
    due = scheduled_runs(db)["crawl:a"]
    stop_scheduler(scheduler)
    assert scheduled_runs(db)["crawl:a"] == due                    # not advanced: it runs right after a restart


def test_kept_job_is_pulled_forward_to_when_its_history_says_it_is_due(store):
    scheduler, options, db = store
    sync_jobs(scheduler, sources(("a", "6h")), options, db)
    finished = (datetime.now(timezone.utc) - timedelta(hours=1)).replace(microsecond=0)
    db["crawl_runs"].insert({"source_id": "a", "started_at": finished.isoformat(),
                             "finished_at": finished.isoformat(), "status": "ok"})
    db["crawl_runs"].insert({"source_id": "a", "started_at": datetime.now(timezone.utc).isoformat(),
                             "status": "interrupted"})
    scheduler.modify_job("crawl:a", next_run_time=datetime.now(timezone.utc) + timedelta(hours=6))
    sync_jobs(scheduler, sources(("a", "6h")), options, db)
    # Due 6h after the last *finished* run, not 6h after the interrupted one...
    assert scheduler.get_job("crawl:a").next_run_time == finished + timedelta(hours=6)
    db["crawl_runs"].delete_where()
    db["crawl_runs"].insert({"source_id": "a", "started_at": finished.isoformat(), "status": "interrupted"})
    sync_jobs(scheduler, sources(("a", "6h")), options, db)
    # ...and at once when no run ever finished (killed mid-crawl on its first run).
    assert scheduler.get_job("crawl:a").next_run_time <= datetime.now(timezone.utc)

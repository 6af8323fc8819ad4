"""`vbwatch schedule` as a real child process against the sample web on 127.0.0.1.

Second-level intervals; crawls run as real `vbwatch crawl` children; signals are real signals.
"""

from __future__ import annotations

import json
import signal
import threading
from collections import Counter

import pytest

from conftest import LOOPBACK, run_cli
from schedule_support import Scheduler, is_event, wait_until, write_sources
from pipelines.urls import canonical_url
from schedules.jobs import pid_alive
from storage import open_db

pytestmark = pytest.mark.timeout(120)

# One crawl at a time where a test schedules several sources: concurrent crawl processes writing one
# database still hit "database is locked" in storage (deferred BEGIN; see the lead's note). Per-source
# non-overlap, which these tests check, does not depend on it.


@pytest.fixture
def registry_text(sampleweb) -> str:
    from crawler.sampleweb import sources_yaml

    return sources_yaml(sampleweb.base_url)


def rows(db_path, sql, params=()):
    db = open_db(db_path)
    try:
        return list(db.query(sql, params))
    finally:
        db.close()


def assert_no_overlaps(db_path):
    runs = rows(db_path, "SELECT * FROM crawl_runs ORDER BY source_id, started_at, id")
    by_source: dict[str, list[dict]] = {}
    for run in runs:
        by_source.setdefault(run["source_id"], []).append(run)
    for source_id, history in by_source.items():
        for before, after in zip(history, history[1:]):
            assert before["finished_at"] and before["finished_at"] <= after["started_at"], (
                f"{source_id}: run #{after['id']} started at {after['started_at']} while run #{before['id']} "
                f"({before['started_at']} → {before['finished_at']}) was still going")
    return by_source


def test_schedule_runs_sources_picks_up_new_articles_reloads_on_sighup_and_stops_on_sigterm(sampleweb, registry_text,
                                                                                           tmp_path):
    sources = write_sources(tmp_path / "sources.yaml", registry_text, ["sample-longan", "sample-binhdinh"], "3s")
    db = tmp_path / "v.db"
    scheduler = Scheduler("--sources", str(sources), "--db", str(db), *LOOPBACK)
    try:
        first = scheduler.wait_for(is_event("run.finished", "sample-longan"), 45, "first longan run")
        assert first["status"] in ("ok", "partial") and first["pages_new"] > 0
        assert first["run_id"] and first["next_run_at"] and "directives_new" in first and first["ts"]
        twin = run_cli("schedule", "--sources", str(sources), "--db", str(db), timeout=30)
        assert twin.returncode == 2 and "another scheduler is already running" in twin.stderr
        shown = json.loads(run_cli("status", "--sources", str(sources), "--db", str(db), "--format", "json",
                                   timeout=30).stdout)
        assert {row["next_run_from"] for row in shown} == {"scheduler"} and all(row["next_run_at"] for row in shown)
        published = sampleweb.state.publish("longan")
        later = scheduler.wait_for(
            lambda e: is_event("run.finished", "sample-longan")(e) and e["run_id"] > first["run_id"]
            and (e.get("pages_new") or 0) >= 1, 45, "a later longan run that stores the new article")
        stored = rows(db, "SELECT url, title FROM articles WHERE source_id = 'sample-longan' AND first_seen_at >= "
                          "(SELECT started_at FROM crawl_runs WHERE id = ?)", [later["run_id"]])
        assert any(row["url"] == canonical_url(published["url"]) or published["title"][:30] in (row["title"] or "")
                   for row in stored), (published, stored)

        # SIGHUP after editing the registry: binhdinh's job goes, travinh's comes.
        write_sources(sources, registry_text, ["sample-longan", "sample-travinh"], "3s")
        scheduler.signal(signal.SIGHUP)
        reloaded = scheduler.wait_for(is_event("registry.reloaded"), 15, "registry.reloaded")
        assert reloaded["added"] == ["sample-travinh"] and reloaded["removed"] == ["sample-binhdinh"]
        assert scheduler.wait_for(is_event("job.removed", "sample-binhdinh"), 1)
        assert scheduler.wait_for(is_event("job.added", "sample-travinh"), 1)
        scheduler.wait_for(is_event("run.finished", "sample-travinh"), 45, "a travinh run after the reload")
        reload_at = reloaded["ts"]
        assert not scheduler.count(lambda e: e.get("event") == "run.started" and e.get("source") == "sample-binhdinh"
                                   and e["ts"] > reload_at)
    finally:
        code = scheduler.stop(timeout=40)
    assert code == 0, "\n".join(scheduler.raw[-20:])
    assert scheduler.wait_for(is_event("scheduler.stopped"), 1)
    assert rows(db, "SELECT id FROM crawl_runs WHERE status = 'running'") == []
    by_source = assert_no_overlaps(db)
    assert len(by_source["sample-longan"]) >= 2
    # Each launch records at most one run (one stopped at SIGTERM before it started may record none) and
    # each finished job reports its own run.
    started = Counter(e["source"] for e in scheduler.events if e["event"] == "run.started")
    assert len(by_source["sample-longan"]) <= started["sample-longan"]
    reported = [e["run_id"] for e in scheduler.events if e["event"] == "run.finished" and e.get("run_id")]
    assert len(reported) == len(set(reported))
    assert set(reported) <= {r["id"] for runs in by_source.values() for r in runs}


def test_sigkill_mid_crawl_then_restart_loses_and_duplicates_nothing(sampleweb, registry_text, tmp_path):
    sources = write_sources(tmp_path / "sources.yaml", registry_text, ["sample-longan"], "1h")
    db, clean_db = tmp_path / "v.db", tmp_path / "clean.db"
    clean = {}
    reference = threading.Thread(target=lambda: clean.update(result=run_cli(
        "crawl", "sample-longan", "--sources", str(sources), "--db", str(clean_db), *LOOPBACK)))
    reference.start()

    slow = [*LOOPBACK, "-s", "DOWNLOAD_DELAY=0.4", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]
    first = Scheduler("--sources", str(sources), "--db", str(db), *slow)
    try:
        started = first.wait_for(is_event("run.started", "sample-longan"), 30, "the first crawl to start")
        child = started["pid"]
        wait_until(lambda: rows(db, "SELECT id FROM crawl_runs WHERE status = 'running' AND pages_new >= 2"),
                   40, "the crawl to store a few articles")
    finally:
        first.kill()  # SIGKILL: no cleanup at all
    wait_until(lambda: not pid_alive(child), 10, "the orphaned crawl to die with its scheduler")
    killed = rows(db, "SELECT * FROM crawl_runs")
    assert [r["status"] for r in killed] == ["running"]

    second = Scheduler("--sources", str(sources), "--db", str(db), *LOOPBACK)
    try:
        starting = second.wait_for(is_event("scheduler.starting"), 20)
        assert starting["runs_marked_interrupted"] == 1
        done = second.wait_for(is_event("run.finished", "sample-longan"), 45, "the crawl after the restart")
        assert done["status"] == "ok"
    finally:
        assert second.stop(timeout=40) == 0
    reference.join(timeout=60)
    assert clean["result"].returncode == 0, clean["result"].stderr[-2000:]

    runs = rows(db, "SELECT id, status FROM crawl_runs ORDER BY id")
    assert [r["status"] for r in runs] == ["interrupted", "ok"]
    assert_no_overlaps(db)
    for table, key in (("articles", "url"), ("directives", "key"), ("mentions", "article_url, directive_key")):
        got = rows(db, f"SELECT {key} FROM {table} ORDER BY {key}")
        want = rows(clean_db, f"SELECT {key} FROM {table} ORDER BY {key}")
        assert got == want and got, table
    events = [(e["kind"], e["subject"]) for e in rows(db, "SELECT kind, subject FROM events")]
    duplicates = [pair for pair, n in Counter(events).items() if n > 1]
    assert not duplicates
    clean_events = Counter(e["kind"] for e in rows(clean_db, "SELECT kind FROM events"))
    assert Counter(kind for kind, _ in events) == clean_events

"""`vbwatch schedule --once` and `vbwatch status` (with source health) against the sample web."""

from __future__ import annotations

import json

import pytest

from conftest import LOOPBACK, run_cli
from schedule_support import write_sources
from storage import open_db
from storage.events import events_since

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def registry_text(sampleweb) -> str:
    from crawler.sampleweb import sources_yaml

    return sources_yaml(sampleweb.base_url)


def json_log(stderr: str) -> list[dict]:
    return [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]


def test_once_runs_each_due_source_once_then_nothing(registry_text, tmp_path):
    sources = write_sources(tmp_path / "sources.yaml", registry_text, ["sample-longan", "sample-travinh"], "1h")
    db = tmp_path / "v.db"
    args = ["schedule", "--once", "--sources", str(sources), "--db", str(db), *LOOPBACK]

    first = run_cli(*args, timeout=90)
    assert first.returncode == 0, first.stderr[-3000:]
    log = json_log(first.stderr)
    assert log[0]["event"] == "once.started" and sorted(log[0]["due"]) == ["sample-longan", "sample-travinh"]
    finished = {e["source"]: e for e in log if e["event"] == "run.finished"}
    assert set(finished) == {"sample-longan", "sample-travinh"}
    for event in finished.values():
        assert event["status"] == "ok" and event["pages_new"] > 0 and event["next_run_at"] > event["finished_at"]
        assert event["health"] == "ok"
    assert log[-1]["event"] == "once.finished" and log[-1]["ran"] == 2

    second = run_cli(*args, timeout=60)
    assert second.returncode == 0, second.stderr[-3000:]
    log = json_log(second.stderr)
    assert log[0]["due"] == [] and sorted(log[0]["not_due"]) == ["sample-longan", "sample-travinh"]
    assert not [e for e in log if e["event"] in ("run.started", "run.finished")]
    db_rows = open_db(db)
    assert db_rows["crawl_runs"].count == 2
    db_rows.close()

    usage = run_cli("schedule", "--all", "--db", str(db))
    assert usage.returncode == 2 and "--all only applies with --once" in usage.stderr


def status(sources, db) -> dict[str, dict]:
    result = run_cli("status", "--sources", str(sources), "--db", str(db), "--format", "json", timeout=60)
    assert result.returncode == 0, result.stderr
    return {row["source_id"]: row for row in json.loads(result.stdout)}


def health_events(db_path) -> list[tuple[str, str, str]]:
    db = open_db(db_path)
    try:
        return [(e["kind"], e["subject"], e["payload"]["new"])
                for e in events_since(db, kinds=["source.failing", "source.recovered"])]
    finally:
        db.close()


def test_layout_switch_makes_source_broken_then_recovered(sampleweb, registry_text, tmp_path):
    sources = write_sources(tmp_path / "sources.yaml", registry_text, ["sample-longan"], "6h")
    db = tmp_path / "v.db"

    def crawl():
        result = run_cli("crawl", "sample-longan", "--sources", str(sources), "--db", str(db), *LOOPBACK, timeout=90)
        assert result.returncode == 0, result.stderr[-3000:]

    crawl()
    row = status(sources, db)["sample-longan"]
    assert row["health"] == "ok" and row["status"] == "ok" and row["pages_new"] > 0
    assert row["next_run_at"] > row["last_run_at"] and row["next_run_from"] == "interval"

    sampleweb.state.set_layout("longan", 2)
    crawl()
    row = status(sources, db)["sample-longan"]
    assert row["health"] == "broken", row
    assert row["pages_fetched"] > 0 and "no article" in row["reason"]
    status(sources, db)  # evaluating again changes nothing
    assert health_events(db) == [("source.failing", "sample-longan", "broken")]

    table = run_cli("status", "--sources", str(sources), "--db", str(db))
    assert table.returncode == 0 and "broken" in table.stdout and "sample-longan" in table.stdout

    sampleweb.state.set_layout("longan", 1)
    crawl()
    row = status(sources, db)["sample-longan"]
    assert row["health"] == "ok", row
    assert health_events(db) == [("source.failing", "sample-longan", "broken"),
                                 ("source.recovered", "sample-longan", "ok")]


def test_once_kills_a_crawl_over_its_time_limit(registry_text, tmp_path):
    sources = write_sources(tmp_path / "sources.yaml", registry_text, ["sample-longan"], "1h")
    db = tmp_path / "v.db"
    slow = [*LOOPBACK, "-s", "DOWNLOAD_DELAY=1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]
    result = run_cli("schedule", "--once", "--max-runtime", "4s", "--sources", str(sources), "--db", str(db), *slow,
                     timeout=60)
    assert result.returncode == 1, result.stderr[-3000:]
    log = json_log(result.stderr)
    assert [e["source"] for e in log if e["event"] == "run.timeout"] == ["sample-longan"]
    (finished,) = [e for e in log if e["event"] == "run.finished"]
    assert finished["status"] == "interrupted" and "time limit of 4s" in finished["interrupted"]
    database = open_db(db)
    try:
        (run,) = list(database.query("SELECT * FROM crawl_runs"))
    finally:
        database.close()
    assert run["status"] == "interrupted" and run["finished_at"] and "time limit" in run["error_detail"]


def test_once_skips_a_source_whose_crawl_is_still_running(registry_text, tmp_path):
    import fcntl
    import os
    import subprocess
    import sys

    from conftest import REPO
    from schedule_support import wait_until
    from schedules.jobs import lock_path

    sources = write_sources(tmp_path / "sources.yaml", registry_text, ["sample-longan", "sample-travinh"], "1h")
    db = tmp_path / "v.db"
    args = ["schedule", "--once", "--all", "--sources", str(sources), "--db", str(db), *LOOPBACK]
    # A plain `vbwatch crawl` of longan is under way (slowly), and a crawl of travinh holds its lock.
    crawl = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", "sample-longan", "--sources", str(sources), "--db", str(db),
         *LOOPBACK, "-s", "DOWNLOAD_DELAY=2"], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    held = os.open(lock_path(str(db), "sample-travinh"), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)

        def crawl_running():
            if not db.exists():
                return False
            database = open_db(db)
            try:
                return list(database.query("SELECT id FROM crawl_runs WHERE status = 'running'"))
            finally:
                database.close()

        wait_until(crawl_running, 30, "the plain crawl to open its run")
        result = run_cli(*args, timeout=60)
    finally:
        os.close(held)
        crawl.kill()
        crawl.wait(timeout=10)
    assert result.returncode == 0, result.stderr[-3000:]
    skipped = {e["source"]: e["reason"] for e in json_log(result.stderr) if e["event"] == "run.skipped"}
    assert "still running (pid" in skipped["sample-longan"] and "lock held" in skipped["sample-travinh"]
    assert not [e for e in json_log(result.stderr) if e["event"] == "run.started"]

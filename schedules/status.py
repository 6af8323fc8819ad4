"""`vbwatch status`: per source, its last run, what it found, its next run and its health.

Health is evaluated here too (idempotently), so a user who only ever runs
`vbwatch crawl` from cron still sees sources go `broken`/`blocked`/`stale`.
"""

from __future__ import annotations

from datetime import datetime, timezone

from crawler.sources import Source
from schedules.health import UNKNOWN, evaluate_health
from schedules.jobs import scheduler_pid
from schedules.log import iso
from schedules.scheduler import JOB_PREFIX, next_due, parse_utc

COLUMNS = ["source_id", "last_run_at", "status", "pages_fetched", "pages_new", "pages_changed", "directives_new",
           "errors", "next_run_at", "health", "reason"]
# next_run_from: "scheduler" (a running `vbwatch schedule`'s job store), "scheduler (stopped)" (the job store of
# one that is not running now), or "interval" (last finished run + the source's interval).
ALL_COLUMNS = ["source_id", "interval", "last_run_id", "last_run_at", "finished_at", "status", "pages_fetched",
               "pages_new", "pages_changed", "pages_unchanged", "directives_new", "errors", "next_run_at",
               "next_run_from", "health", "reason", "health_since"]


def status_rows(db, sources: list[Source] | None, registry: list[Source] = ()) -> list[dict]:
    """`sources`: the sources to report on; None → every source the database knows, looked up in
    `registry` (the bundled one, say) for their intervals."""
    from storage.health import get_health, known_source_ids, last_finished_run, last_run, scheduled_runs

    registry = {s.id: s for s in [*registry, *(sources or [])]}
    ids = [s.id for s in sources] if sources is not None else known_source_ids(db)
    jobs = scheduled_runs(db)
    db_file = db.execute("PRAGMA database_list").fetchone()[2]
    running = scheduler_pid(db_file) is not None if jobs and db_file else False
    now = datetime.now(timezone.utc)
    rows = []
    for source_id in ids:
        source = registry.get(source_id)
        interval = source.interval_seconds if source else None
        health = evaluate_health(db, source_id, interval)
        stored = get_health(db, source_id) or {}
        run = last_run(db, source_id) or {}
        row = {"source_id": source_id, "interval": source.interval if source else None,
               "last_run_id": run.get("id"), "last_run_at": run.get("started_at"),
               "finished_at": run.get("finished_at"), "status": run.get("status")}
        for name in ("pages_fetched", "pages_new", "pages_changed", "pages_unchanged", "directives_new", "errors"):
            row[name] = run.get(name)
        row["next_run_at"], row["next_run_from"] = _next_run(db, source, source_id, jobs, now, last_finished_run,
                                                             running)
        row["health"] = health["health"] if health["health"] != UNKNOWN else (stored.get("health") or UNKNOWN)
        row["reason"] = health["reason"]
        row["health_since"] = stored.get("since")
        rows.append(row)
    return rows


def _next_run(db, source, source_id, jobs, now, last_finished_run, scheduler_running):
    job_key = JOB_PREFIX + source_id
    if job_key in jobs:
        when = jobs[job_key]
        if when is None:
            return None, "scheduler (paused)"
        origin = "scheduler" if scheduler_running else "scheduler (stopped)"
        return iso(datetime.fromtimestamp(when, timezone.utc)), origin
    if source is None:
        return None, None
    last = last_finished_run(db, source_id)
    finished = parse_utc(last["finished_at"]) if last else None
    return iso(next_due(source, finished, now)), "interval"

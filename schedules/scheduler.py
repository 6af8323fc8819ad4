"""`vbwatch schedule`: one APScheduler job per source, stored in the vbwatch database.

- Job store: SQLAlchemyJobStore on the `--db` file, table `apscheduler_jobs`; job id `crawl:<source id>`.
- Triggers: IntervalTrigger for `interval: 6h`, CronTrigger for `interval: "cron: m h dom mon dow"`, both with
  jitter (10% of the interval, at most 5 minutes, unless `--jitter`).
- coalesce=True and misfire_grace_time=None: after downtime, missed runs collapse into one immediate run.
- max_instances=1 plus the lock in `schedules.jobs`: never two crawls of one source at once.
- The registry is read on start and on SIGHUP (jobs added, changed, removed); SIGTERM/SIGINT stop the
  scheduler, terminate running crawls and mark their runs `interrupted`, then exit 0.

The scheduler runs in a background thread; the main thread only waits for signals, so signal handling
never runs inside the scheduler's own locks.
"""

from __future__ import annotations

import queue
import signal
from concurrent.futures import ThreadPoolExecutor as _Pool
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from pathlib import Path

from crawler.sources import Source, load_sources
from schedules import jobs
from schedules.log import log, route_library_logs

JOB_PREFIX = "crawl:"
JOB_TABLE = "apscheduler_jobs"
MAX_AUTO_JITTER = 300.0
_CRON_DOW = {"0": "sun", "1": "mon", "2": "tue", "3": "wed", "4": "thu", "5": "fri", "6": "sat", "7": "sun"}


class SchedulerBusy(Exception):
    """Another `vbwatch schedule` holds this database."""


@dataclass
class Options:
    db_path: str
    sources_path: str | None
    settings: list[str]
    max_runtime: float
    workers: int = 4
    jitter: float | None = None     # None: automatic
    stop_grace: float = 5.0


def job_id(source_id: str) -> str:
    return JOB_PREFIX + source_id


def jitter_for(source: Source, jitter: float | None) -> float:
    if jitter is not None:
        return max(0.0, jitter)
    seconds = source.interval_seconds
    if seconds is None:  # cron: a few seconds to a few minutes of spread, never enough to slip a slot
        return 60.0
    return min(seconds * 0.1, MAX_AUTO_JITTER)


# Cron rules are read on the portals' clock: "0 7 * * 1-5" means 07:00 in Vietnam.
CRON_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def _cron_fields(expr: str) -> dict:
    minute, hour, day, month, dow = expr.split()
    # crontab counts weekdays from Sunday = 0; APScheduler 3 from Monday = 0: use names instead.
    dow = "".join(_CRON_DOW.get(token, token) for token in _split_keep(dow))
    return {"minute": minute, "hour": hour, "day": day, "month": month, "day_of_week": dow}


def _split_keep(text: str) -> list[str]:
    tokens, current = [], ""
    for ch in text:
        if ch in ",-/":
            tokens += [current, ch]
            current = ""
        else:
            current += ch
    return tokens + [current]


def make_trigger(source: Source, jitter: float | None = None):
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    spread = jitter_for(source, jitter)
    if source.cron:
        fields = _cron_fields(source.cron)
        if "/" in fields["day_of_week"]:  # a step over names is not valid: keep the numbers as given
            fields["day_of_week"] = source.cron.split()[4]
        return CronTrigger(**fields, timezone=CRON_TZ, jitter=spread or None)
    return IntervalTrigger(seconds=source.interval_seconds, timezone=timezone.utc, jitter=spread or None)


def job_args(source: Source, options: Options) -> tuple:
    return (source.id, options.sources_path, options.db_path, list(options.settings), options.max_runtime,
            source.interval_seconds)


def job_spec(source: Source, options: Options) -> str:
    """What a job was built from; a different spec means the job must be rebuilt."""
    return f"{source.id} every {source.interval} (jitter {jitter_for(source, options.jitter):g}s)"


def parse_utc(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).astimezone(timezone.utc) if value else None


def next_due(source: Source, last_finished: datetime | None, now: datetime) -> datetime:
    """When a source is next due given its last finished run: now if never run or overdue."""
    if last_finished is None:
        return now
    if source.cron:
        from apscheduler.triggers.cron import CronTrigger

        trigger = CronTrigger(**_cron_fields(source.cron), timezone=CRON_TZ)
        following = trigger.get_next_fire_time(None, last_finished + timedelta(seconds=1))
        return max(now, following) if following else now
    return max(now, last_finished + timedelta(seconds=source.interval_seconds))


def last_finished_at(db, source_id: str) -> datetime | None:
    from storage.health import last_finished_run

    row = last_finished_run(db, source_id)
    return parse_utc(row["finished_at"]) if row else None


def is_due(source: Source, last_finished: datetime | None, now: datetime) -> bool:
    return last_finished is None or next_due(source, last_finished, now) <= now


# --------------------------------------------------------------------------- the daemon

def build_scheduler(options: Options):
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    store = SQLAlchemyJobStore(url=f"sqlite:///{options.db_path}", tablename=JOB_TABLE,
                               engine_options={"connect_args": {"timeout": 30}})
    return BackgroundScheduler(
        jobstores={"default": store},
        executors={"default": ThreadPoolExecutor(max_workers=options.workers)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        timezone=timezone.utc,
    )


def stop_scheduler(scheduler) -> None:
    """Stop without touching the stored jobs. APScheduler 3's shutdown() sets STOPPED and then wakes its
    thread, which processes due jobs once more: they fail to submit to the closed executor, yet their
    next run time is advanced in the store, so a run due at that moment would be silently skipped.
    Detaching the job store first leaves that last pass nothing to do."""
    if not scheduler.running:
        return
    scheduler.pause()
    for alias in list(scheduler._jobstores):  # no public accessor; remove_jobstore() is public
        scheduler.remove_jobstore(alias)
    scheduler.shutdown(wait=False)


def sync_jobs(scheduler, sources: list[Source], options: Options, db) -> dict[str, list[str]]:
    """Make the job store match the registry: add new sources, rebuild changed ones, remove dropped ones.

    Jobs that did not change keep their stored next run time, so missed runs coalesce after downtime."""
    now = datetime.now(timezone.utc)
    wanted = {job_id(s.id): s for s in sources}
    existing = {job.id: job for job in scheduler.get_jobs() if job.id.startswith(JOB_PREFIX)}
    changes: dict[str, list[str]] = {"added": [], "changed": [], "removed": [], "kept": []}
    for jid, job in existing.items():
        if jid not in wanted:
            scheduler.remove_job(jid)
            changes["removed"].append(jid[len(JOB_PREFIX):])
            log("job.removed", source=jid[len(JOB_PREFIX):])
    for jid, source in wanted.items():
        job = existing.get(jid)
        spec, args = job_spec(source, options), job_args(source, options)
        if job is not None and job.name == spec and tuple(job.args) == args:
            changes["kept"].append(source.id)
            next_run = job.next_run_time
            due = next_due(source, last_finished_at(db, source.id), now)
            slack = timedelta(seconds=jitter_for(source, options.jitter) + 1)
            if next_run is not None and due < next_run - slack:
                # Its last run did not finish (killed, stopped mid-crawl): run again now, not an interval later.
                scheduler.modify_job(jid, next_run_time=due)
                next_run = due
            log("job.kept", source=source.id, interval=source.interval, next_run_at=next_run)
            continue
        first = next_due(source, last_finished_at(db, source.id), now)
        scheduler.add_job(
            "schedules.jobs:crawl_job", trigger=make_trigger(source, options.jitter), args=args, id=jid, name=spec,
            replace_existing=True, next_run_time=first, coalesce=True, max_instances=1, misfire_grace_time=None,
        )
        kind = "changed" if job is not None else "added"
        changes[kind].append(source.id)
        log(f"job.{kind}", source=source.id, interval=source.interval, next_run_at=first)
    return changes


def _listener(scheduler):
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED

    def next_run_at(job_id_: str):
        if jobs.STATE.stopping:
            return None
        try:
            job = scheduler.get_job(job_id_)
        except Exception:  # the store is closing: the log line matters more
            return None
        return job.next_run_time if job else None

    def on_event(event):
        source = event.job_id[len(JOB_PREFIX):] if event.job_id.startswith(JOB_PREFIX) else event.job_id
        if event.code == EVENT_JOB_EXECUTED:
            result = dict(event.retval or {})
            result.pop("source", None)
            if "skipped" in result:
                log("run.skipped", source=source, reason=result["skipped"], next_run_at=next_run_at(event.job_id))
            else:
                log("run.finished", source=source, **result, next_run_at=next_run_at(event.job_id))
        elif event.code == EVENT_JOB_ERROR:
            log("run.error", source=source, error=f"{type(event.exception).__name__}: {event.exception}",
                next_run_at=next_run_at(event.job_id))
        elif event.code == EVENT_JOB_MAX_INSTANCES:
            log("run.skipped", source=source, reason="the previous run of this source is still running "
                "or waiting for a free worker",
                next_run_at=next_run_at(event.job_id))
        elif event.code == EVENT_JOB_MISSED:
            log("run.missed", source=source, scheduled_at=event.scheduled_run_time)

    scheduler.add_listener(on_event, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED)


class _Signals:
    """Turn signals into queue items the main thread handles outside any scheduler lock."""

    def __init__(self, signums):
        self.queue: queue.SimpleQueue = queue.SimpleQueue()  # put() is reentrant: safe in a handler
        self.previous = {s: signal.signal(s, self._handler) for s in signums}

    def _handler(self, signum, frame):
        self.queue.put(signum)

    def get(self, timeout: float) -> int | None:
        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            return None

    def restore(self):
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)


def _interrupt_leftovers(options: Options, reason: str) -> list[int]:
    """Runs of children still registered after the wait (their job thread did not get to it)."""
    from storage.health import connect, interrupt_runs

    leftovers = jobs.launched_children()
    if not leftovers:
        return []
    db = connect(options.db_path)
    try:
        ids = []
        for pid, source_id, launched_at in leftovers:
            if not jobs.pid_alive(pid):
                ids += interrupt_runs(db, source_id, pid, launched_at, f"interrupted: {reason}")
        return ids
    finally:
        db.close()


def run_scheduler(options: Options) -> int:
    from storage import open_db
    from storage.health import connect
    from storage.runs import mark_interrupted

    route_library_logs()
    sources = load_sources(options.sources_path)  # an invalid registry fails fast, before anything starts
    instance = jobs.scheduler_lock(options.db_path)  # APScheduler 3 cannot share a job store between schedulers
    if instance is None:
        raise SchedulerBusy(f"vbwatch schedule: another scheduler is already running on {options.db_path}; "
                            "stop it first (SIGTERM), or use 'vbwatch schedule --once' beside it")
    db = open_db(options.db_path)
    try:
        stale = mark_interrupted(db)
    finally:
        db.close()
    log("scheduler.starting", db=options.db_path, sources_file=options.sources_path or "bundled",
        sources=len(sources), runs_marked_interrupted=stale, max_runtime=options.max_runtime)
    signals = _Signals((signal.SIGHUP, signal.SIGTERM, signal.SIGINT))
    scheduler = build_scheduler(options)
    _listener(scheduler)
    stopped_by = None
    try:
        scheduler.start(paused=True)  # reconcile the stored jobs with the registry before anything fires
        db = connect(options.db_path)  # from here on connections stay open in this process: never open_db again
        try:
            changes = sync_jobs(scheduler, sources, options, db)
        finally:
            db.close()
        scheduler.resume()
        log("scheduler.started", jobs=len(sources), **{k: v for k, v in changes.items() if k != "kept"})
        while stopped_by is None:
            signum = signals.get(timeout=1.0)
            if signum == signal.SIGHUP:
                try:
                    _reload(scheduler, options)
                except Exception as exc:  # a busy database, say: keep running with the jobs we have
                    log("registry.reload_failed", error=f"{type(exc).__name__}: {exc}")
            elif signum in (signal.SIGTERM, signal.SIGINT):
                stopped_by = signal.Signals(signum).name
    finally:
        log("scheduler.stopping", signal=stopped_by, running=[s for _, s, _ in jobs.launched_children()])
        jobs.STATE.stopping = True
        stop_scheduler(scheduler)
        pids = jobs.stop_children(grace=options.stop_grace, wait=options.stop_grace + 30)
        leftovers = _interrupt_leftovers(options, "scheduler stopped")
        signals.restore()
        log("scheduler.stopped", signal=stopped_by, children_terminated=pids, runs_interrupted_late=leftovers)
    return 0


def _reload(scheduler, options: Options) -> None:
    from crawler.sources import SourceError
    from storage.health import connect

    try:
        sources = load_sources(options.sources_path)
    except SourceError as exc:
        log("registry.invalid", error=str(exc), action="kept the current jobs")
        return
    db = connect(options.db_path)
    try:
        changes = sync_jobs(scheduler, sources, options, db)
    finally:
        db.close()
    log("registry.reloaded", sources=len(sources), **{k: v for k, v in changes.items() if k != "kept"})


# --------------------------------------------------------------------------- --once

def run_once(options: Options, run_all: bool = False) -> int:
    """Run every due source once (all with run_all), in parallel child processes, then exit.

    Exit status: 0 when every run went to its end without failing, 1 otherwise."""
    from storage import open_db
    from storage.runs import mark_interrupted

    sources = load_sources(options.sources_path)
    now = datetime.now(timezone.utc)
    db = open_db(options.db_path)
    try:
        stale = mark_interrupted(db)
        last = {s.id: last_finished_at(db, s.id) for s in sources}
    finally:
        db.close()
    due = [s for s in sources if run_all or is_due(s, last[s.id], now)]
    not_due = {s.id: next_due(s, last[s.id], now) for s in sources if s not in due}
    log("once.started", db=options.db_path, due=[s.id for s in due], not_due=sorted(not_due),
        runs_marked_interrupted=stale)
    for source_id, when in sorted(not_due.items()):
        log("run.not_due", source=source_id, last_finished_at=last[source_id], next_run_at=when)
    signals = _Signals((signal.SIGTERM, signal.SIGINT))
    results, stopped_by = [], None
    pool = _Pool(max_workers=max(1, options.workers), thread_name_prefix="vbwatch-once")
    try:
        futures = {pool.submit(jobs.run_source, s.id, options.sources_path, options.db_path, options.settings,
                               options.max_runtime, s.interval_seconds): s for s in due}
        pending = set(futures)
        while pending:
            signum = signals.get(timeout=0.2)
            if signum is not None and stopped_by is None:
                stopped_by = signal.Signals(signum).name
                log("once.stopping", signal=stopped_by)
                jobs.stop_children(grace=options.stop_grace, wait=0)
            for future in [f for f in pending if f.done()]:
                pending.discard(future)
                source = futures[future]
                try:
                    result = future.result()
                except Exception as exc:  # a bug or a locked database: say so, go on with the others
                    result = {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
                result.pop("source", None)
                results.append(result)
                if "skipped" in result:
                    log("run.skipped", source=source.id, reason=result["skipped"])
                    continue
                finished = parse_utc(result.get("finished_at")) or datetime.now(timezone.utc)
                log("run.finished", source=source.id, **result,
                    next_run_at=None if stopped_by else next_due(source, finished, finished))
    finally:
        pool.shutdown(wait=True)
        signals.restore()
    bad = [r for r in results if r.get("status") in ("failed", "interrupted", "error")]
    log("once.finished", ran=len([r for r in results if "skipped" not in r]), failed=len(bad), signal=stopped_by)
    return 1 if bad or stopped_by else 0


def resolve(path: str | None) -> str | None:
    return str(Path(path).resolve()) if path else None


def wait_seconds(text: str) -> float:
    """'90', '90s', '30m', '1h', '1d' → seconds."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    if text and text[-1] in units:
        return float(text[:-1]) * units[text[-1]]
    return float(text)


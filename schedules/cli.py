"""`vbwatch schedule` and `vbwatch status`, registered into crawler.cli."""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_MAX_RUNTIME = "1h"
_common = None  # crawler.cli's Common, kept by register(): its UsageError is the one main() catches


def _setting(text: str) -> str:
    name, sep, _ = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"-s expects NAME=VALUE, got {text!r}")
    return text


def _duration(text: str) -> float:
    from schedules.scheduler import wait_seconds

    try:
        seconds = wait_seconds(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration like 90s, 30m, 1h") from None
    if seconds <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be longer than 0s")
    return seconds


def register(commands, common) -> None:
    global _common
    _common = common
    schedule = commands.add_parser(
        "schedule", help="crawl each source at its interval, forever (or once with --once)",
        description="Run one job per source at its interval (or cron rule), each crawl in a child process. "
                    "Logs one JSON object per line on stderr. SIGHUP re-reads the registry; SIGTERM stops cleanly.",
    )
    common.add_sources(schedule)
    common.add_db(schedule)
    schedule.add_argument("-s", dest="settings", action="append", type=_setting, default=[], metavar="NAME=VALUE",
                          help="Scrapy setting passed to every crawl, as with 'vbwatch crawl -s'")
    schedule.add_argument("--max-runtime", type=_duration, default=_duration(DEFAULT_MAX_RUNTIME),
                          metavar="DURATION", help=f"kill a crawl that runs longer (default {DEFAULT_MAX_RUNTIME})")
    schedule.add_argument("--once", action="store_true",
                          help="run every due source once and exit (for cron or systemd timers)")
    schedule.add_argument("--all", action="store_true", help="with --once: run every source, due or not")
    schedule.add_argument("--workers", type=int, default=4, help="crawls running at the same time (default 4)")
    schedule.add_argument("--jitter", type=_duration, default=None, metavar="DURATION",
                          help="random spread of each run time (default: 10%% of the interval, at most 5m)")

    status = commands.add_parser("status", help="last run, next run and health of each source")
    common.add_sources(status)
    common.add_db(status)
    common.add_format(status)


def cmd_schedule(args) -> int:
    from schedules.scheduler import Options, SchedulerBusy, resolve, run_once, run_scheduler

    UsageError = _common.UsageError

    if args.all and not args.once:
        raise UsageError("vbwatch schedule: --all only applies with --once")
    if args.workers < 1:
        raise UsageError("vbwatch schedule: --workers must be at least 1")
    if args.sources and not Path(args.sources).is_file():
        raise UsageError(f"vbwatch schedule: --sources {args.sources}: file not found")
    options = Options(db_path=resolve(args.db), sources_path=resolve(args.sources), settings=list(args.settings),
                      max_runtime=args.max_runtime, workers=args.workers, jitter=args.jitter)
    if args.once:
        return run_once(options, run_all=args.all)
    try:
        return run_scheduler(options)
    except SchedulerBusy as exc:
        raise UsageError(str(exc)) from None


def cmd_status(args) -> int:
    from crawler.output import render
    from crawler.sources import load_sources
    from schedules.status import ALL_COLUMNS, COLUMNS, status_rows
    from storage import open_db

    db = open_db(args.db)
    try:
        if args.sources:
            rows = status_rows(db, load_sources(args.sources))
        else:  # the sources this database has crawled; the bundled registry when it has none yet
            bundled = load_sources(None)
            rows = status_rows(db, None, bundled) or status_rows(db, bundled)
    finally:
        db.close()
    print(render(rows, COLUMNS if args.format == "table" else ALL_COLUMNS, args.format))
    return 0


HANDLERS = {"schedule": cmd_schedule, "status": cmd_status}

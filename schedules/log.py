"""Structured logs for the scheduler: one JSON object per line on stderr.

Every line has `ts` (UTC, ISO 8601) and `event`; the rest depends on the event
(source, run_id, status, pages_new, directives_new, next_run_at, …), so a log
shipper or `jq` can follow what ran, what it found and when it runs next.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from datetime import datetime, timezone

_LOCK = threading.Lock()


def iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds")


def log(event: str, **fields) -> None:
    record = {"ts": datetime.now(timezone.utc).isoformat(timespec="milliseconds"), "event": event}
    record.update({k: (iso(v) if isinstance(v, datetime) else v) for k, v in fields.items()})
    line = json.dumps(record, ensure_ascii=False, default=str)
    with _LOCK:
        try:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()
        except (OSError, ValueError):  # stderr closed: logging must never break a run
            pass


class JsonHandler(logging.Handler):
    """Route library log records (APScheduler's errors) into the same JSON stream."""

    def emit(self, record: logging.LogRecord) -> None:
        fields = {"logger": record.name, "level": record.levelname.lower(), "message": record.getMessage()}
        if record.exc_info:
            fields["exception"] = logging.Formatter().formatException(record.exc_info).splitlines()[-1]
        log("log", **fields)


def route_library_logs(level: int = logging.ERROR) -> None:
    logger = logging.getLogger("apscheduler")
    logger.handlers[:] = [JsonHandler(level)]
    logger.setLevel(level)
    logger.propagate = False

"""Helpers for the scheduler tests: a running `vbwatch schedule` child with its JSON log, and a sources file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def write_sources(path: Path, text: str, ids: list[str] | None = None, interval: str | None = None) -> Path:
    """Write a registry from `text` (a sources YAML), keeping `ids` (in that order) and setting `interval`."""
    entries = yaml.safe_load(text)
    if ids is not None:
        by_id = {e["id"]: e for e in entries}
        entries = [by_id[i] for i in ids]
    if interval:
        for entry in entries:
            entry["interval"] = interval
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


class Scheduler:
    """`vbwatch schedule …` as a child process; its stderr JSON lines collected as they come."""

    def __init__(self, *args: str):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "schedule", *args], cwd=REPO, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        self.events: list[dict] = []
        self.raw: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.proc.stderr:
            with self._changed:
                self.raw.append(line.rstrip("\n"))
                try:
                    self.events.append(json.loads(line))
                except ValueError:
                    pass
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, predicate, timeout: float = 30, what: str = "log event") -> dict:
        """The first logged event matching `predicate` (already seen or still to come)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for event in self.events:
                    if predicate(event):
                        return event
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    tail = "\n".join(self.raw[-25:])
                    raise AssertionError(f"no {what} within {timeout}s; last log lines:\n{tail}")
                self._changed.wait(min(left, 0.5))

    def count(self, predicate) -> int:
        with self._changed:
            return sum(1 for e in self.events if predicate(e))

    def signal(self, signum: int):
        self.proc.send_signal(signum)

    def stop(self, timeout: float = 30) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=5)
        return code

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        self._reader.join(timeout=5)


def is_event(name: str, source: str | None = None, **fields):
    def predicate(event: dict) -> bool:
        if event.get("event") != name or (source and event.get("source") != source):
            return False
        return all(event.get(k) == v for k, v in fields.items())
    return predicate


def wait_until(condition, timeout: float, what: str, step: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")

"""One scheduled crawl: `vbwatch crawl SOURCE` in a child process, with a time limit.

Twisted's reactor cannot be restarted, so every crawl gets a fresh process. The
child runs in its own process group (so a timeout kills all of it) and, on
Linux, dies with the thread that started it (PR_SET_PDEATHSIG), so a scheduler
killed with SIGKILL leaves no orphan crawling on: its run stays `running` with
a dead pid and the next start marks it `interrupted`.

Two crawls of one source never overlap: APScheduler's max_instances=1 covers
one scheduler, and a per-source lock file covers the rest (a second scheduler,
`schedule --once` beside a running scheduler, a child that outlived its
scheduler): the lock is held on a descriptor the child inherits, so it stays
held exactly as long as the child lives. Runs still `running` under a live pid
(a plain `vbwatch crawl`) also count as busy.

`crawl_job` is what the persistent job store pickles: a module-level function
with plain arguments.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from schedules.log import log
from storage.runs import pid_alive

PROJECT_ROOT = Path(__file__).resolve().parents[1]
STDERR_TAIL = 8


@dataclass
class _Child:
    proc: subprocess.Popen
    source_id: str
    launched_at: str
    stop_reason: str | None = None   # set when we signal it: "time limit …" / "scheduler stopped"


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    children: dict[int, _Child] = field(default_factory=dict)
    stopping: bool = False
    active: int = 0                  # job calls in progress (a child may not be launched yet)
    idle: threading.Condition = None  # type: ignore[assignment]

    def __post_init__(self):
        self.idle = threading.Condition(self.lock)


STATE = _State()

try:
    _prctl = ctypes.CDLL(None, use_errno=True).prctl
except (OSError, AttributeError):  # not Linux: the lock file still guards against overlaps
    _prctl = None
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # runs in the child between fork and exec: no imports, no allocation
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def lock_path(db_path: str, source_id: str) -> Path:
    digest = hashlib.sha1(str(Path(db_path).resolve()).encode()).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / f"vbwatch-{os.getuid()}" / "locks" / digest
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / f"{source_id}.lock"


def _try_lock(path: Path) -> int | None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def scheduler_lock(db_path: str) -> int | None:
    """Held for the scheduler's lifetime (released by the kernel however it ends); None if taken."""
    fd = _try_lock(lock_path(db_path, "_scheduler"))
    if fd is not None:
        os.set_inheritable(fd, False)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
    return fd


def scheduler_pid(db_path: str) -> int | None:
    """The pid of the `vbwatch schedule` running on this database, if one is."""
    try:
        pid = int(lock_path(db_path, "_scheduler").read_text() or 0)
    except (OSError, ValueError):
        return None
    return pid if pid_alive(pid) and pid != os.getpid() else None


def crawl_command(source_id: str, sources_path: str | None, db_path: str, settings: list[str]) -> list[str]:
    command = [sys.executable, "-m", "crawler.cli", "crawl", source_id]
    if sources_path:
        command += ["--sources", sources_path]
    command += ["--db", db_path]
    for setting in settings:
        command += ["-s", setting]
    return command


def _child_env() -> dict:
    env = dict(os.environ)
    paths = [str(PROJECT_ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def _signal_group(proc: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(proc.pid, signum)
    except (ProcessLookupError, PermissionError):
        pass


def crawl_job(source_id: str, sources_path: str | None, db_path: str, settings: list[str],
              max_runtime: float, interval_seconds: int | None = None) -> dict:
    """The scheduled job: crawl one source in a child process; returns what happened (for the logs)."""
    return run_source(source_id, sources_path, db_path, list(settings), float(max_runtime), interval_seconds)


def run_source(source_id: str, sources_path: str | None, db_path: str, settings: list[str],
               max_runtime: float, interval_seconds: int | None = None) -> dict:
    from schedules.health import evaluate_health
    from storage import utc_now
    from storage.health import connect, interrupt_runs, running_runs, runs_of_process

    with STATE.lock:
        if STATE.stopping:
            return {"source": source_id, "skipped": "scheduler is stopping"}
        STATE.active += 1
    lock_fd, child = None, None
    try:
        lock_fd = _try_lock(lock_path(db_path, source_id))
        if lock_fd is None:
            return {"source": source_id, "skipped": "a crawl of this source is still running (lock held)"}
        db = connect(db_path)
        try:
            busy = [r for r in running_runs(db, source_id) if pid_alive(r["pid"])]
        finally:
            db.close()
        if busy:
            return {"source": source_id, "skipped": f"run #{busy[0]['id']} of this source is still running "
                                                    f"(pid {busy[0]['pid']})"}
        launched_at = utc_now()
        started = time.monotonic()
        with STATE.lock:
            if STATE.stopping:
                return {"source": source_id, "skipped": "scheduler is stopping"}
            proc = subprocess.Popen(
                crawl_command(source_id, sources_path, db_path, settings), cwd=str(PROJECT_ROOT), env=_child_env(),
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                start_new_session=True, pass_fds=(lock_fd,), preexec_fn=_die_with_parent,
            )
            child = _Child(proc, source_id, launched_at)
            STATE.children[proc.pid] = child
        log("run.started", source=source_id, pid=proc.pid, max_runtime=max_runtime)
        try:
            _, err = proc.communicate(timeout=max_runtime)
        except subprocess.TimeoutExpired:
            child.stop_reason = f"time limit of {max_runtime:g}s reached"
            _signal_group(proc, signal.SIGKILL)
            _, err = proc.communicate()
            log("run.timeout", source=source_id, pid=proc.pid, max_runtime=max_runtime)
        duration = round(time.monotonic() - started, 2)
        crashed = False
        db = connect(db_path)
        try:
            interrupted = []
            if child.stop_reason:
                interrupted = interrupt_runs(db, source_id, proc.pid, launched_at, f"interrupted: {child.stop_reason}")
            elif any(r["status"] == "running" for r in runs_of_process(db, source_id, proc.pid, launched_at)):
                # The crawl process is gone but never closed its run (it crashed): the run did not finish.
                crashed = True
                child.stop_reason = f"crawl process exited with code {proc.returncode} before finishing its run"
                interrupted = interrupt_runs(db, source_id, proc.pid, launched_at, f"interrupted: {child.stop_reason}")
            rows = runs_of_process(db, source_id, proc.pid, launched_at)
            try:
                health = evaluate_health(db, source_id, interval_seconds)
            except Exception as exc:  # the run is recorded; its health can wait for the next evaluation
                health = {"health": None, "reason": f"not evaluated: {type(exc).__name__}: {exc}"}
        finally:
            db.close()
        result = {"source": source_id, "pid": proc.pid, "exit_code": proc.returncode, "duration_s": duration}
        if rows:
            row = rows[-1]
            result.update({"run_id": row["id"], "status": row["status"], "started_at": row["started_at"],
                           "finished_at": row["finished_at"]})
            result.update({k: row[k] for k in ("pages_fetched", "pages_new", "pages_changed", "pages_unchanged",
                                               "directives_new", "errors")})
        else:
            result.update({"run_id": None, "status": "interrupted" if child.stop_reason else "error"})
        if child.stop_reason:
            result["interrupted"] = child.stop_reason
            result["interrupted_runs"] = interrupted
        if proc.returncode not in (0, 2) or not rows or crashed:
            tail = (err or b"").decode("utf-8", "replace").strip().splitlines()[-STDERR_TAIL:]
            result["stderr_tail"] = tail
        result.update({"health": health["health"], "health_reason": health["reason"]})
        if health.get("event"):
            log(health["event"], source=source_id, old=health["old"], new=health["health"], reason=health["reason"],
                run_id=health["run_id"], event_id=health["event_id"])
        return result
    finally:
        if lock_fd is not None:
            os.close(lock_fd)
        with STATE.lock:
            if child is not None:
                STATE.children.pop(child.proc.pid, None)
            STATE.active -= 1
            STATE.idle.notify_all()


def stop_children(grace: float = 5.0, wait: float = 30.0) -> list[int]:
    """Stop launching, terminate running children (SIGTERM, then SIGKILL after `grace`), and wait up to
    `wait` seconds for their job calls to record the runs as interrupted. Returns the pids signalled."""
    with STATE.lock:
        STATE.stopping = True
        children = list(STATE.children.values())
    for child in children:
        if child.proc.poll() is None:
            child.stop_reason = "scheduler stopped"
            _signal_group(child.proc, signal.SIGTERM)
    deadline = time.monotonic() + grace
    for child in children:
        try:
            child.proc.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            _signal_group(child.proc, signal.SIGKILL)
    with STATE.lock:
        STATE.idle.wait_for(lambda: STATE.active == 0, timeout=wait)
    return [c.proc.pid for c in children if c.stop_reason]


def launched_children() -> list[tuple[int, str, str]]:
    with STATE.lock:
        return [(pid, c.source_id, c.launched_at) for pid, c in STATE.children.items()]

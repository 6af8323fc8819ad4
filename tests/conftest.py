"""Shared fixtures: a real sample web on 127.0.0.1 and a way to run the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_REALWORLD = REPO.parent / "shared" / "realworld"
LOOPBACK = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
            "-s", "VBWATCH_RETRY_BACKOFF_BASE=0.1", "-s", "RETRY_TIMES=1"]


def run_cli(*args: str, timeout: float = 180, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `vbwatch` as a user would: a child process, text output."""
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args], cwd=REPO, capture_output=True, text=True,
        timeout=timeout, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )


def rows(db_path, sql: str, params=()) -> list[dict]:
    """Query a vbwatch database the way a data team would, closing it afterwards."""
    from storage import open_db

    db = open_db(db_path)
    try:
        return [dict(r) for r in db.query(sql, params)]
    finally:
        db.close()


@pytest.fixture
def sampleweb():
    from crawler.sampleweb import SampleWeb

    with SampleWeb() as web:
        yield web


@pytest.fixture
def sample_sources(sampleweb, tmp_path) -> Path:
    from crawler.sampleweb import sources_yaml

    path = tmp_path / "sources.yaml"
    path.write_text(sources_yaml(sampleweb.base_url), encoding="utf-8")
    return path

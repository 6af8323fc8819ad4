"""`vbwatch sources list|check` and `vbwatch sampleweb` through the real CLI."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import REPO, run_cli


def test_sources_list_bundled_and_custom(sample_sources):
    bundled = run_cli("sources", "list", "--format", "json")
    assert bundled.returncode == 0, bundled.stderr
    ids = [row["id"] for row in json.loads(bundled.stdout)]
    assert "longan-tinhuy-chidao" in ids and len(ids) >= 10
    custom = run_cli("sources", "list", "--sources", str(sample_sources))
    assert custom.returncode == 0 and "sample-longan" in custom.stdout


def test_sources_check_fetches_every_entry_url(sample_sources, tmp_path):
    ok = run_cli("sources", "check", "--sources", str(sample_sources), "--format", "json")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    results = json.loads(ok.stdout)
    assert results and all(r["status"] == 200 for r in results)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    dead = tmp_path / "dead.yaml"
    dead.write_text(f"- id: dead\n  name: Dead\n  kind: news\n  start_urls: ['http://127.0.0.1:{port}/']\n")
    bad = run_cli("sources", "check", "--sources", str(dead), "--format", "json", "--timeout", "3")
    assert bad.returncode == 1
    assert json.loads(bad.stdout)[0]["detail"].startswith("unreachable")
    only_validate = run_cli("sources", "check", "--sources", str(dead), "--no-fetch")
    assert only_validate.returncode == 0 and "1 sources valid" in only_validate.stderr


def test_sampleweb_command_serves_until_stopped():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "crawler.cli", "sampleweb", "--port", str(port)], cwd=REPO,
                              env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline, "sampleweb did not come up"
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_admin/state", timeout=5) as response:
            assert "longan" in response.read().decode()
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_read_commands_refuse_a_missing_database(tmp_path):
    missing = tmp_path / "typo.db"
    for command in (["directives"], ["tree", "43-NQ/TW"], ["gaps"], ["search", "x"], ["status"]):
        result = run_cli(*command, "--db", str(missing))
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.strip().splitlines() == [f"vbwatch: no database at {missing}; run 'vbwatch crawl "
                                                      f"--db {missing}' first or fix --db"]
    assert not missing.exists()


def test_mistyped_setting_is_one_line_before_any_request(sample_sources, sampleweb, tmp_path):
    sampleweb.state.stats(reset=True)
    result = run_cli("crawl", "sample-travinh", "--sources", str(sample_sources), "--db", str(tmp_path / "v.db"),
                     "-s", "DOWNLOAD_DELAY=abc")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "vbwatch: -s DOWNLOAD_DELAY=abc: DOWNLOAD_DELAY takes a float (now 1.0)"]
    assert sampleweb.state.stats()["requests"] == 0
    malformed = run_cli("crawl", "--sources", str(sample_sources), "-s", "NOEQUALS")
    assert malformed.returncode == 2 and "NAME=VALUE" in malformed.stderr

"""End to end through the real CLI against the sample web on 127.0.0.1."""

from __future__ import annotations

import json
from datetime import datetime, time, timezone

import pytest

from conftest import LOOPBACK, rows as _rows, run_cli
from pipelines.urls import canonical_url
from storage import open_db

CHROME = ["Màu chữ", "Cỡ chữ", "Các tin khác", "lượt xem", "Đang truy cập", "Bạn Chưa Đăng Nhập", "{{",
          "Tìm kiếm theo ngày", "Trang đầu", "Trang cuối", "0233.3852.446"]
ALWAYS = ["-s", "VBWATCH_REFETCH=always"]
DATE_ONLY = {"travinh", "tayninh"}  # these families show a date without a time: local midnight


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One sample web and one first crawl shared by the module's read-only checks."""
    from crawler.sampleweb import SampleWeb, sources_yaml

    tmp = tmp_path_factory.mktemp("e2e")
    with SampleWeb() as web:
        sources = tmp / "sources.yaml"
        sources.write_text(sources_yaml(web.base_url), encoding="utf-8")
        db_path = tmp / "v.db"
        first = run_cli("crawl", "--sources", str(sources), "--db", str(db_path), "--format", "json", *LOOPBACK)
        yield web, sources, db_path, first


def test_first_crawl_succeeds_for_every_source(crawled):
    web, _, _, first = crawled
    assert first.returncode == 0, first.stderr
    runs = json.loads(first.stdout)
    assert {r["source_id"] for r in runs} == {f"sample-{f}" for f in ("longan", "binhdinh", "travinh", "tayninh", "lawnet")}
    assert all(r["status"] == "ok" and r["errors"] == 0 for r in runs), runs
    assert all(r["pages_new"] > 0 for r in runs)


def test_every_published_article_is_stored_with_title_date_author_and_clean_text(crawled):
    web, _, db_path, _ = crawled
    stored = {r["url"]: r for r in _rows(db_path, "SELECT * FROM articles")}
    expected = [e for family in ("longan", "binhdinh", "travinh", "tayninh", "lawnet")
                for e in web.state.published(family)]
    assert len(expected) >= 40
    assert len(stored) == len(expected), "one row per article, however its URL was spelled"
    for entry in expected:
        row = stored[canonical_url(web.state.url_for(entry, web.base_url))]
        assert row["title"] == entry.title
        if entry.family in DATE_ONLY:
            shown = datetime.combine(entry.published.date(), time(0), tzinfo=entry.published.tzinfo)
        else:
            shown = entry.published
        if entry.family != "lawnet":
            assert row["published_at"] == shown.astimezone(timezone.utc).isoformat(), entry.key
        if entry.author:
            assert row["author"] and entry.author.split(" - ")[0] in row["author"], entry.key
        for chrome in CHROME:
            assert chrome not in row["text"], (entry.key, chrome)
        assert row["version"] == 1 and len(row["text"]) > 200


def test_raw_snapshots_and_run_rows_are_recorded(crawled):
    _, _, db_path, _ = crawled
    assert _rows(db_path, "SELECT COUNT(*) AS n FROM snapshots")[0]["n"] == \
        _rows(db_path, "SELECT COUNT(*) AS n FROM articles")[0]["n"]
    runs = _rows(db_path, "SELECT * FROM crawl_runs")
    assert all(r["finished_at"] and r["pages_fetched"] > 0 for r in runs)


def test_recrawl_without_changes_adds_nothing_then_edits_make_versions(crawled, tmp_path):
    web, sources, db_path, _ = crawled
    # work on a copy so the module's other checks keep the first-crawl state
    db_copy = tmp_path / "copy.db"
    source_db = open_db(db_path)
    source_db.execute(f"VACUUM INTO '{db_copy}'")
    source_db.close()
    counts = lambda: {t: _rows(db_copy, f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]
                      for t in ("articles", "article_versions", "events", "directives", "mentions")}
    before = counts()
    again = run_cli("crawl", "--sources", str(sources), "--db", str(db_copy), "--format", "json", *LOOPBACK, *ALWAYS)
    assert again.returncode == 0, again.stderr
    assert counts() == before
    assert all(r["pages_new"] == 0 and r["pages_changed"] == 0 for r in json.loads(again.stdout))

    entry = web.state.published("binhdinh")[0]
    url = web.state.url_for(entry, web.base_url)
    web.state.edit(url, part="sidebar")
    side = run_cli("crawl", "sample-binhdinh", "--sources", str(sources), "--db", str(db_copy), *LOOPBACK, *ALWAYS)
    assert side.returncode == 0, side.stderr
    assert counts() == before, "a sidebar edit is not an article change"

    web.state.edit(url, part="body")
    body = run_cli("crawl", "sample-binhdinh", "--sources", str(sources), "--db", str(db_copy), *LOOPBACK, *ALWAYS)
    assert body.returncode == 0, body.stderr
    key = canonical_url(url)
    row = _rows(db_copy, "SELECT version FROM articles WHERE url = ?", [key])[0]
    assert row["version"] == 2
    assert [v["version"] for v in _rows(db_copy, "SELECT version FROM article_versions WHERE url = ? ORDER BY version", [key])] == [1, 2]
    changed = _rows(db_copy, "SELECT payload FROM events WHERE kind = 'article.changed' AND subject = ?", [key])
    assert len(changed) == 1 and "+" in json.loads(changed[0]["payload"])["diff"]


def test_cli_errors_are_one_line_exit_2(crawled, tmp_path):
    _, sources, db_path, _ = crawled
    unknown = run_cli("crawl", "no-such-source", "--sources", str(sources), "--db", str(db_path))
    broken = tmp_path / "broken.yaml"
    broken.write_text("- id: x\n  name: [oops\n", encoding="utf-8")
    bad_yaml = run_cli("crawl", "--sources", str(broken), "--db", str(db_path))
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello\n")
    bad_db = run_cli("crawl", "--sources", str(sources), "--db", str(not_db))
    for result, needle in ((unknown, "unknown source id no-such-source"), (bad_yaml, "is not valid YAML"),
                           (bad_db, "is not a SQLite database")):
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and needle in lines[0], result.stderr
    assert not_db.read_text() == "hello\n"


def test_unreachable_host_fails_the_source_in_one_line(tmp_path):
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sources = tmp_path / "s.yaml"
    sources.write_text(f"- id: dead\n  name: Dead\n  kind: party\n  province: long-an\n"
                       f"  start_urls: ['http://127.0.0.1:{port}/tin-tuc']\n", encoding="utf-8")
    result = run_cli("crawl", "--sources", str(sources), "--db", str(tmp_path / "v.db"), *LOOPBACK,
                     "-s", "RETRY_TIMES=0")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "source dead failed entirely" in lines[0], result.stderr


def test_bare_listing_and_a_garbage_page_on_a_plain_server(tmp_path, httpserver):
    """A listing of bare links is not a block page; a page of garbage bytes stores nothing and is named."""
    good = "<html><head><title>Bài tốt</title></head><body><article><h1>Bài tốt</h1><p>" + \
        "Ban Thường vụ Tỉnh ủy triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp. " * 8 + \
        "</p></article></body></html>"
    listing = ('<html><body><a href="/tin-tuc/bai-viet-tot-ve-chi-thi-35-101.html">1</a>'
               '<a href="/tin-tuc/bai-viet-hong-ve-chi-thi-35-102.html">2</a></body></html>')
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/tin-tuc").respond_with_data(listing, content_type="text/html; charset=utf-8")
    httpserver.expect_request("/tin-tuc/bai-viet-tot-ve-chi-thi-35-101.html").respond_with_data(
        good, content_type="text/html; charset=utf-8")
    httpserver.expect_request("/tin-tuc/bai-viet-hong-ve-chi-thi-35-102.html").respond_with_data(
        b"\xff\xfe\x00\x00" * 50, content_type="text/html; charset=utf-32")
    sources = tmp_path / "s.yaml"
    sources.write_text(f"- id: plain\n  name: Plain\n  kind: party\n  province: tra-vinh\n"
                       f"  start_urls: ['{httpserver.url_for('/tin-tuc')}']\n", encoding="utf-8")
    db_path = tmp_path / "v.db"
    result = run_cli("crawl", "--sources", str(sources), "--db", str(db_path), "--format", "json", *LOOPBACK)
    run = json.loads(result.stdout)[0]
    assert (run["status"], run["pages_new"], run["errors"]) == ("partial", 1, 1), result.stdout
    assert result.returncode == 0, "a partial run is not a failed source"
    detail = _rows(db_path, "SELECT error_detail FROM crawl_runs")[0]["error_detail"]
    assert detail == f"blocked (empty) {httpserver.url_for('/tin-tuc/bai-viet-hong-ve-chi-thi-35-102.html')}"
    assert [r["title"] for r in _rows(db_path, "SELECT title FROM articles")] == ["Bài tốt"]
    assert _rows(db_path, "SELECT number_text FROM directives")[0]["number_text"] == "35-CT/TW"


def test_progress_line_on_a_terminal(crawled, tmp_path):
    """On a terminal, stderr carries a live progress line; piped, it stays silent (checked above)."""
    import os
    import pty
    import subprocess
    import sys

    from conftest import REPO

    _, sources, _, _ = crawled
    leader, follower = pty.openpty()
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "sample-travinh", "--sources", str(sources),
         "--db", str(tmp_path / "tty.db"), *LOOPBACK],
        cwd=REPO, stdout=subprocess.PIPE, stderr=follower, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert result.returncode == 0
    assert "sample-travinh:" in shown.decode() and "pages stored" in shown.decode()

"""A JavaScript-rendered listing, end to end: the real `vbwatch crawl` CLI with Debian's chromium
(through scrapy-playwright) against the sample web's vbplrender family, compared with a plain
crawl of its static twin vbpl.

vbplrender's listing HTML holds only the table header and a script that fetches the rows
from a JSON endpoint; its documents (same numbers, dates and attributes as vbpl's) are plain
HTML pages.  Skipped, with the reason, when chromium or scrapy-playwright is missing.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

from conftest import LOOPBACK, rows as _rows, run_cli

CHROMIUM = Path("/usr/bin/chromium")
FIELDS = ("number_text", "doc_type_name", "issuing_body", "signer", "issued_on", "effective_on", "status",
          "gazette_number", "gazette_date", "fields", "scope", "year")


def _require_browser() -> None:
    if not CHROMIUM.exists():
        pytest.skip("chromium not installed: apt-get install chromium")
    if importlib.util.find_spec("scrapy_playwright") is None:
        pytest.skip("scrapy-playwright not installed: pip install scrapy-playwright")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """vbplrender crawled with render: true and vbpl crawled plainly, into two databases."""
    _require_browser()
    from crawler.sampleweb import SampleWeb, source_entries

    tmp = tmp_path_factory.mktemp("render")
    with SampleWeb() as web:
        entries = {e["id"]: e for e in source_entries(web.base_url, ["vbpl", "vbplrender"])}
        assert entries["sample-vbplrender"]["render"] is True
        sources = tmp / "sources.yaml"
        sources.write_text(yaml.safe_dump(list(entries.values()), allow_unicode=True), encoding="utf-8")
        dbs = {"vbplrender": tmp / "render.db", "vbpl": tmp / "plain.db"}
        runs = {fam: run_cli("crawl", f"sample-{fam}", "--sources", str(sources), "--db", str(db),
                             "--format", "json", *LOOPBACK)
                for fam, db in dbs.items()}
        yield web, sources, entries, dbs, runs, tmp


def _documents(db_path) -> dict[str, dict]:
    """number → the facts of every directive a stored page publishes."""
    rows = _rows(db_path, "SELECT DISTINCT d.* FROM mentions m JOIN directives d ON d.key = m.directive_key "
                          "WHERE m.relation = 'publishes'")
    return {r["number_text"]: {k: r[k] for k in FIELDS} for r in rows}


def test_rendered_listing_finds_the_same_documents_as_the_static_twin(rendered):
    web, _, _, dbs, runs, _ = rendered
    for fam, result in runs.items():
        assert result.returncode == 0, (fam, result.stderr)
        run = json.loads(result.stdout)[0]
        assert run["status"] == "ok" and run["errors"] == 0, run
        assert run["pages_new"] == len(web.state.published(fam)) == 11, run
    render_docs, plain_docs = _documents(dbs["vbplrender"]), _documents(dbs["vbpl"])
    assert len(render_docs) == 10  # eleven pages; the Constitution ("Không số") has no number to key on
    assert render_docs == plain_docs
    expected = {e.item["meta"]["number"] for e in web.state.published("vbpl")} - {"Không số"}
    assert set(render_docs) == expected
    titles = lambda db: sorted(r["title"] for r in _rows(db, "SELECT title FROM articles"))  # noqa: E731
    assert titles(dbs["vbplrender"]) == titles(dbs["vbpl"])
    # the rendered source fetched its listing shells through the browser, and the browser the JSON rows
    served = web.state.stats()["by_path"]
    assert served.get("/vbplrender/api/van-ban?page=1") and served.get("/vbplrender/api/van-ban?page=3")
    urls = {r["url"] for r in _rows(dbs["vbplrender"], "SELECT url FROM articles")}
    assert all("/vbplrender/van-ban/chi-tiet/" in u for u in urls)


def test_static_crawl_of_the_rendered_listing_finds_nothing(rendered):
    web, _, entries, _, _, tmp = rendered
    static = dict(entries["sample-vbplrender"], id="static-vbplrender", render=False)
    sources = tmp / "static.yaml"
    sources.write_text(yaml.safe_dump([static], allow_unicode=True), encoding="utf-8")
    db = tmp / "static.db"
    result = run_cli("crawl", "--sources", str(sources), "--db", str(db), "--format", "json", *LOOPBACK)
    assert result.returncode == 0, result.stderr
    run = json.loads(result.stdout)[0]
    assert run["pages_fetched"] == 1 and run["pages_new"] == 0, run   # the shell and nothing else
    assert _rows(db, "SELECT COUNT(*) AS n FROM articles")[0]["n"] == 0
    assert _rows(db, "SELECT COUNT(*) AS n FROM directives")[0]["n"] == 0


def test_rendered_recrawl_sees_a_new_document(rendered):
    """The listing shell keeps its ETag when rows change: the re-crawl must still render the rows."""
    web, sources, _, dbs, _, _ = rendered
    try:
        new = web.state.publish("vbplrender")
        result = run_cli("crawl", "sample-vbplrender", "--sources", str(sources), "--db", str(dbs["vbplrender"]),
                         "--format", "json", *LOOPBACK)
        assert result.returncode == 0, result.stderr
        run = json.loads(result.stdout)[0]
        assert run["status"] == "ok" and run["pages_new"] == 1, run
        assert "64/2025/QH15" in _documents(dbs["vbplrender"])
        stored = _rows(dbs["vbplrender"], "SELECT url FROM articles WHERE url LIKE ?", [f"%--{new['path'].rsplit('--', 1)[1]}"])
        assert len(stored) == 1
        replaced = _rows(dbs["vbplrender"], "SELECT status, superseded_by FROM directives WHERE number_text = '80/2015/QH13'")[0]
        assert replaced["status"] == "Hết hiệu lực" and replaced["superseded_by"].startswith("vn/64/2025/QH15")
    finally:
        web.state.reset()

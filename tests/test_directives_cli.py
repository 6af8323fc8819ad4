"""Directive intelligence end to end: crawl the sample web, then the CLI a user would run."""

from __future__ import annotations

import json

import pytest

from conftest import LOOPBACK, run_cli
from storage import open_db


@pytest.fixture(scope="module")
def crawled_db(tmp_path_factory):
    from crawler.sampleweb import SampleWeb, sources_yaml

    tmp = tmp_path_factory.mktemp("directives")
    with SampleWeb() as web:
        sources = tmp / "sources.yaml"
        sources.write_text(sources_yaml(web.base_url), encoding="utf-8")
        db_path = tmp / "v.db"
        result = run_cli("crawl", "--sources", str(sources), "--db", str(db_path), *LOOPBACK)
        assert result.returncode == 0, result.stderr
        yield db_path


def _directive(db_path, number, scope):
    db = open_db(db_path)
    try:
        rows = list(db.query("SELECT * FROM directives WHERE number_text = ? AND scope = ?", [number, scope]))
    finally:
        db.close()
    assert len(rows) == 1, f"{number} in {scope}: {rows}"
    return rows[0]


def test_seed_chain_is_in_the_registry_with_scope_year_and_province(crawled_db):
    nq43 = _directive(crawled_db, "43-NQ/TW", "vn")
    assert (nq43["year"], nq43["issued_on"], nq43["doc_type"], nq43["issuer_code"]) == (2023, "2023-11-24", "NQ", "TW")
    ctr226 = _directive(crawled_db, "226-CTr/TU", "hau-giang")
    assert ctr226["issued_on"] == "2024-01-12" and ctr226["province_current"] == "can-tho"
    kh100 = _directive(crawled_db, "100/KH-UBND", "hau-giang")
    assert (kh100["issued_on"], kh100["facts_from"], kh100["signer"]) == ("2024-05-02", "publishes", "Trương Cảnh Tuyên")
    ctr53 = _directive(crawled_db, "53-CTr/TU", "long-an")
    assert (ctr53["year"], ctr53["province_current"]) == (2024, "tay-ninh")


def test_tree_shows_the_implementation_chain_across_provinces(crawled_db):
    result = run_cli("tree", "43-NQ/TW", "--db", str(crawled_db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("43-NQ/TW (vn, 2023-11-24)")
    text = result.stdout
    assert "── 226-CTr/TU (hau-giang, 2024-01-12)" in text
    lines_100 = [line for line in lines if "100/KH-UBND" in line]
    assert len(lines_100) == 1 and lines_100[0].index("100/KH-UBND") == 8, "100/KH-UBND hangs under 226-CTr/TU"
    assert "── 53-CTr/TU (long-an, 2024-03-25)" in text
    damaged = run_cli("tree", "43 -NQ/TW", "--db", str(crawled_db))
    assert damaged.stdout == result.stdout, "the number is canonicalised before lookup"


def test_sidebar_banner_citation_creates_no_mention(crawled_db):
    db = open_db(crawled_db)
    try:
        assert db.execute("SELECT COUNT(*) FROM directives WHERE number_text = '05-CT/TW'").fetchone()[0] == 0
        new_events = db.execute("SELECT subject, COUNT(*) FROM events WHERE kind = 'directive.new' "
                                "GROUP BY subject HAVING COUNT(*) > 1").fetchall()
        assert new_events == [], "one directive.new per directive"
        directives = db.execute("SELECT COUNT(*) FROM directives").fetchone()[0]
        announced = db.execute("SELECT COUNT(DISTINCT subject) FROM events WHERE kind = 'directive.new'").fetchone()[0]
        assert directives == announced and directives >= 50
        orphans = db.execute("SELECT COUNT(*) FROM mentions m LEFT JOIN directives d ON d.key = m.directive_key "
                             "WHERE d.key IS NULL").fetchone()[0]
        assert orphans == 0
    finally:
        db.close()


def test_directives_filters_and_formats(crawled_db):
    result = run_cli("directives", "--db", str(crawled_db), "--type", "NQ,CT", "--issuer", "TW",
                     "--since", "2023-01-01", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and all(r["doc_type"] in ("NQ", "CT") and r["issuer_code"] == "TW" for r in rows)
    assert all((r["issued_on"] or r["first_seen_at"][:10]) >= "2023-01-01" for r in rows)
    assert "43-NQ/TW" in {r["number_text"] for r in rows}
    hau_giang = json.loads(run_cli("directives", "--db", str(crawled_db), "--province", "can-tho",
                                   "--format", "json").stdout)
    assert {"100/KH-UBND", "226-CTr/TU"} <= {r["number_text"] for r in hau_giang}, "merged unit finds old province"
    csv_out = run_cli("directives", "--db", str(crawled_db), "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("key,number_text")
    bad = run_cli("directives", "--db", str(crawled_db), "--since", "last week")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and "YYYY-MM-DD" in bad.stderr


def test_gaps_lists_holes_in_a_series(crawled_db):
    result = run_cli("gaps", "--db", str(crawled_db), "--issuer", "TU", "--province", "long-an", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and all(r["scope"] == "long-an" and r["issuer_code"] == "TU" for r in rows)
    for row in rows:
        assert row["known"] + row["missing_count"] == row["highest"] - row["lowest"] + 1


def test_refs_reads_stdin_and_files(tmp_path):
    text = ("Theo Chương trình số 226-CTR/TU ngày 12/01/2024 của Tỉnh ủy, "
            "UBND tỉnh ban hành kế hoạch; số điện thoại 0233.3852.446; 15/15 huyện đã triển khai.")
    result = subprocess_run_refs(text, "--province", "hau-giang")
    records = json.loads(result.stdout)
    assert [r["number_text"] for r in records] == ["226-CTr/TU"]
    assert list(records[0])[0] == "number_text"
    assert (records[0]["scope"], records[0]["issued_on"], records[0]["year"]) == ("hau-giang", "2024-01-12", 2024)
    path = tmp_path / "page.txt"
    path.write_text("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.", encoding="utf-8")
    table = run_cli("refs", str(path), "--format", "table")
    assert table.returncode == 0 and "30/2020/NĐ-CP" in table.stdout
    missing = run_cli("refs", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "not found" in missing.stderr


def subprocess_run_refs(text: str, *args: str):
    import os
    import subprocess
    import sys

    from conftest import REPO

    result = subprocess.run([sys.executable, "-m", "crawler.cli", "refs", "-", *args], input=text, text=True,
                            capture_output=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert result.returncode == 0, result.stderr
    return result

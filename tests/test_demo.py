"""`vbwatch demo`, the command behind `make demo`, end to end."""

from conftest import run_cli
from storage import open_db


def test_demo_crawls_publishes_and_shows_only_what_is_new(tmp_path):
    db_path = tmp_path / "demo.db"
    result = run_cli("demo", "--db", str(db_path), timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Sample web serving at http://127.0.0.1:" in out
    assert "articles stored" in out and "directives found" in out
    assert "43-NQ/TW (vn, 2023-11-24)" in out and "226-CTr/TU (hau-giang" in out
    alerts = out.split("alerts raised by the re-crawl")[1]
    assert "article.new" in alerts and "directive.new" in alerts
    db = open_db(db_path)
    try:
        runs = [dict(zip(("status", "pages_new"), row))
                for row in db.execute("SELECT status, pages_new FROM crawl_runs ORDER BY id").fetchall()]
        assert all(run["status"] == "ok" for run in runs)
        first, second = runs[: len(runs) // 2], runs[len(runs) // 2:]
        assert sum(r["pages_new"] for r in first) >= 40
        assert sum(r["pages_new"] for r in second) == 2, "the re-crawl stores just the two published articles"
        assert db.execute("SELECT COUNT(*) FROM events WHERE kind = 'article.new'").fetchone()[0] == \
            db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    finally:
        db.close()

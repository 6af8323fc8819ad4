import pytest

from storage import StorageError, open_db
from storage.articles import mark_removed, record_article
from storage.directives import record_directive, resolve_key
from storage.events import events_since
from storage.schema import SCHEMA_VERSION

NOW = "2024-05-02T03:00:00+00:00"


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "v.db")
    yield database
    database.close()


def _article(db, text="Đoạn một.\n\nĐoạn hai.", title="Tiêu đề", **kw):
    with db.atomic():
        return record_article(db, url="http://p.test/a-1", source_id="s", title=title, text=text,
                              published_at="2024-03-27T10:40:22+00:00", author="An Bang",
                              fetched_url="http://p.test/a-1;jsessionid=1", fetched_at=NOW,
                              raw_body=b"<html>raw</html>", **kw)


def test_schema_version_recorded_and_reopen_is_idempotent(tmp_path):
    path = tmp_path / "v.db"
    open_db(path).close()
    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"articles", "directives", "mentions", "relations", "events", "crawl_runs"} <= set(db.table_names())


def test_a_file_that_is_not_sqlite_is_refused_in_one_line(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n")
    with pytest.raises(StorageError) as info:
        open_db(path)
    assert "is not a SQLite database" in str(info.value) and "\n" not in str(info.value)
    assert path.read_text().startswith("these are my notes"), "the user's file must be left untouched"
    with pytest.raises(StorageError, match="does not exist"):
        open_db(tmp_path / "missing-folder" / "v.db")


def test_article_versions_only_on_real_change(db):
    assert _article(db).status == "new"
    assert _article(db, text="Đoạn   một.\nĐoạn hai.").status == "unchanged", "whitespace is not a change"
    changed = _article(db, text="Đoạn một.\n\nĐoạn hai đã sửa.")
    assert (changed.status, changed.version) == ("changed", 2)
    assert db["articles"].count == 1 and db["article_versions"].count == 2 and db["snapshots"].count == 2
    kinds = [(e["kind"], e["subject"]) for e in events_since(db)]
    assert kinds == [("article.new", "http://p.test/a-1"), ("article.changed", "http://p.test/a-1")]
    diff = events_since(db)[1]["payload"]["diff"]
    assert "-Đoạn hai." in diff and "+Đoạn hai đã sửa." in diff


def test_removed_article_emits_once(db):
    _article(db)
    with db.atomic():
        assert mark_removed(db, "http://p.test/a-1", NOW, 404)
        assert not mark_removed(db, "http://p.test/a-1", NOW, 404)
    assert [e["kind"] for e in events_since(db)].count("article.removed") == 1


def _ref(number, scope, year=None, **facts):
    return {"number_text": number, "scope": scope, "year": year, **facts}


def test_cited_without_date_then_with_date_is_one_directive(db):
    with db.atomic():
        first, new1 = record_directive(db, _ref("43-NQ/TW", "vn"), source_url="u1", publishes=False, now=NOW)
        second, new2 = record_directive(db, _ref("43-NQ/TW", "vn", 2023, issued_on="2023-11-24"),
                                        source_url="u2", publishes=False, now=NOW)
        third = resolve_key(db, "vn", "43-NQ/TW", None)
    assert new1 and not new2
    assert db["directives"].count == 1 and second == third
    assert db["directives"].get(second)["issued_on"] == "2023-11-24"


def test_same_number_in_two_provinces_is_two_directives(db):
    with db.atomic():
        record_directive(db, _ref("226-CTr/TU", "hau-giang", 2024), source_url="u", publishes=False, now=NOW)
        record_directive(db, _ref("226-CTr/TU", "long-an", 2024), source_url="u", publishes=False, now=NOW)
        record_directive(db, _ref("18-NQ/TW", "vn", 2017), source_url="u", publishes=False, now=NOW)
        record_directive(db, _ref("18-NQ/TW", "vn", 2022), source_url="u", publishes=False, now=NOW)
    assert db["directives"].count == 4


def test_publishing_page_wins_over_citations_and_status_changes_are_events(db):
    with db.atomic():
        key, _ = record_directive(db, _ref("100/KH-UBND", "hau-giang", 2024, subject="đoán từ trích dẫn"),
                                  source_url="cite", publishes=False, now=NOW)
        record_directive(db, _ref("100/KH-UBND", "hau-giang", 2024, subject="về đại đoàn kết", status="Còn hiệu lực"),
                         source_url="doc", publishes=True, now=NOW)
        record_directive(db, _ref("100/KH-UBND", "hau-giang", 2024, subject="trích dẫn sau"),
                         source_url="cite2", publishes=False, now=NOW)
        record_directive(db, _ref("100/KH-UBND", "hau-giang", 2024, status="Hết hiệu lực"),
                         source_url="doc", publishes=True, now=NOW)
    row = db["directives"].get(key)
    assert (row["subject"], row["facts_from"], row["source_url"]) == ("về đại đoàn kết", "publishes", "doc")
    assert row["status"] == "Hết hiệu lực"
    changes = [e for e in events_since(db) if e["kind"] == "document.status_changed"]
    assert len(changes) == 1
    assert changes[0]["payload"]["changes"]["status"] == {"old": "Còn hiệu lực", "new": "Hết hiệu lực"}
    assert [e["kind"] for e in events_since(db)].count("directive.new") == 1


def test_concurrent_writers_wait_instead_of_failing(tmp_path):
    """Two processes migrating and writing one new database at once: no 'locked', no 'already exists'."""
    import subprocess
    import sys

    from conftest import REPO

    script = (
        "import sys; from storage import open_db; from storage.runs import start_run, bump\n"
        "db = open_db(sys.argv[1])\n"
        "for i in range(40):\n"
        "    run = start_run(db, 'src')\n"
        "    with db.atomic():\n"
        "        db.execute('SELECT COUNT(*) FROM crawl_runs').fetchone()\n"
        "        bump(db, run, pages_new=1)\n"
    )
    path = tmp_path / "shared.db"
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path)], cwd=REPO, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    db = open_db(path)
    assert db.execute("SELECT COUNT(*), SUM(pages_new) FROM crawl_runs").fetchone() == (120, 120)


def test_opening_keeps_other_connections_locks(tmp_path):
    """Re-opening the file in-process must not break a connection that is already open (POSIX lock loss)."""
    path = tmp_path / "v.db"
    first = open_db(path)
    with first.atomic():
        first["sources"].insert({"id": "a", "name": "A"})
    second = open_db(path)
    with second.atomic():
        second["sources"].insert({"id": "b", "name": "B"})
    assert first.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 2
    assert first.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_replacement_waits_until_the_new_document_is_in_force(db):
    from storage.directives import apply_supersessions, record_relation

    with db.atomic():
        old, _ = record_directive(db, _ref("45/2013/QH13", "vn", 2013, status="Còn hiệu lực"),
                                  source_url="old", publishes=True, now=NOW)
        new, _ = record_directive(db, _ref("31/2024/QH15", "vn", 2024, status="Chưa có hiệu lực",
                                           effective_on="2025-01-01"), source_url="new", publishes=True, now=NOW)
        record_relation(db, new, old, "replaces", "new", NOW)
    assert db["directives"].get(old)["status"] == "Còn hiệu lực", "not before the new law takes effect"
    with db.atomic():
        assert apply_supersessions(db, "2024-12-31") == 0
        assert apply_supersessions(db, "2025-01-01") == 1
        assert apply_supersessions(db, "2025-01-02") == 0
    row = db["directives"].get(old)
    assert (row["status"], row["superseded_by"]) == ("Hết hiệu lực", new)
    changes = [e for e in events_since(db) if e["kind"] == "document.status_changed" and e["subject"] == old]
    assert len(changes) == 1 and changes[0]["payload"]["inferred_from"] == {"key": new, "relation": "replaces"}


def test_replacement_applies_when_the_new_document_is_reported_in_force(db):
    from storage.directives import record_relation

    with db.atomic():
        old, _ = record_directive(db, _ref("80/2015/QH13", "vn", 2015, status="Còn hiệu lực"),
                                  source_url="old", publishes=True, now=NOW)
        new, _ = record_directive(db, _ref("64/2025/QH15", "vn", 2025, status="Chưa có hiệu lực"),
                                  source_url="new", publishes=True, now=NOW)
        record_relation(db, new, old, "replaces", "new", NOW)
        assert db["directives"].get(old)["superseded_by"] is None
        record_directive(db, _ref("64/2025/QH15", "vn", 2025, status="Còn hiệu lực"),
                         source_url="new", publishes=True, now=NOW)
    assert db["directives"].get(old)["superseded_by"] == new

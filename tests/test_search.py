"""Diacritic-insensitive search, through storage and through `vbwatch search`."""

import json

import pytest

from conftest import run_cli
from storage import open_db
from storage.articles import record_article
from storage.directives import record_directive
from storage.schema import SCHEMA_VERSION
from storage.search import match_expression, search, snippet

NOW = "2024-05-02T03:00:00+00:00"


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "v.db"
    db = open_db(path)
    with db.atomic():
        record_article(db, url="http://p.test/a-1", source_id="la", title="Phát huy khối đại đoàn kết toàn dân tộc",
                       text="Tỉnh ủy ban hành Chương trình số 53-CTr/TU để cụ thể hóa Nghị quyết số 43-NQ/TW.\n"
                            "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo việc giám sát.",
                       published_at=NOW, author=None, fetched_url="http://p.test/a-1", fetched_at=NOW)
        record_article(db, url="http://p.test/a-2", source_id="la", title="Phòng, chống tội phạm",
                       text="Công an tỉnh đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc.",
                       published_at=NOW, author=None, fetched_url="http://p.test/a-2", fetched_at=NOW)
        record_directive(db, {"number_text": "43-NQ/TW", "scope": "vn", "year": 2023, "doc_type_name": "Nghị quyết",
                              "subject": "tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc"},
                         source_url="http://p.test/a-1", publishes=False, now=NOW)
    db.close()
    return path


def test_words_without_accents_find_accented_text(db_path):
    db = open_db(db_path)
    hits = search(db, "dai doan ket")
    assert {h["ref"] for h in hits} == {"http://p.test/a-1", "vn/43-NQ/TW/2023"}
    assert search(db, "ĐẠI ĐOÀN KẾT") == hits, "case and accents do not matter"
    assert [h["ref"] for h in search(db, "dang doan hoi dong", kind="article")] == ["http://p.test/a-1"]
    assert search(db, "khong co tu nay") == []


def test_document_numbers_match_as_phrases(db_path):
    db = open_db(db_path)
    assert [h["ref"] for h in search(db, "43-NQ/TW", kind="directive")] == ["vn/43-NQ/TW/2023"]
    assert [h["ref"] for h in search(db, "53-ctr/tu")] == ["http://p.test/a-1"]
    assert match_expression('43-NQ/TW "x') == '"43-nq/tw" AND "x"'


def test_snippet_is_the_original_sentence():
    text = "Câu đầu không liên quan. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo việc giám sát."
    assert snippet(text, "hoi dong") == "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo việc giám sát."


def test_index_follows_edits_and_rekeys(db_path):
    db = open_db(db_path)
    with db.atomic():
        record_article(db, url="http://p.test/a-2", source_id="la", title="Phòng, chống tội phạm",
                       text="Nội dung mới về chuyển đổi số trong cơ quan Đảng.", published_at=NOW, author=None,
                       fetched_url="http://p.test/a-2", fetched_at=NOW)
        record_directive(db, {"number_text": "21-KH/TW", "scope": "vn", "year": None}, source_url="u",
                         publishes=False, now=NOW)
        record_directive(db, {"number_text": "21-KH/TW", "scope": "vn", "year": 2024}, source_url="u",
                         publishes=False, now=NOW)
    assert [h["ref"] for h in search(db, "chuyen doi so")] == ["http://p.test/a-2"]
    assert search(db, "an ninh to quoc") == [], "the old text left the index"
    assert [h["ref"] for h in search(db, "21-KH/TW")] == ["vn/21-KH/TW/2024"]


def test_search_cli(db_path):
    result = run_cli("search", "doan ket", "--db", str(db_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    article = next(r for r in rows if r["kind"] == "article")
    assert article["title"] == "Phát huy khối đại đoàn kết toàn dân tộc"
    bad = run_cli("search", "x", "--db", str(db_path), "--limit", "0")
    assert bad.returncode == 2 and "--limit" in bad.stderr


def test_migration_indexes_existing_rows(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    db = open_db(path)
    with db.atomic():
        record_article(db, url="http://p.test/old", source_id="s", title="Bài cũ về Nghị quyết",
                       text="Văn bản đã lưu trước khi có tìm kiếm.", published_at=NOW, author=None,
                       fetched_url="http://p.test/old", fetched_at=NOW)
    db.close()
    conn = sqlite3.connect(path)  # simulate a database from before the search migration
    conn.execute("DROP TABLE search_index")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [h["ref"] for h in search(db, "bai cu")] == ["http://p.test/old"]

"""Law and gazette portals end to end: the real `vbwatch crawl` CLI against the sample web's
lawnet, vbpl (legacy SharePoint look) and congbao (RSS feed + PDF) families on 127.0.0.1.

One first crawl of the three sources is shared by the read-only checks; every check that
changes the sample web or the database works on a copy of the database (and of its
archive folder) and resets the sample web afterwards.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import LOOPBACK, rows as _rows, run_cli
from pipelines.urls import canonical_url
from storage import open_db

FAMILIES = ("lawnet", "vbpl", "congbao")
SOURCES = [f"sample-{f}" for f in FAMILIES]
# a blocked family answers 503 with Retry-After: 120; the backoff cap keeps the retry short
FAST = [*LOOPBACK, "-s", "VBWATCH_RETRY_BACKOFF_MAX=0.2"]
ALWAYS = ["-s", "VBWATCH_REFETCH=always"]
DEEP = ["-s", "VBWATCH_DEEP_SWEEP_DAYS=0"]   # every known document is asked for directly
DOC_FIELDS = ("number_text", "doc_type_name", "issuing_body", "signer", "issued_on", "effective_on", "status",
              "gazette_number", "gazette_date", "fields")


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def law(tmp_path_factory):
    """The sample web, a sources file for its three law families and one first crawl."""
    from crawler.sampleweb import SampleWeb, sources_yaml

    tmp = tmp_path_factory.mktemp("lawportals")
    with SampleWeb() as web:
        sources = tmp / "sources.yaml"
        sources.write_text(sources_yaml(web.base_url, FAMILIES), encoding="utf-8")
        db_path = tmp / "law.db"
        first = run_cli("crawl", "--sources", str(sources), "--db", str(db_path), "--format", "json", *FAST)
        first_stats = web.state.stats(reset=True)
        yield web, sources, db_path, first, first_stats


@pytest.fixture
def work(law, tmp_path):
    """A private copy of the first-crawl database and its archive folder; the sample web is reset after."""
    web, sources, db_path, _, _ = law
    copy = tmp_path / "work.db"
    db = open_db(db_path)
    db.execute(f"VACUUM INTO '{copy}'")
    db.close()
    archive = db_path.with_name(db_path.stem + "-archive")
    if archive.exists():
        shutil.copytree(archive, tmp_path / "work-archive")
    web.state.stats(reset=True)
    try:
        yield web, sources, copy
    finally:
        web.state.reset()


def _crawl(sources, db_path, *args):
    result = run_cli("crawl", *args, "--sources", str(sources), "--db", str(db_path), "--format", "json", *FAST)
    return result


def _url(web, entry) -> str:
    return canonical_url(web.state.url_for(entry, web.base_url))


def _directive(db_path, number: str) -> dict:
    rows = _rows(db_path, "SELECT * FROM directives WHERE number_text = ?", [number])
    assert len(rows) == 1, (number, rows)
    return rows[0]


def _events_after(db_path, last_id: int, kind: str | None = None) -> list[dict]:
    sql = "SELECT * FROM events WHERE id > ?" + (" AND kind = ?" if kind else "") + " ORDER BY id"
    out = _rows(db_path, sql, [last_id, kind] if kind else [last_id])
    for e in out:
        e["payload"] = json.loads(e["payload"]) if e["payload"] else None
    return out


def _last_event(db_path) -> int:
    return _rows(db_path, "SELECT COALESCE(MAX(id), 0) AS n FROM events")[0]["n"]


def _published(web):
    return [(f, e) for f in FAMILIES for e in web.state.published(f)]


def _expected_documents(web) -> dict[str, dict]:
    """number → the attribute values the portals show, merged; a conflict between portals is a bug
    of the sample web itself."""
    from crawler.sampleweb.snapshot import document_fields

    merged: dict[str, dict] = {}
    for _, entry in _published(web):
        shown = document_fields(web.state, entry)
        number = shown["number_text"]
        if number is None:
            continue
        into = merged.setdefault(number, {k: None for k in DOC_FIELDS})
        for k in DOC_FIELDS:
            if shown[k] is not None:
                assert into[k] in (None, shown[k]), (number, k, into[k], shown[k])
                into[k] = shown[k]
    return merged


def _fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def _admin(web, action: str, **params) -> dict:
    """The sample web's admin endpoint, over HTTP like an operator would use it."""
    from urllib.parse import urlencode

    req = urllib.request.Request(f"{web.base_url}/_admin/{action}?{urlencode(params)}", method="POST")
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read())


def _attachment_urls(web) -> dict[str, tuple]:
    """Every attachment URL the three families link to → (family, entry)."""
    out = {}
    for fam, entry in _published(web):
        site = web.state.sites[fam]
        if fam == "congbao":
            out[web.base_url + site.pdf_path(entry)] = (fam, entry)
        elif fam == "vbpl" and entry.item.get("pdf"):
            out[web.base_url + site.file_path(entry)] = (fam, entry)
    return out


# --------------------------------------------------------------------------- first crawl
def test_first_crawl_stores_every_document_page(law):
    web, _, db_path, first, _ = law
    assert first.returncode == 0, first.stderr
    runs = {r["source_id"]: r for r in json.loads(first.stdout)}
    assert set(runs) == set(SOURCES)
    for fam in FAMILIES:
        run = runs[f"sample-{fam}"]
        assert run["status"] == "ok" and run["errors"] == 0, run
        assert run["pages_new"] == len(web.state.published(fam)), fam
    stored = {r["url"]: r for r in _rows(db_path, "SELECT url, source_id, title, text FROM articles")}
    pages = _published(web)
    assert len(pages) >= 20 and len(stored) == len(pages)
    for fam, entry in pages:
        row = stored[_url(web, entry)]
        assert row["source_id"] == f"sample-{fam}" and row["title"] == entry.title, entry.key
        for chrome in ("0233.3852.446", "Chỉ thị 05-CT/TW", "Tải file đính kèm", "Văn bản liên quan", "{{"):
            assert chrome not in row["text"], (fam, entry.key, chrome)
    # the congbao source has no start URL: everything came from the RSS feed
    congbao = [r for r in stored.values() if r["source_id"] == "sample-congbao"]
    assert len(congbao) == len(web.state.published("congbao"))


def test_every_document_page_is_exactly_one_directive_with_full_metadata(law):
    web, _, db_path, _, _ = law
    expected = _expected_documents(web)
    assert len(expected) >= 20
    for fam, entry in _published(web):
        url = _url(web, entry)
        own = _rows(db_path, "SELECT d.* FROM mentions m JOIN directives d ON d.key = m.directive_key "
                             "WHERE m.article_url = ? AND m.relation = 'publishes'", [url])
        number = entry.item["meta"]["number"]
        if number == "Không số":
            # the Constitution has no number: the page is stored, but there is nothing to key a directive on
            assert own == [], entry.key
            text = _rows(db_path, "SELECT text FROM articles WHERE url = ?", [url])[0]["text"]
            assert "HIẾN PHÁP" in text and "Nguyễn Sinh Hùng" in text
            continue
        assert len(own) == 1, (fam, entry.key, own)
        row = own[0]
        want = expected[row["number_text"]]
        got = {k: row[k] for k in DOC_FIELDS}
        if row["superseded_by"]:
            # replaced by a newer document we hold: marked before the portal catches up
            want = {**want, "status": "Hết hiệu lực"}
        assert got == want, (fam, entry.key)
        if fam != "lawnet":
            assert row["scope"] == "vn" and row["year"] == int(entry.item["meta"]["issued"][:4]), entry.key
        assert row["facts_from"] == "publishes"
    # one directive per document: the published directives are exactly the numbered documents
    published = {r["number_text"] for r in _rows(
        db_path, "SELECT DISTINCT d.number_text FROM mentions m JOIN directives d ON d.key = m.directive_key "
                 "WHERE m.relation = 'publishes'")}
    assert published == set(expected)
    # spot checks of values the pages spell in different ways
    bl = _directive(db_path, "101/2015/QH13")
    assert (bl["gazette_number"], bl["gazette_date"], bl["effective_on"]) == ("1271 đến 1276", "2015-12-31", "2018-01-01")
    assert _directive(db_path, "78/2021/TT-BTC")["issuing_body"] == "Bộ Tài chính"
    assert _directive(db_path, "06/QĐ-TTg")["key"] == "vn/06/QĐ-TTg/2022"


def test_same_document_on_two_portals_is_one_directive_with_mentions_from_both(law):
    web, _, db_path, _, _ = law
    for number, fams in (("30/2020/NĐ-CP", ("lawnet", "congbao")), ("123/2020/NĐ-CP", ("vbpl", "congbao"))):
        row = _directive(db_path, number)
        urls = {_url(web, e) for f in fams for e in web.state.published(f) if e.item["meta"]["number"] == number}
        assert len(urls) == 2
        mentions = _rows(db_path, "SELECT article_url FROM mentions WHERE directive_key = ? AND relation = 'publishes'",
                         [row["key"]])
        assert {m["article_url"] for m in mentions} == urls, number
        assert row["source_url"] in urls
    # facts merged from both: the status from lawnet / vbpl, the gazette fields from congbao
    nd30 = _directive(db_path, "30/2020/NĐ-CP")
    assert (nd30["status"], nd30["gazette_number"], nd30["gazette_date"]) == ("Còn hiệu lực", "425 + 426", "2020-03-12")
    nd123 = _directive(db_path, "123/2020/NĐ-CP")
    assert (nd123["status"], nd123["gazette_number"]) == ("Còn hiệu lực", "1027 + 1028")


def test_relations_between_documents_across_portals(law):
    web, _, db_path, _, _ = law
    key = {r["number_text"]: r["key"] for r in _rows(db_path, "SELECT number_text, key FROM directives")}
    relations = {(r["from_key"], r["to_key"], r["relation"]) for r in _rows(db_path, "SELECT * FROM relations")}
    for src, dst, rel in (("70/2025/NĐ-CP", "123/2020/NĐ-CP", "amends"),      # congbao → vbpl + congbao
                          ("78/2021/TT-BTC", "123/2020/NĐ-CP", "implements"),  # vbpl → vbpl + congbao
                          ("43/2024/QH15", "31/2024/QH15", "amends"),          # congbao → vbpl
                          ("63/2020/QH14", "80/2015/QH13", "amends"),
                          ("34/2016/NĐ-CP", "80/2015/QH13", "implements"),
                          ("154/2020/NĐ-CP", "34/2016/NĐ-CP", "amends"),
                          ("43/2014/NĐ-CP", "45/2013/QH13", "implements"),
                          ("30/2020/NĐ-CP", "110/2004/NĐ-CP", "replaces")):   # lawnet + congbao → lawnet
        assert (key[src], key[dst], rel) in relations, (src, rel, dst)
    old = _directive(db_path, "110/2004/NĐ-CP")
    assert old["status"] == "Hết hiệu lực" and old["superseded_by"] == key["30/2020/NĐ-CP"]


# --------------------------------------------------------------------------- attachments
def test_attachments_are_stored_once_with_fixity_and_text(law):
    web, _, db_path, _, _ = law
    archive = db_path.with_name(db_path.stem + "-archive")
    rows = {r["url"]: r for r in _rows(db_path, "SELECT * FROM attachments")}
    linked = _attachment_urls(web)
    assert set(rows) == set(linked) and len(linked) >= 7
    for url, (fam, entry) in linked.items():
        row = rows[url]
        status, headers, body = _fetch(url)
        assert status == 200 and headers["Content-Type"] == "application/pdf" and body.startswith(b"%PDF-")
        assert row["error"] is None and row["media_type"] == "application/pdf", url
        assert row["sha256"] == hashlib.sha256(body).hexdigest() and row["size"] == len(body), url
        stored = archive / row["path"]
        assert stored.is_file() and stored.read_bytes() == body, url
        assert row["etag"] == headers["ETag"] and row["last_modified"] == headers["Last-Modified"]
        text = " ".join((row["text"] or "").split())
        meta = entry.item["meta"]
        assert meta["number"] in text and " ".join(entry.item["doc_title"]) in text, url
        assert entry.item["signer_name"] in text
        page = _url(web, entry)
        assert row["article_url"] == page
        assert row["directive_key"] == _directive(db_path, meta["number"])["key"]
    # the same PDF on two portals: two rows, one file in the content-addressed archive
    shared = [r for r in rows.values() if "123" in r["url"]]
    assert len(shared) == 2 and len({r["sha256"] for r in shared}) == 1 and len({r["path"] for r in shared}) == 1
    files = [p for p in archive.rglob("*") if p.is_file()]
    assert len(files) == len({r["sha256"] for r in rows.values()}) == len(rows) - 1


def test_attachments_are_not_downloaded_again(law, work):
    web, sources, db_path = work
    pdf_paths = {url.removeprefix(web.base_url) for url in _attachment_urls(web)}
    before = {r["url"]: r for r in _rows(db_path, "SELECT * FROM attachments")}

    again = _crawl(sources, db_path, "sample-vbpl", "sample-congbao", *ALWAYS)
    assert again.returncode == 0, again.stderr
    stats = web.state.stats(reset=True)
    fetched = {k for k in stats["by_path_status"] if k.split(" ", 1)[1] in pdf_paths}
    assert not fetched, f"unchanged documents must not fetch their files again: {fetched}"

    # a changed gazette page is parsed again: its PDF is asked for conditionally and answers 304
    entry = web.state.get("congbao", "nd-13-2023-nd-cp")
    web.state.edit(web.state.url_for(entry), part="body")
    edited = _crawl(sources, db_path, "sample-congbao", *ALWAYS)
    assert edited.returncode == 0, edited.stderr
    pdf = web.state.sites["congbao"].pdf_path(entry)
    stats = web.state.stats(reset=True)
    assert stats["by_path_status"].get(f"304 {pdf}") == 1 and f"200 {pdf}" not in stats["by_path_status"], stats
    after = {r["url"]: r for r in _rows(db_path, "SELECT * FROM attachments")}
    url = web.base_url + pdf
    assert after[url]["sha256"] == before[url]["sha256"] and after[url]["fetched_at"] == before[url]["fetched_at"]
    assert after[url]["checked_at"] >= before[url]["checked_at"]
    changed = _rows(db_path, "SELECT version FROM articles WHERE url = ?", [_url(web, entry)])
    assert changed[0]["version"] == 2


# --------------------------------------------------------------------------- state changes
def test_status_flip_emits_exactly_one_status_change(work):
    web, sources, db_path = work
    land = web.state.get("vbpl", "luat-31-2024-qh15")                  # Luật Đất đai 2024: brought forward
    flipped = _admin(web, "status", url=web.state.url_for(land), value="Còn hiệu lực", effective="2024-08-01")
    assert (flipped["status"], flipped["effective"]) == ("Còn hiệu lực", "2024-08-01")
    data = web.state.get("congbao", "nd-13-2023-nd-cp")                 # gazette: effective date only
    _admin(web, "status", url=web.state.url_for(data), effective="2023-07-15")
    mark = _last_event(db_path)

    first = _crawl(sources, db_path, "sample-vbpl", "sample-congbao", *ALWAYS)
    assert first.returncode == 0, first.stderr
    events = _events_after(db_path, mark)
    changes = [e for e in events if e["kind"] == "document.status_changed"]
    by_subject = {e["subject"]: e["payload"]["changes"] for e in changes}
    land_key = _directive(db_path, "31/2024/QH15")["key"]
    data_key = _directive(db_path, "13/2023/NĐ-CP")["key"]
    assert len(changes) == 2 and set(by_subject) == {land_key, data_key}, changes
    assert by_subject[land_key] == {"status": {"old": "Chưa có hiệu lực", "new": "Còn hiệu lực"},
                                    "effective_on": {"old": "2025-01-01", "new": "2024-08-01"}}
    assert by_subject[data_key] == {"effective_on": {"old": "2023-07-01", "new": "2023-07-15"}}
    assert not [e for e in events if e["kind"] in ("directive.new", "article.new")]
    row = _directive(db_path, "31/2024/QH15")
    assert (row["status"], row["effective_on"]) == ("Còn hiệu lực", "2024-08-01")

    mark = _last_event(db_path)
    second = _crawl(sources, db_path, "sample-vbpl", "sample-congbao", *ALWAYS)
    assert second.returncode == 0, second.stderr
    assert _events_after(db_path, mark, "document.status_changed") == []


def test_new_documents_that_replace_mark_the_older_ones(work):
    web, sources, db_path = work
    law = _admin(web, "publish", family="vbpl")        # Luật 64/2025/QH15 replaces 80/2015/QH13 and 63/2020/QH14
    decree = _admin(web, "publish", family="congbao")  # Nghị định 102/2024/NĐ-CP replaces 43/2014/NĐ-CP (on vbpl)
    assert decree["published_at"].startswith("2024-08-05")
    assert "64/2025/QH15" in web.state.get("vbpl", law["key"]).item["meta"]["number"]
    mark = _last_event(db_path)

    result = _crawl(sources, db_path, "sample-vbpl", "sample-congbao")
    assert result.returncode == 0, result.stderr
    runs = {r["source_id"]: r for r in json.loads(result.stdout)}
    assert runs["sample-vbpl"]["pages_new"] == 1 and runs["sample-congbao"]["pages_new"] == 1
    new_law, new_decree = _directive(db_path, "64/2025/QH15"), _directive(db_path, "102/2024/NĐ-CP")
    assert (new_law["signer"], new_law["issued_on"], new_law["effective_on"]) == ("Trần Thanh Mẫn", "2025-02-19", "2025-04-01")
    assert new_decree["gazette_number"] == "917 + 918" and new_decree["signer"] == "Trần Hồng Hà"
    for old_number, by in (("80/2015/QH13", new_law), ("63/2020/QH14", new_law), ("43/2014/NĐ-CP", new_decree)):
        old = _directive(db_path, old_number)
        assert old["status"] == "Hết hiệu lực" and old["superseded_by"] == by["key"], old_number
    events = _events_after(db_path, mark)
    inferred = {e["subject"]: e["payload"] for e in events if e["kind"] == "document.status_changed"}
    assert inferred[_directive(db_path, "43/2014/NĐ-CP")["key"]]["changes"]["status"] == \
        {"old": "Còn hiệu lực", "new": "Hết hiệu lực"}
    assert inferred[_directive(db_path, "80/2015/QH13")["key"]]["inferred_from"] == \
        {"key": new_law["key"], "relation": "replaces"}
    assert {e["subject"] for e in events if e["kind"] == "directive.new"} >= {new_law["key"], new_decree["key"]}

    # vbpl still shows the old law as "Còn hiệu lực": a re-crawl must not revive it
    mark = _last_event(db_path)
    again = _crawl(sources, db_path, "sample-vbpl", *ALWAYS)
    assert again.returncode == 0, again.stderr
    assert _directive(db_path, "80/2015/QH13")["status"] == "Hết hiệu lực"
    assert _events_after(db_path, mark, "document.status_changed") == []


# --------------------------------------------------------------------------- blocks
def _state_tables(db_path) -> dict:
    return {t: _rows(db_path, f"SELECT * FROM {t} ORDER BY 1, 2")
            for t in ("articles", "directives", "mentions", "relations", "events", "attachments", "snapshots")}


@pytest.mark.parametrize("family,mode,deep,status,needle", [
    ("vbpl", "503", True, "partial", "HTTP 503"),
    ("vbpl", "403", True, "partial", "HTTP 403"),
    ("vbpl", "antibot", True, "partial", "blocked (antibot)"),
    ("congbao", "antibot", False, "partial", "blocked (antibot)"),
    ("congbao", "503", False, "failed", "HTTP 503"),
])
def test_blocked_responses_leave_stored_documents_untouched(work, family, mode, deep, status, needle):
    web, sources, db_path = work
    before = _state_tables(db_path)
    assert _admin(web, "block", family=family, mode=mode) == {"family": family, "block": mode}
    result = _crawl(sources, db_path, f"sample-{family}", *ALWAYS, *(DEEP if deep else ()))
    if status == "failed":
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert needle in result.stderr
    else:
        assert result.returncode == 0, result.stderr
    run = _rows(db_path, "SELECT * FROM crawl_runs WHERE source_id = ? ORDER BY id DESC LIMIT 1", [f"sample-{family}"])[0]
    assert run["status"] == status and run["errors"] >= 1, run
    assert needle in run["error_detail"], run["error_detail"]
    if deep:   # every document was asked for, and every answer was refused
        docs = [_url(web, e) for e in web.state.published(family)]
        assert run["errors"] >= len(docs)
        assert all(url in run["error_detail"] for url in docs)
    assert _state_tables(db_path) == before, "a block page must not touch what is stored"
    served = web.state.stats()["by_path_status"]
    assert served and all(k.split(" ")[0] == ("200" if mode == "antibot" else mode) for k in served
                          if k.split(" ", 1)[1].startswith(f"/{family}/"))

    # unblocked, the next crawl is clean again and still changes nothing
    _admin(web, "block", family=family, mode="off")
    clean = _crawl(sources, db_path, f"sample-{family}", *ALWAYS)
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout)[0]["status"] == "ok"
    assert _rows(db_path, "SELECT COUNT(*) AS n FROM events")[0]["n"] == len(before["events"])


def test_sample_web_serves_the_pdfs_with_validators(law):
    web, _, _, _, _ = law
    url = next(iter(_attachment_urls(web)))
    status, headers, body = _fetch(url)
    assert status == 200 and int(headers["Content-Length"]) == len(body)
    assert _fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
    assert _fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert Path(urllib.request.urlparse(url).path).suffix == ".pdf"

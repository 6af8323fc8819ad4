"""Incremental crawling against the sample web: validators, early stop, removals, backdated posts."""

from __future__ import annotations

import json

import pytest

from conftest import LOOPBACK, run_cli
from pipelines.urls import canonical_url
from storage import open_db

ALWAYS = ["-s", "VBWATCH_REFETCH=always", "-s", "VBWATCH_DEEP_SWEEP_DAYS=999"]


def _crawl(sources, db, *extra, ids=()):
    result = run_cli("crawl", *ids, "--sources", str(sources), "--db", str(db), "--format", "json", *LOOPBACK, *extra)
    assert result.returncode == 0, result.stderr
    return {run["source_id"]: run for run in json.loads(result.stdout)}


def _count(db_path, sql, params=()):
    db = open_db(db_path)
    try:
        return db.execute(sql, params).fetchone()[0]
    finally:
        db.close()


@pytest.fixture
def first_crawl(sampleweb, sample_sources, tmp_path):
    db = tmp_path / "v.db"
    _crawl(sample_sources, db)
    sampleweb.state.stats(reset=True)
    return db


def test_unchanged_recrawl_downloads_no_article_body(sampleweb, sample_sources, first_crawl):
    runs = _crawl(sample_sources, first_crawl, *ALWAYS)
    stats = sampleweb.state.stats(reset=True)
    answered = [key.split(" ", 1) for key in stats["by_path_status"]]
    full_bodies = [path for status, path in answered
                   if status == "200" and path != "/robots.txt" and not path.startswith("/tayninh/")]
    # Every family but tayninh sends validators: there, every page comes back 304.
    assert full_bodies == [], full_bodies
    assert stats["status_304"] >= 40
    assert all(run["pages_new"] == 0 and run["pages_changed"] == 0 for run in runs.values())
    assert runs["sample-tayninh"]["pages_unchanged"] > 0, "without validators, hashing decides"
    assert runs["sample-longan"]["pages_not_modified"] > 0


def test_listing_stops_after_known_items_and_a_new_post_is_still_found(sampleweb, sample_sources, first_crawl):
    first_requests = _count(first_crawl, "SELECT SUM(pages_fetched) FROM crawl_runs WHERE source_id = 'sample-longan'")
    published = sampleweb.state.publish("longan")
    runs = _crawl(sample_sources, first_crawl, "-s", "VBWATCH_DEEP_SWEEP_DAYS=999", ids=("sample-longan",))
    assert runs["sample-longan"]["pages_new"] == 1
    assert runs["sample-longan"]["pages_fetched"] < first_requests / 3, "an incremental run is a few requests"
    assert _count(first_crawl, "SELECT COUNT(*) FROM articles WHERE url = ?", [canonical_url(published["url"])]) == 1


def test_removed_article_emits_article_removed_once(sampleweb, sample_sources, first_crawl):
    entry = sampleweb.state.published("binhdinh")[0]
    url = sampleweb.state.url_for(entry, sampleweb.base_url)
    sampleweb.state.remove(url)
    # the listing no longer links it; the weekly deep sweep re-checks every known article
    _crawl(sample_sources, first_crawl, "-s", "VBWATCH_DEEP_SWEEP_DAYS=0", "-s", "VBWATCH_REFETCH=always",
           ids=("sample-binhdinh",))
    _crawl(sample_sources, first_crawl, "-s", "VBWATCH_DEEP_SWEEP_DAYS=0", "-s", "VBWATCH_REFETCH=always",
           ids=("sample-binhdinh",))
    removed = _count(first_crawl, "SELECT COUNT(*) FROM events WHERE kind = 'article.removed' AND subject = ?",
                     [canonical_url(url)])
    assert removed == 1
    assert _count(first_crawl, "SELECT COUNT(*) FROM articles WHERE url = ? AND removed_at IS NOT NULL",
                  [canonical_url(url)]) == 1


def test_backdated_post_below_the_top_is_caught_by_the_rescan_window(sampleweb, sample_sources, first_crawl):
    sampleweb.state.publish("longan")                # a fresh post at the top of the listing
    backdated = sampleweb.state.publish("longan")    # dated May 2024: it lands below known items
    titles = [entry.title for entry in sampleweb.state.published("longan")]
    assert titles.index(backdated["title"]) >= 2, "the backdated post is not at the top"
    runs = _crawl(sample_sources, first_crawl, "-s", "VBWATCH_DEEP_SWEEP_DAYS=999", ids=("sample-longan",))
    assert runs["sample-longan"]["pages_new"] == 2
    assert _count(first_crawl, "SELECT COUNT(*) FROM articles WHERE url = ?", [canonical_url(backdated["url"])]) == 1

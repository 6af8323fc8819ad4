"""`vbwatch demo`: the whole product against the bundled offline sample web.

Crawl every sample source into a fresh database, show what was stored, publish
a new article on the sample web, re-crawl, and show only what is new.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from crawler.cli_directives import print_tree
from crawler.output import render
from crawler.sampleweb import SampleWeb, sources_yaml
from storage import open_db
from storage.events import events_since
from storage.queries import DIRECTIVE_COLUMNS, last_event_id, list_articles, list_directives

# Loopback needs no politeness; the real registry keeps the polite defaults.
LOOPBACK_SETTINGS = ["DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=0", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
                     "VBWATCH_RETRY_BACKOFF_BASE=0.2"]
PUBLISH_FAMILIES = ("longan", "lawnet")


def _crawl(sources_file: Path, db_path: Path) -> int:
    command = [sys.executable, "-m", "crawler.cli", "crawl", "--sources", str(sources_file), "--db", str(db_path)]
    for setting in LOOPBACK_SETTINGS:
        command += ["-s", setting]
    return subprocess.run(command, check=False).returncode


def _heading(text: str) -> None:
    print(f"\n== {text} ==")


def _summarise_event(event: dict) -> str:
    payload = event["payload"]
    detail = payload.get("number_text") or payload.get("title") or ""
    for field, change in (payload.get("changes") or {}).items():
        detail += f"{field}: {change['old']} → {change['new']}"
        if payload.get("inferred_from"):
            detail += f" ({payload['inferred_from']['relation']} by {payload['inferred_from']['key']})"
    if event["kind"] == "directive.new" and payload.get("subject"):
        detail += f" — {payload['subject'][:70]}"
    return detail


def run_demo(db_path: str | None = None) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="vbwatch-demo-"))
    db_file = Path(db_path) if db_path else workdir / "vbwatch.db"
    with SampleWeb() as web:
        sources_file = workdir / "sources.yaml"
        sources_file.write_text(sources_yaml(web.base_url), encoding="utf-8")
        print(f"Sample web serving at {web.base_url}; database: {db_file}")

        _heading("First crawl of every sample source")
        if _crawl(sources_file, db_file) not in (0,):
            print("vbwatch demo: the first crawl failed; see the messages above", file=sys.stderr)
            return 1
        db = open_db(db_file)
        articles = list_articles(db)
        _heading(f"{len(articles)} articles stored")
        print(render(articles, ["source_id", "published_at", "author", "title"]))
        directives = list_directives(db)
        _heading(f"{len(directives)} directives found")
        print(render(directives, DIRECTIVE_COLUMNS[:-1]))
        _heading("Implementation chain: vbwatch tree 43-NQ/TW")
        print_tree(db, "43-NQ/TW")
        mark = last_event_id(db)
        db.close()

        _heading("Publishing new articles on the sample web")
        for family in PUBLISH_FAMILIES:
            published = web.state.publish(family)
            print(f"  {family}: {published['title']}")

        _heading("Re-crawl")
        if _crawl(sources_file, db_file) != 0:
            print("vbwatch demo: the re-crawl failed; see the messages above", file=sys.stderr)
            return 1
        db = open_db(db_file)
        fresh = events_since(db, mark)
        _heading(f"{len(fresh)} alerts raised by the re-crawl (only what is new)")
        print(render([{**e, "detail": _summarise_event(e)} for e in fresh], ["id", "kind", "subject", "detail"]))
        db.close()
    return 0

"""Directive commands: refs, directives, tree, gaps."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from crawler.errors import UsageError
from crawler.output import render
from pipelines.directives import analyse_text, canonical_number
from pipelines.gaps import find_gaps
from storage import open_db
from storage import queries
from storage.search import search as search_index

REF_FIELDS = ["number_text", "doc_type", "doc_type_name", "issuer_code", "system", "scope", "province",
              "province_current", "year", "issued_on", "subject", "relation", "start", "end", "raw"]


def register(commands, common) -> None:
    refs = commands.add_parser("refs", help="print the directive references found in a text")
    refs.add_argument("file", nargs="?", default="-", help="text file, or - for standard input (default)")
    refs.add_argument("--format", choices=["json", "table", "csv"], default="json")
    refs.add_argument("--title", help="the page title, if any (decides what the page publishes)")
    refs.add_argument("--province", help="province slug to assume for provincial issuers")

    directives = commands.add_parser("directives", help="list the directives in the database")
    common.add_db(directives)
    common.add_format(directives)
    directives.add_argument("--type", help="document type codes, comma-separated (NQ,CT,KH…)")
    directives.add_argument("--issuer", help="issuer codes, comma-separated (TW,TU,UBND…)")
    directives.add_argument("--province", help="province slug (as published or the merged unit)")
    directives.add_argument("--since", help="issued (or first seen) on or after YYYY-MM-DD")

    tree = commands.add_parser("tree", help="show the implementation chain of a directive")
    tree.add_argument("number", help="document number, e.g. 43-NQ/TW")
    tree.add_argument("--scope", help="vn or a province slug, when the number exists in several")
    common.add_db(tree)

    search = commands.add_parser("search", help="full-text search of articles and directives (accents optional)")
    search.add_argument("query", help='words to find, e.g. "nghi quyet dai doan ket" or 43-NQ/TW')
    search.add_argument("--kind", choices=["article", "directive"], help="only articles or only directives")
    search.add_argument("--limit", type=int, default=20)
    common.add_db(search)
    common.add_format(search)

    gaps = commands.add_parser("gaps", help="list holes in issuers' number sequences")
    common.add_db(gaps)
    common.add_format(gaps)
    gaps.add_argument("--issuer", help="issuer code, e.g. TU")
    gaps.add_argument("--province", help="scope: vn or a province slug")
    gaps.add_argument("--year", type=int)
    gaps.add_argument("--type", dest="doc_type", help="document type code")


def _split(value: str | None) -> list[str] | None:
    return [part.strip() for part in value.split(",") if part.strip()] if value else None


def cmd_refs(args) -> int:
    if args.file == "-":
        text = sys.stdin.read()
    else:
        path = Path(args.file)
        if not path.is_file():
            raise _usage(f"refs: file {args.file} not found; give a text file or - for standard input")
        text = path.read_text(encoding="utf-8", errors="replace")
    analysis = analyse_text(text, title=args.title, default_province=args.province)
    records = [{field: asdict(ref)[field] for field in REF_FIELDS} for ref in analysis.references]
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        print(render(records, REF_FIELDS[:12], args.format))
    return 0


def cmd_directives(args) -> int:
    if args.since:
        try:
            date.fromisoformat(args.since)
        except ValueError:
            raise _usage(f"directives: --since {args.since!r} is not a date; use YYYY-MM-DD") from None
    db = open_db(args.db)
    rows = queries.list_directives(db, types=_split(args.type), issuers=_split(args.issuer),
                                   province=args.province, since=args.since)
    # The table shows the essentials; json and csv carry every column for scripts.
    columns = list(rows[0]) if rows and args.format != "table" else queries.DIRECTIVE_COLUMNS
    print(render(rows, columns, args.format))
    return 0


def _label(row: dict) -> str:
    where = row["scope"] or "?"
    when = row.get("issued_on") or (str(row["year"]) if row.get("year") else "")
    about = row.get("subject") or row.get("title") or ""
    about = f" — {about[:70]}" if about else ""
    return f"{row['number_text']} ({where}{', ' + when if when else ''}){about}"


def _print_down(db, row: dict, prefix: str, seen: set[str]) -> None:
    children = queries.implementers(db, row["key"])
    for index, child in enumerate(children):
        last = index == len(children) - 1
        print(f"{prefix}{'└── ' if last else '├── '}{_label(child)}")
        if child["key"] in seen:
            continue
        seen.add(child["key"])
        _print_down(db, child, prefix + ("    " if last else "│   "), seen)


def cmd_tree(args) -> int:
    number = canonical_number(args.number)
    if number is None:
        raise _usage(f"tree: {args.number!r} is not a document number; try e.g. 43-NQ/TW or 100/KH-UBND")
    db = open_db(args.db)
    if not print_tree(db, number, args.scope):
        print(f"vbwatch: no directive {number} in {args.db}; crawl first or check the number", file=sys.stderr)
        return 1
    return 0


def print_tree(db, number: str, scope: str | None = None) -> bool:
    """Print the implementation chain of every directive with this number; False when there is none."""
    roots = queries.directives_by_number(db, number, scope)
    for root in roots:
        for parent in queries.implemented(db, root["key"]):
            print(f"implements ↑ {_label(parent)}")
        print(_label(root))
        _print_down(db, root, "", {root["key"]})
        for rel in queries.other_relations(db, root["key"]):
            print(f"  {rel['from_key']} {rel['relation']} {rel['to_key']}")
    return bool(roots)


def cmd_search(args) -> int:
    if args.limit < 1:
        raise _usage("search: --limit must be at least 1")
    db = open_db(args.db)
    rows = search_index(db, args.query, kind=args.kind, limit=args.limit)
    print(render(rows, ["kind", "date", "title", "snippet", "ref"], args.format))
    return 0


def cmd_gaps(args) -> int:
    db = open_db(args.db)
    rows = queries.numbered_series(db, issuer=args.issuer, province=args.province, year=args.year,
                                   doc_type=args.doc_type)
    report = find_gaps(rows)
    columns = ["scope", "issuer_code", "doc_type", "year", "known", "lowest", "highest", "missing_count", "missing"]
    print(render(report, columns, args.format))
    return 0


def _usage(message: str) -> UsageError:
    return UsageError(message)


HANDLERS = {"refs": cmd_refs, "directives": cmd_directives, "tree": cmd_tree, "gaps": cmd_gaps,
            "search": cmd_search}

"""`vbwatch`: the command line.

Usage errors and bad inputs exit 2 with one line on stderr naming what is wrong
and what to do; everything else is printed on stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from crawler.errors import UsageError
from crawler.output import FORMATS, render
from crawler.sources import SourceError, load_sources, select_sources
from storage import StorageError

DEFAULT_DB = "vbwatch.db"


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one clear line instead of argparse's usage dump
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def _add_db(parser, default=DEFAULT_DB):
    parser.add_argument("--db", default=default, help=f"SQLite database file (default: {default})")


def _add_sources(parser):
    parser.add_argument("--sources", help="source registry YAML (default: the bundled registry)")


def _add_format(parser):
    parser.add_argument("--format", choices=FORMATS, default="table")


def _setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"-s expects NAME=VALUE, got {text!r}")
    return name, value


class Common:
    """Option helpers shared with command modules, so every command spells --db/--sources/--format alike."""

    add_db = staticmethod(_add_db)
    add_sources = staticmethod(_add_sources)
    add_format = staticmethod(_add_format)
    UsageError = UsageError


COMMON = Common()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="vbwatch", description="Watch Vietnamese portals for newly published directives.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    sources = commands.add_parser("sources", help="list or check the source registry")
    sources_cmd = sources.add_subparsers(dest="sources_command", metavar="list|check", parser_class=_Parser)
    sources_cmd.required = True
    for name, text in (("list", "list the sources"), ("check", "validate, then fetch each start URL")):
        sub = sources_cmd.add_parser(name, help=text)
        _add_sources(sub)
        _add_format(sub)
        if name == "check":
            sub.add_argument("--no-fetch", action="store_true", help="only validate the registry")
            sub.add_argument("--timeout", type=float, default=15.0)

    crawl = commands.add_parser("crawl", help="crawl sources once into the database")
    crawl.add_argument("source_ids", nargs="*", metavar="SOURCE", help="source ids (default: all)")
    _add_sources(crawl)
    _add_db(crawl)
    crawl.add_argument("-s", dest="settings", action="append", type=_setting, default=[], metavar="NAME=VALUE",
                       help="override a Scrapy setting, as with 'scrapy crawl -s'")
    _add_format(crawl)

    demo = commands.add_parser("demo", help="crawl the bundled offline sample web, publish, re-crawl")
    demo.add_argument("--db", help="database to write (default: a fresh one in a temporary folder)")

    sampleweb = commands.add_parser("sampleweb", help="serve the bundled offline sample web")
    sampleweb.add_argument("--port", type=int, default=8765)
    sampleweb.add_argument("--host", default="127.0.0.1")

    for module in _command_modules():
        module.register(commands, COMMON)
    return parser


# Commands that live beside the code they drive register themselves here:
# each module has register(commands, common) and a HANDLERS dict.
COMMAND_MODULES = ["crawler.cli_directives", "schedules.cli"]


def _command_modules():
    import importlib

    return [importlib.import_module(name) for name in COMMAND_MODULES]


def cmd_sources(args) -> int:
    sources = load_sources(args.sources)
    columns = ["id", "kind", "province", "parser", "interval", "verified", "start_urls"]
    rows = [{**vars(s), "start_urls": " ".join(s.start_urls or s.feeds or s.sitemaps)} for s in sources]
    if args.sources_command == "list":
        print(render(rows, columns, args.format))
        return 0
    print(f"{len(sources)} sources valid in {args.sources or 'the bundled registry'}", file=sys.stderr)
    if args.no_fetch:
        return 0
    from crawler.check import check_sources

    results = check_sources(sources, timeout=args.timeout)
    print(render(results, ["id", "url", "status", "detail"], args.format))
    return 0 if all(r["ok"] for r in results) else 1


def cmd_crawl(args) -> int:
    from crawler.runner import RenderUnavailable, SettingError, run_crawl

    sources = select_sources(load_sources(args.sources), args.source_ids)
    try:
        runs = run_crawl(sources, args.db, dict(args.settings))
    except (RenderUnavailable, SettingError) as exc:
        raise UsageError(str(exc)) from exc
    columns = ["source_id", "status", "pages_fetched", "pages_not_modified", "pages_new", "pages_changed",
               "pages_unchanged", "directives_new", "errors"]
    print(render(runs, columns, args.format))
    failed = [run for run in runs if run["status"] == "failed"]
    for run in failed:
        first = (run.get("error_detail") or "no page could be fetched").splitlines()[0]
        print(f"vbwatch: source {run['source_id']} failed entirely: {first}; check its URLs and your network",
              file=sys.stderr)
    return 2 if failed else 0


def cmd_demo(args) -> int:
    from crawler.demo import run_demo

    return run_demo(args.db)


def cmd_sampleweb(args) -> int:
    from crawler.sampleweb import serve

    serve(args.host, args.port)
    return 0


HANDLERS = {"sources": cmd_sources, "crawl": cmd_crawl, "demo": cmd_demo, "sampleweb": cmd_sampleweb}


def _handler(command: str):
    if command in HANDLERS:
        return HANDLERS[command]
    for module in _command_modules():
        if command in module.HANDLERS:
            return module.HANDLERS[command]
    raise UsageError(f"vbwatch: unknown command {command!r}")


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if getattr(args, "db", None):
            _check_db_path(args.db, must_exist=args.command in READ_ONLY_COMMANDS)
        return _handler(args.command)(args)
    except (UsageError, SourceError, StorageError) as exc:
        print(f"vbwatch: {exc}" if not str(exc).startswith("vbwatch") else str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("vbwatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `vbwatch directives | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


# Commands that only read: a mistyped --db must not quietly create an empty database.
READ_ONLY_COMMANDS = {"directives", "tree", "gaps", "search", "status"}


def _check_db_path(db: str, must_exist: bool) -> None:
    from storage import open_db

    if not Path(db).exists():
        if must_exist:
            raise UsageError(f"no database at {db}; run 'vbwatch crawl --db {db}' first or fix --db")
        return  # created on first use
    open_db(db).close()


if __name__ == "__main__":
    sys.exit(main())

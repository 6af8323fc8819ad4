"""``python -m crawler.sampleweb [--host H] [--port N]``: run the sample web in the foreground."""
import argparse

from .server import serve


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m crawler.sampleweb", description=__doc__)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--quiet", action="store_true", help="do not log requests")
    args = ap.parse_args(argv)
    serve(args.host, args.port, verbose=not args.quiet)


if __name__ == "__main__":
    main()

"""HTTP server of the sample web (stdlib ``http.server`` in a background thread)."""
from __future__ import annotations

import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from .app import ADMIN_HELP, App
from .state import SiteState


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "sampleweb"
    sys_version = ""
    timeout = 30
    app: App = None  # set on the subclass built per server

    def _serve(self, method: str) -> None:
        form = None
        if method == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if raw and "application/x-www-form-urlencoded" in (self.headers.get("Content-Type") or ""):
                form = {k: v[-1] for k, v in parse_qs(raw.decode("utf-8"), keep_blank_values=True).items()}
        host = self.headers.get("Host") or "%s:%s" % self.server.server_address[:2]
        resp = self.app.handle(method, self.path, dict(self.headers.items()), base=f"http://{host}", form=form)
        body = b"" if method == "HEAD" or resp.status == 304 else resp.body_bytes()
        self.server_version = resp.headers.pop("Server", None) or "sampleweb"
        self.send_response(resp.status)
        for name, value in resp.headers.items():
            self.send_header(name, value)
        if resp.status != 304:
            self.send_header("Content-Length", str(len(resp.body_bytes()) if method == "HEAD" else len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        self._serve("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._serve("POST")

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet by default
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)


class SampleWeb:
    """The offline sample web: eight site families on one host:port.

    >>> with SampleWeb() as web:            # doctest: +SKIP
    ...     urllib.request.urlopen(web.base_url + "/robots.txt")
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, seed: int | None = None,
                 clock=None, verbose: bool = False):
        self.host = host
        self.port = port
        self.verbose = verbose
        self.state = SiteState(seed=seed, clock=clock)
        self.app = App(self.state)
        self.base_url = ""
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> str:
        if self._httpd is not None:
            return self.base_url
        handler = type("SampleWebHandler", (_Handler,), {"app": self.app})
        httpd = ThreadingHTTPServer((self.host, self.port), handler)
        httpd.daemon_threads = True
        httpd.verbose = self.verbose
        self._httpd = httpd
        host, port = httpd.server_address[:2]
        if ":" in host:
            host = f"[{host}]"
        self.port = port
        self.base_url = f"http://{host}:{port}"
        self.state.base_url = self.base_url
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="sampleweb", daemon=True)
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> "SampleWeb":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(host: str = "127.0.0.1", port: int = 8765, *, verbose: bool = True) -> None:
    """Run the sample web in the foreground until interrupted (``vbwatch sampleweb``)."""
    from .registry import FAMILIES

    web = SampleWeb(host, port, verbose=verbose)
    base = web.start()
    print(f"vbwatch sample web at {base}", flush=True)
    for fam in FAMILIES:
        site = web.state.sites[fam]
        print(f"  {fam:10s} {base}{site.listing_path(1)}")
        if hasattr(site, "feed_path"):
            print(f"  {'':10s} {base}{site.feed_path(1)} (feed)")
    print("admin endpoints (POST, GET also accepted):")
    for text in ADMIN_HELP.values():
        print(f"  {text}")
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while True:
            threading.Event().wait(3600)
    except KeyboardInterrupt:
        print("stopping", file=sys.stderr)
    finally:
        web.stop()

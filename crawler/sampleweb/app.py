"""Request dispatch for the sample web: robots.txt, admin endpoints, the site families,
block modes, validators (ETag / Last-Modified / 304) and request statistics.

``App.handle`` is pure Python (no sockets), so the snapshot script and tests can render
pages in-process; ``server.py`` only adapts it to ``http.server``.
"""
from __future__ import annotations

import base64
import json
from urllib.parse import parse_qs, urlsplit

from .chrome import esc
from .sites.base import Request, Response, not_found
from .state import FAMILIES, AdminError, SiteState
from .util import http_date, parse_http_date, short_hash

GIF_1PX = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")

ADMIN_HELP = {
    "publish": "POST /_admin/publish?family=F",
    "edit": "POST /_admin/edit?url=U&part=body|sidebar|title[&text=...]",
    "remove": "POST /_admin/remove?url=U",
    "status": "POST /_admin/status?url=U[&value=Hết hiệu lực][&effective=YYYY-MM-DD]",
    "layout": "POST /_admin/layout?family=F&version=1|2",
    "block": "POST /_admin/block?family=F&mode=503|403|antibot|off",
    "reset": "POST /_admin/reset",
    "state": "GET /_admin/state",
    "stats": "GET /_admin/stats[?reset=1]",
}


def robots_txt(base: str) -> str:
    return ("User-agent: *\n"
            "Disallow: /_admin/\n"
            "Disallow: /*/print/\n"
            "Allow: /\n"
            f"\nSitemap: {base}/tayninh/sitemap.xml\n")


def json_response(data: object, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    return Response(status=status, body=body, content_type="application/json; charset=utf-8",
                    headers={"Cache-Control": "no-store"})


def blocked_response(mode: str) -> Response:
    if mode == "503":
        html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>503 Service Unavailable</title></head>"
                "<body><h1>Service Unavailable</h1><p>Hệ thống đang bảo trì, vui lòng quay lại sau.</p></body></html>")
        return Response(status=503, body=html, headers={"Retry-After": "120"})
    if mode == "403":
        html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>403 Forbidden</title></head>"
                "<body><h1>403 Forbidden</h1><p>Truy cập bị từ chối.</p></body></html>")
        return Response(status=403, body=html)
    html = ("<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            "<meta name=\"robots\" content=\"NOINDEX, NOFOLLOW\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"></head>"
            "<body><div class=\"main-wrapper\" role=\"main\"><div class=\"main-content\">"
            "<h1>Just a moment...</h1><p>Checking if the site connection is secure. "
            "Enable JavaScript and cookies to continue.</p><noscript>JavaScript is required.</noscript>"
            "</div></div></body></html>")
    return Response(status=200, body=html, headers={"Cache-Control": "private, max-age=0, no-store",
                                                    "X-Robots-Tag": "noindex, nofollow"})


class App:
    def __init__(self, state: SiteState):
        self.state = state

    # ----------------------------------------------------------------- entry
    def handle(self, method: str, target: str, headers: dict | None = None, base: str | None = None,
               form: dict | None = None) -> Response:
        headers = {k.lower(): v for k, v in (headers or {}).items()}
        parts = urlsplit(target)
        path = parts.path or "/"
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if form:
            query.update(form)
        base = (base or self.state.base_url).rstrip("/")
        req = Request(method=method.upper(), path=path, query=query, base=base, headers=headers)
        try:
            resp = self.route(req)
        except AdminError as exc:
            resp = json_response({"error": str(exc)}, exc.status)
        resp = self.finalize(req, resp)
        if not path.startswith("/_admin/"):
            self.state.record(target, resp.status, 0 if req.method == "HEAD" or resp.status == 304
                              else len(resp.body_bytes()))
        return resp

    # --------------------------------------------------------------- routing
    def route(self, req: Request) -> Response:
        path = req.path
        if path.startswith("/_admin/") or path == "/_admin":
            return self.admin(req)
        if req.method not in ("GET", "HEAD"):
            return Response(status=405, body="Method Not Allowed", content_type="text/plain; charset=utf-8",
                            headers={"Allow": "GET, HEAD"})
        if path == "/robots.txt":
            return Response(body=robots_txt(req.base), content_type="text/plain; charset=utf-8",
                            etag_key=("robots", req.base))
        if path == "/":
            return self.index()
        if path.startswith("/static/") or "/uploads/" in path:
            return Response(body=GIF_1PX, content_type="image/gif", etag_key=("gif",))
        family = path.split("/")[1]
        site = self.state.sites.get(family)
        if site is None:
            return not_found()
        mode = self.state.block[family]
        if mode != "off":
            return blocked_response(mode)
        with self.state.lock:
            resp = site.handle(req)
        if resp is None:
            return not_found()
        resp.headers.setdefault("Server", site.server_header)
        if not site.validators:
            resp.etag_key = None
            resp.last_modified = None
        return resp

    def index(self) -> Response:
        lis = "".join(f'<li><a href="{esc(self.state.sites[f].listing_path(1))}">{esc(self.state.sites[f].info["name"])}</a></li>'
                      for f in FAMILIES)
        html = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>vbwatch sample web</title></head>"
                f"<body><h1>vbwatch sample web</h1><ul>{lis}</ul><p>Admin: /_admin/state, /_admin/stats</p></body></html>")
        return Response(body=html)

    # ----------------------------------------------------------------- admin
    def admin(self, req: Request) -> Response:
        action = req.path[len("/_admin/"):].strip("/")
        q = req.query
        st = self.state
        if action in ("", "help"):
            return json_response({"endpoints": ADMIN_HELP})
        if action == "state":
            return json_response(st.snapshot(req.base))
        if action == "stats":
            return json_response(st.stats(reset=q.get("reset") in ("1", "true", "yes")))
        if action == "reset":
            return json_response(st.reset())
        if action == "publish":
            return json_response(self._url_fix(st.publish(self._need(q, "family")), req.base))
        if action == "edit":
            return json_response(self._url_fix(st.edit(self._need(q, "url"), q.get("part", "body"), q.get("text")), req.base))
        if action == "remove":
            return json_response(self._url_fix(st.remove(self._need(q, "url")), req.base))
        if action == "status":
            return json_response(self._url_fix(st.set_status(self._need(q, "url"), q.get("value"), q.get("effective")),
                                               req.base))
        if action == "layout":
            return json_response(st.set_layout(self._need(q, "family"), self._need(q, "version")))
        if action == "block":
            return json_response(st.set_block(self._need(q, "family"), self._need(q, "mode")))
        raise AdminError(f"unknown admin action {action!r}", 404)

    @staticmethod
    def _need(q: dict, name: str) -> str:
        if not q.get(name):
            raise AdminError(f"missing parameter {name}")
        return q[name]

    @staticmethod
    def _url_fix(d: dict, base: str) -> dict:
        if "path" in d:
            d["url"] = base + d["path"]
        return d

    # ------------------------------------------------------------ validators
    def finalize(self, req: Request, resp: Response) -> Response:
        resp.headers.setdefault("Content-Type", resp.content_type)
        if resp.status == 200 and resp.etag_key is not None:
            etag = '"' + short_hash(resp.etag_key) + '"'
            resp.headers["ETag"] = etag
            if resp.last_modified is not None:
                resp.headers["Last-Modified"] = http_date(resp.last_modified)
            if req.method in ("GET", "HEAD") and self.not_modified(req, etag, resp):
                return Response(status=304, body=b"", content_type=resp.content_type,
                                headers={k: v for k, v in resp.headers.items()
                                         if k in ("ETag", "Last-Modified", "Server", "Cache-Control")})
        return resp

    @staticmethod
    def not_modified(req: Request, etag: str, resp: Response) -> bool:
        inm = req.headers.get("if-none-match")
        if inm is not None:
            tags = [t.strip() for t in inm.split(",")]
            return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)
        ims = req.headers.get("if-modified-since")
        if ims and resp.last_modified is not None:
            since = parse_http_date(ims)
            if since is not None:
                return resp.last_modified.replace(microsecond=0) <= since
        return False

"""Canonical article URLs: one key per article however the portal spells its link."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SESSION_PARAMS = {"jsessionid", "phpsessid", "sid", "sessionid", "asp.net_sessionid", "cfid", "cftoken"}
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMS = {"fbclid", "gclid", "zarsrc", "_ga", "mc_cid", "mc_eid", "ref", "source"}
_PATH_SESSION = re.compile(r";(jsessionid|sessionid|sid)=[^/?#]*", re.IGNORECASE)
# WebSphere Portal encodes navigation state in a per-session "!ut/p/…" token. When
# query parameters (uri=nm:oid:…, pagenum=…) say which content is meant, the token
# is noise; without them it may be all that tells pages apart, so it stays.
_WPS_STATE = re.compile(r"/!ut/p/.*$")


def canonical_url(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    path = _PATH_SESSION.sub("", parts.path) or "/"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=False)
        if k.lower() not in SESSION_PARAMS and k.lower() not in TRACKING_PARAMS
        and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    if query and "/!ut/p/" in path:
        path = _WPS_STATE.sub("/", path)
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query), safe=":/"), ""))

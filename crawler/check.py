"""`vbwatch sources check`: fetch each source's entry URLs and report what answers."""

from __future__ import annotations

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from crawler import USER_AGENT
from crawler.sources import Source


def _probe(source_id: str, url: str, timeout: float) -> dict:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return {"id": source_id, "url": url, "status": response.status, "detail": "", "ok": True}
    except urllib.error.HTTPError as exc:
        return {"id": source_id, "url": url, "status": exc.code, "detail": exc.reason, "ok": False}
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return {"id": source_id, "url": url, "status": None, "detail": f"unreachable: {reason}", "ok": False}


def check_sources(sources: list[Source], timeout: float = 15.0) -> list[dict]:
    targets = [(s.id, url) for s in sources for url in (*s.start_urls, *s.feeds, *s.sitemaps)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda t: _probe(t[0], t[1], timeout), targets))

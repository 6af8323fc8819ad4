"""Helpers for the scheduler tests: a running `vbwatch schedule` child with its JSON log, and a sources file.

Uses the bundled sample web (crawler.sampleweb.server) when present; until then a tiny stand-in site
with the same API (start/stop/base_url, state.publish, state.set_layout, sources_yaml).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def sample_web():
    try:
        from crawler.sampleweb.server import SampleWeb
    except ModuleNotFoundError:
        return MiniWeb, mini_sources_yaml
    try:
        from crawler.sampleweb.server import sources_yaml
    except ImportError:
        from crawler.sampleweb.registry import sources_yaml
    return SampleWeb, sources_yaml


def write_sources(path: Path, text: str, ids: list[str] | None = None, interval: str | None = None) -> Path:
    """Write a registry from `text` (a sources YAML), keeping `ids` (in that order) and setting `interval`."""
    entries = yaml.safe_load(text)
    if ids is not None:
        by_id = {e["id"]: e for e in entries}
        entries = [by_id[i] for i in ids]
    if interval:
        for entry in entries:
            entry["interval"] = interval
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


class Scheduler:
    """`vbwatch schedule …` as a child process; its stderr JSON lines collected as they come."""

    def __init__(self, *args: str):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "schedule", *args], cwd=REPO, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        self.events: list[dict] = []
        self.raw: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.proc.stderr:
            with self._changed:
                self.raw.append(line.rstrip("\n"))
                try:
                    self.events.append(json.loads(line))
                except ValueError:
                    pass
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, predicate, timeout: float = 30, what: str = "log event") -> dict:
        """The first logged event matching `predicate` (already seen or still to come)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for event in self.events:
                    if predicate(event):
                        return event
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    tail = "\n".join(self.raw[-25:])
                    raise AssertionError(f"no {what} within {timeout}s; last log lines:\n{tail}")
                self._changed.wait(min(left, 0.5))

    def count(self, predicate) -> int:
        with self._changed:
            return sum(1 for e in self.events if predicate(e))

    def signal(self, signum: int):
        self.proc.send_signal(signum)

    def stop(self, timeout: float = 30) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=5)
        return code

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        self._reader.join(timeout=5)


def is_event(name: str, source: str | None = None, **fields):
    def predicate(event: dict) -> bool:
        if event.get("event") != name or (source and event.get("source") != source):
            return False
        return all(event.get(k) == v for k, v in fields.items())
    return predicate


def wait_until(condition, timeout: float, what: str, step: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


# ----------------------------------------------------------------------------- stand-in site

_PARA = ("Ban Thường vụ Tỉnh ủy {prov} yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các "
         "đoàn thể chính trị - xã hội quán triệt, triển khai thực hiện nghiêm túc {doc}, gắn với nhiệm vụ phát "
         "triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh của địa phương trong năm {year}. Các sở, ban, ngành "
         "căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch cụ thể, báo cáo kết quả thực hiện về Văn phòng "
         "Tỉnh ủy trước ngày 15 tháng 12 để tổng hợp, báo cáo Ban Chấp hành Đảng bộ tỉnh theo quy định.")


class _MiniState:
    FAMILIES = {"longan": "Long An", "binhdinh": "Bình Định", "travinh": "Trà Vinh", "tayninh": "Tây Ninh",
                "lawnet": "Lâm Đồng"}

    def __init__(self):
        self.lock = threading.Lock()
        self.layout = {f: 1 for f in self.FAMILIES}
        self.articles = {f: [self._make(f, n) for n in range(1, 4)] for f in self.FAMILIES}
        self.base_url = ""

    def _make(self, family: str, n: int) -> dict:
        number = f"{100 + n}-CT/TU"
        return {"n": n, "slug": f"chi-thi-so-{100 + n}-ve-tang-cuong-lanh-dao-{n}",
                "title": f"Chỉ thị số {number} của Ban Thường vụ Tỉnh ủy {self.FAMILIES[family]} về tăng cường "
                         f"sự lãnh đạo của Đảng (đợt {n})",
                "doc": f"Chỉ thị số {number} ngày 0{n % 9 + 1}/03/2024", "date": f"0{n % 9 + 1}/03/2024"}

    def publish(self, family: str) -> dict:
        with self.lock:
            entry = self._make(family, len(self.articles[family]) + 1)
            self.articles[family].append(entry)
        return {"url": f"{self.base_url}/{family}/tin-tuc/{entry['slug']}.html", "title": entry["title"]}

    def set_layout(self, family: str, layout: int) -> None:
        self.layout[family] = layout


class MiniWeb:
    """A few Tỉnh ủy-like listings and articles on 127.0.0.1 (pytest-httpserver)."""

    def __init__(self):
        self.state = _MiniState()
        self.base_url = ""

    def start(self) -> str:
        from pytest_httpserver import HTTPServer

        self.server = HTTPServer(host="127.0.0.1", port=0)
        self.server.expect_request(re.compile(".*")).respond_with_handler(self._handle)
        self.server.start()
        self.base_url = self.state.base_url = f"http://127.0.0.1:{self.server.port}"
        return self.base_url

    def stop(self):
        self.server.clear()
        if self.server.is_running():
            self.server.stop()

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def _handle(self, request):
        from werkzeug import Response

        time.sleep(0.05)
        parts = [p for p in request.path.split("/") if p]
        if request.path == "/robots.txt":
            return Response("User-agent: *\nAllow: /\n", content_type="text/plain")
        if len(parts) < 2 or parts[0] not in self.state.FAMILIES:
            return Response("not found", status=404)
        family, prov = parts[0], self.state.FAMILIES[parts[0]]
        if len(parts) == 2 and parts[1] == "tin-tuc":
            items = "".join(
                f'<li><a href="/{family}/tin-tuc/{a["slug"]}.html">{a["title"]}</a> <span>{a["date"]}</span></li>'
                for a in reversed(self.state.articles[family]))
            return Response(f"<html><head><title>Tin tức - Tỉnh ủy {prov}</title></head><body><h1>Tin tức</h1>"
                            f"<ul class='list-news'>{items}</ul></body></html>", content_type="text/html; charset=utf-8")
        slug = parts[-1].removesuffix(".html")
        for article in self.state.articles[family]:
            if article["slug"] == slug:
                if self.state.layout[family] != 1:  # the redesign: content arrives by script, nothing to extract
                    return Response("<html><body><div id='app'></div><script src='/app.js'></script></body></html>",
                                    content_type="text/html; charset=utf-8")
                body = "".join(f"<p>{_PARA.format(prov=prov, doc=article['doc'], year=2024)}</p>" for _ in range(3))
                return Response(
                    f"<html><head><title>{article['title']}</title></head><body><article><h1>{article['title']}</h1>"
                    f"<p class='date'>Ngày đăng: {article['date']}</p>{body}</article></body></html>",
                    content_type="text/html; charset=utf-8")
        return Response("not found", status=404)


def mini_sources_yaml(base_url: str) -> str:
    entries = [{"id": f"sample-{family}", "name": f"Tỉnh ủy {prov} (sample)", "kind": "party", "province": None,
                "start_urls": [f"{base_url}/{family}/tin-tuc"], "interval": "6h"}
               for family, prov in _MiniState.FAMILIES.items()]
    return yaml.safe_dump(entries, allow_unicode=True, sort_keys=False)

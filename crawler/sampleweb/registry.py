"""Source-registry entries (YAML) describing the sample web's families.

``sources_yaml(base)`` lists the five classic families (what ``vbwatch demo``, the
benchmarks and most tests crawl); ``sources_yaml(base, FAMILIES)`` or any list of family
names adds the law portals vbpl, vbplrender (``render: true``: needs chromium and
scrapy-playwright) and congbao (RSS feed only).
"""
from __future__ import annotations

from collections.abc import Iterable

import yaml

from .state import CLASSIC_FAMILIES, FAMILIES, LAW_FAMILIES

#: a fixed (valid) WebSphere state token for the Long An start URL
LONGAN_START_TOKEN = "04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi_Q0sDJ2NDB0tDEOcDAwcQ0K8vUwN3A0MTYEKIoEKDHAARwNC-r30o"


def source_entries(base_url: str, families: Iterable[str] | None = None) -> list[dict]:
    """One source per family (default: the five classic ones), in ``FAMILIES`` order."""
    wanted = list(CLASSIC_FAMILIES if families is None else families)
    unknown = [f for f in wanted if f not in FAMILIES]
    if unknown:
        raise ValueError(f"unknown sample-web families: {', '.join(unknown)}; known: {', '.join(FAMILIES)}")
    return [e for e in _all_entries(base_url) if e["id"].removeprefix("sample-") in wanted]


def _all_entries(base_url: str) -> list[dict]:
    base = base_url.rstrip("/")
    return [
        {
            "id": "sample-longan",
            "name": "Tỉnh ủy Long An (mẫu) — Thông tin chỉ đạo cấp ủy",
            "kind": "party",
            "province": "long-an",
            "start_urls": [f"{base}/longan/wps/portal/tinhuy/thong-tin-chi-dao/!ut/p/z1/{LONGAN_START_TOKEN}/"],
            "feeds": [],
            "sitemaps": [],
            "follow": r"/longan/wps/portal/tinhuy/!ut/p/z1/[^/?#]+/\?uri=nm:oid:Z6_[A-Z0-9]+$",
            "next_page": "div.paging span.current + a",
            "max_listing_pages": 5,
            "interval": "6h",
            "parser": "article",
        },
        {
            "id": "sample-binhdinh",
            "name": "Đảng bộ tỉnh Bình Định (mẫu) — Hoạt động của lãnh đạo tỉnh",
            "kind": "party",
            "province": "binh-dinh",
            "start_urls": [f"{base}/binhdinh/chuyen-muc/hoat-dong-cua-lanh-dao-tinh"],
            "feeds": [f"{base}/binhdinh/rss/hoat-dong-cua-lanh-dao-tinh.rss"],
            "sitemaps": [],
            "follow": r"/binhdinh/tin-tuc/[a-z0-9-]+-\d+\.html$",
            "next_page": "a[rel=next]",
            "max_listing_pages": 5,
            "interval": "6h",
            "parser": "article",
        },
        {
            "id": "sample-travinh",
            "name": "Ban Tuyên giáo Tỉnh ủy Trà Vinh (mẫu) — Xây dựng Đảng",
            "kind": "party",
            "province": "tra-vinh",
            "start_urls": [f"{base}/travinh/tuyengiao/tin-tuc-su-kien/xay-dung-dang"],
            "feeds": [],
            "sitemaps": [],
            "follow": r"/travinh/tuyengiao/[a-z0-9-]+/[a-z0-9-]+/\d+/[a-z0-9-]+$",
            "next_page": "div.phantrang a.next",
            "max_listing_pages": 5,
            "interval": "6h",
            "parser": "article",
        },
        {
            "id": "sample-tayninh",
            "name": "Đảng bộ tỉnh Tây Ninh (mẫu) — Xây dựng Đảng",
            "kind": "party",
            "province": "tay-ninh",
            "start_urls": [f"{base}/tayninh/news/xay-dung-dang/"],
            "feeds": [],
            "sitemaps": [f"{base}/tayninh/sitemap.xml"],
            "follow": r"/tayninh/news/[a-z0-9-]+/[a-z0-9-]+-\d+\.html$",
            "next_page": "ul.pagination a[rel=next]",
            "max_listing_pages": 5,
            "interval": "6h",
            "parser": "article",
        },
        {
            "id": "sample-lawnet",
            "name": "LawNet (mẫu) — Văn bản mới",
            "kind": "law",
            "province": None,
            "start_urls": [f"{base}/lawnet/van-ban-moi"],
            "feeds": [],
            "sitemaps": [],
            "follow": r"/lawnet/vb/[A-Za-z0-9-]+-\d+\.html$",
            "next_page": "div.pager a.next",
            "max_listing_pages": 5,
            "interval": "12h",
            "parser": "lawdoc",
        },
        {
            "id": "sample-vbpl",
            "name": "CSDL quốc gia về văn bản pháp luật (mẫu) — Văn bản mới",
            "kind": "law",
            "province": None,
            "start_urls": [f"{base}/vbpl/TW/Pages/vanban.aspx?dvid=13"],
            "feeds": [],
            "sitemaps": [],
            "follow": r"/vbpl/[A-Za-z]+/Pages/vbpq-toanvan\.aspx\?ItemID=\d+$",
            "next_page": "div.paging a.next",
            "max_listing_pages": 5,
            "interval": "12h",
            "parser": "lawdoc",
        },
        {
            "id": "sample-vbplrender",
            "name": "CSDL quốc gia về văn bản pháp luật, giao diện mới (mẫu) — danh sách dựng bằng JavaScript",
            "kind": "law",
            "province": None,
            "start_urls": [f"{base}/vbplrender/van-ban/moi-ban-hanh"],
            "feeds": [],
            "sitemaps": [],
            "follow": r"/vbplrender/van-ban/chi-tiet/[a-z0-9-]+--\d+$",
            "next_page": "nav.pager a[rel=next]",
            "max_listing_pages": 5,
            "interval": "12h",
            "parser": "lawdoc",
            "render": True,
        },
        {
            "id": "sample-congbao",
            "name": "Công báo (mẫu) — Văn bản mới ban hành (RSS)",
            "kind": "law",
            "province": None,
            "start_urls": [],
            "feeds": [f"{base}/congbao/cac-van-ban-moi-ban-hanh.rss"],
            "sitemaps": [],
            "follow": r"/congbao/van-ban/[a-z0-9-]+-\d+\.htm$",
            "next_page": None,
            "max_listing_pages": 1,
            "interval": "6h",
            "parser": "lawdoc",
        },
    ]


def sources_yaml(base_url: str, families: Iterable[str] | None = None) -> str:
    """Source-registry YAML with one source per family (default: the five classic ones),
    pointing at ``base_url``."""
    header = ("# vbwatch sample web: one source per site family (generated by crawler.sampleweb.sources_yaml)\n"
              f"# base: {base_url.rstrip('/')}\n")
    return header + yaml.safe_dump(source_entries(base_url, families), allow_unicode=True, sort_keys=False,
                                   default_flow_style=False, width=1000)


__all__ = ["FAMILIES", "CLASSIC_FAMILIES", "LAW_FAMILIES", "sources_yaml", "source_entries"]

"""Bình Định party portal: nice URLs, "Trang sau" pagination with rel=next, an RSS 2.0 feed."""
from __future__ import annotations

import re
from email.utils import format_datetime

from ..chrome import banner_05, document, esc, menu, render_blocks, share_bar, support_footer
from ..util import fmt_dmy, fmt_weekday, slugify
from .base import Request, Response, Site

CATEGORIES = {
    "hoat-dong-cua-lanh-dao-tinh": "Hoạt động của lãnh đạo tỉnh",
    "xay-dung-dang": "Xây dựng Đảng",
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "gioi-thieu": "Giới thiệu",
    "hoc-tap-va-lam-theo-bac": "Học tập và làm theo Bác",
}
MAIN = "hoat-dong-cua-lanh-dao-tinh"
FEED_V1 = f"/binhdinh/rss/{MAIN}.rss"
FEED_V2 = "/binhdinh/rss/tin-moi.xml"
_ART_V1 = re.compile(r"^/binhdinh/tin-tuc/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)\.html$")
_ART_V2 = re.compile(r"^/binhdinh/bai-viet/(?P<id>\d+)/(?P<slug>[a-z0-9-]+)$")


class BinhDinh(Site):
    name = "binhdinh"
    article_patterns = (_ART_V1, _ART_V2)
    per_page = 5
    server_header = "nginx/1.18.0"

    def slug(self, entry) -> str:
        return slugify(entry.item["title"], max_words=12)

    def article_path(self, entry, layout: int = 1) -> str:
        if layout == 2:
            return f"/binhdinh/bai-viet/{entry.id}/{self.slug(entry)}"
        return f"/binhdinh/tin-tuc/{self.slug(entry)}-{entry.id}.html"

    def listing_path(self, page: int = 1, layout: int = 1) -> str:
        return f"/binhdinh/chuyen-muc/{MAIN}" + (f"?page={page}" if page > 1 else "")

    def feed_path(self, layout: int = 1) -> str:
        return FEED_V2 if layout == 2 else FEED_V1


    # --------------------------------------------------------------- routing
    def handle(self, req: Request) -> Response | None:
        path = req.path.rstrip("/") or "/"
        if path == "/binhdinh":
            return self.home()
        m = _ART_V1.match(path) or _ART_V2.match(path)
        if m:
            if self.layout == 1 and path.startswith("/binhdinh/bai-viet/"):
                return None
            entry = self.by_id(m.group("id"))
            if entry is None or entry.removed:
                return None
            return self.article(entry, req)
        if path == self.feed_path(self.layout):
            return self.feed(req)
        m = re.match(r"^/binhdinh/chuyen-muc/([a-z0-9-]+)$", path)
        if m and m.group(1) in CATEGORIES:
            if m.group(1) == MAIN:
                n = self.page_param(req.query)
                if n is None or n > self.pages():
                    return None
                return self.listing(n)
            return self.aux(CATEGORIES[m.group(1)], self.entries()[2:5], ("cat", m.group(1)))
        m = re.match(r"^/binhdinh/tag/([a-z0-9-]+)$", path)
        if m:
            items = [e for e in self.entries() if m.group(1) in {slugify(t) for t in e.item.get("tags", [])}]
            return self.aux(f"Từ khóa: {m.group(1)}", items, ("tag", m.group(1))) if items else None
        if path == "/binhdinh/tim-kiem":
            q = req.query.get("q", "")
            return self.aux(f"Kết quả tìm kiếm: {q}", self.search(q), ("q", q), form=True)
        if path == "/binhdinh/dang-nhap":
            return self.aux("Đăng nhập hệ thống", [], ("login",), login=True)
        if path == "/binhdinh/rss":
            return self.aux("RSS", [], ("rss",), rss=True)
        m = re.match(r"^/binhdinh/print/(\d+)$", path)
        if m:
            entry = self.by_id(m.group(1))
            if entry and not entry.removed:
                html = document(entry.title, f"<h1>{esc(entry.title)}</h1><p>{fmt_weekday(entry.published)}</p>"
                                f"{render_blocks(entry.body, img_prefix='/binhdinh/uploads/news/')}<p>{esc(entry.author or '')}</p>")
                return Response(body=html, etag_key=("print", entry.content_key()), last_modified=entry.modified)
        return None

    # ------------------------------------------------------------- templates
    def frame(self, title: str, main: str, *, head: str = "", crumb: str = "") -> str:
        i = self.info
        nav = menu([("Trang chủ", "/binhdinh/")] +
                   [(label, f"/binhdinh/chuyen-muc/{slug}") for slug, label in CATEGORIES.items()] +
                   [("Tìm kiếm", "/binhdinh/tim-kiem"), ("Đăng nhập", "/binhdinh/dang-nhap"), ("RSS", "/binhdinh/rss")],
                   css="main-menu")
        body = f"""<div id="wrapper">
<div id="top-banner"><div class="welcome">{esc(i['welcome'])}</div>
<a href="/binhdinh/" class="logo"><img src="/binhdinh/uploads/logo.png" alt="{esc(i['name'])}"></a></div>
<nav id="nav">{nav}</nav>
{crumb}
<div id="content" class="clearfix"><div id="main-col">
{main}
</div>
<aside id="right-col">
{banner_05("/binhdinh/chuyen-muc/hoc-tap-va-lam-theo-bac")}
<div class="widget"><h3>Lịch công tác</h3><p>Lịch làm việc của Thường trực Tỉnh ủy được cập nhật hằng tuần.</p></div>
<div class="widget"><h3>Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về giao diện mới của Trang?</p></div>
</aside></div>
<footer id="footer"><p><strong>{esc(i['name'].upper())}</strong></p><p>{esc(i['owner'])}</p><p>{esc(i['license'])}</p>
<p>Địa chỉ: {esc(i['address'])} - Điện thoại: {esc(i['phone'])} - Email: {esc(i['email'])}</p>
{support_footer()}</footer></div>"""
        return document(title, body, head=head)

    def crumb(self) -> str:
        return (f'<div class="breadcrumb"><a href="/binhdinh/">Trang chủ</a> » '
                f'<a href="{self.listing_path(1)}">{esc(CATEGORIES[MAIN])}</a></div>')

    def listing(self, n: int) -> Response:
        items = self.page_slice(n)
        last = self.pages()
        head = ""
        if self.layout == 2:
            cards = "".join(
                f'<div class="card-v2" data-id="{e.id}"><a class="card-link" href="{esc(self.article_path(e, 2))}">'
                f'<span class="card-title">{esc(e.title)}</span></a><span class="card-date">{fmt_dmy(e.published)}</span></div>'
                for e in items)
            more = (f'<button class="load-more" data-next="{esc(self.listing_path(n + 1))}">Xem thêm</button>'
                    if n < last else "")
            main = f'<section class="cat-v2"><h1>{esc(CATEGORIES[MAIN])}</h1><div class="grid-v2">{cards}</div>{more}</section>'
        else:
            lis = "".join(
                f'<li class="news-item"><a href="{esc(self.article_path(e))}" class="title">{esc(e.title)}</a>'
                f'<span class="time">{fmt_weekday(e.published)}</span><p class="sapo">{esc(e.teaser())}</p></li>'
                for e in items)
            links = []
            if n > 1:
                links.append(f'<a href="{esc(self.listing_path(n - 1))}" rel="prev" class="prev">Trang trước</a>')
                head += f'<link rel="prev" href="{esc(self.listing_path(n - 1))}">\n'
            links.append(f"<span>Trang {n}/{last}</span>")
            if n < last:
                links.append(f'<a href="{esc(self.listing_path(n + 1))}" rel="next" class="next">Trang sau</a>')
                head += f'<link rel="next" href="{esc(self.listing_path(n + 1))}">\n'
            main = (f'<h1 class="cat-title">{esc(CATEGORIES[MAIN])}</h1><ul class="news-list">{lis}</ul>'
                    f'<div class="pagination">{" ".join(links)}</div>')
        head += f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{self.feed_path(self.layout)}">\n'
        return Response(body=self.frame(CATEGORIES[MAIN], main, head=head, crumb=self.crumb()),
                        etag_key=self.listing_key(items, n, last), last_modified=self.newest(items))

    def article(self, entry, req: Request) -> Response:
        related = self.related(entry, 5)
        blocks = render_blocks(entry.body, v2=self.layout == 2, img_prefix="/binhdinh/uploads/news/")
        author = entry.author
        tags = "".join(f'<a href="/binhdinh/tag/{slugify(t)}">{esc(t)}</a> ' for t in entry.item.get("tags", []))
        rel = "".join(f'<li><a href="{esc(self.article_path(e, self.layout))}">{esc(e.title)}</a> '
                      f'<span>({fmt_dmy(e.published)})</span></li>' for e in related)
        if self.layout == 2:
            main = f"""<article class="post-v2">
<header><span class="cat-v2">{esc(CATEGORIES[MAIN])}</span><h2 class="post-title">{esc(entry.title)}</h2>
<time datetime="{entry.published.isoformat()}">{fmt_dmy(entry.published)}</time></header>
<div class="post-body">{blocks}{f'<div class="para signature">{esc(author)}</div>' if author else ''}</div>
</article><aside class="related-v2"><h3>Bài liên quan</h3><ul>{rel}</ul></aside>"""
        else:
            main = f"""<div class="detail">
<div class="detail-cat"><a href="{self.listing_path(1)}">{esc(CATEGORIES[MAIN])}</a></div>
<h1 class="detail-title">{esc(entry.title)}</h1>
<div class="detail-time">{fmt_weekday(entry.published)}</div>
<div class="detail-content">
{blocks}
{f'<p class="author" style="text-align:right"><strong>{esc(author)}</strong></p>' if author else ''}
</div>
<div class="tags">Từ khóa: {tags}</div>
{share_bar(f"/binhdinh/print/{entry.id}")}
</div>
<div class="related"><h3>Tin cùng chuyên mục</h3><ul>{rel}</ul></div>"""
        head = f'<link rel="canonical" href="{esc(req.base + self.article_path(entry, self.layout))}">\n'
        return Response(body=self.frame(entry.title, main, crumb=self.crumb(), head=head),
                        etag_key=self.article_key(entry, related), last_modified=entry.modified)

    def feed(self, req: Request) -> Response:
        items = self.entries()[:20]
        base = req.base
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
               f"<title>{esc(self.info['name'])} - {esc(CATEGORIES[MAIN])}</title>",
               f"<link>{esc(base + self.listing_path(1))}</link>",
               f'<atom:link href="{esc(base + self.feed_path(self.layout))}" rel="self" type="application/rss+xml"/>',
               f"<description>Tin {esc(CATEGORIES[MAIN].lower())}</description><language>vi</language>"]
        if items:
            out.append(f"<lastBuildDate>{format_datetime(max(e.modified for e in items))}</lastBuildDate>")
        for e in items:
            link = base + self.article_path(e, self.layout)
            out.append(f"<item><title>{esc(e.title)}</title><link>{esc(link)}</link>"
                       f'<guid isPermaLink="true">{esc(link)}</guid>'
                       f"<pubDate>{format_datetime(e.published)}</pubDate>"
                       f"<description>{esc(e.teaser())}</description></item>")
        out.append("</channel></rss>")
        return Response(body="\n".join(out), content_type="application/rss+xml; charset=utf-8",
                        etag_key=self.listing_key(items, "rss"), last_modified=self.newest(items))

    def home(self) -> Response:
        items = self.entries()[:5]
        lis = "".join(f'<li><a href="{esc(self.article_path(e, self.layout))}">{esc(e.title)}</a></li>' for e in items)
        main = (f'<h2>Tin mới nhất</h2><ul class="home-news">{lis}</ul>'
                f'<p><a href="{self.listing_path(1)}">{esc(CATEGORIES[MAIN])}</a></p>')
        return Response(body=self.frame(self.info["name"], main), etag_key=self.listing_key(items, "home"),
                        last_modified=self.newest(items))

    def aux(self, title: str, items, key: tuple, *, form: bool = False, login: bool = False,
            rss: bool = False) -> Response:
        lis = "".join(f'<li><a href="{esc(self.article_path(e, self.layout))}">{esc(e.title)}</a></li>' for e in items)
        inner = f'<h1 class="cat-title">{esc(title)}</h1><ul class="news-list">{lis}</ul>'
        if form:
            inner = '<form action="/binhdinh/tim-kiem"><input name="q"><button>Tìm</button></form>' + inner
        if login:
            inner += ('<form method="post"><input name="username" placeholder="Tên đăng nhập">'
                      '<input type="password" name="password"><button>Đăng nhập</button></form>')
        if rss:
            inner += f'<p><a href="{self.feed_path(self.layout)}">{esc(CATEGORIES[MAIN])}</a></p>'
        return Response(body=self.frame(title, inner), etag_key=self.listing_key(list(items), *key),
                        last_modified=self.newest(list(items)))

    def chrome_strings(self) -> list[str]:
        i = self.info
        return [i["welcome"], "Tin cùng chuyên mục", "Từ khóa:", "Lịch công tác", "Thăm dò ý kiến", "Chia sẻ:",
                "In bài", i["phone"], i["license"], "Trang chủ"]

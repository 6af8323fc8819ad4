"""Công báo-style government gazette (parser: lawdoc; the source reads the RSS feed only).

RSS ``/congbao/cac-van-ban-moi-ban-hanh.rss`` lists every published document.  A document
page (``/congbao/van-ban/<loai>-so-<so>-<nam>-<ky-hieu>-<id>.htm``; any other slug with the
right id, e.g. ``x-<id>.htm``, answers 302 to the canonical one) shows the title only in
``og:title`` and an ``h2`` (the ``h1`` is the logo), "Ban hành: dd/mm/yyyy | Hiệu lực:
dd/mm/yyyy", "Label: value" lines (Số hiệu, Loại văn bản, Cơ quan ban hành, Người ký, Lĩnh
vực, Số công báo, Ngày công báo), a short summary, a PDF link
(``/congbao/CongBaoCP/VanBan/YYYY/MM/<id>/<so-ky-hieu>.signed.pdf``, served as
application/pdf with validators), today's date in the header and a "Văn bản mới" box
whose "Ban hành:" dates belong to other documents.  The site search redirects to the home
page, as on the real site.

Layout v2: the feed moves to ``/congbao/rss/van-ban-moi.rss`` (the old one is 404) and
documents to ``/congbao/van-ban/chi-tiet/<id>``.
"""
from __future__ import annotations

import re
from email.utils import format_datetime

from ..chrome import banner_05, document, esc, menu, support_footer
from ..util import WEEKDAYS_VI, slugify, to_local
from .base import Request, Response, redirect
from .lawbase import LawSite, dmy, number_slug

FEED_V1 = "/congbao/cac-van-ban-moi-ban-hanh.rss"
FEED_V2 = "/congbao/rss/van-ban-moi.rss"
LISTING = "/congbao/cac-van-ban-moi-ban-hanh"
_DOC_V1 = re.compile(r"^/congbao/van-ban/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)\.htm$")
_DOC_V2 = re.compile(r"^/congbao/van-ban/chi-tiet/(?P<id>\d+)$")
_PDF = re.compile(r"^/congbao/CongBaoCP/VanBan/(?P<y>\d{4})/(?P<m>\d\d)/(?P<id>\d+)/(?P<file>[^/]+)$")


class CongBao(LawSite):
    name = "congbao"
    article_patterns = (_DOC_V1, _DOC_V2)
    per_page = 5
    server_header = "nginx"

    # ------------------------------------------------------------------ URLs
    def slug(self, entry) -> str:
        meta = entry.item["meta"]
        return f"{slugify(meta['type'])}-so-{number_slug(meta['number']).lower()}"

    def article_path(self, entry, layout: int = 1) -> str:
        if layout == 2:
            return f"/congbao/van-ban/chi-tiet/{entry.id}"
        return f"/congbao/van-ban/{self.slug(entry)}-{entry.id}.htm"

    def listing_path(self, page: int = 1, layout: int = 1) -> str:
        return LISTING + (f"?page={page}" if page > 1 else "")

    def feed_path(self, layout: int = 1) -> str:
        return FEED_V2 if layout == 2 else FEED_V1

    def pdf_path(self, entry) -> str:
        gz_date = self.gazette(entry)[1] or entry.published.strftime("%Y-%m-%d")
        y, m, _ = gz_date.split("-")
        return f"/congbao/CongBaoCP/VanBan/{y}/{m}/{entry.id}/{entry.item['pdf']}"


    # --------------------------------------------------------------- routing
    def handle(self, req: Request) -> Response | None:
        path = req.path.rstrip("/") or "/"
        if path == "/congbao":
            return self.aux("Công báo điện tử", self.entries()[:5], ("home",))
        if path == LISTING:
            n = self.page_param(req.query)
            if n is None or n > self.pages():
                return None
            return self.listing(n)
        if path == self.feed_path(self.layout):
            return self.feed(req)
        m = _DOC_V1.match(path)
        if m:
            entry = self.by_id(m.group("id"))
            if entry is None or entry.removed:
                return None
            if m.group("slug") != self.slug(entry):
                return redirect(self.article_path(entry))
            return self.document(entry)
        m = _DOC_V2.match(path)
        if m:
            entry = self.by_id(m.group("id"))
            if self.layout != 2 or entry is None or entry.removed:
                return None
            return self.document(entry)
        m = _PDF.match(path)
        if m:
            entry = self.by_id(m.group("id"))
            if entry is None or entry.removed or self.pdf_path(entry) != path:
                return None
            return self.pdf_response(entry)
        if path == "/congbao/tra-cuu":
            return redirect("/congbao/")  # the real site search is broken the same way
        m = re.match(r"^/congbao/cac-van-ban-ban-hanh-boi-([a-z0-9-]+)$", path)
        if m:
            items = [e for e in self.entries() if slugify(e.item["meta"]["issuer"]) == m.group(1)]
            if items:
                return self.aux(f"Văn bản ban hành bởi {items[0].item['meta']['issuer']}", items, ("by", m.group(1)))
            return None
        if path == "/congbao/dang-nhap":
            return self.aux("Đăng nhập", [], ("login",), login=True)
        m = re.match(r"^/congbao/print/(\d+)$", path)
        if m:
            entry = self.by_id(m.group(1))
            if entry and not entry.removed:
                return self.print_response(entry)
        return None

    # ------------------------------------------------------------- templates
    def issuers(self) -> list[str]:
        return sorted({e.item["meta"]["issuer"] for e in self.state.published(self.name)})

    def frame(self, title: str, main: str, *, head: str = "", side: str = "") -> str:
        i = self.info
        now = to_local(self.state.now())
        nav = menu([("Trang chủ", "/congbao/"), ("Văn bản mới ban hành", LISTING), ("Tra cứu", "/congbao/tra-cuu"),
                    ("RSS", self.feed_path(self.layout)), ("Đăng nhập", "/congbao/dang-nhap")], css="main-nav")
        by = "".join(f'<li><a href="/congbao/cac-van-ban-ban-hanh-boi-{slugify(x)}">{esc(x)}</a></li>' for x in self.issuers())
        head += (f'<link rel="alternate" type="application/rss+xml" title="Văn bản mới ban hành" '
                 f'href="{self.feed_path(self.layout)}">\n')
        body = f"""<header class="site-header">
  <h1 class="logo"><a href="/congbao/"><img src="/static/congbao-logo.png" alt=""> {esc(i['brand'])}</a></h1>
  <nav>{nav}</nav>
  <div class="today">{WEEKDAYS_VI[now.weekday()]}, {now:%d/%m/%Y}</div>
</header>
<div class="container"><div class="row">
<div class="col-main">
{main}
</div>
<aside class="col-side">
{side}
<div class="box box-coquan"><h3>Cơ quan ban hành</h3><ul>{by}</ul></div>
{banner_05("/congbao/cac-van-ban-moi-ban-hanh")}
</aside>
</div></div>
<footer class="site-footer"><p>{esc(i['name'])}</p><p>Cơ quan chủ quản: Văn phòng Chính phủ. Địa chỉ: {esc(i['address'])} - Điện thoại: {esc(i['phone'])} - Email: {esc(i['email'])}</p>
{support_footer()}</footer>"""
        return document(title, body, head=head)

    def new_box(self, entry=None) -> tuple[str, list]:
        rel = self.related(entry, 3) if entry is not None else self.entries()[:3]
        lis = "".join(f'<li><a href="{esc(self.article_path(e, self.layout))}">{esc(e.item["meta"]["type"])} số '
                      f'{esc(e.item["meta"]["number"])}</a><p>Ban hành: {dmy(e.item["meta"]["issued"])}</p></li>' for e in rel)
        return f'<div class="box box-vbmoi"><h3>Văn bản mới</h3><ul>{lis}</ul></div>', rel

    def rows(self, items) -> str:
        return "".join(
            f'<div class="doc-item"><a class="doc-item__title" href="{esc(self.article_path(e, self.layout))}">{esc(e.title)}</a>'
            f'<p class="doc-item__meta">Ban hành: {dmy(e.item["meta"]["issued"])} - Công báo số {esc(self.gazette(e)[0])}</p></div>'
            for e in items)

    def listing(self, n: int) -> Response:
        items = self.page_slice(n)
        last = self.pages()
        pager = ""
        if self.layout == 1:
            links = []
            if n > 1:
                links.append(f'<a rel="prev" href="{esc(self.listing_path(n - 1))}">« Trang trước</a>')
            links += [f'<a href="{esc(self.listing_path(i))}">{i}</a>' if i != n else f"<span>{i}</span>" for i in range(1, last + 1)]
            if n < last:
                links.append(f'<a rel="next" href="{esc(self.listing_path(n + 1))}">Trang sau »</a>')
            pager = f'<div class="pagination">{" ".join(links)}</div>'
        main = f'<h2 class="page-title">Văn bản mới ban hành</h2><div class="doc-list">{self.rows(items)}</div>{pager}'
        keys = tuple(self.doc_etag_parts(e) for e in items)
        return Response(body=self.frame("Văn bản mới ban hành - Công báo điện tử", main),
                        etag_key=self.listing_key(items, n, last, keys), last_modified=self.newest(items))

    def aux(self, title: str, items, key: tuple, *, login: bool = False) -> Response:
        main = f'<h2 class="page-title">{esc(title)}</h2><div class="doc-list">{self.rows(items)}</div>'
        if login:
            main += '<form method="post"><input name="email"><input type="password" name="matkhau"><button>Đăng nhập</button></form>'
        return Response(body=self.frame(title, main), etag_key=self.listing_key(list(items), *key),
                        last_modified=self.newest(list(items)))

    def feed(self, req: Request) -> Response:
        items = self.entries()
        base = req.base
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
               f"<title>{esc(self.info['name'])} - Văn bản mới ban hành</title>",
               f"<link>{esc(base + LISTING)}</link>",
               f'<atom:link href="{esc(base + self.feed_path(self.layout))}" rel="self" type="application/rss+xml"/>',
               "<description>Các văn bản mới đăng Công báo</description><language>vi</language>"]
        if items:
            out.append(f"<lastBuildDate>{format_datetime(max(e.modified for e in items))}</lastBuildDate>")
        for e in items:
            link = base + self.article_path(e, self.layout)
            summary = e.item["summary"][0]
            out.append(f"<item><title>{esc(e.title)}</title><link>{esc(link)}</link>"
                       f'<guid isPermaLink="true">{esc(link)}</guid>'
                       f"<pubDate>{format_datetime(e.published)}</pubDate>"
                       f"<description>{esc(summary)}</description></item>")
        out.append("</channel></rss>")
        keys = tuple(self.doc_etag_parts(e) for e in items)
        return Response(body="\n".join(out), content_type="application/rss+xml; charset=utf-8",
                        etag_key=self.listing_key(items, "rss", keys), last_modified=self.newest(items))

    def document(self, entry) -> Response:
        meta = entry.item["meta"]
        gz_no, gz_date = self.gazette(entry)
        head = (f'<meta property="og:site_name" content="Công báo điện tử">\n'
                f'<meta property="og:title" content="{esc(entry.title)}">\n<meta property="og:type" content="article">\n'
                f'<meta name="description" content="{esc(entry.item["summary"][0])}">\n')
        lines = [f'<p class="meta-line"><span class="meta-item">Ban hành: {dmy(meta["issued"])}</span> '
                 f'<span class="meta-sep">|</span> <span class="meta-item">Hiệu lực: {dmy(self.effective_of(entry))}</span></p>']
        for label, value in (("Số hiệu", meta["number"]), ("Loại văn bản", meta["type"]), ("Cơ quan ban hành", meta["issuer"]),
                             ("Người ký", meta["signer"]), ("Lĩnh vực", meta["field"]), ("Số công báo", gz_no),
                             ("Ngày công báo", dmy(gz_date))):
            lines.append(f'<p class="meta-line">{esc(label)}: {esc(value)}</p>')
        summary = "".join(f"<p>{esc(p)}</p>" for p in list(entry.item["summary"]) + list(entry.extra))
        side, rel = self.new_box(entry)
        main = f"""<div class="breadcrumb"><a href="/congbao/">Trang chủ</a> › <a href="{LISTING}">Văn bản mới ban hành</a></div>
<div class="doc-detail">
<h2 class="doc-detail__title">{esc(entry.title)}</h2>
<div class="doc-detail__meta">{"".join(lines)}</div>
<div class="doc-detail__summary">{summary}</div>
<div class="doc-detail__files"><h3>Tệp đính kèm</h3><ul><li><a href="{esc(self.pdf_path(entry))}">Tải văn bản (PDF)</a></li></ul></div>
<div class="share-tools"><a href="javascript:void(0)" class="fb">Chia sẻ Facebook</a> <a href="/congbao/print/{entry.id}" rel="nofollow">In trang</a></div>
</div>"""
        return Response(body=self.frame(f"{meta['type']} số {meta['number']} - Công báo điện tử", main, head=head, side=side),
                        etag_key=self.article_key(entry, rel, *self.doc_etag_parts(entry)), last_modified=entry.modified)

    def chrome_strings(self) -> list[str]:
        return ["Ban hành:", "Số hiệu:", "Số công báo", "Người ký", "Tải văn bản", "Văn bản mới", "Trang chủ", "Chia sẻ",
                "Cơ quan chủ quản", self.info["brand"], self.info["phone"], "In trang"]

"""Tây Ninh party portal (NukeViet look-alike).  Sends no ETag / Last-Modified; has a sitemap."""
from __future__ import annotations

import re

from ..chrome import banner_05, document, esc, menu, render_blocks, share_bar, support_footer
from ..util import fmt_dmy, fmt_ngay_thang, fmt_w3c, slugify
from .base import Request, Response, Site, redirect

CAT = "xay-dung-dang"
SECTION = "Xây dựng Đảng"
CATS = {"xay-dung-dang": SECTION, "chinh-tri": "Chính trị", "kinh-te": "Kinh tế", "van-hoa-xa-hoi": "Văn hóa - Xã hội"}
_ART_V1 = re.compile(r"^/tayninh/news/(?P<cat>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)\.html$")
_ART_V2 = re.compile(r"^/tayninh/tin-tuc/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)$")


class TayNinh(Site):
    name = "tayninh"
    article_patterns = (_ART_V1, _ART_V2)
    per_page = 5
    validators = False
    server_header = "Apache"

    def slug(self, entry) -> str:
        return slugify(entry.item["title"], max_words=12)

    def article_path(self, entry, layout: int = 1) -> str:
        if layout == 2:
            return f"/tayninh/tin-tuc/{self.slug(entry)}-{entry.id}"
        return f"/tayninh/news/{CAT}/{self.slug(entry)}-{entry.id}.html"

    def listing_path(self, page: int = 1, layout: int = 1) -> str:
        return f"/tayninh/news/{CAT}/" + (f"page-{page}" if page > 1 else "")


    # --------------------------------------------------------------- routing
    def handle(self, req: Request) -> Response | None:
        path = req.path
        if path in ("/tayninh", "/tayninh/"):
            return self.aux("Trang chủ", self.entries()[:5])
        if path == "/tayninh/sitemap.xml":
            return self.sitemap(req)
        m = _ART_V1.match(path) or _ART_V2.match(path)
        if m:
            if m.re is _ART_V2 and self.layout != 2:
                return None
            entry = self.by_id(m.group("id"))
            if entry is None or entry.removed:
                return None
            return self.article(entry)
        m = re.match(r"^/tayninh/news/([a-z0-9-]+)/(?:page-(\d+))?$", path)
        if m and m.group(1) in CATS:
            if m.group(1) != CAT:
                return self.aux(CATS[m.group(1)], self.entries()[1:4])
            n = int(m.group(2) or 1)
            if n < 1 or n > self.pages():
                return None
            return self.listing(n)
        if re.match(r"^/tayninh/news/[a-z0-9-]+$", path):
            return redirect(path + "/", 301)
        m = re.match(r"^/tayninh/news/tag/([a-z0-9-]+)$", path)
        if m:
            items = [e for e in self.entries() if m.group(1) in {slugify(t) for t in e.item.get("tags", [])}]
            return self.aux(f"Tag: {m.group(1)}", items) if items else None
        if path == "/tayninh/news/search/":
            return self.aux("Tìm kiếm", self.search(req.query.get("q", "")), form=True)
        if path == "/tayninh/users/login/":
            return self.aux("Đăng nhập thành viên", [], login=True)
        m = re.match(r"^/tayninh/print/news/(\d+)$", path)
        if m:
            entry = self.by_id(m.group(1))
            if entry and not entry.removed:
                return Response(body=document(entry.title, f"<h1>{esc(entry.title)}</h1>"
                                              f"<p>{fmt_ngay_thang(entry.published)}</p>{render_blocks(entry.body)}"))
        return None

    # ------------------------------------------------------------- templates
    def frame(self, title: str, main: str) -> str:
        i = self.info
        nav = menu([("Trang chủ", "/tayninh/")] + [(label, f"/tayninh/news/{slug}/") for slug, label in CATS.items()] +
                   [("Tìm kiếm", "/tayninh/news/search/"), ("Thành viên", "/tayninh/users/login/")],
                   css="nav navbar-nav")
        body = f"""<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo"><a href="/tayninh/"><img src="/tayninh/uploads/logo.png" alt=""></a>
<span class="site_name">{esc(i['header'])}</span><span class="site_description">{esc(i['name'])}</span></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container">{nav}</div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
<div class="col-sm-8 col-md-6">
{banner_05("/tayninh/news/chinh-tri/")}
<div class="panel panel-default"><div class="panel-heading">Thống kê</div><div class="panel-body">Đang truy cập: 12</div></div>
</div></div></div></section>
<footer id="footer"><div class="container"><p><strong>{esc(i['name'].upper())}</strong></p><p>{esc(i['owner'])}</p>
<p>{esc(i['license'])}</p><p>Địa chỉ: {esc(i['address'])} - Điện thoại: {esc(i['phone'])} - Email: {esc(i['email'])}</p>
{support_footer()}<p>Powered by NukeViet CMS</p></div></footer></div></div>"""
        return document(title, body)

    def listing(self, n: int) -> Response:
        items = self.page_slice(n)
        last = self.pages()
        if self.layout == 2:
            rows = "".join(f'<div class="story-v2"><a href="{esc(self.article_path(e, 2))}" class="story-v2__title">'
                           f'{esc(e.title)}</a><span>{fmt_dmy(e.published)}</span></div>' for e in items)
            main = f'<div class="stories-v2"><h1>{esc(SECTION)}</h1>{rows}</div>'
        else:
            rows = "".join(
                f'<div class="news_column"><div class="panel-body"><h3><a href="{esc(self.article_path(e))}" '
                f'title="{esc(e.title)}">{esc(e.title)}</a></h3><ul class="list-inline text-muted"><li>{fmt_dmy(e.published)}</li></ul>'
                f'<p class="text-justify">{esc(e.teaser())}</p></div></div>' for e in items)
            pages = []
            for i in range(1, last + 1):
                pages.append(f'<li class="active"><a href="#">{i}</a></li>' if i == n else
                             f'<li><a href="{esc(self.listing_path(i))}">{i}</a></li>')
            if n < last:
                pages.append(f'<li><a href="{esc(self.listing_path(n + 1))}" rel="next">&raquo;</a></li>')
            main = f'<h1 class="title">{esc(SECTION)}</h1>{rows}<div class="text-center"><ul class="pagination">{"".join(pages)}</ul></div>'
        return Response(body=self.frame(SECTION, main))

    def article(self, entry) -> Response:
        blocks = render_blocks(entry.body, v2=self.layout == 2, blank_between=self.layout == 1)
        author = entry.author
        items = self.entries()
        newer = [e for e in items if (e.published, e.seq) > (entry.published, entry.seq)][-3:]
        older = self.related(entry, 3) if entry.sidebar_rev else \
            [e for e in items if (e.published, e.seq) < (entry.published, entry.seq)][:3]

        def lis(es):
            return "".join(f'<li><a href="{esc(self.article_path(e, self.layout))}">{esc(e.title)}</a> '
                           f'<em>({fmt_dmy(e.published)})</em></li>' for e in es)
        if self.layout == 2:
            main = f"""<div class="article-v2"><h2 class="article-v2__title">{esc(entry.title)}</h2>
<div class="article-v2__meta">{fmt_dmy(entry.published)}</div>
<div class="article-v2__body">{blocks}{f'<div class="para">{esc(author)}</div>' if author else ''}</div></div>
<div class="article-v2__more"><ul>{lis(newer + older)}</ul></div>"""
        else:
            tags = ", ".join(f'<a href="/tayninh/news/tag/{slugify(t)}">{esc(t)}</a>' for t in entry.item.get("tags", []))
            main = f"""<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(entry.title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{fmt_ngay_thang(entry.published)}</span></div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{blocks}
</div>
{f'<p class="text-right"><strong>Tác giả: {esc(author)}</strong></p>' if author else ''}
<div class="keywords">Từ khóa: {tags}</div>
{share_bar(f"/tayninh/print/news/{entry.id}")}
</div></div>
<div class="news-search-by-date panel panel-default"><div class="panel-heading">Tìm kiếm theo ngày</div>
<div class="panel-body"><form action="/tayninh/news/search/" method="get">
<label>Từ ngày <input type="text" name="from" placeholder="dd/mm/yyyy"></label>
<label>Đến ngày <input type="text" name="to" placeholder="dd/mm/yyyy"></label>
<button type="submit">Tìm kiếm</button></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<p><strong>Những tin mới hơn</strong></p><ul class="related">{lis(newer)}</ul>
<p><strong>Những tin cũ hơn</strong></p><ul class="related">{lis(older)}</ul></div></div>"""
        return Response(body=self.frame(entry.title, main))

    def sitemap(self, req: Request) -> Response:
        base = req.base
        urls = []
        for e in self.entries():
            urls.append(f"<url><loc>{esc(base + self.article_path(e, self.layout))}</loc>"
                        f"<lastmod>{fmt_w3c(e.modified)}</lastmod><changefreq>monthly</changefreq></url>")
        newest = self.newest(self.entries())
        for n in range(1, self.pages() + 1):
            lm = f"<lastmod>{fmt_w3c(newest)}</lastmod>" if newest else ""
            urls.append(f"<url><loc>{esc(base + self.listing_path(n))}</loc>{lm}<changefreq>daily</changefreq></url>")
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(urls) + "\n</urlset>\n")
        return Response(body=xml, content_type="application/xml; charset=utf-8")

    def aux(self, title: str, items, *, form: bool = False, login: bool = False) -> Response:
        rows = "".join(f'<li><a href="{esc(self.article_path(e, self.layout))}">{esc(e.title)}</a></li>' for e in items)
        inner = f'<h1 class="title">{esc(title)}</h1><ul>{rows}</ul>'
        if form:
            inner = '<form action="/tayninh/news/search/"><input name="q"><button>Tìm kiếm</button></form>' + inner
        if login:
            inner += '<form method="post"><input name="nv_login"><input type="password" name="nv_password"><button>Đăng nhập</button></form>'
        return Response(body=self.frame(title, inner))

    def chrome_strings(self) -> list[str]:
        i = self.info
        return ["Tìm kiếm theo ngày", "Từ ngày", "Đến ngày", "Những tin mới hơn", "Những tin cũ hơn", "Từ khóa:",
                "Chia sẻ:", "In bài", i["phone"], i["license"], "Powered by NukeViet CMS", "Thống kê"]

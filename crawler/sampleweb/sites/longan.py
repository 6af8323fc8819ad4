"""Long An Tỉnh ủy portal (IBM WebSphere Portal look-alike).

URLs carry a per-render navigation state token (``/!ut/p/z1/<token>/``) that changes on
every page render, while the article identity sits in ``?uri=nm:oid:Z6_<stable-id>``.
"""
from __future__ import annotations

import base64
import hashlib
import re
import string

from ..chrome import banner_05, document, esc, menu, render_blocks, share_bar, support_footer
from ..util import fmt_dmy, fmt_longan, slugify
from .base import Request, Response, Site, redirect

ROOT = "/longan/wps/portal/tinhuy"
_TOKEN_ALPHABET = string.ascii_letters + string.digits + "_-"
_PAGE_RE = re.compile(r"^/longan/wps/portal/tinhuy(?:/(?P<page>[a-z0-9-]+))?/!ut/p/z1/(?P<tok>[A-Za-z0-9_!\-]+)/?$")

MENU_PAGES = {
    "gioi-thieu": "Giới thiệu",
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-tin-chi-dao": "Thông tin chỉ đạo cấp ủy",
    "van-ban-chi-dao": "Văn bản chỉ đạo",
    "chuyen-de": "Chuyên đề",
    "tim-kiem": "Tìm kiếm",
    "dang-nhap": "Đăng nhập",
}
SECTION = "Thông tin chỉ đạo cấp ủy"


def oid_for(key: str) -> str:
    digest = hashlib.sha1(f"longan:{key}".encode()).digest()
    return "Z6_" + base64.b32encode(digest).decode()[:26]


class LongAn(Site):
    name = "longan"
    per_page = 10
    server_header = "IBM_HTTP_Server"

    # ------------------------------------------------------------------ urls
    def token(self) -> str:
        rng = self.state.rng
        return "04_Sj9CPykssy0xPLMnMz0vMAfI" + "".join(rng.choice(_TOKEN_ALPHABET) for _ in range(64))

    def page_url(self, page: str | None, query: str = "") -> str:
        sub = f"/{page}" if page else ""
        return f"{ROOT}{sub}/!ut/p/z1/{self.token()}/" + (f"?{query}" if query else "")

    def article_path(self, entry, layout: int = 1) -> str:
        if layout == 2:
            return self.page_url(None, f"urile=wcm:path:/tinhuy/thong-tin-chi-dao/{slugify(entry.item['title'])}")
        return self.page_url(None, f"uri=nm:oid:{oid_for(entry.key)}")

    def listing_path(self, page: int = 1, layout: int = 1) -> str:
        return self.page_url("thong-tin-chi-dao", f"pagenum={page}" if page > 1 else "")

    def print_path(self, entry) -> str:
        return f"/longan/print/?uri=nm:oid:{oid_for(entry.key)}"

    def match_article(self, path: str, query: dict) -> str | None:
        m = _PAGE_RE.match(path)
        if not m or m.group("page"):
            return None
        uri = query.get("uri", "")
        if uri.startswith("nm:oid:"):
            oid = uri[len("nm:oid:"):]
            for e in self.state.entries.values():
                if e.family == self.name and oid_for(e.key) == oid:
                    return e.key
        urile = query.get("urile", "")
        if urile.startswith("wcm:path:/tinhuy/thong-tin-chi-dao/"):
            slug = urile.rsplit("/", 1)[-1]
            for e in self.state.entries.values():
                if e.family == self.name and slugify(e.item["title"]) == slug:
                    return e.key
        return None

    # --------------------------------------------------------------- routing
    def handle(self, req: Request) -> Response | None:
        path = req.path
        if path in ("/longan", "/longan/", ROOT, ROOT + "/"):
            return redirect(self.page_url(None))
        if path == "/longan/print/" or path == "/longan/print":
            key = self.match_article(self.page_url(None), req.query)
            entry = self.by_key(key) if key else None
            return self.print_page(entry) if entry and not entry.removed else None
        m = _PAGE_RE.match(path)
        if not m:
            sub = re.match(r"^/longan/wps/portal/tinhuy/([a-z0-9-]+)/?$", path)
            if sub and sub.group(1) in MENU_PAGES:
                return redirect(self.page_url(sub.group(1)))
            return None
        page = m.group("page")
        if page is None:
            if "uri" in req.query or "urile" in req.query:
                if self.layout == 1 and "urile" in req.query:
                    return None  # the wcm:path links only exist after the redesign
                key = self.match_article(path, req.query)
                entry = self.by_key(key) if key else None
                if entry is None or entry.removed:
                    return None
                return self.article(req, entry)
            return self.home(req)
        if page == "thong-tin-chi-dao":
            n = self.page_param(req.query, "pagenum")
            if n is None or n > self.pages():
                return None
            return self.listing(req, n)
        if page in MENU_PAGES:
            return self.aux(req, page)
        return None

    # ------------------------------------------------------------- templates
    def frame(self, title: str, main: str, *, sidebar_extra: str = "") -> str:
        nav = menu([("Trang chủ", self.page_url(None))] +
                   [(label, self.page_url(slug)) for slug, label in MENU_PAGES.items()], css="wpthemeNav")
        info = self.info
        body = f"""<div class="wpthemeFrame">
<div class="wpthemeHeader"><div class="wpthemeBanner"><a href="{esc(self.page_url(None))}"><img src="/longan/static/logo.png" alt="{esc(info['name'])}"></a>
<span class="wpthemeBannerTitle">{esc(info['banner'])}</span></div>
<div class="wpthemeNavContainer">{nav}</div></div>
<div class="wpthemeMainContent"><div class="wpthemeInner"><div class="row">
<div class="col-md-8 component-container ibmDndColumn">
{main}
</div>
<div class="col-md-4 component-container ibmDndColumn sidebar">
{banner_05(self.page_url('chuyen-de'))}
<div class="box-links"><h3>Liên kết website</h3><ul><li><a href="{esc(self.page_url('gioi-thieu'))}">Lịch sử Đảng bộ tỉnh</a></li><li><a href="{esc(self.page_url('van-ban-chi-dao'))}">Văn bản chỉ đạo</a></li></ul></div>
{sidebar_extra}
</div></div></div></div>
<div class="wpthemeFooter"><p><strong>{esc(info['footer_title'])}</strong></p>
<p>{esc(info['owner'])}</p><p>Địa chỉ: {esc(info['address'])}</p>
<p>Điện thoại: {esc(info['phone'])} - Fax: {esc(info['fax'])} - Email: {esc(info['email'])}</p>
{support_footer()}</div>
</div>"""
        return document(title, body, body_attrs='class="lotusui30dojo tundra locale_vi"')

    def pager(self, current: int, css: str = "paging") -> str:
        last = self.pages()
        links = [f'<a href="{esc(self.listing_path(1))}" class="first">Trang đầu</a>']
        for n in range(1, last + 1):
            if n == current:
                links.append(f'<span class="current">{n}</span>')
            else:
                links.append(f'<a href="{esc(self.listing_path(n))}">{n}</a>')
        links.append(f'<a href="{esc(self.listing_path(last))}" class="last">Trang cuối</a>')
        return f'<div class="{css}">' + " ".join(links) + "</div>"

    def item_list(self, items, *, teaser: bool = True) -> str:
        lis = []
        for e in items:
            href = self.article_path(e, self.layout)
            if self.layout == 2:
                lis.append(f'<article class="teaser-v2"><h4><a data-href="{esc(href)}" href="{esc(href)}">{esc(e.title)}</a></h4>'
                           f'<time>{fmt_dmy(e.published)}</time></article>')
                continue
            sapo = f'<p class="sapo">{esc(e.teaser())}</p>' if teaser else ""
            lis.append(f'<li class="item"><a href="{esc(href)}">{esc(e.title)}</a> '
                       f'<span class="date">({fmt_dmy(e.published)})</span>{sapo}</li>')
        if self.layout == 2:
            return '<div class="list-v2">' + "\n".join(lis) + "</div>"
        return '<ul class="list-news">' + "\n".join(lis) + "</ul>"

    def listing(self, req: Request, n: int) -> Response:
        items = self.page_slice(n)
        if self.layout == 2:
            nav = " ".join(f'<a class="pg" data-page="{i}" href="{esc(self.listing_path(i))}">{i}</a>'
                           for i in range(1, self.pages() + 1))
            main = (f'<section class="channel-v2"><h1 class="channel-title">{esc(SECTION)}</h1>'
                    f'{self.item_list(items)}<nav class="pagination-v2">{nav}</nav></section>')
        else:
            main = (f'<div class="ibmPortalControl"><h2 class="section-title">{esc(SECTION)}</h2>'
                    f'{self.item_list(items)}{self.pager(n)}</div>')
        html = self.frame(f"{SECTION} - Trang {n}", main)
        return Response(body=html, etag_key=self.listing_key(items, n, self.pages()),
                        last_modified=self.newest(items))

    def article(self, req: Request, entry) -> Response:
        related = self.related(entry, 10)
        body_html = render_blocks(entry.body, v2=self.layout == 2)
        author = entry.author
        if self.layout == 2:
            main = f"""<article class="wcm-article">
<p class="kicker">{esc(SECTION)}</p>
<h2 class="headline">{esc(entry.title)}</h2>
<time class="pubtime">{fmt_longan(entry.published)}</time>
<section class="story-body">
{body_html}
{f'<div class="para byline">{esc(author)}</div>' if author else ''}
</section></article>
<aside class="more-v2"><h3>Tin liên quan</h3>{self.item_list(related, teaser=False)}</aside>"""
        else:
            others = "".join(
                f'<li><a href="{esc(self.article_path(e))}">{esc(e.title)}</a> <span>({fmt_dmy(e.published)})</span></li>'
                for e in related)
            main = f"""<div class="ibmPortalControl">
<h2 class="section-title"><a href="{esc(self.listing_path(1))}">{esc(SECTION)}</a></h2>
<div class="news-detail">
<h1 class="news-title">{esc(entry.title)}</h1>
<div class="news-datetime">{fmt_longan(entry.published)}</div>
<div class="font-tool">Màu chữ <a href="javascript:void(0)" class="color-black">&#9632;</a> <a href="javascript:void(0)" class="color-blue">&#9632;</a> Cỡ chữ <a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A</a> <a href="javascript:void(0)">A+</a></div>
<div class="news-content" id="noidung">
{body_html}
{f'<p class="author" style="text-align:right"><strong>{esc(author)}</strong></p>' if author else ''}
</div>
{share_bar(self.print_path(entry))}
</div>
<div class="other-news"><h3>Các tin khác</h3><ul>{others}</ul>
{self.pager(1)}</div>
</div>"""
        html = self.frame(entry.title, main)
        return Response(body=html, etag_key=self.article_key(entry, related), last_modified=entry.modified)

    def print_page(self, entry) -> Response:
        html = document(entry.title, f"<h1>{esc(entry.title)}</h1><p>{fmt_longan(entry.published)}</p>"
                        f"{render_blocks(entry.body)}<p>{esc(entry.author or '')}</p>"
                        "<p><a href=\"javascript:window.print()\">In trang</a></p>")
        return Response(body=html, etag_key=("print", entry.content_key()), last_modified=entry.modified)

    def home(self, req: Request) -> Response:
        items = self.entries()[:5]
        main = (f'<div class="ibmPortalControl"><h2 class="section-title">Tin mới</h2>{self.item_list(items)}'
                f'<p><a href="{esc(self.listing_path(1))}">Xem tất cả: {esc(SECTION)}</a></p></div>')
        return Response(body=self.frame(self.info["name"], main), etag_key=self.listing_key(items, "home"),
                        last_modified=self.newest(items))

    def aux(self, req: Request, page: str) -> Response:
        label = MENU_PAGES[page]
        if page == "tim-kiem":
            q = req.query.get("q", "")
            items = self.search(q)
            inner = (f'<form action="{esc(self.page_url("tim-kiem"))}"><input name="q" value="{esc(q)}">'
                     f'<button>Tìm kiếm</button></form>{self.item_list(items, teaser=False)}')
        elif page == "dang-nhap":
            items = []
            inner = ('<form method="post" class="login"><label>Tên đăng nhập <input name="u"></label>'
                     '<label>Mật khẩu <input type="password" name="p"></label><button>Đăng nhập</button></form>')
        else:
            items = self.entries()[3:6]
            inner = f'<p>Các bài viết trong mục {esc(label)}.</p>{self.item_list(items, teaser=False)}'
        main = f'<div class="ibmPortalControl"><h2 class="section-title">{esc(label)}</h2>{inner}</div>'
        return Response(body=self.frame(label, main), etag_key=self.listing_key(items, page, req.query.get("q")),
                        last_modified=self.newest(items))

    #: chrome strings present on a v1 article page (fixtures list them as text_excludes)
    def chrome_strings(self) -> list[str]:
        i = self.info
        return ["Màu chữ", "Cỡ chữ", "Các tin khác", "Trang đầu", "Trang cuối", SECTION, "Chia sẻ:",
                "In bài", i["phone"], i["footer_title"], "Liên kết website"]

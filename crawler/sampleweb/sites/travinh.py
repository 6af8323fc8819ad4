"""Trà Vinh Ban Tuyên giáo site: ``/travinh/tuyengiao/<cat>/<sub>/<articleId>/<slug>``.

The chrome carries visitor counters that change on every request, and list items show
view counts; none of that takes part in the ETag.
"""
from __future__ import annotations

import re

from ..chrome import banner_05, document, esc, menu, render_blocks, support_footer
from ..util import fmt_dmy, slugify
from .base import Request, Response, Site, redirect

ROOT = "/travinh/tuyengiao"
CAT, SUB = "tin-tuc-su-kien", "xay-dung-dang"
SECTION = "Xây dựng Đảng"
AUX = {
    ("tin-tuc-su-kien", None): "Tin tức - Sự kiện",
    ("tuyen-truyen", "chuyen-de"): "Tuyên truyền - Chuyên đề",
    ("van-ban", "chi-dao"): "Văn bản chỉ đạo",
    ("tim-kiem", None): "Tìm kiếm",
    ("dang-nhap", None): "Đăng nhập",
}
_ART_V1 = re.compile(rf"^{ROOT}/(?P<cat>[a-z0-9-]+)/(?P<sub>[a-z0-9-]+)/(?P<id>\d+)/(?P<slug>[a-z0-9-]+)$")
_ART_V2 = re.compile(rf"^{ROOT}/bai-viet/(?P<id>\d+)-(?P<slug>[a-z0-9-]+)\.html$")
OTHERS_PER_PAGE = 3


class TraVinh(Site):
    name = "travinh"
    article_patterns = (_ART_V1, _ART_V2)
    per_page = 5
    server_header = "Microsoft-IIS/10.0"

    def slug(self, entry) -> str:
        return slugify(entry.item["title"], max_words=12)

    def article_path(self, entry, layout: int = 1) -> str:
        if layout == 2:
            return f"{ROOT}/bai-viet/{entry.id}-{self.slug(entry)}.html"
        return f"{ROOT}/{CAT}/{SUB}/{entry.id}/{self.slug(entry)}"

    def listing_path(self, page: int = 1, layout: int = 1) -> str:
        return f"{ROOT}/{CAT}/{SUB}" + (f"?page={page}" if page > 1 else "")


    # --------------------------------------------------------------- routing
    def handle(self, req: Request) -> Response | None:
        visits = self.state.bump_counter("travinh")
        path = req.path.rstrip("/")
        if path in ("/travinh", ""):
            return redirect(ROOT + "/")
        if path == ROOT:
            return self.aux(req, "Trang chủ", self.entries()[:5], visits, ("home",))
        m = _ART_V1.match(path) or _ART_V2.match(path)
        if m:
            if m.re is _ART_V2 and self.layout != 2:
                return None
            entry = self.by_id(m.group("id"))
            if entry is None or entry.removed:
                return None
            n = self.page_param(req.query, "trang")
            if n is None:
                return None
            return self.article(req, entry, visits, n)
        if path == f"{ROOT}/{CAT}/{SUB}":
            n = self.page_param(req.query)
            if n is None or n > self.pages():
                return None
            return self.listing(req, n, visits)
        m = re.match(rf"^{ROOT}/([a-z0-9-]+)(?:/([a-z0-9-]+))?$", path)
        if m and (m.group(1), m.group(2)) in AUX:
            label = AUX[(m.group(1), m.group(2))]
            if m.group(1) == "tim-kiem":
                items = self.search(req.query.get("tukhoa", ""))
            elif m.group(1) == "dang-nhap":
                items = []
            else:
                items = self.entries()[1:4]
            return self.aux(req, label, items, visits, (m.group(1), m.group(2), req.query.get("tukhoa")))
        m = re.match(r"^/travinh/print/(\d+)$", path)
        if m:
            entry = self.by_id(m.group(1))
            if entry and not entry.removed:
                html = document(entry.title, f"<h1>{esc(entry.title)}</h1>{render_blocks(entry.body)}")
                return Response(body=html, etag_key=("print", entry.content_key()), last_modified=entry.modified)
        return None

    # ------------------------------------------------------------- templates
    def counters(self, visits: int) -> str:
        online = 3 + (visits * 7) % 23
        today = 2900 + visits
        week = 8000 + visits
        total = self.info["visits_base"] + visits
        return (f'<div class="thongke"><h3>Thống kê truy cập</h3><ul>'
                f'<li>Đang truy cập: {online}</li><li>Hôm nay: {today}</li><li>Trong tuần: {week:,}</li>'
                f'<li>Tổng lượt truy cập: {total}</li></ul></div>').replace(",", " ")

    def frame(self, title: str, main: str, visits: int) -> str:
        i = self.info
        nav = menu([("Trang chủ", ROOT + "/"), ("Tin tức - Sự kiện", f"{ROOT}/tin-tuc-su-kien"),
                    (SECTION, self.listing_path(1)), ("Tuyên truyền", f"{ROOT}/tuyen-truyen/chuyen-de"),
                    ("Văn bản", f"{ROOT}/van-ban/chi-dao"), ("Tìm kiếm", f"{ROOT}/tim-kiem"),
                    ("Đăng nhập", f"{ROOT}/dang-nhap")], css="menu-top")
        body = f"""<form id="aspnetForm" method="post" action="">
<div class="header"><div class="logo"><img src="/travinh/uploads/logo-btg.png" alt=""><span>{esc(i['header'])}</span></div>
<div class="nav">{nav}</div></div>
<div class="container"><div class="col-main">
{main}
</div><div class="col-right">
<div class="box"><h3>TUYÊN TRUYỀN</h3>{banner_05(f"{ROOT}/tuyen-truyen/chuyen-de")}</div>
<div class="box"><h3>Đăng nhập</h3><a href="{ROOT}/dang-nhap">Đăng nhập</a></div>
{self.counters(visits)}
</div></div>
<div class="footer"><p><strong>{esc(i['footer_title'])}</strong></p><p>{esc(i['editor'])}</p><p>{esc(i['editor_role'])}</p>
<p>{esc(i['credit'])}</p><p><strong>{esc(i['header'])}</strong></p><p>Địa chỉ: {esc(i['address'])}</p>
<p>Điện thoại: {esc(i['phone'])}</p><p>Email: {esc(i['email'])}</p>
{support_footer()}</div></form>"""
        return document(title, body)

    def item_line(self, e) -> str:
        href = esc(self.article_path(e, self.layout))
        if self.layout == 2:
            return (f'<div class="news-v2"><a class="news-v2__link" href="{href}">{esc(e.title.capitalize())}</a>'
                    f'<em>{fmt_dmy(e.published)}</em></div>')
        return (f'<li>• <span class="ngay">{fmt_dmy(e.published)}</span> · <a href="{href}">{esc(e.title)}</a> · '
                f'<span class="tomtat">{esc(e.teaser())}</span> · <span class="luotxem">{e.views} lượt xem</span></li>')

    def listing(self, req: Request, n: int, visits: int) -> Response:
        items = self.page_slice(n)
        lines = "".join(self.item_line(e) for e in items)
        last = self.pages()
        if self.layout == 2:
            main = (f'<div class="channel-v2"><h2>{esc(SECTION)}</h2>{lines}'
                    f'<div class="more-v2" data-page="{n + 1}" data-total="{last}">Xem thêm</div></div>')
        else:
            nums = " ".join(f'<a href="{esc(self.listing_path(i))}">{i}</a>' if i != n else f"<span>{i}</span>"
                            for i in range(1, last + 1))
            nxt = f' <a class="next" href="{esc(self.listing_path(n + 1))}">»</a>' if n < last else ""
            main = (f'<div class="danhsach"><h2 class="tieude-muc">{esc(SECTION)}</h2><ul class="list-tin">{lines}</ul>'
                    f'<div class="phantrang">{nums}{nxt}</div></div>')
        return Response(body=self.frame(SECTION, main, visits), etag_key=self.listing_key(items, n, last),
                        last_modified=self.newest(items))

    def article(self, req: Request, entry, visits: int, others_page: int) -> Response:
        self.state.next_views(entry)
        ring = self.related(entry, 100)
        pages = max(1, -(-len(ring) // OTHERS_PER_PAGE))
        others_page = min(others_page, pages)
        others = ring[(others_page - 1) * OTHERS_PER_PAGE: others_page * OTHERS_PER_PAGE]
        blocks = render_blocks(entry.body, v2=self.layout == 2)
        author = entry.author
        if self.layout == 2:
            main = f"""<div class="post-v2"><h2 class="post-v2__title">{esc(entry.title)}</h2>
<span class="post-v2__date">{fmt_dmy(entry.published)}</span>
<div class="post-v2__content">{blocks}{f'<div class="para">{esc(author)}</div>' if author else ''}</div></div>
<div class="others-v2">{"".join(self.item_line(e) for e in others)}</div>"""
        else:
            me = self.article_path(entry)
            nums = " ".join(f'<a href="{esc(me)}?trang={i}">{i}</a>' for i in range(1, pages + 1))
            nxt = f' <a href="{esc(me)}?trang={others_page + 1}">»</a>' if others_page < pages else ""
            main = f"""<div class="chitiet">
<h1 class="tieude">{esc(entry.title)}</h1>
<div class="ngaydang">{fmt_dmy(entry.published)}</div>
<div class="noidung">
{blocks}
{f'<p style="text-align:right"><strong>{esc(author)}</strong></p>' if author else ''}
</div>
<div class="in-bai"><a href="/travinh/print/{entry.id}">In bài viết</a></div>
</div>
<div class="tinkhac"><h3>Tin khác</h3><ul class="list-tin">{"".join(self.item_line(e) for e in others)}</ul>
<div class="pager-tinkhac">{nums}{nxt}</div></div>"""
        return Response(body=self.frame(entry.title, main, visits),
                        etag_key=self.article_key(entry, others, others_page), last_modified=entry.modified)

    def aux(self, req: Request, label: str, items, visits: int, key: tuple) -> Response:
        lines = "".join(self.item_line(e) for e in items)
        form = ""
        if label == "Tìm kiếm":
            form = f'<form action="{ROOT}/tim-kiem"><input name="tukhoa"><button>Tìm</button></form>'
        if label == "Đăng nhập":
            form = '<div class="login"><input name="user"><input type="password" name="pass"><button>Đăng nhập</button></div>'
        main = f'<h2 class="tieude-muc">{esc(label)}</h2>{form}<ul class="list-tin">{lines}</ul>'
        return Response(body=self.frame(label, main, visits), etag_key=self.listing_key(list(items), *key),
                        last_modified=self.newest(list(items)))

    def chrome_strings(self) -> list[str]:
        i = self.info
        return ["Tin khác", "lượt xem", "Thống kê truy cập", "Đang truy cập", "Tổng lượt truy cập", "TUYÊN TRUYỀN",
                i["footer_title"], i["editor"], i["phone"], "In bài viết", "Trang chủ"]

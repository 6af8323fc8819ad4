"""LawNet-style document portal (parser: lawdoc).

A document page shows the title twice, the attribute table twice (a 4-cell-per-row table
and a definition list), the document text with the state/party header block, and a lot
of chrome: login nags, empty "Văn bản gốc"/"Văn bản tiếng Anh" tabs and unrendered Angular
templates.
"""
from __future__ import annotations

import re

from ..chrome import banner_05, document, esc, menu, support_footer
from ..util import fmt_dmy, fmt_dmy_date, slugify
from .base import Request, Response, Site

_ART_V1 = re.compile(r"^/lawnet/vb/(?P<slug>[A-Za-z0-9-]+)-(?P<id>\d+)\.html$")
_ART_V2 = re.compile(r"^/lawnet/van-ban/chi-tiet/(?P<slug>[a-z0-9-]+)--(?P<id>\d+)$")
LOGIN_NAG = ("Bạn Chưa Đăng Nhập Tài khoản!",
             "Do chưa đăng nhập, Bạn chỉ xem được phần Thuộc tính của văn bản. Hiệu lực, Văn bản liên quan, "
             "Văn bản thay thế, Văn bản gốc và Văn bản tiếng Anh chỉ hiển thị cho thành viên.",
             "Chưa có Tài khoản? Đăng ký Tài khoản mới tại đây")
ANGULAR = ["Ban hành: {{vb.NgayBanHanh}}", "Hiệu lực: {{vb.NgayHieuLuc}}",
           "Tình trạng: {{vb.TinhTrang}}", "Cập nhật: {{vb.NgayCapNhat}}"]
FIELDS = {"van-hoa-xa-hoi": "Văn hóa - Xã hội", "bo-may-hanh-chinh": "Bộ máy hành chính"}
LABELS = ["Số hiệu", "Loại văn bản", "Nơi ban hành", "Người ký", "Ngày ban hành", "Ngày hiệu lực",
          "Ngày công báo", "Số công báo", "Tình trạng"]


class LawNet(Site):
    name = "lawnet"
    article_patterns = (_ART_V1, _ART_V2)
    per_page = 5
    server_header = "cloudflare"
    law = True

    def slug(self, entry) -> str:
        return slugify(entry.item["title"].replace("/", " "), max_words=16, keep_case=True)

    def article_path(self, entry, layout: int = 1) -> str:
        if layout == 2:
            return f"/lawnet/van-ban/chi-tiet/{self.slug(entry).lower()}--{entry.id}"
        return f"/lawnet/vb/{self.slug(entry)}-{entry.id}.html"

    def listing_path(self, page: int = 1, layout: int = 1) -> str:
        return "/lawnet/van-ban-moi" + (f"?page={page}" if page > 1 else "")


    # ----------------------------------------------------------- attributes
    def status_of(self, entry) -> str:
        return entry.status or entry.item["meta"]["status"]

    def effective_of(self, entry) -> str:
        if entry.effective:
            return entry.effective
        return entry.item["meta"]["effective"]

    def attributes(self, entry) -> list[tuple[str, str]]:
        meta = entry.item["meta"]
        eff = self.effective_of(entry)
        values = [meta["number"], meta["type"], meta["issuer"], meta["signer"], fmt_dmy_date(meta["issued"]),
                  fmt_dmy_date(eff) if re.match(r"^\d{4}-\d\d-\d\d$", eff) else eff,
                  meta["gazette_date"], meta["gazette_number"], self.status_of(entry)]
        return list(zip(LABELS, values))

    # --------------------------------------------------------------- routing
    def handle(self, req: Request) -> Response | None:
        path = req.path.rstrip("/") or "/"
        if path == "/lawnet":
            return self.aux("Văn bản pháp luật mới", self.entries()[:5], ("home",))
        m = _ART_V1.match(path) or _ART_V2.match(path)
        if m:
            if m.re is _ART_V2 and self.layout != 2:
                return None
            entry = self.by_id(m.group("id"))
            if entry is None or entry.removed:
                return None
            return self.article(req, entry)
        if path == "/lawnet/van-ban-moi":
            n = self.page_param(req.query)
            if n is None or n > self.pages():
                return None
            return self.listing(n)
        if path == "/lawnet/tim-van-ban":
            q = req.query.get("keyword", "")
            return self.aux(f"Kết quả tra cứu: {q}", self.search(q), ("q", q), form=True)
        m = re.match(r"^/lawnet/linh-vuc/([a-z0-9-]+)$", path)
        if m and m.group(1) in FIELDS:
            items = [e for e in self.entries() if e.item["meta"]["field"] == FIELDS[m.group(1)]]
            return self.aux(f"Lĩnh vực: {FIELDS[m.group(1)]}", items, ("field", m.group(1)))
        if path in ("/lawnet/dang-nhap", "/lawnet/dang-ky"):
            return self.aux("Đăng nhập" if path.endswith("nhap") else "Đăng ký thành viên", [], (path,), login=True)
        if path == "/lawnet/tu-van":
            return self.aux("Tư vấn pháp luật", self.entries()[:2], ("tuvan",))
        m = re.match(r"^/lawnet/print/(\d+)$", path)
        if m:
            entry = self.by_id(m.group(1))
            if entry and not entry.removed:
                return Response(body=document(entry.title, f"<h1>{esc(entry.title)}</h1>{self.doc_html(entry)}"),
                                etag_key=("print", entry.content_key()), last_modified=entry.modified)
        return None

    # ------------------------------------------------------------- templates
    def frame(self, title: str, main: str, *, sidebar: str = "") -> str:
        i = self.info
        nav = menu([("Văn bản mới", self.listing_path(1)), ("Tra cứu văn bản", "/lawnet/tim-van-ban"),
                    ("Văn hóa - Xã hội", "/lawnet/linh-vuc/van-hoa-xa-hoi"),
                    ("Bộ máy hành chính", "/lawnet/linh-vuc/bo-may-hanh-chinh"),
                    ("Tư vấn pháp luật", "/lawnet/tu-van"), ("Đăng nhập", "/lawnet/dang-nhap"),
                    ("Đăng ký", "/lawnet/dang-ky")], css="nav-main")
        body = f"""<div ng-app="LawNetApp" ng-controller="VanBanController">
<header class="site-header"><a class="logo" href="/lawnet/">{esc(i['brand'])}</a>{nav}</header>
<div class="container"><div class="row"><div class="col-md-9 main">
{main}
</div><div class="col-md-3 sidebar">
<div class="box-search"><h4>Tra cứu nhanh</h4><form action="/lawnet/tim-van-ban"><label>Từ khóa <input name="keyword"></label><button>Tìm</button></form></div>
{banner_05("/lawnet/linh-vuc/bo-may-hanh-chinh")}
{sidebar}
</div></div></div>
<footer class="site-footer"><p>{esc(i['name'])}</p><p>Địa chỉ: {esc(i['address'])} - Điện thoại: {esc(i['phone'])} - Email: {esc(i['email'])}</p>
{support_footer()}</footer></div>"""
        return document(title, body)

    def nag(self) -> str:
        return (f'<div class="login-nag"><p class="red"><b>{esc(LOGIN_NAG[0])}</b></p><p>{esc(LOGIN_NAG[1])}</p>'
                f'<p><a href="/lawnet/dang-ky">{esc(LOGIN_NAG[2])}</a></p></div>')

    def doc_html(self, entry, v2: bool = False) -> str:
        it = entry.item
        h = it["header"]
        left = "<br>".join(esc(x) for x in h["left"]) + "<br>-------"
        right = "<br>".join(esc(x) for x in h["right"]) + "<br>---------------"
        out = ['<table class="doc-header" width="100%" cellpadding="0" cellspacing="0"><tbody>'
               f'<tr><td width="40%" valign="top" style="text-align:center"><b>{left}</b></td>'
               f'<td valign="top" style="text-align:center"><b>{right}</b></td></tr>'
               f'<tr><td style="text-align:center">{esc(h["number_line"])}</td>'
               f'<td style="text-align:right"><i>{esc(h["place_date"])}</i></td></tr></tbody></table>']
        for line in it["doc_title"]:
            out.append(f'<p style="text-align:center"><b>{esc(line)}</b></p>')
        tag = "div" if v2 else "p"
        for block in entry.body:
            if isinstance(block, str):
                out.append(f"<{tag}>{esc(block)}</{tag}>")
            elif block[0] == "h":
                out.append(f"<{tag}><b>{esc(block[1])}</b></{tag}>")
            else:
                out.append(f'<{tag} style="text-align:center"><b>{esc(block[1])}</b></{tag}>')
        rec = "<br>".join(esc(r) for r in it["recipients"])
        sign = "<br>".join(esc(s) for s in it["sign"])
        out.append('<table class="doc-sign" width="100%"><tbody><tr>'
                   f'<td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>{rec}</td>'
                   f'<td valign="top" style="text-align:center"><b>{sign}<br><br><br><br>{esc(it["signer_name"])}</b></td>'
                   "</tr></tbody></table>")
        return "\n".join(out)

    def related_box(self, entry) -> tuple[str, list]:
        rel = self.related(entry, 4)
        lis = "".join(f'<li><a href="{esc(self.article_path(e, self.layout))}">{esc(e.title)}</a></li>' for e in rel)
        return f'<div class="box-related"><h4>Bài viết Liên quan Văn bản</h4><ul>{lis}</ul></div>', rel

    def article(self, req: Request, entry) -> Response:
        attrs = self.attributes(entry)
        sidebar, rel = self.related_box(entry)
        if self.layout == 2:
            attr_html = "".join(f'<div class="prop-v2"><span class="k">{esc(k)}</span><span class="v">{esc(v)}</span></div>'
                                for k, v in attrs)
            main = f"""<div class="doc-v2"><h2 class="doc-v2__title">{esc(entry.title)}</h2>
<div class="doc-v2__props">{attr_html}</div>
<section class="doc-v2__text">{self.doc_html(entry, v2=True)}</section></div>"""
        else:
            rows = []
            for i in range(0, len(attrs), 2):
                pair = attrs[i:i + 2]
                cells = "".join(f'<td class="label">{esc(k)}:</td><td>{esc(v)}</td>' for k, v in pair)
                rows.append(f"<tr>{cells}</tr>")
            table = f'<table class="table-thuoctinh"><tbody>{"".join(rows)}</tbody></table>'
            dl = "".join(f"<dt>{esc(k)}:</dt><dd>{esc(v)}</dd>" for k, v in attrs)
            me = self.article_path(entry)
            tabs = "".join(f'<li><a href="{esc(me)}?tab={n}">{esc(label)}</a></li>' for n, label in
                           enumerate(["Thuộc tính", "Nội dung", "Văn bản gốc", "Văn bản tiếng Anh", "Lược đồ", "Liên quan"], 1))
            angular = "".join(f"<span>{esc(a)}</span><br>" for a in ANGULAR)
            main = f"""<div class="vb-header"><span class="vb-id">{entry.id}</span>
<h1 class="vb-title">{esc(entry.title)}</h1>
<div class="vb-tools"><span class="vb-id">{entry.id}</span> <a href="/lawnet/tu-van">Tư vấn liên quan</a> <span class="brand">{esc(self.info['brand'])}</span></div></div>
<ul class="nav nav-tabs vb-tabs">{tabs}</ul>
<div class="vb-thuoctinh"><h2 class="vb-title2">{esc(entry.title)}</h2>
{table}
<dl class="thuoctinh-mobile">{dl}</dl></div>
<div id="divContentDoc" class="content1 cldivContentDocVn">
{self.doc_html(entry)}
</div>
<div class="tab-vbgoc"><h3>Văn bản gốc</h3><p>(Không có nội dung)</p></div>
{self.nag()}
<div class="tab-tienganh"><h3>Văn bản tiếng Anh</h3><p>(Không có nội dung)</p><span class="brand">{esc(self.info['brand'])}</span></div>
{self.nag()}
<div class="tab-hieuluc">{self.nag()}<p>Không có nội dung</p><ul><li ng-repeat="m in VBModel.HieuLuc">{angular}</li></ul></div>
<div class="tab-lienquan">{self.nag()}<p>Không có nội dung</p><ul><li ng-repeat="m in VBModel.LienQuan">{angular}</li></ul></div>
<div class="tab-luocdo"><span>{{{{VBModel.Document.News_Subject}}}}</span>{self.nag()}</div>
<p><a href="/lawnet/dang-nhap">Đăng nhập</a> | <a href="/lawnet/print/{entry.id}" rel="nofollow">In văn bản</a></p>"""
        return Response(body=self.frame(entry.title, main, sidebar=sidebar),
                        etag_key=self.article_key(entry, rel, self.status_of(entry), self.effective_of(entry)),
                        last_modified=entry.modified)

    def listing(self, n: int) -> Response:
        items = self.page_slice(n)
        last = self.pages()
        if self.layout == 2:
            rows = "".join(f'<div class="row-v2" data-url="{esc(self.article_path(e, 2))}"><a href="{esc(self.article_path(e, 2))}">'
                           f'{esc(e.title)}</a></div>' for e in items)
            main = f'<div class="list-v2"><h1>Văn bản mới</h1>{rows}</div>'
        else:
            rows = "".join(
                f'<li class="vb-item"><p class="title"><a href="{esc(self.article_path(e))}">{esc(e.title)}</a></p>'
                f'<p class="green">Ban hành: {fmt_dmy_date(e.item["meta"]["issued"])} - Tình trạng: {esc(self.status_of(e))}'
                f' - Cập nhật: {fmt_dmy(e.published)}</p></li>' for e in items)
            nav = []
            if n > 1:
                nav.append(f'<a class="prev" href="{esc(self.listing_path(n - 1))}">‹ Trang trước</a>')
            nav.extend(f'<a href="{esc(self.listing_path(i))}">{i}</a>' if i != n else f'<span class="current">{i}</span>'
                       for i in range(1, last + 1))
            if n < last:
                nav.append(f'<a class="next" href="{esc(self.listing_path(n + 1))}">Trang sau ›</a>')
            main = f'<h1>Văn bản mới</h1><ul class="listLaw">{rows}</ul><div class="pager">{" ".join(nav)}</div>'
        keys = tuple((self.status_of(e), self.effective_of(e)) for e in items)
        return Response(body=self.frame("Văn bản mới", main), etag_key=self.listing_key(items, n, last, keys),
                        last_modified=self.newest(items))

    def aux(self, title: str, items, key: tuple, *, form: bool = False, login: bool = False) -> Response:
        rows = "".join(f'<li><a href="{esc(self.article_path(e, self.layout))}">{esc(e.title)}</a></li>' for e in items)
        inner = f"<h1>{esc(title)}</h1><ul>{rows}</ul>"
        if form:
            inner = '<form action="/lawnet/tim-van-ban"><input name="keyword"><button>Tra cứu</button></form>' + inner
        if login:
            inner += '<form method="post"><input name="email"><input type="password" name="matkhau"><button>Gửi</button></form>'
        return Response(body=self.frame(title, inner), etag_key=self.listing_key(list(items), *key),
                        last_modified=self.newest(list(items)))

    def chrome_strings(self) -> list[str]:
        return ["Bạn Chưa Đăng Nhập", "{{", "Văn bản gốc", "(Không có nội dung)", "Văn bản tiếng Anh", "Tư vấn liên quan",
                "LawNet .vn", "Tra cứu nhanh", "Bài viết Liên quan Văn bản", "Số hiệu:", "Loại văn bản:", "Người ký:",
                "Tình trạng:", "Đang cập nhật", self.info["phone"], "In văn bản"]

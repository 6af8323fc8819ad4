"""vbpl.vn-style national legal database in its legacy SharePoint look (parser: lawdoc).

Listing ("Văn bản mới", search results, category pages): ``ul.listLaw > li > div.item``
with ``p.title > a`` (type and number), ``div.des`` (trích yếu), per-item tab links and
``p.green`` "Ban hành:" dates; the pager ``div.paging`` has page links that also carry the
``NexpageHN()`` handler of the real site, and a "Sau" link (``a.next``).

Document (``/vbpl/<scope>/Pages/vbpq-toanvan.aspx?ItemID=N``, the "Toàn văn" tab): SharePoint
timer comment before the doctype, ``<title>Trung ương</title>``, the ``title1`` script,
``div.vbInfo`` (Hiệu lực / Ngày có hiệu lực), the ``div.vbProperties`` table (Số ký hiệu,
Ngày ban hành, Loại văn bản, Ngày có hiệu lực, Nguồn thu thập, Ngày đăng công báo, Ngành,
Lĩnh vực, the composite "Cơ quan ban hành/ Chức danh / Người ký" row, Phạm vi, Tình trạng
hiệu lực), the header in a layout table, ``#toanvancontent``, the signature table, the
attachments behind ``javascript:downloadfile()`` and a "Văn bản liên quan" box with other
documents' dates.  The scope folder (``TW``, ``botaichinh``) is matched case-insensitively;
a document asked for under another scope is 404, as on the old site.  Tabs
``vbpq-thuoctinh.aspx`` and ``vbpq-lichsu.aspx`` are the same document (traps).

Layout v2 is the rebuilt vbpl.vn: ``/vbpl/van-ban/chi-tiet/<slug>--<ItemID>``, a flat list
without pager.
"""
from __future__ import annotations

import re

from ..chrome import banner_05, document, esc, support_footer
from ..util import slugify
from .base import Request, Response
from .lawbase import LawSite, dmy

_DOC_V1 = re.compile(r"^/vbpl/(?P<scope>[A-Za-z]+)/pages/vbpq-(?P<tab>toanvan|thuoctinh|lichsu)\.aspx$", re.IGNORECASE)
_DOC_V2 = re.compile(r"^/vbpl/van-ban/chi-tiet/(?P<slug>[a-z0-9-]+)--(?P<id>\d+)$")
_FILE = re.compile(r"^/vbpl/(?P<scope>[A-Za-z]+)/lists/vbpq/attachments/(?P<id>\d+)/(?P<file>[^/]+)$", re.IGNORECASE)
LISTING = "/vbpl/TW/Pages/vanban.aspx"
TYPES = {"15": "Hiến pháp", "16": "Bộ luật", "17": "Luật", "20": "Nghị định", "21": "Quyết định", "22": "Thông tư"}
ISSUERS = {"55": "Quốc hội", "40": "Chính phủ", "41": "Thủ tướng Chính phủ", "63": "Bộ Tài chính"}
TIMER = "<!--Timer: 0.0{n}s UrlControls:\\VBQPPL_UserControls\\Publishing_22\\uc_{uc}.ascx-->\n"


class Vbpl(LawSite):
    name = "vbpl"
    per_page = 5
    server_header = "Microsoft-IIS/8.5"

    # ------------------------------------------------------------------ URLs
    def article_path(self, entry, layout: int = 1) -> str:
        if layout == 2:
            return f"/vbpl/van-ban/chi-tiet/{self.slug(entry)}--{entry.id}"
        return self.tab_path(entry, "toanvan")

    def tab_path(self, entry, tab: str) -> str:
        return f"/vbpl/{entry.item['scope_path']}/Pages/vbpq-{tab}.aspx?ItemID={entry.id}"

    def file_path(self, entry) -> str:
        return f"/vbpl/{entry.item['scope_path']}/Lists/vbpq/Attachments/{entry.id}/{entry.item['pdf']}"

    def slug(self, entry) -> str:
        return slugify(f"{self.list_title(entry)} {entry.item['title']}".replace("/", " "), max_words=14)

    def listing_path(self, page: int = 1, layout: int = 1) -> str:
        return LISTING + "?dvid=13" + (f"&Page={page}" if page > 1 else "")

    def match_article(self, path: str, query: dict) -> str | None:
        m = _DOC_V1.match(path)
        if m:
            entry = self.by_id(query.get("ItemID"))
        else:
            m = _DOC_V2.match(path)
            entry = self.by_id(m.group("id")) if m else None
        return entry.key if entry else None

    # --------------------------------------------------------------- routing
    def handle(self, req: Request) -> Response | None:
        path = req.path.rstrip("/") or "/"
        q = req.query
        low = path.lower()
        if low in ("/vbpl", "/vbpl/tw", "/vbpl/tw/pages/home.aspx"):
            return self.aux("Văn bản mới cập nhật", self.entries()[:5], ("home",))
        m = _DOC_V1.match(path)
        if m:
            entry = self.by_id(q.get("ItemID"))
            if entry is None or entry.removed or m.group("scope").lower() != entry.item["scope_path"].lower():
                return None
            if self.layout == 2:
                return self.document_v2(entry)
            return self.document(entry, m.group("tab").lower())
        m = _DOC_V2.match(path)
        if m:
            entry = self.by_id(m.group("id"))
            if self.layout != 2 or entry is None or entry.removed:
                return None
            return self.document_v2(entry)
        m = _FILE.match(path)
        if m:
            entry = self.by_id(m.group("id"))
            if (entry is None or entry.removed or not entry.item.get("pdf") or m.group("file") != entry.item["pdf"]
                    or m.group("scope").lower() != entry.item["scope_path"].lower()):
                return None
            return self.pdf_response(entry)
        if low == LISTING.lower():
            if q.get("idLoaiVanBan") in TYPES:
                kind = TYPES[q["idLoaiVanBan"]]
                items = [e for e in self.entries() if e.item["meta"]["type"] == kind]
                return self.aux(f"Loại văn bản: {kind}", items, ("type", kind))
            if q.get("cqbh") in ISSUERS:
                body = ISSUERS[q["cqbh"]]
                items = [e for e in self.entries() if e.item["meta"]["issuer"] == body]
                return self.aux(f"Cơ quan ban hành: {body}", items, ("issuer", body))
            n = self.page_param(q, "Page")
            if n is None or n > self.pages():
                return None
            return self.listing(n)
        if low == "/vbpl/tw/pages/vbpq-timkiem.aspx":
            kw = q.get("Keyword", "")
            return self.aux(f"Kết quả tìm kiếm: {kw}", self.search(kw), ("q", kw), form=True)
        if low == "/vbpl/tw/pages/dang-nhap.aspx":
            return self.aux("Đăng nhập hệ thống", [], ("login",), login=True)
        m = re.match(r"^/vbpl/print/(\d+)$", path)
        if m:
            entry = self.by_id(m.group(1))
            if entry and not entry.removed:
                return self.print_response(entry)
        return None

    # ------------------------------------------------------------- templates
    def frame(self, title: str, main: str, *, uc: str = "vanban", head: str = "", action: str | None = None) -> str:
        i = self.info
        types = "".join(f'<li><span><a href="{LISTING}?idLoaiVanBan={k}">{esc(v)}</a></span></li>' for k, v in TYPES.items())
        issuers = "".join(f'<li><span><a href="{LISTING}?cqbh={k}">{esc(v)}</a></span></li>' for k, v in ISSUERS.items())
        body = f"""<form method="post" action="{esc(action or f'./{uc}.aspx')}" id="aspnetForm">
<div id="header">
  <div class="logo"><a href="/vbpl/">{esc(i['brand'])}</a></div>
  <ul class="topMenu">
    <li><a href="/vbpl/"><span>CSDL Quốc Gia</span></a></li>
    <li><a href="/vbpl/TW/Pages/Home.aspx"><span>Trang chủ</span></a></li>
    <li><a href="{self.listing_path(1)}"><span>Văn bản mới</span></a></li>
    <li><a href="/vbpl/TW/Pages/vbpq-timkiem.aspx"><span>Tìm kiếm</span></a></li>
    <li><a href="/vbpl/TW/Pages/dang-nhap.aspx"><span>Đăng nhập</span></a></li>
  </ul>
</div>
<div id="content">
  <div class="left-200">
    <div class="box-content-01"><div class="top"><div><a href="javascript:;">Cơ quan ban hành</a></div></div>
      <div class="content"><ul class="category">{issuers}</ul></div></div>
    <div class="box-content-01"><div class="top"><div><a href="javascript:;">Loại văn bản</a></div></div>
      <div class="content"><ul class="category">{types}</ul></div></div>
    {banner_05("/vbpl/TW/Pages/vbpq-timkiem.aspx?Keyword=05-CT/TW")}
  </div>
  <div class="right-790">
{main}
  </div>
</div>
<div id="footer"><p>{esc(i['name'])}</p><p>Địa chỉ: {esc(i['address'])} - Điện thoại: {esc(i['phone'])} - Email: {esc(i['email'])}</p>
{support_footer()}</div>
</form>"""
        return TIMER.format(n=3, uc=uc) + document("Trung ương", body, head=head, lang="vi-VN").replace(
            '<html lang="vi-VN">', '<html dir="ltr" lang="vi-VN">', 1).replace(
            '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="GENERATOR" content="Microsoft SharePoint">', 1)

    def list_items(self, items, layout: int = 1) -> str:
        rows = []
        for e in items:
            path = self.article_path(e)
            rows.append(
                f'<li><div class="item"><p class="title"><a href="{esc(path)}">{esc(self.list_title(e))}</a></p>'
                f'<div class="left"><div class="des"><p>{esc(e.title)}</p></div>'
                f'<div class="link"><ul><li class="ref"><a href="{esc(path)}">Toàn văn</a></li>'
                f'<li class="thuoctinh"><a href="{esc(self.tab_path(e, "thuoctinh"))}" target="_blank">Thuộc tính</a></li>'
                f'<li class="lichsu"><a href="{esc(self.tab_path(e, "lichsu"))}" target="_blank">Lịch sử</a></li>'
                f'<li class="download"><a href="javascript:ShowDialogDownload({e.id});">Tải về</a></li>'
                f'<li class="print"><a href="/vbpl/print/{e.id}">Bản in</a></li></ul></div></div>'
                f'<div class="right"><p class="green"><label>Ban hành:</label>{dmy(e.item["meta"]["issued"])}</p>'
                f'<p class="red"><label>Hiệu lực:</label>{esc(self.status_of(e))}</p></div></div></li>')
        return f'<ul class="listLaw">{"".join(rows)}</ul>'

    def listing(self, n: int) -> Response:
        items = self.page_slice(n)
        last = self.pages()
        if self.layout == 2:
            rows = "".join(f'<a class="doc-v2" href="{esc(self.article_path(e, 2))}"><span>{esc(self.list_title(e))}</span> '
                           f'{esc(e.title)}</a>' for e in items)
            main = f'<div class="vbpl-app"><h1>Văn bản mới</h1><div class="list-v2">{rows}</div></div>'
        else:
            nav = []
            for i in range(1, last + 1):
                if i == n:
                    nav.append(f'<a href="javascript:;" class="current">{i}</a>')
                else:
                    nav.append(f'<a href="{esc(self.listing_path(i))}" onclick="NexpageHN(\'\',\'{i}\');return false;">{i}</a>')
            if n < last:
                nav.append(f'<a class="next" href="{esc(self.listing_path(n + 1))}" onclick="NexpageHN(\'\',\'{n + 1}\');return false;">Sau</a>')
            nav.append(f'<a href="{esc(self.listing_path(last))}">Cuối »</a>')
            main = (f'<div class="box-container"><h1 class="title-page">Văn bản mới</h1>'
                    f'<p class="count">Tìm thấy {len(self.entries())} văn bản</p>'
                    f'{self.list_items(items)}<div class="paging">{"".join(nav)}</div></div>')
        keys = tuple(self.doc_etag_parts(e) for e in items)
        return Response(body=self.frame("Văn bản mới", main), etag_key=self.listing_key(items, n, last, keys),
                        last_modified=self.newest(items))

    def aux(self, title: str, items, key: tuple, *, form: bool = False, login: bool = False) -> Response:
        inner = f'<div class="box-container"><h1 class="title-page">{esc(title)}</h1>{self.list_items(items)}</div>'
        if form:
            inner = ('<form action="/vbpl/TW/Pages/vbpq-timkiem.aspx"><input name="Keyword">'
                     '<button>Tìm kiếm</button></form>') + inner
        if login:
            inner += '<form method="post"><input name="user"><input type="password" name="pass"><button>Đăng nhập</button></form>'
        return Response(body=self.frame(title, inner, uc="timkiem"), etag_key=self.listing_key(list(items), *key),
                        last_modified=self.newest(list(items)))

    def properties(self, entry) -> str:
        meta = entry.item["meta"]
        gz_no, gz_date = self.gazette(entry)
        source = f"Công báo số {gz_no}, năm {gz_date[:4]}" if gz_no else ""
        kind = next((k for k, v in TYPES.items() if v == meta["type"]), "0")
        body = next((k for k, v in ISSUERS.items() if v == meta["issuer"]), "0")
        return f"""<div class="vbProperties">
<table cellpadding="0px" cellspacing="1px" border="none" width="100%"><tbody>
<tr><td colspan="4" class="title">{esc(entry.title)}</td></tr>
<tr><td class="label">Số ký hiệu</td><td>{esc(meta['number'])}</td><td class="label">Ngày ban hành</td><td>{dmy(meta['issued'])}</td></tr>
<tr><td class="label">Loại văn bản</td><td><a href="{LISTING}?idLoaiVanBan={kind}">{esc(meta['type'])}</a></td><td class="label">Ngày có hiệu lực</td><td>{dmy(self.effective_of(entry))}</td></tr>
<tr><td class="label">Nguồn thu thập</td><td>{esc(source)}</td><td class="label">Ngày đăng công báo</td><td>{dmy(gz_date)}</td></tr>
<tr><td class="label">Lĩnh vực</td><td colspan="3">{esc(meta['field'])}</td></tr>
<tr><td rowspan="1" class="label">Cơ quan ban hành/ Chức danh / Người ký</td><td><a href="{LISTING}?cqbh={body}">{esc(meta['issuer'])}</a></td><td>{esc(meta['signer_title'])}</td><td>{esc(meta['signer'])}</td></tr>
<tr><td class="label">Phạm vi</td><td colspan="3"><ul><li>{esc(meta['scope'])}</li></ul></td></tr>
<tr><td colspan="4"><p><strong>Thông tin áp dụng</strong></p></td></tr>
<tr><td colspan="4" class="title">Tình trạng hiệu lực: {esc(self.status_of(entry))}</td></tr>
</tbody></table></div>"""

    def related_box(self, entry) -> tuple[str, list]:
        rel = self.related(entry, 3)
        lis = "".join(f'<li><a href="{esc(self.article_path(e, self.layout))}">{esc(self.list_title(e))}</a>'
                      f'<p>Ngày ban hành: {dmy(e.item["meta"]["issued"])}</p></li>' for e in rel)
        return f'<div class="box-vbLienQuan"><div class="header">Văn bản liên quan</div><ul>{lis}</ul></div>', rel

    def files_box(self, entry) -> str:
        if not entry.item.get("pdf"):
            return ""
        f = entry.item["pdf"]
        return ('<div class="vbFile"><div class="header"><div>Tải file đính kèm</div></div><ul class="fileAttack">'
                f'<li><span><a rel="subcontent" href="javascript:downloadfile(\'{esc(f)}\',\'{esc(self.file_path(entry))}\');"'
                f' class="show_hide"><img src="/static/attachment.png" alt=""> {esc(f)}</a></span></li></ul></div>')

    def document(self, entry, tab: str = "toanvan") -> Response:
        title1 = f"{self.list_title(entry)} {entry.title}".replace("'", " ")
        head = ('<script type="text/javascript">\n    $(document).ready(function () {\n'
                f"        var title1 = '{esc(title1)}';\n"
                "        if (title1.length > 80) { title1 = title1.substring(0, 79) + '...'; }\n    });\n</script>\n")
        sel = ' class="selected"'
        tabs = "".join(
            f'<li><a{sel if t == tab else ""} href="{esc(self.tab_path(entry, t))}"><span><b>{label}</b></span></a></li>'
            for t, label in (("toanvan", "Toàn văn"), ("thuoctinh", "Thuộc tính"), ("lichsu", "Lịch sử")))
        tabs += (f'<li><a href="javascript:ShowDialogDownload({entry.id});"><span><b>Tải về</b></span></a></li>'
                 f'<li><a href="/vbpl/print/{entry.id}" rel="nofollow"><span><b>Bản in</b></span></a></li>')
        info = (f'<div class="vbInfo"><ul><li class="red"><span>Hiệu lực: </span>{esc(self.status_of(entry))}</li>'
                f'<li class="green"><span>Ngày có hiệu lực: </span>{dmy(self.effective_of(entry))}</li></ul></div>')
        if tab == "toanvan":
            content = (f'{info}{self.properties(entry)}<div class="vbContent">{self.doc_header_html(entry)}'
                       f'<div class="toanvancontent" id="toanvancontent">{self.doc_body_html(entry)}</div>'
                       f'{self.doc_sign_html(entry)}</div>{self.files_box(entry)}')
        elif tab == "thuoctinh":
            content = info + self.properties(entry) + self.files_box(entry)
        else:
            rows = [f"<tr><td>{dmy(entry.item['meta']['issued'])}</td><td>Văn bản được ban hành</td></tr>",
                    f"<tr><td>{dmy(self.effective_of(entry))}</td><td>Văn bản có hiệu lực</td></tr>"]
            content = info + f'<div class="vbLichSu"><table>{"".join(rows)}</table></div>'
        sidebar, rel = self.related_box(entry)
        main = f"""<div class="box-container"><div class="box-tab-vb">
<div class="box-map"><ul><li><a href="/vbpl/">CSDL quốc gia về VBPL</a><span> » </span></li><li><a href="/vbpl/TW">CSDL Trung ương</a><span> » </span></li><li><a href="">{esc(self.list_title(entry))}</a></li></ul></div>
<div class="header"><ul>{tabs}</ul></div>
<div class="content"><div class="fulltext">
{content}
</div></div></div>
{sidebar}</div>"""
        return Response(body=self.frame(entry.title, main, uc=tab, head=head, action=f"./vbpq-{tab}.aspx?ItemID={entry.id}"),
                        etag_key=self.article_key(entry, rel, tab, *self.doc_etag_parts(entry)),
                        last_modified=entry.modified)

    def document_v2(self, entry) -> Response:
        meta = entry.item["meta"]
        gz_no, gz_date = self.gazette(entry)
        attrs = [("Số ký hiệu", meta["number"]), ("Ngày ban hành", dmy(meta["issued"])),
                 ("Ngày có hiệu lực", dmy(self.effective_of(entry))), ("Loại văn bản", meta["type"]),
                 ("Cơ quan ban hành", meta["issuer"]), ("Chức danh", meta["signer_title"]), ("Người ký", meta["signer"]),
                 ("Số công báo", gz_no), ("Ngày đăng công báo", dmy(gz_date)), ("Lĩnh vực", meta["field"]),
                 ("Tình trạng hiệu lực", self.status_of(entry))]
        grid = "".join(f'<div class="attr"><span class="k">{esc(k)}</span><span class="v">{esc(v)}</span></div>' for k, v in attrs)
        main = f"""<div class="vbpl-app"><h1 class="doc-v2__title">{esc(entry.title)}</h1>
<div class="doc-v2__attrs">{grid}</div>
<section class="doc-v2__content">{self.doc_header_html(entry)}{self.doc_body_html(entry, tag="div")}{self.doc_sign_html(entry)}</section></div>"""
        return Response(body=self.frame(entry.title, main, uc="chitiet"),
                        etag_key=self.article_key(entry, [], "v2", *self.doc_etag_parts(entry)),
                        last_modified=entry.modified)

    def chrome_strings(self) -> list[str]:
        return ["Số ký hiệu", "Nguồn thu thập", "Tình trạng hiệu lực", "Thông tin áp dụng", "Toàn quốc", "Toàn văn",
                "Tải về", "CSDL quốc gia", "Tải file đính kèm", "Văn bản liên quan", "Cơ quan ban hành",
                self.info["brand"], self.info["phone"], "title1"]


__all__ = ["Vbpl"]

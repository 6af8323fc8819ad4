"""The JavaScript-rendered twin of vbpl (parser: lawdoc; the source has ``render: true``).

The listing ``/vbplrender/van-ban/moi-ban-hanh[?page=N]`` is a shell: the static HTML holds
only the table header ("Số/ Ký hiệu, Ngày ban hành, Trích yếu, Tình trạng văn bản"), a
``<noscript>`` notice and a script that fetches ``/vbplrender/api/van-ban?page=N`` (JSON,
with ETag/Last-Modified) and renders the rows and the pager (``nav.pager a[rel=next]``).
A static fetch therefore finds no document link at all.  The shell's validators describe
the shell file only (like a static SPA file), so a 304 on the shell says nothing about
the rows.

Document pages are plain HTML in the look of the rebuilt vbpl.vn:
``/vbplrender/van-ban/chi-tiet/<slug>--<ItemID>`` with an ``h1`` title, a th/td attribute
table, the document text and a "Văn bản liên quan" box.  The documents, ItemIDs and dates
are vbpl's, but the state (status flips, publishes, blocks) is this family's own.

Layout v2: the API answers rows pointing at ``/vbplrender/vb/<ItemID>`` and no pager.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone

from ..chrome import banner_05, document, esc, menu, support_footer
from ..util import slugify
from .base import Request, Response, redirect
from .lawbase import LawSite, dmy

LISTING = "/vbplrender/van-ban/moi-ban-hanh"
API = "/vbplrender/api/van-ban"
_DOC_V1 = re.compile(r"^/vbplrender/van-ban/chi-tiet/(?P<slug>[a-z0-9-]+)--(?P<id>\d+)$")
_DOC_V2 = re.compile(r"^/vbplrender/vb/(?P<id>\d+)$")
_FILE = re.compile(r"^/vbplrender/tai-ve/(?P<id>\d+)/(?P<file>[^/]+)$")
#: when the shell file was "deployed": its Last-Modified never moves
SHELL_DEPLOYED = datetime(2026, 4, 23, 1, 0, tzinfo=timezone.utc)

SHELL_SCRIPT = """(function () {
  var params = new URLSearchParams(window.location.search);
  var page = parseInt(params.get('page') || '1', 10);
  fetch('%(api)s?page=' + page, {headers: {'Accept': 'application/json'}})
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (data) {
      var rows = document.getElementById('ds-van-ban-rows');
      data.items.forEach(function (it) {
        var tr = document.createElement('tr');
        function cell(text, href) {
          var td = document.createElement('td');
          if (href) { var a = document.createElement('a'); a.href = href; a.textContent = text; td.appendChild(a); }
          else { td.textContent = text; }
          tr.appendChild(td);
        }
        cell(it.so_ky_hieu, it.url);
        cell(it.ngay_ban_hanh);
        cell(it.trich_yeu, it.url);
        cell(it.tinh_trang);
        rows.appendChild(tr);
      });
      var pager = document.getElementById('pager');
      if (data.next) {
        var a = document.createElement('a');
        a.href = '?page=' + data.next; a.rel = 'next'; a.textContent = 'Trang sau';
        pager.appendChild(a);
      }
      document.getElementById('ds-van-ban').setAttribute('data-loaded', 'true');
    })
    .catch(function (err) { document.getElementById('load-error').textContent = 'Không tải được danh sách: ' + err; });
})();"""


class VbplRender(LawSite):
    name = "vbplrender"
    article_patterns = (_DOC_V1, _DOC_V2)
    per_page = 5
    server_header = "nginx"

    # ------------------------------------------------------------------ URLs
    def slug(self, entry) -> str:
        return slugify(f"{self.list_title(entry)} {entry.item['title']}".replace("/", " "), max_words=14)

    def article_path(self, entry, layout: int = 1) -> str:
        if layout == 2:
            return f"/vbplrender/vb/{entry.id}"
        return f"/vbplrender/van-ban/chi-tiet/{self.slug(entry)}--{entry.id}"

    def listing_path(self, page: int = 1, layout: int = 1) -> str:
        return LISTING + (f"?page={page}" if page > 1 else "")

    def file_path(self, entry) -> str:
        return f"/vbplrender/tai-ve/{entry.id}/{entry.item['pdf']}"


    # --------------------------------------------------------------- routing
    def handle(self, req: Request) -> Response | None:
        path = req.path.rstrip("/") or "/"
        if path == "/vbplrender":
            return redirect(LISTING)
        if path == LISTING:
            n = self.page_param(req.query)
            if n is None or n > self.pages():
                return None
            return self.shell(n)
        if path == API:
            return self.api(req)
        m = _DOC_V1.match(path)
        if m:
            entry = self.by_id(m.group("id"))
            if entry is None or entry.removed:
                return None
            return self.document(entry)
        m = _DOC_V2.match(path)
        if m:
            entry = self.by_id(m.group("id"))
            if self.layout != 2 or entry is None or entry.removed:
                return None
            return self.document(entry)
        m = _FILE.match(path)
        if m:
            entry = self.by_id(m.group("id"))
            if entry is None or entry.removed or entry.item.get("pdf") != m.group("file"):
                return None
            return self.pdf_response(entry)
        if path == "/vbplrender/tim-kiem":
            return self.static_page("Tìm kiếm văn bản", '<form action="/vbplrender/tim-kiem"><input name="q">'
                                    '<button>Tìm kiếm</button></form><p>Nhập từ khóa để tìm văn bản.</p>', ("search",))
        if path == "/vbplrender/dang-nhap":
            return self.static_page("Đăng nhập", '<form method="post"><input name="user"><input type="password" name="pass">'
                                    '<button>Đăng nhập</button></form>', ("login",))
        m = re.match(r"^/vbplrender/print/(\d+)$", path)
        if m:
            entry = self.by_id(m.group(1))
            if entry and not entry.removed:
                return self.print_response(entry)
        return None

    # ------------------------------------------------------------- templates
    def frame(self, title: str, main: str, *, head: str = "") -> str:
        i = self.info
        nav = menu([("Trang chủ", LISTING), ("Văn bản mới", LISTING), ("Tìm kiếm", "/vbplrender/tim-kiem"),
                    ("Đăng nhập", "/vbplrender/dang-nhap")], css="app-nav")
        body = f"""<header class="app-header"><a class="brand" href="{LISTING}">{esc(i['brand'])}</a>{nav}</header>
<main class="container">
{main}
<aside class="app-side">{banner_05("/vbplrender/tim-kiem")}</aside>
</main>
<footer class="app-footer"><p>{esc(i['name'])}</p><p>Địa chỉ: {esc(i['address'])} - Điện thoại: {esc(i['phone'])} - Email: {esc(i['email'])}</p>
{support_footer()}</footer>"""
        return document(title, body, head=head)

    def shell(self, n: int) -> Response:
        main = ("<h1>Văn bản mới ban hành</h1>"
                '<table class="table-vanban" id="ds-van-ban"><thead><tr><th>Số/ Ký hiệu</th><th>Ngày ban hành</th>'
                '<th>Trích yếu</th><th>Tình trạng văn bản</th></tr></thead><tbody id="ds-van-ban-rows"></tbody></table>'
                '<nav class="pager" id="pager"></nav><p id="load-error" class="error"></p>'
                "<noscript>Trang này cần JavaScript để hiển thị danh sách văn bản.</noscript>")
        script = f"<script>\n{SHELL_SCRIPT % {'api': API}}\n</script>"
        return Response(body=self.frame("Văn bản mới ban hành", main + script), etag_key=("shell", self.name, n),
                        last_modified=SHELL_DEPLOYED, headers={"Cache-Control": "public, max-age=300"})

    def api_items(self, items) -> list[dict]:
        return [{"id": e.id, "so_ky_hieu": e.item["meta"]["number"], "loai_van_ban": e.item["meta"]["type"],
                 "ngay_ban_hanh": dmy(e.item["meta"]["issued"]), "trich_yeu": e.title,
                 "tinh_trang": self.status_of(e), "url": self.article_path(e, self.layout)} for e in items]

    def api(self, req: Request) -> Response | None:
        n = self.page_param(req.query)
        if n is None or n > self.pages():
            return Response(status=404, body=json.dumps({"error": "không có trang này"}, ensure_ascii=False),
                            content_type="application/json; charset=utf-8")
        items = self.page_slice(n)
        last = self.pages()
        data = {"page": n, "pages": last, "total": len(self.entries()), "items": self.api_items(items),
                "next": n + 1 if n < last and self.layout == 1 else None}
        keys = tuple(self.doc_etag_parts(e) for e in items)
        return Response(body=json.dumps(data, ensure_ascii=False), content_type="application/json; charset=utf-8",
                        etag_key=self.listing_key(items, "api", n, last, keys), last_modified=self.newest(items))

    def static_page(self, title: str, inner: str, key: tuple) -> Response:
        return Response(body=self.frame(title, f"<h1>{esc(title)}</h1>{inner}"), etag_key=("static", self.name) + key,
                        last_modified=SHELL_DEPLOYED)

    def related_box(self, entry) -> tuple[str, list]:
        rel = self.related(entry, 3)
        lis = "".join(f'<li><a href="{esc(self.article_path(e, self.layout))}">{esc(self.list_title(e))}</a>'
                      f'<span>Ngày ban hành: {dmy(e.item["meta"]["issued"])}</span></li>' for e in rel)
        return f'<aside class="van-ban-lien-quan"><h2>Văn bản liên quan</h2><ul>{lis}</ul></aside>', rel

    def document(self, entry) -> Response:
        meta = entry.item["meta"]
        gz_no, gz_date = self.gazette(entry)
        source = f"Công báo số {gz_no}, năm {gz_date[:4]}" if gz_no else ""
        attrs = [("Số ký hiệu", meta["number"]), ("Loại văn bản", meta["type"]), ("Ngày ban hành", dmy(meta["issued"])),
                 ("Ngày có hiệu lực", dmy(self.effective_of(entry))), ("Cơ quan ban hành", meta["issuer"]),
                 ("Chức danh", meta["signer_title"]), ("Người ký", meta["signer"]), ("Nguồn thu thập", source),
                 ("Ngày đăng công báo", dmy(gz_date)), ("Lĩnh vực", meta["field"]), ("Phạm vi", meta["scope"]),
                 ("Tình trạng hiệu lực", self.status_of(entry))]
        rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in attrs)
        files = ""
        if entry.item.get("pdf"):
            files = (f'<div class="doc-files"><h2>Tệp đính kèm</h2><a href="{esc(self.file_path(entry))}">'
                     f'{esc(entry.item["pdf"])}</a></div>')
        side, rel = self.related_box(entry)
        v2 = self.layout == 2
        main = f"""<nav class="breadcrumb"><a href="{LISTING}">Văn bản</a> / <span>{esc(self.list_title(entry))}</span></nav>
<article class="doc-detail{' doc-detail--v2' if v2 else ''}">
<h1 class="doc-title">{esc(entry.title)}</h1>
<div class="doc-tabs"><a href="#noi-dung">Toàn văn</a> <a href="#thuoc-tinh">Thuộc tính</a> <a href="/vbplrender/print/{entry.id}" rel="nofollow">Bản in</a></div>
<table class="doc-attrs" id="thuoc-tinh"><tbody>{rows}</tbody></table>
<section class="doc-content" id="noi-dung">{self.doc_header_html(entry)}{self.doc_body_html(entry, tag="div" if v2 else "p")}{self.doc_sign_html(entry)}</section>
{files}
</article>
{side}"""
        return Response(body=self.frame(entry.title, main), etag_key=self.article_key(entry, rel, *self.doc_etag_parts(entry)),
                        last_modified=entry.modified)

    def chrome_strings(self) -> list[str]:
        return ["Số ký hiệu", "Tình trạng hiệu lực", "Văn bản liên quan", "Tệp đính kèm", "Bản in", self.info["phone"]]

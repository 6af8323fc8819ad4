"""Unit tests of pipelines.lawdoc: label variants, markups, unknown values, text, attachments
and block detection. Every page here is a few lines of hand-written HTML."""

from __future__ import annotations

import time

import pytest

from pipelines.lawdoc import STATUSES, detect_block, normalize_status, parse_lawdoc

URL = "https://vanban.example.vn/van-ban/chi-tiet/ke-hoach-100-kh-ubnd-2024.html"

BODY = """
<div class="noi-dung">
  <table class="header"><tr>
    <td><b>ỦY BAN NHÂN DÂN<br>TỈNH HẬU GIANG</b><br>-------</td>
    <td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td>
  </tr><tr>
    <td>Số: 100/KH-UBND</td><td><i>Hậu Giang, ngày 02 tháng 5 năm 2024</i></td>
  </tr></table>
  <p align="center"><b>KẾ HOẠCH</b></p>
  <p align="center"><b>Thực hiện chương trình củng cố khối đại đoàn kết trong năm 2024</b></p>
  <p>Ủy ban nhân dân tỉnh ban hành kế hoạch này để các sở, ngành và địa phương cùng tổ chức thực hiện thống nhất.</p>
  <p>1. Các sở, ban, ngành xây dựng kế hoạch riêng và gửi về Ban Dân tộc tỉnh trước ngày 30 tháng 6 năm 2024.</p>
  <p>2. Ban Dân tộc tỉnh theo dõi, tổng hợp và báo cáo kết quả thực hiện định kỳ sáu tháng một lần./.</p>
  <table><tr><td><b>Nơi nhận:</b><br>- Như trên;<br>- Lưu: VT.</td>
  <td><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br>Trương Cảnh Tuyên</td></tr></table>
</div>
"""


def page(meta: str = "", body: str = BODY, head: str = "", extra: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            f"<div class='wrap'><div class='meta'>{meta}</div>{body}{extra}</div></body></html>")


def rows(*pairs: tuple[str, str]) -> str:
    return "<table>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in pairs) + "</table>"


def parse(meta: str = "", **kw):
    return parse_lawdoc(page(meta, **kw), URL)


# ----------------------------------------------------------------------------- labels


@pytest.mark.parametrize("label", ["Số hiệu", "Số hiệu:", "Số ký hiệu", "Số/Ký hiệu", "Số / Ký hiệu:",
                                   "SỐ KÝ HIỆU", "số hiệu văn bản", "Ký hiệu:"])
def test_number_label_variants(label):
    doc = parse(rows((label, "45-KH/TU"), ("Loại văn bản", "Kế hoạch")))
    assert doc.number_text == "45-KH/TU"


@pytest.mark.parametrize("label,field,value,want", [
    ("Loại văn bản", "doc_type_name", "Nghị quyết", "Nghị quyết"),
    ("Thể loại:", "doc_type_name", "Chỉ thị", "Chỉ thị"),
    ("Nơi ban hành", "issuing_body", "Tỉnh Hậu Giang", "Tỉnh Hậu Giang"),
    ("Cơ quan ban hành:", "issuing_body", "Chính phủ", "Chính phủ"),
    ("CƠ QUAN BAN HÀNH", "issuing_body", "Quốc hội", "Quốc hội"),
    ("Người ký", "signer", "Trương Cảnh Tuyên", "Trương Cảnh Tuyên"),
    ("Ngày ban hành", "issued_on", "02/05/2024", "2024-05-02"),
    ("Ngày ban hành:", "issued_on", "ngày 2 tháng 5 năm 2024", "2024-05-02"),
    ("Ban hành:", "issued_on", "2024-05-02", "2024-05-02"),
    ("Ngày hiệu lực", "effective_on", "15/06/2024", "2024-06-15"),
    ("Ngày có hiệu lực", "effective_on", "15/06/2024", "2024-06-15"),
    ("Ngày công báo", "gazette_date", "20/05/2024", "2024-05-20"),
    ("Ngày đăng công báo", "gazette_date", "20/05/2024", "2024-05-20"),
    ("Số công báo", "gazette_number", "655 + 656", "655 + 656"),
    ("Nguồn thu thập", "gazette_number", "Công báo số 655 đến 656, năm 2024", "655 đến 656"),
    ("Tình trạng", "status", "Còn hiệu lực", "Còn hiệu lực"),
    ("Tình trạng hiệu lực:", "status", "Hết hiệu lực", "Hết hiệu lực"),
    ("Hiệu lực", "status", "Chưa có hiệu lực", "Chưa có hiệu lực"),
    ("Trạng thái", "status", "Đang có hiệu lực", "Còn hiệu lực"),
    ("Lĩnh vực", "fields", "Văn hóa - Xã hội", "Văn hóa - Xã hội"),
    ("Lĩnh vực, ngành:", "fields", "Bộ máy hành chính", "Bộ máy hành chính"),
    ("Trích yếu", "title", "Về việc tăng cường công tác dân vận", "Về việc tăng cường công tác dân vận"),
])
def test_label_variants(label, field, value, want):
    doc = parse(rows((label, value), ("Số hiệu", "100/KH-UBND")))
    assert getattr(doc, field) == want


def test_labels_do_not_swallow_a_data_table_in_the_body():
    body = BODY.replace("<p>1. Các sở", "<table><tr><th>Lĩnh vực</th><th>Chỉ tiêu năm 2024</th></tr>"
                                          "<tr><td>Giáo dục</td><td>Tăng 5%</td></tr></table><p>1. Các sở")
    doc = parse("", body=body)
    assert doc.fields is None
    assert "Lĩnh vực\nChỉ tiêu năm 2024\nGiáo dục" in doc.text


# ----------------------------------------------------------------------------- markups


def test_four_column_rows_lawnet():
    meta = ("<table class='table-thuoctinh'>"
            "<tr><td>Số hiệu:</td><td>100/KH-UBND</td><td>Loại văn bản:</td><td>Kế hoạch</td></tr>"
            "<tr><td>Nơi ban hành:</td><td>Tỉnh Hậu Giang</td><td>Người ký:</td><td>Trương Cảnh Tuyên</td></tr>"
            "<tr><td>Ngày ban hành:</td><td>02/05/2024</td><td>Ngày hiệu lực:</td><td>Đã biết</td></tr>"
            "<tr><td>Ngày công báo:</td><td>Đang cập nhật</td><td>Số công báo:</td><td>Đang cập nhật</td></tr>"
            "<tr><td>Tình trạng:</td><td>Đã biết</td></tr></table>")
    doc = parse(meta)
    assert (doc.number_text, doc.doc_type_name, doc.issuing_body, doc.signer, doc.issued_on) == (
        "100/KH-UBND", "Kế hoạch", "Tỉnh Hậu Giang", "Trương Cảnh Tuyên", "2024-05-02")
    assert (doc.effective_on, doc.gazette_date, doc.gazette_number, doc.status) == (None, None, None, None)
    assert "Số hiệu" not in doc.text and "Đã biết" not in doc.text


def test_th_td_rows():
    doc = parse("<table><tr><th>Số ký hiệu</th><td><a>12/2024/NQ-HĐND</a></td></tr>"
                "<tr><th>Ngày ban hành</th><td><span>10/07/2024</span></td></tr></table>")
    assert doc.number_text == "12/2024/NQ-HĐND" and doc.issued_on == "2024-07-10"


def test_definition_list():
    doc = parse("<dl><dt>Số/Ký hiệu</dt><dd>45-KH/TU</dd><dt>Người ký:</dt><dd>Nguyễn Văn A</dd>"
                "<dt>Tình trạng hiệu lực</dt><dd>Còn hiệu lực</dd></dl>")
    assert (doc.number_text, doc.signer, doc.status) == ("45-KH/TU", "Nguyễn Văn A", "Còn hiệu lực")
    assert "Số/Ký hiệu" not in doc.text


def test_label_value_text_lines():
    doc = parse("<p><b>Số hiệu:</b> 100/KH-UBND<br><b>Ngày ban hành:</b> 02/05/2024<br>"
                "Tình trạng: Còn hiệu lực</p>")
    assert (doc.number_text, doc.issued_on, doc.status) == ("100/KH-UBND", "2024-05-02", "Còn hiệu lực")


def test_flattened_line_with_several_labels():
    doc = parse("<p>Loại văn bản: Kế hoạch Số hiệu: 100/KH-UBND Người ký: Trương Cảnh Tuyên "
                "Nơi ban hành: Tỉnh Hậu Giang</p>")
    assert (doc.number_text, doc.doc_type_name, doc.issuing_body, doc.signer) == (
        "100/KH-UBND", "Kế hoạch", "Tỉnh Hậu Giang", "Trương Cảnh Tuyên")


def test_span_label_with_tail_value_and_div_grid():
    doc = parse("<ul class='info'><li><span>Hiệu lực: </span> Hết hiệu lực</li></ul>"
                "<div class='row'><span class='k'>Ngày ban hành</span><span class='v'>01/02/2023</span></div>")
    assert doc.status == "Hết hiệu lực" and doc.issued_on == "2023-02-01"


@pytest.mark.parametrize("label,cells,want", [
    ("Cơ quan ban hành/ Chức danh / Người ký", ("Quốc hội", "Chủ tịch Quốc hội", "Nguyễn Văn B"),
     ("Quốc hội", "Chủ tịch Quốc hội", "Nguyễn Văn B")),
    ("Cơ quan hợp nhất/ Người ký/ Chức danh", ("Văn phòng Quốc hội", "Nguyễn Văn C", "Chủ nhiệm"),
     ("Văn phòng Quốc hội", "Chủ nhiệm", "Nguyễn Văn C")),
])
def test_vbpl_composite_label_reads_the_order_from_the_label(label, cells, want):
    meta = ("<table><tr><td class='label'>Số ký hiệu</td><td>31/VBHN-VPQH</td></tr>"
            f"<tr><td class='label'>{label}</td>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>")
    doc = parse(meta)
    assert (doc.issuing_body, doc.signer_title, doc.signer) == want


def test_vbpl_status_in_a_title_cell_and_table_title_row():
    meta = ("<div class='vbProperties'><table>"
            "<tr><td colspan='4' class='title'>Về công tác văn thư</td></tr>"
            "<tr><td class='label'>Số ký hiệu</td><td>30/2020/NĐ-CP</td>"
            "<td class='label'>Ngày ban hành</td><td>05/03/2020</td></tr>"
            "<tr><td colspan='4' class='title'>Tình trạng hiệu lực: Còn hiệu lực</td></tr></table></div>")
    doc = parse(meta)
    assert doc.status == "Còn hiệu lực"
    assert doc.title == "Về công tác văn thư"


def test_menu_headings_are_not_labels():
    menu = ("<div class='box'><div class='top'><a href='javascript:;'>Loại văn bản</a></div>"
            "<ul><li><a href='/l'>Luật</a></li><li><a href='/n'>Nghị định</a></li><li><a href='/q'>Quyết định</a></li></ul></div>"
            "<div class='box'><div class='top'><div>Cơ quan ban hành</div></div>"
            "<ul><li><a href='/1'>Quốc hội</a></li><li><a href='/2'>Chính phủ</a></li><li><a href='/3'>Bộ Tài chính</a></li></ul></div>")
    doc = parse(menu)
    assert doc.issuing_body is None
    assert doc.doc_type_name == "Kế hoạch"  # from the document's own heading


# ------------------------------------------------------------------------ unknown values


@pytest.mark.parametrize("value", ["Đã biết", "Đang cập nhật", "Không có", "...", "…", "", "  ", "-", "đang cập nhật."])
def test_unknown_values_are_none(value):
    doc = parse(rows(("Người ký", value), ("Ngày hiệu lực", value), ("Tình trạng", value),
                     ("Lĩnh vực", value), ("Số công báo", value), ("Số hiệu", "100/KH-UBND")),
                body="<p>Nội dung văn bản đang được số hóa và sẽ đăng tải đầy đủ trong thời gian tới.</p>")
    assert (doc.signer, doc.effective_on, doc.status, doc.fields, doc.gazette_number) == (None,) * 5


def test_first_known_value_wins_when_the_table_is_printed_twice():
    first = rows(("Số hiệu", "100/KH-UBND"), ("Ngày hiệu lực", "Đã biết"), ("Người ký", "Trương Cảnh Tuyên"))
    second = rows(("Số hiệu", "999/KH-UBND"), ("Ngày hiệu lực", "15/06/2024"), ("Người ký", "Người Khác"))
    doc = parse(first + second)
    assert (doc.number_text, doc.effective_on, doc.signer) == ("100/KH-UBND", "2024-06-15", "Trương Cảnh Tuyên")


def test_khong_so_is_no_number_and_not_replaced_from_the_text():
    doc = parse(rows(("Số ký hiệu", "Không số"), ("Ngày ban hành", "28/11/2013")))
    assert doc.number_text is None
    assert doc.meta["so ky hieu"] == "Không số"


def test_number_canonicalised_or_kept_raw():
    assert parse(rows(("Số hiệu", "100 /KH-UBND"), ("Người ký", "A"))).number_text == "100/KH-UBND"
    assert parse(rows(("Số hiệu", "Số: 43 -NQ/TW"), ("Người ký", "A"))).number_text == "43-NQ/TW"
    assert parse(rows(("Số án lệ", "63/2023/AL"), ("Người ký", "A"))).number_text == "63/2023/AL"


def test_date_under_a_status_label_is_the_effective_date():
    doc = parse("<p>Ban hành: 20/12/2024</p><p>Hiệu lực: 05/02/2025</p>")
    assert (doc.issued_on, doc.effective_on, doc.status) == ("2024-12-20", "2025-02-05", None)


def test_bad_dates_are_none():
    doc = parse(rows(("Ngày ban hành", "32/13/2024"), ("Ngày hiệu lực", "12/2024"), ("Số hiệu", "1/KH-UBND")))
    assert doc.effective_on is None
    assert doc.issued_on == "2024-05-02"  # the place-date line of the document, not the broken cell


@pytest.mark.parametrize("raw,want", [
    ("Còn hiệu lực", "Còn hiệu lực"), ("Văn bản đang có hiệu lực", "Còn hiệu lực"),
    ("còn hiệu lực một phần", "Hết hiệu lực một phần"), ("Hết hiệu lực một phần", "Hết hiệu lực một phần"),
    ("Hết hiệu lực toàn bộ", "Hết hiệu lực"), ("hết hiệu lực", "Hết hiệu lực"),
    ("Chưa có hiệu lực", "Chưa có hiệu lực"), ("Ngưng hiệu lực", "Ngưng hiệu lực"),
    ("Tạm ngưng hiệu lực", "Ngưng hiệu lực"), ("Không còn phù hợp", None), ("Đã biết", None), ("", None),
])
def test_normalize_status(raw, want):
    assert normalize_status(raw) == want
    assert want is None or want in STATUSES


# ----------------------------------------------------------------------------- text


def test_text_is_the_document_without_chrome():
    extra = ("<div class='tab'><h3>Văn bản gốc</h3><p>(Không có nội dung)</p></div>"
             "<div class='nag'><p><b>Bạn Chưa Đăng Nhập Tài khoản!</b></p>"
             "<p>Khi chưa Đăng Nhập, Bạn chỉ xem được Thuộc tính.</p>"
             "<p><a href='/dang-ky'>Chưa có Tài khoản? Đăng ký Tài khoản mới tại đây</a></p></div>"
             "<div class='tab'><h3>Văn bản tiếng Anh</h3><p>(Không có nội dung)</p></div>"
             "<ul><li>Ban hành: {{m.News_Dates_Date}}</li><li>Tình trạng: {{m.TinhTrang}}</li></ul>"
             "<div class='box-related'><h4>Văn bản liên quan</h4><ul><li><a href='/vb/1'>Quyết định 5/QĐ-UBND về nhân sự</a></li>"
             "<li><a href='/vb/2'>Chỉ thị 7/CT-UBND về phòng cháy</a></li></ul><p>Ngày ban hành: 01/01/2020</p></div>")
    head_chrome = "<h1>Kế hoạch 100/KH-UBND năm 2024 của tỉnh Hậu Giang</h1><div class='vb-id'>611016</div>"
    doc = parse(rows(("Số hiệu:", "100/KH-UBND"), ("Tình trạng:", "Đã biết")), body=head_chrome + BODY, extra=extra)
    assert doc.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert "Số: 100/KH-UBND\nHậu Giang, ngày 02 tháng 5 năm 2024\nKẾ HOẠCH" in doc.text
    assert doc.text.endswith("PHÓ CHỦ TỊCH\nTrương Cảnh Tuyên")
    for chrome in ("Văn bản gốc", "Không có nội dung", "Đăng Nhập", "Đăng ký", "{{", "Ban hành:", "611016",
                   "Văn bản liên quan", "Quyết định 5/QĐ-UBND", "Số hiệu", "Đã biết", "-------"):
        assert chrome not in doc.text, chrome
    assert doc.issued_on == "2024-05-02"  # the related box's date is not this document's
    assert doc.title == "Kế hoạch 100/KH-UBND năm 2024 của tỉnh Hậu Giang"


def test_header_fallbacks_when_the_page_has_no_attributes():
    doc = parse("")
    assert doc.number_text == "100/KH-UBND"
    assert doc.issued_on == "2024-05-02"
    assert doc.doc_type_name == "Kế hoạch"
    assert doc.signer == "Trương Cảnh Tuyên"
    assert doc.issuing_body is None  # never guessed from the upper-case header


def test_page_without_a_body_has_empty_text_but_is_not_blocked():
    doc = parse(rows(("Số ký hiệu", "08/2023/TT-BXD"), ("Ngày ban hành", "30/11/2023")),
                body="<ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/tk'>Tìm kiếm</a></li></ul>")
    assert doc.text == "" and doc.blocked is None and doc.number_text == "08/2023/TT-BXD"


def test_listing_of_documents_gives_no_document_fields():
    items = "".join(f"<li><p class='title'><a href='/vb/{i}'>Luật {i}/VBHN-VPQH</a></p>"
                    f"<p class='green'>Ngày xác thực: {i:02d}/12/2020</p></li>" for i in range(1, 8))
    doc = parse_lawdoc(f"<html><body><ul>{items}</ul></body></html>", URL)
    assert doc.issued_on is None and doc.number_text is None


# --------------------------------------------------------------------------- title


def test_title_precedence():
    og = "<meta property='og:title' content='Tiêu đề từ og:title của văn bản'><title>Tiêu đề thẻ title - Cổng thông tin</title>"
    logo_h1 = "<h1 class='logo'><a href='/'>CÔNG BÁO</a></h1>"
    assert parse("", head=og, body=logo_h1 + BODY).title == "Tiêu đề từ og:title của văn bản"
    assert parse("", head="<title>Tiêu đề thẻ title - Cổng thông tin</title>").title == "Tiêu đề thẻ title"
    assert parse("<h1>Kế hoạch số 100/KH-UBND của tỉnh</h1>", head=og).title == "Kế hoạch số 100/KH-UBND của tỉnh"
    assert parse(rows(("Trích yếu", "Về đại đoàn kết"), ("Số hiệu", "1/KH-UBND")), head=og).title == "Về đại đoàn kết"


# ----------------------------------------------------------------------- attachments


def test_attachments():
    links = ("<div class='files'>"
             "<a href='/files/2024/kh-100.pdf'>Tải về bản PDF</a>"
             "<a href='files/phu luc 1.DOCX'>Phụ lục 1</a>"
             "<a href='https://cdn.example.vn/api/download/stream?path=a%2Fb.xlsx'>Biểu mẫu</a>"
             "<a href='/Portals/FileDownload.aspx?id=77'></a>"
             "<a href=\"javascript:downloadfile('x.doc','/TW/Lists/vbpq/Attachments/1/x.doc');\">x.doc</a>"
             "<a href='/tw/_layouts/15/WopiFrame.aspx?sourcedoc=/TW/Lists/vbpq/Attachments/1/x.doc'>Xem nhanh</a>"
             "<a href='javascript:ShowDialogDownload();'>Tải về</a>"
             "<a href='mailto:vp@example.vn'>Liên hệ</a><a href='/vb/khac.html'>Văn bản khác</a>"
             "<a href='/files/2024/kh-100.pdf'>trùng lặp</a><a href='/files/bundle.zip'>Nén</a></div>")
    doc = parse("", extra=links)
    got = [(a.url, a.name, a.media_hint) for a in doc.attachments]
    assert got == [
        ("https://vanban.example.vn/files/2024/kh-100.pdf", "Tải về bản PDF", "pdf"),
        ("https://vanban.example.vn/van-ban/chi-tiet/files/phu%20luc%201.DOCX", "Phụ lục 1", "docx"),
        ("https://cdn.example.vn/api/download/stream?path=a%2Fb.xlsx", "Biểu mẫu", "xlsx"),
        ("https://vanban.example.vn/Portals/FileDownload.aspx?id=77", "FileDownload.aspx", None),
        ("https://vanban.example.vn/TW/Lists/vbpq/Attachments/1/x.doc", "x.doc", "doc"),
        ("https://vanban.example.vn/files/bundle.zip", "Nén", "zip"),
    ]


# ------------------------------------------------------------------------- blocks

CHALLENGE = ("<html><head><title>Just a moment...</title></head><body><h1>Just a moment...</h1>"
             "<p>Checking if the site connection is secure</p>"
             "<script>window._cf_chl_opt={cType:'managed'};</script></body></html>")


@pytest.mark.parametrize("html,status,want", [
    (CHALLENGE, 200, "antibot"),
    (CHALLENGE, 403, "antibot"),
    (CHALLENGE, 503, "antibot"),
    ("<html><head><title>Access denied</title></head><body><h1>Access denied</h1><p>Error 1020</p></body></html>", 200, "antibot"),
    ("<html><body><h1>403 Forbidden</h1><p>Truy cập bị từ chối.</p></body></html>", 403, "antibot"),
    ("<html><body><h1>429 Too Many Requests</h1></body></html>", 429, "rate-limited"),
    ("<html><body><h1>Service Unavailable</h1><p>Hệ thống đang bảo trì.</p></body></html>", 503, "unavailable"),
    ("<html><body><h1>Not Found</h1></body></html>", 404, "http-error"),
    ("<html><head><meta name='robots' content='NOINDEX, NOFOLLOW'></head><body><p>Trang đang được cập nhật.</p></body></html>",
     200, "noindex-stub"),
    ("<html><body><h1>Quyết định 5/QĐ-UBND</h1><p>Vui lòng đăng nhập để xem toàn văn.</p>"
     "<form><input name='u'><input type='password' name='p'></form></body></html>", 200, "login-wall"),
    ("", 200, "empty"),
    ("<html><body>   </body></html>", 200, "empty"),
    (page(), 200, None),
])
def test_detect_block(html, status, want):
    assert detect_block(html, status) == want


def test_a_long_noindex_page_and_nags_next_to_a_full_text_are_not_blocks():
    nag = "<div><p>Bạn Chưa Đăng Nhập Tài khoản!</p><p>Vì chưa Đăng Nhập nên Bạn chỉ xem được Thuộc tính.</p></div>"
    html = page(extra=nag, head="<meta name='robots' content='noindex'>")
    assert detect_block(html) is None
    assert parse_lawdoc(html, URL).blocked is None


def test_sample_web_block_pages():
    from crawler.sampleweb.app import blocked_response

    for mode, want in (("antibot", "antibot"), ("403", "antibot"), ("503", "unavailable")):
        resp = blocked_response(mode)
        body = resp.body if isinstance(resp.body, str) else resp.body.decode("utf-8")
        assert detect_block(body, resp.status) == want, mode
        doc = parse_lawdoc(body, URL, status=resp.status)
        assert doc.blocked == want and doc.title is None and doc.text == ""


# ------------------------------------------------------------------------- inputs


def test_bytes_xml_declaration_and_nfd_input():
    import unicodedata

    html = page(rows(("Số hiệu", "100/KH-UBND"), ("Người ký", "Trương Cảnh Tuyên")))
    assert parse_lawdoc(html.encode("utf-8"), URL).number_text == "100/KH-UBND"
    assert parse_lawdoc("<?xml version='1.0' encoding='utf-8'?>" + html, URL).signer == "Trương Cảnh Tuyên"
    nfd = parse_lawdoc(unicodedata.normalize("NFD", html), URL)
    assert nfd.signer == "Trương Cảnh Tuyên" and nfd.number_text == "100/KH-UBND"


def test_garbage_input_does_not_raise():
    for junk in ("", "   ", "<<<>>>", "\x00\x01binary", "<html>", "plain text without tags"):
        doc = parse_lawdoc(junk, URL)
        assert doc.text == "" or isinstance(doc.text, str)


def test_large_page_is_linear_time():
    paragraphs = "".join(f"<p>Điều {i}. Nội dung quy định thứ {i} về công tác văn thư, lưu trữ và số hóa tài liệu "
                         f"của cơ quan, tổ chức trên địa bàn tỉnh.</p>" for i in range(1, 6001))
    html = page(rows(("Số hiệu", "100/KH-UBND"), ("Người ký", "A")), body=BODY.replace("<p>1. Các sở", paragraphs + "<p>1. Các sở"))
    start = time.perf_counter()
    doc = parse_lawdoc(html, URL)
    elapsed = time.perf_counter() - start
    assert "Điều 6000." in doc.text and doc.number_text == "100/KH-UBND"
    assert elapsed < 5.0, f"{elapsed:.2f}s for {len(html) // 1024} KB"


def test_document_in_a_hidden_tab_is_kept_but_hidden_chrome_is_not():
    hidden_doc = f"<div class='tab-pane' style='display:none'>{BODY}</div>"
    hidden_chrome = "<div style='display: none'><p>Vùng giữ chỗ của trang mẫu, không dành cho người đọc.</p></div>"
    doc = parse(rows(("Số hiệu", "100/KH-UBND"), ("Người ký", "A")), body=hidden_doc, extra=hidden_chrome)
    assert doc.text.startswith("ỦY BAN NHÂN DÂN") and "Vùng giữ chỗ" not in doc.text


def test_print_area_and_tab_content_wrappers_are_not_chrome():
    body = f"<div id='print-area' class='tab-content'><div class='tab-pane active'>{BODY}</div></div>"
    doc = parse("", body=body)
    assert doc.text.startswith("ỦY BAN NHÂN DÂN") and doc.text.endswith("Trương Cảnh Tuyên")


def _to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters precomposed, tone marks as combining characters."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in parts if c in tones)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out.append((base + tone).encode("cp1258"))
    return b"".join(out)


def test_bytes_in_a_declared_legacy_charset():
    html = page(rows(("Số hiệu", "100/KH-UBND"), ("Người ký", "Trương Cảnh Tuyên")),
                head="<meta http-equiv='Content-Type' content='text/html; charset=windows-1258'>")
    data = _to_cp1258(html)
    assert b"Tr\xfd\xf5ng" in data  # "Trương" in Windows-1258
    doc = parse_lawdoc(data, URL)
    assert doc.signer == "Trương Cảnh Tuyên" and doc.number_text == "100/KH-UBND"
    assert doc.text.startswith("ỦY BAN NHÂN DÂN")


def test_named_anchors_are_text_not_links():
    body = BODY.replace("<p>1. Các sở", "<p><a name='dieu_1'>Điều 1. Phạm vi áp dụng</a></p>"
                                          "<p><b>Chương <a name='chuong_2'></a>II</b></p><p>1. Các sở")
    doc = parse("", body=body)
    assert "Điều 1. Phạm vi áp dụng\nChương II\n1. Các sở" in doc.text


def test_pipe_flattened_attribute_lines():
    doc = parse("<p>| Số hiệu: | 57/KH-UBND | Loại văn bản: | Kế hoạch |</p>"
                "<p>| Ngày ban hành: | 14/05/2024 | Ngày hiệu lực: | Đã biết |</p>")
    assert (doc.number_text, doc.doc_type_name, doc.issued_on, doc.effective_on) == (
        "57/KH-UBND", "Kế hoạch", "2024-05-14", None)
    assert "Số hiệu" not in doc.text and "Đã biết" not in doc.text


def test_generic_table_heading_is_not_the_title():
    meta = ("<table><tr><th colspan='2'>Thuộc tính văn bản</th></tr>"
            "<tr><td>Số hiệu</td><td>100/KH-UBND</td></tr><tr><td>Người ký</td><td>A</td></tr></table>")
    doc = parse(meta, body="<h1>Kế hoạch 100/KH-UBND về đại đoàn kết</h1>" + BODY)
    assert doc.title == "Kế hoạch 100/KH-UBND về đại đoàn kết"

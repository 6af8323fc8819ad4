"""Unit tests for pipelines.extract: one test per chrome rule, plus title/date/author precedence."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

import pytest

from pipelines import extract as ex
from pipelines.extract import ExtractedArticle, extract_article

URL = "https://example.dcs.vn/tin-tuc/bai-viet-1.html"

P1 = ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo thực hiện nghiêm túc "
      "Chỉ thị số 21-CT/TU về tăng cường công tác bảo vệ môi trường trên địa bàn tỉnh trong năm 2024.")
P2 = ("Các sở, ban, ngành và địa phương rà soát toàn bộ cơ sở sản xuất có nguy cơ gây ô nhiễm, xử lý dứt điểm "
      "các điểm tập kết rác thải tự phát ở khu dân cư, hoàn thành trước ngày 30/9/2024.")
P3 = ("Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội vận động hội viên, đoàn viên tham gia phân loại rác "
      "tại nguồn, trồng cây xanh và giữ gìn vệ sinh đường làng, ngõ xóm.")
P4 = ("Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chỉ thị, định kỳ sáu tháng tổng hợp, báo cáo "
      "Ban Thường vụ Tỉnh ủy kết quả thực hiện.")
BODY = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))
TITLE = "Tăng cường công tác bảo vệ môi trường trên địa bàn tỉnh"


def page(main: str, *, head: str = "", title: str = TITLE, before: str = "", after: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f'<body><div class="header"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a></div>'
        f"{before}<div class=\"main\"><div class=\"article\">{main}</div></div>{after}</body></html>"
    )


def article(main: str, **kw) -> ExtractedArticle:
    got = extract_article(page(main, **kw), URL)
    assert got is not None
    return got


def std(extra_after_body: str = "", extra_before_body: str = "", h1: str = TITLE, date_line: str = "") -> str:
    return (f"<h1>{h1}</h1>{date_line}{extra_before_body}<div class=\"content\">{BODY}</div>"
            f"{extra_after_body}")


# --------------------------------------------------------------------------- basics


def test_basic_article():
    got = article(std(date_line='<div class="date">Thứ ba - 14/05/2024 08:15</div>'))
    assert got.title == TITLE
    assert got.text == "\n".join((P1, P2, P3, P4))
    assert got.published_at == "2024-05-14T01:15:00+00:00"
    assert got.language == "vi"


@pytest.mark.parametrize("html", ["", "   ", b"\x00\x01\x02binary", "<html><body></body></html>"])
def test_no_page_gives_none(html):
    assert extract_article(html, URL) is None


def test_empty_stub_gives_none():
    stub = page(f"<h1>{TITLE}</h1><p>Không có nội dung</p><p>Đang cập nhật</p>")
    assert extract_article(stub, URL) is None


def test_listing_page_gives_none():
    items = "".join(
        f'<li><a href="/tin/{i}.html">Tin số {i}: hội nghị triển khai nhiệm vụ công tác tháng {i} năm 2024 của Tỉnh ủy</a>'
        f' <span>({i:02d}/05/2024)</span><p>Tóm tắt ngắn của bài {i}.</p></li>'
        for i in range(1, 11)
    )
    listing = page(f'<h2 class="section-title">Tin hoạt động</h2><ul class="list-news">{items}</ul>'
                   '<div class="paging"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">Trang sau</a></div>',
                   title="Tin hoạt động")
    assert extract_article(listing, URL) is None


def test_text_is_nfc_and_keeps_diacritics():
    nfd = unicodedata.normalize("NFD", std())
    got = extract_article(page(nfd, title=unicodedata.normalize("NFD", TITLE)), URL)
    assert unicodedata.is_normalized("NFC", got.text)
    assert got.title == TITLE
    assert P1 in got.text


def test_whitespace_only_paragraphs_are_dropped():
    main = f"<h1>{TITLE}</h1><div>" + "<p>&nbsp; &nbsp;</p>".join(f"<p>{p}</p>" for p in (P1, P2, P3)) + "</div>"
    got = article(main)
    assert got.text == "\n".join((P1, P2, P3))


def test_bytes_input():
    got = extract_article(page(std()).encode("utf-8"), URL)
    assert got.text.startswith(P1)


# --------------------------------------------------------------------- chrome rules


def test_font_size_tool():
    tool = ('<div class="font-tool">Màu chữ <a href="#">&#9632;</a> <a href="#">&#9632;</a> '
            'Cỡ chữ <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></div>')
    got = article(std(extra_before_body=tool))
    assert "Màu chữ" not in got.text and "Cỡ chữ" not in got.text
    assert got.text.startswith(P1)


@pytest.mark.parametrize("heading", ["Các tin khác", "Tin khác", "Tin liên quan", "Bài viết liên quan",
                                     "Những tin cũ hơn", "Tin cùng chuyên mục"])
def test_related_list(heading):
    related = (f'<div class="other"><h3>{heading}</h3><ul>'
               '<li><a href="/a.html">Hội nghị sơ kết công tác tuyên giáo sáu tháng đầu năm</a> (12/05/2024)</li>'
               '<li><a href="/b.html">Kiểm tra công tác phòng, chống tham nhũng tại huyện miền núi</a> (10/05/2024)</li>'
               "</ul></div>")
    got = article(std(extra_after_body=related))
    assert heading not in got.text
    assert "Hội nghị sơ kết" not in got.text
    assert got.text.endswith(P4)


def test_related_heading_in_text_cuts_the_rest():
    raw = "\n".join([P1, P2, P3, "Các tin khác", "• Hội nghị sơ kết công tác tuyên giáo (12/05/2024)",
                     "• Kiểm tra công tác dân vận (10/05/2024)", "Trang đầu 12345 Trang cuối"])
    assert ex._clean_lines(raw, None) == [P1, P2, P3]


def test_related_box_inside_text_only_drops_the_box():
    raw = "\n".join([P1, "Tin liên quan", "Hội nghị sơ kết công tác tuyên giáo (12/05/2024)", P2, P3, P4])
    assert ex._clean_lines(raw, None) == [P1, P2, P3, P4]


@pytest.mark.parametrize("pager", [
    '<div class="paging"><a href="?p=1">Trang đầu</a> <a>1</a> <a>2</a> <a>3</a> … <a>Trang cuối</a></div>',
    '<div class="pager"><a>1</a> <a>2</a> <a>3</a> <a>4</a> <a>5</a> ... <a>»</a></div>',
    '<div class="nav"><a href="?p=2">Trang sau</a></div>',
])
def test_pager(pager):
    got = article(std(extra_after_body=pager))
    assert got.text.endswith(P4)
    for word in ("Trang đầu", "Trang cuối", "Trang sau", "»"):
        assert word not in got.text


@pytest.mark.parametrize("line", ["Trang đầu 1 2 3 … Trang cuối", "Trang đầu 12345678910 Trang cuối",
                                  "1 2 3 4 5 ...", "« 1 2 3 »", "Trang sau", "Trang trước | Trang sau", "611016"])
def test_pager_lines(line):
    assert ex._clean_lines(f"{P1}\n{line}\n{P2}", None) == [P1, P2]


@pytest.mark.parametrize("line", ["Lượt xem: 1.234", "1234 lượt xem", "Đang truy cập: 47", "Đang online: 6",
                                  "Tổng lượt truy cập: 12.457.930", "Hôm nay: 3670", "Trong tuần: 8 047",
                                  "Tất cả: 8806095"])
def test_visitor_counter_lines(line):
    assert ex._clean_lines(f"{P1}\n{line}\n{P2}", None) == [P1, P2]


def test_visitor_counter_widget():
    widget = ('<div class="box"><div class="box-title">Thống kê truy cập</div><ul>'
              "<li>Đang truy cập <span>31</span></li><li>Tổng lượt truy cập <span>4.512.377</span></li></ul></div>")
    got = article(std(extra_after_body=widget))
    assert "truy cập" not in got.text
    assert got.text.endswith(P4)


def test_login_nag():
    nag = ("<div><p><b>Bạn Chưa Đăng Nhập Tài khoản!</b></p>"
           "<p>Khi chưa Đăng Nhập, Bạn chỉ xem được Thuộc tính; các tab Hiệu lực, Liên quan, Văn bản gốc "
           "chỉ mở cho thành viên.</p>"
           '<p>Chưa có Tài khoản? Đăng ký Tài khoản mới tại <a href="/dk">đây</a></p></div>')
    got = article(std(extra_after_body=nag))
    assert "Đăng Nhập" not in got.text and "Tài khoản" not in got.text
    assert got.text.endswith(P4)


def test_login_nag_lines():
    raw = "\n".join([P1, "Bạn Chưa Đăng Nhập Tài khoản!",
                     "Khi chưa Đăng Nhập, Bạn chỉ xem được Thuộc tính.",
                     "Chưa có Tài khoản? Đăng ký Tài khoản mới tại đây", "Đăng nhập", P2])
    assert ex._clean_lines(raw, None) == [P1, P2]


def test_unrendered_templates():
    tpl = ('<ul class="meta"><li>Ban hành: {{m.News_Dates_Date}}</li><li>Hiệu lực: {{m.News_EffectDate_Date}}</li>'
           "<li>Tình trạng: {{m.TinhTrang}}</li></ul><div>{{VBModel.Document.News_Subject}}</div>")
    got = article(std(extra_after_body=tpl))
    assert "{{" not in got.text and "Ban hành:" not in got.text
    assert ex._clean_lines(f"{P1}\nCập nhật: {{{{m.Email_SendDate_Date}}}}\n{P2} {{{{x}}}}", None) == [P1, P2]


def test_template_in_table_row_keeps_the_filled_cells():
    row = "| Tình trạng: | Đã biết | Cập nhật: | {{m.Email_SendDate_Date}} |"
    assert ex._clean_lines(f"{P1}\n{row}", None) == [P1, "| Tình trạng: | Đã biết |"]


def test_law_portal_tabs():
    tabs = ('<div class="tab"><div class="tab-head">Văn bản gốc</div><p>(Không có nội dung)</p></div>'
            '<div class="tab"><div class="tab-head">Văn bản tiếng Anh</div><p>(Không có nội dung)</p></div>')
    got = article(std(extra_after_body=tabs))
    assert "Văn bản gốc" not in got.text and "tiếng Anh" not in got.text and "Không có nội dung" not in got.text
    raw = "\n".join([P1, "Văn bản gốc", "(Không có nội dung)", "Văn bản tiếng Anh", "Không có nội dung",
                     "LawNet .vn", P2])
    assert ex._clean_lines(raw, None) == [P1, P2]


def test_share_bar():
    bar = ('<div class="share-bar"><span>Chia sẻ:</span> <a href="#" class="fb">Facebook</a> '
           '<a href="#">Zalo</a> <a href="#">Twitter</a> <a href="/print">In bài</a> <a href="#">Gửi email</a></div>')
    got = article(std(extra_after_body=bar))
    for word in ("Chia sẻ", "Facebook", "Zalo", "In bài", "Gửi email"):
        assert word not in got.text
    assert got.text.endswith(P4)


def test_share_words_inside_prose_are_kept():
    prose = ('<p>Cán bộ, đảng viên theo dõi thông tin chính thống của Tỉnh ủy trên trang '
             '<a href="https://facebook.com/tinhuy">Facebook</a> và kênh <a href="https://zalo.me/x">Zalo</a> '
             "của Ban Tuyên giáo, không chia sẻ tin chưa được kiểm chứng.</p>")
    got = article(f"<h1>{TITLE}</h1><div class=\"content\">{BODY}{prose}</div>")
    assert "trang Facebook và kênh Zalo của Ban Tuyên giáo" in got.text


def test_date_search_widget():
    widget = ('<div class="date-search"><span>Tìm kiếm theo ngày</span><select><option>Ngày</option></select>'
              '<select><option>Tháng</option></select><input type="submit" value="Xem"></div>')
    got = article(std(extra_after_body=widget))
    assert "Tìm kiếm theo ngày" not in got.text
    assert ex._clean_lines(f"{P1}\nTìm kiếm theo ngày", None) == [P1]


def test_footer_lines():
    raw = "\n".join([P1, P2, "BAN TUYÊN GIÁO TỈNH ỦY HÒA LÂM", "Trưởng Ban biên tập: Nguyễn Văn Bình",
                     "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
                     "Địa chỉ: số 4, đường Lê Lợi, thành phố Hòa Lâm", "Điện thoại: 0294.385.111",
                     "Email: btg@hoalam.gov.vn", "Website: tuyengiao.hoalam.gov.vn", "© Bản quyền thuộc Ban Tuyên giáo"])
    assert ex._clean_lines(raw, None) == [P1, P2]


def test_footer_in_page():
    footer = ('<div class="main-footer"><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy</p><p>Địa chỉ: 5 Nguyễn Du</p>'
              "<p>Điện thoại: 0272.3826.111 - Email: vp@tinhuy.vn</p><p>Bản quyền © 2024 Tỉnh ủy</p></div>")
    got = article(std(extra_after_body=footer))
    assert got.text.endswith(P4)


def test_contact_lines_inside_a_document_are_kept():
    raw = "\n".join([P1, "Điện thoại: 0294.385.111 (đường dây nóng của Ban Chỉ đạo).", P2])
    assert ex._clean_lines(raw, None) == raw.split("\n")


def test_sidebar_banner():
    banner = ('<div class="banner"><a href="/chuyen-de" title="Học tập và làm theo tư tưởng Hồ Chí Minh">'
              '<img src="/b.gif" alt="Học tập và làm theo tư tưởng Hồ Chí Minh">'
              "<span>Học tập và làm theo tư tưởng Hồ Chí Minh</span></a></div>")
    got = article(std(extra_after_body=banner))
    assert "Học tập và làm theo" not in got.text


def test_rating_and_tag_lines():
    raw = "\n".join([P1, "Tổng số điểm của bài viết là: 25 trong 5 đánh giá", "Click để đánh giá bài viết",
                     "Từ khóa: chỉ thị, môi trường", P2])
    assert ex._clean_lines(raw, None) == [P1, P2]


def test_leading_title_category_and_date_lines():
    raw = "\n".join(["Thông tin chỉ đạo cấp ủy", TITLE, "27/03/2024 05:40:22PM", "Màu chữ Cỡ chữ", P1, P2])
    assert ex._clean_lines(raw, TITLE) == [P1, P2]


def test_layout_table_page():
    cells = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))
    html = (f'<html><head><title>Website Ban Tuyên giáo</title></head><body><table width="1000"><tr>'
            '<td><table><tr><td class="menu"><a href="/a">Trang chủ</a></td></tr></table></td>'
            f'<td><table><tr><td class="title">{TITLE}</td></tr><tr><td class="date">Cập nhật lúc: 09:20 | 15/05/2024</td></tr>'
            f'<tr><td class="content">{cells}</td></tr></table></td></tr></table></body></html>')
    got = extract_article(html, URL)
    assert got.title == TITLE
    assert got.text == "\n".join((P1, P2, P3, P4))
    assert got.published_at == "2024-05-15T02:20:00+00:00"


def test_data_grids_keep_their_rows():
    table = ("<table><tr><th>Chỉ tiêu</th><th>Năm 2024</th></tr>"
             "<tr><td>Tỷ lệ thu gom rác thải</td><td>95%</td></tr>"
             "<tr><td>Tỷ lệ che phủ rừng</td><td>42%</td></tr>"
             "<tr><td>Khu công nghiệp có trạm xử lý nước thải</td><td>100%</td></tr></table>")
    got = article(f"<h1>{TITLE}</h1><div class=\"content\">{BODY}{table}<p>{P1}</p></div>")
    assert "| Tỷ lệ thu gom rác thải | 95% |" in got.text


@pytest.mark.parametrize("table", [
    # a small key-value table
    "<table><tr><th>Lĩnh vực</th><th>Thời hạn</th></tr><tr><td>Hồ sơ thiết kế</td><td>Vĩnh viễn</td></tr></table>",
    # a one-column table
    "<table><tr><td>Lĩnh vực</td></tr><tr><td>Thời hạn</td></tr><tr><td>Hồ sơ thiết kế</td></tr>"
    "<tr><td>Vĩnh viễn</td></tr></table>",
])
def test_small_and_one_column_tables_read_as_lines(table):
    got = article(f"<h1>{TITLE}</h1><div class=\"content\">{BODY}{table}<p>{P1}</p></div>")
    assert "Lĩnh vực\nThời hạn\nHồ sơ thiết kế\nVĩnh viễn" in got.text
    assert "|" not in got.text


def test_document_header_and_signature_tables_read_as_lines():
    header = ('<table><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH SƠN HÀ</b><br>-------</td>'
              "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>"
              "<tr><td>Số: 57/KH-UBND</td><td><i>Sơn Hà, ngày 14 tháng 5 năm 2024</i></td></tr></table>")
    sign = ("<table><tr><td><b>Nơi nhận:</b><br>- Như trên;<br>- Lưu: VT.</td>"
            "<td><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br>Lê Văn Minh</td></tr></table>")
    got = article(f"<h1>{TITLE}</h1><div class=\"content\">{header}{BODY}{sign}</div>")
    assert got.text.startswith("ỦY BAN NHÂN DÂN\nTỈNH SƠN HÀ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                               "Độc lập - Tự do - Hạnh phúc\nSố: 57/KH-UBND\nSơn Hà, ngày 14 tháng 5 năm 2024\n")
    assert got.text.endswith("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Minh")
    assert got.author is None  # the signer is not a byline


@pytest.mark.parametrize("panel", [
    '<table class="props"><tr><td>Số hiệu:</td><td>57/KH-UBND</td><td>Loại văn bản:</td><td>Kế hoạch</td></tr>'
    "<tr><td>Người ký:</td><td>Lê Văn Minh</td><td>Tình trạng:</td><td>Đã biết</td></tr></table>",
    "<table><tr><td>Số ký hiệu</td><td>57/KH-UBND</td></tr><tr><td>Ngày ban hành</td><td>14/05/2024</td></tr>"
    "<tr><td>Loại văn bản</td><td>Kế hoạch</td></tr></table>",
    "<dl><dt>Số hiệu:</dt><dd>57/KH-UBND</dd><dt>Loại văn bản:</dt><dd>Kế hoạch</dd><dt>Người ký:</dt><dd>Lê Văn Minh</dd></dl>",
    '<ul class="info"><li><span>Hiệu lực: </span>Còn hiệu lực</li><li><span>Ngày có hiệu lực: </span>15/01/2024</li></ul>',
])
def test_law_portal_attribute_panel(panel):
    got = article(f"<h1>{TITLE}</h1><div class=\"content\">{panel}{BODY}</div>")
    assert got.text == "\n".join((P1, P2, P3, P4))


def test_attribute_lines_in_text():
    raw = "\n".join(["Nơi ban hành: Tỉnh Hậu Giang Người ký: X", "Số hiệu: 100/KH-UBND Loại văn bản: Kế hoạch",
                     "Ngày ban hành: 02/05/2024", "Tình trạng: Đã biết", P1, P2])
    assert ex._clean_lines(raw, None) == [P1, P2]


def test_related_documents_row_in_a_table():
    box = ('<table><tr><td class="label">Văn bản dẫn chiếu</td><td><ul><li><a href="/vb/1">Quyết định '
           "11/2010/QĐ-BXD về lưu trữ hồ sơ thiết kế</a></li></ul></td></tr></table>")
    got = article(f"<h1>{TITLE}</h1><div class=\"content\">{BODY}{box}</div>")
    assert "dẫn chiếu" not in got.text and "11/2010" not in got.text


def test_hidden_elements():
    hidden = ('<div style="display: none">Vùng giữ chỗ của trang mẫu.</div>'
              '<div hidden><p>Bạn cần đăng nhập để tải văn bản này về máy.</p></div>')
    got = article(f"<h1>{TITLE}</h1><div class=\"content\">{BODY}{hidden}</div>")
    assert got.text == "\n".join((P1, P2, P3, P4))


# -------------------------------------------------------------------------- title


def test_title_from_og_title():
    head = f'<meta property="og:title" content="{TITLE}">'
    got = article(std(h1="Trang thông tin điện tử Đảng bộ tỉnh"), head=head)
    assert got.title == TITLE


def test_title_prefers_heading_matching_og_title_with_site_suffix():
    head = (f'<meta property="og:title" content="{TITLE} - Cổng thông tin điện tử tỉnh Sơn Hà">'
            '<meta property="og:site_name" content="Cổng thông tin điện tử tỉnh Sơn Hà">')
    got = article(std(), head=head)
    assert got.title == TITLE


def test_og_title_site_suffix_is_stripped():
    head = (f'<meta property="og:title" content="{TITLE} | Cổng thông tin điện tử tỉnh Sơn Hà">'
            '<meta property="og:site_name" content="Cổng thông tin điện tử tỉnh Sơn Hà">')
    got = article(f'<div class="content">{BODY}</div>', head=head)
    assert got.title == TITLE


def test_title_skips_banner_h1():
    banner = '<div id="header"><h1>Trang thông tin điện tử Đảng bộ tỉnh Sơn Hà</h1></div>'
    got = article(std(), before=banner, title="Trang chủ")
    assert got.title == TITLE


def test_title_from_title_class_element():
    main = f'<div class="NewsTitle">  {TITLE}\n </div><div class="content">{BODY}</div>'
    got = article(main, title="Website Ban Tuyên giáo")
    assert got.title == TITLE


def test_title_from_document_title():
    got = article(f'<div class="content">{BODY}</div>', title=f"  {TITLE}  ")
    assert got.title == TITLE


# A law-portal document page (vbpl-like): a short document title in a "title" cell at the top
# of the attribute table, label/value rows, a status row that also carries class="title", and
# a <title> that only names the database section.  Our own markup and values.
def _law_panel(doc_title: str, status_row: str, number: str = "18/2012/QH13") -> str:
    return (
        '<div class="vbProperties"><table><tbody>'
        f'<tr><td colspan="4" class="title">{doc_title}</td></tr>'
        f'<tr><td class="label">Số ký hiệu</td><td>{number}</td>'
        '<td class="label">Ngày ban hành</td><td>21/06/2012</td></tr>'
        '<tr><td class="label">Loại văn bản</td><td>Luật</td>'
        '<td class="label">Ngày có hiệu lực</td><td>01/01/2013</td></tr>'
        '<tr><td colspan="4"><p><strong>Thông tin áp dụng</strong></p></td></tr>'
        f'<tr><td colspan="4" class="title">{status_row}</td></tr>'
        f'</tbody></table></div><div class="content">{BODY}</div>'
    )


@pytest.mark.parametrize("doc_title, status_row, number, expected", [
    # short document names (< 15 characters) followed by their number
    ("Luật Biển", "Tình trạng hiệu lực: Còn hiệu lực", "18/2012/QH13", "Luật Biển"),
    ("Luật Đất đai", "Tình trạng hiệu lực: Chưa có hiệu lực", "31/2024/QH15", "Luật Đất đai"),
    ("Luật Dầu khí", "Hiệu lực: Hết hiệu lực một phần", "12/2022/QH15", "Luật Dầu khí"),
    ("Pháp lệnh Thú y", "Tình trạng: Hết hiệu lực toàn bộ", "18/2004/PL-UBTVQH11", "Pháp lệnh Thú y"),
    ("Luật Đất đai", "Ngày hết hiệu lực: 01/08/2024", "45/2013/QH13", "Luật Đất đai"),
    # a long title was always taken; the attribute row still is not
    ("Luật Phòng, chống tham nhũng", "Tình trạng hiệu lực: Còn hiệu lực", "36/2018/QH14",
     "Luật Phòng, chống tham nhũng"),
])
def test_title_on_law_portal_attribute_table(doc_title, status_row, number, expected):
    got = article(_law_panel(doc_title, status_row, number), title="Trung ương")
    assert got.title == expected


@pytest.mark.parametrize("row", [
    "Tình trạng hiệu lực: Còn hiệu lực", "Hiệu lực: Hết hiệu lực", "Số ký hiệu: 12/2021/TT-BTC",
    "Ngày ban hành: 05/03/2021", "Cơ quan ban hành: Bộ Tài chính", "Lĩnh vực: Thuế - Phí - Lệ phí",
])
def test_attribute_row_is_never_the_title(row):
    main = f'<div class="title">{row}</div><div class="content">{BODY}</div>'
    got = article(main, title="CSDL văn bản")
    assert got.title == "CSDL văn bản"


def test_short_title_without_a_number_after_it_is_not_taken():
    # "Luật Biển" alone (no number follows) could be a category box: <title> wins
    got = article(f'<div class="title">Luật Biển</div><div class="content">{BODY}</div>',
                  title="Văn bản pháp luật mới")
    assert got.title == "Văn bản pháp luật mới"
    # a short box heading that names no document is never taken
    got = article(f'<div class="title">Tin nổi bật</div><p>Số 12/2021/TT-BTC</p>'
                  f'<div class="content">{BODY}</div>', title="Văn bản pháp luật mới")
    assert got.title == "Văn bản pháp luật mới"


def test_h1_with_a_colon_is_still_a_title():
    h1 = "Hiệu lực thi hành: những điểm mới của Luật Đất đai"
    got = article(std(h1=h1), title="Trang chủ")
    assert got.title == h1


@pytest.mark.parametrize("key, expected", [
    ("luat-31-2024-qh15", "Luật Đất đai"),
    ("luat-45-2013-qh13", "Luật Đất đai"),
    ("bl-101-2015-qh13", "Bộ luật Tố tụng hình sự"),
])
def test_sample_web_vbpl_short_titles(key, expected):
    from crawler.sampleweb.snapshot import render_fixture

    html, exp = render_fixture("vbpl", key)
    got = extract_article(html, exp["url"])
    assert got is not None and got.title == expected == exp["title"]
    assert "Tình trạng hiệu lực" not in got.title


# --------------------------------------------------------------------------- dates


def test_meta_published_time_wins():
    head = '<meta property="article:published_time" content="2024-05-14T08:00:00+07:00">'
    got = article(std(date_line="<div>13/05/2024</div>"), head=head)
    assert got.published_at == "2024-05-14T01:00:00+00:00"


def test_date_line_time_refines_date_only_meta():
    head = '<meta itemprop="datePublished" content="2024-05-14">'
    got = article(std(date_line="<span>Thứ ba - 14/05/2024 08:15</span>"), head=head)
    assert got.published_at == "2024-05-14T01:15:00+00:00"


@pytest.mark.parametrize(("line", "expected"), [
    ("<div>27/03/2024 05:40:22PM</div>", "2024-03-27T10:40:22+00:00"),
    ("<div>Thứ ba 29/08/2023 13:49</div>", "2023-08-29T06:49:00+00:00"),
    ("<p>Ngày 20 tháng 09 năm 2021</p>", "2021-09-19T17:00:00+00:00"),
    ("<div><span>Cập nhật:</span> <span>10:05 - 12/01/2024</span></div>", "2024-01-12T03:05:00+00:00"),
    ('<div class="row"><div class="col"><span class="h5">Chủ nhật, 12/5/2024, 08:30 (GMT+7)</span></div></div>',
     "2024-05-12T01:30:00+00:00"),
])
def test_date_line_next_to_title(line, expected):
    got = article(std(date_line=line))
    assert got.published_at == expected


def test_date_line_above_title():
    main = f'<div class="date">14/05/2024 08:00</div><h1>{TITLE}</h1><div class="content">{BODY}</div>'
    assert article(main).published_at == "2024-05-14T01:00:00+00:00"


def test_header_date_is_not_the_published_date():
    header = '<div class="today">Thứ Năm, 16/05/2024</div>'
    got = article(std(date_line="<div>Thứ ba - 14/05/2024 08:15</div>"), before=header)
    assert got.published_at == "2024-05-14T01:15:00+00:00"


def test_dates_inside_the_body_are_not_the_date_line():
    got = article(std())  # P2 mentions 30/9/2024; no date line and no meta
    assert got.published_at is None or not got.published_at.startswith("2024-09-29")


def test_relative_date_line_uses_fetch_time():
    html = page(std(date_line="<div>2 giờ trước</div>"))
    got = extract_article(html, URL, fetched_at=datetime(2024, 5, 14, 5, 0, tzinfo=timezone.utc))
    assert got.published_at == "2024-05-14T03:00:00+00:00"


def test_trafilatura_date_is_the_fallback():
    head = '<meta name="date" content="2024-02-09">'
    got = article(f'<div class="content">{BODY}</div>', head=head)
    assert got.published_at == "2024-02-08T17:00:00+00:00"


# -------------------------------------------------------------------------- author


def test_meta_author():
    got = article(std(), head='<meta name="author" content="Nguyễn Thị Lan">')
    assert got.author == "Nguyễn Thị Lan"


def test_site_name_author_is_rejected_and_byline_used():
    head = '<meta name="author" content="Trang thông tin điện tử Đảng bộ tỉnh Sơn Hà">'
    byline = '<p style="text-align:right"><strong>Văn Tuấn - Văn phòng Tỉnh ủy</strong></p>'
    got = article(f"<h1>{TITLE}</h1><div class=\"content\">{BODY}{byline}</div>", head=head)
    assert got.author == "Văn Tuấn - Văn phòng Tỉnh ủy"
    assert got.text.endswith(P4)


@pytest.mark.parametrize(("line", "author"), [
    ("An Bang", "An Bang"),
    ("Văn Tuấn  - Văn phòng Tỉnh ủy", "Văn Tuấn - Văn phòng Tỉnh ủy"),
    ("Trần Bình Trọng", "Trần Bình Trọng"),
    ("Bài, ảnh: Minh Hùng", "Minh Hùng"),
    ("NGUYỄN HOÀNG", "NGUYỄN HOÀNG"),
])
def test_byline_last_line(line, author):
    lines = [P1, P2, line]
    assert ex._byline(lines) == author


@pytest.mark.parametrize("line", [
    "Quang cảnh Hội nghị",
    "Thực hiện tốt các nhiệm vụ nêu trên.",
    "Nơi nhận:",
    "Tin, ảnh và nhiều nội dung khác của các cơ quan, đơn vị trong tỉnh được cập nhật hằng ngày",
    "Năm 2024",
])
def test_not_a_byline(line):
    assert ex._byline([P1, P2, line]) is None


def test_document_signer_is_not_a_byline():
    lines = [P1, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trương Minh Tuyên"]
    assert ex._byline(lines) is None


def test_author_label_line():
    main = f"<h1>{TITLE}</h1><div class=\"content\">{BODY}<p>Tác giả bài viết: Lê Minh</p></div>"
    got = article(main)
    assert got.author == "Lê Minh"
    assert "Tác giả" not in got.text


def test_no_author():
    assert article(std()).author is None


# ---------------------------------------------------------------------- other fields


def test_description_and_language():
    head = '<meta name="description" content="Chỉ thị về bảo vệ môi trường năm 2024.">'
    got = article(std(), head=head)
    assert got.description == "Chỉ thị về bảo vệ môi trường năm 2024."
    assert got.language == "vi"


def test_language_guessed_without_lang_attribute():
    html = page(std()).replace('<html lang="vi">', "<html>")
    assert extract_article(html, URL).language == "vi"


def test_lead_paragraph_is_kept():
    lead = "Ngày 10/5/2024, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU về bảo vệ môi trường."
    head = f'<meta name="description" content="{lead}">'
    main = (f'<h1>{TITLE}</h1><div class="row"><div class="hometext">{lead}</div></div>'
            f'<div id="news-bodyhtml" class="bodytext">{BODY}</div>')
    got = article(main, head=head)
    assert got.text.startswith(lead + "\n" + P1)


# Chrome that sits inside the article container, where trafilatura keeps it: the site
# rules alone must remove it.
INSIDE_CHROME = {
    "font_tool": ('<div class="font-tool">Màu chữ <a href="#">&#9632;</a> Cỡ chữ <a href="#">A-</a> '
                  '<a href="#">A</a> <a href="#">A+</a></div>', ["Màu chữ", "Cỡ chữ", "A+"]),
    "related": ('<p><strong>Các tin khác</strong></p><ul><li><a href="/a.html">Hội nghị sơ kết công tác tuyên '
                'giáo sáu tháng đầu năm</a> (12/05/2024)</li><li><a href="/b.html">Kiểm tra công tác dân vận '
                'tại huyện miền núi</a> (10/05/2024)</li></ul>', ["Các tin khác", "Hội nghị sơ kết"]),
    "pager": ('<p>Trang đầu <a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> … '
              '<a href="?p=9">Trang cuối</a></p>', ["Trang đầu", "Trang cuối"]),
    "counter": ("<p>Lượt xem: 1.234</p><p>Đang truy cập: 47</p><p>Tổng lượt truy cập: 12.457.930</p>",
                ["Lượt xem", "truy cập"]),
    "nag": ("<p><b>Bạn Chưa Đăng Nhập Tài khoản!</b></p><p>Khi chưa Đăng Nhập, Bạn chỉ xem được Thuộc tính."
            "</p><p>Chưa có Tài khoản? Đăng ký Tài khoản mới tại đây</p>",
            ["Đăng Nhập", "Tài khoản"]),
    "template": ("<p>Ban hành: {{m.News_Dates_Date}}</p><p>{{VBModel.Document.News_Subject}}</p>",
                 ["{{", "Ban hành"]),
    "tabs": ("<p>Văn bản gốc</p><p>(Không có nội dung)</p><p>Văn bản tiếng Anh</p><p>(Không có nội dung)</p>",
             ["Văn bản gốc", "tiếng Anh", "Không có nội dung"]),
    "share": ('<p><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a> '
              '<a href="#">Gửi email</a></p>', ["Chia sẻ", "Facebook", "Zalo", "In bài", "Gửi email"]),
    "date_search": ("<div><span>Tìm kiếm theo ngày</span><select><option>Ngày</option></select>"
                    '<input type="submit" value="Xem"></div>', ["Tìm kiếm theo ngày"]),
    "footer": ("<p>WEBSITE BAN TUYÊN GIÁO TỈNH ỦY HÒA LÂM</p><p>Trưởng Ban biên tập: Nguyễn Văn Bình</p>"
               "<p>Địa chỉ: số 4, đường Lê Lợi</p><p>Điện thoại: 0294.385.111</p><p>© Bản quyền thuộc Ban Tuyên giáo</p>",
               ["WEBSITE", "Trưởng Ban", "Địa chỉ", "Điện thoại", "Bản quyền"]),
    "banner": ('<p><a href="/chuyen-de" title="Học tập và làm theo tư tưởng Hồ Chí Minh"><img src="/b.gif" '
               'alt="Học tập và làm theo tư tưởng Hồ Chí Minh"><span>Học tập và làm theo tư tưởng Hồ Chí Minh</span>'
               "</a></p>", ["Học tập và làm theo"]),
    "rating": ("<p>Tổng số điểm của bài viết là: 25 trong 5 đánh giá</p><p>Click để đánh giá bài viết</p>"
               '<p>Từ khóa: <a href="/tag/a">chỉ thị</a>, <a href="/tag/b">môi trường</a></p>',
               ["Tổng số điểm", "đánh giá", "Từ khóa"]),
}


@pytest.mark.parametrize("name", sorted(INSIDE_CHROME))
def test_chrome_inside_article_container(name):
    snippet, leaks = INSIDE_CHROME[name]
    got = article(f'<h1>{TITLE}</h1><div class="content">{BODY}{snippet}</div>')
    assert got.text == "\n".join((P1, P2, P3, P4)), got.text
    for s in leaks:
        assert s not in got.text


# ------------------------------------------------------------- pages that are not articles


@pytest.mark.parametrize("body", [
    "<h1>vanban.example.vn</h1><p>Checking if the site connection is secure</p>"
    "<p>vanban.example.vn needs to review the security of your connection before proceeding.</p>",
    "<h1>Thông báo</h1><p>Trang bạn yêu cầu tạm thời không hiển thị nội dung.</p><p>Vui lòng thử lại sau ít phút.</p>",
])
def test_interstitials_and_error_pages_give_none(body):
    assert extract_article(page(body, title="Just a moment..."), URL) is None


def test_noindex_stub_gives_none():
    html = page("<h1>Văn bản pháp luật</h1><p>Nội dung của văn bản này chưa được công bố trên cổng.</p>",
                head='<meta name="robots" content="NOINDEX,NOFOLLOW">')
    assert extract_article(html, URL) is None


def test_listing_with_teasers_gives_none():
    items = "".join(
        f'<article class="teaser"><h3><a href="/tin/{i}.html">Ban Thường vụ Tỉnh ủy chỉ đạo nhiệm vụ trọng tâm '
        f"tháng {i}</a></h3><time>{i:02d}/05/2024</time><p>Hội nghị thống nhất các giải pháp tháo gỡ khó khăn, "
        f"bảo đảm hoàn thành kế hoạch năm, số {i}.</p></article>"
        for i in range(1, 7)
    )
    assert extract_article(page(f"<h1>Tin hoạt động</h1>{items}", title="Tin hoạt động"), URL) is None


def test_short_article_in_a_box_that_opens_with_a_link_is_kept():
    main = ('<div class="box"><h2><a href="/chuyen-muc">Thông tin chỉ đạo cấp ủy</a></h2>'
            f"<h1>{TITLE}</h1><p>{P1}</p><p>{P2}</p></div>")
    got = article(main)
    assert got.text == P1 + "\n" + P2


# ------------------------------------------------------------------- rule boundaries


def test_short_paragraphs_after_a_generic_heading_are_kept():
    short = ["Tỷ lệ thu gom rác thải đạt 95%.", "Tỷ lệ che phủ rừng đạt 42%.", "Không để xảy ra sự cố môi trường."]
    main = (f"<h1>{TITLE}</h1><div class=\"content\">{BODY}<p><strong>Thống kê</strong></p>"
            + "".join(f"<p>{x}</p>" for x in short) + "</div>")
    got = article(main)
    for x in short:
        assert x in got.text


def test_document_place_and_date_line_is_not_dropped_as_a_date_line():
    raw = "\n".join(["Hà Nội, ngày 30 tháng 11 năm 2023", "THÔNG TƯ", P1])
    assert ex._clean_lines(raw, None) == raw.split("\n")


def test_uppercase_document_heading_repeating_the_title_is_kept():
    raw = "\n".join(["BỘ XÂY DỰNG", "THÔNG TƯ", TITLE.upper(), P1])
    assert ex._clean_lines(raw, TITLE) == raw.split("\n")


def test_author_from_byline_markup():
    main = (f'<h1>{TITLE}</h1><div class="content">{BODY}</div>'
            '<div class="para byline">Thanh Nhàn</div>')
    got = article(main)
    assert got.author == "Thanh Nhàn"
    assert "Thanh Nhàn" not in got.text


def test_author_markup_with_label():
    main = f'<h1>{TITLE}</h1><div class="content">{BODY}</div><p class="tacgia">Tác giả: Hải Yến</p>'
    assert article(main).author == "Hải Yến"


def test_date_search_widget_labels_and_counter_box():
    widget = ('<div class="panel"><div class="panel-heading">Tìm kiếm theo ngày</div><div class="panel-body">'
              '<form><label>Từ ngày <input name="from"></label><label>Đến ngày <input name="to"></label>'
              "<button>Tìm kiếm</button></form></div></div>"
              '<div class="panel"><div class="panel-heading">Thống kê</div><div class="panel-body">Đang truy cập: 12</div></div>')
    got = article(f'<h1>{TITLE}</h1><div class="content">{BODY}{widget}</div>')
    assert got.text == "\n".join((P1, P2, P3, P4))


def test_empty_related_list_heading():
    related = '<p><strong>Những tin mới hơn</strong></p><ul class="related"></ul>'
    got = article(f'<h1>{TITLE}</h1><div class="content">{BODY}{related}</div>')
    assert got.text == "\n".join((P1, P2, P3, P4))


def test_date_after_the_fetch_is_not_the_publication_date():
    html = page(std(date_line="<div>Hội nghị sẽ diễn ra ngày 20/12/2024</div>"))
    got = extract_article(html, URL, fetched_at=datetime(2024, 5, 14, 5, 0, tzinfo=timezone.utc))
    assert got.published_at is None


# ---------------------------------------------------------------------------- fuzzing

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TAGS = ["p", "div", "span", "a", "table", "tr", "td", "ul", "li", "h1", "b", "br", "script", "form"]
_WORDS = ["Các tin khác", "Chia sẻ", "Màu chữ", "Trang đầu", "1", "»", "{{x}}", "Số hiệu:", "27/03/2024 05:40:22PM",
          "Ngày 20 tháng 09 năm 2021", "Văn Tuấn - Văn phòng Tỉnh ủy", P1, "Đang truy cập: 5", "&nbsp;", "<", "&"]


@st.composite
def tag_soup(draw):
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(_TAGS))
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.sampled_from(_WORDS) | st.text(max_size=20)))
    return "<html><body>" + "".join(parts) + "</body></html>"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tag_soup())
def test_tag_soup_never_raises(html):
    got = extract_article(html, URL)
    assert got is None or (got.text and got.text == got.text.strip() and "\n\n" not in got.text)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_raise(data):
    extract_article(data, URL)

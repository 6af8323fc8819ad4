"""Main text and metadata of one article or document page.

``extract_article(html, url)`` runs trafilatura (fast mode, precision focus, tables
kept) for the main text and applies rules that hold for every Vietnamese party,
government and law portal we crawl, because trafilatura keeps some of their chrome.
All rules are selector-free: they key on visible labels and on the page's shape,
never on a site's class names.

**Tree pre-pass** (lxml, before trafilatura):

* scripts, styles, forms controls and hidden elements (``display:none``, ``hidden``)
  go: hidden tabs and dialogs of law portals are never read;
* tables: law-portal attribute panels ("Số hiệu:", "Loại văn bản:", "Người ký:", … as
  a table, <dl> or list) are removed; layout grids, document header and signature
  blocks, one-column and small (≤ 3 rows) tables are flattened to one cell per line;
  real grids keep trafilatura's "| a | b |" rows;
* section labels — an element whose whole text is "Các tin khác", "Tin liên quan",
  "Những tin cũ hơn", "Thống kê truy cập", "Tìm kiếm theo ngày", "Văn bản gốc",
  "Tải file đính kèm", … — go with the following sibling blocks that are link lists,
  forms or short boxes (the list, the pager, the counter); in a table, the row goes;
* tool labels — "Màu chữ", "Cỡ chữ", "Chia sẻ", "In bài", "Gửi email", "Facebook",
  "Zalo", "A+", … — take their widget: the largest ancestor whose text is nothing but
  tool labels (a link inside a sentence is left alone);
* image banners: links around an image whose only text repeats the image's alt.

**Text post-pass** (per line, after NFC and whitespace collapsing): a related-list
heading near the end cuts the rest (inside the text it drops itself and the list);
pagers ("Trang đầu 1 2 3 … Trang cuối", "»"), visitor counters ("lượt xem",
"Đang truy cập"), login nags, ``{{…}}`` templates, "(Không có nội dung)", rating
and tag lines, bare numbers and domain names, flattened attribute panels, the leading
category/title/date lines and a trailing footer block (address, phone, email,
copyright, editor, with the all-caps site names among them) are dropped.

Title: the page heading matching ``og:title`` (or ``<title>``), else ``og:title``
without the site suffix, else the article ``<h1>`` or a "title" element (never a
banner; 15–400 characters, or shorter when it names a document — "Luật Đất đai" — whose
number follows within the next few elements), else ``<title>``.  A law-portal attribute
row ("Tình trạng hiệu lực: Còn hiệu lực", "Số hiệu: …"), even with a "title" class, is
never a title. Date: ``article:published_time``/``datePublished`` when
present (refined by the date line's time when it has none), else the first date line
next to the title (``pipelines.dates``), else htmldate on markup and URL only. Author:
meta author unless it is the site's name, else a byline element (class author/byline,
which trafilatura drops), else a "Tác giả:" line, else a byline-shaped last line —
taken out of the text; a document's signer is never a byline.

Pages that are listings (teasers of other pages), anti-bot interstitials, error pages
or empty stubs give ``None``. The text is NFC, one paragraph per line ("\\n" between
lines), no empty lines, diacritics kept.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from pipelines.dates import TZ, find_date, parse_datetime, to_utc_iso

__all__ = ["ExtractedArticle", "extract_article"]

logger = logging.getLogger(__name__)


@dataclass
class ExtractedArticle:
    title: str | None
    text: str
    published_at: str | None  # ISO 8601 in UTC, see dates.to_utc_iso
    author: str | None
    description: str | None
    language: str | None


# trafilatura options, chosen by measuring the fixtures and real vbpl.vn pages:
# * favor_precision drops more sidebar text at no cost;
# * fast=True (no readability/justext backup) gives the same text on article pages in
#   half the time; pages whose cleaned text comes out short are run again with the
#   backup (see _RETRY_BELOW);
# * with_metadata=False: title, date and author come from our own rules, which are
#   cheaper and better on these sites (trafilatura's metadata pass is ~20 % of the time);
#   htmldate is asked for a date only when the page shows none.
_TRAFILATURA_OPTS = {
    "output_format": "python",
    "with_metadata": False,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "deduplicate": False,
    "favor_precision": True,
}
_RETRY_BELOW = 40  # chars of cleaned text: below this the fast pass found no body (a retry costs 2-4x)
#                   and the page is retried with the backup when it still holds prose

_NON_CONTENT_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
                     "embed", "select", "input", "button", "textarea", "link")
_MIN_TEXT_CHARS = 40  # shorter than this after cleaning: an empty stub, not an article

# --------------------------------------------------------------------------- labels

#: Headings of blocks that are not the article: related lists, widgets, tabs.
#: The heading goes, and so do the short or link-heavy blocks right after it.
_SECTION_LABELS = {
    # related and other-article lists
    "các tin khác", "tin khác", "các tin liên quan", "tin liên quan", "tin bài liên quan",
    "bài liên quan", "bài viết liên quan", "các bài viết liên quan", "bài viết khác",
    "các bài viết khác", "tin cùng chuyên mục", "cùng chuyên mục", "tin cùng loại",
    "những tin mới hơn", "những tin cũ hơn", "tin mới hơn", "tin cũ hơn", "tin đã đưa",
    "các tin đã đưa", "các tin đã đăng", "đọc thêm", "có thể bạn quan tâm",
    "có thể bạn chưa đọc", "tin mới", "tin mới nhất", "tin mới cập nhật", "tin nổi bật",
    "tin tiêu điểm", "tin xem nhiều", "tin đọc nhiều", "đọc nhiều", "xem nhiều",
    "đọc nhiều nhất", "xem nhiều nhất", "văn bản liên quan", "văn bản mới",
    "văn bản mới ban hành", "văn bản khác", "tư vấn liên quan",
    # widgets
    "thống kê truy cập", "thống kê", "lượt truy cập", "số lượt truy cập", "liên kết website",
    "liên kết web", "liên kết", "tìm kiếm theo ngày", "xem theo ngày", "tìm kiếm",
    "tra cứu nhanh", "thăm dò ý kiến", "ý kiến bạn đọc", "bình luận", "gửi bình luận",
    "gửi ý kiến", "thư viện ảnh", "thư viện video", "video clip", "lịch công tác",
    # law-portal tabs and login nags
    "văn bản gốc", "văn bản tiếng anh", "lược đồ", "bạn chưa đăng nhập tài khoản",
    "văn bản dẫn chiếu", "văn bản căn cứ", "văn bản được hướng dẫn", "văn bản hướng dẫn",
    "văn bản bị thay thế", "văn bản thay thế", "văn bản bị sửa đổi", "văn bản sửa đổi",
    "văn bản hợp nhất", "văn bản được hợp nhất", "tải file đính kèm", "file đính kèm",
    "tệp đính kèm", "tập tin đính kèm", "tài liệu đính kèm", "văn bản đính kèm",
}

#: Labels of share, print and font tools; any mix of them (with separators) is chrome.
_TOOL_LABELS = {
    "màu chữ", "cỡ chữ", "cỡ chữ a- a a+", "chia sẻ", "chia sẻ bài viết", "chia sẻ bài",
    "in bài", "in bài viết", "in trang", "bản in", "gửi email", "gửi e-mail",
    "gửi bài viết qua email", "gửi cho bạn bè", "lưu", "lưu bài viết", "lưu bài",
    "facebook", "zalo", "twitter", "tweet", "linkedin", "google+", "email", "e-mail",
    "in", "print", "a-", "a+", "a", "quay lại", "trở lại", "trở về", "về đầu trang",
    "lên đầu trang", "về trang trước", "xem thêm", "tải về", "tải xuống", "thích", "like",
    "share", "copy link", "sao chép liên kết", "nghe đọc bài", "đọc bài", "nghe bài viết",
    "phóng to", "thu nhỏ", "mặc định", "bình thường", "góp ý", "đánh giá",
    "click để đánh giá bài viết", "font chữ", "đăng nhập", "đăng ký", "đăng xuất", "từ khóa",
    "từ khoá", "tìm", "trang chủ", "toàn văn", "thuộc tính", "lịch sử", "in văn bản", "xem nhanh",
    "tải về tất cả", "tải văn bản",
}

_STRIP_CHARS = " \t\r\n\u00a0:|-–—»›>·•*"


def _norm(s: str) -> str:
    """NFC, casefold, single spaces, no separator punctuation at either end."""
    return " ".join(unicodedata.normalize("NFC", s).casefold().split()).strip(_STRIP_CHARS)


_TOOL_ALT = "|".join(re.escape(x) for x in sorted(_TOOL_LABELS, key=len, reverse=True))
_TOOLS_ONLY_RE = re.compile(rf"(?:[^\w]|_|(?<!\w)(?:{_TOOL_ALT})(?!\w))+")
_LABELS_ALT = "|".join(
    re.escape(x) for x in sorted(_TOOL_LABELS | _SECTION_LABELS, key=len, reverse=True)
)
_LABELS_ONLY_RE = re.compile(rf"(?:[^\w]|_|(?<!\w)(?:{_LABELS_ALT})(?!\w))+")

_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "table", "section", "article", "h1", "h2", "h3",
               "h4", "h5", "h6", "dl", "dd", "dt", "blockquote", "form", "aside", "nav", "footer"}

# ------------------------------------------------------------------------ text rules

_RELATED_HEADINGS = {
    "các tin khác", "tin khác", "các tin liên quan", "tin liên quan", "tin bài liên quan",
    "bài liên quan", "bài viết liên quan", "các bài viết liên quan", "bài viết khác",
    "các bài viết khác", "tin cùng chuyên mục", "cùng chuyên mục", "tin cùng loại",
    "những tin mới hơn", "những tin cũ hơn", "tin mới hơn", "tin cũ hơn", "tin đã đưa",
    "các tin đã đưa", "các tin đã đăng", "đọc thêm", "có thể bạn quan tâm", "xem thêm",
    "văn bản liên quan", "tin mới", "tin mới nhất", "tin nổi bật", "tin xem nhiều",
    "tin đọc nhiều", "tư vấn liên quan",
}
_RELATED_PREFIX_RE = re.compile(
    r"(?:bài viết liên quan|tin liên quan|văn bản liên quan|các tin khác|tin khác)\b.{0,24}$"
)
_PAGER_RE = re.compile(
    r"(?:(?:trang\s+)?(?:đầu|trước|sau|tiếp|cuối)|xem tiếp|next|prev|previous|first|last"
    r"|«|»|‹|›|<<|>>|<|>|\.\.\.|…|[0-9]+)(?:[\s|,]+(?:(?:trang\s+)?(?:đầu|trước|sau|tiếp|cuối)"
    r"|xem tiếp|next|prev|previous|first|last|«|»|‹|›|<<|>>|<|>|\.\.\.|…|[0-9]+))*"
)
_PAGER_WORD_RE = re.compile(r"trang|«|»|‹|›|<<|>>|next|prev|first|last|[0-9]\s+[0-9]")
_COUNTER_RE = re.compile(
    r"(?:số\s+)?(?:lượt xem|lượt đọc|lượt truy cập|tổng lượt truy cập|tổng số lượt truy cập"
    r"|đang truy cập|đang online|online|trực tuyến|hôm nay|hôm qua|tuần này|tuần trước|trong tuần"
    r"|tháng này|tháng trước|tháng hiện tại|năm hiện tại|trong năm|tất cả|tổng cộng|tổng|truy cập"
    r"|thành viên|khách|máy chủ tìm kiếm|lượt tải|số lượt tải)\s*[:\-]?\s*[0-9][0-9.,\s]*"
)
_COUNTER_WORDS_RE = re.compile(r"lượt xem|lượt truy cập|đang truy cập|lượt đọc|lượt tải")
_NAG_RE = re.compile(
    r"chưa đăng nhập|đăng ký tài khoản|đăng nhập tài khoản|vui lòng đăng nhập|đăng nhập để"
    r"|chỉ xem được thuộc tính"
)
_TEMPLATE_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
_NOISE_LINE_RE = re.compile(
    r"(?:\(?không có nội dung\)?|đang cập nhật|nội dung đang cập nhật"
    r"|tổng số điểm của bài viết.*|click để đánh giá.*|bấm để đánh giá.*"
    r"|(?:từ khóa|từ khoá|tags?|thẻ)\s*:.{0,200}|tweet|[0-9]+\s*(?:bình luận|lượt thích|like)"
    r"|(?:bạn đang xem|đang xem)\s*:?.{0,80}|trở về đầu trang|về đầu trang|top)"
)
_DOMAIN_LINE_RE = re.compile(r"(?:https?://)?[\w.-]+\s?\.\s?(?:vn|com|net|org|gov\.vn|com\.vn|org\.vn)/?")
_FOOTER_RE = re.compile(
    r"(?:địa chỉ|đ/c|trụ sở|điện thoại|đt|tel|hotline|fax|e-?mail|website|web|bản quyền|copyright"
    r"|©|\(c\)|ghi rõ nguồn|trưởng ban biên tập|phó trưởng ban biên tập|tổng biên tập|ban biên tập"
    r"|chịu trách nhiệm|cơ quan chủ quản|cơ quan thường trực|đơn vị quản lý|giấy phép|chức vụ"
    r"|thiết kế|phát triển bởi|vận hành bởi|chung nhan tin nhiem mang|chứng nhận tín nhiệm mạng"
    r"|tín nhiệm mạng|số lượt truy cập|website đang chạy thử nghiệm|đơn vị hỗ trợ kỹ thuật"
    r"|hỗ trợ kỹ thuật|bản quyền thuộc|xuất bản bởi)\b"
)
_AUTHOR_LINE_RE = re.compile(r"(?:tác giả bài viết|tác giả|người viết|bài viết của)\s*:\s*(.{2,80})$", re.IGNORECASE)
_SIGNATURE_RE = re.compile(r"(?:TM|KT|TL|TUQ|Q|T/M)\s*\.|\(đã ký\)|nơi nhận", re.IGNORECASE)
_BYLINE_PREFIX_RE = re.compile(
    r"(?:bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|bài/ảnh|tin/ảnh|bài|tin|ảnh|tác giả|thực hiện)\s*:\s*",
    re.IGNORECASE,
)
_BYLINE_SPLIT_RE = re.compile(r"\s*(?:\s[-–—]\s|\()\s*")
_SITE_AUTHOR_RE = re.compile(
    r"cổng|trang thông tin|trang tin|website|web\b|portal|ban biên tập|tòa soạn|toà soạn|báo điện tử"
    r"|thông tin điện tử|admin|quản trị|\.vn|\.com|http|www|copyright|bản quyền",
    re.IGNORECASE,
)
_VI_CHARS_RE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_TITLE_SUFFIX_RE = re.compile(r"\s+(?:[-|–—:»]|::)\s+")

_META_DATE_XPATH = (
    '//meta[@property="article:published_time" or @name="article:published_time"'
    ' or @itemprop="datePublished" or @name="pubdate" or @name="publishdate"'
    ' or @property="og:published_time" or @name="dc.date.issued" or @name="DC.date.issued"]'
    '/@content|//*[@itemprop="datePublished"]/@datetime|//time[@itemprop="datePublished"]/@datetime'
)


def _nfc_ws(s: str | None) -> str | None:
    if not s:
        return None
    s = " ".join(unicodedata.normalize("NFC", s).split())
    return s or None


# ---------------------------------------------------------------------- tree helpers


def _short_text(el: HtmlElement, limit: int) -> str | None:
    """Text of ``el`` when it holds at most ``limit`` visible characters (indentation
    and other whitespace not counted), else None; stops reading as soon as it knows."""
    parts, n = [], 0
    for t in el.itertext():
        n += len(t.strip())
        if n > limit:
            return None
        parts.append(t)
    return "".join(parts)


def _text_and_links(el: HtmlElement, cap: int = 5000) -> tuple[int, int]:
    total = 0
    for t in el.itertext():
        total += len(t.strip())
        if total > cap:
            break
    links = 0
    for a in el.iter("a"):
        for t in a.itertext():
            links += len(t.strip())
    return total, links


def _is_chrome_block(el: HtmlElement) -> bool:
    """A block after a section label that belongs to it: a form, mostly links, or a
    short box (not a paragraph: a short paragraph after a heading is text)."""
    if not isinstance(el.tag, str):
        return True
    if el.tag in ("form", "img", "br", "hr", "label"):
        return True
    total, links = _text_and_links(el)
    if total == 0 or links >= 0.5 * total:
        return True
    return total < 200 and el.tag not in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")


def _glued_to_prose(el: HtmlElement) -> bool:
    """True when ``el`` sits inside running text (a link in a sentence)."""
    tail = (el.tail or "").strip()
    if tail and any(c.isalnum() for c in tail):
        return True
    prev = el.getprevious()
    before = (prev.tail if prev is not None else el.getparent().text) or ""
    return any(c.isalpha() for c in before.strip()[-20:])


_CELL_BLOCKS = {"p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "form"}


_ATTR_LABELS = {
    "số hiệu", "số ký hiệu", "loại văn bản", "nơi ban hành", "cơ quan ban hành", "người ký",
    "ngày ban hành", "ngày hiệu lực", "ngày có hiệu lực", "ngày công báo", "ngày đăng công báo",
    "số công báo", "tình trạng", "tình trạng hiệu lực", "lĩnh vực", "lĩnh vực, ngành", "phạm vi",
    "nguồn thu thập", "trích yếu", "ngày hết hiệu lực", "chức danh", "cập nhật", "hiệu lực",
}
_ATTR_LINE_RE = re.compile(
    r"(?:số hiệu|số ký hiệu|loại văn bản|nơi ban hành|cơ quan ban hành|người ký|ngày ban hành"
    r"|ngày hiệu lực|ngày có hiệu lực|ngày công báo|ngày đăng công báo|số công báo|tình trạng"
    r"|tình trạng hiệu lực|hiệu lực|ngày hết hiệu lực|lĩnh vực|phạm vi|nguồn thu thập)\s*:"
)


_ATTR_CELL_RE = re.compile(
    r"(?:số hiệu|số ký hiệu|loại văn bản|loại vb|nơi ban hành|cơ quan ban hành|cơ quan hợp nhất"
    r"|người ký|ngày ban hành|ngày xác thực|ngày có hiệu lực|ngày hiệu lực|ngày hết hiệu lực"
    r"|ngày công báo|ngày đăng công báo|số công báo|nguồn thu thập|nguồn trích|tình trạng"
    r"|lĩnh vực|phạm vi|trích yếu|chức danh|hiệu lực|cập nhật|file download|tệp đính kèm)"
    r"(?:[\s/,]+[^\s]+){0,6}$"
)


def _own_rows(table: HtmlElement) -> list[HtmlElement]:
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]


def _reshape_tables(root: HtmlElement) -> None:
    """Reshape tables and lists that are not data, before trafilatura sees them.

    * Attribute panels of law portals ("Số hiệu:", "Loại văn bản:", "Người ký:", …, as a
      table, a <dl> or a list) are removed: the law-document parser reads them from the
      HTML, and they are not part of the document text.
    * Tables that are not data grids are flattened, one cell per line: page layout
      grids (a nested table, or a cell with two or more blocks), document header and
      signature blocks ("ỦY BAN NHÂN DÂN<br>TỈNH …" | "CỘNG HÒA …"), one-column tables
      and small tables of at most three rows. Grids of four rows or more keep
      trafilatura's "| a | b |" rows.
    """
    flatten, drop = [], []
    for table in root.iter("table", "dl", "ul", "ol"):
        if table.tag != "table":
            items = [c for c in table if isinstance(c.tag, str) and c.tag in ("li", "dt")]
            hits = 0
            for k, item in enumerate(items):
                if k >= 3 and hits == 0:
                    break  # an ordinary list
                t = _short_text(item, 200)
                if t and (_ATTR_LINE_RE.match(" ".join(t.casefold().split())) or
                          (item.tag == "dt" and _norm(t) in _ATTR_LABELS)):
                    hits += 1
            if hits >= 2 and hits >= 0.5 * len(items):
                drop.append(table)
            continue
        if table.find(".//table") is not None:  # a page grid (never dropped as a whole)
            flatten.append(table)
            continue
        labels = 0
        for cell in table.iter("td", "th"):
            t = _short_text(cell, 50)
            if t and _ATTR_CELL_RE.match(_norm(t)):
                labels += 1
        if labels >= 3:
            drop.append(table)
            continue
        rows = _own_rows(table)
        ncols = max((sum(1 for c in r if c.tag in ("td", "th")) for r in rows), default=0)
        if len(rows) <= 3 or ncols <= 1 or any(
            sum(1 for c in cell if isinstance(c.tag, str) and c.tag in _CELL_BLOCKS) >= 2
            for cell in table.iter("td", "th")
        ):
            flatten.append(table)
    for table in flatten:
        # leaf divs inside the cells become paragraphs as well ("<div><b>BỘ XÂY DỰNG</b></div>")
        for el in table.iter("div"):
            if not any(isinstance(c.tag, str) and c.tag in _CELL_BLOCKS for c in el):
                el.tag = "p"
        for el in table.iter("tr", "td", "th", "tbody", "thead", "tfoot", "caption"):
            # only this table's own grid, not a nested data table's
            if next(el.iterancestors("table"), None) is table:
                # a cell of inline content becomes a paragraph (trafilatura skips bare
                # divs of bold text); a cell holding blocks becomes a div
                inline = el.tag in ("td", "th", "caption") and not any(
                    isinstance(c.tag, str) and c.tag in _CELL_BLOCKS for c in el
                )
                el.tag = "p" if inline else "div"
        table.tag = "div"
    for el in drop:
        if el.getparent() is not None:
            el.drop_tree()


#: Elements trafilatura discards anyway (its MANUALLY_CLEANED list); removing them first
#: spares it the work. <form> is kept: ASP.NET pages wrap the whole body in one.
_FURNITURE_TAGS = ("nav", "aside", "footer", "menu", "dialog", "audio", "video", "map", "marquee",
                   "frameset", "frame", "applet", "datalist", "fieldset", "math")


def _link_only(li: HtmlElement) -> bool:
    """A list item that is one link and nothing else (a menu entry)."""
    if (li.text or "").strip() or len(li) != 1:
        return False
    child = li[0]
    if (child.tail or "").strip():
        return False
    while child.tag != "a":
        if (child.text or "").strip() or len(child) != 1 or (child[0].tail or "").strip():
            return False
        child = child[0]
    return True


def _drop_page_furniture(root: HtmlElement) -> None:
    """Navigation: HTML5 furniture elements and lists of three or more bare links (menus,
    link boxes). trafilatura drops both, after much work; a list of linked document
    names inside an article goes the same way with it or without this pass."""
    etree.strip_elements(root, *_FURNITURE_TAGS, with_tail=False)
    for lst in reversed(list(root.iter("ul", "ol"))):  # inner menus first, then their parents
        items = [c for c in lst if isinstance(c.tag, str)]
        if len(items) >= 3 and all(c.tag == "li" and _link_only(c) for c in items):
            lst.drop_tree()


_HIDDEN_XPATH = "//body//*[@hidden or @aria-hidden='true' or contains(@style, 'none') or contains(@style, 'hidden')]"
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _drop_hidden(root: HtmlElement) -> None:
    """Elements the reader never sees: hidden tabs, dialogs, placeholder zones."""
    for el in root.xpath(_HIDDEN_XPATH):
        if (el.get("hidden") is None and el.get("aria-hidden") != "true"
                and not _HIDDEN_STYLE_RE.search(el.get("style") or "")):
            continue
        if el.getparent() is not None:
            el.drop_tree()


_SHORT_TEXT_XPATH = "//body//text()[string-length(normalize-space(.)) > 0 and string-length(normalize-space(.)) <= 48]"


def _strip_chrome(root: HtmlElement) -> None:
    """Remove label-identified chrome from the tree in place (see module docstring)."""
    doomed: list[HtmlElement] = []
    seen: set[HtmlElement] = set()  # holding the elements keeps their lxml proxies alive
    for node in root.xpath(_SHORT_TEXT_XPATH):
        s = node.strip()
        if not s or len(s) > 48:
            continue
        label = _norm(s)
        section = label in _SECTION_LABELS
        if not section and label not in _TOOL_LABELS:
            continue
        owner = node.getparent()
        if owner is None:
            continue
        if node.is_tail:
            # the label is the tail of an icon element: <a><i class="fa"></i> In bài</a>
            owner = owner.getparent()
            if owner is None:
                continue
        if owner.tag in ("script", "style", "title", "option", "textarea", "body"):
            continue
        cell = owner if owner.tag in ("td", "th") else next(owner.iterancestors("td", "th"), None)
        if cell is not None:
            # a label cell ("Văn bản dẫn chiếu" | list of links): the row goes when the
            # rest of it is links or short; tool labels inside tables are left alone
            row = cell.getparent()
            ct = _short_text(cell, len(s) + 40)
            if (section and row is not None and ct is not None and _norm(ct) == label
                    and row not in seen
                    and all(_is_chrome_block(c) for c in row if c is not cell)):
                seen.add(row)
                doomed.append(row)
            continue
        if section:
            # climb while the ancestor holds nothing but this label
            el = owner
            while True:
                parent = el.getparent()
                if parent is None or parent.tag in ("body", "html"):
                    break
                pt = _short_text(parent, len(s) + 40)
                if pt is None or _norm(pt) != label:
                    break
                el = parent
            if el in seen:
                continue
            seen.add(el)
            doomed.append(el)
            for sib in el.itersiblings():
                if not _is_chrome_block(sib):
                    break
                if sib not in seen:
                    seen.add(sib)
                    doomed.append(sib)
        else:
            el = owner
            own = _short_text(el, 200)
            if own is None or not _TOOLS_ONLY_RE.fullmatch(_norm(own)):
                continue
            while True:
                parent = el.getparent()
                if parent is None or parent.tag in ("body", "html"):
                    break
                pt = _short_text(parent, 200)
                if pt is None or not _TOOLS_ONLY_RE.fullmatch(_norm(pt) or "x"):
                    break
                el = parent
            if el in seen:
                continue
            if el.tag not in _BLOCK_TAGS and _glued_to_prose(el):
                continue
            seen.add(el)
            doomed.append(el)
    # image banners: a link around an image whose only text repeats the image's alt/title
    for a in root.iter("a"):
        img = a.find(".//img")
        if img is None or a in seen:
            continue
        txt = _norm(_short_text(a, 300) or "")
        names = {_norm(img.get("alt") or ""), _norm(img.get("title") or ""), _norm(a.get("title") or "")}
        if not txt or txt in names:
            seen.add(a)
            doomed.append(a)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text


# ------------------------------------------------------------------------- metadata


def _meta(root: HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    head = root.find("head")
    scope = head if head is not None else root
    for m in scope.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        content = m.get("content")
        if key and content and key not in out:
            out[key] = content
    t = root.find(".//title")
    if t is not None and t.text_content().strip():
        out["<title>"] = t.text_content()
    return out


def _strip_site_suffix(title: str, site: str | None) -> str:
    parts = _TITLE_SUFFIX_RE.split(title)
    if len(parts) < 2:
        return title
    if site:
        sn = _norm(site)
        while len(parts) > 1 and (_norm(parts[-1]) in sn or sn in _norm(parts[-1])):
            parts.pop()
        if len(parts) == 1:
            return parts[0]
    last = _norm(parts[-1])
    if re.search(r"cổng|trang thông tin|trang tin|website|\.vn|báo|đảng bộ|tỉnh ủy|ubnd|ủy ban", last):
        return " - ".join(parts[:-1]) if len(parts) > 2 else parts[0]
    return title


_HEADING_XPATH = "//body//*[self::h1 or self::h2 or self::h3 or self::h4 or @class or @id]"
_TITLE_WORDS = ("title", "tieude", "headline")
_TITLE_TAGS = {"div", "span", "p", "a", "strong", "td"}


def _ident(el: HtmlElement) -> str:
    return ((el.get("class") or "") + " " + (el.get("id") or "")).lower()


def _heading_candidates(root: HtmlElement) -> list[HtmlElement]:
    """Headings and elements whose class or id says "title", in document order."""
    out = []
    for el in root.xpath(_HEADING_XPATH):  # the XPath narrows; the test is cheaper in Python
        if el.tag in ("h1", "h2", "h3", "h4"):
            out.append(el)
        elif el.tag in _TITLE_TAGS:
            ident = _ident(el)
            if any(w in ident for w in _TITLE_WORDS):
                out.append(el)
    return out


def _pick_title(root: HtmlElement, meta: dict[str, str], site: str | None) -> tuple[str | None, HtmlElement | None]:
    og = _nfc_ws(meta.get("og:title") or meta.get("twitter:title"))
    doc_title = _nfc_ws(meta.get("<title>"))
    candidates = []
    for el in _heading_candidates(root):
        txt = _short_text(el, 600)
        txt = _nfc_ws(txt) if txt else None
        if txt and len(txt) >= 8 and not _is_attribute_row(el, txt):
            candidates.append((el, txt))
    for ref in (og, doc_title):
        if not ref:
            continue
        nref = _norm(ref)
        best = None
        for el, txt in candidates:
            nt = _norm(txt)
            if nt == nref or (nt in nref and len(nt) >= 0.4 * len(nref)):
                if best is None or len(txt) > len(best[1]):
                    best = (el, txt)
        if best is not None:
            return best[1], best[0]
        if ref is og:
            return _strip_site_suffix(og, site), None
    # no metadata to anchor on: the article <h1>, else a "title" element, never a banner
    for want_h1 in (True, False):
        for el, txt in candidates:
            if (el.tag == "h1") != want_h1 or len(txt) > 400 or _looks_like_banner(el, txt):
                continue
            if len(txt) < 15 and not _short_document_title(el, txt):
                continue
            if el.tag == "a" or el.find(".//a[@href]") is not None and el.tag != "h1":
                continue  # a link to another article (related lists use class="title" too)
            return txt, el
    if doc_title:
        return _strip_site_suffix(doc_title, site), None
    return None, None


#: "Tình trạng hiệu lực: Còn hiệu lực", "Số hiệu: 31/2024/QH15": an attribute row, never a title.
_ATTR_ROW_RE = re.compile(r"([^:]{1,60}):\s*\S")


def _is_attribute_row(el: HtmlElement, txt: str) -> bool:
    """A law-portal attribute row (label: value) that carries a "title" class; an <h1> is a
    heading whatever it says."""
    if el.tag == "h1":
        return False
    m = _ATTR_ROW_RE.match(" ".join(txt.casefold().split()))
    return m is not None and _ATTR_CELL_RE.match(m.group(1).strip()) is not None


#: A short document name: a type word and at least one more word ("Luật Đất đai", "Luật Biển").
_SHORT_DOC_TITLE_RE = re.compile(
    r"(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Lệnh)"
    r"\s+\w+", re.I)
_DOC_NUMBER_RE = re.compile(r"\b\d{1,5}(?:/\d{4})?[/-][A-ZĐ][A-Za-zĐđ]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9]*)*")


def _short_document_title(el: HtmlElement, txt: str) -> bool:
    """A title shorter than 15 characters is taken only when it names a document and that
    document's number follows within the next few elements, as a cell or a header line of its
    own ("31/2024/QH15", "Luật số: 31/2024/QH15"), not inside prose."""
    if not _SHORT_DOC_TITLE_RE.match(txt):
        return False
    for d in _following(el, 12):
        cell = (d.text or "").strip()
        if len(cell) <= 40 and _DOC_NUMBER_RE.search(cell):
            return True
    return False


def _looks_like_banner(el: HtmlElement, txt: str) -> bool:
    low = _norm(txt)
    if re.match(r"chào mừng|cổng thông tin|trang thông tin|website|trang tin", low):
        return True
    for a in el.iterancestors():
        ident = ((a.get("class") or "") + " " + (a.get("id") or "")).lower()
        if a.tag == "header" or re.search(r"header|banner|logo|top-?bar|brand", ident):
            return True
    return False


def _following(el: HtmlElement, max_nodes: int = 80):
    """Elements after ``el`` in document order (siblings' subtrees, then the parents')."""
    n = 0
    node = el
    while node is not None and node.tag not in ("body", "html"):
        for sib in node.itersiblings():
            for d in sib.iter():
                if not isinstance(d.tag, str):
                    continue
                yield d
                n += 1
                if n >= max_nodes:
                    return
        node = node.getparent()


def _date_line(title_el: HtmlElement | None, base: datetime | None) -> datetime | None:
    """The first short date-bearing element next to the title, before the body starts."""
    if title_el is None:
        return None
    for el in _following(title_el):
        own = (el.text or "").strip()
        if len(own) > 200:  # a body paragraph: the date line would have come before it
            return None
        txt = _short_text(el, 120)
        if not txt or not any(c.isdigit() for c in txt):
            continue
        dt = parse_datetime(txt, relative_base=base, fallback=False)
        if dt is not None:
            return dt
    # a date line right above the title (category + date + title layouts)
    prev = title_el.getprevious()
    for _ in range(3):
        if prev is None:
            break
        if isinstance(prev.tag, str):
            txt = _short_text(prev, 120)
            if txt and any(c.isdigit() for c in txt):
                dt = parse_datetime(txt, relative_base=base, fallback=False)
                if dt is not None:
                    return dt
        prev = prev.getprevious()
    return None


def _lead(title_el: HtmlElement | None, description: str | None) -> str | None:
    """The lead paragraph (sapo) shown under the title when it repeats the meta description.

    NukeViet and similar CMSs print the sapo in a box of its own that trafilatura skips,
    and it is where the directive number often appears.
    """
    if title_el is None or not description or len(description) < 40:
        return None
    want = _norm(description)
    for el in _following(title_el, 60):
        own = (el.text or "").strip()
        txt = _short_text(el, len(description) + 40)
        if txt and _norm(txt) == want:
            return _nfc_ws(txt)
        if len(own) > len(description) + 40:
            return None
    return None


def _meta_date(root: HtmlElement, base: datetime | None) -> datetime | None:
    for value in root.xpath(_META_DATE_XPATH):
        dt = parse_datetime(str(value), relative_base=base, fallback=False)
        if dt is not None:
            return dt
    return None


def _clean_author(value: str | None, site: str | None) -> str | None:
    value = _nfc_ws(value)
    if not value or len(value) > 80 or _SITE_AUTHOR_RE.search(value):
        return None
    if site and (_norm(value) in _norm(site) or _norm(site) in _norm(value)):
        return None
    if len(value.split()) > 8 or not any(c.isalpha() for c in value):
        return None
    return value


def _language(root: HtmlElement, meta: dict[str, str], text: str) -> str | None:
    """"vi" when the text is Vietnamese (whatever a CMS template declares), else the
    declared language, else None."""
    sample = text[:2000]
    letters = sum(c.isalpha() for c in sample)
    if letters and len(_VI_CHARS_RE.findall(sample)) >= 0.03 * letters:
        return "vi"
    for raw in (root.get("lang"), root.get("xml:lang"), meta.get("content-language"),
                meta.get("og:locale"), meta.get("language")):
        if raw:
            code = re.split(r"[-_,;\s]", raw.strip().lower())[0]
            if code and code.isalpha() and len(code) <= 3:
                return code
    return None


# ------------------------------------------------------------------------ text pass


def _is_caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_PLACE_DATE_RE = re.compile(r"[^\d,]{2,40},\s*ngày\s*\d", re.IGNORECASE)


def _is_date_line(line: str) -> bool:
    """A page's date line ("Thứ ba - 23/06/2020 19:00"), not a document's own
    place-and-date line ("Hà Nội, ngày 30 tháng 11 năm 2023")."""
    if len(line) > 60 or _PLACE_DATE_RE.match(line):
        return False
    found = find_date(line)
    if found is None:
        return parse_datetime(line, fallback=False) is not None and len(line) <= 30
    _, start, end = found
    return (end - start) >= 0.3 * len(line) or len(line) <= 40


def _is_chrome_line(low: str) -> bool:
    """``low`` is a casefolded line; True when the whole line is site chrome."""
    n = len(low)
    if n == 0:
        return True
    if n > 400:  # a paragraph of text, whatever words it contains
        return False
    if _NAG_RE.search(low):
        return True
    if n > 250:
        return False
    if _NOISE_LINE_RE.fullmatch(low):
        return True
    if n > 160:
        return False
    if low.isdigit() or _LABELS_ONLY_RE.fullmatch(low):
        return True
    if _PAGER_RE.fullmatch(low) and (_PAGER_WORD_RE.search(low) or low.replace(" ", "").isdigit()):
        return True
    if n <= 80 and (_COUNTER_RE.fullmatch(low) or (n <= 60 and _COUNTER_WORDS_RE.search(low))):
        return True
    return n <= 40 and _DOMAIN_LINE_RE.fullmatch(low) is not None


def _strip_templates(line: str) -> str:
    """Remove unrendered ``{{…}}`` placeholders and the labels left without a value."""
    line = _TEMPLATE_RE.sub("", line)
    line = re.sub(r"\|(?:\s*\|)+", "|", line)  # empty table cells
    if line.lstrip().startswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        # a label cell whose value cell was the placeholder: "Cập nhật: | " -> drop both
        kept = [c for i, c in enumerate(cells) if c and not (c.endswith(":") and (i + 1 == len(cells) or cells[i + 1].endswith(":")))]
        return "| " + " | ".join(kept) + " |" if any(any(ch.isalpha() for ch in c) for c in kept) else ""
    line = " ".join(line.split())
    line = re.sub(r"(?:\s*[^\s:][^:]{0,40}:\s*)+$", lambda m: "" if not any(c.isdigit() for c in m.group(0)) else m.group(0), line)
    return line if sum(c.isalpha() for c in line) >= 3 else ""


def _drop_attribute_lines(lines: list[str]) -> list[str]:
    """Law-portal attribute panels flattened to text: a line holding two labels
    ("Số hiệu: … Loại văn bản: …"), or three labelled lines in a row."""
    flags = [
        len(line) <= 200 and _ATTR_LINE_RE.match(line.casefold().lstrip("| ")) is not None
        for line in lines
    ]
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and flags[j]:
            j += 1
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        run = lines[i:j]
        if len(run) < 3:
            out.extend(x for x in run if len(_ATTR_LINE_RE.findall(x.casefold())) < 2)
        i = j
    return out


def _clean_lines(raw: str, title: str | None) -> list[str]:
    lines: list[str] = []
    raw = unicodedata.normalize("NFC", raw)
    if "\u200b" in raw or "\ufeff" in raw:  # zero-width characters that str.split() keeps
        raw = raw.replace("\u200b", " ").replace("\ufeff", " ")
    for line in raw.splitlines():
        line = " ".join(line.split())  # every Unicode space, NBSP included
        if not line:
            continue
        if "{{" in line or "{%" in line:
            line = _strip_templates(line)
            if not line:
                continue
        lines.append(line)

    # related-article headings: cut from the heading onwards when it closes the text,
    # else (a box inside the text) drop the heading and the list lines after it
    total = sum(len(x) for x in lines)
    seen = 0
    i = 0
    while i < len(lines):
        if len(lines[i]) > 80:
            seen += len(lines[i])
            i += 1
            continue
        low = _norm(lines[i])
        if low in _RELATED_HEADINGS or (len(low) <= 60 and _RELATED_PREFIX_RE.fullmatch(low)):
            if seen >= 0.5 * total:
                lines = lines[:i]
                break
            j = i + 1
            while j < len(lines) and len(lines[j]) < 200 and not lines[j].endswith((".", ":", ";")):
                j += 1
            del lines[i:j]
            continue
        seen += len(lines[i])
        i += 1

    lines = [x for x in lines if not _is_chrome_line(x.casefold().strip(_STRIP_CHARS))]
    lines = _drop_attribute_lines(lines)

    # leading repeats of breadcrumb/category, title and the date line
    # (case-sensitive: a law document's own heading repeats its title in capitals)
    if title:
        nt = " ".join(title.split())
        for k in range(min(4, len(lines))):
            if lines[k] == nt:
                lines = lines[k + 1:]
                break
    while lines and ((title and lines[0] == " ".join(title.split())) or _is_date_line(lines[0])):
        lines.pop(0)

    # trailing footer block: footer lines, with the all-caps site names among them
    end = len(lines)
    in_footer = False
    while end > 0:
        line = lines[end - 1]
        low = _norm(line)
        if len(line) <= 300 and (_FOOTER_RE.match(low) or "©" in line or "bản quyền thuộc" in low):
            in_footer = True
        elif not (in_footer and len(line) <= 100 and _is_caps_line(line)):
            break
        end -= 1
    return lines[:end]


def _name_like(text: str) -> str | None:
    """``text`` when it reads like a byline: "An Bang", "Văn Tuấn - Văn phòng Tỉnh ủy",
    "Bài, ảnh: Minh Hùng" (the prefix is dropped); else None."""
    text = " ".join(text.split())
    if not text or len(text) > 90 or text.endswith((".", ":", ";", ",", "?", "!", "…")):
        return None
    if any(c.isdigit() for c in text):
        return None
    body = _BYLINE_PREFIX_RE.sub("", text, count=1) if _BYLINE_PREFIX_RE.match(text) else text
    parts = _BYLINE_SPLIT_RE.split(body, maxsplit=1)
    name = parts[0].strip(" )")
    words = name.split()
    if not 1 <= len(words) <= 6:
        return None
    for w in words:
        w = w.strip(".,")
        if not w or not w[0].isupper() or not all(c.isalpha() or c in ".-'" for c in w):
            return None
    if len(name) < 2:
        return None
    if len(parts) > 1:
        unit = parts[1].strip(" )")
        if not unit or len(unit.split()) > 10:
            return None
    if _is_caps_line(name) and len(words) == 1 and len(name) > 6:
        return None  # a heading word, not a name
    return body


def _byline(lines: list[str]) -> str | None:
    """The last line when it is a byline rather than a sentence or a document signer."""
    if len(lines) < 2:
        return None
    for prev in lines[-4:-1]:
        if _is_caps_line(prev) or _SIGNATURE_RE.search(prev):
            return None  # the signer of a document, not an article byline
    return _name_like(lines[-1])


_AUTHOR_XPATH = "//body//*[@class or @id or @itemprop or @rel]"
_AUTHOR_WORDS = ("author", "byline", "tacgia", "tac-gia", "tac_gia")


def _author_from_markup(root: HtmlElement, site: str | None) -> str | None:
    """A byline element marked up as such (class "author"/"byline"/"tacgia", itemprop,
    rel); trafilatura drops these from the text."""
    for el in root.xpath(_AUTHOR_XPATH):
        if not (el.get("itemprop") == "author" or el.get("rel") == "author"
                or any(w in _ident(el) for w in _AUTHOR_WORDS)):
            continue
        txt = _short_text(el, 120)
        if not txt:
            continue
        m = _AUTHOR_LINE_RE.match(" ".join(txt.split()))
        name = _name_like(m.group(1) if m else txt)
        if name and _clean_author(name, site):
            return name
    return None


# ----------------------------------------------------------------------------- API


def _load(html: str | bytes) -> HtmlElement | None:
    try:
        return load_html(html)
    except Exception:  # lxml raises assorted errors on binary junk
        logger.debug("unparseable HTML", exc_info=True)
        return None


def extract_article(html: str | bytes, url: str, *, fetched_at: datetime | None = None) -> ExtractedArticle | None:
    """Extract the article (or document) on one page.

    Args:
        html: the page, as text or bytes.
        url: its URL (trafilatura uses it for metadata).
        fetched_at: fetch time, the base for relative dates ("2 giờ trước").

    Returns:
        The article, or ``None`` when the page has no main text (a listing page, an
        empty stub, not HTML).
    """
    if not html:
        return None
    root = _load(html)
    if root is None:
        return None
    # never text, and every later pass (ours and trafilatura's) walks them: drop them once
    etree.strip_elements(root, etree.Comment, *_NON_CONTENT_TAGS, with_tail=False)
    meta = _meta(root)
    site = _nfc_ws(meta.get("og:site_name"))
    title, title_el = _pick_title(root, meta, site)
    base = fetched_at.astimezone(TZ) if fetched_at is not None and fetched_at.tzinfo else fetched_at
    meta_dt = _meta_date(root, base)
    line_dt = _date_line(title_el, base)
    description = _nfc_ws(meta.get("description") or meta.get("og:description"))
    lead = _lead(title_el, description)
    marked_author = _author_from_markup(root, site)

    _drop_page_furniture(root)
    _drop_hidden(root)
    _reshape_tables(root)
    _strip_chrome(root)

    lines = _extract_lines(root, url, title, fast=True)
    if sum(len(x) for x in lines) < _RETRY_BELOW and _has_prose(root):
        slow = _extract_lines(root, url, title, fast=False)
        if sum(len(x) for x in slow) > sum(len(x) for x in lines):
            lines = slow
    if not lines or _is_listing(lines, _link_items(root)):
        return None
    if title is None:  # no <title>, og:title or heading at all: ask trafilatura
        title = _nfc_ws(_trafilatura_meta(root, url).get("title"))
        if title and lines and _norm(lines[0]) == _norm(title):
            lines.pop(0)
    if lead and _norm(lead)[:60] not in _norm(" ".join(lines[:3])):
        lines.insert(0, lead)

    author = _clean_author(meta.get("author") or meta.get("article:author") or meta.get("dc.creator"), site)
    if author is None:
        author = marked_author
    # "Tác giả bài viết: X" lines (NukeViet) are metadata, not text
    for k in range(len(lines) - 1, max(-1, len(lines) - 6), -1):
        m = _AUTHOR_LINE_RE.match(lines[k])
        if m:
            author = author or _clean_author(m.group(1), site)
            del lines[k]
            break
    byline = _byline(lines)
    if byline is not None and (author is None or _norm(author) in _norm(byline)):
        author = author or byline
        lines.pop()

    text = "\n".join(lines)
    if len(text) < _MIN_TEXT_CHARS or _is_stub(text, meta):
        return None

    # a date after the fetch is an event or a deadline, not the publication
    latest = (base.astimezone(TZ) if base is not None and base.tzinfo else datetime.now(TZ)) + timedelta(days=1)
    meta_dt = meta_dt if meta_dt is not None and meta_dt <= latest else None
    line_dt = line_dt if line_dt is not None and line_dt <= latest else None
    published = meta_dt
    if published is None or (
        line_dt is not None and line_dt.date() == published.date()
        and (published.hour, published.minute, published.second) == (0, 0, 0)
    ):
        published = line_dt or published
    language = _language(root, meta, text)
    if published is None:
        published = _htmldate(root, url, fetched_at)
    return ExtractedArticle(
        title=title,
        text=text,
        published_at=to_utc_iso(published) if published is not None else None,
        author=author,
        description=description,
        language=language,
    )


def _has_prose(root: HtmlElement, need: int = 400) -> bool:
    """Whether the (cleaned) page still holds ``need`` characters of text outside links,
    i.e. whether trafilatura's slower backup extractors have anything to find."""
    body = root.find("body")
    if body is None:
        return False
    total, links = _text_and_links(body, cap=need + 20000)
    return total - links >= need


def _extract_lines(root: HtmlElement, url: str, title: str | None, *, fast: bool) -> list[str]:
    try:
        doc = trafilatura.bare_extraction(root, url=url, fast=fast, **_TRAFILATURA_OPTS)
    except Exception:  # trafilatura is robust, but one bad page must not stop a crawl
        logger.warning("trafilatura failed on %s", url, exc_info=True)
        return []
    if doc is None or not doc.text:
        return []
    return _clean_lines(doc.text, title)


def _trafilatura_meta(root: HtmlElement, url: str) -> dict:
    try:
        return trafilatura.extract_metadata(root, default_url=url).as_dict()
    except Exception:
        logger.debug("trafilatura metadata failed on %s", url, exc_info=True)
        return {}


def _htmldate(root: HtmlElement, url: str, fetched_at: datetime | None) -> datetime | None:
    """htmldate's date from markup and URL only: its extensive search reads dates out
    of the body ("trước ngày 30/9/2024") and is wrong on these sites."""
    import htmldate  # noqa: PLC0415  (a trafilatura dependency, needed on few pages)

    try:
        found = htmldate.find_date(
            root,
            url=url,
            extensive_search=False,
            original_date=True,
            max_date=(fetched_at or datetime.now(TZ)).strftime("%Y-%m-%d"),
        )
    except Exception:
        logger.debug("htmldate failed on %s", url, exc_info=True)
        return None
    return parse_datetime(found, fallback=False) if found else None


_STUB_RE = re.compile(
    r"checking if the site connection is secure|needs to review the security of your connection"
    r"|just a moment|enable javascript and cookies|attention required|ray id|ddos protection"
    r"|access denied|403 forbidden|404 not found|page not found|không tìm thấy trang"
    r"|trang bạn yêu cầu (?:không|tạm thời)|tạm thời không hiển thị|vui lòng thử lại sau"
    r"|không có quyền truy cập|vui lòng bật javascript|bài viết không tồn tại|văn bản không tồn tại"
)


def _is_stub(text: str, meta: dict[str, str]) -> bool:
    """An anti-bot interstitial, an error page or a placeholder served with status 200."""
    if len(text) > 600:
        return False
    if _STUB_RE.search(text.casefold()):
        return True
    return len(text) < 300 and "noindex" in meta.get("robots", "").lower()


_ITEM_TAGS = ("li", "article", "div", "tr", "dd", "section")
_NON_ALNUM_RE = re.compile(r"[\W_]+")
_FILE_LINK_RE = re.compile(r"\.(?:pdf|docx?|xlsx?|zip|rar)(?:$|[?#])", re.IGNORECASE)


_LONG_LINK_XPATH = "//body//a[@href][string-length(normalize-space(.)) >= 20]"


def _link_items(root: HtmlElement) -> list[str]:
    """Teasers of a listing: small blocks (< 800 characters) that open with a link of
    20+ characters to a page (the headline) and say more than the headline (a date, a
    summary), as squeezed text (see _squeeze). Menu entries are only their link."""
    items: dict[HtmlElement, str] = {}  # element keys keep the lxml proxies (and identities) alive
    rejected: set[HtmlElement] = set()
    for a in root.xpath(_LONG_LINK_XPATH):
        href = a.get("href") or ""
        if href.startswith(("#", "javascript:", "mailto:")) or _FILE_LINK_RE.search(href):
            continue
        parent = a.getparent()
        if (parent is not None and parent.tag == "li" and len(parent) == 1
                and not (parent.text or "").strip() and not (a.tail or "").strip()):
            continue  # a menu entry: the item is nothing but its link
        item = next(a.iterancestors(*_ITEM_TAGS), None)
        if item is None or item in items or item in rejected:
            continue
        txt = _short_text(item, 800)
        head = a.text_content()
        if txt is None or len(txt.split()) <= len(head.split()):
            rejected.add(item)
            continue
        squeezed = _squeeze(txt)
        if squeezed.find(_squeeze(head)[:16]) > 24:  # the headline opens the teaser
            rejected.add(item)
            continue
        items[item] = squeezed
    return list(items.values())


def _squeeze(s: str) -> str:
    """Letters and digits only, casefolded: compares texts whatever the spacing."""
    return _NON_ALNUM_RE.sub("", unicodedata.normalize("NFC", s).casefold())


def _is_listing(lines: list[str], items: list[str]) -> bool:
    """Text that is mostly teasers of other pages (a category or search page): two or
    more teasers cover at least half of it."""
    if len(items) < 2:
        return False
    total = sum(len(x) for x in lines)
    covered, hit = 0, set()
    for line in lines:
        sq = _squeeze(line)
        if len(sq) < 12:
            continue
        for k, txt in enumerate(items):
            if sq in txt:
                covered += len(line)
                hit.add(k)
                break
    return len(hit) >= 2 and covered >= 0.5 * total

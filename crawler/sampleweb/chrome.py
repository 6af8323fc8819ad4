"""Shared HTML chrome for the sample-web families.

Every family composes its own page from these pieces so that the families look
different (like the real CMSs they imitate) while the recurring traps stay the
same: the 05-CT/TW sidebar banner (chrome that must never become a mention),
a technical-support footer line with a phone number, share bars, and the
sample-data notice.
"""
from __future__ import annotations

from html import escape

#: Text of the sidebar banner present on every page of every family.
BANNER_05_TEXT = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW"
#: Footer line present on every page of every family.
SUPPORT_PHONE = "0233.3852.446"
SUPPORT_LINE = f"Đơn vị hỗ trợ kỹ thuật: Trung tâm Dữ liệu mẫu vbwatch - Điện thoại: {SUPPORT_PHONE}"
SAMPLE_NOTICE = ("Trang mẫu ngoại tuyến phục vụ kiểm thử vbwatch; nội dung được biên soạn lại "
                 "để minh họa, không phải bản gốc của cơ quan ban hành.")
SHARE_LABEL = "Chia sẻ:"

#: chrome strings that every article page of every family carries
COMMON_CHROME = [ "Chỉ thị 05-CT/TW", SUPPORT_PHONE, "Đơn vị hỗ trợ kỹ thuật" ]


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def document(title: str, body: str, *, head: str = "", body_attrs: str = "", lang: str = "vi") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{head}</head>\n"
        f"<body{(' ' + body_attrs) if body_attrs else ''}>\n{body}\n</body>\n</html>\n"
    )


def banner_05(href: str, css: str = "banner-05") -> str:
    return (
        f'<div class="{css}"><a href="{esc(href)}" title="{esc(BANNER_05_TEXT)}">'
        f'<img src="/static/banner-05.gif" alt="{esc(BANNER_05_TEXT)}" width="270" height="90">'
        f"<span>{esc(BANNER_05_TEXT)}</span></a></div>"
    )


def support_footer() -> str:
    return (f'<p class="support">{esc(SUPPORT_LINE)}</p>\n'
            f'<p class="sample-notice">{esc(SAMPLE_NOTICE)}</p>')


def share_bar(print_href: str, css: str = "share-bar") -> str:
    return (
        f'<div class="{css}"><span>{esc(SHARE_LABEL)}</span> '
        '<a href="javascript:void(0)" class="fb">Facebook</a> '
        '<a href="javascript:void(0)" class="zalo">Zalo</a> '
        '<a href="javascript:void(0)" class="tw">Twitter</a> '
        f'<a href="{esc(print_href)}" class="print" rel="nofollow">In bài</a> '
        '<a href="javascript:void(0)" class="mail">Gửi email</a></div>'
    )


def menu(items: list[tuple[str, str]], css: str = "menu") -> str:
    lis = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in items)
    return f'<ul class="{css}">{lis}</ul>'


def block_text(block: object) -> str:
    """Plain text of one content block (used for fixtures and search)."""
    if isinstance(block, str):
        return block
    kind = block[0]
    if kind in ("h", "c"):
        return block[1]
    if kind == "img":
        return block[2]
    return ""


def render_blocks(blocks: list, *, v2: bool = False, img_prefix: str = "", blank_between: bool = False) -> str:
    """Render content blocks.

    Block forms: ``"text"`` paragraph; ``("h", text)`` bold sub-heading; ``("c", text)`` centred line;
    ``("img", file, caption)`` image with caption (a layout table in v1, a figure in v2).
    ``blank_between`` inserts whitespace-only paragraphs between paragraphs (NukeViet editors do that).
    """
    out = []
    tag = "div" if v2 else "p"
    cls = ' class="para"' if v2 else ""
    for i, block in enumerate(blocks):
        if blank_between and i:
            out.append("<p>&nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;</p>")
        if isinstance(block, str):
            out.append(f'<{tag}{cls} style="text-align:justify">{esc(block)}</{tag}>')
        elif block[0] == "h":
            out.append(f"<{tag}{cls}><strong>{esc(block[1])}</strong></{tag}>")
        elif block[0] == "c":
            out.append(f'<{tag}{cls} style="text-align:center"><strong>{esc(block[1])}</strong></{tag}>')
        elif block[0] == "img":
            src = img_prefix + block[1]
            if v2:
                out.append(f'<figure class="media"><img src="{esc(src)}" alt="{esc(block[2])}">'
                           f"<figcaption>{esc(block[2])}</figcaption></figure>")
            else:
                out.append('<table class="image" align="center"><tbody>'
                           f'<tr><td><img src="{esc(src)}" alt="" width="600"></td></tr>'
                           f'<tr><td class="image_desc" style="text-align:center"><em>{esc(block[2])}</em></td></tr>'
                           "</tbody></table>")
    return "\n".join(out)

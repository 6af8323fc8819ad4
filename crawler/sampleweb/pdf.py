"""Small, valid PDF files with a Unicode text layer, written by hand (no dependency).

``make_pdf(lines, title=...)`` returns the bytes of a PDF 1.4 file: A4 pages, one Type0 font
with ``Identity-H`` encoding whose character codes are the Unicode code points of the text,
and a ``ToUnicode`` CMap, so text extractors (pypdf, pdftotext) read the Vietnamese text
back exactly.  The font is not embedded: viewers substitute a system font, which is enough
for a sample gazette file whose point is its text layer and its bytes (fixity checks).

The output is deterministic: the same lines and title give the same bytes (no timestamps,
no random document id), so a file's SHA-256 only changes when its text does.
"""
from __future__ import annotations

import textwrap
import unicodedata

PAGE_W, PAGE_H = 595, 842          # A4 in points
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 56, 64, 64
FONT_SIZE, LEADING = 10, 14
WRAP = 92                           # characters per line at 10 pt with the default width 500/1000 em
LINES_PER_PAGE = (PAGE_H - MARGIN_TOP - MARGIN_BOTTOM) // LEADING


def _hex_utf16(text: str) -> str:
    """A PDF text string as UTF-16BE with BOM, in hex: the encoding for non-Latin-1 metadata."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _hex_codes(text: str) -> str:
    """Two-byte character codes (= code points) for an Identity-H show-text operator."""
    return "<" + "".join(f"{ord(ch):04X}" for ch in text) + ">"


def _wrap(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        line = unicodedata.normalize("NFC", line)
        if not line.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(line, WRAP, break_long_words=True, break_on_hyphens=False) or [""])
    return out


def _to_unicode_cmap(chars: list[str]) -> bytes:
    rows = []
    for i in range(0, len(chars), 100):          # at most 100 entries per bfchar block
        chunk = chars[i:i + 100]
        rows.append(f"{len(chunk)} beginbfchar")
        rows.extend(f"<{ord(c):04X}> <{ord(c):04X}>" for c in chunk)
        rows.append("endbfchar")
    body = "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
        *rows,
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])
    return body.encode("ascii")


def make_pdf(lines: list[str], *, title: str | None = None, author: str | None = None) -> bytes:
    """A PDF whose text layer is ``lines`` (wrapped to the page width, paginated)."""
    wrapped = _wrap(lines) or [""]
    if any(ord(ch) > 0xFFFF for line in wrapped for ch in line):
        raise ValueError("make_pdf handles characters of the Basic Multilingual Plane only")
    pages = [wrapped[i:i + LINES_PER_PAGE] for i in range(0, len(wrapped), LINES_PER_PAGE)]
    chars = sorted({ch for line in wrapped for ch in line} | {" "})

    # object numbers: 1 catalog, 2 pages, 3 font, 4 cidfont, 5 descriptor, 6 tounicode, 7 info,
    # then per page: page object, content stream
    objects: dict[int, bytes] = {}
    first_page = 8
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(len(pages)))
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode("ascii")
    objects[3] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /ArialUnicodeMS /Encoding /Identity-H "
                  b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>")
    objects[4] = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialUnicodeMS "
                  b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                  b"/FontDescriptor 5 0 R /DW 500 /CIDToGIDMap /Identity >>")
    objects[5] = (b"<< /Type /FontDescriptor /FontName /ArialUnicodeMS /Flags 32 /FontBBox [-1011 -330 2260 1078] "
                  b"/ItalicAngle 0 /Ascent 1069 /Descent -271 /CapHeight 716 /StemV 80 >>")
    cmap = _to_unicode_cmap(chars)
    objects[6] = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    info = ["/Producer (vbwatch sample web)"]
    if title:
        info.append(f"/Title {_hex_utf16(unicodedata.normalize('NFC', title))}")
    if author:
        info.append(f"/Author {_hex_utf16(unicodedata.normalize('NFC', author))}")
    objects[7] = ("<< " + " ".join(info) + " >>").encode("ascii")
    for i, page_lines in enumerate(pages):
        page_no, content_no = first_page + 2 * i, first_page + 2 * i + 1
        ops = ["BT", f"/F1 {FONT_SIZE} Tf", f"{LEADING} TL", f"{MARGIN_X} {PAGE_H - MARGIN_TOP} Td"]
        for n, line in enumerate(page_lines):
            if n:
                ops.append("T*")
            if line:
                ops.append(f"{_hex_codes(line)} Tj")
        ops.append("ET")
        stream = "\n".join(ops).encode("ascii")
        objects[page_no] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_no} 0 R >>").encode("ascii")
        objects[content_no] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


__all__ = ["make_pdf"]

"""Shared base of the law-portal families built on :mod:`..content.lawdocs` (vbpl, vbplrender, congbao).

A document entry's ``item`` has ``meta`` (number, type, issuer, signer, signer_title, issued,
effective, status, field, scope, gazette_number, gazette_date), ``header``, ``doc_title``,
``summary``, ``body``, ``recipients``, ``sign``, ``signer_name`` and optionally ``pdf`` (the
attachment's file name).  Status and effective date can be overridden at run time
(``/_admin/status``); PDFs are generated from the record and are byte-identical wherever
the same record is served.
"""
from __future__ import annotations

import hashlib
import re

from ..chrome import esc
from ..content.lawdocs import pdf_lines
from ..pdf import make_pdf
from ..util import fmt_dmy_date, fold
from .base import Response, Site

_PDF_CACHE: dict[tuple, bytes] = {}


def dmy(iso: str | None) -> str:
    return fmt_dmy_date(iso) if iso and re.match(r"^\d{4}-\d\d-\d\d$", iso) else (iso or "")


def number_slug(number: str, sep: str = "-") -> str:
    """'13/2023/NĐ-CP' -> '13-2023-ND-CP' (sep '-') or '13.2023.ND.CP' (sep '.')."""
    return sep.join(re.findall(r"[A-Za-z0-9]+", fold(number)))


class LawSite(Site):
    """A law portal: documents with attributes, a status that can change, PDF attachments."""

    law = True

    # ----------------------------------------------------------- attributes
    def status_of(self, entry) -> str:
        return entry.status or entry.item["meta"]["status"]

    def effective_of(self, entry) -> str:
        return entry.effective or entry.item["meta"]["effective"]

    def number_of(self, entry) -> str:
        return entry.item["meta"]["number"]

    def list_title(self, entry) -> str:
        """The short title of a listing row: "Luật 80/2015/QH13", "Hiến pháp năm 2013"."""
        it = entry.item
        if it.get("list_title"):
            return it["list_title"]
        return f"{it['meta']['type']} {it['meta']['number']}"

    def gazette(self, entry) -> tuple[str, str]:
        meta = entry.item["meta"]
        return meta.get("gazette_number") or "", meta.get("gazette_date") or ""

    def doc_etag_parts(self, entry) -> tuple:
        return (self.status_of(entry), self.effective_of(entry))

    # ---------------------------------------------------------------- PDFs
    def pdf_bytes(self, entry) -> bytes:
        it = entry.item
        title = f"{it['meta']['type']} {it['meta']['number']} - {it.get('doc_name') or it['title']}"
        lines = pdf_lines(it)
        key = (title, tuple(lines))
        data = _PDF_CACHE.get(key)
        if data is None:
            data = _PDF_CACHE[key] = make_pdf(lines, title=title)
        return data

    def pdf_response(self, entry) -> Response:
        body = self.pdf_bytes(entry)
        digest = hashlib.sha256(body).hexdigest()
        return Response(body=body, content_type="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="{entry.item["pdf"]}"'},
                        etag_key=("pdf", digest), last_modified=entry.published)

    # ------------------------------------------------------------ document
    def doc_header_html(self, entry) -> str:
        h = entry.item["header"]
        left = "<br>".join(f"<b>{esc(x)}</b>" for x in h["left"]) + "<br>-------"
        right = "<br>".join(f"<b>{esc(x)}</b>" for x in h["right"]) + "<br>---------------"
        num = esc(h["number_line"]) if h.get("number_line") else "&nbsp;"
        place = f"<i>{esc(h['place_date'])}</i>" if h.get("place_date") else "&nbsp;"
        return ('<table class="doc-header" width="100%" cellpadding="0" cellspacing="0"><tbody>'
                f'<tr><td width="40%" valign="top" style="text-align:center">{left}</td>'
                f'<td valign="top" style="text-align:center">{right}</td></tr>'
                f'<tr><td style="text-align:center">{num}</td><td style="text-align:right">{place}</td></tr>'
                "</tbody></table>")

    def doc_body_html(self, entry, tag: str = "p") -> str:
        out = [f'<p align="center"><strong>{esc(line)}</strong></p>' for line in entry.item["doc_title"]]
        for block in entry.body:
            if isinstance(block, str):
                out.append(f"<{tag}>{esc(block)}</{tag}>")
            elif block[0] == "h":
                out.append(f"<{tag}><strong>{esc(block[1])}</strong></{tag}>")
            else:
                out.append(f'<{tag} align="center"><strong>{esc(block[1])}</strong></{tag}>')
        rec = entry.item.get("recipients")
        if rec:
            out.append("<p><strong><em>Nơi nhận:</em></strong><br>" + "<br>".join(esc(r) for r in rec) + "</p>")
        return "\n".join(out)

    def doc_sign_html(self, entry) -> str:
        it = entry.item
        rows = "".join(f'<tr><td class="upper"><p>{esc(s)}</p></td></tr>' for s in it["sign"])
        return ('<table style="width:100%;" cellpadding="0" cellspacing="0" class="table_cqbh_cd_nk">'
                f'{rows}<tr><td><p><i>(Đã ký)</i></p></td></tr><tr><td>&nbsp;</td></tr>'
                f'<tr><td><p><b>{esc(it["signer_name"])}</b></p></td></tr></table>')

    def print_response(self, entry) -> Response:
        from ..chrome import document
        html = document(entry.title, f"<h1>{esc(entry.title)}</h1>{self.doc_header_html(entry)}"
                                     f"{self.doc_body_html(entry)}{self.doc_sign_html(entry)}")
        return Response(body=html, etag_key=("print", self.name, entry.content_key()), last_modified=entry.modified)

    def doc_text_blocks(self, entry) -> list[str]:
        return document_text_blocks(entry)


def document_text_blocks(entry) -> list[str]:
    """A document's text as a law portal shows it in full, one block per line: state header
    (left column, then right), number and place/date lines, title lines, body, "Nơi nhận:"
    and recipients, signature lines, "(Đã ký)" and the signer."""
    from ..chrome import block_text
    it = entry.item
    h = it["header"]
    out = list(h["left"]) + list(h["right"])
    if h.get("number_line"):
        out.append(h["number_line"])
    if h.get("place_date"):
        out.append(h["place_date"])
    out += list(it["doc_title"]) + [block_text(b) for b in entry.body]
    if it.get("recipients"):
        out += ["Nơi nhận:"] + list(it["recipients"])
    out += list(it["sign"]) + ["(Đã ký)", it["signer_name"]]
    return [b for b in out if b]

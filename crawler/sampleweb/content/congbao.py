"""Công báo-style government gazette (6 documents, 1 pending), new documents announced by RSS.

Pages carry a short summary; the text is in the PDF attachment the sample web generates.
Two documents are also on other families: 30/2020/NĐ-CP (lawnet) and 123/2020/NĐ-CP
(vbpl, with the very same PDF file).  Document ids, posting times and the "Số công báo"
values are invented for the sample.
"""
import copy
import re

from ..util import fold
from . import lawnet as _lawnet
from .lawdocs import MOTTO, doc

SITE = {
    "name": "Công báo nước Cộng hòa xã hội chủ nghĩa Việt Nam (mẫu)",
    "brand": "CÔNG BÁO",
    "address": "Văn phòng Chính phủ (mẫu), số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội",
    "phone": "080.44417",
    "email": "congbao@congbao.sample",
}

UPDATES = [
    "Đính chính ngày {date}: sửa lỗi chính tả tại phần trích yếu.",
    "Cập nhật lúc {time} ngày {date}: bổ sung bản Word của văn bản.",
]


def _nd30() -> dict:
    """Nghị định 30/2020/NĐ-CP as the gazette shows it (facts from the lawnet record)."""
    src = copy.deepcopy(next(a for a in _lawnet.ARTICLES if a["key"] == "nd-30-2020-nd-cp"))
    meta = src["meta"]
    return {
        "key": "nd-30-2020-nd-cp", "author": None,
        "title": "Nghị định về công tác văn thư", "doc_name": "Nghị định về công tác văn thư",
        "meta": {"number": meta["number"], "type": meta["type"], "issuer": meta["issuer"], "signer": meta["signer"],
                 "signer_title": "Thủ tướng", "issued": meta["issued"], "effective": meta["effective"],
                 "status": meta["status"], "field": "Bộ máy hành chính", "scope": "Toàn quốc",
                 "gazette_number": "425 + 426", "gazette_date": "2020-03-12"},
        "header": {"left": ["CHÍNH PHỦ"], "right": MOTTO, "number_line": src["header"]["number_line"],
                   "place_date": src["header"]["place_date"]},
        "doc_title": src["doc_title"],
        "summary": [
            "Nghị định quy định về công tác văn thư và quản lý nhà nước về công tác văn thư, áp dụng đối với cơ quan, tổ chức nhà nước và doanh nghiệp nhà nước.",
            "Các phụ lục kèm theo Nghị định hướng dẫn thể thức, kỹ thuật trình bày văn bản hành chính và bản sao văn bản, chữ viết tắt tên loại văn bản và mẫu sổ đăng ký văn bản.",
            "Nghị định có hiệu lực thi hành kể từ ngày ký ban hành và thay thế Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 và Nghị định số 09/2010/NĐ-CP ngày 08 tháng 02 năm 2010 của Chính phủ. Toàn văn văn bản được đăng trong tệp đính kèm.",
        ],
        "body": src["body"],
        "recipients": src["recipients"],
        "sign": src["sign"],
        "signer_name": src["signer_name"],
    }


def _gz(number: str, date: str) -> dict:
    return {"gazette_number": number, "gazette_date": date}


def gazette_title(item: dict) -> str:
    """'Nghị định số 13/2023/NĐ-CP ngày 17/04/2023 của Chính phủ về bảo vệ dữ liệu cá nhân'."""
    meta = item["meta"]
    name = item.get("doc_name") or item["title"]
    subject = name[len(meta["type"]):].strip() if name.startswith(meta["type"]) else name
    y, m, d = meta["issued"].split("-")
    return f"{meta['type']} số {meta['number']} ngày {d}/{m}/{y} của {meta['issuer']} {subject}"


def _gazette(item: dict) -> dict:
    item.setdefault("doc_name", item["title"])
    item["title"] = gazette_title(item)
    item["pdf"] = "-".join(re.findall(r"[A-Za-z0-9]+", fold(item["meta"]["number"]))) + ".signed.pdf"
    return item


_RAW_ARTICLES = [
    dict(_nd30(), id=36114, date="2020-03-12 08:00:00"),
    doc("nd-123-2020-nd-cp", id=37820, date="2020-10-30 08:00:00"),
    doc("qd-06-qd-ttg-2022", id=40102, date="2022-01-10 08:00:00", meta=_gz("61 + 62", "2022-01-10")),
    doc("nd-13-2023-nd-cp", id=42877, date="2023-04-24 08:00:00", meta=_gz("671 + 672", "2023-04-24")),
    doc("luat-43-2024-qh15", id=45210, date="2024-07-10 08:00:00", meta=_gz("851 + 852", "2024-07-10")),
    doc("nd-70-2025-nd-cp", id=48655, date="2025-03-28 08:00:00", meta=_gz("431 + 432", "2025-03-28")),
]

ARTICLES = [_gazette(item) for item in _RAW_ARTICLES]

PENDING = [
    # backdated: the gazette issue of 05/08/2024 is announced late and sorts below newer items
    _gazette(doc("nd-102-2024-nd-cp", id=45388, date="2024-08-05 08:00:00", meta=_gz("917 + 918", "2024-08-05"))),
]

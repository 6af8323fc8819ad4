"""vbpl.vn-style national legal database, legacy SharePoint look (11 documents, 1 pending).

Documents come from :mod:`.lawdocs`; here each gets its ItemID, the scope folder it lives
under (``TW`` for central documents, ``botaichinh`` for the Ministry of Finance circular, as
on the old vbpl.vn) and the time the portal posted it.  ItemIDs 32801 and 96172 are the
ones vbpl.vn used; the others are invented for the sample.
"""
from .lawdocs import doc

SITE = {
    "name": "Cơ sở dữ liệu quốc gia về văn bản pháp luật (mẫu)",
    "brand": "CƠ SỞ DỮ LIỆU QUỐC GIA VỀ VĂN BẢN PHÁP LUẬT",
    "address": "Bộ Tư pháp (mẫu), số 60 Trần Phú, Ba Đình, Hà Nội",
    "phone": "024.6273.9322",
    "email": "csdl@vbpl.sample",
}

UPDATES = [
    "Văn bản được cập nhật vào cơ sở dữ liệu ngày {date}.",
    "Cập nhật lúc {time} ngày {date}: bổ sung tệp đính kèm.",
]

ARTICLES = [
    doc("hien-phap-2013", id=32801, date="2013-12-30 09:00:00", scope_path="TW"),
    doc("luat-45-2013-qh13", id=32831, date="2013-12-20 10:00:00", scope_path="TW"),
    doc("nd-43-2014-nd-cp", id=35040, date="2014-05-26 15:00:00", scope_path="TW"),
    doc("luat-80-2015-qh13", id=70800, date="2015-07-06 08:30:00", scope_path="TW"),
    doc("bl-101-2015-qh13", id=96172, date="2015-12-10 14:00:00", scope_path="TW", pdf="101.2015.QH13.pdf"),
    doc("nd-34-2016-nd-cp", id=102870, date="2016-05-20 09:15:00", scope_path="TW"),
    doc("luat-63-2020-qh14", id=143730, date="2020-07-02 10:45:00", scope_path="TW"),
    doc("nd-123-2020-nd-cp", id=144912, date="2020-10-26 16:20:00", scope_path="TW", pdf="123.2020.ND.CP.pdf"),
    doc("nd-154-2020-nd-cp", id=146051, date="2021-01-08 08:10:00", scope_path="TW"),
    doc("tt-78-2021-tt-btc", id=150301, date="2021-09-27 11:00:00", scope_path="botaichinh"),
    doc("luat-31-2024-qh15", id=163905, date="2024-01-25 09:30:00", scope_path="TW"),
]

PENDING = [
    doc("luat-64-2025-qh15", id=171020, date=None, scope_path="TW"),
]

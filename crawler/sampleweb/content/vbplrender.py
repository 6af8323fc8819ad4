"""The JavaScript-rendered twin of vbpl: the same documents, ids and dates (11 + 1 pending).

Only the listing is rendered in the browser (from a JSON endpoint); document pages are
plain HTML in the look of the rebuilt vbpl.vn.
"""
import copy

from . import vbpl as _vbpl

SITE = {
    "name": "Cơ sở dữ liệu quốc gia về văn bản pháp luật — giao diện mới (mẫu)",
    "brand": "VBPL",
    "address": _vbpl.SITE["address"],
    "phone": "024.6273.9323",
    "email": "hotro@vbpl-moi.sample",
}

UPDATES = list(_vbpl.UPDATES)
ARTICLES = copy.deepcopy(_vbpl.ARTICLES)
PENDING = copy.deepcopy(_vbpl.PENDING)

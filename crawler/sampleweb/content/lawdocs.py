"""National legal documents shared by the law-portal families (vbpl, vbplrender, congbao).

One record per real document: its number, type, issuer, signer, dates and status are the
public facts; the body is a short rendition in our own words (the opening "Căn cứ" lines,
the scope article and the entry-into-force clause), not the official text.  A family
takes a record with :func:`doc` and adds what is its own: the portal id, the date the
portal posted it, the gazette fields it prints, the attachment file name.

Facts taken from public records: numbers, titles, issue and effective dates, issuers,
signers, the National Assembly session that passed each law, and what each document
amends, replaces or implements.  The vbpl ItemIDs 32801 (Hiến pháp 2013) and 96172
(101/2015/QH13) and the gazette references of those two come from saved vbpl.vn pages;
the other portal ids, posting times and every other "Số công báo" / "Ngày công báo" value
are invented for the sample.
"""
from __future__ import annotations

import copy

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
_QH = {"left": ["QUỐC HỘI"], "right": MOTTO}
_CP = {"left": ["CHÍNH PHỦ"], "right": MOTTO}
_TTG = {"left": ["THỦ TƯỚNG CHÍNH PHỦ"], "right": MOTTO}
_BTC = {"left": ["BỘ TÀI CHÍNH"], "right": MOTTO}

_CP_RECIPIENTS = ["- Ban Bí thư Trung ương Đảng;", "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
                  "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
                  "- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;",
                  "- Văn phòng Trung ương và các Ban của Đảng;", "- Lưu: VT."]
_CP_SIGN = ["TM. CHÍNH PHỦ", "THỦ TƯỚNG"]
_CP_SIGN_DEPUTY = ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"]
_QH_SIGN = ["CHỦ TỊCH QUỐC HỘI"]


def _meta(number, type_, issuer, signer, signer_title, issued, effective, status, field,
          gazette_number="", gazette_date=""):
    return {"number": number, "type": type_, "issuer": issuer, "signer": signer, "signer_title": signer_title,
            "issued": issued, "effective": effective, "status": status, "field": field, "scope": "Toàn quốc",
            "gazette_number": gazette_number, "gazette_date": gazette_date}


DOCS: dict[str, dict] = {
    # ------------------------------------------------------------------ constitution ("Không số")
    "hien-phap-2013": {
        "title": "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "list_title": "Hiến pháp năm 2013",
        "meta": _meta("Không số", "Hiến pháp", "Quốc hội", "Nguyễn Sinh Hùng", "Chủ tịch Quốc hội",
                      "2013-11-28", "2014-01-01", "Còn hiệu lực", "Bộ máy nhà nước",
                      gazette_number="1003+1004", gazette_date="2013-12-29"),
        "header": dict(_QH, number_line=None, place_date=None),
        "doc_title": ["HIẾN PHÁP", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        "summary": [
            "Hiến pháp năm 2013 được Quốc hội khóa XIII thông qua tại kỳ họp thứ 6 ngày 28 tháng 11 năm 2013 và có hiệu lực từ ngày 01 tháng 01 năm 2014.",
            "Hiến pháp gồm Lời nói đầu và 11 chương, quy định chế độ chính trị, quyền con người, quyền và nghĩa vụ cơ bản của công dân, tổ chức bộ máy nhà nước và việc sửa đổi Hiến pháp.",
        ],
        "body": [
            ("h", "LỜI NÓI ĐẦU"),
            "Lời nói đầu ghi nhận truyền thống dựng nước và giữ nước hàng nghìn năm của Nhân dân Việt Nam, những thắng lợi của cách mạng dưới sự lãnh đạo của Đảng Cộng sản Việt Nam và khẳng định việc thể chế hóa Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội.",
            ("h", "Chương I. CHẾ ĐỘ CHÍNH TRỊ"),
            "Chương I khẳng định Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập, có chủ quyền, thống nhất và toàn vẹn lãnh thổ; quyền lực nhà nước là thống nhất, có sự phân công, phối hợp và kiểm soát giữa các cơ quan nhà nước trong việc thực hiện các quyền lập pháp, hành pháp, tư pháp.",
            ("h", "Chương II. QUYỀN CON NGƯỜI, QUYỀN VÀ NGHĨA VỤ CƠ BẢN CỦA CÔNG DÂN"),
            "Quyền con người, quyền công dân được công nhận, tôn trọng, bảo vệ và bảo đảm; chúng chỉ có thể bị hạn chế bằng luật trong trường hợp cần thiết vì lý do quốc phòng, an ninh quốc gia, trật tự, an toàn xã hội, đạo đức xã hội và sức khỏe của cộng đồng.",
            "Các chương tiếp theo quy định về kinh tế, xã hội, văn hóa, giáo dục, khoa học, công nghệ và môi trường; bảo vệ Tổ quốc; Quốc hội, Chủ tịch nước, Chính phủ, Tòa án nhân dân, Viện kiểm sát nhân dân; chính quyền địa phương; Hội đồng bầu cử quốc gia và Kiểm toán nhà nước.",
            ("h", "Chương XI. HIỆU LỰC CỦA HIẾN PHÁP VÀ VIỆC SỬA ĐỔI HIẾN PHÁP"),
            "Hiến pháp này có hiệu lực từ ngày 01 tháng 01 năm 2014; việc thi hành Hiến pháp do Quốc hội quy định.",
            "Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 6 thông qua ngày 28 tháng 11 năm 2013.",
        ],
        "recipients": [],
        "sign": _QH_SIGN,
        "signer_name": "Nguyễn Sinh Hùng",
    },
    # ------------------------------------------------------------------ law-making law, its amendment, decrees
    "luat-80-2015-qh13": {
        "title": "Luật Ban hành văn bản quy phạm pháp luật",
        "meta": _meta("80/2015/QH13", "Luật", "Quốc hội", "Nguyễn Sinh Hùng", "Chủ tịch Quốc hội",
                      "2015-06-22", "2016-07-01", "Còn hiệu lực", "Bộ máy nhà nước"),
        "header": dict(_QH, number_line="Luật số: 80/2015/QH13", place_date=None),
        "doc_title": ["LUẬT", "BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT"],
        "summary": [
            "Luật quy định nguyên tắc, thẩm quyền, hình thức, trình tự, thủ tục xây dựng và ban hành văn bản quy phạm pháp luật của các cơ quan nhà nước ở trung ương và địa phương.",
        ],
        "body": [
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "Quốc hội ban hành Luật Ban hành văn bản quy phạm pháp luật.",
            ("h", "Chương I. NHỮNG QUY ĐỊNH CHUNG"),
            ("h", "Điều 1. Phạm vi điều chỉnh"),
            "Luật này quy định nguyên tắc, thẩm quyền, hình thức, trình tự, thủ tục xây dựng và ban hành văn bản quy phạm pháp luật, cùng trách nhiệm của cơ quan, tổ chức, cá nhân trong công việc đó.",
            ("h", "Điều 4. Hệ thống văn bản quy phạm pháp luật"),
            "Hệ thống văn bản quy phạm pháp luật gồm Hiến pháp; bộ luật, luật, nghị quyết của Quốc hội; pháp lệnh, nghị quyết của Ủy ban thường vụ Quốc hội; lệnh, quyết định của Chủ tịch nước; nghị định của Chính phủ; quyết định của Thủ tướng Chính phủ; thông tư của Bộ trưởng, Thủ trưởng cơ quan ngang bộ; nghị quyết của Hội đồng nhân dân và quyết định của Ủy ban nhân dân các cấp.",
            ("h", "Chương XVI. ĐIỀU KHOẢN THI HÀNH"),
            "Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016. Luật ban hành văn bản quy phạm pháp luật số 17/2008/QH12 và Luật ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân số 31/2004/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
            "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 9 thông qua ngày 22 tháng 6 năm 2015.",
        ],
        "recipients": [],
        "sign": _QH_SIGN,
        "signer_name": "Nguyễn Sinh Hùng",
    },
    "luat-63-2020-qh14": {
        "title": "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật",
        "meta": _meta("63/2020/QH14", "Luật", "Quốc hội", "Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội",
                      "2020-06-18", "2021-01-01", "Còn hiệu lực", "Bộ máy nhà nước"),
        "header": dict(_QH, number_line="Luật số: 63/2020/QH14", place_date=None),
        "doc_title": ["LUẬT", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT"],
        "summary": [
            "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.",
        ],
        "body": [
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật.",
            ("h", "Điều 1"),
            "Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13: làm rõ thẩm quyền quy định chi tiết, bổ sung các trường hợp xây dựng, ban hành văn bản theo trình tự, thủ tục rút gọn và hoàn thiện quy định về đánh giá tác động của chính sách.",
            ("h", "Điều 2"),
            "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.",
            "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 9 thông qua ngày 18 tháng 6 năm 2020.",
        ],
        "recipients": [],
        "sign": _QH_SIGN,
        "signer_name": "Nguyễn Thị Kim Ngân",
    },
    "luat-64-2025-qh15": {
        "title": "Luật Ban hành văn bản quy phạm pháp luật",
        "meta": _meta("64/2025/QH15", "Luật", "Quốc hội", "Trần Thanh Mẫn", "Chủ tịch Quốc hội",
                      "2025-02-19", "2025-04-01", "Còn hiệu lực", "Bộ máy nhà nước"),
        "header": dict(_QH, number_line="Luật số: 64/2025/QH15", place_date=None),
        "doc_title": ["LUẬT", "BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT"],
        "summary": [
            "Luật Ban hành văn bản quy phạm pháp luật năm 2025 thay thế Luật số 80/2015/QH13 và có hiệu lực thi hành từ ngày 01 tháng 4 năm 2025.",
        ],
        "body": [
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "Quốc hội ban hành Luật Ban hành văn bản quy phạm pháp luật.",
            ("h", "Điều 1. Phạm vi điều chỉnh"),
            "Luật này quy định việc xây dựng, ban hành và tổ chức thi hành văn bản quy phạm pháp luật; việc kiểm tra, giám sát, xử lý văn bản và các nguồn lực bảo đảm cho công tác xây dựng, thi hành pháp luật.",
            ("h", "Hiệu lực thi hành"),
            "Luật này có hiệu lực thi hành từ ngày 01 tháng 4 năm 2025.",
            "Luật này thay thế Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 và Luật số 63/2020/QH14 sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật.",
            "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp bất thường lần thứ 9 thông qua ngày 19 tháng 02 năm 2025.",
        ],
        "recipients": [],
        "sign": _QH_SIGN,
        "signer_name": "Trần Thanh Mẫn",
    },
    "nd-34-2016-nd-cp": {
        "title": "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật",
        "meta": _meta("34/2016/NĐ-CP", "Nghị định", "Chính phủ", "Nguyễn Xuân Phúc", "Thủ tướng",
                      "2016-05-14", "2016-07-01", "Còn hiệu lực", "Bộ máy nhà nước"),
        "header": dict(_CP, number_line="Số: 34/2016/NĐ-CP", place_date="Hà Nội, ngày 14 tháng 5 năm 2016"),
        "doc_title": ["NGHỊ ĐỊNH", "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH LUẬT BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT"],
        "summary": [
            "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13.",
        ],
        "body": [
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
            "Theo đề nghị của Bộ trưởng Bộ Tư pháp;",
            "Chính phủ ban hành Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật.",
            ("h", "Điều 1. Phạm vi điều chỉnh"),
            "Nghị định này quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, gồm việc lấy ý kiến, thẩm định, thẩm tra dự thảo; thể thức và kỹ thuật trình bày văn bản; dịch văn bản ra tiếng dân tộc thiểu số, tiếng nước ngoài; rà soát và hệ thống hóa văn bản.",
            ("h", "Điều khoản thi hành"),
            "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016.",
            "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./.",
        ],
        "recipients": _CP_RECIPIENTS,
        "sign": _CP_SIGN,
        "signer_name": "Nguyễn Xuân Phúc",
    },
    "nd-154-2020-nd-cp": {
        "title": "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật",
        "meta": _meta("154/2020/NĐ-CP", "Nghị định", "Chính phủ", "Nguyễn Xuân Phúc", "Thủ tướng",
                      "2020-12-31", "2021-01-01", "Còn hiệu lực", "Bộ máy nhà nước"),
        "header": dict(_CP, number_line="Số: 154/2020/NĐ-CP", place_date="Hà Nội, ngày 31 tháng 12 năm 2020"),
        "doc_title": ["NGHỊ ĐỊNH", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 34/2016/NĐ-CP NGÀY 14 THÁNG 5 NĂM 2016 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH LUẬT BAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT"],
        "summary": [
            "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP cho phù hợp với Luật số 63/2020/QH14.",
        ],
        "body": [
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015 và Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;",
            "Theo đề nghị của Bộ trưởng Bộ Tư pháp;",
            "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật.",
            ("h", "Điều 1."),
            "Sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ: cập nhật quy định về xây dựng, ban hành văn bản theo trình tự, thủ tục rút gọn, về thẩm định dự thảo và về thể thức, kỹ thuật trình bày văn bản.",
            ("h", "Điều 2."),
            "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.",
            "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./.",
        ],
        "recipients": _CP_RECIPIENTS,
        "sign": _CP_SIGN,
        "signer_name": "Nguyễn Xuân Phúc",
    },
    # ------------------------------------------------------------------ criminal procedure code
    "bl-101-2015-qh13": {
        "title": "Bộ luật Tố tụng hình sự",
        "meta": _meta("101/2015/QH13", "Bộ luật", "Quốc hội", "Nguyễn Sinh Hùng", "Chủ tịch Quốc hội",
                      "2015-11-27", "2018-01-01", "Còn hiệu lực", "Hình sự",
                      gazette_number="1271 đến 1276", gazette_date="2015-12-31"),
        "header": dict(_QH, number_line="Bộ luật số: 101/2015/QH13", place_date=None),
        "doc_title": ["BỘ LUẬT", "TỐ TỤNG HÌNH SỰ"],
        "summary": [
            "Bộ luật Tố tụng hình sự năm 2015 được thông qua ngày 27 tháng 11 năm 2015 và có hiệu lực thi hành từ ngày 01 tháng 01 năm 2018.",
        ],
        "body": [
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "Quốc hội ban hành Bộ luật Tố tụng hình sự.",
            ("h", "Điều 1. Phạm vi điều chỉnh của Bộ luật Tố tụng hình sự"),
            "Bộ luật quy định trình tự, thủ tục tiếp nhận, giải quyết nguồn tin về tội phạm, khởi tố, điều tra, truy tố, xét xử và một số thủ tục thi hành án hình sự; nhiệm vụ, quyền hạn và quan hệ giữa các cơ quan có thẩm quyền tiến hành tố tụng; quyền và nghĩa vụ của người tham gia tố tụng.",
            ("h", "Điều 2. Nhiệm vụ của Bộ luật Tố tụng hình sự"),
            "Bộ luật có nhiệm vụ bảo đảm phát hiện chính xác, xử lý công minh và kịp thời mọi hành vi phạm tội, không để lọt tội phạm, không làm oan người vô tội; góp phần bảo vệ công lý, quyền con người và quyền công dân.",
            "Bộ luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 10 thông qua ngày 27 tháng 11 năm 2015.",
        ],
        "recipients": [],
        "sign": _QH_SIGN,
        "signer_name": "Nguyễn Sinh Hùng",
    },
    # ------------------------------------------------------------------ land law 2013 / 2024 and their decrees
    "luat-45-2013-qh13": {
        "title": "Luật Đất đai",
        "list_title": "Luật Đất đai năm 2013",
        "meta": _meta("45/2013/QH13", "Luật", "Quốc hội", "Nguyễn Sinh Hùng", "Chủ tịch Quốc hội",
                      "2013-11-29", "2014-07-01", "Còn hiệu lực", "Đất đai"),
        "header": dict(_QH, number_line="Luật số: 45/2013/QH13", place_date=None),
        "doc_title": ["LUẬT", "ĐẤT ĐAI"],
        "summary": [
            "Luật Đất đai năm 2013 quy định chế độ sở hữu, quản lý và sử dụng đất đai, có hiệu lực thi hành từ ngày 01 tháng 7 năm 2014.",
        ],
        "body": [
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "Quốc hội ban hành Luật Đất đai.",
            ("h", "Điều 1. Phạm vi điều chỉnh"),
            "Luật quy định chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước với vai trò đại diện chủ sở hữu toàn dân về đất đai, việc quản lý, sử dụng đất và quyền, nghĩa vụ của người sử dụng đất trên lãnh thổ Việt Nam.",
            ("h", "Điều 212. Hiệu lực thi hành"),
            "Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2014. Luật Đất đai số 13/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
            "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 6 thông qua ngày 29 tháng 11 năm 2013.",
        ],
        "recipients": [],
        "sign": _QH_SIGN,
        "signer_name": "Nguyễn Sinh Hùng",
    },
    "nd-43-2014-nd-cp": {
        "title": "Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai",
        "meta": _meta("43/2014/NĐ-CP", "Nghị định", "Chính phủ", "Nguyễn Tấn Dũng", "Thủ tướng",
                      "2014-05-15", "2014-07-01", "Còn hiệu lực", "Đất đai"),
        "header": dict(_CP, number_line="Số: 43/2014/NĐ-CP", place_date="Hà Nội, ngày 15 tháng 5 năm 2014"),
        "doc_title": ["NGHỊ ĐỊNH", "QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI"],
        "summary": [
            "Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai số 45/2013/QH13, có hiệu lực từ ngày 01 tháng 7 năm 2014.",
        ],
        "body": [
            "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
            "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
            "Theo đề nghị của Bộ trưởng Bộ Tài nguyên và Môi trường,",
            "Chính phủ ban hành Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai.",
            ("h", "Điều 1. Phạm vi điều chỉnh"),
            "Nghị định này quy định chi tiết thi hành một số điều, khoản của Luật Đất đai số 45/2013/QH13 về quản lý nhà nước về đất đai, điều tra cơ bản, quy hoạch và kế hoạch sử dụng đất, giao đất, cho thuê đất, chuyển mục đích sử dụng đất, đăng ký đất đai và cấp Giấy chứng nhận.",
            ("h", "Điều khoản thi hành"),
            "Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2014.",
            "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các cấp chịu trách nhiệm thi hành Nghị định này./.",
        ],
        "recipients": _CP_RECIPIENTS,
        "sign": _CP_SIGN,
        "signer_name": "Nguyễn Tấn Dũng",
    },
    "luat-31-2024-qh15": {
        "title": "Luật Đất đai",
        "list_title": "Luật Đất đai năm 2024",
        "meta": _meta("31/2024/QH15", "Luật", "Quốc hội", "Vương Đình Huệ", "Chủ tịch Quốc hội",
                      "2024-01-18", "2025-01-01", "Chưa có hiệu lực", "Đất đai"),
        "header": dict(_QH, number_line="Luật số: 31/2024/QH15", place_date=None),
        "doc_title": ["LUẬT", "ĐẤT ĐAI"],
        "summary": [
            "Luật Đất đai năm 2024 được Quốc hội khóa XV thông qua tại kỳ họp bất thường lần thứ 5 ngày 18 tháng 01 năm 2024.",
        ],
        "body": [
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "Quốc hội ban hành Luật Đất đai.",
            ("h", "Điều 1. Phạm vi điều chỉnh"),
            "Luật quy định chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước đại diện chủ sở hữu toàn dân về đất đai và thống nhất quản lý về đất đai; chế độ quản lý, sử dụng đất; quyền và nghĩa vụ của công dân và người sử dụng đất đối với đất đai thuộc lãnh thổ Việt Nam.",
            ("h", "Hiệu lực thi hành"),
            "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025, trừ một số điều, khoản có hiệu lực sớm hơn theo quy định của Luật.",
            "Luật Đất đai số 45/2013/QH13 đã được sửa đổi, bổ sung một số điều theo các luật có liên quan hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
            "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp bất thường lần thứ 5 thông qua ngày 18 tháng 01 năm 2024.",
        ],
        "recipients": [],
        "sign": _QH_SIGN,
        "signer_name": "Vương Đình Huệ",
    },
    "luat-43-2024-qh15": {
        "title": "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15",
        "meta": _meta("43/2024/QH15", "Luật", "Quốc hội", "Trần Thanh Mẫn", "Chủ tịch Quốc hội",
                      "2024-06-29", "2024-08-01", "Còn hiệu lực", "Đất đai"),
        "header": dict(_QH, number_line="Luật số: 43/2024/QH15", place_date=None),
        "doc_title": ["LUẬT", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI SỐ 31/2024/QH15, LUẬT NHÀ Ở SỐ 27/2023/QH15, LUẬT KINH DOANH BẤT ĐỘNG SẢN SỐ 29/2023/QH15 VÀ LUẬT CÁC TỔ CHỨC TÍN DỤNG SỐ 32/2024/QH15"],
        "summary": [
            "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 về thời điểm có hiệu lực thi hành.",
            "Theo Luật này, Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024, sớm hơn năm tháng so với quy định ban đầu.",
            "Luật có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024. Toàn văn văn bản được đăng trong tệp đính kèm.",
        ],
        "body": [
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
            "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng.",
            "Sửa đổi, bổ sung điều khoản về hiệu lực thi hành của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật Kinh doanh bất động sản số 29/2023/QH15 để các luật này có hiệu lực từ ngày 01 tháng 8 năm 2024.",
            "Luật này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024.",
            "Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 7 thông qua ngày 29 tháng 6 năm 2024.",
        ],
        "recipients": [],
        "sign": _QH_SIGN,
        "signer_name": "Trần Thanh Mẫn",
    },
    "nd-102-2024-nd-cp": {
        "title": "Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai",
        "meta": _meta("102/2024/NĐ-CP", "Nghị định", "Chính phủ", "Trần Hồng Hà", "Phó Thủ tướng",
                      "2024-07-30", "2024-08-01", "Còn hiệu lực", "Đất đai"),
        "header": dict(_CP, number_line="Số: 102/2024/NĐ-CP", place_date="Hà Nội, ngày 30 tháng 7 năm 2024"),
        "doc_title": ["NGHỊ ĐỊNH", "QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI"],
        "summary": [
            "Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai số 31/2024/QH15 về điều tra cơ bản đất đai, quy hoạch và kế hoạch sử dụng đất, giao đất, cho thuê đất, chuyển mục đích sử dụng đất, thu hồi đất và hệ thống thông tin đất đai.",
            "Nghị định có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024 và thay thế Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai.",
            "Toàn văn văn bản được đăng trong tệp đính kèm.",
        ],
        "body": [
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
            "Theo đề nghị của Bộ trưởng Bộ Tài nguyên và Môi trường;",
            "Chính phủ ban hành Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai.",
            "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024 và thay thế Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ.",
        ],
        "recipients": _CP_RECIPIENTS,
        "sign": _CP_SIGN_DEPUTY,
        "signer_name": "Trần Hồng Hà",
    },
    # ------------------------------------------------------------------ invoices: decree, circular, amending decree
    "nd-123-2020-nd-cp": {
        "title": "Nghị định quy định về hóa đơn, chứng từ",
        "meta": _meta("123/2020/NĐ-CP", "Nghị định", "Chính phủ", "Nguyễn Xuân Phúc", "Thủ tướng",
                      "2020-10-19", "2022-07-01", "Còn hiệu lực", "Thuế - Phí - Lệ phí",
                      gazette_number="1027 + 1028", gazette_date="2020-10-30"),
        "header": dict(_CP, number_line="Số: 123/2020/NĐ-CP", place_date="Hà Nội, ngày 19 tháng 10 năm 2020"),
        "doc_title": ["NGHỊ ĐỊNH", "QUY ĐỊNH VỀ HÓA ĐƠN, CHỨNG TỪ"],
        "summary": [
            "Nghị định quy định việc quản lý, sử dụng hóa đơn khi bán hàng hóa, cung cấp dịch vụ và việc quản lý, sử dụng chứng từ khi thực hiện thủ tục về thuế, thu phí, lệ phí.",
            "Nghị định có hiệu lực thi hành từ ngày 01 tháng 7 năm 2022; cơ quan, tổ chức, cá nhân đáp ứng điều kiện về hạ tầng công nghệ thông tin được khuyến khích áp dụng sớm hơn. Toàn văn văn bản được đăng trong tệp đính kèm.",
        ],
        "body": [
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;",
            "Căn cứ Luật Kế toán ngày 20 tháng 11 năm 2015;",
            "Theo đề nghị của Bộ trưởng Bộ Tài chính;",
            "Chính phủ ban hành Nghị định quy định về hóa đơn, chứng từ.",
            ("h", "Điều 1. Phạm vi điều chỉnh"),
            "Nghị định này quy định việc quản lý, sử dụng hóa đơn khi bán hàng hóa, cung cấp dịch vụ; việc quản lý, sử dụng chứng từ khi thực hiện thủ tục về thuế, thu phí, lệ phí; và nhiệm vụ, quyền hạn của cơ quan quản lý thuế trong quản lý hóa đơn, chứng từ.",
            ("h", "Hiệu lực thi hành"),
            "Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2022; khuyến khích cơ quan, tổ chức, cá nhân đáp ứng điều kiện về hạ tầng công nghệ thông tin áp dụng trước ngày 01 tháng 7 năm 2022.",
            "Nghị định số 51/2010/NĐ-CP ngày 14 tháng 5 năm 2010 và Nghị định số 04/2014/NĐ-CP ngày 17 tháng 01 năm 2014 của Chính phủ quy định về hóa đơn bán hàng hóa, cung ứng dịch vụ hết hiệu lực kể từ ngày 01 tháng 7 năm 2022.",
        ],
        "recipients": _CP_RECIPIENTS,
        "sign": _CP_SIGN,
        "signer_name": "Nguyễn Xuân Phúc",
    },
    "tt-78-2021-tt-btc": {
        "title": "Thông tư hướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13 tháng 6 năm 2019, Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ",
        "meta": _meta("78/2021/TT-BTC", "Thông tư", "Bộ Tài chính", "Cao Anh Tuấn", "Thứ trưởng",
                      "2021-09-17", "2022-07-01", "Còn hiệu lực", "Thuế - Phí - Lệ phí"),
        "header": dict(_BTC, number_line="Số: 78/2021/TT-BTC", place_date="Hà Nội, ngày 17 tháng 9 năm 2021"),
        "doc_title": ["THÔNG TƯ", "HƯỚNG DẪN THỰC HIỆN MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ THUẾ NGÀY 13 THÁNG 6 NĂM 2019, NGHỊ ĐỊNH SỐ 123/2020/NĐ-CP NGÀY 19 THÁNG 10 NĂM 2020 CỦA CHÍNH PHỦ QUY ĐỊNH VỀ HÓA ĐƠN, CHỨNG TỪ"],
        "summary": [
            "Thông tư hướng dẫn thực hiện một số điều của Nghị định số 123/2020/NĐ-CP về hóa đơn, chứng từ.",
        ],
        "body": [
            "Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;",
            "Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ;",
            "Theo đề nghị của Tổng cục trưởng Tổng cục Thuế;",
            "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn thực hiện một số điều của Luật Quản lý thuế và Nghị định quy định về hóa đơn, chứng từ.",
            ("h", "Điều 1. Phạm vi điều chỉnh"),
            "Thông tư này hướng dẫn thực hiện một số điều của Nghị định số 123/2020/NĐ-CP về ký hiệu mẫu số hóa đơn, ký hiệu hóa đơn và tên liên hóa đơn; thông báo phát hành biên lai; chuyển đổi sang hóa đơn điện tử và xử lý hóa đơn có sai sót.",
            ("h", "Hiệu lực thi hành"),
            "Thông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2022; khuyến khích cơ quan, tổ chức, cá nhân đáp ứng điều kiện về hạ tầng công nghệ thông tin áp dụng trước ngày 01 tháng 7 năm 2022./.",
        ],
        "recipients": ["- Văn phòng Trung ương và các Ban của Đảng;", "- Văn phòng Chính phủ;",
                       "- Cục Thuế các tỉnh, thành phố trực thuộc trung ương;", "- Công báo;", "- Lưu: VT, TCT."],
        "sign": ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"],
        "signer_name": "Cao Anh Tuấn",
    },
    "nd-70-2025-nd-cp": {
        "title": "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ",
        "meta": _meta("70/2025/NĐ-CP", "Nghị định", "Chính phủ", "Hồ Đức Phớc", "Phó Thủ tướng",
                      "2025-03-20", "2025-06-01", "Còn hiệu lực", "Thuế - Phí - Lệ phí"),
        "header": dict(_CP, number_line="Số: 70/2025/NĐ-CP", place_date="Hà Nội, ngày 20 tháng 3 năm 2025"),
        "doc_title": ["NGHỊ ĐỊNH", "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 123/2020/NĐ-CP NGÀY 19 THÁNG 10 NĂM 2020 CỦA CHÍNH PHỦ QUY ĐỊNH VỀ HÓA ĐƠN, CHỨNG TỪ"],
        "summary": [
            "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ, trong đó bổ sung các trường hợp và thời điểm lập hóa đơn đối với một số lĩnh vực và quy định về hóa đơn điện tử khởi tạo từ máy tính tiền.",
            "Nghị định có hiệu lực thi hành từ ngày 01 tháng 6 năm 2025. Toàn văn văn bản được đăng trong tệp đính kèm.",
        ],
        "body": [
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
            "Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;",
            "Theo đề nghị của Bộ trưởng Bộ Tài chính;",
            "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định quy định về hóa đơn, chứng từ.",
            "Sửa đổi, bổ sung một số điều của Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ.",
            "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2025.",
        ],
        "recipients": _CP_RECIPIENTS,
        "sign": _CP_SIGN_DEPUTY,
        "signer_name": "Hồ Đức Phớc",
    },
    # ------------------------------------------------------------------ personal data, population data
    "nd-13-2023-nd-cp": {
        "title": "Nghị định về bảo vệ dữ liệu cá nhân",
        "meta": _meta("13/2023/NĐ-CP", "Nghị định", "Chính phủ", "Trần Lưu Quang", "Phó Thủ tướng",
                      "2023-04-17", "2023-07-01", "Còn hiệu lực", "Công nghệ thông tin"),
        "header": dict(_CP, number_line="Số: 13/2023/NĐ-CP", place_date="Hà Nội, ngày 17 tháng 4 năm 2023"),
        "doc_title": ["NGHỊ ĐỊNH", "BẢO VỆ DỮ LIỆU CÁ NHÂN"],
        "summary": [
            "Nghị định quy định về bảo vệ dữ liệu cá nhân và trách nhiệm bảo vệ dữ liệu cá nhân của cơ quan, tổ chức, cá nhân có liên quan, áp dụng với cơ quan, tổ chức, cá nhân Việt Nam và nước ngoài tham gia hoặc có liên quan đến hoạt động xử lý dữ liệu cá nhân tại Việt Nam.",
            "Nghị định phân biệt dữ liệu cá nhân cơ bản và dữ liệu cá nhân nhạy cảm; quy định quyền của chủ thể dữ liệu, sự đồng ý của chủ thể dữ liệu, việc đánh giá tác động xử lý dữ liệu cá nhân và việc chuyển dữ liệu cá nhân ra nước ngoài.",
            "Nghị định có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023. Toàn văn văn bản được đăng trong tệp đính kèm.",
        ],
        "body": [
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;",
            "Theo đề nghị của Bộ trưởng Bộ Công an;",
            "Chính phủ ban hành Nghị định bảo vệ dữ liệu cá nhân.",
            ("h", "Điều 1. Phạm vi điều chỉnh"),
            "Nghị định này quy định về bảo vệ dữ liệu cá nhân và trách nhiệm bảo vệ dữ liệu cá nhân của cơ quan, tổ chức, cá nhân có liên quan.",
            "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2023.",
        ],
        "recipients": _CP_RECIPIENTS,
        "sign": _CP_SIGN_DEPUTY,
        "signer_name": "Trần Lưu Quang",
    },
    "qd-06-qd-ttg-2022": {
        "title": "Quyết định phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030",
        "meta": _meta("06/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "Vũ Đức Đam", "Phó Thủ tướng",
                      "2022-01-06", "2022-01-06", "Còn hiệu lực", "Công nghệ thông tin"),
        "header": dict(_TTG, number_line="Số: 06/QĐ-TTg", place_date="Hà Nội, ngày 06 tháng 01 năm 2022"),
        "doc_title": ["QUYẾT ĐỊNH", "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ PHỤC VỤ CHUYỂN ĐỔI SỐ QUỐC GIA GIAI ĐOẠN 2022 - 2025, TẦM NHÌN ĐẾN NĂM 2030"],
        "summary": [
            "Quyết định phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06).",
            "Đề án xác định năm nhóm tiện ích cần phát triển: phục vụ giải quyết thủ tục hành chính và dịch vụ công trực tuyến; phát triển kinh tế, xã hội; phát triển công dân số; hoàn thiện hệ sinh thái kết nối, khai thác và làm giàu dữ liệu dân cư; phục vụ chỉ đạo, điều hành của lãnh đạo các cấp.",
            "Bộ Công an là cơ quan thường trực, chủ trì triển khai Đề án. Quyết định có hiệu lực từ ngày ký ban hành.",
        ],
        "body": [
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Theo đề nghị của Bộ trưởng Bộ Công an,",
            "Thủ tướng Chính phủ quyết định phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030.",
            "Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.",
        ],
        "recipients": _CP_RECIPIENTS,
        "sign": ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"],
        "signer_name": "Vũ Đức Đam",
    },
}


def doc(key: str, **family_fields) -> dict:
    """A deep copy of ``DOCS[key]`` as a family item: ``key`` set, ``author`` None, the family's
    own fields (``id``, ``date``, ``scope_path``, ``pdf``, ``gazette`` …) merged in.  A ``meta``
    dict in ``family_fields`` updates the document's meta instead of replacing it."""
    item = copy.deepcopy(DOCS[key])
    meta = family_fields.pop("meta", None)
    if meta:
        item["meta"].update(meta)
    item.update({"key": key, "author": None, "doc_name": item["title"]}, **family_fields)
    return item


def pdf_lines(item: dict) -> list[str]:
    """The text layer of a document's PDF (the gazette print when gazette fields are known)."""
    meta = item["meta"]
    out: list[str] = []
    if meta.get("gazette_number"):
        y, m, d = meta["gazette_date"].split("-")
        out += ["CÔNG BÁO", f"Số {meta['gazette_number']}, ngày {d}/{m}/{y}", ""]
    h = item["header"]
    out += list(h["left"]) + list(h["right"])
    if h.get("number_line"):
        out.append(h["number_line"])
    if h.get("place_date"):
        out.append(h["place_date"])
    out.append("")
    out += list(item["doc_title"])
    out.append("")
    for block in item["body"]:
        out.append(block if isinstance(block, str) else block[1])
    if item.get("recipients"):
        out += ["", "Nơi nhận:"] + list(item["recipients"])
    out += [""] + list(item["sign"]) + [item["signer_name"], "",
                                         "Bản PDF mẫu của vbwatch: nội dung biên soạn lại, không phải bản gốc."]
    return out

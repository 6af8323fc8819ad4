"""Trà Vinh Ban Tuyên giáo site: "Xây dựng Đảng" (6 articles, 1 pending).  Titles are upper case."""

SITE = {
    "name": "Trang tin điện tử Ban Tuyên giáo Tỉnh ủy Trà Vinh",
    "header": "BAN TUYÊN GIÁO TỈNH ỦY TRÀ VINH",
    "footer_title": "WEBSITE BAN TUYÊN GIÁO TỈNH ỦY TRÀ VINH",
    "editor": "Trưởng Ban biên tập: đồng chí Trần Quốc Tuấn",
    "editor_role": "Chức vụ: Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.",
    "credit": "Khi sử dụng lại tin, bài của website này, đề nghị ghi rõ nguồn là \"Trang tin điện tử Ban Tuyên giáo Tỉnh ủy Trà Vinh\".",
    "address": "Số 4 đường Nguyễn Thái Học, Khóm 4, Phường 1, TP. Trà Vinh",
    "phone": "0294.3855.218",
    "email": "bbt@tuyengiao-travinh.sample",
    "visits_base": 8806095,
}

UPDATES = [
    "Cập nhật ngày {date}: Ban Tuyên giáo Tỉnh ủy đề nghị các huyện, thị, thành ủy báo cáo kết quả tuyên truyền trước ngày 25 hằng tháng.",
    "Cập nhật lúc {time} ngày {date}: Đề cương tuyên truyền đã được đăng tải tại mục Tài liệu tuyên truyền.",
]

ARTICLES = [
    {
        "key": "phat-huy-thanh-qua-dai-hoi", "id": 2143, "date": "2021-01-06 08:20:00", "author": "Trần Bình Trọng",
        "title": "PHÁT HUY THÀNH QUẢ ĐẠI HỘI ĐẢNG BỘ CÁC CẤP, HƯỚNG VỀ ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG",
        "teaser": "Đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025 đã thành công; toàn Đảng bộ tỉnh hướng về Đại hội XIII của Đảng.",
        "views": 1264,
        "body": [
            "Đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025 đã được tổ chức thành công theo tinh thần Chỉ thị số 35-CT/TW của Bộ Chính trị, cùng Kế hoạch số 134-KH/TU do Tỉnh ủy ban hành. Đây là nhiệm vụ chính trị trọng tâm và cũng là dịp sinh hoạt chính trị rộng khắp trong Đảng bộ tỉnh. Văn kiện và nhân sự được các cấp ủy chuẩn bị khẩn trương, có bài bản, biết kế thừa kinh nghiệm những kỳ đại hội trước và phát huy vai trò các tiểu ban giúp việc.",
            "Công tác nhân sự, từ cấp ủy, ban thường vụ đến bí thư, phó bí thư, ủy ban kiểm tra và đại biểu dự đại hội cấp trên, được tiến hành dân chủ, công khai, đúng quy trình. Từ ngày 17/02/2020 đến ngày 07/8/2020, đại hội cấp cơ sở và cấp trên cơ sở đã hoàn thành, cơ bản đạt yêu cầu đề ra.",
            "Từ ngày 14 đến ngày 17/10/2020, Đảng bộ tỉnh Trà Vinh tiến hành Đại hội lần thứ XI (nhiệm kỳ 2020 - 2025) theo phương châm “Dân chủ, Đoàn kết, Đổi mới, Bứt phá, Phát triển”. Không khí đại hội trang trọng, các nguyên tắc được bảo đảm, khâu tổ chức an toàn, tiết kiệm; mục đích, yêu cầu do Trung ương và Tỉnh ủy đặt ra đều đạt được.",
            "Từ thực tiễn đại hội các cấp, có thể rút ra một số bài học. Trước hết, phải làm tốt công tác tư tưởng, thông tin, tuyên truyền để cán bộ, đảng viên và Nhân dân hiểu rõ ý nghĩa của đại hội. Cùng với đó, cần quán triệt nghiêm túc Chỉ thị số 35-CT/TW và Kế hoạch số 134-KH/TU; chuẩn bị văn kiện sớm, sát thực tiễn; chuẩn bị nhân sự đúng hướng dẫn, bảo đảm tiêu chuẩn; giữ gìn đoàn kết nội bộ và chủ động giải quyết những vấn đề bức xúc ở cơ sở.",
            "Theo quyết định của Hội nghị Trung ương 14 khóa XII, Đại hội đại biểu toàn quốc lần thứ XIII của Đảng họp tại Hà Nội, từ ngày 25/01 đến ngày 02/02/2021. Để chào đón Đại hội, Ban Thường vụ Tỉnh ủy đề ra năm nhiệm vụ mà các cấp ủy, cán bộ, đảng viên và Nhân dân trong tỉnh cần tập trung làm tốt.",
            "Một là, tuyên truyền rộng rãi trên báo chí, cổng thông tin điện tử và bằng hình thức trực quan về kết quả đại hội đảng bộ các cấp, về Đại hội XI của Đảng bộ tỉnh, cũng như ý nghĩa của Đại hội XIII, kỳ đại hội nhìn lại 5 năm thực hiện Nghị quyết Đại hội XII và 35 năm đổi mới.",
            "Hai là, học tập, quán triệt xong Nghị quyết Đại hội XI của Đảng bộ tỉnh theo Chỉ thị số 01-CT/TU ngày 16 tháng 11 năm 2020 của Ban Thường vụ Tỉnh ủy, để phong trào thi đua sôi nổi ngay từ năm đầu nhiệm kỳ.",
            "Ba là, lo chu đáo để Nhân dân đón Tết Tân Sửu 2021 vui tươi, an toàn, tiết kiệm theo Chỉ thị số 02-CT/TU ngày 25 tháng 12 năm 2020 của Ban Thường vụ Tỉnh ủy; chăm lo gia đình chính sách, hộ nghèo; không lơ là công tác phòng, chống dịch Covid-19 và các biện pháp ứng phó hạn hán, xâm nhập mặn.",
            "Bốn là, lãnh đạo thành công việc bầu đại biểu Quốc hội khóa XV và bầu đại biểu HĐND các cấp, nhiệm kỳ 2021 - 2026, theo Chỉ thị số 45-CT/TW ngày 20 tháng 6 năm 2020 của Bộ Chính trị; cuộc bầu cử phải dân chủ, đúng luật, thật sự là ngày hội của toàn dân.",
            "Năm là, nắm chắc tình hình tư tưởng của cán bộ, đảng viên và Nhân dân; phát huy vai trò Ban Chỉ đạo 35 các cấp trong đấu tranh với thông tin xấu độc trên mạng xã hội trước, trong và sau Đại hội XIII, góp phần bảo vệ nền tảng tư tưởng của Đảng.",
        ],
    },
    {
        "key": "hoc-tap-nghi-quyet-dai-hoi-xiii", "id": 2171, "date": "2021-03-12 14:00:00", "author": "Ngọc Hân",
        "title": "ĐẨY MẠNH HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG ĐẾN CÁN BỘ, ĐẢNG VIÊN",
        "views": 987,
        "body": [
            "Thực hiện Kế hoạch số 03-KH/TU của Ban Thường vụ Tỉnh ủy, từ đầu tháng 3/2021 các cấp ủy trong tỉnh đồng loạt tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
            "Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 05-HD/BTGTU về nội dung, hình thức học tập; biên soạn tài liệu song ngữ Việt - Khmer để phục vụ đồng bào dân tộc Khmer ở các huyện Trà Cú, Cầu Ngang và Tiểu Cần.",
            "Sau học tập, mỗi cán bộ, đảng viên viết bài thu hoạch và xây dựng kế hoạch làm theo gắn với nhiệm vụ chuyên môn của mình.",
        ],
    },
    {
        "key": "bau-cu-quoc-hoi-khoa-xv", "id": 2186, "date": "2021-04-20 09:30:00", "author": "Thạch Sô Phol",
        "title": "LÃNH ĐẠO THÀNH CÔNG CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV VÀ ĐẠI BIỂU HĐND CÁC CẤP",
        "views": 1120,
        "body": [
            "Còn hơn một tháng nữa là đến ngày bầu cử 23/5/2021, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy quán triệt sâu sắc Chỉ thị số 45-CT/TW ngày 20 tháng 6 năm 2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026.",
            "Theo Kế hoạch số 06-KH/TU, công tác tuyên truyền phải đến với từng hộ gia đình, nhất là ở vùng đồng bào dân tộc thiểu số và vùng ven biển; danh sách cử tri phải được niêm yết đúng thời gian quy định.",
            "Lực lượng công an, quân sự xây dựng phương án bảo đảm an ninh, trật tự tại các tổ bầu cử, sẵn sàng xử lý các tình huống phát sinh.",
        ],
    },
    {
        "key": "bao-ve-nen-tang-tu-tuong", "id": 2204, "date": "2021-06-28 16:45:00", "author": "Ngọc Hân",
        "title": "BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG TRÊN KHÔNG GIAN MẠNG",
        "views": 842,
        "body": [
            "Sau gần ba năm thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch, Ban Chỉ đạo 35 tỉnh đã từng bước kiện toàn lực lượng nòng cốt ở các huyện, thị xã, thành phố.",
            "Nhiều trang mạng xã hội của các cơ quan, đoàn thể được lập ra để lan tỏa thông tin chính thống, kịp thời bác bỏ tin giả, nhất là tin đồn thất thiệt về công tác phòng, chống dịch bệnh.",
            "Thời gian tới, Ban Tuyên giáo Tỉnh ủy sẽ tập huấn kỹ năng cho lực lượng nòng cốt và phối hợp với cơ quan báo chí mở chuyên mục phản bác quan điểm sai trái.",
        ],
    },
    {
        "key": "chat-luong-sinh-hoat-chi-bo", "id": 2231, "date": "2021-09-15 10:10:00", "author": "Kim Thoa",
        "title": "NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ TRONG TÌNH HÌNH MỚI",
        "views": 765,
        "body": [
            "Thực hiện Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ, nhiều chi bộ trong tỉnh đã đổi mới cách chuẩn bị nội dung, dành thời gian thảo luận những vấn đề thiết thực ở địa phương.",
            "Trong bối cảnh dịch bệnh, một số chi bộ chuyển sang sinh hoạt trực tuyến nhưng vẫn bảo đảm nguyên tắc, tính lãnh đạo và tính chiến đấu.",
            "Ban Tổ chức Tỉnh ủy đề nghị mỗi quý các chi bộ tổ chức ít nhất một buổi sinh hoạt chuyên đề và công khai kết quả thực hiện nghị quyết chi bộ.",
        ],
    },
    {
        "key": "trien-khai-ket-luan-21", "id": 2258, "date": "2021-12-10 15:00:00", "author": "Thạch Sô Phol",
        "title": "TRIỂN KHAI KẾT LUẬN 21-KL/TW VỀ XÂY DỰNG, CHỈNH ĐỐN ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ",
        "views": 903,
        "body": [
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 40-KH/TU thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.",
            "Kế hoạch yêu cầu kiên quyết ngăn chặn và đẩy lùi tình trạng sa sút về tư tưởng chính trị, đạo đức, lối sống cùng các biểu hiện “tự diễn biến”, “tự chuyển hóa” trong Đảng, đồng thời đề cao trách nhiệm nêu gương của người đứng đầu.",
            "Các cấp ủy phải hoàn thành việc quán triệt Kết luận trong quý I/2022 và đưa nội dung này vào kiểm điểm cuối năm.",
        ],
    },
]

PENDING = [
    {
        "key": "quan-triet-nq43", "id": 2290, "date": None, "author": "Trần Bình Trọng",
        "title": "QUÁN TRIỆT NGHỊ QUYẾT 43-NQ/TW VỀ PHÁT HUY SỨC MẠNH ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC",
        "views": 1,
        "body": [
            "Ban Thường vụ Tỉnh ủy ban hành Chương trình số 98-CTr/TU thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Hội nghị Trung ương 8 khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc.",
            "Chương trình chú trọng củng cố khối đoàn kết giữa đồng bào Kinh, Khmer và Hoa trên địa bàn, phát huy vai trò của người có uy tín và chức sắc tôn giáo.",
        ],
    },
]

"""Bình Định party portal: "Hoạt động của lãnh đạo tỉnh" (8 articles, 1 pending)."""

SITE = {
    "name": "Trang thông tin điện tử Đảng bộ tỉnh Bình Định",
    "welcome": "ĐẢNG BỘ TỈNH BÌNH ĐỊNH KÍNH CHÀO QUÝ BẠN ĐỌC",
    "category": "Hoạt động của lãnh đạo tỉnh",
    "category_slug": "hoat-dong-cua-lanh-dao-tinh",
    "owner": "Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Bình Định",
    "license": "Giấy phép số 15/GP-TTĐT do Sở Thông tin và Truyền thông cấp",
    "address": "Số 08 Trần Phú, thành phố Quy Nhơn, tỉnh Bình Định",
    "phone": "0256.3822.519",
    "email": "bbt@dangbo-binhdinh.sample",
}

UPDATES = [
    "Cập nhật ngày {date}: Văn phòng Tỉnh ủy đã ban hành thông báo kết luận của Hội nghị gửi các cấp ủy trực thuộc.",
    "Cập nhật lúc {time} ngày {date}: Ban Tuyên giáo Tỉnh ủy bổ sung tài liệu tuyên truyền liên quan.",
]

ARTICLES = [
    {
        "key": "tong-ket-10-nam-nq25-qd218", "id": 4218, "date": "2023-08-29 13:49:00",
        "author": "Văn Tuấn - Văn phòng Tỉnh ủy",
        "title": "Phó Bí thư Thường trực Tỉnh ủy Lê Kim Toàn chủ trì tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW và Quyết định 218-QĐ/TW",
        "tags": ["Nghị quyết 25-NQ/TW", "Quyết định 218-QĐ/TW", "Công tác dân vận"],
        "body": [
            "Sáng 29/8/2023, Hội trường Tỉnh ủy là nơi diễn ra hội nghị nhìn lại chặng đường 10 năm Đảng bộ tỉnh thực hiện Nghị quyết số 25-NQ/TW (khóa XI) của Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; hội nghị đồng thời đánh giá 10 năm triển khai Quyết định số 218-QĐ/TW do Bộ Chính trị (khóa XI) ban hành kèm theo Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền. Người chủ trì hội nghị là Phó Bí thư Thường trực Tỉnh ủy Lê Kim Toàn.",
            ("img", "2023_08/hoi-nghi-tong-ket-nq25.jpg", "Toàn cảnh Hội nghị"),
            "Theo báo cáo trình bày tại Hội nghị, qua một thập niên triển khai Nghị quyết số 25-NQ/TW cùng Chương trình hành động số 17-CTr/TU do Ban Thường vụ Tỉnh ủy ban hành, công tác dân vận ở Bình Định ngày càng được coi trọng, có nhiều đổi mới và thu được những kết quả đáng ghi nhận. Nhận thức của cán bộ, đảng viên, công chức, viên chức và Nhân dân về vị trí, vai trò của công tác này được nâng lên; cách cấp ủy lãnh đạo và chính quyền điều hành ngày càng bám sát thực tế. Phong trào thi đua “Dân vận khéo” được triển khai sâu rộng với nhiều mô hình, điển hình tiên tiến.",
            "Việc thực hiện Quyết định số 218-QĐ/TW cũng được các cấp ủy, tổ chức đảng nghiêm túc triển khai. Với Mặt trận và các đoàn thể chính trị - xã hội, góp ý xây dựng Đảng, chính quyền đã trở thành việc làm thường xuyên, trọng tâm; nội dung góp ý được chủ động lựa chọn, bám vào nhiệm vụ chính trị của địa phương và những điều người dân quan tâm.",
            "Hội nghị cũng thẳng thắn chỉ ra những hạn chế: phương thức lãnh đạo của một số cấp ủy chậm đổi mới; việc tập hợp quần chúng, phát triển đoàn viên, hội viên gặp khó khăn; hoạt động giám sát, phản biện xã hội ở nhiều nơi còn lúng túng; một số vấn đề bức xúc của Nhân dân chưa được giải quyết kịp thời.",
            "Nhiều đại biểu tham luận, phân tích kết quả và tồn tại, đồng thời đề xuất giải pháp để công tác dân vận những năm tới đạt hiệu quả cao hơn.",
            ("img", "2023_08/dong-chi-le-kim-toan-ket-luan.jpg", "Đồng chí Lê Kim Toàn phát biểu kết luận Hội nghị"),
            "Kết luận Hội nghị, đồng chí Lê Kim Toàn nhận định những gì đạt được khi thực hiện Nghị quyết số 25-NQ/TW cùng Quyết định số 218-QĐ/TW đã đóng góp lớn cho sự phát triển kinh tế - xã hội, cho quốc phòng, an ninh của tỉnh và làm cho cấp ủy, chính quyền gắn bó hơn với Nhân dân.",
            "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí yêu cầu các cấp ủy, chính quyền, Mặt trận và các đoàn thể quán triệt tư tưởng “dân là gốc”, nghiêm túc thực hiện Quy chế dân vận của hệ thống chính trị, bám sát phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”; mức độ hài lòng của Nhân dân phải là thước đo hiệu quả hoạt động của cấp ủy, chính quyền.",
            "Đồng chí cũng đề nghị tiếp tục hoàn thiện cơ chế để Nhân dân, Mặt trận và các đoàn thể đóng góp ý kiến xây dựng Đảng, chính quyền; cấp ủy, cơ quan nhà nước, cán bộ, đảng viên phải có trách nhiệm hơn trong việc tiếp thu và giải trình những ý kiến đó.",
        ],
    },
    {
        "key": "de-an-can-bo-tre", "id": 4225, "date": "2023-09-21 08:30:00",
        "author": "Hoài Thu - Văn phòng Tỉnh ủy",
        "title": "Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo Đề án phát triển đội ngũ cán bộ trẻ",
        "tags": ["Công tác cán bộ", "Nghị quyết 26-NQ/TW"],
        "body": [
            "Ngày 21/9/2023, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo Đề án tạo nguồn, phát triển đội ngũ cán bộ trẻ giai đoạn 2023 - 2030 do Ban Tổ chức Tỉnh ủy chuẩn bị.",
            ("img", "2023_09/hop-ban-thuong-vu.jpg", "Quang cảnh cuộc họp"),
            "Đề án được xây dựng trên cơ sở Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị Trung ương 7 khóa XII về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ.",
            "Các ý kiến đề nghị làm rõ tiêu chí lựa chọn, cơ chế luân chuyển về cơ sở và chế độ hỗ trợ đào tạo sau đại học. Kết luận cuộc họp, Ban Thường vụ Tỉnh ủy giao cơ quan soạn thảo tiếp thu, hoàn chỉnh Đề án để ban hành kèm theo Kế hoạch số 145-KH/TU.",
        ],
    },
    {
        "key": "lam-viec-thi-uy-an-nhon", "id": 4233, "date": "2023-11-14 15:10:00",
        "author": "Văn Tuấn - Văn phòng Tỉnh ủy",
        "title": "Đồng chí Lê Kim Toàn làm việc với Ban Thường vụ Thị ủy An Nhơn",
        "tags": ["Tổ chức cơ sở đảng", "Nghị quyết 21-NQ/TW"],
        "body": [
            "Chiều 14/11/2023, Phó Bí thư Thường trực Tỉnh ủy Lê Kim Toàn có buổi làm việc với Ban Thường vụ Thị ủy An Nhơn về kết quả thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về củng cố, xây dựng tổ chức cơ sở đảng.",
            "Theo báo cáo, Đảng bộ thị xã đã sắp xếp lại các chi bộ khu phố, nâng cao chất lượng sinh hoạt chuyên đề và kết nạp đảng viên mới vượt chỉ tiêu đề ra.",
            ("img", "2023_11/lam-viec-an-nhon.jpg", "Đồng chí Lê Kim Toàn phát biểu tại buổi làm việc"),
            "Ghi nhận các kết quả trên, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị Thị ủy quan tâm hơn đến phát triển đảng viên trong doanh nghiệp tư nhân và thực hiện nghiêm Kết luận số 310-KL/TU của Ban Thường vụ Tỉnh ủy về chấn chỉnh sinh hoạt chi bộ.",
        ],
    },
    {
        "key": "quan-triet-nghi-quyet-tw8", "id": 4241, "date": "2024-01-09 09:00:00",
        "author": "Ngọc Nhi - Ban Tuyên giáo Tỉnh ủy",
        "title": "Tỉnh ủy quán triệt, triển khai các nghị quyết Hội nghị Trung ương 8 khóa XIII",
        "tags": ["Nghị quyết 43-NQ/TW", "Nghị quyết 42-NQ/TW", "Học tập nghị quyết"],
        "body": [
            "Sáng 09/01/2024, Tỉnh ủy tổ chức hội nghị trực tiếp kết hợp trực tuyến đến các điểm cầu cấp huyện để quán triệt, triển khai các nghị quyết Hội nghị Trung ương 8 khóa XIII.",
            "Các đại biểu được nghe báo cáo viên trình bày nội dung cơ bản của Nghị quyết số 42-NQ/TW về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, Nghị quyết số 43-NQ/TW về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới và Nghị quyết số 45-NQ/TW về xây dựng đội ngũ trí thức, cùng được ban hành ngày 24/11/2023.",
            ("img", "2024_01/hoi-nghi-quan-triet.jpg", "Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy"),
            "Phát biểu chỉ đạo, đồng chí Lê Kim Toàn yêu cầu các cấp ủy khẩn trương xây dựng chương trình hành động, hoàn thành việc học tập nghị quyết trong quý I/2024 đến toàn thể cán bộ, đảng viên.",
        ],
    },
    {
        "key": "tham-chuc-tet-giap-thin", "id": 4247, "date": "2024-02-02 16:20:00",
        "author": "Hoài Thu - Văn phòng Tỉnh ủy",
        "title": "Lãnh đạo tỉnh thăm, tặng quà các gia đình chính sách nhân dịp Tết Giáp Thìn 2024",
        "tags": ["Tết Giáp Thìn", "An sinh xã hội"],
        "body": [
            "Thực hiện Chỉ thị số 27-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Giáp Thìn năm 2024, ngày 02/02/2024, đoàn công tác của tỉnh do đồng chí Lê Kim Toàn dẫn đầu đã đến thăm, tặng quà các gia đình chính sách tại thành phố Quy Nhơn và huyện Tuy Phước.",
            ("img", "2024_02/tham-gia-dinh-chinh-sach.jpg", "Đoàn công tác thăm gia đình chính sách"),
            "Tại các nơi đến thăm, đồng chí ân cần hỏi han tình hình sức khỏe, đời sống và chúc các gia đình đón Tết đầm ấm. Đồng chí đề nghị địa phương tiếp tục quan tâm, chăm lo, không để gia đình chính sách nào không có Tết.",
        ],
    },
    {
        "key": "trien-khai-quy-dinh-131", "id": 4256, "date": "2024-03-19 14:00:00",
        "author": "Ngọc Nhi - Ban Tuyên giáo Tỉnh ủy",
        "title": "Ban Thường vụ Tỉnh ủy triển khai Quy định 131-QĐ/TW về kiểm soát quyền lực",
        "tags": ["Quy định 131-QĐ/TW", "Phòng, chống tham nhũng"],
        "body": [
            "Ngày 19/3/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai Quy định số 131-QĐ/TW ngày 28/10/2023 của Bộ Chính trị về kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong công tác kiểm tra, giám sát, thi hành kỷ luật đảng và trong hoạt động thanh tra, kiểm toán.",
            "Theo Kế hoạch số 190-KH/TU được ban hành tại hội nghị, các cơ quan kiểm tra, thanh tra trên địa bàn phải rà soát quy chế làm việc, công khai quy trình và xử lý nghiêm mọi hành vi can thiệp, tác động trái quy định.",
            ("img", "2024_03/hoi-nghi-quy-dinh-131.jpg", "Quang cảnh hội nghị triển khai Quy định"),
            "Đồng chí Lê Kim Toàn nhấn mạnh, việc thực hiện Quy định phải gắn với trách nhiệm nêu gương của người đứng đầu và được đưa vào nội dung kiểm tra, giám sát năm 2024.",
        ],
    },
    {
        "key": "so-ket-giua-nhiem-ky", "id": 4263, "date": "2024-04-16 10:15:00",
        "author": "Văn Tuấn - Văn phòng Tỉnh ủy",
        "title": "Tỉnh ủy đánh giá việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025",
        "tags": ["Nghị quyết Đại hội", "Phát triển kinh tế - xã hội"],
        "body": [
            "Ngày 16/4/2024, Ban Chấp hành Đảng bộ tỉnh họp đánh giá kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 tính đến hết quý I/2024.",
            "Hội nghị nhận định phần lớn chỉ tiêu kinh tế - xã hội đạt và vượt tiến độ; tuy nhiên tăng trưởng công nghiệp và thu hút đầu tư vào khu kinh tế chưa như kỳ vọng.",
            ("img", "2024_04/hoi-nghi-tinh-uy.jpg", "Các đồng chí chủ trì hội nghị"),
            "Ban Chấp hành Đảng bộ tỉnh thống nhất ban hành Kết luận số 425-KL/TU, yêu cầu các sở, ngành tập trung tháo gỡ vướng mắc về mặt bằng và thủ tục đầu tư cho các dự án trọng điểm.",
        ],
    },
    {
        "key": "tong-ket-nq33-van-hoa", "id": 4270, "date": "2024-05-22 08:45:00",
        "author": "Ngọc Nhi - Ban Tuyên giáo Tỉnh ủy",
        "title": "Tổng kết 10 năm thực hiện Nghị quyết 33-NQ/TW về xây dựng và phát triển văn hóa, con người",
        "tags": ["Nghị quyết 33-NQ/TW", "Văn hóa"],
        "body": [
            "Sáng 22/5/2024, Tỉnh ủy tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW ngày 09/6/2014 của Hội nghị Trung ương 9 khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước.",
            "Trong 10 năm, nhiều di tích lịch sử - văn hóa của tỉnh được trùng tu, tôn tạo; nghệ thuật tuồng, bài chòi và võ cổ truyền được bảo tồn, phát huy; phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” đạt nhiều kết quả.",
            ("img", "2024_05/tong-ket-nq33.jpg", "Biểu diễn bài chòi chào mừng Hội nghị"),
            "Kết luận Hội nghị, đồng chí Lê Kim Toàn đề nghị các cấp ủy quan tâm đầu tư thiết chế văn hóa cơ sở, chú trọng xây dựng môi trường văn hóa lành mạnh trong cơ quan, trường học và trên không gian mạng.",
        ],
    },
]

PENDING = [
    {
        "key": "ctr-45-nq57-khoa-hoc-cong-nghe", "id": 4281, "date": None,
        "author": "Văn Tuấn - Văn phòng Tỉnh ủy",
        "title": "Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết 57-NQ/TW về khoa học, công nghệ và chuyển đổi số",
        "tags": ["Nghị quyết 57-NQ/TW", "Chuyển đổi số"],
        "body": [
            "Ban Chấp hành Đảng bộ tỉnh vừa ban hành Chương trình hành động số 45-CTr/TU thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.",
            ("img", "2025_01/chuong-trinh-hanh-dong-nq57.jpg", "Hội nghị thông qua Chương trình hành động"),
            "Chương trình xác định hạ tầng số, dữ liệu số và nguồn nhân lực số là ba trụ cột, đồng thời giao người đứng đầu các cơ quan, địa phương trực tiếp chỉ đạo chuyển đổi số trong phạm vi quản lý.",
        ],
    },
]

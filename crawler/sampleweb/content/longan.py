"""Long An Tỉnh ủy portal: "Thông tin chỉ đạo cấp ủy" (24 articles, 2 pending)."""

SITE = {
    "name": "Cổng Thông tin điện tử Tỉnh ủy Long An",
    "banner": "ĐẢNG BỘ TỈNH LONG AN",
    "footer_title": "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY LONG AN",
    "owner": "Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Long An",
    "address": "Số 02 Võ Văn Tần, Phường 2, thành phố Tân An, tỉnh Long An",
    "phone": "0272.3826.103",
    "fax": "0272.3826.110",
    "email": "bbt@tinhuy-longan.sample",
}

UPDATES = [
    "Cập nhật ngày {date}: Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy trực thuộc báo cáo kết quả triển khai trước ngày 30 của tháng cuối quý.",
    "Cập nhật lúc {time} ngày {date}: Văn phòng Tỉnh ủy đã gửi văn bản hướng dẫn chi tiết đến các huyện ủy, thị ủy, thành ủy.",
    "Cập nhật ngày {date}: Ban Tuyên giáo Tỉnh ủy bổ sung tài liệu hỏi - đáp phục vụ sinh hoạt chi bộ.",
]

ARTICLES = [
    {
        "key": "ctr-54-chinh-sach-ha-tang", "id": 1024, "date": "2024-05-14 09:12:05", "author": "Thanh Nhàn",
        "title": "Đầu tư kết cấu hạ tầng đồng bộ, tạo động lực để tỉnh phát triển nhanh và bền vững",
        "body": [
            "Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 228-KH/TU về huy động nguồn lực đầu tư hệ thống kết cấu hạ tầng giai đoạn 2024 - 2030, trong đó giao thông và hạ tầng khu công nghiệp được xác định là khâu đột phá.",
            "Kế hoạch bám sát Nghị quyết số 13-NQ/TW ngày 02/4/2022 của Bộ Chính trị về phương hướng phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng đồng bằng sông Cửu Long đến năm 2030, tầm nhìn đến năm 2045. Tỉnh ưu tiên các tuyến kết nối với Thành phố Hồ Chí Minh, các trục dọc sông Vàm Cỏ và hạ tầng phục vụ logistics.",
            "Các sở, ngành được yêu cầu rà soát danh mục dự án, tháo gỡ vướng mắc trong bồi thường, giải phóng mặt bằng và công khai tiến độ từng công trình. Ủy ban nhân dân tỉnh định kỳ mỗi quý báo cáo Ban Thường vụ Tỉnh ủy kết quả giải ngân vốn đầu tư công.",
        ],
    },
    {
        "key": "ct-48-phong-chong-toi-pham", "id": 1023, "date": "2024-05-13 16:20:41", "author": "Minh Tâm",
        "title": "Nâng cao hiệu quả công tác phòng, chống tội phạm trong tình hình mới",
        "body": [
            "Tỉnh ủy Long An yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt Chỉ thị số 48-CT/TW ngày 22/10/2010 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tội phạm.",
            "Theo Kế hoạch số 224-KH/TU của Ban Thường vụ Tỉnh ủy, lực lượng công an tập trung đấu tranh với tội phạm ma túy, tín dụng đen, lừa đảo qua mạng và các băng nhóm gây rối trật tự công cộng. Phong trào toàn dân bảo vệ an ninh Tổ quốc được gắn với xây dựng khu dân cư an toàn.",
            "Người đứng đầu cấp ủy, chính quyền phải chịu trách nhiệm nếu để tình hình an ninh, trật tự tại địa phương diễn biến phức tạp kéo dài mà không có giải pháp xử lý kịp thời.",
        ],
    },
    {
        "key": "qd-131-kiem-soat-quyen-luc", "id": 1022, "date": "2024-05-10 10:05:17", "author": "Hoàng Phúc",
        "title": "Kiểm soát quyền lực trong công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
        "body": [
            "Thực hiện Quy định số 131-QĐ/TW ngày 28/10/2023 của Bộ Chính trị về kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong công tác kiểm tra, giám sát, thi hành kỷ luật đảng và trong hoạt động thanh tra, kiểm toán, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 219-KH/TU.",
            "Kế hoạch nhấn mạnh việc công khai quy trình kiểm tra, giám sát; nghiêm cấm can thiệp, tác động làm sai lệch kết quả; xử lý nghiêm cán bộ lợi dụng nhiệm vụ để vụ lợi. Ủy ban Kiểm tra Tỉnh ủy được giao xây dựng quy chế phối hợp với cơ quan thanh tra và kiểm toán trên địa bàn.",
            "Các cấp ủy phải đưa nội dung kiểm soát quyền lực vào chương trình kiểm tra, giám sát hằng năm và báo cáo kết quả thực hiện vào tháng 12.",
        ],
    },
    {
        "key": "kl-70-the-duc-the-thao", "id": 1021, "date": "2024-05-05 15:30:00", "author": "Kim Ngân",
        "title": "Phát triển thể dục, thể thao gắn với nâng cao chất lượng nguồn nhân lực của tỉnh",
        "body": [
            "Ban Thường vụ Tỉnh ủy ban hành Chương trình số 60-CTr/TU thực hiện Kết luận số 70-KL/TW ngày 31/01/2024 của Bộ Chính trị về phát triển thể dục, thể thao trong giai đoạn mới.",
            "Mục tiêu của chương trình là mở rộng phong trào rèn luyện thân thể trong trường học, khu dân cư và doanh nghiệp; đầu tư có trọng điểm cho một số môn thể thao thành tích cao mà tỉnh có lợi thế; khuyến khích xã hội hóa các thiết chế thể thao cơ sở.",
            "Tỉnh phấn đấu đến năm 2030 có trên 40% dân số tập luyện thể dục, thể thao thường xuyên và 100% trường phổ thông tổ chức dạy học môn giáo dục thể chất đạt chuẩn.",
        ],
    },
    {
        "key": "nq-19-hoi-nong-dan", "id": 1020, "date": "2024-05-05 08:45:33", "author": "Thanh Nhàn",
        "title": "Phát huy vai trò nòng cốt của Hội Nông dân trong xây dựng nông thôn mới",
        "body": [
            "Tiếp tục cụ thể hóa Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn, Ban Thường vụ Tỉnh ủy đề nghị các cấp hội nông dân làm tốt vai trò nòng cốt chính trị trong phong trào nông dân.",
            "Hội Nông dân tỉnh được giao vận động hội viên liên kết sản xuất theo chuỗi giá trị, ứng dụng khoa học - kỹ thuật vào canh tác lúa, thanh long và rau màu, đồng thời tham gia giám sát chính sách hỗ trợ nông nghiệp tại cơ sở.",
            "Theo Kế hoạch số 205-KH/TU, đến năm 2025 toàn tỉnh có ít nhất 120 tổ hợp tác và hợp tác xã do hội nông dân vận động thành lập hoạt động hiệu quả.",
        ],
    },
    {
        "key": "cv-nuoc-sinh-hoat-vung-ha", "id": 1019, "date": "2024-04-20 18:02:11", "author": "Minh Tâm",
        "title": "Tỉnh ủy chỉ đạo khẩn trương bảo đảm nước sinh hoạt cho người dân vùng hạ",
        "body": [
            "Trước diễn biến hạn hán, xâm nhập mặn kéo dài, Thường trực Tỉnh ủy ban hành Công văn số 1425-CV/TU ngày 19/4/2024 yêu cầu triển khai ngay các giải pháp cấp nước sinh hoạt cho người dân, nhất là tại các huyện Cần Giuộc, Cần Đước, Tân Trụ và Châu Thành.",
            "Ủy ban nhân dân tỉnh được giao điều phối xe bồn chở nước ngọt đến các ấp thiếu nước, kiểm tra chất lượng nước tại các trạm cấp nước tập trung và có phương án hỗ trợ bồn chứa cho hộ nghèo, hộ cận nghèo.",
            "Các huyện ủy liên quan phải phân công cấp ủy viên trực tiếp theo dõi địa bàn, báo cáo hằng tuần về tình hình nước sinh hoạt cho đến khi mùa mưa bắt đầu.",
        ],
    },
    {
        "key": "nq-20-khoa-hoc-cong-nghe", "id": 1018, "date": "2024-04-10 14:10:09", "author": "Phước Lộc",
        "title": "Đưa khoa học và công nghệ thành động lực cho công nghiệp hóa, hiện đại hóa của tỉnh",
        "body": [
            "Sơ kết việc thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Hội nghị Trung ương 6 khóa XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa, Tỉnh ủy ghi nhận nhiều tiến bộ trong ứng dụng công nghệ vào sản xuất nông nghiệp và quản lý nhà nước.",
            "Tuy vậy, tỷ lệ doanh nghiệp đầu tư đổi mới công nghệ còn thấp, nguồn nhân lực nghiên cứu mỏng và cơ chế tài chính cho khoa học chưa thật sự thông thoáng.",
            "Ban Thường vụ Tỉnh ủy chỉ đạo xây dựng Kế hoạch số 214-KH/TU, tập trung phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo, đặt hàng các đề tài gắn với nhu cầu thực tiễn của địa phương và thu hút chuyên gia về làm việc tại tỉnh.",
        ],
    },
    {
        "key": "kl-grdp-thu-ngan-sach", "id": 1017, "date": "2024-04-05 09:00:27", "author": "Hoàng Phúc",
        "title": "Quyết tâm khắc phục hạn chế về tăng trưởng GRDP và thu ngân sách",
        "body": [
            "Tại phiên họp thường kỳ tháng 4, Ban Thường vụ Tỉnh ủy đánh giá tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) quý I/2024 chưa đạt kịch bản đề ra, thu ngân sách từ khu vực doanh nghiệp giảm so với cùng kỳ.",
            "Kết luận số 890-KL/TU của Ban Thường vụ Tỉnh ủy yêu cầu Ủy ban nhân dân tỉnh phân tích rõ nguyên nhân theo từng ngành, từng địa bàn; đẩy mạnh giải ngân vốn đầu tư công; chủ động tháo gỡ khó khăn cho các dự án công nghiệp đã được cấp phép nhưng chậm triển khai.",
            "Cơ quan thuế được giao rà soát các khoản nợ đọng, mở rộng nguồn thu từ thương mại điện tử và chống thất thu trong lĩnh vực đất đai, bảo đảm hoàn thành dự toán thu ngân sách năm 2024.",
        ],
    },
    {
        "key": "ctr-53-dai-doan-ket", "id": 1016, "date": "2024-03-27 17:40:22", "author": "An Bang",
        "title": "Tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc",
        "alt_title": "Chương trình 53-CTr/TU: phát huy sức mạnh đại đoàn kết toàn dân tộc trên địa bàn tỉnh",
        "body": [
            "Tỉnh ủy Long An đặt mục tiêu thời gian tới là khơi dậy sức mạnh của khối đại đoàn kết toàn dân tộc, tận dụng mọi tiềm năng, lợi thế để chuyển dịch nhanh cơ cấu kinh tế sang công nghiệp hóa, hiện đại hóa song song với đô thị hóa.",
            "Mục tiêu này được nêu trong Chương trình số 53-CTr/TU ngày 25 tháng 3 năm 2024 của Ban Chấp hành Đảng bộ tỉnh, ban hành để cụ thể hóa Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về “Tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc”.",
            "Chương trình nhìn lại chặng đường 20 năm tỉnh thực hiện Nghị quyết số 23-NQ/TW ngày 12 tháng 3 năm 2003 của Trung ương (khóa IX) về phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh. Theo đánh giá của Tỉnh ủy, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về đại đoàn kết đã được quán triệt nghiêm túc, nhận thức và hành động của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể có chuyển biến rõ nét. Quyền làm chủ của Nhân dân được mở rộng, nhiều phong trào thi đua yêu nước thu hút đông đảo người dân tham gia, góp phần giữ vững ổn định chính trị và hoàn thành các chỉ tiêu phát triển kinh tế - xã hội của địa phương.",
            "Bên cạnh kết quả đạt được, Tỉnh ủy cũng chỉ ra không ít hạn chế. Một bộ phận cán bộ, đảng viên chưa nhận thức đầy đủ quan điểm của Đảng về đại đoàn kết; sự phối hợp giữa chính quyền với Mặt trận và các tổ chức chính trị - xã hội ở một số nơi còn thiếu chặt chẽ; một số mô hình “Dân vận khéo” còn dàn trải, ít sức lan tỏa; công tác tuyên truyền, vận động chưa thật sự đi vào chiều sâu.",
            "Nguyên nhân chủ yếu được xác định là một số cấp ủy, chính quyền chưa quan tâm đúng mức đến nhiệm vụ này, chưa tạo điều kiện thuận lợi để Mặt trận và các đoàn thể hoạt động; việc bố trí, sử dụng và thực hiện chế độ, chính sách đối với cán bộ cơ sở có lúc chưa phù hợp; một số quyền lợi chính đáng của người dân chưa được giải quyết kịp thời.",
            "Từ thực tiễn đó, Tỉnh ủy thống nhất ba quan điểm chỉ đạo của Trung ương. Thứ nhất, đại đoàn kết toàn dân tộc là truyền thống quý báu, là đường lối chiến lược xuyên suốt của Đảng; nền tảng của khối đại đoàn kết là sự liên minh của công nhân, nông dân và trí thức. Thứ hai, đoàn kết phải đi đôi với phát huy dân chủ xã hội chủ nghĩa, bảo đảm quyền con người, quyền công dân và quyền làm chủ của Nhân dân. Thứ ba, xây dựng khối đại đoàn kết là việc của toàn dân, là trách nhiệm của Đảng và toàn bộ hệ thống chính trị, lấy đoàn kết trong Đảng làm hạt nhân.",
            "Về mục tiêu, năm 2025 tỉnh tiếp tục đứng đầu các tỉnh đồng bằng sông Cửu Long; năm 2030 là tỉnh phát triển khá của Vùng kinh tế trọng điểm phía Nam; năm 2050 vào nhóm tỉnh công nghiệp phát triển nhất nước, giữ vai trò một cực tăng trưởng quan trọng của đồng bằng sông Cửu Long.",
            "Chương trình chia các việc cần làm thành 7 nhóm nhiệm vụ, giải pháp: nâng cao nhận thức và trách nhiệm của cấp ủy, tổ chức đảng, Nhân dân; góp phần xây dựng chính sách về đại đoàn kết; xây dựng, chỉnh đốn Đảng; làm cho bộ máy nhà nước hoạt động hiệu lực, hiệu quả hơn; phát huy dân chủ và sức sáng tạo của Nhân dân; đổi mới cách hoạt động của Mặt trận và các đoàn thể; tổ chức các phong trào thi đua, cuộc vận động sao cho thiết thực, hiệu quả.",
            "Ban Thường vụ Tỉnh ủy được Ban Chấp hành Đảng bộ tỉnh giao lãnh đạo, chỉ đạo với quyết tâm chính trị cao, định kỳ kiểm tra và nhắc nhở các nơi trong quá trình thực hiện Nghị quyết số 43-NQ/TW của Trung ương, Kế hoạch số 21-KH/TW cùng Chương trình hành động của tỉnh. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc, các ban đảng, ban cán sự đảng và đảng đoàn xây dựng kế hoạch thực hiện phù hợp với đặc điểm của từng cơ quan, địa phương.",
            "Ban Tuyên giáo Tỉnh ủy được giao hướng dẫn việc học tập, quán triệt và tuyên truyền sâu rộng nội dung Nghị quyết; Ban Dân vận Tỉnh ủy theo dõi, đôn đốc, giám sát việc thực hiện, định kỳ tham mưu sơ kết, tổng kết và báo cáo Tỉnh ủy những vấn đề cần chỉ đạo.",
        ],
    },
    {
        "key": "kh-198-dang-vien-xuat-ngu", "id": 1015, "date": "2024-03-27 08:15:48", "author": "Kim Ngân",
        "title": "Quản lý, sử dụng đảng viên là quân nhân xuất ngũ trở về địa phương",
        "body": [
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 198-KH/TU về tăng cường quản lý, rèn luyện và phát huy vai trò đảng viên là hạ sĩ quan, binh sĩ hoàn thành nghĩa vụ quân sự trở về địa phương.",
            "Các đảng ủy xã, phường, thị trấn phải tiếp nhận sinh hoạt đảng đúng thời hạn, phân công nhiệm vụ phù hợp và ưu tiên giới thiệu những đảng viên trẻ có năng lực vào nguồn cán bộ cơ sở, lực lượng dân quân và công an xã.",
            "Ban Tổ chức Tỉnh ủy phối hợp với Bộ Chỉ huy Quân sự tỉnh theo dõi, tổng hợp số liệu và báo cáo kết quả thực hiện mỗi năm một lần.",
        ],
    },
    {
        "key": "ctr-54-chinh-sach-xa-hoi", "id": 1014, "date": "2024-03-26 16:55:02", "author": "An Bang",
        "title": "Long An đổi mới, nâng cao chất lượng chính sách xã hội trong giai đoạn mới",
        "body": [
            "Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 54-CTr/TU ngày 25/3/2024 thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Hội nghị Trung ương 8 khóa XIII về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp xây dựng và bảo vệ Tổ quốc trong giai đoạn mới.",
            "Chương trình đặt mục tiêu giảm tỷ lệ hộ nghèo đa chiều bình quân mỗi năm, mở rộng độ bao phủ bảo hiểm xã hội, bảo hiểm y tế và bảo đảm mọi người dân được tiếp cận các dịch vụ xã hội cơ bản có chất lượng.",
            "Tỉnh ủy yêu cầu chính sách đối với người có công phải được thực hiện đầy đủ, kịp thời; đồng thời chú trọng hỗ trợ người lao động mất việc làm ở các khu công nghiệp.",
        ],
    },
    {
        "key": "ctr-55-doi-ngu-tri-thuc", "id": 1013, "date": "2024-03-20 10:30:00", "author": "Phước Lộc",
        "title": "Xây dựng và phát huy vai trò đội ngũ trí thức của tỉnh trong giai đoạn mới",
        "body": [
            "Cụ thể hóa Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Hội nghị Trung ương 8 khóa XIII về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 55-CTr/TU.",
            "Tỉnh sẽ rà soát chính sách thu hút người có trình độ cao, tạo môi trường làm việc thuận lợi và tăng cường đặt hàng nhiệm vụ khoa học cho các nhà khoa học là người Long An đang công tác ở trong và ngoài nước.",
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh được giao tổ chức định kỳ diễn đàn góp ý, phản biện các đề án lớn của tỉnh.",
        ],
    },
    {
        "key": "ctr-56-bao-ve-to-quoc", "id": 1012, "date": "2024-03-15 15:12:40", "author": "Minh Tâm",
        "title": "Triển khai Chiến lược bảo vệ Tổ quốc trong tình hình mới",
        "body": [
            "Ban Chấp hành Đảng bộ tỉnh thống nhất ban hành Chương trình số 56-CTr/TU thực hiện Nghị quyết số 44-NQ/TW ngày 24/11/2023 của Hội nghị Trung ương 8 khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới.",
            "Chương trình tập trung xây dựng khu vực phòng thủ tỉnh vững chắc, gắn phát triển kinh tế - xã hội với củng cố quốc phòng, an ninh, nhất là tại các huyện biên giới giáp Campuchia.",
            "Các lực lượng vũ trang tỉnh được yêu cầu nâng cao chất lượng huấn luyện, sẵn sàng chiến đấu, chủ động nắm tình hình và xử lý kịp thời các tình huống phát sinh ngay từ cơ sở.",
        ],
    },
    {
        "key": "ctr-48-doi-ngu-doanh-nhan", "id": 1011, "date": "2024-02-28 09:40:10", "author": "Thanh Nhàn",
        "title": "Phát huy vai trò của đội ngũ doanh nhân trong thời kỳ mới",
        "body": [
            "Thực hiện Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới, Tỉnh ủy ban hành Chương trình số 48-CTr/TU ngày 26/12/2023.",
            "Tỉnh cam kết cải thiện môi trường đầu tư, kinh doanh, bảo vệ quyền tài sản và quyền tự do kinh doanh hợp pháp, đồng thời tôn vinh các doanh nhân có đóng góp tiêu biểu cho địa phương.",
            "Hiệp hội Doanh nghiệp tỉnh được mời tham gia góp ý các cơ chế, chính sách có liên quan trước khi trình Hội đồng nhân dân tỉnh.",
        ],
    },
    {
        "key": "ct-30-tet-giap-thin", "id": 1010, "date": "2024-01-18 14:05:55", "author": "Kim Ngân",
        "title": "Tổ chức Tết Giáp Thìn năm 2024 vui tươi, lành mạnh, an toàn và tiết kiệm",
        "body": [
            "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 30-CT/TU về lãnh đạo, chỉ đạo việc đón Tết Nguyên đán Giáp Thìn năm 2024 trên địa bàn tỉnh.",
            "Chỉ thị yêu cầu chăm lo chu đáo cho gia đình chính sách, hộ nghèo và công nhân không có điều kiện về quê; bảo đảm cung ứng hàng hóa thiết yếu, bình ổn giá cả thị trường; tăng cường bảo đảm an toàn giao thông và phòng, chống cháy nổ.",
            "Cán bộ, đảng viên không được đi chúc Tết cấp trên dưới mọi hình thức, không sử dụng tài sản công cho các hoạt động lễ hội trái quy định.",
        ],
    },
    {
        "key": "ctr-40-nha-nuoc-phap-quyen", "id": 1009, "date": "2023-12-22 10:20:00", "author": "Hoàng Phúc",
        "title": "Xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa ở địa phương",
        "body": [
            "Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 40-CTr/TU thực hiện Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Hội nghị Trung ương 6 khóa XIII về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới.",
            "Trọng tâm là nâng cao chất lượng ban hành văn bản quy phạm pháp luật của tỉnh, đẩy mạnh cải cách thủ tục hành chính, xây dựng chính quyền số và siết chặt kỷ luật, kỷ cương hành chính.",
            "Hội đồng nhân dân các cấp được yêu cầu tăng cường giám sát chuyên đề, nhất là trong quản lý đất đai, đầu tư công và giải quyết khiếu nại, tố cáo.",
        ],
    },
    {
        "key": "ctr-38-cong-nghiep-hoa", "id": 1008, "date": "2023-11-30 15:45:21", "author": "Phước Lộc",
        "title": "Đẩy mạnh công nghiệp hóa, hiện đại hóa tỉnh đến năm 2030",
        "body": [
            "Chương trình số 38-CTr/TU của Ban Chấp hành Đảng bộ tỉnh cụ thể hóa Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Hội nghị Trung ương 6 khóa XIII về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045.",
            "Tỉnh ưu tiên thu hút các dự án công nghiệp công nghệ cao, công nghiệp hỗ trợ và chế biến sâu nông sản; từng bước hạn chế các dự án thâm dụng lao động, tiêu tốn năng lượng.",
            "Chương trình cũng đặt yêu cầu hoàn thiện hạ tầng các khu, cụm công nghiệp gắn với nhà ở cho công nhân và hệ thống xử lý nước thải tập trung.",
        ],
    },
    {
        "key": "kh-160-to-chuc-co-so-dang", "id": 1007, "date": "2023-10-25 08:30:14", "author": "An Bang",
        "title": "Củng cố tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên",
        "body": [
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 160-KH/TU thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới.",
            "Kế hoạch yêu cầu nâng cao chất lượng sinh hoạt chi bộ, chú trọng phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước và kịp thời đưa ra khỏi Đảng những người không còn đủ tư cách.",
            "Mỗi năm, các huyện ủy, thị ủy, thành ủy phải củng cố dứt điểm các tổ chức cơ sở đảng yếu kém, không để phát sinh chi bộ không có đảng viên sinh hoạt thường xuyên.",
        ],
    },
    {
        "key": "ctr-29-chinh-sach-dat-dai", "id": 1006, "date": "2023-09-12 16:00:00", "author": "Minh Tâm",
        "title": "Đổi mới chính sách đất đai, tạo động lực cho phát triển",
        "body": [
            "Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 29-CTr/TU thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất.",
            "Tỉnh tập trung hoàn thành cơ sở dữ liệu đất đai, công khai quy hoạch, kế hoạch sử dụng đất và xử lý dứt điểm các dự án chậm đưa đất vào sử dụng.",
            "Cấp ủy các cấp phải lãnh đạo giải quyết khiếu nại liên quan đến bồi thường, hỗ trợ, tái định cư một cách công khai, minh bạch, bảo đảm quyền lợi chính đáng của người dân.",
        ],
    },
    {
        "key": "qdi-09-bao-ve-can-bo", "id": 1005, "date": "2023-08-08 09:25:36", "author": "Thanh Nhàn",
        "title": "Khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung",
        "body": [
            "Ban Thường vụ Tỉnh ủy ban hành Quy định số 09-QĐi/TU cụ thể hóa Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung.",
            "Quy định xác định rõ trình tự đề xuất, thẩm định và công nhận ý tưởng, cách làm mới; cán bộ thực hiện đúng quy trình mà có rủi ro thì được xem xét miễn, giảm trách nhiệm.",
            "Người đứng đầu cơ quan, đơn vị phải chịu trách nhiệm khi để xảy ra tình trạng né tránh, đùn đẩy, sợ sai, không dám làm.",
        ],
    },
    {
        "key": "kh-85-xay-dung-chinh-don-dang", "id": 1004, "date": "2023-06-15 14:40:03", "author": "Kim Ngân",
        "title": "Đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh",
        "body": [
            "Sơ kết hai năm thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị, Ban Thường vụ Tỉnh ủy đánh giá công tác tự phê bình và phê bình đã có chuyển biến.",
            "Tuy nhiên, tình trạng một bộ phận cán bộ né tránh trách nhiệm, làm việc cầm chừng vẫn còn. Kế hoạch số 85-KH/TU được điều chỉnh, bổ sung nhiều giải pháp, trong đó có việc lấy phiếu tín nhiệm và đánh giá cán bộ bằng kết quả, sản phẩm cụ thể.",
            "Ủy ban Kiểm tra các cấp được yêu cầu kịp thời phát hiện, xử lý tổ chức đảng, đảng viên vi phạm ngay từ khi mới manh nha.",
        ],
    },
    {
        "key": "nq-25-cong-tac-dan-van", "id": 1003, "date": "2023-04-20 10:00:00", "author": "Phước Lộc",
        "title": "Tăng cường và đổi mới công tác dân vận trong tình hình mới",
        "body": [
            "Ban Thường vụ Tỉnh ủy chỉ đạo các cấp tổng kết một thập niên thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Hội nghị Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.",
            "Qua 10 năm, phong trào thi đua “Dân vận khéo” lan tỏa rộng khắp, nhiều mô hình hay ở cơ sở được nhân rộng. Mặt trận Tổ quốc và các đoàn thể ngày càng hướng mạnh về khu dân cư.",
            "Ban Dân vận Tỉnh ủy được giao tham mưu xây dựng kế hoạch tổng kết ở cấp tỉnh, hoàn thành trước quý III năm 2023.",
        ],
    },
    {
        "key": "ctr-13-dong-bang-song-cuu-long", "id": 1002, "date": "2023-03-10 15:20:45", "author": "Hoàng Phúc",
        "title": "Long An cụ thể hóa Nghị quyết về phát triển vùng đồng bằng sông Cửu Long",
        "body": [
            "Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 13-CTr/TU thực hiện Nghị quyết số 13-NQ/TW ngày 02/4/2022 của Bộ Chính trị về phương hướng phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng đồng bằng sông Cửu Long.",
            "Với vị trí cửa ngõ nối vùng đồng bằng sông Cửu Long với Thành phố Hồ Chí Minh, tỉnh xác định phải đi đầu trong phát triển công nghiệp, logistics và nông nghiệp công nghệ cao.",
            "Chương trình cũng nhấn mạnh chủ động thích ứng với biến đổi khí hậu, sử dụng tiết kiệm tài nguyên nước và phòng, chống sạt lở bờ sông.",
        ],
    },
    {
        "key": "nq-35-nen-tang-tu-tuong", "id": 1001, "date": "2023-01-12 09:10:30", "author": "Minh Tâm",
        "title": "Tăng cường bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
        "body": [
            "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tiếp tục thực hiện nghiêm Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới.",
            "Ban Chỉ đạo 35 của tỉnh được giao kiện toàn lực lượng nòng cốt, nâng cao chất lượng các trang thông tin của cấp ủy và lan tỏa thông tin tích cực trên mạng xã hội.",
            "Cán bộ, đảng viên có trách nhiệm nêu gương, không chia sẻ thông tin sai sự thật và kịp thời báo cáo khi phát hiện các hoạt động lợi dụng mạng xã hội để chống phá.",
        ],
    },
]

PENDING = [
    {
        "key": "kh-230-chuan-muc-dao-duc", "id": 1025, "date": None, "author": "An Bang",
        "title": "Ban Thường vụ Tỉnh ủy triển khai Quy định về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên",
        "body": [
            "Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 230-KH/TU triển khai Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới.",
            "Các cấp ủy phải tổ chức quán triệt đến từng chi bộ, gắn việc rèn luyện đạo đức với kiểm điểm, đánh giá, xếp loại chất lượng đảng viên cuối năm.",
            "Người đứng đầu cấp ủy, cơ quan, đơn vị có trách nhiệm nêu gương, công khai cam kết tu dưỡng, rèn luyện trước tập thể.",
        ],
    },
    {
        "key": "so-ket-giua-nhiem-ky-xi", "id": 1026, "date": "2024-05-12 07:30:00", "author": "Thanh Nhàn",
        "title": "Sơ kết giữa nhiệm kỳ: rà soát các chỉ tiêu Đại hội Đảng bộ tỉnh lần thứ XI",
        "body": [
            "Sau khi sơ kết giữa nhiệm kỳ, Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy rà soát từng chỉ tiêu mà Đại hội lần thứ XI của Đảng bộ tỉnh (nhiệm kỳ 2020 - 2025) đã đề ra trong Nghị quyết.",
            "Những chỉ tiêu có nguy cơ không đạt, nhất là về thu ngân sách và tỷ lệ đô thị hóa, phải có giải pháp cụ thể, phân công rõ người, rõ việc, rõ thời hạn hoàn thành.",
            "Kết quả rà soát được gửi về Văn phòng Tỉnh ủy để tổng hợp, phục vụ chuẩn bị văn kiện đại hội nhiệm kỳ tới.",
        ],
    },
]

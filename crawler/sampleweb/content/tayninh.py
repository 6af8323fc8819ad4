"""Tây Ninh party portal (NukeViet-like): "Xây dựng Đảng" (6 articles, 1 pending)."""

SITE = {
    "name": "Trang thông tin điện tử Đảng bộ tỉnh Tây Ninh",
    "header": "ĐẢNG BỘ TỈNH TÂY NINH",
    "owner": "Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Tây Ninh",
    "license": "Giấy phép số 42/GP-TTĐT ngày 23/6/2020",
    "address": "Số 75 đường 30/4, Phường 3, thành phố Tây Ninh, tỉnh Tây Ninh",
    "phone": "0276.3822.414",
    "email": "bbt@dangbo-tayninh.sample",
}

UPDATES = [
    "Cập nhật ngày {date}: Văn phòng Tỉnh ủy đã gửi kế hoạch kiểm tra việc thực hiện đến các đảng bộ trực thuộc.",
    "Cập nhật lúc {time} ngày {date}: Bài viết được bổ sung số liệu mới nhất của Ban Tổ chức Tỉnh ủy.",
]

ARTICLES = [
    {
        "key": "suc-manh-sang-tao-he-thong-chinh-tri-co-so", "id": 7312, "date": "2021-09-20 07:45:00", "author": None,
        "title": "Khơi dậy sức mạnh sáng tạo của hệ thống chính trị cơ sở",
        "tags": ["xây dựng Đảng", "hệ thống chính trị cơ sở"],
        "body": [
            "Những năm gần đây, ở Tây Ninh, cơ chế “Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm chủ” được vận hành đồng bộ từ tỉnh đến cơ sở. Người dân ngày càng có thêm điều kiện thực hiện quyền làm chủ trên các lĩnh vực của đời sống; nhờ đó kinh tế, văn hóa, xã hội ở cơ sở có bước phát triển, an ninh chính trị và trật tự, an toàn xã hội được giữ vững, lòng tin của Nhân dân vào Đảng và chính quyền thêm bền chặt.",
            "Bên cạnh đó vẫn còn những hạn chế. Một số cán bộ, đảng viên giảm sút ý chí, chấp hành kỷ luật, kỷ cương chưa nghiêm, lời nói chưa đi đôi với việc làm; cá biệt có người vi phạm quy định quản lý tài chính, chiếm dụng tiền của Nhà nước và của dân. Có nơi cấp ủy và người đứng đầu chưa sâu sát, chậm nắm bắt suy nghĩ, mong muốn của đảng viên và quần chúng.",
            "Muốn khắc phục những hạn chế ấy, từng cấp ủy, chính quyền và mỗi cán bộ, đảng viên phải nghiêm túc thực hiện Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng, cùng Quy định số 55 về một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên; việc này đi liền với đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Song song, cần phát hiện từ sớm và đấu tranh không khoan nhượng với sự sa sút về tư tưởng chính trị, đạo đức, lối sống, với “tự diễn biến”, “tự chuyển hóa” ngay trong Đảng.",
            "Cấp ủy các cấp phải dồn sức cho những nhiệm vụ trọng tâm và khâu đột phá trong xây dựng Đảng, hệ thống chính trị; nắm vững và thực hiện nghiêm những điều đảng viên không được làm cùng trách nhiệm nêu gương; bảo đảm nguyên tắc tập trung dân chủ; giải quyết công việc quyết liệt, dứt điểm từng việc.",
            "Tổ chức bộ máy cần tiếp tục được sắp xếp, kiện toàn; quy trình công tác cán bộ phải chặt chẽ; việc đánh giá, xếp loại tổ chức đảng, đảng viên phải khách quan, đúng thực chất; sinh hoạt chi bộ cần đổi mới cả nội dung lẫn hình thức. Một việc quan trọng là thực hiện tốt Nghị quyết số 02 mà Ban Chấp hành Đảng bộ tỉnh ban hành ngày 21/1/2021 về nâng cao năng lực lãnh đạo và sức chiến đấu của đảng bộ xã, phường, thị trấn; qua đó củng cố hệ thống chính trị ở cơ sở và bảo vệ chính trị nội bộ.",
            "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng cần được đổi mới theo hướng chủ động phòng ngừa; kiên quyết sàng lọc, đưa những đảng viên không còn đủ tư cách ra khỏi Đảng. Cùng với đó, đẩy mạnh cải cách hành chính, tạo điều kiện để Nhân dân giám sát tổ chức đảng, cơ quan nhà nước và cán bộ, đảng viên; giải quyết kịp thời các kiến nghị hợp pháp, chính đáng theo phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.",
            "Sau cùng, các địa phương phải chăm lo phát triển kinh tế - xã hội, xây dựng nông thôn mới và đô thị văn minh, giảm nghèo bền vững, thực hiện các chương trình phát triển vùng đồng bào dân tộc thiểu số; khơi dậy sức sáng tạo của hệ thống chính trị cơ sở và của cộng đồng dân cư, trước hết là trước yêu cầu vừa phòng, chống dịch Covid-19, vừa phục hồi, phát triển kinh tế.",
        ],
    },
    {
        "key": "thich-ung-an-toan-covid-19", "id": 7335, "date": "2021-10-20 16:30:00", "author": "Hải Yến",
        "title": "Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19",
        "tags": ["Covid-19", "phục hồi kinh tế"],
        "body": [
            "Thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ ban hành Quy định tạm thời “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19”, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 2790/KH-UBND để từng bước khôi phục các hoạt động kinh tế - xã hội.",
            "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy lãnh đạo chính quyền đánh giá cấp độ dịch theo từng xã, phường, thị trấn; không tự ý đặt thêm rào chắn, giấy phép gây cản trở lưu thông hàng hóa.",
            "Các doanh nghiệp trong khu công nghiệp được hướng dẫn xây dựng phương án sản xuất an toàn, bảo đảm việc làm và thu nhập cho người lao động trở lại làm việc.",
        ],
    },
    {
        "key": "kiem-tra-giam-sat-quy-dinh-22", "id": 7348, "date": "2021-11-25 09:15:00", "author": "Minh Đức",
        "title": "Nâng cao chất lượng công tác kiểm tra, giám sát của Đảng",
        "tags": ["kiểm tra, giám sát"],
        "body": [
            "Quán triệt Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng, Ban Thường vụ Tỉnh ủy ban hành Chương trình số 12-CTr/TU về kiểm tra, giám sát toàn khóa.",
            "Chương trình xác định kiểm tra khi có dấu hiệu vi phạm là khâu trọng tâm, chú ý các lĩnh vực dễ phát sinh sai phạm như quản lý đất đai, tài chính, đầu tư công và công tác cán bộ.",
            "Ủy ban Kiểm tra các cấp phải kịp thời công khai kết quả xử lý kỷ luật để răn đe, phòng ngừa.",
        ],
    },
    {
        "key": "bao-ve-chinh-tri-noi-bo", "id": 7366, "date": "2022-03-15 10:40:00", "author": "Hải Yến",
        "title": "Tăng cường công tác bảo vệ chính trị nội bộ trong tình hình mới",
        "tags": ["bảo vệ chính trị nội bộ"],
        "body": [
            "Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Quy định số 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị về một số vấn đề bảo vệ chính trị nội bộ Đảng.",
            "Các cấp ủy được yêu cầu rà soát, thẩm định tiêu chuẩn chính trị của cán bộ trước khi quy hoạch, bổ nhiệm; quản lý chặt chẽ hồ sơ đảng viên và kịp thời nắm bắt những vấn đề về chính trị hiện nay.",
            "Ban Tổ chức Tỉnh ủy là cơ quan thường trực, định kỳ sáu tháng một lần báo cáo Ban Thường vụ Tỉnh ủy về tình hình bảo vệ chính trị nội bộ.",
        ],
    },
    {
        "key": "chuyen-doi-so-co-quan-dang", "id": 7391, "date": "2022-08-10 14:20:00", "author": "Minh Đức",
        "title": "Đẩy mạnh chuyển đổi số trong các cơ quan Đảng",
        "tags": ["chuyển đổi số"],
        "body": [
            "Cụ thể hóa Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư, Văn phòng Tỉnh ủy triển khai hệ thống quản lý văn bản và điều hành đến tất cả các đảng bộ trực thuộc.",
            "Đến nay, văn bản điện tử được gửi nhận thông suốt giữa các cơ quan Đảng; nhiều cuộc họp của Ban Thường vụ Tỉnh ủy sử dụng tài liệu điện tử thay cho bản giấy.",
            "Năm 2023, tỉnh phấn đấu số hóa toàn bộ hồ sơ đảng viên và đưa vào sử dụng sổ tay đảng viên điện tử.",
        ],
    },
    {
        "key": "quan-triet-nghi-quyet-tw5", "id": 7402, "date": "2022-09-05 08:00:00", "author": "Hải Yến",
        "title": "Quán triệt, triển khai các nghị quyết Hội nghị Trung ương 5 khóa XIII",
        "tags": ["học tập nghị quyết"],
        "body": [
            "Tỉnh ủy tổ chức hội nghị quán triệt các nghị quyết Hội nghị Trung ương 5 khóa XIII cùng được ban hành ngày 16/6/2022: Nghị quyết số 18-NQ/TW về đất đai, Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn, Nghị quyết số 20-NQ/TW về kinh tế tập thể và Nghị quyết số 21-NQ/TW về tổ chức cơ sở đảng.",
            "Ban Thường vụ Tỉnh ủy giao các ban đảng tham mưu xây dựng chương trình hành động cho từng nghị quyết, hoàn thành trong quý IV/2022.",
            "Các đại biểu được đề nghị tổ chức quán triệt ngay tại cơ quan, đơn vị mình, gắn với đặc điểm của tỉnh biên giới.",
        ],
    },
]

PENDING = [
    {
        "key": "dai-hoi-chi-bo-chi-thi-35-2024", "id": 7455, "date": None, "author": "Minh Đức",
        "title": "Hướng dẫn tổ chức đại hội chi bộ trực thuộc theo Chỉ thị 35-CT/TW năm 2024",
        "tags": ["đại hội đảng bộ các cấp"],
        "body": [
            "Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Ban Tổ chức Tỉnh ủy ban hành hướng dẫn tổ chức đại hội chi bộ trực thuộc đảng bộ cơ sở.",
            "Hướng dẫn nhấn mạnh việc chuẩn bị báo cáo chính trị ngắn gọn, sát thực tế và giới thiệu nhân sự đúng quy trình, đúng tiêu chuẩn.",
        ],
    },
]

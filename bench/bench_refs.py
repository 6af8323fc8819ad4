"""Throughput of the document-number parser (pipelines.directives.analyse_text) on one core.

Builds a few MB of Vietnamese prose of the kind party/government portals publish (our own
sentences, with document numbers, dates, phone numbers, ratios and plain paragraphs mixed in),
analyses it page by page (best of 3 passes, CPU time of this process) and prints one line:

    refs: 7.3 MB/s (12.0 MB in 1.64 s), 41,000 refs

Run:  .venv/bin/python bench/bench_refs.py [size_mb]      (target: >= 5 MB/s)
Import: ``from bench.bench_refs import run; run(0.5)`` returns the figures as a dict.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.directives import analyse_text  # noqa: E402

# Our own sentences, modelled on the contexts seen on provincial portals (not copied text).
_WITH_REFS = [
    "Thực hiện Chương trình số {n}-CTr/TU ngày {d}/{m}/{y} của Ban Chấp hành Đảng bộ tỉnh về "
    "tiếp tục đẩy mạnh chuyển đổi số, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau.",
    "Các sở, ngành căn cứ Quyết định số {n}/QĐ-UBND ngày {d}/{m}/{y} của UBND tỉnh để tổ chức "
    "rà soát danh mục thủ tục hành chính thuộc thẩm quyền giải quyết.",
    "Tiếp tục quán triệt và thực hiện Nghị quyết số {n}-NQ/TW, ngày {d}-{m}-{y} của Bộ Chính trị "
    "về “phát triển kinh tế tập thể trong giai đoạn mới”.",
    "Căn cứ Nghị định số {n}/{y}/NĐ-CP ngày {d} tháng {m} năm {y} của Chính phủ quy định chi "
    "tiết một số điều của Luật Đất đai số 31/2024/QH15;",
    "Thông tư số {n}/{y}/TT-BTC sửa đổi, bổ sung một số điều của Thông tư số 58/2016/TT-BTC "
    "hướng dẫn việc sử dụng vốn nhà nước để mua sắm.",
    "Văn phòng UBND tỉnh có Công văn số {n}/UBND-VX gửi các địa phương đề nghị tăng cường "
    "phòng, chống dịch sốt xuất huyết trong mùa mưa.",
    "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số {n}-CT/TU về tăng cường sự lãnh đạo của Đảng "
    "đối với công tác bảo đảm trật tự an toàn giao thông.",
    "Quyết định này thay thế Quyết định số {n}/{y}/QĐ-UBND ngày {d}/{m}/{y} của Ủy ban nhân dân "
    "tỉnh và có hiệu lực kể từ ngày ký.",
]
_PLAIN = [
    "Hội nghị đã thảo luận, đánh giá kết quả thực hiện nhiệm vụ chính trị 6 tháng đầu năm, "
    "có 15/15 huyện, thị xã, thành phố hoàn thành chỉ tiêu đề ra.",
    "Mọi chi tiết xin liên hệ số điện thoại 0233.3852.446 hoặc đến trụ sở tại số 4/12 đường "
    "Lê Lợi trong giờ hành chính từ 7:30 đến 17:00.",
    "Tỷ lệ hộ nghèo giảm còn 2,1%, thu nhập bình quân đầu người đạt 68 triệu đồng, tăng 9,5% "
    "so với cùng kỳ năm trước.",
    "Các đoàn thể chính trị - xã hội tiếp tục đổi mới cách hoạt động, bám sát cơ sở, chăm lo "
    "giải quyết kịp thời các quyền lợi chính đáng của đoàn viên, hội viên.",
    "Phong trào thi đua “Dân vận khéo” được triển khai sâu rộng với nhiều mô hình hay, cách "
    "làm sáng tạo, góp phần củng cố niềm tin của Nhân dân đối với Đảng.",
    "Trong tháng, toàn tỉnh phát hiện 120 ca mắc Covid-19, tiêm được 9/9 xã đạt chuẩn, cập nhật "
    "lúc 05:40:22PM ngày 27/03/2024.",
]


def build_corpus(size_mb: float, seed: int = 7) -> list[str]:
    """Pages of ~6 KB: mostly plain prose with a document number every few sentences."""
    rnd = random.Random(seed)
    target = int(size_mb * 1_000_000)
    pages: list[str] = []
    total = 0
    while total < target:
        parts = ["ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\n\nSố: %d/KH-UBND\n\nHậu Giang, ngày 02 tháng 5 năm 2024\n"
                 % rnd.randint(1, 900)]
        size = len(parts[0])
        while size < 6000:
            if rnd.random() < 0.3:
                s = rnd.choice(_WITH_REFS).format(
                    n=rnd.randint(1, 3000), d=rnd.randint(1, 28), m=rnd.randint(1, 12),
                    y=rnd.randint(2005, 2025))
            else:
                s = rnd.choice(_PLAIN)
            parts.append(s)
            size += len(s) + 1
        page = "\n".join(parts)
        pages.append(page)
        total += len(page.encode("utf-8"))
    return pages


def run(size_mb: float = 5.0, repeat: int = 3) -> dict:
    """Analyse ``size_mb`` MB of generated pages; return MB, seconds, MB/s and reference count.

    Throughput is measured in CPU time of this process (``time.process_time``), best of
    ``repeat`` passes, so other processes on a shared machine do not skew the one-core figure;
    ``wall_seconds`` is reported alongside.
    """
    pages = build_corpus(size_mb)
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1_000_000
    best_cpu = best_wall = float("inf")
    refs = 0
    for _ in range(max(1, repeat)):
        c0, w0 = time.process_time(), time.perf_counter()
        refs = 0
        for p in pages:
            refs += len(analyse_text(p).references)
        best_cpu = min(best_cpu, time.process_time() - c0)
        best_wall = min(best_wall, time.perf_counter() - w0)
    return {"mb": mb, "seconds": best_cpu, "wall_seconds": best_wall,
            "mb_per_s": mb / best_cpu if best_cpu else float("inf"), "refs": refs}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    size = float(argv[0]) if argv else 12.0
    r = run(size, repeat=3)
    print(f"refs: {r['mb_per_s']:.1f} MB/s ({r['mb']:.1f} MB in {r['seconds']:.2f} s), "
          f"{r['refs']:,} refs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

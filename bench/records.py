"""Facet extraction on hostile records: one article body made of thousands of the
same phrase, the patterns the extractors look back from.

    python -m bench.records [--repeats 1000 4000 16000] [--patterns people …]

Prints, per pattern and size, the characters, what was found and the seconds
``extract_facets`` took. The cost must grow linearly with the size (four times the
text, about four times the seconds): a look-back that re-reads the text before every
match turns a 1-MB record into minutes of one indexing worker.
"""

from __future__ import annotations

import argparse
import time

from indexer.facets import extract_facets
from search.gazetteer import gazetteer

PATTERNS = {
    "figures": "Tháng 6 và 6 tháng, kim ngạch xuất khẩu năm 2019 đạt {i} tỷ USD, ",
    "targets": "mục tiêu: kim ngạch xuất khẩu đạt {i} tỷ USD, tăng {i}% so với cùng kỳ; ",
    "officials": "ông Nguyễn Văn A{i}, Giám đốc Sở Công Thương tỉnh Nghệ An, ",
    "years": "quý I/20{y:02d} và năm 20{y:02d} ",
    "dates": "doanh thu 6/20{y:02d} tăng; ",
    "venues": "Hội nghị tổ chức tại Hà Nội, ",
    "lists": "chỉ số sản xuất công nghiệp của Thái Nguyên tăng {i}%, Hải Phòng tăng {i}%, ",
    "respectively": "IIP tăng {i}%; Đà Nẵng, Huế tăng lần lượt {i},5%, {i},7% ",
    "visitors": "đón {i} lượt khách du lịch và ",
    "lives": "năm 20{y:02d}, ông là ",
    "minorities": "ông Kđoh Kra, Phó Chủ tịch UBND tỉnh dự, ",
    "wards": "ông Nguyễn Văn An, Chủ tịch phường {i} cho biết, ",
    "plans": "Năm 20{y:02d}, sản lượng sẽ tăng. Kim ngạch xuất khẩu đạt {i} triệu USD. ",
    "defendants": "Lê Văn An ({y} tuổi, nguyên đội trưởng đội TTGT quận {i}) {i} năm tù; ",
    # thousands of different people: their names are compared with one another's
    "people": "ông {person}, Giám đốc Sở Công Thương, phát biểu. ",
}
FAMILIES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLES = ["Văn", "Thị", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Ngọc", "Xuân", "Hồng"]
GIVEN = ["Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Sơn", "Long", "Bình", "An", "Lan"]
SECOND_GIVEN = ["Anh", "Khoa", "Phong", "Quân", "Trung", "Vinh", "Thái", "Toàn"]


def _person(i: int) -> str:
    """A different name for each ``i`` below 8,000, of four words from the lists."""
    parts = (FAMILIES, MIDDLES, GIVEN, SECOND_GIVEN)
    words = []
    for part in parts:
        i, k = divmod(i, len(part))
        words.append(part[k])
    return " ".join(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, nargs="+", default=[1000, 4000, 16000])
    parser.add_argument("--patterns", nargs="+", choices=sorted(PATTERNS), default=list(PATTERNS))
    args = parser.parse_args()
    gazetteer()  # loaded once, outside the timings
    print(f"{'pattern':<10} {'repeats':>8} {'chars':>10} {'values':>7} {'seconds':>8}")
    for name in args.patterns:
        phrase = PATTERNS[name]
        for repeats in args.repeats:
            body = "".join(phrase.format(i=i, y=i % 100, person=_person(i)) for i in range(repeats))
            start = time.perf_counter()
            facets = extract_facets("", body)
            seconds = time.perf_counter() - start
            found = len(facets.indicator_values)
            print(f"{name:<10} {repeats:>8} {len(body):>10} {found:>7} {seconds:>8.2f}")


if __name__ == "__main__":
    main()

"""Small text helpers shared by the facet extractors."""

from __future__ import annotations

import re

# Upper-case letters of Vietnamese (Latin + precomposed vowels), for name patterns.
UPPER = "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x1EFB) if chr(c).islower() and chr(c).isalpha())
CAP_WORD = rf"[{UPPER}][{LOWER}]*"

# Family names common enough to mark where a name starts inside a longer capitalised run
# ("Bạch Mai Nguyễn Quang Tuấn" is a hospital, then a person).
MAJOR_SURNAMES = frozenset(
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Ngô",
    ]
)
# Common Vietnamese family names; a person's name starts with one of them.
SURNAMES = MAJOR_SURNAMES | frozenset(
    [
        "Hồ",
        "Dương",
        "Lý",
        "Đào",
        "Đoàn",
        "Vương",
        "Trịnh",
        "Trương",
        "Lâm",
        "Phùng",
        "Mai",
        "Tô",
        "Hà",
        "Tạ",
        "Lương",
        "Lưu",
        "Quách",
        "Cao",
        "Đinh",
        "Thái",
        "Kiều",
        "Châu",
        "Diệp",
        "Từ",
        "Triệu",
        "Tăng",
        "Lại",
        "Nghiêm",
        "Chu",
        "Khúc",
        "Đàm",
        "La",
        "Kim",
        "Thân",
        "Tôn",
        "Mạc",
        "Hứa",
        "Lục",
        "Quan",
        "Hầu",
        "Ninh",
        "Doãn",
        "Lò",
        "Lữ",
        "Nông",
        "Bạch",
        "Tống",
        "Chế",
        "Hàn",
        "Sầm",
        "Âu",
        "Mã",
        "Lạc",
        "Lã",
        "Lường",
        "Thạch",
        "Ung",
        "Viên",
        "Cù",
        "Khổng",
        "Đậu",
        "Cầm",
        "Cấn",
        "Bế",
        "Giáp",
        "Khuất",
        "Mẫn",
        "Nhữ",
        "Thiều",
        "Trình",
        "Ứng",
        "Chử",
        "Phí",
    ]
)


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“(]?[" + UPPER + r"\d])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of sentences; a dot inside a number ("26.366") does not split."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans

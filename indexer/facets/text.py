"""Small text helpers shared by the facet extractors."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from search.analysis import unify_tones

_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
_TONED = "".join(
    unicodedata.normalize("NFC", v + mark)
    for v in _VOWELS
    for mark in "\u0300\u0301\u0303\u0309\u0323"
)

# Only words with a toned vowel next to another vowel can have a misplaced tone
# ("hoà", "thuỵ", "gía"); skipping the rest makes unification ~2x faster.
_ANY_VOWEL = _VOWELS + _TONED
_WORD = re.compile(rf"[^\W\d_]*(?:[{_TONED}][{_ANY_VOWEL}]|[{_ANY_VOWEL}][{_TONED}])[^\W\d_]*")
# Upper-case letters of Vietnamese (Latin + precomposed vowels), for name patterns.
UPPER = "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x1EFB) if chr(c).islower() and chr(c).isalpha())
CAP_WORD = rf"[{UPPER}][{LOWER}]*"

# Common Vietnamese family names; a person's name starts with one of them.
SURNAMES = frozenset(
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
        "Hồ",
        "Ngô",
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


@lru_cache(maxsize=65536)
def _unify_word(word: str) -> str:
    return unify_tones(word)


def unify(text: str) -> str:
    """Tone-unify text word by word; cached because news reuses a few thousand syllables.

    Delegates to ``search.analysis.unify_tones`` so there is one tone rule in the project.
    """
    return _WORD.sub(lambda m: _unify_word(m.group()), text)


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

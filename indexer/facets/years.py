"""Years an article reports on.

Rules (in order):
1. The publication year (from ``published``, else a "dd/mm/yyyy" date line near the top).
2. A year counts only inside a period expression: "năm 2023", "năm học 2022-2023",
   "quý I/2023", "tháng 5/2017", "niên vụ …", "giai đoạn 2021-2025" (both ends).
   Bare 4-digit numbers never count: "1.500 triệu" is an amount, "28/2017/QĐ-UBND" is a
   document number (its year is when the document was issued, not a reported period),
   and "ngày 25 tháng 1 năm 2017" is an event date, not a reporting period.
3. The sentence must report something for that period: a figure (amount or %) or a
   result/target word. Ranges and "đến năm" horizons need a figure or a target word,
   so "Kế hoạch … giai đoạn 2021-2025, định hướng đến năm 2030" alone adds nothing.
4. Every period year in the title counts (titles name the period the article reports).
"""

from __future__ import annotations

import re
from datetime import datetime

from .numbers import AMOUNT_RE
from .text import sentences

_Y = r"(19\d\d|20\d\d)"
PERIOD_RE = re.compile(
    r"(?<![\w/])(năm(?: học| tài chính)?|niên (?:vụ|khóa)|giai đoạn|quý [IV]+\s*/|"
    rf"tháng \d{{1,2}}\s*/|đến năm|từ năm)\s*{_Y}(?:\s*[-–—]\s*{_Y})?(?![\d/])",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(r"(?:ngày|tháng)\s+\d{1,2}\s+(?:tháng\s+\d{1,2}\s+)?$", re.IGNORECASE)
_DATE_LINE = re.compile(r"^\s*\d{1,2}/\d{1,2}/(\d{4})\b", re.MULTILINE)
_RESULT_WORDS = re.compile(
    r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|kết quả|tổng kết|sơ kết|nhiệm vụ|"
    r"đạt|tăng|giảm|ước|so với|cùng kỳ"
)
_TARGET_WORDS = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|dự kiến|đặt ra")
_HORIZON = ("giai đoạn", "đến năm", "từ năm")


def publication_year(body: str, published: datetime | None) -> int | None:
    """Year of publication, or of a leading "07/02/2023 - 18:34" date line."""
    if published is not None:
        return published.year
    m = _DATE_LINE.search(body[:300])
    return int(m.group(1)) if m else None


def _period_years(text: str, strict: bool) -> list[int]:
    """Years of period expressions in text; strict: require a reporting context."""
    found: list[int] = []
    for a, b in sentences(text):
        sent = text[a:b]
        has_figure = AMOUNT_RE.search(sent) is not None
        for m in PERIOD_RE.finditer(sent):
            if _DATE_BEFORE.search(sent[max(0, m.start() - 25) : m.start()]):
                continue
            horizon = m.group(1).lower() in _HORIZON or m.group(3) is not None
            if strict and not (has_figure or _reporting(sent, horizon)):
                continue
            found += [int(y) for y in (m.group(2), m.group(3)) if y]
    return found


def _reporting(sentence: str, horizon: bool) -> bool:
    words = _TARGET_WORDS if horizon else _RESULT_WORDS
    return words.search(sentence) is not None


def extract_years(title: str, body: str, published: datetime | None) -> list[int]:
    """Sorted reported years plus the publication year."""
    years = set(_period_years(title, strict=False)) | set(_period_years(body, strict=True))
    pub = publication_year(body, published)
    if pub is not None:
        years.add(pub)
    return sorted(years)

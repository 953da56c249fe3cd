"""The sexagenary years Vietnamese text names a Tết by: "Tết Đinh Dậu" opens 2017.

A year's stem and branch run in cycles of 10 and 12 from Giáp Tý; a stem goes with the
branches of its parity only, so a pair names one year in 60 (read in 1990-2049).
"""

from __future__ import annotations

import re
from functools import cache

STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
CAN_CHI = rf"(?:{'|'.join(STEMS)}) (?:{'|'.join(BRANCHES)})"
# "Tết Nguyên đán Đinh Dậu", "Xuân Mậu Tuất": a holiday named by its year.
LUNAR_NEW_YEAR = re.compile(rf"\b(?:Tết|Xuân)(?: Nguyên [đĐ]án)? ({CAN_CHI})\b")
_FIRST, _LAST = 1990, 2049


@cache
def lunar_years() -> dict[tuple[str, str], int]:
    """(stem, branch) -> the year whose Tết it names.

    >>> lunar_years()[("Đinh", "Dậu")], lunar_years()[("Giáp", "Tý")]
    (2017, 2044)
    """
    return {
        (STEMS[(year - 4) % 10], BRANCHES[(year - 4) % 12]): year
        for year in range(_FIRST, _LAST + 1)
    }


def new_years_in(text: str) -> list[tuple[int, int]]:
    """(end, year) of every Tết the text names by its year.

    >>> new_years_in("Trong dịp Tết Nguyên đán Đinh Dậu, tỉnh đón 180.000 lượt khách")
    [(33, 2017)]
    """
    return [
        (m.end(), lunar_years()[tuple(m.group(1).split())]) for m in LUNAR_NEW_YEAR.finditer(text)
    ]

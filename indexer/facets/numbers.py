"""Vietnamese number and amount parsing ("26.366 tỷ đồng" = 26366, "5,1 tỷ USD" = 5.1,
"31,3 tỉ đô la Mỹ" = 31.3 tỷ USD).

A range ("3,3 - 3,5 triệu lượt", "từ 11 đến 12%", "8,4% đến 8,7%") reads as its lower bound;
visitors counted as "du khách" or "khách du lịch" use the unit "lượt" ("75.000 du khách" =
75000 lượt, "1 triệu du khách" = 1 triệu lượt).
"""

from __future__ import annotations

import re

from search.indicators import CURRENCY_OF

# A figure's scales, and the scale its unit keeps: "tỉ" is "tỷ", a trillion thousands
# of billions.
_SCALES = {
    "nghìn tỷ": ("tỷ", 1000.0),
    "ngàn tỷ": ("tỷ", 1000.0),
    "tỷ": ("tỷ", 1.0),
    "tỉ": ("tỷ", 1.0),
    "triệu": ("triệu", 1.0),
}
# Surface unit -> (canonical unit, multiplier). Longest forms are tried first.
_UNITS = {
    "nghìn tỷ đồng": ("tỷ đồng", 1000.0),
    "ngàn tỷ đồng": ("tỷ đồng", 1000.0),
    # "vốn đầu tư 312 nghìn tỷ": a trillion is of đồng unless a currency follows
    "nghìn tỷ": ("tỷ đồng", 1000.0),
    "ngàn tỷ": ("tỷ đồng", 1000.0),
    "nghìn tỉ đồng": ("tỷ đồng", 1000.0),
    "ngàn tỉ đồng": ("tỷ đồng", 1000.0),
    "tỷ đồng": ("tỷ đồng", 1.0),
    "tỉ đồng": ("tỷ đồng", 1.0),
    "triệu đồng": ("triệu đồng", 1.0),
    "tỷ USD": ("tỷ USD", 1.0),
    "tỉ USD": ("tỷ USD", 1.0),
    "triệu USD": ("triệu USD", 1.0),
    "tỷ đô la Mỹ": ("tỷ USD", 1.0),
    "tỉ đô la Mỹ": ("tỷ USD", 1.0),
    "tỷ đô la": ("tỷ USD", 1.0),
    "tỉ đô la": ("tỷ USD", 1.0),
    "tỷ đôla": ("tỷ USD", 1.0),
    "tỉ đôla": ("tỷ USD", 1.0),
    "triệu đô la Mỹ": ("triệu USD", 1.0),
    "triệu đô la": ("triệu USD", 1.0),
    "triệu đôla": ("triệu USD", 1.0),
    "nghìn USD": ("nghìn USD", 1.0),
    "USD": ("USD", 1.0),
    "triệu kWh": ("triệu kWh", 1.0),
    "tỷ kWh": ("tỷ kWh", 1.0),
    "kWh": ("kWh", 1.0),
    "MW": ("MW", 1.0),
    "triệu lượt": ("triệu lượt", 1.0),
    "nghìn lượt": ("nghìn lượt", 1.0),
    "lượt": ("lượt", 1.0),
    "triệu du khách": ("triệu lượt", 1.0),
    "nghìn du khách": ("nghìn lượt", 1.0),
    "ngàn du khách": ("nghìn lượt", 1.0),
    "du khách": ("lượt", 1.0),
    "triệu khách du lịch": ("triệu lượt", 1.0),
    "nghìn khách du lịch": ("nghìn lượt", 1.0),
    "khách du lịch": ("lượt", 1.0),
    "%": ("%", 1.0),
}
# A currency by its code or name, on each scale, by the name the unit keeps: đồng ("434 tỉ
# VND", "30 tỷ VNĐ") and the others (``CURRENCY_OF``: "9,5 tỷ EUR" is 9,5 tỷ euro).
_UNITS.update(
    {
        f"{scale} {written}": (f"{kept} {name}", factor)
        for scale, (kept, factor) in _SCALES.items()
        for written, name in {"VND": "đồng", "VNĐ": "đồng", **CURRENCY_OF}.items()
    }
)
# What a bare "nghìn tỷ" may be of besides đồng: "3,7 nghìn tỷ USD", "1,6 nghìn tỷ won",
# "2 nghìn tỷ yên" are no đồng.
_OTHER_CURRENCIES = (
    r"USD|đô|won|yên|yen|euro|EUR|bảng|NDT|nhân dân tệ|rúp|ruble|baht|rupee|peso|ringgit"
    r"|real|kíp|riel"
)
NUMBER = r"\d+(?:[.,]\d+)*"
# Optional upper end of a range: "3,3 - 3,5", "11 đến 12", "8,4% đến 8,7" (lower bound kept).
RANGE = rf"(?:\s*%?\s*(?:-|–|đến|tới)\s*{NUMBER})?"
# The billions of a sum told in two parts: "15 tỷ 600 triệu đồng" is 15,6 tỷ đồng.
_BILLIONS = rf"(?P<billions>{NUMBER})\s*t[ỷỉ]\s+(?=\d+\s*triệu đồng)"
# A bare billion is of đồng where the clause goes on with no noun of its own ("tổng mức
# đầu tư gần 11.850 tỷ.", "nhà máy có vốn đầu tư 12.000 tỷ này"): "7 tỷ người", "2 tỷ
# cổ phiếu" count something else.
_BARE_BILLION = (
    r"t[ỷỉ](?=\s*(?:[.,;:()]|$)|\s+(?:này|đó|và|cho|để|từ|trong|so|vào|thì|nhưng|của|là"
    r"|được|đã|sẽ|mà|nên|với|theo|bằng|tương)(?!\w))"
)
# Visitors counted as "khách" are visits like "lượt khách" ("đón 6,2 triệu khách quốc
# tế"); a firm's customers are not ("2 triệu khách hàng").
_GUESTS = {"triệu khách": ("triệu lượt", 1.0), "nghìn khách": ("nghìn lượt", 1.0)}
_GUESTS["ngàn khách"] = _GUESTS["nghìn khách"]
AMOUNT_RE = re.compile(
    rf"(?<![\w.,/])(?:{_BILLIONS})?(?P<number>{NUMBER}){RANGE}\s*(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
    + rf"|{_BARE_BILLION}|(?:{'|'.join(_GUESTS)})(?! hàng))"
    + rf"(?![^\W\d_]|\s+(?:{_OTHER_CURRENCIES})(?!\w))"
)


def parse_number(text: str) -> float | None:
    """Parse a number written the Vietnamese way: '.' groups thousands, ',' is decimal.

    A lone '.' not followed by exactly three digits is read as a decimal point, since
    some outlets write English-style decimals ("1.5%").
    """
    s = text.strip()
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        parts = s.split(",")
        s = s.replace(",", "") if len(parts) > 2 else s.replace(",", ".")
    elif "." in s:
        parts = s.split(".")
        if not all(len(p) == 3 for p in parts[1:]):
            if len(parts) > 2:
                return None
        else:
            s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


# A bare billion beside dollar billions in its sentence is of dollars too: "nhập khẩu khoảng
# 10 tỷ, xuất khẩu khoảng 40 tỷ, như vậy xuất siêu khoảng 30 tỷ USD".
_DOLLAR_BILLIONS = re.compile(r"t[ỷỉ]\s+(?:USD|đô)")
SENTENCE_REACH = 200


def _bare_billion(match: re.Match[str]) -> tuple[str, float]:
    """The unit of a bare "tỷ" (``_BARE_BILLION``): read in its sentence, at most
    ``SENTENCE_REACH`` characters either side, so a long text costs linear time."""
    text = match.string
    lo = max(text.rfind(". ", max(0, match.start() - SENTENCE_REACH), match.start()), 0)
    hi = text.find(". ", match.end(), match.end() + SENTENCE_REACH)
    hi = min(len(text), match.end() + SENTENCE_REACH) if hi < 0 else hi
    return ("tỷ USD", 1.0) if _DOLLAR_BILLIONS.search(text, lo, hi) else ("tỷ đồng", 1.0)


def parse_amount(match: re.Match[str]) -> tuple[float | None, str]:
    """(value, canonical unit) of an AMOUNT_RE match.

    >>> [parse_amount(AMOUNT_RE.search(t)) for t in ("47 tỷ 978 triệu đồng", "978 triệu đồng")]
    [(47.978, 'tỷ đồng'), (978.0, 'triệu đồng')]
    """
    written = match.group("unit")
    unit, factor = _UNITS.get(written) or _GUESTS.get(written) or _bare_billion(match)
    value = parse_number(match.group("number"))
    if match.group("billions") and value is not None:
        billions = parse_number(match.group("billions"))
        return (None if billions is None else round(billions + value / 1000, 6)), "tỷ đồng"
    return (None if value is None else round(value * factor, 6)), unit

"""Catalogue of economic indicators reported in provincial news (id -> Vietnamese label),
and what makes their reported values comparable.

Lives in ``search`` so the web UI can show labels without importing the indexer. Values
are stored as written ("5,1 tỷ USD"); a reader comparing provinces or years needs them on
one scale, so every value read from the index also carries its amount in the
indicator's canonical unit (``value_normalised``, ``unit_normalised``), the period it
covers, and whether it is an amount, a rate or only a change. Derived when read, so an
index built before needs no rebuild and both backends answer alike.
"""

from __future__ import annotations

import bisect
import re

from search.tones import fold

INDICATORS: dict[str, str] = {
    "iip": "Chỉ số sản xuất công nghiệp",
    "industrial_output": "Giá trị sản xuất công nghiệp",
    "retail_sales": "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
    "exports": "Kim ngạch xuất khẩu",
    "imports": "Kim ngạch nhập khẩu",
    "grdp_growth": "Tốc độ tăng trưởng kinh tế (GRDP)",
    "budget_revenue": "Thu ngân sách nhà nước",
    "cpi": "Chỉ số giá tiêu dùng",
    "investment": "Vốn đầu tư phát triển toàn xã hội",
    "fdi": "Vốn đầu tư trực tiếp nước ngoài (FDI)",
    "electricity_access": "Tỷ lệ hộ sử dụng điện",
    "income_per_capita": "Thu nhập bình quân đầu người",
    "poverty_rate": "Tỷ lệ hộ nghèo",
    "tourism": "Du lịch (lượt khách, doanh thu)",
    "power": "Điện năng (sản lượng, công suất)",
}


def indicator_label(indicator_id: str) -> str:
    """Vietnamese label of a catalogue id; unknown ids are shown as they are."""
    return INDICATORS.get(indicator_id, indicator_id)


# Indicators whose figure is itself a percentage; the others report amounts, and a bare
# percentage of theirs ("xuất khẩu tăng 7%") is a change, not an amount.
RATES = frozenset({"iip", "grdp_growth", "cpi", "electricity_access", "poverty_rate"})
# Currencies besides đồng and the dollar that figures come in: as the news writes them ->
# the name a unit keeps ("68.890 tỷ yên" is 68.890 tỷ yen, "9,5 tỷ EUR" 9,5 tỷ euro).
CURRENCY_OF = {
    **{name: name for name in ("yen", "euro", "nhân dân tệ", "baht", "won", "CAD")},
    **{"yên": "yen", "EUR": "euro", "NDT": "nhân dân tệ"},
}
# Unit as stored -> (canonical unit, factor): one scale per kind of amount.
_CANONICAL = {
    "triệu tỷ đồng": ("tỷ đồng", 1000000.0),
    "nghìn tỷ đồng": ("tỷ đồng", 1000.0),
    "tỷ đồng": ("tỷ đồng", 1.0),
    "triệu đồng": ("tỷ đồng", 0.001),
    "tỷ USD": ("triệu USD", 1000.0),
    "triệu USD": ("triệu USD", 1.0),
    "nghìn USD": ("triệu USD", 0.001),
    "USD": ("triệu USD", 0.000001),
    "lượt": ("lượt khách", 1.0),
    "nghìn lượt": ("lượt khách", 1000.0),
    "triệu lượt": ("lượt khách", 1000000.0),
    "kWh": ("triệu kWh", 0.000001),
    "triệu kWh": ("triệu kWh", 1.0),
    "tỷ kWh": ("triệu kWh", 1000.0),
    "MW": ("MW", 1.0),
    "%": ("%", 1.0),
    # other currencies, each on its own scale (the indexer writes "tỷ euro", "triệu baht";
    # an annotator may write "tỷ EUR")
    **{
        f"{scale} {written}": (f"triệu {currency}", factor)
        for written, currency in CURRENCY_OF.items()
        for scale, factor in (("tỷ", 1000.0), ("triệu", 1.0))
    },
}
# Income is per person: millions of đồng (or dollars) read better than billions.
_PER_HEAD = {
    "triệu đồng": ("triệu đồng", 1.0),
    "tỷ đồng": ("triệu đồng", 1000.0),
    "USD": ("USD", 1.0),
}
# The period a figure covers, as its paragraph names it before the figure. A period
# takes its year along ("quý 1-2017", "tháng 5/2017", "6 tháng đầu năm 2017"), so that
# the year is not read as a whole year's period of its own; counts and months may be
# words ("Sáu tháng đầu năm", "trong tháng sáu"), a count in words only with "đầu/cuối
# năm" (alone, "năm tháng" is "years and months").
_NUMBER_WORDS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
# Read folded, so a query typed without accents counts too ("thang tu"): no two fold alike.
_FOLDED_NUMBER_WORDS = {fold(word): number for word, number in _NUMBER_WORDS.items()}
# The same words as a folded regex alternation, longest first ("muoi mot" before "muoi").
FOLDED_NUMBER_WORDS_RE = "|".join(sorted(_FOLDED_NUMBER_WORDS, key=len, reverse=True))
_OF_YEAR = r"(?:\s*[/-]\s*\d{4}|\s+năm\s+(?:nay|\d{4}))?"
# Spans no report sums: a holiday ("7 ngày Tết", "dịp lễ 30/4"), months not counted
# ("những tháng đầu năm"), or all the years to date ("Tính đến nay, tỉnh có 69 dự án
# FDI, tổng vốn đăng ký 783 triệu USD", "dự án còn hiệu lực", "nâng tổng (số) dự án lên
# 40 với tổng vốn …": a stock, no year's flow). Their figures answer no question of a
# month, quarter or year.
TO_DATE = "lũy kế"
# Several years at once: an average or a total over "giai đoạn 2016-2020", "(1997-2017)",
# "hơn 25 năm qua"; no one year's figure ("cao nhất trong 10 năm qua" only compares).
YEARS_SPAN = "nhiều năm"
# A rate per day or month ("80 triệu kWh/ngày", "3,2 triệu đồng/người/tháng"): no total.
PER_DAY, PER_MONTH = "mỗi ngày", "mỗi tháng"
# A festival's or a holiday's count ("trong thời gian diễn ra Festival Biển").
HOLIDAY, TET = "dịp lễ", "dịp Tết"
HOLIDAYS = frozenset({HOLIDAY, TET})
# A count of one day or one week ("riêng ngày 30/4 đã có 75.000 du khách").
ONE_DAY, ONE_WEEK = "một ngày", "một tuần"
UNCOUNTED_PERIODS = frozenset(
    {*HOLIDAYS, "những tháng đầu năm", TO_DATE, YEARS_SPAN}
    | {PER_DAY, PER_MONTH, ONE_DAY, ONE_WEEK}
)
_COUNT_WORDS = "hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười"
_MONTH_WORDS = r"mười một|mười hai|một|giêng|hai|ba|tư|sáu|bảy|tám|chín|mười|chạp|năm(?=\s*[,:;.])"
_PERIODS = (
    (
        re.compile(rf"\bquý\s+(IV|I{{1,3}}|[1-4]|một|hai|ba|bốn)\b{_OF_YEAR}", re.IGNORECASE),
        "quý {}",
    ),
    (
        re.compile(
            rf"\b(\d{{1,2}})\s+tháng(?:\s+(?:đầu|cuối)\s+năm(?:\s+(?:nay|\d{{4}}))?|{_OF_YEAR})\b"
            rf"|\b({_COUNT_WORDS})\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:nay|\d{{4}}))?\b",
            re.IGNORECASE,
        ),
        "{} tháng",
    ),
    (re.compile(r"\bnửa đầu năm(?:\s+(?:nay|\d{4}))?\b", re.IGNORECASE), "6 tháng"),
    (
        re.compile(
            r"(?<!những )(?<!các )\btháng đầu tiên(?: của)? năm(?:\s+(?:nay|\d{4}))?\b", re.I
        ),
        "tháng 1",
    ),
    (
        re.compile(r"\b(?:những|các|mấy) tháng đầu năm(?:\s+(?:nay|\d{4}))?\b", re.I),
        "những tháng đầu năm",
    ),
    (
        re.compile(
            r"\b(?:dịp|kỳ nghỉ|ngày|trong|lễ) (?:nghỉ )?Tết\b|\bTết Nguyên đán\b|\bdịp Xuân\b"
            r"|\bm[ùồ]ng \d{1,2} Tết\b",
            re.I,
        ),
        TET,
    ),
    (re.compile(r"\b(?:dịp (?:nghỉ )?lễ|ngày lễ|dịp (?:30/4|2/9|1/5))(?![\w/])", re.I), HOLIDAY),
    (
        re.compile(
            r"\b(?:lũy kế|còn hiệu lực|nâng tổng (?:số|vốn|dự án)|tính đến (?:nay|(?:hết|cuối)"
            r"(?:\s+(?:năm|tháng\s+\d{1,2}|quý\s+\w+))?"
            rf"{_OF_YEAR}(?:\s+\d{{4}})?))\b",
            re.I,
        ),
        TO_DATE,
    ),
    # … and "đến nay" opening a clause ("Như vậy, đến nay, các KCN thu hút 35 dự án FDI");
    # "từ đầu năm đến nay" is this year's so far
    (re.compile(r"(?:^|(?<=[,.;:(])\s*)(?:đến|tới) (?:nay|thời điểm này)\b", re.I | re.M), TO_DATE),
    (
        re.compile(
            rf"(?<!hàng )(?<!mỗi )(?<!các )\btháng\s+(\d{{1,2}}|{_MONTH_WORDS})\b{_OF_YEAR}",
            re.IGNORECASE,
        ),
        "tháng {}",
    ),
    (
        re.compile(
            r"\b(?:giai đoạn|thời kỳ)\s+(?:từ\s+)?(?:năm\s+)?\d{4}\s*(?:-|–|đến|tới)\s*"
            r"(?:năm\s+)?\d{4}\b|\(\d{4}\s*[-–]\s*\d{4}\)"
            r"|(?<!nhất trong )(?<!nhất )\b\d{1,2}\s+năm\s+(?:qua|tái lập|đổi mới|gần đây)\b"
            r"|\btừ nay (?:đến|tới) (?:năm )?\d{4}\b",
            re.IGNORECASE,
        ),
        YEARS_SPAN,
    ),
    (re.compile(r"\b(?:cả năm|năm \d{4}|năm nay)\b", re.IGNORECASE), "năm"),
)
# A comparison base names another period: "tăng 5% so với cùng kỳ năm 2016".
_COMPARISON = re.compile(r"\b(?:so với|so cùng kỳ)[^,;.]*")
_QUARTERS = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def normalised(
    indicator: str, value: float | None, unit: str | None
) -> tuple[float | None, str | None]:
    """The amount in the indicator's canonical unit; (None, None) when unknown.

    >>> normalised("exports", 5.1, "tỷ USD")
    (5100.0, 'triệu USD')
    >>> normalised("tourism", 1.2, "triệu lượt"), normalised("income_per_capita", 0.05, "tỷ đồng")
    ((1200000.0, 'lượt khách'), (50.0, 'triệu đồng'))
    """
    table = _PER_HEAD if indicator == "income_per_capita" else _CANONICAL
    if value is None or unit not in table:
        return None, None
    canonical, factor = table[unit]
    return round(value * factor, 6), canonical


def period_of(text: str) -> str | None:
    """The period a reported figure covers: the one its sentence names last before it.

    >>> period_of("kim ngạch xuất khẩu 6 tháng đầu năm 2019 đạt 1,2 tỷ USD")
    '6 tháng'
    >>> period_of("GRDP quý 2 tăng 7%"), period_of("CPI tháng 5 tăng 0,2%"), period_of("đạt 5%")
    ('quý II', 'tháng 5', None)
    >>> period_of("Tháng 6 xuất khẩu đạt 1 tỷ USD; tính chung 6 tháng, xuất khẩu đạt ")
    '6 tháng'
    >>> period_of("xuất khẩu đạt 2 tỷ USD, tăng 5% so với năm 2016")
    """
    named = periods_in(text)
    return named[-1][1] if named else None


def periods_in(text: str) -> list[tuple[int, str]]:
    """(end, period) of every period ``text`` names, in order, but comparison bases.

    >>> periods_in("Quý I tăng 5% so với quý I/2016; 6 tháng đầu năm 2017 đạt")
    [(5, 'quý I'), (53, '6 tháng')]
    >>> periods_in("trong quý 1 năm 2021, tháng 5/2017, Sáu tháng đầu năm, trong tháng năm, lúa")
    [(20, 'quý I'), (34, 'tháng 5'), (53, '6 tháng'), (70, 'tháng 5')]
    >>> [p for _, p in periods_in("tháng đầu tiên của năm 2017, 7 ngày Tết, những tháng đầu năm")]
    ['tháng 1', 'dịp Tết', 'những tháng đầu năm']
    >>> [p for _, p in periods_in("Nhân dịp Xuân Đinh Dậu, kỳ nghỉ lễ Tết Nguyên đán 7 ngày")]
    ['dịp Tết', 'dịp Tết']
    >>> [p for _, p in periods_in("Đến hết ngày mùng 4 Tết, đã có 35.000 lượt khách")]
    ['dịp Tết']
    >>> [p for _, p in periods_in("Dự kiến, dịp 30/4 - 1/5, tỉnh sẽ đón 70.000 lượt khách")]
    ['dịp lễ']
    >>> periods_in("Tính đến hết năm 2016, tỉnh có 370 dự án FDI")
    [(21, 'lũy kế')]
    >>> periods_in("135 dự án FDI còn hiệu lực, tổng vốn đăng ký gần 2 tỷ USD")
    [(26, 'lũy kế')]
    >>> [p for _, p in periods_in("nâng tổng số dự án FDI lên 40 với tổng vốn hơn 1 tỷ USD")]
    ['lũy kế']
    >>> [p for _, p in periods_in("giai đoạn 2016-2020 tăng 7%/năm; hơn 25 năm qua, năm 2017")]
    ['nhiều năm', 'nhiều năm', 'năm']
    >>> periods_in("Sáu tháng đầu năm 2017, GRDP tăng cao nhất trong 10 năm gần đây")
    [(22, '6 tháng')]
    """
    bases = [m.span() for m in _COMPARISON.finditer(text)]
    found: list[tuple[int, int, str]] = []  # sorted and apart; earlier patterns win
    for pattern, shape in _PERIODS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if _overlaps(bases, start, end) or _overlaps(found, start, end):
                continue  # a base, or inside a period already read ("năm 2019" of "6 tháng …")
            part = next((g for g in match.groups() if g), "")
            bisect.insort(found, (start, end, period_name(shape, part)))
    return [(end, name) for _, end, name in found]


def _overlaps(spans: list, start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, apart): only the last
    one starting before ``end`` can, so a paragraph of thousands is read in log time."""
    before = bisect.bisect_left(spans, (end,)) - 1
    return before >= 0 and spans[before][1] > start


def period_name(shape: str, part: str) -> str:
    """A period as values name it: quarters in Roman numerals, months without a zero,
    numbers in words as digits.

    >>> period_name("quý {}", "2"), period_name("tháng {}", "01"), period_name("{} tháng", "6")
    ('quý II', 'tháng 1', '6 tháng')
    >>> period_name("{} tháng", "Sáu"), period_name("tháng {}", "giêng")
    ('6 tháng', 'tháng 1')
    >>> period_name("tháng {}", "nam"), period_name("tháng {}", "muoi hai")
    ('tháng 5', 'tháng 12')
    """
    number = _FOLDED_NUMBER_WORDS.get(fold(part.lower()))
    part = str(number) if number else part
    if shape.startswith("quý"):
        return shape.format(_QUARTERS.get(part, part.upper()))
    return shape.format(str(int(part)) if part.isdigit() else part)


def measure_of(indicator: str, unit: str | None) -> str:
    """'rate' (the figure is the indicator's percentage), 'change' (a level indicator
    reported only by its change) or 'amount'."""
    if indicator in RATES:
        return "rate"
    return "change" if unit == "%" else "amount"


def comparable(value: dict) -> dict:
    """A stored value with what comparing it takes: its normalised amount and unit, its
    period (read from the whole sentence when indexed; from the value's text in an
    index built before), whether it is the country's, a company's or a part of the
    province's, or counts visitors from abroad only (false in an index built before),
    the province its sentence gives it (null: the article's; so in an index built
    before), the product or market it is of (null: all trade or visitors; so in an
    index built before) and its measure."""
    amount, unit = normalised(value["indicator"], value.get("value"), value.get("unit"))
    return {
        **value,
        "value_normalised": amount,
        "unit_normalised": unit,
        "period": value["period"] if "period" in value else period_of(value.get("text") or ""),
        "country": value.get("country", False),
        "company": value.get("company", False),
        "sub_province": value.get("sub_province", False),
        "international": value.get("international", False),
        "province": value.get("province"),
        "product": value.get("product"),
        "measure": measure_of(value["indicator"], value.get("unit")),
    }

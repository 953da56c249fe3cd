"""What a query asks for: an indicator, a province, a year and a period.

"xuat khau tien giang 2023" names the indicator exports, the province Tiền Giang and
the year 2023: the question an answer card answers (``search.answers``). Words are read
folded, so a query typed without accents, in capitals or with abbreviations ("kim
ngạch XK", "TP.HCM", "quý I/2019") is read alike. The indicator phrases are a data file
(``data/indicator_queries.txt``); provinces come from the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import cache
from typing import TypeVar

from search.gazetteer import gazetteer
from search.indicators import FOLDED_NUMBER_WORDS_RE, TET, period_name
from search.lunar import lunar_years
from search.names import data_lines
from search.tones import fold

# Words a question may hold besides what it asks ("tỉnh", "năm", "bao nhiêu"): a query
# with any other word asks something else ("du lịch Đà Nẵng lễ hội pháo hoa").
FILLERS = frozenset(
    [
        "tinh",
        "thanh",
        "pho",
        "tp",
        "cua",
        "nam",
        "bao",
        "nhieu",
        "la",
        "dat",
        "so",
        "lieu",
        "tai",
        "o",
        "trong",
        "cac",
        "dau",
        "het",
        "ca",
        "tong",
        "kinh",
        "te",
        "chi",
        "tieu",
        "cao",
        "thong",
        "ke",
        "nhu",
        "the",
        "nao",
        "den",
    ]
)
_TOKEN = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
# Periods as folded word sequences: (pattern, period as the values name it).
_PERIODS = (
    (re.compile(r"\bquy (iv|iii|ii|i|[1-4])\b"), "quý {}"),
    (re.compile(r"\b(\d{1,2}) thang\b"), "{} tháng"),
    (re.compile(r"\bnua dau nam\b"), "6 tháng"),
    (re.compile(r"\bthang (\d{1,2})\b"), "tháng {}"),
    # a month in words ("tháng giêng", "tháng mười một"; "tháng năm 2017": May)
    (re.compile(rf"\bthang ({FOLDED_NUMBER_WORDS_RE})\b"), "tháng {}"),
    (re.compile(r"\b(?:ca|moi|hang) nam\b|\bnam (?=(?:19|20)\d\d\b)"), "năm"),
    (re.compile(r"\b(?:dip |ky nghi )?tet(?: nguyen dan)?\b"), TET),
    (re.compile(r"\b(?:dip (?:nghi )?|ngay )le\b|\b(?:le|dip) \d{1,2} \d{1,2}\b"), "dịp lễ"),
)
# Words that ask for a kind of figure: a plan, or an estimate.
_KINDS = (
    (frozenset({("muc", "tieu"), ("ke", "hoach"), ("chi", "tieu"), ("du", "toan")}), "target"),
    (frozenset({("uoc", "tinh"), ("uoc", "dat"), ("uoc",)}), "estimate"),
)


@dataclass(frozen=True)
class Understood:
    """The parts of a query an answer needs; ``rest`` counts its other words."""

    indicator: str | None = None
    province: str | None = None
    year: int | None = None
    period: str | None = None
    kind: str | None = None
    unit: str | None = None
    rest: int = 0

    @property
    def question(self) -> bool:
        """Whether the query asks for an indicator's figure in a province, and no more."""
        return bool(self.indicator and self.province) and not self.rest

    def as_dict(self) -> dict:
        """What the API returns: the parts, null where absent, and whether they are the
        whole question (no other word)."""
        parts = asdict(self)
        del parts["rest"]
        return {**parts, "question": self.question}


def understand(query: str) -> Understood:
    """The indicator, province, year, period and kind of figure a query names.

    >>> asked = understand("xuat khau tien giang 2023")
    >>> asked.indicator, asked.province, asked.year, asked.period, asked.question
    ('exports', 'Tiền Giang', 2023, None, True)
    >>> asked = understand("Kim ngạch XK TP.HCM 6 tháng đầu năm 2019")
    >>> asked.province, asked.period
    ('Hồ Chí Minh', '6 tháng')
    >>> understand("du toan thu ngan sach Quang Nam nam 2017").kind
    'target'
    >>> understand("xuất khẩu lao động Nghệ An").rest, understand("xuat nhap khau").indicator
    (2, None)
    """
    words = [fold(token.lower()) for token in _TOKEN.findall(query)]
    used = [False] * len(words)
    year = _year(words, used)
    province = _longest(words, used, province_forms())
    named = _longest(words, used, indicator_phrases())
    indicator, unit = named or (None, None)
    _named_again(words, used, indicator)
    period = _period(words, used)
    kind = _kind(words, used)
    rest = sum(
        1 for word, taken in zip(words, used, strict=True) if not taken and word not in FILLERS
    )
    return Understood(
        indicator=indicator if indicator != "-" else None,
        unit=unit,
        province=gazetteer().names[province] if province else None,
        year=year,
        period=period,
        kind=kind,
        rest=rest,
    )


def _named_again(words: list[str], used: list[bool], indicator: str | None) -> None:
    """Marks used the other phrases naming the same indicator, in one pass: a query may
    name it twice ("dự án FDI Quảng Ngãi tổng vốn FDI"); a phrase of another one stays
    unread (a query asking two figures gets no card)."""
    if not indicator:
        return
    own = {phrase for phrase, (named, _) in indicator_phrases().items() if named == indicator}
    longest = max(map(len, own))
    start = 0
    while start < len(words):
        size = next(
            (
                n
                for n in range(min(longest, len(words) - start), 0, -1)
                if tuple(words[start : start + n]) in own and not any(used[start : start + n])
            ),
            0,
        )
        used[start : start + size] = [True] * size
        start += size or 1


def _year(words: list[str], used: list[bool]) -> int | None:
    """The first year named; "quý I/2019" and "2019" alike; else a lunar year ("Tết Đinh
    Dậu" is the Tết of 2017).

    >>> _year(["tet", "dinh", "dau"], [False] * 3), _year(["giap", "ty"], [False] * 2)
    (2017, 2044)
    """
    for i, word in enumerate(words):
        if _YEAR.match(word):
            used[i] = True
            return int(word)
    for i in range(len(words) - 1):
        year = _LUNAR_YEARS.get((words[i], words[i + 1]))
        if year:
            used[i] = used[i + 1] = True
            return year
    return None


# Lunar years as a query types them: (stem, branch) folded -> year.
_LUNAR_YEARS = {(fold(s.lower()), fold(b.lower())): y for (s, b), y in lunar_years().items()}


def _period(words: list[str], used: list[bool]) -> str | None:
    """The period named ("6 tháng", "quý I", "tháng 5"); "năm" only with a year."""
    text = " ".join(
        w if not taken or _YEAR.match(w) else "_" for w, taken in zip(words, used, strict=True)
    )
    for pattern, shape in _PERIODS:
        found = pattern.search(text)
        if found:
            first = text[: found.start()].count(" ") if found.start() else 0
            for i in range(first, first + found.group().count(" ") + 1):
                used[i] = True
            return period_name(shape, found.group(1) if found.groups() else "")
    return None


def _kind(words: list[str], used: list[bool]) -> str | None:
    """The kind of figure asked for ("mục tiêu", "dự toán": a plan; "ước": an estimate)."""
    for phrases, kind in _KINDS:
        found = _longest(words, used, dict.fromkeys(phrases, kind))
        if found:
            return found
    return None


T = TypeVar("T")


def _longest(words: list[str], used: list[bool], phrases: dict[tuple[str, ...], T]) -> T | None:
    """What the longest unused run of words that is a phrase stands for (marked used)."""
    longest = max(map(len, phrases))
    for size in range(min(longest, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            run = tuple(words[start : start + size])
            if run in phrases and not any(used[start : start + size]):
                used[start : start + size] = [True] * size
                return phrases[run]
    return None


@cache
def indicator_phrases() -> dict[tuple[str, ...], tuple[str, str | None]]:
    """Folded phrase -> (indicator id, the canonical unit it asks for or None); "-": no
    catalogue indicator.

    >>> indicator_phrases()[("doanh", "thu", "du", "lich")]
    ('tourism', 'tỷ đồng')
    """
    phrases = {}
    for line in data_lines("search", "indicator_queries.txt"):
        indicator, _, listed = line.partition(":")
        for item in listed.split(","):
            phrase, _, unit = item.partition("[")
            key = tuple(_TOKEN.findall(fold(phrase.strip().lower())))
            phrases[key] = (indicator.strip(), unit.rstrip("] ") or None)
    return phrases


@cache
def province_forms() -> dict[tuple[str, ...], str]:
    """Folded province name or short form ("tp.hcm", "sai gon") -> province key; and, in
    a query only, "thủ đô", which the press writes for Hà Nội (in articles it may be
    another country's capital, so the gazetteer does not hold it).

    >>> understand("cpi thu do thang 5 2017").province
    'Hà Nội'
    """
    forms = {
        tuple(_TOKEN.findall(fold(form.lower()))): key for form, key in gazetteer().forms.items()
    }
    capital = next(key for form, key in gazetteer().forms.items() if form == "Hà Nội")
    return {**forms, ("thu", "do"): capital}

"""Small text helpers shared by the facet extractors."""

from __future__ import annotations

import re

from search.names import data_lines
from search.tones import LOWER, UPPER

CAP_WORD = rf"[{UPPER}][{LOWER}]*"

# Family names (search/data/surnames_major.txt): common enough to mark where a name starts
# inside a longer capitalised run ("Bạch Mai Nguyễn Quang Tuấn" is a hospital, then a
# person); with the others (search/data/surnames.txt), where any person's name starts.
MAJOR_SURNAMES = frozenset(data_lines("search", "surnames_major.txt"))
SURNAMES = MAJOR_SURNAMES | frozenset(data_lines("search", "surnames.txt"))

# Foreign countries and territories as the news names them (data/countries.txt);
# "Ủy ban Pháp luật" is a committee of the National Assembly, not France.
COUNTRY_NAMES = tuple(data_lines("indexer.facets", "countries.txt"))
COUNTRY_ALTERNATION = "|".join(COUNTRY_NAMES)  # for patterns naming a country in a context
COUNTRIES = re.compile(
    rf"(?<!\w)(?:{COUNTRY_ALTERNATION})(?!\w)".replace("Pháp", "Pháp(?! luật)(?! chế)")
)
# … those that cannot be Vietnamese given names ("Anh", "Đức", "Nga" can).
SURE_COUNTRIES = re.compile("|".join(c for c in COUNTRY_NAMES if " " in c or len(c) > 6))


# Longer names a province's name begins: "Thái Bình Dương" is the Pacific Ocean ("xuyên
# Thái Bình Dương", TPP; "Bộ Chỉ huy Thái Bình Dương Mỹ"); "Điện Biên Phủ" a battle, a
# street in every city ("408 Điện Biên Phủ, Q.10, TP.HCM") or the provincial capital;
# "Đồng Tháp Mười" the Plain of Reeds, a region across three provinces, and a hospital's
# name in Long An; none of them the province. Keyed by the gazetteer's province keys.
_LONGER_NAMES = {
    "tinhthaibinh": re.compile(r"\s+Dương\b"),
    "tinhdienbien": re.compile(r"\s+Phủ\b"),
    "tinhdongthap": re.compile(r"\s+Mười\b"),
}

# "tỉnh" right before a province's name: the province, not the longer place ("thành phố
# Điện Biên Phủ" is the city).
_PROVINCE_WORD_BEFORE = re.compile(r"[Tt]ỉnh\s*$")
PROVINCE_WORD_REACH = 6


def longer_name_end(key: str, text: str, start: int, end: int) -> int:
    """Where the longer place name a province's name (``key``, at ``start:end``) begins
    ends, or ``end`` when it begins none: after "tỉnh" it is the province ("tỉnh Thái
    Bình Dương Văn Minh" names the province, then a person).

    >>> text = "Bộ Chỉ huy Thái Bình Dương Mỹ"
    >>> text[: longer_name_end("tinhthaibinh", text, 11, 20)]
    'Bộ Chỉ huy Thái Bình Dương'
    >>> longer_name_end("tinhthaibinh", "tỉnh Thái Bình Dương Văn Minh", 5, 14)
    14
    """
    longer = _LONGER_NAMES.get(key)
    m = longer.match(text, end) if longer else None
    if not m or _PROVINCE_WORD_BEFORE.search(text, max(0, start - PROVINCE_WORD_REACH), start):
        return end
    return m.end()


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


# How far each side of a position its sentence is read (a longer one is cut there).
SENTENCE_REACH = 1000
_TP_DOT = re.compile(r"\b(TP|Tp|tp)\.")


def mask_tp(text: str) -> str:
    """The abbreviations "TP." / "Tp." with the dot blanked, so they end no clause or sentence."""
    return _TP_DOT.sub(r"\1 ", text)


def sentence_bounds(text: str, pos: int, reach: int = SENTENCE_REACH) -> tuple[int, int]:
    """(start, end) of the sentence around ``pos`` (split on ". " and line breaks, "TP."
    no end), read within ``reach`` characters each side: masking the whole text for each
    mention made a text of thousands of venues quadratic (232,000 characters: 79 s).

    >>> text = "Mở đầu. Ông A ở TP. Huế nói. Hết"
    >>> text[slice(*sentence_bounds(text, 10))]
    ' Ông A ở TP. Huế nói'
    """
    lo, hi = max(0, pos - reach), min(len(text), pos + reach)
    window, at = mask_tp(text[lo:hi]), pos - lo
    start = max(window.rfind(". ", 0, at), window.rfind("\n", 0, at)) + 1
    ends = [i for i in (window.find(". ", at), window.find("\n", at)) if i >= 0]
    return lo + start, lo + (min(ends) if ends else len(window))

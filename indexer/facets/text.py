"""Small text helpers shared by the facet extractors."""

from __future__ import annotations

import re

from search.names import data_lines

# Upper-case letters of Vietnamese (Latin + precomposed vowels), for name patterns.
UPPER = "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x1EFB) if chr(c).islower() and chr(c).isalpha())
CAP_WORD = rf"[{UPPER}][{LOWER}]*"

# Family names (search/data/surnames_major.txt): common enough to mark where a name starts
# inside a longer capitalised run ("Bạch Mai Nguyễn Quang Tuấn" is a hospital, then a
# person); with the others (search/data/surnames.txt), where any person's name starts.
MAJOR_SURNAMES = frozenset(data_lines("search", "surnames_major.txt"))
SURNAMES = MAJOR_SURNAMES | frozenset(data_lines("search", "surnames.txt"))


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

"""Names the news writes both in full and abbreviated ("Ủy ban nhân dân", "UBND"):
a query naming either finds both, since its reader means the body, not the letters.

The spellings are listed in ``data/abbreviations.txt``; a query word that is or holds
one gets the others as alternatives (``query.word_items``), so both backends match them
alike and the full names stay whole words (``names.known_names``).
"""

from __future__ import annotations

from functools import cache

from search.analysis import syllable_spans
from search.names import abbreviated_names
from search.tones import fold, normalize


def _key(text: str) -> tuple[str, ...]:
    return tuple(fold(syllable) for syllable, _, _ in syllable_spans(text))


@cache
def _keyed() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(a spelling's folded syllables, the other spellings of its name), the longest
    first, so a listed name holding a shorter one is read whole."""
    rows = [
        (_key(spelling), tuple(s for s in group if s != spelling))
        for group in abbreviated_names()
        for spelling in group
    ]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def spellings(word: str) -> list[str]:
    """The word, then the word with a listed spelling it holds (whole syllables)
    replaced by each other spelling of its name; the first listed spelling found counts.

    >>> spellings("Ủy ban nhân dân")
    ['Ủy ban nhân dân', 'UBND']
    >>> spellings("Sở Giao thông vận tải"), spellings("tp hcm")
    (['Sở Giao thông vận tải', 'Sở GTVT'], ['tp hcm', 'Thành phố Hồ Chí Minh', 'TPHCM'])
    >>> spellings("tăng trưởng")
    ['tăng trưởng']
    """
    text = normalize(word)
    spans = list(syllable_spans(text))
    folded = tuple(fold(syllable) for syllable, _, _ in spans)
    for key, others in _keyed():
        for at in range(len(folded) - len(key) + 1):
            if folded[at : at + len(key)] == key:
                start, end = spans[at][1], spans[at + len(key) - 1][2]
                return [word, *(text[:start] + other + text[end:] for other in others)]
    return [word]

"""How people type a query: as written, in lower case, half-accented, without accents.

The rules of ``eval/RANKING_QUERIES.md``, shared by every evaluation that replays a
written query in other typings.
"""

from __future__ import annotations

import re
import unicodedata

TYPINGS = ("written", "lower", "partial", "unaccented")
_WORD = re.compile(r"\S+")


def fold(text: str) -> str:
    """Lower-case and strip all diacritics (đ → d).

    >>> fold("Đắk Lắk")
    'dak lak'
    """
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def partial(text: str) -> str:
    """Lower case with the diacritics of every second accented word removed, starting
    from the first or the second one by the number of words, like a phone user who
    skips some.

    >>> partial("Sở Tài chính Vĩnh Long")
    'sở tai chính vinh long'
    """
    words = text.lower().split()
    accented = [i for i, word in enumerate(words) if fold(word) != word]
    start = len(words) % 2
    for i in accented[start::2]:
        words[i] = fold(words[i])
    return " ".join(words)


def typed(text: str, typing: str) -> str:
    """``text`` (as written) in one of the ``TYPINGS``.

    >>> typed("Vĩnh Long", "unaccented")
    'vinh long'
    """
    if typing == "written":
        return text
    if typing == "lower":
        return text.lower()
    if typing == "partial":
        return partial(text)
    if typing == "unaccented":
        return fold(text)
    raise ValueError(f"typing: one of {', '.join(TYPINGS)}")

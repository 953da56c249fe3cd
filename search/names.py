"""Names a query keeps whole, even where pyvi's dictionary would split them: provinces and
districts, organisations, indicator names (here) and officials (from the index).

A name is stored as its folded syllables, so "Sở Tài chính", "so tai chinh" and
"SỞ TÀI CHÍNH" are the same name.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

from search.analysis import fold, query_syllables
from search.gazetteer import gazetteer

Name = tuple[str, ...]


def name_key(text: str) -> Name:
    """The folded syllables of a name.

    >>> name_key("Bà Rịa - Vũng Tàu")
    ('ba', 'ria', 'vung', 'tau')
    """
    return tuple(fold(syllable) for syllable in query_syllables(text))


def name_keys(texts: Iterable[str]) -> frozenset[Name]:
    """The names of several syllables among ``texts`` (one syllable is a word anyway)."""
    return frozenset(key for key in map(name_key, texts) if len(key) > 1)


def _listed(filename: str) -> list[str]:
    """The names of a data file: one a line, ``#`` starts a comment."""
    text = (resources.files("search") / "data" / filename).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


@cache
def known_names() -> frozenset[Name]:
    """Places, organisations and indicator names (loaded once per process)."""
    listed = _listed("organisations.txt") + _listed("indicator_names.txt")
    return name_keys([*gazetteer().place_names, *listed])

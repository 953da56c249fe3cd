"""Names a query keeps whole, even where pyvi's dictionary would split them: provinces and
districts, organisations, indicator names (here) and officials (from the index).

A name is found by its folded syllables, so "Sở Tài chính", "so tai chinh" and
"SỞ TÀI CHÍNH" are the same name; but a syllable typed with accents must have the
name's accents: "Dân Phương" is not the district Đan Phượng.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources

from search.analysis import fold, query_syllables
from search.gazetteer import gazetteer

Spelling = tuple[str, ...]  # a name's syllables, lower case, tones unified


class Names:
    """Names of several syllables (one syllable is a word anyway), by folded syllables."""

    def __init__(self, spellings: Mapping[Spelling, frozenset[Spelling]]) -> None:
        self._spellings = spellings

    @classmethod
    def of(cls, texts: Iterable[str]) -> Names:
        spellings: dict[Spelling, set[Spelling]] = {}
        for text in texts:
            spelt = tuple(query_syllables(text))
            if len(spelt) > 1:
                spellings.setdefault(tuple(map(fold, spelt)), set()).add(spelt)
        return cls({key: frozenset(value) for key, value in spellings.items()})

    def __or__(self, other: Names) -> Names:
        merged = dict(self._spellings)
        for key, spelt in other._spellings.items():
            merged[key] = merged.get(key, frozenset()) | spelt
        return Names(merged)

    def __len__(self) -> int:
        return len(self._spellings)

    def holds(self, typed: Sequence[str]) -> bool:
        """Whether the typed syllables (lower case, tones unified) spell a name.

        >>> names = Names.of(["Đan Phượng"])
        >>> names.holds(["dan", "phuong"]), names.holds(["đan", "phuong"])
        (True, True)
        >>> names.holds(["dân", "phương"])
        False
        """
        spellings = self._spellings.get(tuple(map(fold, typed)), ())
        accented = [i for i, syllable in enumerate(typed) if fold(syllable) != syllable]
        return any(all(spelt[i] == typed[i] for i in accented) for spelt in spellings)


def data_lines(package: str, filename: str) -> list[str]:
    """The entries of a package's data file (``data/filename``): one a line, ``#``
    starts a comment."""
    text = (resources.files(package) / "data" / filename).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


@cache
def known_names() -> Names:
    """Places, organisations and indicator names (loaded once per process)."""
    listed = data_lines("search", "organisations.txt") + data_lines("search", "indicator_names.txt")
    return Names.of([*gazetteer().place_names, *listed])

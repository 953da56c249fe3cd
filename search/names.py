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

from search.analysis import query_syllables
from search.gazetteer import gazetteer
from search.tones import fold

Spelling = tuple[str, ...]  # a name's syllables, lower case, tones unified


class Names:
    """Names of several syllables (one syllable is a word anyway), by folded syllables."""

    def __init__(
        self,
        spellings: Mapping[Spelling, frozenset[Spelling]],
        written: Mapping[Spelling, str] | None = None,
    ) -> None:
        self._spellings = spellings
        self._written = written or {}
        self._by_all_but_one: dict[Spelling, list[str]] | None = None

    @classmethod
    def of(cls, texts: Iterable[str]) -> Names:
        spellings: dict[Spelling, set[Spelling]] = {}
        written: dict[Spelling, str] = {}
        for text in texts:
            spelt = tuple(query_syllables(text))
            if len(spelt) > 1:
                spellings.setdefault(tuple(map(fold, spelt)), set()).add(spelt)
                written.setdefault(spelt, text)
        return cls({key: frozenset(value) for key, value in spellings.items()}, written)

    def __or__(self, other: Names) -> Names:
        merged = dict(self._spellings)
        for key, spelt in other._spellings.items():
            merged[key] = merged.get(key, frozenset()) | spelt
        return Names(merged, {**other._written, **self._written})

    def spellings(self, folded: Sequence[str]) -> frozenset[Spelling]:
        """How the names that fold to ``folded`` are spelt (lower case, tones unified)."""
        return self._spellings.get(tuple(folded), frozenset())

    def one_syllable_off(self, folded: Sequence[str]) -> list[tuple[int, str]]:
        """(position, the name's syllable there) for every name that has all the folded
        syllables of ``folded`` but one, in the same places.

        >>> Names.of(["Tiền Giang", "Tiền Hải"]).one_syllable_off(["tien", "gang"])
        [(1, 'giang'), (1, 'hai')]
        """
        if self._by_all_but_one is None:
            self._by_all_but_one = {}
            for key in self._spellings:
                for i, syllable in enumerate(key):
                    self._by_all_but_one.setdefault((*key[:i], "", *key[i + 1 :]), []).append(
                        syllable
                    )
        found = []
        for i in range(len(folded)):
            wildcard = (*folded[:i], "", *folded[i + 1 :])
            found += [(i, syllable) for syllable in self._by_all_but_one.get(wildcard, ())]
        return found

    def written(self, spelt: Spelling) -> str:
        """A name as its source writes it ("Bến Tre"); the syllables joined otherwise.

        >>> Names.of(["Bến Tre"]).written(("bến", "tre"))
        'Bến Tre'
        """
        return self._written.get(tuple(spelt), " ".join(spelt))

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
def abbreviated_names() -> tuple[tuple[str, ...], ...]:
    """The names the news writes in full and abbreviated (``data/abbreviations.txt``),
    each one's spellings, written out first."""
    return tuple(
        tuple(spelling.strip() for spelling in line.split("|"))
        for line in data_lines("search", "abbreviations.txt")
    )


@cache
def known_names() -> Names:
    """Places, organisations, indicator names and the spellings of abbreviated names
    (loaded once per process)."""
    listed = data_lines("search", "organisations.txt") + data_lines("search", "indicator_names.txt")
    abbreviated = [spelling for group in abbreviated_names() for spelling in group]
    return Names.of([*gazetteer().place_names, *listed, *abbreviated])

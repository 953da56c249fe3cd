"""The Vietnamese syllables the engine knows: pyvi's dictionary's, and those of family
names and places, which it lacks; and the accented syllables a bare one may stand for.

It sits above ``tones`` (spelling rules only) and the name lists, so that neither
needs the other.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata

from search.gazetteer import gazetteer
from search.names import data_lines
from search.segmentation import dictionary_words, preload
from search.tones import fold, toned_forms, unify_tones

_MARKED_LETTERS = {"a": "aăâ", "d": "dđ", "e": "eê", "o": "oôơ", "u": "uư"}


def preload_query_data() -> None:
    """Load what reading queries needs (pyvi, its syllables) before the first query."""
    preload()
    known_syllables()


@functools.cache
def known_syllables() -> frozenset[str]:
    """Every Vietnamese syllable pyvi's dictionary knows, and those of family names and
    places (which it lacks: "nguyễn", "ngãi", "lắk"), lower case, tones unified.

    >>> {"nguyễn", "đình", "tiền", "ngãi", "lắk"} <= known_syllables()
    True
    """
    names = [*data_lines("search", "surnames_major.txt"), *data_lines("search", "surnames.txt")]
    named = [word for name in [*names, *gazetteer().place_names] for word in name.split()]
    words = " ".join([*dictionary_words(), *filter(str.isalpha, named)]).lower()
    return frozenset(unify_tones(unicodedata.normalize("NFC", words)).split())


@functools.cache
def folded_syllables() -> frozenset[str]:
    """The same syllables without diacritics."""
    return frozenset(fold(syllable) for syllable in known_syllables())


@functools.lru_cache(maxsize=4096)
def accent_variants(bare: str) -> tuple[str, ...]:
    """What a syllable typed without accents may mean: itself, and every Vietnamese
    syllable (of pyvi's dictionary, tone placed as ``unify_tones`` places it) that
    folds to it.

    >>> accent_variants("tai")
    ('tai', 'tài', 'tái', 'tãi', 'tải', 'tại')
    >>> accent_variants("a" * 480) == ("a" * 480,)  # a hostile query's "syllable"
    True
    """
    if bare not in folded_syllables():  # also bounds the product below, exponential in
        return (bare,)  # the letters: no Vietnamese syllable is longer than a dozen
    known = known_syllables()
    variants = [bare]
    for letters in itertools.product(*(_MARKED_LETTERS.get(ch, ch) for ch in bare)):
        base = "".join(letters)
        variants.extend(v for v in [base, *toned_forms(base)] if v != bare and v in known)
    return tuple(variants)

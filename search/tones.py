"""Vietnamese tones and accents: one tone placement, diacritics folded away, a syllable's
tones (``search.syllables`` knows which of them are words).

All of it is length-preserving on NFC text, so offsets found on a normalised or
folded text point into the original.
"""

from __future__ import annotations

import functools
import re
import unicodedata

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
VOWELS = "aăâeêioôơuưy"
MODIFIED_VOWELS = "ăâêôơư"
# Upper- and lower-case letters of Vietnamese (Latin + precomposed vowels), for patterns
# that tell a capitalised name from a word.
UPPER = "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x1EFB) if chr(c).islower() and chr(c).isalpha())


def _toned_vowel_tables() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    """Map each precomposed toned vowel to (untoned vowel, tone mark) and back."""
    split: dict[str, tuple[str, str]] = {}
    join: dict[tuple[str, str], str] = {}
    for vowel in VOWELS + VOWELS.upper():
        for mark in TONE_MARKS:
            toned = unicodedata.normalize("NFC", vowel + mark)
            if len(toned) == 1:
                split[toned] = (vowel, mark)
                join[(vowel, mark)] = toned
    return split, join


_SPLIT_TONE, _JOIN_TONE = _toned_vowel_tables()


def _vowel_cluster(lower: str) -> list[int]:
    """Indices of the syllable's vowel nucleus; 'qu' and 'gi' count as consonants."""
    start = 0
    if lower.startswith("qu") or (lower.startswith("gi") and len(lower) > 2):
        start = 2
    while start < len(lower) and lower[start] not in VOWELS:
        start += 1
    end = start
    while end < len(lower) and lower[end] in VOWELS:
        end += 1
    if start == end and lower.startswith("gi"):
        return [1]
    return list(range(start, end))


def _tone_position(lower: str) -> int | None:
    """Where the traditional orthography puts the tone ("hòa", "thụy", "người")."""
    cluster = _vowel_cluster(lower)
    if not cluster:
        return None
    modified = [i for i in cluster if lower[i] in MODIFIED_VOWELS]
    if modified:
        return modified[-1]
    if cluster[-1] + 1 < len(lower) or len(cluster) == 1:
        return cluster[-1]
    return cluster[0] if len(cluster) == 2 else cluster[1]


_TONED_VOWELS = "".join(_SPLIT_TONE)
_ALL_VOWELS = VOWELS + VOWELS.upper() + _TONED_VOWELS
# Only a word with a toned vowel next to another vowel can have its tone misplaced
# ("hoà", "thuỵ"); other words are left alone, which is faster and keeps glued words
# such as "Đơnvị" from being rewritten.
_MISPLACEABLE = re.compile(
    rf"[^\W\d_]*(?:[{_TONED_VOWELS}][{_ALL_VOWELS}]|[{_ALL_VOWELS}][{_TONED_VOWELS}])[^\W\d_]*"
)


@functools.lru_cache(maxsize=65536)
def _unify_word(word: str) -> str:
    """One word with its tone moved to the canonical vowel (news reuses few words: cached)."""
    toned = [i for i, ch in enumerate(word) if ch in _SPLIT_TONE]
    if len(toned) != 1:
        return word
    current = toned[0]
    vowel, mark = _SPLIT_TONE[word[current]]
    bare = word[:current] + vowel + word[current + 1 :]
    target = _tone_position(bare.lower())
    if target is None or target == current or (bare[target], mark) not in _JOIN_TONE:
        return word
    return _toned_at(bare, target, mark)


def _toned_at(bare: str, at: int, mark: str) -> str:
    """``bare`` with the tone ``mark`` on its vowel at ``at``."""
    return bare[:at] + _JOIN_TONE[(bare[at], mark)] + bare[at + 1 :]


def unify_tones(text: str) -> str:
    """Put every tone mark where the traditional orthography does, length-preserving.

    >>> unify_tones("Khánh Hoà, thuỵ sĩ")
    'Khánh Hòa, thụy sĩ'
    """
    return _MISPLACEABLE.sub(lambda m: _unify_word(m.group()), text)


def toned_forms(base: str) -> list[str]:
    """``base`` (lower case, no tone) with each tone mark, placed as ``unify_tones``
    places it; none for a syllable without a vowel.

    >>> toned_forms("hoa")
    ['hòa', 'hóa', 'hõa', 'hỏa', 'họa']
    """
    position = _tone_position(base)
    if position is None:
        return []
    return [_toned_at(base, position, mark) for mark in TONE_MARKS]


def untoned(syllable: str) -> str:
    """The syllable without its tone mark, its letters' marks kept.

    >>> untoned("người"), untoned("Đất"), untoned("chay")
    ('ngươi', 'Đât', 'chay')
    """
    return "".join(_SPLIT_TONE.get(ch, (ch,))[0] for ch in syllable)


def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Remove Vietnamese diacritics, length-preserving on NFC text.

    >>> fold("Sở Công Thương Đồng Nai")
    'So Cong Thuong Dong Nai'
    """
    return text.translate(_FOLD)


# Marks that make a letter (â, ă, ơ) rather than give its tone; and any mark NFC left
# loose, which only a mark typed out of order does in Vietnamese text.
_LETTER_MARKS = "\u0302\u0306\u031b"
_LOOSE_MARK = re.compile("[\u0300-\u036f]")
_MARK_RUN = re.compile("[\u0300-\u036f]{2,}")


def compose(text: str) -> str:
    """NFC, with a letter's own mark put before its tone where it was typed after it:
    decomposed input typed tone first ("e", hook, circumflex) leaves the circumflex loose
    after "ẻ", a syllable no word has.

    >>> compose("Vie\u0309\u0302t Nam"), compose("Việt Nam")
    ('Viểt Nam', 'Việt Nam')
    """
    composed = unicodedata.normalize("NFC", text)
    if not _LOOSE_MARK.search(composed):
        return composed
    ordered = _MARK_RUN.sub(
        lambda run: "".join(sorted(run.group(), key=lambda mark: mark not in _LETTER_MARKS)),
        unicodedata.normalize("NFD", composed),
    )
    return unicodedata.normalize("NFC", ordered)


@functools.lru_cache(maxsize=16)
def normalize(text: str) -> str:
    """Composed (``compose``) with unified tone placement: the form every analysis step
    starts from.

    Cached for the few texts in flight: indexing analyses each text once per view.
    """
    return unify_tones(compose(text))

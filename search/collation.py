"""Vietnamese alphabetical order, for lists a reader scans by name.

Unicode code points put "Bình" (ì, U+00EC) before "Bạc" (ạ, U+1EA1); a Vietnamese
reader expects the alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
letters first and tones only to break ties (ngang, huyền, hỏi, ngã, sắc, nặng).
"""

from __future__ import annotations

import unicodedata

_ALPHABET = "aăâbcdđeêghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
_NOT_A_LETTER = 0x110000  # spaces, digits and signs before every letter: "An Giang" < "Ang"
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letter_and_tone(char: str) -> tuple[str, int]:
    """("ấ" -> ("â", 4)): the letter with its vowel marks, and the tone apart."""
    marks = unicodedata.normalize("NFD", char)
    tone = next((_TONES[m] for m in marks[1:] if m in _TONES), 0)
    letter = unicodedata.normalize("NFC", "".join(m for m in marks if m not in _TONES))
    return letter, tone


def vietnamese_key(text: str) -> tuple:
    """Sort key in Vietnamese alphabetical order, case-insensitive.

    >>> sorted(["Bình Phước", "Bạc Liêu", "Đà Nẵng", "Dak Lak", "An Giang"], key=vietnamese_key)
    ['An Giang', 'Bạc Liêu', 'Bình Phước', 'Dak Lak', 'Đà Nẵng']
    >>> sorted(["Ang", "An Giang", "2019"], key=vietnamese_key)
    ['2019', 'An Giang', 'Ang']
    >>> sorted(["má", "mà", "ma", "mạ"], key=vietnamese_key)
    ['ma', 'mà', 'má', 'mạ']
    """
    letters, tones = [], []
    for char in text.lower():
        letter, tone = _letter_and_tone(char)
        letters.append(_RANK.get(letter, ord(letter[0]) - _NOT_A_LETTER))
        tones.append(tone)
    return tuple(letters), tuple(tones), text

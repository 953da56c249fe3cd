"""Highlighted snippets on the original text.

A query word is marked where a hit holds it: "Vĩnh Long" where its two syllables
stand together, not a lone "long". A syllable the user typed with diacritics marks
only the same accented syllable; one typed without marks every syllable that folds
to it. So "so cong thuong" highlights "Sở Công Thương", while "dương" does not
highlight "đường".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from markupsafe import Markup, escape

from search.analysis import query_syllables, syllable_spans
from search.tones import fold, unify_tones

SNIPPET_CHARS = 300
# A syllable of the text that folds to a query syllable: (folded, start, end, as spelt).
Hit = tuple[str, int, int, str]
_WORDLIKE = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"(?<=[.!?…;:])\s+|\n+")


def _whole_syllables(terms: set[str]) -> re.Pattern | None:
    """A pattern finding any of the folded ``terms`` as a whole syllable of folded text,
    the longest first; a number such as "5,1" or "1.015" is one syllable, as the
    tokenizer reads it. Folding is length-preserving, so its offsets are the text's."""
    if not terms:
        return None
    alternatives = "|".join(map(re.escape, sorted(terms, key=len, reverse=True)))
    return re.compile(rf"(?<![^\W_])(?<!\d[.,])(?:{alternatives})(?![^\W_])(?![.,]\d)")


class Highlighter:
    """Marks the query's words in stored text, as a hit holds them: a word of several
    syllables only where they stand together, a syllable typed with accents only with
    those accents, one typed without them in any spelling that folds to it."""

    def __init__(self, words: Iterable[str]) -> None:
        spelt = dict.fromkeys(tuple(query_syllables(word)) for word in words)
        self.words = [word for word in spelt if word]
        self._starting: dict[str, list[tuple[str, ...]]] = {}
        for word in sorted(self.words, key=len, reverse=True):  # the longest first
            self._starting.setdefault(fold(word[0]), []).append(word)
        self._syllables = {fold(syllable) for word in self.words for syllable in word}
        self._candidates = _whole_syllables(self._syllables)

    def __bool__(self) -> bool:
        return bool(self.words)

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) for every occurrence of a query word in ``text``."""
        hits = self._hits(text)
        found, at = [], 0
        while at < len(hits):
            starting = self._starting.get(hits[at][0], ())
            word = next((w for w in starting if _holds(text, hits, at, w)), None)
            if word is None:
                at += 1
                continue
            found.append((hits[at][1], hits[at + len(word) - 1][2], " ".join(word)))
            at += len(word)
        return found

    def _hits(self, text: str) -> list[Hit]:
        """Each syllable of ``text`` that folds to a query syllable.

        One pattern of the folded query syllables runs over the lower-cased, folded
        text. That needs lower-casing and folding to keep the offsets of ``text``, as
        they do for Vietnamese; otherwise the syllables are walked one by one.
        """
        if self._candidates is None:
            return []
        lowered = unicodedata.normalize("NFC", text).lower()
        if len(lowered) != len(text):
            return self._hits_by_syllable(text)
        return [
            (m.group(), m.start(), m.end(), lowered[m.start() : m.end()])
            for m in self._candidates.finditer(fold(lowered))
        ]

    def _hits_by_syllable(self, text: str) -> list[Hit]:
        hits = ((fold(s), start, end, s) for s, start, end in syllable_spans(text))
        return [hit for hit in hits if hit[0] in self._syllables]

    def mark(self, text: str, matches: list[tuple[int, int, str]] | None = None) -> Markup:
        """Escape ``text`` and wrap the matched syllables in ``<mark>``."""
        if matches is None:
            matches = self.matches(text)
        parts, last = [], 0
        for start, end, _ in matches:
            parts.append(escape(text[last:start]))
            parts.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
            last = end
        parts.append(escape(text[last:]))
        return Markup("").join(parts)

    def snippet(
        self,
        text: str,
        limit: int = SNIPPET_CHARS,
        matches: list[tuple[int, int, str]] | None = None,
    ) -> Markup:
        """The passage of ``text`` with the most distinct matches, cut at word boundaries.

        The result, ellipses included, is at most ``limit`` characters of text.
        ``matches`` (from ``self.matches(text)``) saves scanning the text again.
        """
        if matches is None:
            matches = self.matches(text) if self else []
        start = _best_passage_start(text, matches, limit)
        first, last, cut_before, cut_after = _window(text, start, limit - 4)
        inside = [(s - first, e - first, t) for s, e, t in matches if first <= s and e <= last]
        return Markup("").join(
            [
                Markup("… ") if cut_before else "",
                self.mark(text[first:last], inside),
                Markup(" …") if cut_after else "",
            ]
        )


def _holds(text: str, hits: list[Hit], at: int, word: tuple[str, ...]) -> bool:
    """Whether the hits from ``at`` spell ``word``: one syllable after another, nothing
    but spaces and punctuation between them, the typed accents where typed."""
    if at + len(word) > len(hits):
        return False
    for offset, typed in enumerate(word):
        folded, start, _, spelt = hits[at + offset]
        bare = fold(typed)
        if folded != bare or (bare != typed and unify_tones(spelt) != typed):
            return False
        if offset and _WORDLIKE.search(text, hits[at + offset - 1][2], start):
            return False
    return True


def _best_passage_start(text: str, matches: list[tuple[int, int, str]], limit: int) -> int:
    """The sentence start whose ``limit`` characters hold the most distinct matched
    terms, then whose own sentence holds the most (so the passage opens on the sentence
    that answers, "2023" and all, rather than ending on it), then the most matches;
    ``matches`` are in text order and do not overlap, so a window's matches are one
    slice, found by bisection.

    >>> text = "Kế hoạch 2024: xuất khẩu. Tin khác về xuất. Năm 2023, xuất khẩu tăng."
    >>> text[_best_passage_start(text, [(15, 20, "xuất"), (21, 25, "khẩu"), (38, 42, "xuất"),
    ...     (48, 52, "2023"), (54, 58, "xuất"), (59, 63, "khẩu")], 60):]
    'Năm 2023, xuất khẩu tăng.'
    """
    if not matches:
        return 0
    starts = [s for s, _, _ in matches]
    ends = [e for _, e, _ in matches]
    terms = [t for _, _, t in matches]
    sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    best, best_score = 0, (0, 0, 0)
    for start, next_start in zip(sentence_starts, [*sentence_starts[1:], len(text)], strict=True):
        first = bisect_left(starts, start)
        inside = terms[first : bisect_right(ends, start + limit)]
        opening = terms[first : bisect_right(ends, next_start)]
        score = (len(set(inside)), len(set(opening)), len(inside))
        if score > best_score:
            best, best_score = start, score
    return best


def _window(text: str, start: int, limit: int) -> tuple[int, int, bool, bool]:
    """Bounds of at most ``limit`` characters from ``start``, never cutting a word,
    without surrounding white space; and whether text was cut before and after."""
    end = start + limit
    cut_after = end < len(text)
    if cut_after:
        cut = text.rfind(" ", start, end + 1)
        end = cut if cut > start else end
    else:
        end = len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, start > 0, cut_after

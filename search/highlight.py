"""Highlighted snippets on the original text.

A syllable the user typed with diacritics marks only the same accented syllable;
one typed without marks every syllable that folds to it. So "so cong thuong"
highlights "Sở Công Thương", while "dương" does not highlight "đường".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from markupsafe import Markup, escape

from search.analysis import fold, syllable_spans, unify_tones

SNIPPET_CHARS = 300
_SENTENCE_END = re.compile(r"(?<=[.!?…;:])\s+|\n+")


def _whole_syllables(terms: set[str]) -> re.Pattern | None:
    """A pattern finding any of ``terms`` as a whole syllable, the longest first; a
    number such as "5,1" or "1.015" is one syllable, as the tokenizer reads it."""
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?<!\d[.,])(?:{alternatives})(?![^\W_])(?![.,]\d)")


class Highlighter:
    def __init__(self, terms: Iterable[str]) -> None:
        self.accented = set()
        self.folded = set()
        for term in terms:
            (self.folded if fold(term) == term else self.accented).add(term)
        self._candidates = _whole_syllables(self.folded | {fold(t) for t in self.accented})

    def __bool__(self) -> bool:
        return bool(self.accented or self.folded)

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, matched term) for every highlighted syllable in ``text``.

        One pattern of the folded terms runs over the folded text; only its hits are
        checked against the accented terms. That needs lower-casing and folding to
        keep the offsets of ``text``, as they do for Vietnamese; otherwise the
        syllables are walked one by one.
        """
        if self._candidates is None:
            return []
        lowered = unicodedata.normalize("NFC", text).lower()
        if len(lowered) != len(text):
            return self._matches_by_syllable(text)
        found = []
        for match in self._candidates.finditer(fold(lowered)):
            start, end = match.span()
            syllable = unify_tones(lowered[start:end])
            if syllable in self.accented:
                found.append((start, end, syllable))
            elif match.group() in self.folded:
                found.append((start, end, match.group()))
        return found

    def _matches_by_syllable(self, text: str) -> list[tuple[int, int, str]]:
        found = []
        for syllable, start, end in syllable_spans(text):
            if syllable in self.accented:
                found.append((start, end, syllable))
            elif self.folded:
                folded = fold(syllable)
                if folded in self.folded:
                    found.append((start, end, folded))
        return found

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


def _best_passage_start(text: str, matches: list[tuple[int, int, str]], limit: int) -> int:
    """The sentence start whose ``limit`` characters hold the most distinct matched
    terms, then the most matches; ``matches`` are in text order and do not overlap,
    so a window's matches are one slice, found by bisection."""
    if not matches:
        return 0
    starts = [s for s, _, _ in matches]
    ends = [e for _, e, _ in matches]
    terms = [t for _, _, t in matches]
    best, best_score = 0, (0, 0)
    for start in [0] + [m.end() for m in _SENTENCE_END.finditer(text)]:
        inside = terms[bisect_left(starts, start) : bisect_right(ends, start + limit)]
        score = (len(set(inside)), len(inside))
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

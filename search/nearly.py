"""Help for searches that find few: the articles holding all the words but one,
listed after the results ("Bài gần đúng: thiếu một từ khóa"). A reader remembers an
article in words it does not use ("yoga cho bà bầu" for one on "phụ nữ mang thai").
Both backends list them by this one rule."""

from __future__ import annotations

from collections.abc import Iterable

from search.query import ParsedQuery
from search.results import SearchRequest
from search.suggest import Level

# A search holding at most NEARLY_FEW articles also lists up to NEARLY_RESULTS articles
# holding all its words but one; up to MAX_NEARLY_WORDS words, each left out in turn
# (one count of the rest each).
NEARLY_FEW = 5
NEARLY_RESULTS = 5
MAX_NEARLY_WORDS = 8


def nearly_queries(
    request: SearchRequest, level: Level, total: int
) -> list[tuple[str, ParsedQuery]]:
    """(the word left out, the query without it) for each positive word, where a search
    by relevance found all its words (whole, or each syllable anywhere) in at most
    ``NEARLY_FEW`` articles and shows them all on its first page; none otherwise (a
    relaxed query lacks a word already). Both backends list the same articles."""
    positive = [i for i, item in enumerate(level.parsed.items) if not item.negated]
    if (
        not level.found
        or level.relaxed
        or request.sort != "relevance"
        or request.page != 1
        or total > min(NEARLY_FEW, request.per_page)
        or not 2 <= len(positive) <= MAX_NEARLY_WORDS
    ):
        return []
    items = level.parsed.items
    return [
        (" ".join(items[i].alternatives), ParsedQuery([it for j, it in enumerate(items) if j != i]))
        for i in positive
    ]


def best_lacking(found: Iterable[tuple[int, float, str]]) -> list[tuple[int, float, str]]:
    """The ``NEARLY_RESULTS`` best of (an article's key, its score, the word it lacks),
    each article once at its best score, equal scores in key order.

    >>> best_lacking([(7, 1.0, "a"), (3, 2.0, "b"), (7, 3.0, "c"), (5, 2.0, "a")])
    [(7, 3.0, 'c'), (3, 2.0, 'b'), (5, 2.0, 'a')]
    """
    best: dict[int, tuple[float, str]] = {}
    for key, score, missing in found:
        if key not in best or score > best[key][0]:
            best[key] = (score, missing)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:NEARLY_RESULTS]
    return [(key, score, missing) for key, (score, missing) in ranked]

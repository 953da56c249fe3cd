"""Help for searches that find nothing or few: the fallback from whole words to
syllables to a relaxed query, and the articles holding all the words but one
(spelling suggestions: ``search.spelling``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from search.query import ParsedQuery

if TYPE_CHECKING:  # results imports Level from here
    from search.results import SearchRequest

# A search holding at most NEARLY_FEW articles also lists up to NEARLY_RESULTS articles
# holding all its words but one: a reader remembers an article in words it does not
# use ("yoga cho bà bầu" for one on "phụ nữ mang thai"). Up to MAX_NEARLY_WORDS words,
# each left out in turn (one count of the rest each).
NEARLY_FEW = 5
NEARLY_RESULTS = 5
MAX_NEARLY_WORDS = 8


@dataclass
class Level:
    """What the hits of a search hold (``results.MATCH_LEVELS``), and the query that
    holds it: the words less a dropped one when ``relaxed``."""

    parsed: ParsedQuery
    match: str = "words"
    relaxed: dict | None = None
    found: bool = True  # False: no article holds the query at any level
    matches: int = 0  # articles holding every word as typed (0: not counted or none)

    @property
    def found_as_typed(self) -> bool:
        """Whether some article holds every word of the query as typed."""
        return self.found and self.match == "words"

    @property
    def words(self) -> bool:
        """Whether every word must stand whole (else each syllable anywhere)."""
        return self.match != "syllables"


# Counts the articles a query matches, its words whole or each syllable anywhere.
Counter = Callable[[ParsedQuery, bool], int]


def match_level(parsed: ParsedQuery, count: Counter) -> Level:
    """The strictest level at which some article holds the query: every word whole;
    else every syllable anywhere; else every word whole less the one matching the
    fewest articles (the first of equals). Both backends fall back by this rule, with
    their own ``count``; filters play no part in it."""
    if not parsed.positive:
        return Level(parsed)
    matches = count(parsed, True)
    if matches:
        return Level(parsed, matches=matches)
    if count(parsed, False):
        return Level(parsed, "syllables")
    positive = [i for i, item in enumerate(parsed.items) if not item.negated]
    if len(positive) > 1:
        dropped = min(positive, key=lambda i: count(ParsedQuery([parsed.items[i]]), True))
        fewer = ParsedQuery([item for i, item in enumerate(parsed.items) if i != dropped])
        if count(fewer, True):
            return Level(
                fewer, "relaxed", {"dropped": " ".join(parsed.items[dropped].alternatives)}
            )
    return Level(parsed, found=False)


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

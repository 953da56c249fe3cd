"""Help for searches that find nothing: the fallback from whole words to syllables to a
relaxed query (spelling suggestions: ``search.spelling``; few: ``search.nearly``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from search.query import ParsedQuery


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

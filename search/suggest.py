"""Help for searches that find nothing: a spelling suggestion, and the fallback from
whole words to syllables to a relaxed query.

Suggestions come from the index's own vocabulary (the folded syllables of the body),
so they are words that really occur in the articles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from whoosh.searching import Searcher

from search.analysis import fold, query_syllables
from search.query import ParsedQuery
from search.schema import folded_name

BODY = folded_name("body")
# Unknown syllables a suggestion corrects, each a scan of one letter's terms (20-60 ms):
# a query of ten made-up syllables is noise, not ten typos.
MAX_CORRECTED = 3


def spelling_suggestion(searcher: Searcher, text: str) -> str | None:
    """The query with its first ``MAX_CORRECTED`` syllables unknown to the index replaced
    by their nearest known ones (edit distance ≤ 2, same first letter); None when nothing
    needed correcting.

    Whoosh compares the word with every term of the field in Python (0.7-1 s over
    the corpus's vocabulary); holding the first letter scans one letter's terms
    (20-60 ms), and typos rarely hit the first letter.
    """
    corrector = searcher.corrector(BODY)
    corrected, changed, attempts = [], False, 0
    for syllable in query_syllables(text):
        folded = fold(syllable)
        if folded.isdigit() or searcher.doc_frequency(BODY, folded) or attempts == MAX_CORRECTED:
            corrected.append(syllable)
            continue
        attempts += 1
        options = corrector.suggest(folded, limit=20, maxdist=2, prefix=1)
        if options:
            best = min(options, key=lambda o: (_edits(folded, o), -searcher.doc_frequency(BODY, o)))
            corrected.append(best)
            changed = True
        else:
            corrected.append(syllable)
    return " ".join(corrected) if changed else None


def _edits(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit, the commonest typo."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


@dataclass
class Level:
    """What the hits of a search hold (``results.MATCH_LEVELS``), and the query that
    holds it: the words less a dropped one when ``relaxed``."""

    parsed: ParsedQuery
    match: str = "words"
    relaxed: dict | None = None

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
    if not parsed.positive or count(parsed, True):
        return Level(parsed)
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
    return Level(parsed)

"""Help for searches that find nothing: a spelling suggestion and a relaxed query.

Both come from the index's own vocabulary (the folded syllables of the body), so
suggestions are words that really occur in the articles.
"""

from __future__ import annotations

from collections.abc import Callable

from whoosh.searching import Searcher

from search.analysis import fold, query_syllables
from search.query import Item, ParsedQuery
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


def rarest_item(parsed: ParsedQuery, matches: Callable[[Item], int]) -> int | None:
    """Index of the positive query item matching the fewest documents (``matches``
    counts them; the first of equals), when dropping it could help (there are at least
    two positive items). Both backends relax a query by this rule."""
    positive = [i for i, item in enumerate(parsed.items) if not item.negated]
    if len(positive) < 2:
        return None
    return min(positive, key=lambda index: matches(parsed.items[index]))


def without_item(parsed: ParsedQuery, index: int) -> ParsedQuery:
    """The same query less one item."""
    return ParsedQuery([item for i, item in enumerate(parsed.items) if i != index])

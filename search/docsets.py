"""Which documents match a query, as boolean masks over the document numbers.

Whoosh's matchers walk postings in pure Python once per query. Here a term's
document numbers come from the scorer's cache of compact arrays and become a mask
(one byte per document: 38 KB for the whole corpus), so AND/OR/NOT are numpy
operations over the whole index, whatever the number of matching documents.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import reduce

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from search.format.schema import PAIR_FIELDS, folded_name, pairs_name
from search.positions import Mask, adjacent

_PAIRS_OF = {folded_name(name): pairs_name(name) for name in PAIR_FIELDS}
# Reading positions is the one cost of a match that grows with the corpus: common
# syllables in long phrases take tens of milliseconds each. Past this much of it in
# one search, phrases are matched by their adjacent pairs alone (``Budget.spent``).
POSITIONS_BUDGET_SECONDS = 0.05


class Budget:
    """How long one search may spend reading positions, whether it ran out, and the
    phrases it matched over the whole index (its fallback levels ask for them again)."""

    def __init__(self, seconds: float | None = None) -> None:
        limit = POSITIONS_BUDGET_SECONDS if seconds is None else seconds
        self.deadline = time.perf_counter() + limit
        self.spent = False
        self.matched: dict[tuple[str, tuple[str, ...]], Mask] = {}

    @classmethod
    def spent_already(cls) -> Budget:
        """No time for positions: phrases by their adjacent pairs alone."""
        budget = cls(0)
        budget.spent = True
        return budget

    def allows(self) -> bool:
        """Whether there is time left; once there is none, says so for good."""
        self.spent = self.spent or time.perf_counter() > self.deadline
        return not self.spent


def mask_of(ids: np.ndarray, doc_count: int) -> Mask:
    """A mask holding ``ids``.

    >>> mask_of(np.array([0, 2]), 4)
    array([ True, False,  True, False])
    """
    mask = np.zeros(doc_count, bool)
    mask[ids] = True
    return mask


def intersection(first: Mask, others) -> Mask:
    """``first`` and every one of ``others`` (a new mask, inputs untouched)."""
    return reduce(np.logical_and, others, first.copy())


class DocSets:
    """Document masks for one searcher (one index generation).

    ``postings(field, text)`` returns a term's document numbers first, as
    ``VectorScorer.postings`` does, and shares its cache.
    """

    def __init__(
        self, searcher: Searcher, postings: Callable[[str, str], tuple[np.ndarray, ...]]
    ) -> None:
        self.searcher = searcher
        self.doc_count = searcher.reader().doc_count_all()
        self.all = mask_of(np.fromiter(searcher.reader().all_doc_ids(), np.int64), self.doc_count)
        self.all.flags.writeable = False  # shared by every query that matches all
        self._postings = postings

    def term(self, fieldname: str, text: str) -> Mask:
        return mask_of(self._postings(fieldname, text)[0], self.doc_count)

    def of(self, query: wq.Query, budget: Budget | None = None, within: Mask | None = None) -> Mask:
        """The documents ``query`` matches (scores ignored); only those ``within`` are
        exact, the rest may be left out, so positions are read for no more documents
        than can still match.

        The clauses of an AND are matched by adjacent pairs alone first; positions
        are then read only where every clause may hold, each phrase within what the
        others left: a run of quoted phrases reads positions in ever fewer documents.
        """
        budget = budget or Budget()
        within = self.all if within is None else within
        if isinstance(query, wq.Term):
            return self.term(query.fieldname, query.text)
        if isinstance(query, wq.Every):
            return within
        if isinstance(query, wq.AndNot):
            first = self.of(query.a, budget, within)
            return first & ~self.of(query.b, budget, within & first)
        if isinstance(query, wq.And):
            exact = [clause for clause in query.subqueries if _needs_positions(clause)]
            for clause in query.subqueries if exact else ():  # by adjacent pairs first
                within = within & self.of(clause, Budget.spent_already(), within)
            for clause in exact or query.subqueries:
                within = within & self.of(clause, budget, within)
            return within
        if isinstance(query, wq.Or):
            masks = (self.of(q, budget, within) for q in query.subqueries)
            return reduce(np.logical_or, masks, self.none())
        if isinstance(query, wq.Phrase):
            return self.adjacent(query.fieldname, query.words, budget, within)
        raise TypeError(f"cannot match {type(query).__name__}")

    def adjacent(self, fieldname: str, syllables: list[str], budget: Budget, within: Mask) -> Mask:
        """Documents ``within`` whose folded field ``fieldname`` holds ``syllables`` next
        to each other, in order: a word of several syllables, or a quoted phrase. Past
        the ``budget``, a phrase of three or more is matched by its adjacent pairs."""
        if len(syllables) == 1:
            return self.term(fieldname, syllables[0])
        pairs = _PAIRS_OF.get(fieldname)
        if pairs is None:
            parts = [self.term(fieldname, s) for s in syllables]
        else:
            joined = [f"{a}_{b}" for a, b in zip(syllables, syllables[1:], strict=False)]
            parts = [self.term(pairs, p) for p in joined]
        candidates = intersection(within, parts)
        if (pairs and len(syllables) == 2) or not candidates.any() or not budget.allows():
            return candidates
        key = (fieldname, tuple(syllables))
        if key in budget.matched:
            return budget.matched[key]
        found = adjacent(self.searcher.reader(), fieldname, syllables, candidates)
        if within is self.all:
            budget.matched[key] = found
        return found

    def none(self) -> Mask:
        return np.zeros(self.doc_count, bool)


def _needs_positions(query: wq.Query) -> bool:
    """Whether matching ``query`` may read positions (a phrase somewhere in it)."""
    return isinstance(query, wq.Phrase) or any(map(_needs_positions, query.children()))

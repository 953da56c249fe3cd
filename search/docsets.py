"""Which documents match a query, as boolean masks over the document numbers.

Whoosh's matchers walk postings in pure Python once per query. Here a term's
document numbers come from the scorer's cache of compact arrays and become a mask
(one byte per document: 38 KB for the whole corpus), so AND/OR/NOT are numpy
operations over the whole index, whatever the number of matching documents.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import reduce

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from search.positions import Mask, adjacent
from search.schema import PAIR_FIELDS, folded_name, pairs_name

_PAIRS_OF = {folded_name(name): pairs_name(name) for name in PAIR_FIELDS}


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

    def of(self, query: wq.Query) -> Mask:
        """The documents ``query`` matches (scores ignored)."""
        if isinstance(query, wq.Term):
            return self.term(query.fieldname, query.text)
        if isinstance(query, wq.Every):
            return self.all
        if isinstance(query, wq.AndNot):
            return self.of(query.a) & ~self.of(query.b)
        if isinstance(query, wq.And):
            return self._all_of([self.of(q) for q in query.subqueries])
        if isinstance(query, wq.Or):
            return reduce(np.logical_or, (self.of(q) for q in query.subqueries), self.none())
        if isinstance(query, wq.Phrase):
            return self.adjacent(query.fieldname, query.words)
        raise TypeError(f"cannot match {type(query).__name__}")

    def adjacent(self, fieldname: str, syllables: list[str]) -> Mask:
        """Documents whose folded field ``fieldname`` holds ``syllables`` next to each
        other, in order: a word of several syllables, or a quoted phrase."""
        if len(syllables) == 1:
            return self.term(fieldname, syllables[0])
        pairs = _PAIRS_OF.get(fieldname)
        if pairs is None:
            candidates = self._all_of([self.term(fieldname, s) for s in syllables])
        else:
            joined = [f"{a}_{b}" for a, b in zip(syllables, syllables[1:], strict=False)]
            candidates = self._all_of([self.term(pairs, p) for p in joined])
            if len(syllables) == 2:
                return candidates
        if not candidates.any():
            return candidates
        return adjacent(self.searcher.reader(), fieldname, syllables, candidates)

    def none(self) -> Mask:
        return np.zeros(self.doc_count, bool)

    def _all_of(self, masks: list[Mask]) -> Mask:
        return intersection(masks[0], masks[1:]) if masks else self.none()

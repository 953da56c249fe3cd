"""Which documents match a query, computed with set operations on cached postings.

Whoosh's matchers walk postings in pure Python once per query; the sets of the
few thousand distinct folded syllables users type are cached per searcher instead,
so AND/OR/NOT become C-level set operations.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher


class DocSets:
    """Document sets for one searcher (one index generation).

    ``postings(field, text)`` returns a term's document numbers first, as
    ``VectorScorer.postings`` does: both share its cache of compact arrays, and the
    sets built from them live for one query (a cached set of a common word costs
    ~60 bytes per document, a thousand of them gigabytes).
    """

    def __init__(
        self, searcher: Searcher, postings: Callable[[str, str], tuple[np.ndarray, ...]]
    ) -> None:
        self.searcher = searcher
        self._all = frozenset(searcher.reader().all_doc_ids())
        self._postings = postings

    def term(self, fieldname: str, text: str) -> frozenset[int]:
        return frozenset(self._postings(fieldname, text)[0].tolist())

    def of(self, query: wq.Query) -> frozenset[int]:
        """The documents ``query`` matches (scores ignored)."""
        if isinstance(query, wq.Term):
            return self.term(query.fieldname, query.text)
        if isinstance(query, wq.Every):
            return self._all
        if isinstance(query, wq.AndNot):
            return self.of(query.a) - self.of(query.b)
        if isinstance(query, wq.And):
            return _intersection([self.of(q) for q in query.subqueries])
        if isinstance(query, wq.Or):
            return frozenset().union(*(self.of(q) for q in query.subqueries))
        if isinstance(query, wq.Phrase):
            candidates = _intersection([self.term(query.fieldname, w) for w in query.words])
            if not candidates:
                return candidates
            return frozenset(self.searcher.docs_for_query(query)) & candidates
        return frozenset(self.searcher.docs_for_query(query))


def _intersection(sets: list[frozenset[int]]) -> frozenset[int]:
    if not sets:
        return frozenset()
    ordered = sorted(sets, key=len)
    result = ordered[0]
    for docs in ordered[1:]:
        if not result:
            break
        result = result & docs
    return result

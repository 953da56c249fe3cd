"""BM25F over cached postings, a whole candidate set at a time.

Whoosh scores one posting at a time through a tree of Python matchers: about
0.4 ms per matched document for our queries, seconds for a common word over the
whole corpus. Here each term's postings are read once per index generation into
arrays, and a query scores every candidate in a few numpy operations. The
formula is Whoosh's BM25F (same idf, same quantised field lengths), so the
ranking weights in ``search.query`` keep their meaning.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache

import numpy as np
from whoosh import query as wq
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from search.format.codec import ArrayLeafMatcher
from search.format.columns import field_lengths

# Decoded postings kept for the next searches, least recently used dropped first: a
# bound in bytes, as one common syllable's arrays outweigh thousands of rare ones'.
TERM_CACHE_BYTES = 48 * 2**20
# Candidates above 1/DENSE_SHARE of the index are looked up in a term's frequencies
# spread over every document, not searched for among its postings (0.5 ms a common
# term over the corpus, against 0.05 ms).
DENSE_SHARE = 16

Scored = tuple[np.ndarray, np.ndarray]  # (scores, present) aligned with the candidates


class VectorScorer:
    """Scores for one searcher (one index generation)."""

    def __init__(self, searcher: Searcher, b: float, k1: float) -> None:
        self._reader = searcher.reader()
        self._searcher = searcher
        self._schema = searcher.schema
        self._doc_count = self._reader.doc_count_all()
        self._b, self._k1 = b, k1
        self.postings = PostingsCache(self._postings, TERM_CACHE_BYTES)
        self._lengths = lru_cache(maxsize=None)(self._field_lengths)

    def _postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        return term_postings(self._reader, fieldname, text)

    def _field_lengths(self, fieldname: str) -> tuple[np.ndarray, float]:
        """Per-document lengths (as Whoosh quantises them) and their average."""
        lengths = field_lengths(self._reader, fieldname)
        average = self._searcher.avg_field_length(fieldname) or 1.0
        return lengths, average

    def score(self, query: wq.Query, docs: np.ndarray) -> np.ndarray:
        """BM25F score of each of ``docs`` (ascending document numbers) for ``query``.

        Phrases score as the conjunction of their words: the candidates already
        satisfy any phrase the query requires, and ordering is what is asked here.
        """
        scores, _ = self._eval(query, docs)
        return scores

    def _eval(self, query: wq.Query, docs: np.ndarray) -> Scored:
        boost = query.boost
        if isinstance(query, wq.Term):
            scores, present = self._term(query.fieldname, query.text, docs)
        elif isinstance(query, wq.Phrase):
            words = [wq.Term(query.fieldname, w) for w in query.words]
            scores, present = self.combine_and([self._eval(w, docs) for w in words])
        elif isinstance(query, wq.AndMaybe):
            (scores, present), (extra, _) = self._eval(query.a, docs), self._eval(query.b, docs)
            scores = np.where(present, scores + extra, 0.0)
        elif isinstance(query, wq.AndNot):
            (scores, present), (_, excluded) = self._eval(query.a, docs), self._eval(query.b, docs)
            present = present & ~excluded
            scores = np.where(present, scores, 0.0)
        elif isinstance(query, wq.And):
            scores, present = self.combine_and([self._eval(q, docs) for q in query.subqueries])
        elif isinstance(query, wq.Or):
            parts = [self._eval(q, docs) for q in query.subqueries]
            scores = np.sum([s for s, _ in parts], axis=0) if parts else np.zeros(len(docs))
            present = np.any([p for _, p in parts], axis=0) if parts else np.zeros(len(docs), bool)
        elif isinstance(query, wq.Every):
            scores, present = np.ones(len(docs)), np.ones(len(docs), bool)
        else:
            raise TypeError(f"cannot score {type(query).__name__}")
        return (scores * boost if boost != 1.0 else scores), present

    @staticmethod
    def combine_and(parts: list[Scored]) -> Scored:
        """A conjunction: present where every part is, scored by their sum there.

        >>> VectorScorer.combine_and([(np.ones(2), np.array([True, False]))] * 2)
        (array([2., 0.]), array([ True, False]))
        """
        present = np.all([p for _, p in parts], axis=0)
        scores = np.where(present, np.sum([s for s, _ in parts], axis=0), 0.0)
        return scores, present

    def _term(self, fieldname: str, text: str, docs: np.ndarray) -> Scored:
        ids, frequencies = self.postings(fieldname, text)
        if not len(ids):
            return np.zeros(len(docs)), np.zeros(len(docs), bool)
        if len(docs) * DENSE_SHARE > self._doc_count:  # spread over the index: no search
            spread = np.zeros(self._doc_count, np.float32)
            spread[ids] = frequencies
            held = np.zeros(self._doc_count, bool)
            held[ids] = True
            tf, present = spread[docs].astype(np.float64), held[docs]
        else:
            slots = np.minimum(np.searchsorted(ids, docs), len(ids) - 1)
            present = ids[slots] == docs
            tf = np.where(present, frequencies[slots], 0.0)
        if not self._schema[fieldname].scorable:  # a keyword: Whoosh scores its weight
            return tf, present
        lengths, average = self._lengths(fieldname)
        idf = math.log(self._doc_count / (len(ids) + 1)) + 1
        norm = self._k1 * ((1 - self._b) + self._b * lengths[docs] / average)
        scores = idf * (tf * (self._k1 + 1)) / (tf + norm)
        return np.where(present, scores, 0.0), present


class PostingsCache:
    """``load(fieldname, text)``'s arrays by term, within ``limit`` bytes (the least
    recently used go first). Used under the engine's lock.

    >>> cache = PostingsCache(lambda f, t: (np.zeros(100, np.int32),), limit=800)
    >>> _ = [cache("body", t) for t in "abc"]
    >>> list(cache.terms), cache.size
    ([('body', 'b'), ('body', 'c')], 800)
    """

    def __init__(self, load: Callable[[str, str], tuple[np.ndarray, ...]], limit: int) -> None:
        self._load, self._limit = load, limit
        self.terms: OrderedDict[tuple[str, str], tuple[np.ndarray, ...]] = OrderedDict()
        self.size = 0

    def __call__(self, fieldname: str, text: str) -> tuple[np.ndarray, ...]:
        key = (fieldname, text)
        found = self.terms.get(key)
        if found is not None:
            self.terms.move_to_end(key)
            return found
        found = self._load(fieldname, text)
        self.terms[key] = found
        self.size += sum(array.nbytes for array in found)
        while self.size > self._limit and len(self.terms) > 1:
            _, dropped = self.terms.popitem(last=False)
            self.size -= sum(array.nbytes for array in dropped)
        return found


def term_postings(reader: IndexReader, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers ascending, term frequencies) of one term, deletions removed."""
    parts = [
        (ids + base, weights)
        for leaf, base in reader.leaf_readers()
        if (fieldname, text) in leaf
        for ids, weights in [leaf_postings(leaf, fieldname, text)]
    ]
    if not parts:
        return np.empty(0, np.int32), np.empty(0, np.float32)
    ids = np.concatenate([ids for ids, _ in parts]).astype(np.int32)
    weights = np.concatenate([weights for _, weights in parts]).astype(np.float32)
    return ids, weights


def leaf_postings(reader: IndexReader, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
    """One segment's postings of a term as arrays, a block at a time.

    Whoosh's matcher API costs three Python calls per posting (about 2 µs; 60 ms
    for a common syllable over the corpus); ``search.format.codec`` blocks decode whole.
    Inlined short lists, and segments written by another codec, go through the
    generic API.
    """
    matcher = reader.postings(fieldname, text)
    deleted = None
    if isinstance(matcher, FilterMatcher):
        # The filter has already moved its child past the leading deleted documents,
        # possibly to the end: start the child over and drop deletions here.
        matcher, deleted = matcher.child, reader.deleted_docs_set
        matcher.reset()
    if isinstance(matcher, ArrayLeafMatcher):
        ids, weights = _block_arrays(matcher)
    else:
        ids, weights = _item_arrays(matcher)
    if deleted:
        live = ~np.isin(ids, np.fromiter(deleted, np.int64, len(deleted)))
        ids, weights = ids[live], weights[live]
    return ids, weights


def _item_arrays(matcher) -> tuple[np.ndarray, np.ndarray]:
    ids, weights = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return np.array(ids, np.int64), np.array(weights, np.float64)


def _block_arrays(matcher: ArrayLeafMatcher) -> tuple[np.ndarray, np.ndarray]:
    id_blocks, weight_blocks = [], []
    while matcher.is_active():
        ids, weights = matcher.block_arrays()
        id_blocks.append(ids)
        weight_blocks.append(weights)
        matcher.next_block()
    return np.concatenate(id_blocks), np.concatenate(weight_blocks)

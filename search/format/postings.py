"""Postings collected in flat arrays and handed to the codec a whole term at a time.

Whoosh's posting pool keeps a tuple per posting, sorts them (spilling to disk) and
hands the codec one posting per call. Here a text view's terms are kept as term
numbers in flat arrays; when the segment is written, numpy sorts them into posting
lists and the codec writes each term in one call (``search/format/writer.py``).
"""

from __future__ import annotations

import itertools
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence

import numpy as np
from whoosh.formats import Positions
from whoosh.system import pack_uint

from search.format.codec import ArrayFieldWriter, PackedPositions

# A term's postings: document numbers (ascending), weights, encoded values.
Postings = tuple[array, array, list]
# A term and its postings, as the field writer takes them.
TermPostings = tuple[bytes, array, array, list]
# A text view's terms of one text, in order.
Terms = Callable[[str], Sequence[str]]


encode_positions = PackedPositions().encode

# Most postings hold one occurrence, early in a text: their values are shared objects
# (building one takes longer than looking it up, and each would cost 40 bytes).
_ONE_POSITION = [encode_positions([position]) for position in range(4096)]
_FREQUENCY = [pack_uint(count) for count in range(256)]


def _frequency_values(counts: list[int]) -> list[bytes]:
    return [_FREQUENCY[c] if c < len(_FREQUENCY) else pack_uint(c) for c in counts]


_NUMPY_TYPES = {"I": np.uint32, "f": np.float32}


def _typed(values: np.ndarray, typecode: str) -> array:
    """A numpy array as the ``array`` Whoosh's writer code expects (no numpy scalars)."""
    typed = array(typecode)
    typed.frombytes(values.astype(_NUMPY_TYPES[typecode], copy=False).tobytes())
    return typed


class ViewPostings:
    """One text view's postings, as term numbers in flat arrays.

    A view with positions keeps every token (its position is its place in the
    document); one without keeps a (term, count) pair per distinct term per document.
    """

    def __init__(self, positional: bool, boost: float) -> None:
        self.positional = positional
        self.boost = boost
        self._empty()

    def _empty(self) -> None:
        self._vocabulary: dict[str, int] = {}
        self._terms = array("I")  # positional: one per token; else one per posting
        self._counts = array("I")  # not positional: each posting's count
        self._docs = array("I")  # positional: one per document; else one per posting
        self._starts = array("q")  # positional: where each document's tokens start

    def add(self, docnum: int, terms: Sequence[str]) -> int:
        """Adds one document's terms; returns how many entries that kept."""
        vocabulary = self._vocabulary
        if self.positional:
            self._docs.append(docnum)
            self._starts.append(len(self._terms))
            self._terms.extend([vocabulary.setdefault(t, len(vocabulary)) for t in terms])
            return len(terms)
        counts = Counter(terms)
        self._terms.extend([vocabulary.setdefault(t, len(vocabulary)) for t in counts])
        self._counts.extend(counts.values())
        self._docs.extend([docnum] * len(counts))
        return len(counts)

    def postings(self) -> Iterator[TermPostings]:
        """Every term in byte order with its postings (once: the view is emptied)."""
        terms = sorted(self._vocabulary)  # code point order is UTF-8 byte order
        ranks = np.empty(len(terms), np.int32)
        ranks[[self._vocabulary[t] for t in terms]] = np.arange(len(terms))
        ranked = ranks[np.frombuffer(self._terms, np.uint32)]
        order = np.argsort(ranked, kind="stable")  # stable: documents stay ascending
        sort = self._positional_postings if self.positional else self._counted_postings
        posting_terms, docs, counts, values = sort(ranked[order], order)
        del ranked, order
        self._empty()  # the memory goes back before the terms are written
        ends = np.cumsum(np.bincount(posting_terms, minlength=len(terms))).tolist()
        docs, weights = _typed(docs, "I"), _typed(counts * self.boost, "f")
        start = 0
        for term, end in zip(terms, ends, strict=True):
            yield term.encode(), docs[start:end], weights[start:end], values[start:end]
            start = end

    def _counted_postings(self, ranked: np.ndarray, order: np.ndarray) -> tuple:
        """(term, document, count, value) of each posting, in term order."""
        counts = np.frombuffer(self._counts, np.uint32)[order]
        docs = np.frombuffer(self._docs, np.uint32)[order]
        return ranked, docs, counts, _frequency_values(counts.tolist())

    def _positional_postings(self, ranked: np.ndarray, order: np.ndarray) -> tuple:
        """(term, document, count, value) of each posting, in term order, from tokens
        sorted by term (and so by document, then position)."""
        starts = np.frombuffer(self._starts, np.int64)
        lengths = np.diff(np.append(starts, len(self._terms)))
        docs = np.repeat(np.frombuffer(self._docs, np.uint32), lengths)[order]
        tokens = np.arange(len(self._terms), dtype=np.int64)
        positions = (tokens - np.repeat(starts, lengths)).astype(np.int32)[order]
        first = np.ones(len(order), bool)  # a token that starts a posting
        first[1:] = (np.diff(ranked) != 0) | (np.diff(docs) != 0)
        firsts = np.flatnonzero(first)
        counts = np.diff(np.append(firsts, len(order)))
        values = [  # b"" until encoded below
            _ONE_POSITION[p] if p < len(_ONE_POSITION) else b"" for p in positions[firsts].tolist()
        ]
        for i in np.flatnonzero((counts > 1) | (positions[firsts] >= len(_ONE_POSITION))).tolist():
            start = firsts[i]
            values[i] = encode_positions(positions[start : start + counts[i]])
        return ranked[firsts], docs[firsts], counts, values


class PostingBuffer:
    """Every posting of the segment being written, by field and term.

    Takes the place of Whoosh's posting pool: ``add`` accepts the pool's tuples (the
    other fields, and a merge of small segments, feed the writer through it),
    ``add_view`` one document's terms of a text view. Document numbers only grow, so
    each term's postings arrive in order.
    """

    def __init__(self) -> None:
        self._fields: dict[str, dict[bytes, Postings]] = defaultdict(dict)
        self._views: dict[str, ViewPostings] = {}
        self.entries = 0  # postings and tokens kept: what the memory use follows

    def add(self, item: tuple) -> None:
        """One posting as Whoosh's pool takes it: (field, term, docnum, weight, value)."""
        fieldname, btext, docnum, weight, value = item
        terms = self._fields[fieldname]
        postings = terms.get(btext)
        if postings is None:
            postings = terms[btext] = (array("I"), array("f"), [])
        postings[0].append(docnum)
        postings[1].append(weight)
        if value:
            postings[2].append(value)
        self.entries += 1

    def add_view(self, fieldname: str, docnum: int, terms: Sequence[str], form) -> None:
        """One document's terms of a text view, for a ``Positions`` or ``Frequency`` format."""
        view = self._views.get(fieldname)
        if view is None:
            positional = isinstance(form, Positions)
            view = self._views[fieldname] = ViewPostings(positional, form.field_boost)
        self.entries += view.add(docnum, terms)

    def write(self, fieldwriter: ArrayFieldWriter, schema) -> None:
        """Every field's terms in byte order, as Whoosh's sorted pool would give them.

        Each field's postings are let go once written: the buffer is written once.
        """
        for fieldname in sorted(self._fields.keys() | self._views.keys()):
            postings = self._field_postings(fieldname)
            first = next(postings, None)
            if first is None:  # only empty texts: Whoosh writes no such field either
                continue
            fieldwriter.start_field(fieldname, schema[fieldname])
            for term_postings in itertools.chain([first], postings):
                fieldwriter.add_term(*term_postings)
            fieldwriter.finish_field()

    def _field_postings(self, fieldname: str) -> Iterator[TermPostings]:
        view, added = self._views.pop(fieldname, None), self._fields.pop(fieldname, {})
        if view is None:
            return ((btext, *added[btext]) for btext in sorted(added))
        if not added:
            return view.postings()
        return _merged(view.postings(), added)

    def cleanup(self) -> None:
        """Nothing on disk to remove (the pool's interface)."""


def _merged(first: Iterator[TermPostings], later: dict[bytes, Postings]) -> Iterator[TermPostings]:
    """A view's postings and those a merge added after them (higher document numbers)."""
    terms = {btext: (ids, weights, values) for btext, ids, weights, values in first}
    for btext, (ids, weights, values) in later.items():
        if btext not in terms:
            terms[btext] = (ids, weights, values)
            continue
        before = terms[btext]
        if before[0][-1] >= ids[0]:
            raise RuntimeError("postings added out of document order")
        terms[btext] = (before[0] + ids, before[1] + weights, before[2] + values)
    return ((btext, *terms[btext]) for btext in sorted(terms))

"""A Whoosh segment writer that collects postings in arrays and writes each term whole.

Whoosh's ``SegmentWriter`` analyses each field into Token objects, keeps a tuple per
posting in a pool that it sorts (spilling to disk), then hands the codec one posting
per call: together twice the time pyvi needs for the same text. Here the text views'
terms come from the analysis module's list functions (the same analysis, without a
Token per word) and are kept as term numbers in flat arrays; when the segment is
written, numpy sorts them into posting lists and the codec writes each term in one
call. The files are those ``SegmentWriter`` writes with the same codec
(``tests/test_segment.py`` reads both back and compares).
"""

from __future__ import annotations

import contextlib
import itertools
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence

import numpy as np
from whoosh import index
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_uint
from whoosh.writing import SegmentWriter

from search.format.codec import ArrayCodec, ArrayFieldWriter, PackedPositions

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


# Buffered entries after which a writer starts a new segment. The buffer and the
# sorting that writes it peak at about 60 bytes per entry (461 MB for the 8.25
# million entries of the first 6,000 articles), so this keeps a writer near 2 GB;
# half the corpus, one worker's share with 2 workers, is 26 million entries.
MAX_ENTRIES = 32_000_000


class WriterBroken(RuntimeError):
    """A write failed half-way through a document: the segment cannot go on."""


class BulkSegmentWriter(SegmentWriter):
    """``SegmentWriter`` with a ``PostingBuffer`` and fast text views.

    ``views`` maps a field to the function listing its terms; it must give what the
    field's analyzer gives. Other fields are indexed by Whoosh as usual. Per-field
    boosts, ``_stored_`` values, term vectors and spelling fields are not supported.
    Past ``max_entries`` buffered entries the writer finishes its segment and goes
    on in a new one, as Whoosh's pool spills to disk past ``limitmb``: ``commit`` and
    ``finish`` account for every segment written.
    """

    def __init__(
        self, ix, views: dict[str, Terms], max_entries: int | None = None, **kwargs
    ) -> None:
        super().__init__(ix, **kwargs)
        self._max_entries = max_entries or MAX_ENTRIES
        self._written: list = []  # finished segments, not yet in the index
        if not isinstance(self.codec, ArrayCodec):
            raise TypeError("BulkSegmentWriter writes through ArrayCodec")
        unsupported = [
            name for name, field in self.schema.items() if field.vector or field.separate_spelling()
        ]
        if unsupported:
            raise TypeError(f"fields with vectors or spelling: {', '.join(unsupported)}")
        self.pool = PostingBuffer()
        self._views = views

    def add_document(self, **fields) -> None:
        """Adds one document. Every field is analysed before anything is written, so a
        document whose analysis fails leaves no posting behind and can be skipped; a
        failure while writing (a full disk: ``OSError``; else ``WriterBroken``) cannot
        be, and must end the run."""
        self._check_state()
        if any(name.startswith("_") for name in fields):
            raise ValueError("boosts and _stored_ values are not supported")
        names = sorted(name for name, value in fields.items() if value is not None)
        self._check_fields(self.schema, names)
        analysed = [(name, fields[name], self._postings(name, fields[name])) for name in names]
        perdoc = self.perdocwriter
        perdoc.start_doc(self.docnum)
        try:
            for name, value, postings in analysed:
                self._add_field(name, self.schema[name], value, postings)
            perdoc.finish_doc()
        except OSError:
            raise
        except Exception as exc:
            raise WriterBroken(f"writing document {self.docnum} failed half-way: {exc}") from exc
        self._added = True
        self.docnum += 1
        if self.pool.entries >= self._max_entries:
            self._next_segment()

    def _next_segment(self) -> None:
        """Write the segment so far and continue in a fresh one (SegmentWriter's setup)."""
        self._written.append(self._finalize_segment())
        self.newsegment = self.codec.new_segment(self.storage, self.indexname)
        self.perdocwriter = self.codec.per_document_writer(self.storage, self.newsegment)
        self.fieldwriter = self.codec.field_writer(self.storage, self.newsegment)
        self.pool = PostingBuffer()
        self.docnum = self.docbase
        self._added = False

    def finish(self) -> list:
        """Write the segment being filled; returns every segment this writer wrote."""
        if self._added:
            self._written.append(self._finalize_segment())
        else:
            self._close_segment()
        return self._written

    def commit(self, mergetype=None, optimize=None, merge=None, others: Sequence = ()) -> None:
        """Whoosh's commit, with every segment written and ``others`` (segments that
        worker processes wrote for this commit)."""
        self._check_state()
        kept = self._merge_segments(mergetype, optimize, merge)
        self._commit_toc(kept + self.finish() + list(others))
        self._finish()

    def abandon(self) -> int:
        """Cancel after a failure, a full disk's included: close what can be closed,
        remove every segment file no commit refers to (this run's, its workers'), then
        release the lock. Returns the bytes removed. The last commit is untouched."""
        with contextlib.suppress(OSError):  # flushing may fail as the writes did
            self._close_segment()
        before = _stored_bytes(self.storage)
        if index.exists(self.storage, self.indexname):
            toc = index.TOC.read(self.storage, self.indexname)
            index.clean_files(self.storage, self.indexname, toc.generation, toc.segments)
        else:  # nothing committed yet: no segment file is anyone's
            index.clean_files(self.storage, self.indexname, -1, [])
        unfinished_toc = re.compile(rf"_{self.indexname}_\d+\.toc\..+")  # TOC.write's temp
        for name in filter(unfinished_toc.fullmatch, self.storage.list()):
            self.storage.delete_file(name)
        self._finish()
        return before - _stored_bytes(self.storage)

    def _postings(self, name: str, value) -> tuple[Sequence[str] | None, list, int]:
        """A field's analysis: (a text view's terms, or Whoosh's posting items; length)."""
        field = self.schema[name]
        if not field.indexed:
            return None, [], 0
        view = self._views.get(name)
        if view is not None and type(field.format) in (PackedPositions, Frequency):
            terms = view(value)
            return terms, [], len(terms)
        items = list(field.index(value))
        return None, items, sum(frequency for _, frequency, _, _ in items)

    def _add_field(self, name: str, field, value, postings: tuple) -> None:
        terms, items, length = postings
        if terms is not None:
            self.pool.add_view(name, self.docnum, terms, field.format)
        for btext, _, weight, encoded in items:
            self.pool.add((name, btext, self.docnum, weight, encoded))
        self.perdocwriter.add_field(
            name, field, value if field.stored else None, length if field.scorable else 0
        )
        if field.column_type:
            self.perdocwriter.add_column_value(
                name, field.column_type, field.to_column_value(value)
            )

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        self.pool.write(self.fieldwriter, self.schema)
        self.fieldwriter.close()


def _stored_bytes(storage) -> int:
    return sum(storage.file_length(name) for name in storage.list())

"""A Whoosh segment writer that collects postings in arrays and writes each term whole.

Whoosh's ``SegmentWriter`` analyses each field into Token objects, keeps a tuple per
posting in a pool that it sorts (spilling to disk), then hands the codec one posting
per call: together twice the time pyvi needs for the same text. Here the text views'
terms come from the analysis module's list functions (the same analysis, without a
Token per word) and go to a ``PostingBuffer`` (``search/format/postings.py``). The
files are those ``SegmentWriter`` writes with the same codec (``tests/test_segment.py``
reads both back and compares). Like the codec, this leans on Whoosh's private writer
methods (``search/format/whoosh_internals.py``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence

from whoosh import index
from whoosh.formats import Frequency
from whoosh.writing import SegmentWriter

from search.format.codec import ArrayCodec, PackedPositions
from search.format.postings import PostingBuffer, Terms

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

    def close_unfinished(self) -> None:
        """Close the segment being filled without writing it (a worker that stops)."""
        self._close_segment()

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
            self.close_unfinished()
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


def written_in_array_codec(ix: index.Index) -> bool:
    """Whether every segment of ``ix`` holds postings in our codec (older builds did not)."""
    return all(isinstance(segment.codec(), ArrayCodec) for segment in ix._segments())

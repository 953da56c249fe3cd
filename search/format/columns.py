"""Whoosh's per-document numeric columns read whole into numpy arrays.

Whoosh reads a column one document at a time (``doc_field_length`` costs about 8 µs
a call, seconds for every field of the corpus at start-up). A numeric column is a
run of fixed-size big-endian numbers, one per document up to the last one that is
not the default, so each segment's column is one read.
"""

from __future__ import annotations

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.columns import NumericColumn
from whoosh.reading import IndexReader
from whoosh.util.numeric import byte_to_length

# Whoosh stores a field's length per document as one byte on a log scale.
_BYTE_TO_LENGTH = np.array([byte_to_length(code) for code in range(256)], np.float64)


def numeric_values(column: NumericColumn.Reader, doc_count: int) -> np.ndarray:
    """Every document's value in one segment's numeric column.

    Relies on ``NumericColumn.Reader``'s layout in whoosh-reloaded 2.7.5;
    tests/test_scoring.py checks it against Whoosh's own per-document reads.
    """
    dtype = np.dtype(">" + column._typecode)
    values = np.full(doc_count, column._default, dtype.newbyteorder("="))
    raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
    values[: column._count] = np.frombuffer(raw, dtype)
    return values


def sortable_values(reader: IndexReader, fieldname: str, missing: int) -> np.ndarray:
    """A sortable field's column for every document, segment by segment (Whoosh's
    combined column reader drops the documents of a segment without the column);
    ``missing`` where a segment has none."""
    parts = []
    for leaf, _ in reader.leaf_readers():
        count = leaf.doc_count_all()
        if leaf.has_column(fieldname):
            column = leaf.column_reader(fieldname, translate=False)
            parts.append(numeric_values(column, count).astype(np.uint64))
        else:
            parts.append(np.full(count, missing, np.uint64))
    return np.concatenate(parts) if parts else np.empty(0, np.uint64)


def field_lengths(reader: IndexReader, fieldname: str) -> np.ndarray:
    """Every document's length in ``fieldname``, quantised as Whoosh's BM25F sees it
    (``doc_field_length``): 0 where the field is empty."""
    parts = []
    for leaf, _ in reader.leaf_readers():
        count = leaf.doc_count_all()
        perdoc, name = leaf._perdoc, _lenfield(fieldname)
        if perdoc.has_column(name):
            codes = numeric_values(perdoc.column_reader(name, LENGTHS_COLUMN), count)
            parts.append(_BYTE_TO_LENGTH[codes])
        else:
            parts.append(np.zeros(count))
    return np.concatenate(parts) if parts else np.empty(0)

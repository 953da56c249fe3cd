"""Which documents hold syllables next to each other, in order: words and phrases.

Two syllables are adjacent in a document exactly when their pair ("vinh_long") is in
the field's pairs view, a lookup. Three or more need positions: the pairs narrow the
candidates, and the positions of each syllable in those candidates alone are read,
a block at a time (``PackedPositions`` decode whole), and intersected with numpy.
Whoosh's own phrase matcher walks each posting in Python and unpickles its
positions: seconds for common syllables over the corpus.
"""

from __future__ import annotations

import numpy as np
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader

from search.format.codec import ArrayLeafMatcher, PackedPositions

Mask = np.ndarray  # bool, one entry per document number
_POSITION_BITS = 32


def term_positions(
    reader: IndexReader, fieldname: str, text: str, wanted: Mask
) -> tuple[np.ndarray, np.ndarray]:
    """(document, position) of each occurrence of a term in the ``wanted`` documents,
    ordered by document, then position."""
    docs, positions = [], []
    wanted_below = np.concatenate(([0], np.cumsum(wanted)))  # wanted ids below each id
    for leaf, base in reader.leaf_readers():
        if (fieldname, text) not in leaf:
            continue
        matcher = leaf.postings(fieldname, text)
        if isinstance(matcher, FilterMatcher):  # deletions: never among ``wanted``
            matcher = matcher.child
            matcher.reset()
        packed = isinstance(leaf.schema[fieldname].format, PackedPositions)
        if packed and isinstance(matcher, ArrayLeafMatcher):
            found = _block_positions(matcher, base, wanted, wanted_below)
        else:
            found = _item_positions(matcher, base, wanted)
        docs.extend(found[0])
        positions.extend(found[1])
    if not docs:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(docs), np.concatenate(positions)


def _block_positions(
    matcher: ArrayLeafMatcher, base: int, wanted: Mask, wanted_below: np.ndarray
) -> tuple[list, list]:
    """Blocks holding none of the ``wanted`` documents are passed by their header (the
    block's last id), undecoded: a phrase checked in a few documents reads a few blocks
    of even the commonest syllable."""
    docs, positions = [], []
    first = base
    while matcher.is_active():
        last = matcher.block_max_id() + base
        if wanted_below[last + 1] == wanted_below[first]:
            first = last + 1
            matcher.next_block()
            continue
        first = last + 1
        ids = matcher.block_ids() + base
        chosen = wanted[ids]
        if chosen.any():
            counts, block = matcher.block_positions()
            keep = np.repeat(chosen, counts)
            docs.append(np.repeat(ids, counts)[keep])
            positions.append(block[keep].astype(np.int64))
        matcher.next_block()
    return docs, positions


def _item_positions(matcher, base: int, wanted: Mask) -> tuple[list, list]:
    """Inlined short posting lists, and segments in another format, a posting at a time."""
    docs, positions = [], []
    while matcher.is_active():
        docnum = matcher.id() + base
        if wanted[docnum]:
            found = matcher.value_as("positions")
            docs.append(np.full(len(found), docnum, np.int64))
            positions.append(np.asarray(found, np.int64))
        matcher.next()
    return docs, positions


def adjacent(reader: IndexReader, fieldname: str, syllables: list[str], candidates: Mask) -> Mask:
    """The ``candidates`` in which ``syllables`` stand next to each other, in this order,
    somewhere in ``fieldname`` (a positional field).

    Each occurrence is keyed by (document, position minus its place in the word), so
    the word starts where every syllable's key is the same.
    """
    starts: np.ndarray | None = None
    for offset, syllable in enumerate(syllables):
        docs, positions = term_positions(reader, fieldname, syllable, candidates)
        inside = positions >= offset
        keys = (docs[inside] << _POSITION_BITS) | (positions[inside] - offset)
        starts = keys if starts is None else np.intersect1d(starts, keys, assume_unique=True)
        if not len(starts):
            break
    found = np.zeros(len(candidates), bool)
    if starts is not None and len(starts):
        found[starts >> _POSITION_BITS] = True
    return found

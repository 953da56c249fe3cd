"""The index's posting format: Whoosh's W3 blocks, with ids and weights as raw arrays.

Whoosh pickles each block of up to 128 postings as a tuple of Python numbers and
compresses it: reading one back costs an unpickle of a few hundred objects plus a
zlib pass, which was half the time of a search that touches common syllables for
the first time. Here a block's ids (delta-coded) and weights are little-endian
arrays of the narrowest type that holds them, so ``block_arrays`` hands them to
numpy without a Python object per posting; positions, needed only for phrase
queries, are compressed apart and decoded only when asked for.

The codec is pickled into every segment it writes, so an index says how to read
itself: this module is part of the index format, shared by the indexer and search.
"""

from __future__ import annotations

import pickle
import struct
import zlib
from array import array

import numpy as np
from whoosh.codec.whoosh3 import (
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
    W3TermInfo,
)
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.formats import Positions
from whoosh.system import _INT_SIZE, pack_uint, pack_ushort, unpack_uint

# whoosh-reloaded 2.7.5 inlines short posting lists by calling ``set_inline``, a name
# ``W3TermInfo`` never defines (it has ``set_inlined``), so any inline limit crashes.
if not hasattr(W3TermInfo, "set_inline"):
    W3TermInfo.set_inline = W3TermInfo.set_inlined

# Posting lists of up to this many documents live inside the term's entry instead of
# a block of their own: most terms (syllable pairs above all) are that rare, and
# writing a block per term was half the indexing time.
INLINE_POSTINGS = 8

# Postings per block: Whoosh's 128 serves its block-skipping matchers; we read whole
# posting lists, where each block costs a header unpickle and a few numpy calls.
BLOCK_POSTINGS = 1024

POSITIONS_COMPRESSION = 3  # zlib level for a block's positions
# W3TermInfo's header: flags, total weight, documents, min and max length bytes (no
# lengths are kept), max weight, first and last document.
_INLINED_TERM = W3TermInfo._struct
_COUNT = struct.Struct("<I")
_KEY_VALUE_LENGTHS = struct.Struct("!ii")  # filetables._lengths
_HASH_SLOT = struct.Struct("!Iq")  # filetables._pointer


def pack_array(values: np.ndarray) -> bytes:
    """Non-negative numbers as a one-letter type code plus their little-endian bytes,
    in the narrowest unsigned type that holds them when they are all whole.

    >>> pack_array(np.array([3.0, 300.0]))
    b'H\\x03\\x00,\\x01'
    >>> unpack_array(pack_array(np.array([0.5, 2.0]))).tolist()
    [0.5, 2.0]
    """
    whole = values.dtype.kind in "iu" or bool(np.all(values == np.floor(values)))
    top = values.max(initial=0)
    if whole and top < 2**8:
        code = "B"
    elif whole and top < 2**16:
        code = "H"
    elif whole and top < 2**32:
        code = "I"
    else:
        code = "f"
    return code.encode() + values.astype("<" + code).tobytes()


def unpack_array(data: bytes) -> np.ndarray:
    return np.frombuffer(data, "<" + chr(data[0]), offset=1)


class PackedPositions(Positions):
    """Whoosh's ``Positions`` with each posting's positions as little-endian 32-bit
    numbers after the count, instead of pickled gaps: a block of them decodes in a few
    numpy calls (``ArrayLeafMatcher.block_positions``), which is what lets adjacency
    checks read the positions of common syllables at all.

    >>> form = PackedPositions()
    >>> form.decode_positions(form.encode([3, 7, 20])), form.decode_frequency(form.encode([3, 7]))
    ([3, 7, 20], 2)
    """

    def encode(self, poslist) -> bytes:
        return pack_uint(len(poslist)) + np.asarray(poslist, "<u4").tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return np.frombuffer(valuestring, "<u4", offset=_INT_SIZE).tolist()

    def decode_frequency(self, valuestring: bytes) -> int:
        return unpack_uint(valuestring[:_INT_SIZE])[0]


class ArrayPostingsWriter(W3PostingsWriter):
    """Writes W3 blocks whose parts are ``pack_array`` bytes (the codec sets zlib off)."""

    def add_postings(self, ids: array, weights: array, values: list[bytes]) -> None:
        """A term's whole posting list (ids ascending), cut into blocks by slicing.

        Whoosh's ``add_posting`` takes one posting per call; the indexer knows every
        posting of a term when it writes it.
        """
        limit = self._blocklimit
        for start in range(0, len(ids), limit):
            if self._ids:
                self._write_block()
            self._ids = ids[start : start + limit]
            self._weights = weights[start : start + limit]
            self._values = values[start : start + limit]
            self._maxweight = max(self._weights)

    def _mini_ids(self):
        if self._byteids:  # term vectors: ids are strings
            return super()._mini_ids()
        ids = np.frombuffer(self._ids, np.uint32)
        gaps = np.empty(len(ids), np.uint32)
        gaps[0] = ids[0]
        np.subtract(ids[1:], ids[:-1], out=gaps[1:])
        return pack_array(gaps)

    def _mini_weights(self):
        weights = np.frombuffer(self._weights, np.float32)
        return None if np.all(weights == 1.0) else pack_array(weights)

    def _mini_values(self):
        fixedsize = self._format.fixed_value_size()
        if fixedsize is not None and fixedsize >= 0:
            return super()._mini_values()
        lengths = np.array([len(v) for v in self._values], "<u4")
        raw = _COUNT.pack(len(lengths)) + lengths.tobytes() + b"".join(self._values)
        return zlib.compress(raw, POSITIONS_COMPRESSION)


class TermIndexWriter(OrderedHashWriter):
    """Whoosh's ordered hash file of terms, each entry written in one call.

    ``OrderedHashWriter.add`` asks the file for its position (twice) and writes four
    times per term, and its hash tables are written a slot per call; here the position
    is counted and a table is one write. Same bytes, same hashes.
    """

    def __init__(self, dbfile) -> None:
        super().__init__(dbfile)
        self._position = dbfile.tell()

    def add(self, key: bytes, value: bytes) -> None:
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        position = self._position
        self.index.append(position)
        self.dbfile.write(_KEY_VALUE_LENGTHS.pack(len(key), len(value)) + key + value)
        self._position = position + _KEY_VALUE_LENGTHS.size + len(key) + len(value)
        hashed = self.hashfn(key)
        self.buckets[hashed & 255].append((hashed, position))
        self.lastkey = key

    def _write_hashes(self) -> None:
        """``HashWriter._write_hashes``, writing each table at once, not slot by slot."""
        empty = (0, 0)
        for entries in self.buckets:
            slots = 2 * len(entries)
            self.directory.append((self.dbfile.tell(), slots))
            table = [empty] * slots
            for hashed, position in entries:  # open addressing, in insertion order
                slot = (hashed >> 8) % slots
                while table[slot] != empty:
                    slot = (slot + 1) % slots
                table[slot] = (hashed, position)
            self.dbfile.write(b"".join(_HASH_SLOT.pack(*entry) for entry in table))


class ArrayFieldWriter(W3FieldWriter):
    """W3's term writer, plus a whole term at a time."""

    def __init__(self, codec, storage, segment) -> None:  # W3FieldWriter's, but the index
        self._codec = codec
        self._storage = storage
        self._segment = segment
        self._fieldname = self._fieldid = self._btext = self._fieldobj = self._format = None
        self._tindex = TermIndexWriter(self._create_file(W3Codec.TERMS_EXT))
        self._fieldmap = self._tindex.extras["fieldmap"] = {}
        self._postfile = self._create_file(W3Codec.POSTS_EXT)
        self._postwriter = None
        self._infield = False
        self.is_closed = False

    def add_term(self, btext: bytes, ids: array, weights: array, values: list[bytes]) -> None:
        """Write one term with all its postings (``values`` empty when the format has none).

        Most terms are rare enough to be inlined: their entry is packed here directly,
        as ``W3TermInfo.to_bytes`` would pack it, without the block machinery.
        """
        if len(ids) >= self._codec._inlinelimit:
            self.start_term(btext)
            self._postwriter.add_postings(ids, weights, values)
            self.finish_term()
            return
        total, top = sum(weights), max(weights)
        info = _INLINED_TERM.pack(True, total, len(ids), 0, 0, top, ids[0], ids[-1])
        postings = (tuple(ids), tuple(weights), tuple(values))
        self._tindex.add(pack_ushort(self._fieldid) + btext, info + pickle.dumps(postings, 2))


class ArrayLeafMatcher(W3LeafMatcher):
    """Reads ``ArrayPostingsWriter`` blocks, through Whoosh's matcher API or whole."""

    def block_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The current block's (document ids, weights)."""
        return self.block_ids(), self._block_weights()

    def next_block(self) -> None:
        """Move to the next block (past the end: inactive)."""
        self._next_block()

    def _block_data(self) -> tuple:
        if self._data is None:
            self._read_data()
        return self._data

    def block_ids(self) -> np.ndarray:
        return np.cumsum(unpack_array(self._block_data()[0]), dtype=np.int64)

    def _block_weights(self) -> np.ndarray:
        packed = self._block_data()[1]
        return np.ones(self._blocklength) if packed is None else unpack_array(packed)

    def _read_ids(self):
        if self._byteids:
            super()._read_ids()
        else:
            self._ids = self.block_ids().tolist()

    def _read_weights(self):
        self._weights = self._block_weights().tolist()

    def _read_values(self):
        fixedsize = self._fixedsize
        if fixedsize is not None and fixedsize >= 0:
            super()._read_values()
            return
        raw, lengths, start = self._raw_values()
        bounds = [start] + (np.cumsum(lengths) + start).tolist()
        self._values = tuple(raw[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True))

    def _raw_values(self) -> tuple[bytes, np.ndarray, int]:
        """The block's values blob: its bytes, each value's length, where values start."""
        raw = zlib.decompress(self._block_data()[2])
        (count,) = _COUNT.unpack_from(raw)
        lengths = np.frombuffer(raw, "<u4", count, _COUNT.size)
        return raw, lengths, _COUNT.size + lengths.nbytes

    def block_positions(self) -> tuple[np.ndarray, np.ndarray]:
        """The current block's (positions per posting, every position in posting order),
        for a ``PackedPositions`` field: each value is a count word and its positions,
        all 32-bit, so the blob is one array with the count words taken out."""
        raw, lengths, start = self._raw_values()
        words = np.frombuffer(raw, "<u4", offset=start)
        sizes = (lengths // 4).astype(np.int64)
        counts = sizes - 1
        heads = np.cumsum(sizes) - sizes
        keep = np.ones(len(words), bool)
        keep[heads] = False
        return counts, words[keep]


class ArrayCodec(W3Codec):
    """W3 with ``ArrayPostingsWriter`` blocks, short lists inlined, no length ranges.

    The per-block length range only serves Whoosh's own block-skipping scorer, which
    ``search.scoring`` replaces; collecting it cost a column lookup per posting.
    """

    length_stats = False

    def __init__(
        self, blocklimit: int = BLOCK_POSTINGS, inlinelimit: int = INLINE_POSTINGS
    ) -> None:
        super().__init__(blocklimit=blocklimit, compression=0, inlinelimit=inlinelimit)

    def field_writer(self, storage, segment) -> ArrayFieldWriter:
        return ArrayFieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        return ArrayPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=0,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term, scorer)
        offset, length = terminfo.extent()
        return ArrayLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)

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

import struct
import zlib

import numpy as np
from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3PostingsWriter, W3TermInfo

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
_COUNT = struct.Struct("<I")


def pack_array(values: np.ndarray) -> bytes:
    """Non-negative numbers as a one-letter type code plus their little-endian bytes,
    in the narrowest unsigned type that holds them when they are all whole.

    >>> pack_array(np.array([3.0, 300.0]))
    b'H\\x03\\x00,\\x01'
    >>> unpack_array(pack_array(np.array([0.5, 2.0]))).tolist()
    [0.5, 2.0]
    """
    whole = bool(np.all(values == np.floor(values)))
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


class ArrayPostingsWriter(W3PostingsWriter):
    """Writes W3 blocks whose parts are ``pack_array`` bytes (the codec sets zlib off)."""

    def _mini_ids(self):
        if self._byteids:  # term vectors: ids are strings
            return super()._mini_ids()
        ids = np.frombuffer(self._ids, np.uint32).astype(np.int64)
        return pack_array(np.diff(ids, prepend=0))

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


class ArrayLeafMatcher(W3LeafMatcher):
    """Reads ``ArrayPostingsWriter`` blocks, through Whoosh's matcher API or whole."""

    def block_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The current block's (document ids, weights)."""
        return self._block_ids(), self._block_weights()

    def _block_data(self) -> tuple:
        if self._data is None:
            self._read_data()
        return self._data

    def _block_ids(self) -> np.ndarray:
        return np.cumsum(unpack_array(self._block_data()[0]), dtype=np.int64)

    def _block_weights(self) -> np.ndarray:
        packed = self._block_data()[1]
        return np.ones(self._blocklength) if packed is None else unpack_array(packed)

    def _read_ids(self):
        if self._byteids:
            super()._read_ids()
        else:
            self._ids = self._block_ids().tolist()

    def _read_weights(self):
        self._weights = self._block_weights().tolist()

    def _read_values(self):
        fixedsize = self._fixedsize
        if fixedsize is not None and fixedsize >= 0:
            super()._read_values()
            return
        raw = zlib.decompress(self._block_data()[2])
        (count,) = _COUNT.unpack_from(raw)
        lengths = np.frombuffer(raw, "<u4", count, _COUNT.size)
        start = _COUNT.size + lengths.nbytes
        bounds = [start] + (np.cumsum(lengths) + start).tolist()
        self._values = tuple(raw[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True))


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

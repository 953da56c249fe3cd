"""The codec's import path before the index format moved to ``search.format``.

Indexes written before the move pickled ``search.codec.ArrayCodec`` into their segments
and ``search.codec.PackedPositions`` into their schema; this alias keeps them readable
(``tests/test_codec.py`` opens such an index).
"""

from search.format.codec import ArrayCodec, PackedPositions

__all__ = ["ArrayCodec", "PackedPositions"]

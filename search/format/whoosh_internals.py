"""The private parts of Whoosh that our index format relies on, listed in one place.

The codec (``codec.py``), the column readers (``columns.py``) and the segment writer
(``writer.py``) in this package subclass Whoosh's W3 classes and its
``SegmentWriter``, call their underscore methods, and set or read the attributes
those methods use; nothing outside this package touches a private Whoosh name. None
of it is Whoosh's public API, which is why the Whoosh version is pinned
(``pyproject.toml``). ``missing()`` names what a Whoosh version lacks, so an upgrade
fails one test with that list (``tests/test_whoosh_internals.py``) instead of writing
a corrupt index or raising an AttributeError halfway through a build.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Mapping

# Module or class path -> the private names used from it (methods, class attributes,
# or attributes its methods set on ``self``).
RELIED_ON: dict[str, tuple[str, ...]] = {
    "whoosh.system": ("_INT_SIZE",),
    "whoosh.codec.whoosh3": ("_lenfield",),
    "whoosh.filedb.filetables": ("_lengths", "_pointer"),
    "whoosh.filedb.filetables.HashWriter": ("_write_hashes",),
    "whoosh.codec.whoosh3.W3TermInfo": ("_struct", "set_inlined"),
    "whoosh.codec.whoosh3.W3PostingsWriter": (
        *("_blocklimit", "_byteids", "_format", "_ids", "_inlinelimit", "_maxweight"),
        *("_mini_ids", "_mini_values", "_postfile", "_values", "_weights", "_write_block"),
    ),
    "whoosh.codec.whoosh3.W3FieldWriter": (
        *("_btext", "_codec", "_create_file", "_fieldid", "_fieldmap", "_fieldname"),
        *("_fieldobj", "_infield", "_postwriter", "_segment", "_storage", "_tindex"),
    ),
    "whoosh.codec.whoosh3.W3LeafMatcher": (
        *("_blocklength", "_data", "_fixedsize", "_next_block", "_read_data"),
        *("_read_ids", "_read_values"),
    ),
    "whoosh.columns.NumericColumn.Reader": (
        *("_basepos", "_count", "_dbfile", "_default", "_fixedlen", "_typecode"),
    ),
    "whoosh.reading.SegmentReader": ("_perdoc",),
    "whoosh.writing.SegmentWriter": (
        *("_added", "_check_fields", "_check_state", "_close_segment", "_commit_toc"),
        *("_finalize_segment", "_finish", "_merge_segments"),
    ),
    "whoosh.index.FileIndex": ("_segments",),
}


def missing(relied_on: Mapping[str, tuple[str, ...]] = RELIED_ON) -> list[str]:
    """The dotted names of ``relied_on`` that the installed Whoosh does not have.

    >>> missing({"whoosh.writing.SegmentWriter": ("_commit_toc", "_no_such_method")})
    ['whoosh.writing.SegmentWriter._no_such_method']
    """
    absent = []
    for path, names in relied_on.items():
        owner = _resolve(path)
        absent += [f"{path}.{name}" for name in names if owner is None or not _has(owner, name)]
    return absent


def _resolve(path: str) -> object | None:
    """The module, or the class inside one, that a dotted path names; None if gone."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            owner: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            owner = getattr(owner, attribute, None)
        return owner
    return None


def _has(owner: object, name: str) -> bool:
    """A name the owner defines, or an attribute its methods set on ``self``."""
    if hasattr(owner, name):
        return True
    if not inspect.isclass(owner):
        return False
    source = "".join(inspect.getsource(cls) for cls in owner.__mro__ if cls is not object)
    return re.search(rf"self\.{re.escape(name)}\b", source) is not None

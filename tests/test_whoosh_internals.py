"""Fails, with the list, when the installed Whoosh lacks a private name the index needs."""

import whoosh

from search.format.whoosh_internals import missing


def test_the_installed_whoosh_has_every_private_name_the_index_format_uses():
    absent = missing()
    assert not absent, (
        f"Whoosh {whoosh.versionstring()} lacks {', '.join(absent)}: the codec, the column "
        "readers or the segment writer rely on them (search/format/whoosh_internals.py); keep "
        "the Whoosh pin in pyproject.toml or port them"
    )


def test_a_name_whoosh_lacks_is_reported():
    relied_on = {"whoosh.codec.whoosh3.W3FieldWriter": ("_tindex", "_gone"), "whoosh.nope": ("x",)}
    assert missing(relied_on) == ["whoosh.codec.whoosh3.W3FieldWriter._gone", "whoosh.nope.x"]

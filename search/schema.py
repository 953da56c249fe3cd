"""The index schema: one definition for the indexer that writes and the search that reads."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta, timezone

from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from search.analysis import (
    folded_analyzer,
    folded_terms,
    pair_terms,
    pairs_analyzer,
    word_analyzer,
    word_terms,
)

# Dates are stored as naive Vietnam local time (as articles print them) and given
# this offset whenever they leave the index.
VIETNAM_TZ = timezone(timedelta(hours=7))

# Text fields indexed twice: pyvi words (accent-exact) and folded syllables.
TEXT_FIELDS = ("title", "summary", "body")

# Facet fields: filterable keyword fields (comma-separated on write); their
# display values (lists) live in the stored ``meta`` field. ``province`` is what an
# article is about, ``province_2025`` the same on the post-July-2025 map, and
# ``province_mentioned`` every province the text names.
FACET_FIELDS = (
    "province",
    "year",
    "official",
    "indicator",
    "province_2025",
    "province_mentioned",
)


# Text fields also indexed as adjacent folded syllable pairs ("ben_tre"): proximity
# ranking then looks up one term instead of matching positions.
PAIR_FIELDS = ("title", "body")


def folded_name(field: str) -> str:
    return f"{field}_folded"


def pairs_name(field: str) -> str:
    return f"{field}_pairs"


def build_schema() -> Schema:
    words = word_analyzer()
    folded = folded_analyzer()
    fields = {
        "id": ID(stored=True, unique=True),
        "digest": STORED(),
        "url": STORED(),
        "published": DATETIME(stored=True, sortable=True),
        "meta": STORED(),
        "docnum_ref": KEYWORD(lowercase=True, commas=True, scorable=True),
    }
    for name in TEXT_FIELDS:
        # No positions: quoted phrases are matched on the folded views; the words
        # views only add a bonus, scored as the conjunction of the phrase's words.
        fields[name] = TEXT(analyzer=words, stored=True, phrase=False)
        fields[folded_name(name)] = TEXT(analyzer=folded, phrase=True)
    for name in PAIR_FIELDS:
        fields[pairs_name(name)] = TEXT(analyzer=pairs_analyzer(), phrase=False)
    for name in FACET_FIELDS:
        fields[name] = KEYWORD(commas=True, lowercase=False, scorable=False)
    return Schema(**fields)


def view_terms() -> dict[str, Callable[[str], Sequence[str]]]:
    """Each text view's terms in order, as its analyzer in ``build_schema`` gives them,
    without a Token object per term: the indexer's fast path."""
    views: dict[str, Callable[[str], Sequence[str]]] = {}
    for name in TEXT_FIELDS:
        views[name] = word_terms
        views[folded_name(name)] = folded_terms
    for name in PAIR_FIELDS:
        views[pairs_name(name)] = pair_terms
    return views

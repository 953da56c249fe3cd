"""The index schema: one definition for the indexer that writes and the search that reads."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta, timezone

from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from search.analysis import (
    folded_analyzer,
    folded_terms,
    pair_terms,
    pairs_analyzer,
    vocabulary_analyzer,
    vocabulary_terms,
    word_analyzer,
    word_terms,
)
from search.format.codec import PackedPositions

# Dates are stored as naive Vietnam local time (as articles print them) and given
# this offset whenever they leave the index.
VIETNAM_TZ = timezone(timedelta(hours=7))

# Text fields indexed twice: pyvi words (accent-exact) and folded syllables.
TEXT_FIELDS = ("title", "summary", "body")


@dataclass(frozen=True)
class Facet:
    """One facet, as every layer names it: its index field (also its API parameter and
    Sphinx attribute), the ``Facets`` attribute and stored ``meta`` key its values come
    from, its Vietnamese heading, and whether its values are numbers."""

    name: str
    attribute: str
    title: str
    numeric: bool = False


# Facet fields: filterable keyword fields (comma-separated on write); their display
# values (lists) live in the stored ``meta`` field. ``province`` is what an article is
# about, ``province_2025`` the same on the post-July-2025 map, and
# ``province_mentioned`` every province the text names. The one list the schema, the
# indexers, the Sphinx columns, the API and the pages read.
FACETS = (
    Facet("province", "provinces", "Tỉnh, thành phố"),
    Facet("year", "years", "Năm báo cáo", numeric=True),
    Facet("official", "officials", "Quan chức"),
    Facet("indicator", "indicators", "Chỉ tiêu kinh tế"),
    Facet("province_2025", "provinces_2025", "Tỉnh, thành (từ 7/2025)"),
    Facet("province_mentioned", "provinces_mentioned", "Tỉnh được nhắc đến"),
)
FACET_FIELDS = tuple(facet.name for facet in FACETS)
NUMERIC_FACETS = tuple(facet.name for facet in FACETS if facet.numeric)


# Text fields also indexed as adjacent folded syllable pairs ("ben_tre"): whether two
# syllables stand next to each other (a two-syllable word, proximity ranking) is then
# one term's lookup instead of a match of positions.
PAIR_FIELDS = ("title", "summary", "body")

# Every pyvi word of an article's texts, folded ("vinh_long"): its document frequencies
# are what queries are segmented into words with (``search.words``).
VOCABULARY = "vocabulary"


# Bumped whenever a view's terms change for the same text (the analyzer writes more or
# other terms): it is part of each article's digest, so the next build re-indexes every
# article instead of keeping the unchanged ones as the older version wrote them.
# 2: the vocabulary view counts spelt pairs.
VIEWS_VERSION = 2


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
        # No positions: words and phrases are matched on the folded views; the words
        # views only add a bonus, scored as the conjunction of the phrase's words.
        fields[name] = TEXT(analyzer=words, stored=True, phrase=False)
        fields[folded_name(name)] = _positional(folded)
    for name in PAIR_FIELDS:
        fields[pairs_name(name)] = TEXT(analyzer=pairs_analyzer(), phrase=False)
    fields[VOCABULARY] = TEXT(analyzer=vocabulary_analyzer(), phrase=False)
    fields[VOCABULARY].scorable = False  # counted, never scored: no length column
    for name in FACET_FIELDS:
        fields[name] = KEYWORD(commas=True, lowercase=False, scorable=False)
    return Schema(**fields)


def _positional(analyzer) -> TEXT:
    field = TEXT(analyzer=analyzer, phrase=True)
    field.format = PackedPositions(field_boost=field.format.field_boost)
    return field


def view_terms() -> dict[str, Callable[[str], Sequence[str]]]:
    """Each text view's terms in order, as its analyzer in ``build_schema`` gives them,
    without a Token object per term: the indexer's fast path."""
    views: dict[str, Callable[[str], Sequence[str]]] = {}
    for name in TEXT_FIELDS:
        views[name] = word_terms
        views[folded_name(name)] = folded_terms
    for name in PAIR_FIELDS:
        views[pairs_name(name)] = pair_terms
    views[VOCABULARY] = vocabulary_terms
    return views

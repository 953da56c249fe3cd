"""User query syntax and its translation into a Whoosh query.

Syntax: words (all required), ``"quoted phrases"``, ``-exclusion``, ``a OR b``.
Nothing here raises on odd input: unbalanced quotes, a lone ``-`` or a dangling
``OR`` degrade to a plain search over the words that are there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from whoosh import query as wq

from search.abbreviations import spellings
from search.analysis import document_numbers, query_syllables, word_terms
from search.format.schema import folded_name, pairs_name
from search.tones import fold

MAX_QUERY_CHARS = 500
MAX_TERMS = 32

# Ranking weights, all in one place. Title beats summary beats body. Every query
# syllable must match accent-folded; where the user typed accents, that folded match
# counts less and the accent-exact pyvi word adds a bonus, so "dương" outranks
# "đường" while an unaccented "duong" treats both alike.
# Tuned on the known-item set (eval/data/ranking_queries.jsonl, whole corpus, run with
# ``python -m eval.ranking --misses``): BM25's length normalisation B=0.9 instead of
# Whoosh's 0.75 gave +0.006 MRR as written and +0.017 unaccented, because long articles
# that mention every keyword in passing outranked the short one about it; K1 and the
# field boosts moved nothing measurable. Proximity (adjacent query syllables, from the
# pairs fields) at 3.0 instead of 1.5: MRR@10 as written / lower / partial / unaccented
# 0.949 / 0.957 / 0.943 / 0.957 -> 0.951 / 0.957 / 0.955 / 0.957 (2.0 gave 0.955 /
# 0.963 / 0.944 / 0.946). These are scores on the set the weights were tuned on.
# The recency bonus is a tie-breaker by design: at most +2 % of a score, halving every
# year of age behind the newest article.
BM25_B = 0.9
BM25_K1 = 1.2
RECENCY_WEIGHT = 0.02
RECENCY_HALF_LIFE_DAYS = 365.0
FIELD_BOOSTS = {"title": 3.0, "summary": 1.8, "body": 1.0}
ACCENTED_FOLDED_WEIGHT = 0.3
EXACT_WEIGHT = 1.0
PROXIMITY_BOOST = 3.0
# Pairs views the proximity boost reads: the summary's pairs serve matching only (a
# boost there too took the hand-written set's MRR@10 from 0.953 to 0.934).
PROXIMITY_FIELDS = ("title", "body")
DOCUMENT_NUMBER_BOOST = 5.0
PROVINCE_BOOST = 6.0  # a keyword field has no lengths: a match scores +6, about one word

_TOKEN = re.compile(r'-?"[^"]*"|\S+')


@dataclass
class Item:
    """One required (or, if negated, excluded) part of the query."""

    alternatives: list[str]
    phrase: bool = False
    negated: bool = False


@dataclass
class ParsedQuery:
    items: list[Item] = field(default_factory=list)

    @property
    def positive(self) -> list[Item]:
        return [item for item in self.items if not item.negated]

    def words(self) -> list[str]:
        """The required words as the result reports them: a phrase in quotes, the
        alternatives of an ``OR`` joined by it."""
        return [
            " OR ".join(f'"{text}"' if item.phrase else text for text in item.alternatives)
            for item in self.positive
        ]

    def highlight_terms(self, words: bool = False) -> list[str]:
        """What to mark in results, as typed (diacritics kept where typed): each word
        or phrase whole when a hit holds ``words``, else each syllable."""
        texts = [text for item in self.positive for text in item.alternatives]
        if not words:
            texts = [syllable for text in texts for syllable in query_syllables(text)]
        return list(dict.fromkeys(texts))


def _strip_unbalanced(text: str) -> str:
    return text.replace('"', " ") if text.count('"') % 2 else text


def parse(text: str) -> ParsedQuery:
    """Split a raw query into items; never raises.

    >>> [(i.alternatives, i.phrase, i.negated) for i in parse('"Bến Tre" -lũ a OR b').items]
    [(['Bến Tre'], True, False), (['lũ'], False, True), (['a', 'b'], False, False)]
    >>> [(i.alternatives, i.phrase) for i in parse('"Bến Tre" OR "Trà Vinh" OR Huế').items]
    [(['Bến Tre', 'Trà Vinh'], True), (['Huế'], False)]
    """
    tokens = _TOKEN.findall(_strip_unbalanced(text[:MAX_QUERY_CHARS]))[:MAX_TERMS]
    items: list[Item] = []
    join_next = False
    for token in tokens:
        if token == "OR":
            join_next = bool(items) and not items[-1].negated
            continue
        item = _item(token)
        if item is None:
            continue
        if join_next and not item.negated and item.phrase == items[-1].phrase:
            items[-1].alternatives.extend(item.alternatives)
        else:
            items.append(item)
        join_next = False
    return ParsedQuery(items)


def _item(token: str) -> Item | None:
    negated = token.startswith("-") and len(token) > 1
    body = token[1:] if negated else token
    phrase = body.startswith('"')
    body = body.strip('"').strip()
    if not re.search(r"\w", body):
        return None
    return Item([body], phrase=phrase, negated=negated)


def _sequence(fieldname: str, terms: list[str], phrase: bool, boost: float) -> wq.Query:
    if len(terms) == 1:
        return wq.Term(fieldname, terms[0], boost=boost)
    if phrase:
        return wq.Phrase(fieldname, terms, boost=boost)
    return wq.And([wq.Term(fieldname, t) for t in terms], boost=boost)


def _folded_clause(syllables: list[str], phrase: bool) -> wq.Query:
    """The syllables, accents ignored, in any text field: what a result must contain.

    Syllables rather than pyvi words, because a keyword query is not a sentence and
    pyvi may join "Duy Chủ" in a query where the article says "… Duy, Chủ tịch".
    """
    folded = [fold(s) for s in syllables]
    typed_bare = folded == [s.lower() for s in syllables]
    weight = 1.0 if typed_bare else ACCENTED_FOLDED_WEIGHT
    return wq.Or(
        [
            _sequence(folded_name(name), folded, phrase, b * weight)
            for name, b in FIELD_BOOSTS.items()
        ]
    )


def _word_clause(words: list[str], phrase: bool) -> wq.Query:
    """The pyvi words as typed, accents exact: a bonus that ranks "dương" above "đường"."""
    return wq.Or(
        [_sequence(name, words, phrase, b * EXACT_WEIGHT) for name, b in FIELD_BOOSTS.items()]
    )


def _alternative(text: str, adjacent: bool) -> wq.Query | None:
    numbers = document_numbers(text)
    if numbers:
        return wq.And([wq.Term("docnum_ref", n, boost=DOCUMENT_NUMBER_BOOST) for n in numbers])
    syllables = query_syllables(text)
    if not syllables:
        return None
    if adjacent or len(syllables) == 1:
        return _folded_clause(syllables, adjacent)
    return wq.And([_folded_clause([s], False) for s in syllables])


def item_query(item: Item, words: bool = True) -> wq.Query | None:
    """What a document must match to satisfy one query item: each alternative's
    syllables next to each other in one field (a word, or a quoted phrase), or, when
    not matching ``words``, anywhere in the document (a phrase still whole)."""
    adjacent = words or item.phrase
    options = [q for q in (_alternative(t, adjacent) for t in item.alternatives) if q]
    if not options:
        return None
    return options[0] if len(options) == 1 else wq.Or(options)


def _exact_words(items: list[Item]) -> list[wq.Query]:
    """Bonus clauses for the pyvi words of the query, segmented as typed and in lower
    case: capitals help pyvi find names, but in a keyword query they also glue a name
    to the next word ("Duy Chủ tịch"), so both segmentations count."""
    clauses = []
    for item in items:
        for text in item.alternatives:
            if document_numbers(text):
                continue
            if item.phrase:
                clauses.append(_word_clause(word_terms(text), True))
                continue
            words = dict.fromkeys(word_terms(text) + word_terms(text.lower()))
            clauses.extend(_word_clause([w], False) for w in words)
    return clauses


def _proximity(parsed: ParsedQuery) -> wq.Query | None:
    """Optional boost for each pair of query syllables that stands adjacent in a document.

    Rewards "Bến Tre" over a text with "bên" in one place and "trễ" in another; a
    lookup in the pairs fields, not a positional match.
    """
    syllables = [
        fold(s)
        for item in parsed.positive
        if len(item.alternatives) == 1 and not item.phrase
        for s in query_syllables(item.alternatives[0])
    ]
    pairs = list(dict.fromkeys(zip(syllables, syllables[1:], strict=False)))
    if not pairs:
        return None
    return wq.Or(
        [
            wq.Term(pairs_name(name), f"{first}_{second}", boost=PROXIMITY_BOOST)
            for name in PROXIMITY_FIELDS
            for first, second in pairs
        ]
    )


def word_items(parsed: ParsedQuery, words: Callable[[str], list[str]]) -> ParsedQuery:
    """The query with each run of plain text split into its words by ``words``, one
    item a word; ``OR`` binds the words on either side of it ("Hà Nội OR Hải Phòng"),
    and a name written in full or abbreviated stands for both ("UBND", ``abbreviations``).

    >>> split = lambda text: [text] if text == "Hà Nội" else text.split()
    >>> [i.alternatives for i in word_items(parse("Hà Nội OR Huế báo cáo"), split).items]
    [['Hà Nội', 'Huế'], ['báo'], ['cáo']]
    >>> [i.alternatives for i in word_items(parse("UBND"), split).items]
    [['UBND', 'Ủy ban nhân dân']]
    """
    items: list[Item] = []
    run: list[str] = []
    join = False  # the run's first word is another alternative of the last item

    def segment_run() -> None:
        nonlocal join
        for number, word in enumerate(words(" ".join(run)) if run else []):
            if number == 0 and join and items:
                items[-1].alternatives.extend(spellings(word))
            else:
                items.append(Item(spellings(word)))
        run.clear()
        join = False

    for item in parsed.items:
        if item.phrase or item.negated or any(map(document_numbers, item.alternatives)):
            segment_run()
            items.append(Item(list(item.alternatives), item.phrase, item.negated))
            continue
        for number, text in enumerate(item.alternatives):
            if number:
                segment_run()
                join = True
            run.append(text)
    segment_run()
    return ParsedQuery(items)


def merged_items(parsed: ParsedQuery) -> list[Item]:
    """Adjacent plain words are segmented together, so pyvi sees "kim ngạch" as one word."""
    merged: list[Item] = []
    for item in parsed.items:
        plain = not item.phrase and len(item.alternatives) == 1
        previous = merged[-1] if merged else None
        if (
            plain
            and previous is not None
            and not previous.phrase
            and len(previous.alternatives) == 1
            and previous.negated == item.negated
            and not item.negated
            and not document_numbers(item.alternatives[0])
            and not document_numbers(previous.alternatives[0])
        ):
            previous.alternatives[0] += " " + item.alternatives[0]
        else:
            merged.append(Item(list(item.alternatives), item.phrase, item.negated))
    return merged


def _province_boost(parsed: ParsedQuery, provinces: list[str]) -> list[wq.Query]:
    """Provinces named in the query lift articles about them (a boost, not a filter)."""
    typed = " " + " ".join(fold(t) for t in parsed.highlight_terms()) + " "
    return [
        wq.Term("province", name, boost=PROVINCE_BOOST)
        for name in provinces
        if f" {' '.join(fold(s) for s in query_syllables(name))} " in typed
    ]


@dataclass
class BuiltQuery:
    """``match`` decides which documents qualify; ``rank`` adds the optional boosts."""

    match: wq.Query
    rank: wq.Query


def to_whoosh(parsed: ParsedQuery, provinces: list[str] = (), words: bool = False) -> BuiltQuery:
    """The Whoosh queries for a parsed user query; ``Every`` when nothing positive is left.

    With ``words``, ``parsed`` holds one item per word (``word_items``) and each must
    stand whole in a field; otherwise plain runs are merged back and every syllable
    matches on its own. ``provinces`` are the province facet values; those named in
    the query boost.
    """
    items = parsed.items if words else merged_items(parsed)
    required: list[wq.Query] = []
    excluded: list[wq.Query] = []
    for item in items:
        built = item_query(item, words)
        if built is not None:
            (excluded if item.negated else required).append(built)
    match: wq.Query = wq.And(required) if required else wq.Every()
    if excluded:
        match = wq.AndNot(match, wq.Or(excluded))
    if not required:
        return BuiltQuery(match, match)
    positive = [item for item in items if not item.negated]
    optional = [
        *_exact_words(positive),
        _proximity(parsed),
        *_province_boost(parsed, provinces),
    ]
    optional = [q for q in optional if q is not None]
    return BuiltQuery(match, wq.AndMaybe(match, wq.Or(optional)) if optional else match)

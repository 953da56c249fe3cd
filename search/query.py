"""User query syntax and its translation into a Whoosh query.

Syntax: words (all required), ``"quoted phrases"``, ``-exclusion``, ``a OR b``.
Nothing here raises on odd input: unbalanced quotes, a lone ``-`` or a dangling
``OR`` degrade to a plain search over the words that are there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from search.analysis import document_numbers, fold, query_syllables, query_words
from search.schema import TEXT_FIELDS, folded_name

MAX_QUERY_CHARS = 500
MAX_TERMS = 32

# Ranking weights, all in one place. Title beats summary beats body; an
# accent-exact word match adds to its folded match, so what the user typed with
# accents outranks words that only share its letters ("dương" vs "đường").
FIELD_BOOSTS = {"title": 3.0, "summary": 1.8, "body": 1.0}
FOLDED_WEIGHT = 0.6
PROXIMITY_BOOST = 1.5
PROXIMITY_SLOP = 1
DOCUMENT_NUMBER_BOOST = 5.0
PROVINCE_BOOST = 6.0  # a keyword match scores a flat 0.5 per unit: +3, about one query word

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

    def highlight_terms(self) -> list[str]:
        """Syllables to mark in results, as typed (diacritics kept where typed)."""
        terms = []
        for item in self.positive:
            for text in item.alternatives:
                terms.extend(query_syllables(text))
        return list(dict.fromkeys(terms))


def _strip_unbalanced(text: str) -> str:
    return text.replace('"', " ") if text.count('"') % 2 else text


def parse(text: str) -> ParsedQuery:
    """Split a raw query into items; never raises.

    >>> [(i.alternatives, i.phrase, i.negated) for i in parse('"Bến Tre" -lũ a OR b').items]
    [(['Bến Tre'], True, False), (['lũ'], False, True), (['a', 'b'], False, False)]
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
        if join_next and not item.negated and not item.phrase and not items[-1].phrase:
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


def _text_clause(words: list[str], syllables: list[str], phrase: bool) -> wq.Query:
    """Match the words accent-exact, or their syllables folded, in any text field."""
    options: list[wq.Query] = []
    for name, boost in FIELD_BOOSTS.items():
        if words:
            options.append(_sequence(name, words, phrase, boost))
        if syllables:
            folded = [fold(s) for s in syllables]
            options.append(_sequence(folded_name(name), folded, True, boost * FOLDED_WEIGHT))
    return wq.Or(options)


def _sequence(fieldname: str, terms: list[str], phrase: bool, boost: float) -> wq.Query:
    if len(terms) == 1:
        return wq.Term(fieldname, terms[0], boost=boost)
    if phrase:
        return wq.Phrase(fieldname, terms, boost=boost)
    return wq.And([wq.Term(fieldname, t) for t in terms], boost=boost)


def _word_clauses(text: str) -> list[wq.Query]:
    """Each pyvi word of a plain chunk becomes one required clause."""
    return [
        _text_clause([w], query_syllables(w.replace("_", " ")), True) for w in query_words(text)
    ]


def _alternative(text: str, phrase: bool) -> wq.Query | None:
    numbers = document_numbers(text)
    if numbers:
        return wq.And([wq.Term("docnum_ref", n, boost=DOCUMENT_NUMBER_BOOST) for n in numbers])
    if phrase:
        return _text_clause(query_words(text), query_syllables(text), True)
    clauses = _word_clauses(text)
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else wq.And(clauses)


def item_query(item: Item) -> wq.Query | None:
    options = [q for q in (_alternative(t, item.phrase) for t in item.alternatives) if q]
    if not options:
        return None
    return options[0] if len(options) == 1 else wq.Or(options)


def _proximity(parsed: ParsedQuery) -> wq.Query | None:
    """Optional boost for each pair of query syllables that stands adjacent in a document.

    Rewards "Bến Tre" over a text with "bên" in one place and "trễ" in another.
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
            wq.Phrase(folded_name(name), list(pair), slop=PROXIMITY_SLOP, boost=PROXIMITY_BOOST)
            for name in TEXT_FIELDS
            for pair in pairs
        ]
    )


def _merge_plain(parsed: ParsedQuery) -> list[Item]:
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


def to_whoosh(parsed: ParsedQuery, provinces: list[str] = ()) -> wq.Query:
    """The Whoosh query for a parsed user query; ``Every`` when nothing positive is left.

    ``provinces`` are the province facet values; those named in the query boost.
    """
    required: list[wq.Query] = []
    excluded: list[wq.Query] = []
    for item in _merge_plain(parsed):
        built = item_query(item)
        if built is not None:
            (excluded if item.negated else required).append(built)
    base: wq.Query = wq.And(required) if required else wq.Every()
    optional = [_proximity(parsed), *_province_boost(parsed, provinces)] if required else []
    optional = [q for q in optional if q is not None]
    if optional:
        base = wq.AndMaybe(base, wq.Or(optional))
    if excluded:
        base = wq.AndNot(base, wq.Or(excluded))
    return base

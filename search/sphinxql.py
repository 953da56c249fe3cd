"""What the SphinxQL backend stores and asks: node layout, keys, columns and MATCH syntax.

Sphinx (2.2) and Manticore index text already analysed by OUR analyzer: accent-folded
syllables for matching, pyvi words (joined with ``_``, accents kept) for the exact-word
bonus, so both backends find the same documents for the same query. Every token is cut
down to the characters of :data:`CHARSET_TABLE`, on the way in and in queries alike, which
also means no user text can reach the MATCH syntax.

A cluster of N nodes holds N real-time shards; node ``k`` owns ``shard{k}`` and answers
for all of them through its distributed index ``articles`` (its own shard plus the
others as agents). ``SPHINX_URL`` lists the nodes' SphinxQL addresses in shard order;
each node's agent port is its SphinxQL port + 1.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import pymysql
from pymysql.constants import CLIENT

from search.analysis import (
    document_numbers,
    folded_terms,
    query_syllables,
    vocabulary_terms,
    word_terms,
)
from search.format.schema import NUMERIC_FACETS, PAIR_FIELDS, TEXT_FIELDS, VOCABULARY
from search.query import FIELD_BOOSTS, ParsedQuery, merged_items
from search.tones import fold

DISTRIBUTED = "articles"
# Seconds to wait for a node to accept a connection, searching or indexing alike: a
# node on the network answers in milliseconds or is down.
CONNECT_TIMEOUT = 2.0
# A node asks its peers' shards with these bounds (milliseconds): a peer that does not
# accept within a moment is down (the node answers from the rest: partial results),
# and a shard's part has longer than a query may take (``max_query_time``, 1 s, plus
# its facets), so a slow shard is cut by its own time bound, not dropped.
AGENT_CONNECT_MS = 500
AGENT_QUERY_MS = 3_000
# Seconds a search waits for a node's answer: its peers' bound and its own work. A node
# silent past this hangs (stopped, swapping), and the search asks the next node.
SEARCH_TIMEOUT = AGENT_QUERY_MS / 1000 + 2.0
# Seconds a write waits: a real-time shard may flush its RAM chunk to disk meanwhile.
WRITE_TIMEOUT = 300.0
DICTIONARY = "facet_values"
CHARSET_TABLE = "0..9, A..Z->a..z, _, a..z, U+C0..U+24F, U+1E00..U+1EFF"
_OUTSIDE_CHARSET = re.compile(r"[^0-9a-z_\u00c0-\u024f\u1e00-\u1eff]")
REFS = "refs"  # document numbers, and EVERY in each document
EVERY = "every_document"  # lets a query of exclusions only start from all documents
NOWHERE = "no_document"  # in no document's REFS: a MATCH read for its keyword statistics
# The vocabulary's words are prefixed: Sphinx counts a keyword's documents over every
# field, and "so" or "long_an" also stand in the other fields.
VOCABULARY_PREFIX = "v_"
_EPOCH = datetime(1970, 1, 1)


def shard_name(node: int) -> str:
    return f"shard{node}"


def words_name(field: str) -> str:
    return f"{field}_words"


def facet_column(facet: str) -> str:
    return f"f_{facet}"


@dataclass(frozen=True)
class Node:
    host: str
    port: int

    @property
    def agent_port(self) -> int:
        return self.port + 1

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


def open_connection(node: Node, timeout: float) -> pymysql.connections.Connection:
    """A connection to ``node`` that gives up on any answer slower than ``timeout``
    seconds (pymysql then raises ``OperationalError``, as for a node gone away)."""
    return pymysql.connect(
        host=node.host,
        port=node.port,
        user="",
        autocommit=True,
        connect_timeout=CONNECT_TIMEOUT,
        read_timeout=timeout,
        write_timeout=timeout,
        client_flag=CLIENT.MULTI_STATEMENTS,
    )


def parse_url(url: str) -> list[Node]:
    """``mysql://host:port[,host:port...]``, nodes in shard order.

    >>> parse_url("mysql://127.0.0.1:9306,127.0.0.1:9308")
    [Node(host='127.0.0.1', port=9306), Node(host='127.0.0.1', port=9308)]
    """
    addresses = url.removeprefix("mysql://").strip("/")
    nodes = []
    for address in filter(None, addresses.split(",")):
        host, _, port = address.strip().rpartition(":")
        if not host or not port.isdigit():
            raise ValueError(f"SPHINX_URL: expected mysql://host:port[,host:port...], got {url!r}")
        nodes.append(Node(host, int(port)))
    if not nodes:
        raise ValueError(f"SPHINX_URL: no node in {url!r}")
    return nodes


def format_url(nodes: Iterable[Node]) -> str:
    return "mysql://" + ",".join(str(node) for node in nodes)


def _key(text: str) -> int:
    """A stable 63-bit positive number: Sphinx ids and multi-value attributes are integers."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest()) >> 1 or 1


def document_key(doc_id: str) -> int:
    return _key(doc_id)


def owner(doc_id: str, nodes: int) -> int:
    """The shard a document lives on: the same on every run and every machine."""
    return document_key(doc_id) % nodes


def value_key(facet: str, value: str) -> int:
    """How a facet value is stored; years are stored as themselves."""
    return int(value) if facet in NUMERIC_FACETS else _key(f"{facet}\x1f{value}")


def sphinx_token(token: str) -> str:
    """A token with every character Sphinx would split on replaced by ``_``.

    >>> sphinx_token("28/2017/qd-ubnd"), sphinx_token("công_thương")
    ('28_2017_qd_ubnd', 'công_thương')
    """
    return _OUTSIDE_CHARSET.sub("_", token)


def folded_text(text: str) -> str:
    """What a text field holds: the folded syllables our Whoosh fields index."""
    return " ".join(sphinx_token(t) for t in folded_terms(text))


def words_text(text: str) -> str:
    return " ".join(sphinx_token(word) for word in word_terms(text))


def vocabulary_token(word: str) -> str:
    """A folded word as the vocabulary field holds it.

    >>> vocabulary_token("vinh_long")
    'v_vinh_long'
    """
    return VOCABULARY_PREFIX + sphinx_token(word)


def vocabulary_text(texts: str) -> str:
    return " ".join(vocabulary_token(word) for word in vocabulary_terms(texts))


def vocabulary_match(words: Iterable[str]) -> str:
    """A MATCH whose keyword statistics (SHOW META) count the articles using each of
    ``words`` and, through ``EVERY``, all articles, while matching nothing: the counts
    come from the dictionary, and ANDing in ``NOWHERE`` (in no article) spares searchd
    the walk through every word's postings (0.04 s instead of 1 s for 530 words on
    1,000 articles).

    >>> vocabulary_match(["lang_son"])
    '@refs no_document every_document @vocabulary (v_lang_son)'
    """
    tokens = " | ".join(vocabulary_token(word) for word in words)
    return f"@{REFS} {NOWHERE} {EVERY}" + (f" @{VOCABULARY} ({tokens})" if tokens else "")


def together_match(first: str, second: str) -> str:
    """A MATCH of the articles using both words (their vocabulary tokens).

    >>> together_match("hải_quan", "lang_son")
    '@vocabulary (v_hải_quan v_lang_son)'
    """
    return f"@{VOCABULARY} ({vocabulary_token(first)} {vocabulary_token(second)})"


def adjacent_match(pair: str) -> str:
    """A MATCH of the articles where a pair's folded syllables stand side by side in one
    text, as Whoosh's adjacent pairs views hold them.

    >>> adjacent_match("tong_cuc")
    '@(title,summary,body) "tong cuc"'
    """
    syllables = " ".join(sphinx_token(syllable) for syllable in pair.split("_"))
    return f'@({",".join(PAIR_FIELDS)}) "{syllables}"'


def refs_text(numbers: Iterable[str]) -> str:
    return " ".join([EVERY, *(sphinx_token(n) for n in numbers)])


def published_seconds(stamp: datetime | None) -> int:
    """Naive local time as seconds since 1970; 0 for an undated article (sorts last)."""
    return int((stamp - _EPOCH).total_seconds()) if stamp else 0


def stored_json(fields: dict) -> str:
    """The stored fields the results are built from, as one string attribute."""
    published = fields.get("published")
    return json.dumps(
        {**fields, "published": published.isoformat() if published else None},
        ensure_ascii=False,
    )


def stored_fields(text: str) -> dict:
    fields = json.loads(text)
    if fields.get("published"):
        fields["published"] = datetime.fromisoformat(fields["published"])
    return fields


# MATCH syntax ----------------------------------------------------------------------

_TEXT_SCOPE = "@(" + ",".join(TEXT_FIELDS) + ")"
_WORD_SCOPE = "@(" + ",".join(words_name(f) for f in TEXT_FIELDS) + ")"


def field_weights() -> str:
    """OPTION field_weights: the same title > summary > body order as the Whoosh ranking."""
    weights = {f: round(b * 10) for f, b in FIELD_BOOSTS.items()}
    weights |= {words_name(f): w for f, w in weights.items()}
    return "(" + ", ".join(f"{name}={weight}" for name, weight in weights.items()) + ")"


def _sequence(tokens: list[str], phrase: bool) -> str:
    return f'"{" ".join(tokens)}"' if phrase and len(tokens) > 1 else " ".join(tokens)


def _alternative(text: str, adjacent: bool) -> str | None:
    numbers = document_numbers(text)
    if numbers:
        return f"(@{REFS} {' '.join(sphinx_token(n) for n in numbers)})"
    syllables = [sphinx_token(fold(s)) for s in query_syllables(text)]
    if not syllables:
        return None
    return f"({_TEXT_SCOPE} {_sequence(syllables, adjacent)})"


def _exact_words(text: str, phrase: bool) -> list[str]:
    """Optional pyvi words, as typed and in lower case (see ``query._exact_words``)."""
    if document_numbers(text):
        return []
    if phrase:
        return [_sequence([sphinx_token(w) for w in word_terms(text)], True)]
    words = dict.fromkeys(word_terms(text) + word_terms(text.lower()))
    return [sphinx_token(w) for w in words]


def to_match(parsed: ParsedQuery, words: bool = False) -> str:
    """The MATCH() text for a parsed query: every positive item required, negated ones
    excluded, the exact pyvi words an optional bonus (``MAYBE``). With ``words`` (items
    from ``query.word_items``) each word is a phrase, its syllables adjacent in one
    field, as ``search.query.to_whoosh`` matches them.

    >>> from search.query import parse
    >>> to_match(parse('"Bến Tre"'))
    '(@(title,summary,body) "ben tre") MAYBE (@(title_words,summary_words,body_words) bến_tre)'
    >>> to_match(parse("-lũ"))
    '(@refs every_document) -(@(title,summary,body) lu)'
    """
    required, excluded, bonus = [], [], []
    for item in parsed.items if words else merged_items(parsed):
        adjacent = words or item.phrase
        options = [built for text in item.alternatives if (built := _alternative(text, adjacent))]
        if not options:
            continue
        clause = options[0] if len(options) == 1 else "(" + " | ".join(options) + ")"
        (excluded if item.negated else required).append(clause)
        if not item.negated:
            for text in item.alternatives:
                bonus.extend(_exact_words(text, item.phrase))
    match = " ".join(required) or f"(@{REFS} {EVERY})"
    match += "".join(f" -{clause}" for clause in excluded)
    bonus = [b for b in dict.fromkeys(bonus) if b]
    if required and bonus:
        match += f" MAYBE ({_WORD_SCOPE} {' | '.join(bonus)})"
    return match

"""The SphinxQL backend: the same requests and results as ``SearchEngine``, answered by a
Sphinx 2.2 or Manticore cluster over the MySQL protocol.

Matching is the same as Whoosh's (every query syllable, accents folded, in a text field;
see ``search.sphinxql``); ranking is Sphinx's proximity BM25 with our field weights and
the exact-word bonus. Facet counts come from ``FACET`` over the distributed index, so
every shard counts. A node that does not answer leaves its shard out and the result says
``partial``; if the node we talk to is down, the next one in ``SPHINX_URL`` answers.
"""

from __future__ import annotations

import functools
import math
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as dt_time

import pymysql

from search.base import BaseEngine, serialized
from search.format.schema import FACET_FIELDS, NUMERIC_FACETS
from search.highlight import Highlighter
from search.names import Names, known_names
from search.nearly import NEARLY_RESULTS, best_lacking, nearly_queries
from search.query import parse, word_items
from search.results import (
    DATE_BOUNDS,
    MAX_RESULT_DEPTH,
    RELATED_TEXT_CHARS,
    IndexMissingError,
    SearchRequest,
    common_fields,
    document_entry,
    export_fields,
    facet_list,
    found_text,
    indicator_answer,
    nearly_entries,
    result_entry,
    search_result,
)
from search.spelling import FOUND_TEXTS, with_suggestion
from search.sphinxql import (
    DICTIONARY,
    DISTRIBUTED,
    EVERY,
    SEARCH_TIMEOUT,
    adjacent_match,
    document_key,
    facet_column,
    field_weights,
    folded_text,
    open_connection,
    parse_url,
    published_seconds,
    shard_name,
    stored_fields,
    to_match,
    together_match,
    value_key,
    vocabulary_match,
    vocabulary_token,
)
from search.suggest import Level, match_level
from search.syllables import preload_query_data
from search.words import Lexicon, query_words

MAX_FACET_VALUES = 10_000  # every value of every facet (officials run to thousands)
GROUPS = 1000  # Sphinx's default max_matches
LARGE_FACETS = ("official",)
RELATED_TERMS = 12
MAX_LABELS = 1_000_000
DATE = "f_published"
_RANKING = f"ranker=proximity_bm25, field_weights={field_weights()}"
# Each node stops a query past this and answers what it found, with a warning that
# marks the result ``partial``: the same bound on one request as the Whoosh engine's.
# Every statement that matches text carries it: results, facets, counts, related.
_TIME_BOUND = "max_query_time=1000"
# A suggestion helps; it is not the answer. Its look (a dozen statements or more, each a
# round trip to every shard, and a wait on a shard that hangs) stops past this, and the
# page goes without one.
SUGGESTION_SECONDS = 1.0


class _OutOfTime(Exception):
    """The suggestion's time ran out."""


@dataclass
class _Choice:
    """What a request asks: the query at its match level, the filters as conditions."""

    level: Level
    filters: dict[str, list[str]]
    conditions: dict[str, _Condition]
    ranked: bool

    @property
    def text(self) -> str:
        return to_match(self.level.parsed, self.level.words)


class _Answer:
    """The result sets of one statement and whether every shard contributed."""

    def __init__(self, sets: list[list[tuple]], meta: dict[str, str]) -> None:
        self.sets = sets
        self.rows = sets[-1]  # a batch's last statement's (the hits, after their facets)
        self.total = int(meta.get("total_found", 0))
        self.partial = "warning" in meta
        self.keyword_docs = {
            meta[name]: int(meta.get(f"docs{name[len('keyword') :]}", 0))
            for name in meta
            if name.startswith("keyword[")
        }


@dataclass(frozen=True)
class _Condition:
    """A WHERE filter, and the select-list expression it filters on, if any."""

    where: str
    select: str = ""


def _date_condition(first: date | None, last: date | None, with_undated: bool) -> _Condition:
    """Whole days; undated articles (0) inside only ``with_undated``, which Sphinx's
    filters (no OR) cannot say: then a named select-list expression is filtered on."""
    low = published_seconds(datetime.combine(first or date(1970, 1, 2), dt_time.min))
    high = published_seconds(datetime.combine(last or date(9999, 12, 31), dt_time.max))
    if not with_undated:
        return _Condition(f"{DATE} BETWEEN {max(low, 1)} AND {high}")
    name = "d_from" if first else "d_to"
    expression = f"({DATE} = 0 OR ({DATE} >= {low} AND {DATE} <= {high})) AS {name}"
    return _Condition(f"{name} = 1", f", {expression}")


class SphinxEngine(BaseEngine):
    """A search engine over the distributed index of a SphinxQL cluster."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self._connection: pymysql.connections.Connection | None = None
        self.url = url
        self.nodes = parse_url(url)  # a bad URL raises here; closing then has nothing to do
        self._first = 0  # the node we talk to first
        self._labels: dict[int, str] = {}
        self._names: Names | None = None  # the names kept whole in queries
        self._deadline: float | None = None  # when the suggestion's look must stop

    # connection ----------------------------------------------------------------------

    def _connect(self) -> pymysql.connections.Connection:
        """The open connection, or one to the first node (from the last good one) that answers."""
        if self._connection is not None:
            return self._connection
        for step in range(len(self.nodes)):
            number = (self._first + step) % len(self.nodes)
            try:
                self._connection = open_connection(self.nodes[number], SEARCH_TIMEOUT)
            except pymysql.err.OperationalError:
                continue
            self._first = number
            return self._connection
        raise IndexMissingError(f"no search node answers at {self.url}")

    def _drop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def close(self) -> None:
        with self._lock:
            self._drop()

    def _run(self, sql: str, args: tuple = ()) -> _Answer:
        """Run one statement (or a batch of them, ``;``-joined), failing over to the next
        node if this one has gone away or hangs (no answer within ``SEARCH_TIMEOUT``)."""
        if self._deadline is not None and time.monotonic() >= self._deadline:
            raise _OutOfTime
        for _ in range(len(self.nodes)):
            connection = self._connect()
            try:
                return self._statement(connection, sql, args)
            except (pymysql.err.OperationalError, pymysql.err.InterfaceError):
                self._drop()
                self._first = (self._first + 1) % len(self.nodes)
            except pymysql.err.ProgrammingError as exc:
                if "unknown local index" in str(exc) or "no enabled" in str(exc):
                    raise IndexMissingError(f"{self.url}: {exc.args[-1]}") from None
                raise
        raise IndexMissingError(f"no search node answers at {self.url}")

    @staticmethod
    def _statement(connection, sql: str, args: tuple) -> _Answer:
        with connection.cursor() as cursor:
            cursor.execute(sql, args)
            sets = [list(cursor.fetchall())]
            while cursor.nextset():
                sets.append(list(cursor.fetchall()))
            cursor.execute("SHOW META")
            meta = dict(cursor.fetchall())
        return _Answer(sets, meta)

    # statements ----------------------------------------------------------------------

    @staticmethod
    def _where(
        match: str, conditions: dict[str, _Condition], leave_out: str | None = None
    ) -> tuple[str, str, tuple]:
        """(select-list expressions, WHERE clause, its arguments)."""
        kept = [c for name, c in conditions.items() if name != leave_out]
        where = " AND ".join(["MATCH(%s)", *(c.where for c in kept)])
        return "".join(c.select for c in kept), where, (match,)

    def _total(self, index: str, match: str | None = None) -> int:
        """Documents in ``index`` (matching ``match``), from SHOW META's total_found."""
        where, args = ("WHERE MATCH(%s) ", (match,)) if match else ("", ())
        return self._run(f"SELECT id FROM {index} {where}LIMIT 1 OPTION {_TIME_BOUND}", args).total

    def _choose(self, request: SearchRequest, lexicon: Lexicon | None = None) -> _Choice:
        """Validate, parse into words, and find the match level as ``SearchEngine`` does
        (``suggest.match_level``), counting on the cluster."""
        request.validate()
        filters = request.active_filters()
        lexicon = lexicon or self._lexicon()
        parsed = word_items(parse(request.query), lambda text: query_words(text, lexicon))
        level = match_level(parsed, lambda p, words: self._total(DISTRIBUTED, to_match(p, words)))
        ranked = request.sort == "relevance" and bool(level.parsed.positive)
        return _Choice(level, filters, self._conditions(request, filters), ranked)

    @staticmethod
    def _conditions(request: SearchRequest, filters: dict[str, list[str]]) -> dict[str, _Condition]:
        """One SQL condition per facet filter (any of its values) and per date bound."""
        conditions = {
            facet: _Condition(
                f"{facet_column(facet)} IN ({', '.join(str(value_key(facet, v)) for v in vs)})"
            )
            for facet, vs in filters.items()
        }
        for bound, (first, last) in request.date_bounds().items():
            conditions[bound] = _date_condition(first, last, request.include_undated)
        return conditions

    def _hits(self, match, conditions, ranked: bool, start: int, count: int) -> _Answer:
        return self._run(*self._hits_statement(match, conditions, ranked, start, count))

    def _hits_statement(
        self, match, conditions, ranked: bool, start: int, count: int
    ) -> tuple[str, tuple]:
        """(SQL, its arguments) selecting hits ``start`` to ``start + count``."""
        expressions, where, args = self._where(match, conditions)
        order = f"w DESC, {DATE} DESC, id ASC" if ranked else f"{DATE} DESC, id ASC"
        depth = max(GROUPS, start + count)
        sql = (
            f"SELECT id, stored, WEIGHT() AS w{expressions} FROM {DISTRIBUTED} WHERE {where} "
            f"ORDER BY {order} LIMIT {start}, {count} "
            f"OPTION {_RANKING}, max_matches={depth}, {_TIME_BOUND}"
        )
        return sql, args

    def _facet_counts(
        self, match, conditions, facets: list[str], leave_out=None, every_value=()
    ) -> tuple[dict[str, Counter], _Answer]:
        """(count per value per facet, the answer with the total) under the conditions
        except ``leave_out``, in one batch."""
        statements = self._facet_statements(match, conditions, facets, leave_out, every_value)
        answer = self._batch([(sql, args) for _, sql, args in statements])
        return self._counted(statements, answer.sets), answer

    def _facet_statements(
        self, match, conditions, facets: list[str], leave_out=None, every_value=()
    ) -> list[tuple[list[str], str, tuple]]:
        """(the facets it counts, SQL, its arguments) of each statement counting ``facets``.

        Sphinx groups exactly up to ``max_matches`` distinct values, and a larger
        ``max_matches`` costs time whatever the number of values (on the full corpus,
        250-350 ms a facet at 10,000 against 30-60 ms at 1,000). So the small facets (at
        most ~100 values each) are counted at 1,000, and officials (5,337 in the corpus)
        exactly only when every value of theirs is asked for (``every_value`` names the
        facets: all for the overview, one for its own page); on a results page their top
        counts are Sphinx's grouping at 1,000, approximate when the matches name more
        than 1,000 officials.
        """
        expressions, where, args = self._where(match, conditions, leave_out)
        small = [f for f in facets if f not in LARGE_FACETS]
        groups = [
            ([f], MAX_FACET_VALUES if f in every_value else GROUPS)
            for f in facets
            if f in LARGE_FACETS
        ] + [(small, GROUPS)]  # last: its SHOW META has the total (an MVA facet's has not)
        statements = []
        for group, depth in groups:
            clauses = " ".join(
                f"FACET {facet_column(f)} ORDER BY COUNT(*) DESC LIMIT {depth}" for f in group
            )
            sql = (
                f"SELECT id{expressions} FROM {DISTRIBUTED} WHERE {where} LIMIT 1 "
                f"OPTION max_matches={depth}, {_TIME_BOUND} {clauses}"
            )
            statements.append((group, sql, args))
        return statements

    def _counted(
        self, statements: list[tuple[list[str], str, tuple]], sets: list[list[tuple]]
    ) -> dict[str, Counter]:
        """Count per value per facet, read off the result sets of ``statements``: each
        statement's own row, then one set per facet it counts."""
        counts, at = {}, 0
        for group, _, _ in statements:
            for facet, rows in zip(group, sets[at + 1 : at + 1 + len(group)], strict=True):
                counts[facet] = Counter({self._label(facet, key): count for key, count in rows})
            at += 1 + len(group)
        return counts

    def _batch(self, statements: list[tuple[str, tuple]]) -> _Answer:
        """Statements sent together: one round trip to every shard, and one wait on a
        shard that hangs. SHOW META then tells of the last, so their total is all of
        theirs only when they share one WHERE."""
        sql = ";".join(statement for statement, _ in statements)
        return self._run(sql, tuple(arg for _, args in statements for arg in args))

    def _label(self, facet: str, key: int) -> str:
        if facet in NUMERIC_FACETS:
            return str(key)
        if key not in self._labels:
            self._load_labels()
        return self._labels.get(key, str(key))

    def _load_labels(self) -> None:
        """The facet dictionary; every node holds all of it."""
        answer = self._run(
            f"SELECT id, facet_name, label FROM {DICTIONARY} LIMIT {MAX_LABELS} "
            f"OPTION max_matches={MAX_LABELS}"
        )
        self._labels.update((key, label) for key, _, label in answer.sets[0])
        preload_query_data()
        officials = [label for _, facet, label in answer.sets[0] if facet == "official"]
        self._names = known_names() | Names.of(officials)

    def _lexicon(self) -> Lexicon:
        """Article counts of the query's candidate words, from the vocabulary field's
        keyword statistics (one statement for the words not yet asked), and the names.

        A request asks the same words (and the article total) again and again while it
        segments, chooses a level and looks for a suggestion; the lexicon remembers the
        counts for its life, one request, so each costs one round trip to every shard
        (and a hung shard's wait) once.
        """
        if self._names is None:
            self._load_labels()
        known: dict[str, int] = {}
        total: int | None = None

        def counts(words) -> tuple[int, dict[str, int]]:
            nonlocal total
            words = list(dict.fromkeys(words))
            unknown = [word for word in words if word not in known]
            if unknown or total is None:
                answer = self._run(
                    f"SELECT id FROM {DISTRIBUTED} WHERE MATCH(%s) LIMIT 1 OPTION {_TIME_BOUND}",
                    (vocabulary_match(unknown),),
                )
                docs = answer.keyword_docs
                total = docs.get(EVERY, 0)
                known.update((word, docs.get(vocabulary_token(word), 0)) for word in unknown)
            return total, {word: known[word] for word in words}

        def together(pairs) -> dict[tuple[str, str], int]:
            pairs = list(pairs)
            return dict(zip(pairs, self._matched([together_match(*p) for p in pairs]), strict=True))

        def adjacent(pairs) -> dict[str, int]:
            pairs = list(pairs)
            return dict(zip(pairs, self._matched([adjacent_match(p) for p in pairs]), strict=True))

        return Lexicon(counts, self._names, together, adjacent)

    def _matched(self, matches: list[str]) -> list[int]:
        """The number of articles each MATCH finds, all sent as one batch of statements."""
        if not matches:
            return []
        count = f"SELECT COUNT(*) FROM {DISTRIBUTED} WHERE MATCH(%s) OPTION {_TIME_BOUND}"
        answer = self._batch([(count, (match,)) for match in matches])
        return [rows[0][0] for rows in answer.sets]

    # the backend interface -------------------------------------------------------------

    @serialized
    def _search(self, request: SearchRequest) -> dict:
        """Ranked, faceted, paged results for one request, as the API returns them."""
        started = time.perf_counter()
        lexicon = self._lexicon()
        choice, suggestion, corrected = self._suggested(
            request, self._choose(request, lexicon), lexicon
        )
        filters, conditions, match = choice.filters, choice.conditions, choice.text
        start = (request.page - 1) * request.per_page
        shared = [f for f in FACET_FIELDS if f not in filters]
        every_value = request.facets_in_full()
        counting = self._facet_statements(match, conditions, shared, every_value=every_value)
        hits = self._batch(  # the hits and their facets share one WHERE: one batch
            [
                *((sql, args) for _, sql, args in counting),
                self._hits_statement(match, conditions, choice.ranked, start, request.per_page),
            ]
        )
        counts = self._counted(counting, hits.sets)
        answers = [hits]
        without = {}
        for name in conditions:
            own = [name] if name in FACET_FIELDS else []
            own_counts, answer = self._facet_counts(
                match, conditions, own, leave_out=name, every_value=every_value
            )
            counts.update(own_counts)
            answers.append(answer)
            without[name] = answer.total
        undated = 0
        if request.date_bounds() and not request.include_undated:
            dateless = {n: c for n, c in conditions.items() if n not in DATE_BOUNDS}
            dateless["undated"] = _Condition(f"{DATE} = 0")
            _, answer = self._facet_counts(match, dateless, [])
            answers.append(answer)
            undated = answer.total
        facets, truncated = {}, {}
        for facet in FACET_FIELDS:
            selected = set(filters.get(facet, ()))
            facets[facet], truncated[facet] = facet_list(
                facet, counts[facet], selected, request.facet_limit
            )
        highlighter = Highlighter(choice.level.parsed.highlight_terms(choice.level.words))
        return search_result(
            request,
            choice.level,
            total=hits.total,
            filters=filters,
            without_filter=without,
            undated=undated,
            facets=(facets, truncated),
            suggestion=suggestion,
            corrected=corrected,
            results=[
                result_entry(stored_fields(stored), weight if choice.ranked else None, highlighter)
                for _, stored, weight, *_ in hits.rows
            ],
            partial=any(a.partial for a in answers),
            took_ms=round((time.perf_counter() - started) * 1000, 1),
        ) | {"nearly": nearly_entries(self._nearly(request, choice, hits), highlighter)}

    def _suggested(
        self, request: SearchRequest, chosen: _Choice, lexicon: Lexicon
    ) -> tuple[_Choice, str | None, bool]:
        """``with_suggestion`` within ``SUGGESTION_SECONDS``; past them, the query's own
        answer and no suggestion."""
        self._deadline = time.monotonic() + SUGGESTION_SECONDS
        try:
            choose = functools.partial(self._choose, lexicon=lexicon)
            return with_suggestion(request, chosen, choose, lexicon, self._best_texts)
        except _OutOfTime:
            return chosen, None, False
        finally:
            self._deadline = None

    def _best_texts(self, choice: _Choice) -> list[str]:
        """The texts of the ``FOUND_TEXTS`` best matches, ranked as the results are."""
        sql, args = self._hits_statement(choice.text, choice.conditions, True, 0, FOUND_TEXTS)
        return [
            found_text(stored_fields(stored)) for _, stored, *_ in self._batch([(sql, args)]).rows
        ]

    def _nearly(
        self, request: SearchRequest, choice: _Choice, hits: _Answer
    ) -> list[tuple[dict, float, str]]:
        """(stored fields, weight, the word it lacks) of the best articles holding all
        the words but one (``nearly.nearly_queries``), filtered as the results are, in
        one batch of statements; the results are all on this page, so their ids are
        left out by name."""
        asked = nearly_queries(request, choice.level, hits.total)
        if not asked:
            return []
        shown = ", ".join(str(key) for key, *_ in hits.rows) or "0"
        conditions = choice.conditions | {"shown": _Condition(f"id NOT IN ({shown})")}
        statements = [
            self._hits_statement(to_match(fewer, True), conditions, True, 0, NEARLY_RESULTS)
            for _, fewer in asked
        ]
        answer = self._batch(statements)
        stored = {key: row for rows in answer.sets for key, row, *_ in rows}
        found = [
            (key, weight, missing)
            for (missing, _), rows in zip(asked, answer.sets, strict=True)
            for key, _, weight, *_ in rows
        ]
        return [
            (stored_fields(stored[key]), weight, missing)
            for key, weight, missing in best_lacking(found)
        ]

    @serialized
    def rows(self, request: SearchRequest, limit: int) -> list[dict]:
        """The first ``limit`` matching documents in result order, without snippets (exports)."""
        choice = self._choose(request)
        hits = self._hits(choice.text, choice.conditions, choice.ranked, 0, limit)
        return [export_fields(stored_fields(stored)) for _, stored, *_ in hits.rows]

    def _stored(self, doc_id: str) -> dict | None:
        answer = self._run(f"SELECT stored FROM {DISTRIBUTED} WHERE id = {document_key(doc_id)}")
        for (stored,) in answer.sets[0]:
            fields = stored_fields(stored)
            if fields["id"] == doc_id:
                return fields
        return None

    @serialized
    def document(self, doc_id: str) -> dict | None:
        """The whole stored document, or None for an unknown id."""
        fields = self._stored(doc_id)
        return None if fields is None else document_entry(fields)

    @serialized
    def related(self, doc_id: str, count: int = 5) -> list[dict]:
        """Articles sharing the most of this one's distinctive syllables ("bài liên quan"):
        its terms weighted by tf-idf, any three of the top ones (Sphinx's quorum operator)."""
        fields = self._stored(doc_id)
        if fields is None:
            return []
        opening = f"{fields.get('title', '')}\n{fields.get('body', '')}"[:RELATED_TEXT_CHARS]
        text = folded_text(opening)
        chosen = self._distinctive_terms(text)
        if not chosen:
            return []
        quorum = f'@(title,summary,body) "{" ".join(chosen)}"/{min(3, len(chosen))}'
        answer = self._run(
            f"SELECT id, stored FROM {DISTRIBUTED} WHERE MATCH(%s) AND id != "
            f"{document_key(doc_id)} ORDER BY WEIGHT() DESC LIMIT {count} "
            f"OPTION {_RANKING}, {_TIME_BOUND}",
            (quorum,),
        )
        return [common_fields(stored_fields(stored)) for _, stored in answer.sets[0]]

    def _distinctive_terms(self, text: str) -> list[str]:
        """The text's top terms by tf-idf. Document frequencies come from the shard of the
        node we talk to: ids are spread by hash, so one shard's rarity is everyone's."""
        shard = shard_name(self._first)
        total = self._total(shard)
        keywords = self._run("CALL KEYWORDS(%s, %s, 1)", (text, shard)).sets[0]
        frequency = {row[2]: int(row[3]) for row in keywords}
        terms = Counter(text.split())
        weight = {
            term: tf * math.log(total / frequency[term])
            for term, tf in terms.items()
            if 0 < frequency.get(term, 0) < max(total / 10, 2)
        }
        return sorted(weight, key=lambda t: (-weight[t], t))[:RELATED_TERMS]

    @serialized
    def indicator_values(self, request: SearchRequest, limit: int = MAX_RESULT_DEPTH) -> dict:
        """Every reported value of the filtered indicators across the matching documents."""
        choice = self._choose(request)
        hits = self._hits(choice.text, choice.conditions, False, 0, limit)
        documents = [stored_fields(stored) for _, stored, *_ in hits.rows]
        return indicator_answer(request, choice.filters, documents, hits.total)

    @serialized
    def doc_count(self) -> int:
        return self._total(DISTRIBUTED)

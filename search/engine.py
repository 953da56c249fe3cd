"""The search library: one engine object that the web app and the CLI share.

``SearchEngine.search`` builds the whole result object (results, facet counts,
paging) once; the JSON API prints it and the HTML page renders the same object.
"""

from __future__ import annotations

import os
import re
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import time as dt_time
from pathlib import Path

import numpy as np
from whoosh import index, scoring
from whoosh.searching import Searcher
from whoosh.util.times import datetime_to_long

from search.base import BaseEngine, serialized
from search.docsets import Budget, DocSets, Mask, intersection, mask_of
from search.format.columns import sortable_values
from search.format.schema import (
    FACET_FIELDS,
    PAIR_FIELDS,
    VOCABULARY,
    build_schema,
    folded_name,
    pairs_name,
)
from search.highlight import Highlighter
from search.names import Names, known_names
from search.nearly import best_lacking, nearly_queries
from search.query import (
    BM25_B,
    BM25_K1,
    RECENCY_HALF_LIFE_DAYS,
    RECENCY_WEIGHT,
    BuiltQuery,
    ParsedQuery,
    parse,
    to_whoosh,
    word_items,
)
from search.results import (
    DATE_BOUNDS,
    MAX_RESULT_DEPTH,
    RELATED_TEXT_CHARS,
    IndexDamagedError,
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
from search.scoring import VectorScorer, term_postings
from search.spelling import FOUND_TEXTS, with_suggestion
from search.suggest import Level, match_level
from search.syllables import preload_query_data
from search.words import Lexicon, query_words

# Whoosh names each commit's table of contents _MAIN_<generation>.toc.
_TOC = re.compile(r"_MAIN_(\d+)\.toc")
EXPORT_CHUNK = 250  # stored documents an export reads per turn of the engine lock
_YIELD_SECONDS = 0.001  # else the export takes the lock back before a waiting search wakes
_NO_DATE = 2**64 - 1  # what Whoosh's numeric column holds for a document without a date
_USECS_PER_DAY = 86_400 * 10**6  # the column holds microseconds since datetime.min


@dataclass
class _Selection:
    level: Level
    query: BuiltQuery
    filters: dict[str, list[str]]
    matched: Mask
    allowed: dict[str, Mask]
    final: Mask
    approximate: bool
    # the matches' relevance, scored once: the suggestion's look at the best matches
    # (``spelling.spelt_as_found``) and the page rank them alike
    scores: np.ndarray | None = field(default=None, repr=False)


class _Snapshot:
    """A searcher plus the per-document facet values read from it, replaced together."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self.readers = 0  # exports reading it between turns of the engine lock
        self.retired = False
        reader = searcher.reader()
        self.stamps = sortable_values(reader, "published", _NO_DATE)
        self.doc_count = reader.doc_count_all()
        self.postings: dict[str, dict[str, np.ndarray]] = {}
        self._pairs: dict[str, tuple[list[str], np.ndarray, np.ndarray]] = {}
        for facet in FACET_FIELDS:
            by_value = {
                value: term_postings(reader, facet, value)[0] for value in reader.field_terms(facet)
            }
            self.postings[facet] = by_value
            names = list(by_value)
            sizes = [len(by_value[name]) for name in names]
            pair_docs = np.concatenate([by_value[name] for name in names] or [np.empty(0, int)])
            pair_values = np.repeat(np.arange(len(names)), sizes)
            self._pairs[facet] = (names, pair_docs, pair_values)
        self.scorer = VectorScorer(searcher, BM25_B, BM25_K1)
        self.docsets = DocSets(searcher, self.scorer.postings)
        self.recency = self._recency_factors()
        preload_query_data()
        officials = Names.of(self.postings["official"])
        self.lexicon = Lexicon(
            self._vocabulary, known_names() | officials, self._together, self._adjacent
        )

    def retire(self) -> None:
        """Close now, or when the last export reading it is done (``release``)."""
        self.retired = True
        if not self.readers:
            self.searcher.close()

    def release(self) -> None:
        self.readers -= 1
        if self.retired and not self.readers:
            self.searcher.close()

    def _vocabulary(self, words) -> tuple[int, dict[str, int]]:
        """The number of articles and how many use each folded word (``search.words``)."""
        reader = self.searcher.reader()
        return self.doc_count, {word: reader.doc_frequency(VOCABULARY, word) for word in words}

    def _together(self, pairs) -> dict[tuple[str, str], int]:
        """How many articles use both words of each pair (``search.words``), from the
        scorer's cache of postings: a word is read once."""
        pairs = list(pairs)
        docs = {a: self.scorer.postings(VOCABULARY, a)[0] for a in {a for a, _ in pairs}}
        masks = {b: self.docsets.term(VOCABULARY, b) for b in {b for _, b in pairs}}
        return {(a, b): int(masks[b][docs[a]].sum()) for a, b in pairs}

    def _adjacent(self, pairs) -> dict[str, int]:
        """Articles where each pair of folded syllables stands side by side in a text
        (``search.words``): the union of the text fields' adjacent pairs views."""
        return {
            pair: int(
                np.logical_or.reduce(
                    [self.docsets.term(pairs_name(field), pair) for field in PAIR_FIELDS]
                ).sum()
            )
            for pair in pairs
        }

    def words(self, text: str) -> list[str]:
        return query_words(text, self.lexicon)

    def count_values(self, facet: str, mask: Mask) -> dict[str, int]:
        """How many of the documents in ``mask`` hold each value of ``facet``."""
        names, pair_docs, pair_values = self._pairs[facet]
        counts = np.bincount(pair_values[mask[pair_docs]], minlength=len(names))
        return {names[i]: int(counts[i]) for i in np.flatnonzero(counts)}

    def newest_first(self, docs: np.ndarray) -> np.ndarray:
        """``docs`` newest first, undated last, then in index order."""
        stamps = self.stamps[docs]
        undated = stamps == np.uint64(_NO_DATE)
        age = np.where(undated, np.uint64(0), np.uint64(_NO_DATE) - stamps)
        return docs[np.lexsort((docs, age, undated))]

    def _recency_factors(self) -> np.ndarray:
        """Per document, 1 + a bonus that halves every RECENCY_HALF_LIFE_DAYS behind the
        newest article; 1 for an undated one."""
        dated = self.stamps != np.uint64(_NO_DATE)
        if not dated.any():
            return np.ones(len(self.stamps))
        age_days = (self.stamps[dated].max() - self.stamps).astype(np.float64) / _USECS_PER_DAY
        bonus = RECENCY_WEIGHT * 0.5 ** (age_days / RECENCY_HALF_LIFE_DAYS)
        return np.where(dated, 1.0 + bonus, 1.0)


class SearchEngine(BaseEngine):
    """Opens the index lazily and reopens it when a new commit lands."""

    def __init__(self, index_dir: str | Path) -> None:
        super().__init__()
        self.index_dir = Path(index_dir)
        self._snapshot: _Snapshot | None = None
        self._opened: tuple | None = None  # ``toc_identity`` of the open snapshot

    def _current(self) -> _Snapshot:
        """The open snapshot, reopened when another table of contents is the newest
        (caller holds the lock). While the directory holds none (an index deleted to
        be rebuilt), the last snapshot goes on answering until the rebuild commits."""
        identity = toc_identity(self.index_dir)
        if self._snapshot is None or (identity is not None and identity != self._opened):
            if self._snapshot is not None:
                self._snapshot.retire()
                self._snapshot = None
            weighting = scoring.BM25F(B=BM25_B, K1=BM25_K1)
            opened = open_index(self.index_dir)
            try:
                self._snapshot = _Snapshot(opened.searcher(weighting=weighting))
            except Exception as exc:  # what a damaged segment raises varies with the damage
                raise damaged_index(self.index_dir, exc) from exc
            self._opened = identity
        return self._snapshot

    def close(self) -> None:
        """Close the index files; the next call reopens them."""
        with self._lock:
            if self._snapshot is not None:
                self._snapshot.retire()
                self._snapshot = None

    def _selection(
        self, snap: _Snapshot, request: SearchRequest, budget: Budget | None = None
    ) -> _Selection:
        """The document set every view of a request starts from: the articles holding
        the query at its strictest level (``suggest.match_level``), then filtered.
        ``budget``: the positions time the request has left, shared by its searches."""
        request.validate()
        budget = budget or Budget()
        provinces = list(snap.postings["province"])
        matched: dict[tuple[str, bool], tuple[BuiltQuery, Mask]] = {}

        def count(parsed: ParsedQuery, words: bool) -> int:
            key = (repr(parsed.items), words)
            if key not in matched:
                built = to_whoosh(parsed, provinces, words)
                matched[key] = built, snap.docsets.of(built.match, budget)
            return int(np.count_nonzero(matched[key][1]))

        level = match_level(word_items(parse(request.query), snap.words), count)
        count(level.parsed, level.words)
        built, mask = matched[(repr(level.parsed.items), level.words)]
        filters = request.active_filters()
        allowed = {f: self._filter_set(snap, f, values) for f, values in filters.items()}
        for bound, (first, last) in request.date_bounds().items():
            allowed[bound] = self._date_set(snap, first, last, request.include_undated)
        final = intersection(mask, allowed.values())
        return _Selection(level, built, filters, mask, allowed, final, budget.spent)

    def _search(self, request: SearchRequest) -> dict:
        """Ranked, faceted, paged results for one request, as the API returns them.

        Snippets are cut outside the engine lock: for a page of long articles they are
        the request's largest cost, and they need only the stored texts read under it.
        """
        started = time.perf_counter()
        with self._lock:
            result, page, nearly, highlighter = self._page(request)
        result["results"] = [result_entry(fields, score, highlighter) for fields, score in page]
        result["nearly"] = nearly_entries(nearly, highlighter)
        result["took_ms"] = round((time.perf_counter() - started) * 1000, 1)
        return result

    def _page(self, request: SearchRequest) -> tuple[dict, list, list, Highlighter]:
        """The result but its entries; the page's (stored fields, score); the articles
        lacking one word (stored fields, score, the word); the highlighter."""
        snap = self._current()
        budget = Budget()  # one for the query, its suggestion and the articles lacking a word
        sel, suggestion, corrected = with_suggestion(
            request,
            self._selection(snap, request, budget),
            lambda asked: self._selection(snap, asked, budget),
            snap.lexicon,
            lambda chosen: self._best_texts(snap, chosen),
        )
        level = sel.level
        total = int(np.count_nonzero(sel.final))
        start = (request.page - 1) * request.per_page
        hits = self._rank(snap, sel, request.sort, start, request.per_page)
        result = search_result(
            request,
            level,
            total=total,
            filters=sel.filters,
            without_filter={
                name: int(np.count_nonzero(intersection(sel.matched, _others(sel.allowed, name))))
                for name in sel.allowed
            },
            undated=self._undated(snap, sel, request),
            facets=self._facets(snap, sel.matched, sel.allowed, sel.filters, request.facet_limit),
            suggestion=suggestion,
            corrected=corrected,
            approximate=sel.approximate,
        )
        page = [(snap.searcher.stored_fields(docnum), score) for docnum, score in hits]
        nearly = [
            (snap.searcher.stored_fields(docnum), score, missing)
            for docnum, score, missing in self._nearly(snap, sel, request, total, budget)
        ]
        return result, page, nearly, Highlighter(level.parsed.highlight_terms(level.words))

    @staticmethod
    def _nearly(
        snap: _Snapshot, sel: _Selection, request: SearchRequest, total: int, budget: Budget
    ) -> list[tuple[int, float, str]]:
        """(docnum, score, the word it lacks) of the best articles holding all the words
        but one (``nearly.nearly_queries``), filtered as the results are, in what the
        request's ``budget`` has left for reading positions."""
        provinces = list(snap.postings["province"])
        found = []
        for missing, fewer in nearly_queries(request, sel.level, total):
            built = to_whoosh(fewer, provinces, True)
            lacking = snap.docsets.of(built.match, budget) & ~sel.matched
            docs = np.flatnonzero(intersection(lacking, sel.allowed.values()))
            if len(docs):
                scores = snap.scorer.score(built.rank, docs) * snap.recency[docs]
                found += zip(docs.tolist(), scores.tolist(), [missing] * len(docs), strict=True)
        return best_lacking(found)

    def rows(self, request: SearchRequest, limit: int) -> list[dict]:
        """The first ``limit`` matching documents in result order, without snippets (exports).

        Thousands of stored documents take a second to read: they are read a chunk at
        a time, the lock released between chunks so searches go on meanwhile, from
        the snapshot the export started on even if a new commit lands.
        """
        with self._lock:
            snap = self._current()
            sel = self._selection(snap, request)
            ranked = [docnum for docnum, _ in self._rank(snap, sel, request.sort, 0, limit)]
            snap.readers += 1
        rows: list[dict] = []
        try:
            for start in range(0, len(ranked), EXPORT_CHUNK):
                with self._lock:
                    chunk = ranked[start : start + EXPORT_CHUNK]
                    stored = [snap.searcher.stored_fields(docnum) for docnum in chunk]
                rows.extend(export_fields(fields) for fields in stored)  # bodies dropped here
                time.sleep(_YIELD_SECONDS)  # a search waiting for the lock takes it now
        finally:
            with self._lock:
                snap.release()
        return rows

    @serialized
    def related(self, doc_id: str, count: int = 5) -> list[dict]:
        """Articles that share the most distinctive words with this one ("bài liên quan")."""
        searcher = self._current().searcher
        docnum = searcher.document_number(id=doc_id)
        if docnum is None:
            return []
        body = searcher.stored_fields(docnum).get("body", "")[:RELATED_TEXT_CHARS]
        hits = searcher.more_like(docnum, folded_name("body"), text=body, top=count)
        return [common_fields(hit.fields()) for hit in hits]

    @serialized
    def indicator_values(self, request: SearchRequest, limit: int = MAX_RESULT_DEPTH) -> dict:
        """Every reported value of the filtered indicators across the matching documents.

        The data behind charts and exports: one row per value, with its source article.
        """
        snap = self._current()
        sel = self._selection(snap, request)
        matching = np.flatnonzero(sel.final)
        documents = [snap.searcher.stored_fields(d) for d in matching[:limit].tolist()]
        return indicator_answer(request, sel.filters, documents, len(matching))

    @staticmethod
    def _date_set(
        snap: _Snapshot, first: date | None, last: date | None, with_undated: bool = False
    ) -> Mask:
        """Documents published within [first, last], whole days (none if first > last);
        undated ones only ``with_undated``."""
        low = datetime_to_long(datetime.combine(first or date.min, dt_time.min))
        high = datetime_to_long(datetime.combine(last or date.max, dt_time.max))
        inside = (snap.stamps >= np.uint64(low)) & (snap.stamps <= np.uint64(high))
        return inside | (snap.stamps == np.uint64(_NO_DATE)) if with_undated else inside

    @staticmethod
    def _undated(snap: _Snapshot, sel: _Selection, request: SearchRequest) -> int:
        """Matches the date range left out for having no publication date."""
        if request.include_undated or not request.date_bounds():
            return 0
        others = [mask for name, mask in sel.allowed.items() if name not in DATE_BOUNDS]
        undated = sel.matched & (snap.stamps == np.uint64(_NO_DATE))
        return int(np.count_nonzero(intersection(undated, others)))

    @staticmethod
    def _filter_set(snap: _Snapshot, facet: str, values: list[str]) -> Mask:
        postings = snap.postings[facet]
        ids = [postings[v] for v in values if v in postings]
        return mask_of(np.concatenate(ids) if ids else np.empty(0, int), snap.doc_count)

    @classmethod
    def _best_texts(cls, snap: _Snapshot, sel: _Selection) -> list[str]:
        """The texts of the ``FOUND_TEXTS`` best matches, ranked as the results are."""
        hits = cls._rank(snap, sel, "relevance", 0, FOUND_TEXTS)
        return [found_text(snap.searcher.stored_fields(docnum)) for docnum, _ in hits]

    @staticmethod
    def _rank(
        snap: _Snapshot, sel: _Selection, sort: str, start: int, count: int
    ) -> list[tuple[int, float | None]]:
        """(docnum, score) of hits ``start`` to ``start + count``: by relevance, or by date
        (newest first, undated last) when asked or when there is nothing to rank by."""
        docs = np.flatnonzero(sel.final)
        if not len(docs):
            return []
        if sort == "date" or not sel.level.parsed.positive:
            newest = snap.newest_first(docs)[start : start + count]
            return [(int(docnum), None) for docnum in newest]
        if sel.scores is None:
            sel.scores = snap.scorer.score(sel.query.rank, docs) * snap.recency[docs]
        scores = sel.scores
        depth = min(start + count, len(docs))
        if depth < len(docs):
            top = np.argpartition(-scores, depth - 1)[:depth]
            docs, scores = docs[top], scores[top]
        order = np.lexsort((docs, -scores))[start:depth]
        return [(int(docs[i]), float(scores[i])) for i in order]

    def _facets(self, snap, matched, allowed, filters, limit) -> dict:
        """Counts per facet over the results with every OTHER facet's filter applied.

        That is what multi-select needs: picking one province still shows how many
        results the other provinces would add.
        """
        facets, truncated, masks = {}, {}, {}
        for facet in FACET_FIELDS:
            applied = tuple(name for name in allowed if name != facet)
            if applied not in masks:
                masks[applied] = intersection(matched, _others(allowed, facet))
            counts = Counter(snap.count_values(facet, masks[applied]))
            selected = set(filters.get(facet, ()))
            facets[facet], truncated[facet] = facet_list(facet, counts, selected, limit)
        return facets, truncated

    @serialized
    def document(self, doc_id: str) -> dict | None:
        """The whole stored document, or None for an unknown id."""
        fields = self._current().searcher.document(id=doc_id)
        return None if fields is None else document_entry(fields)

    @serialized
    def doc_count(self) -> int:
        return self._current().searcher.doc_count()


def open_index(index_dir: Path) -> index.Index:
    """The index in ``index_dir``, or an error that says what is wrong and what to do."""
    if toc_identity(index_dir) is None:
        raise IndexMissingError(
            f"no index at {index_dir}; build one with: "
            f"python -m indexer build SOURCE --index {index_dir}"
        )
    opened = open_whoosh_index(index_dir)
    missing = sorted(set(build_schema().names()) - set(opened.schema.names()))
    if missing:
        raise IndexMissingError(
            f"the index at {index_dir} was built by an older version (no "
            f"{', '.join(missing)}); rebuild it: python -m indexer build SOURCE --index DIR "
            "into a new directory, or make index"
        )
    return opened


def open_whoosh_index(index_dir: Path) -> index.Index:
    """Whoosh's ``open_dir``, a damaged table of contents said as such.

    Whoosh leaves the file open when its pickle fails; it is closed here, quietly,
    as the failure is dropped.
    """
    damage = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return index.open_dir(str(index_dir))
        except Exception as exc:  # a truncated table of contents fails in pickle or struct
            damage = damaged_index(index_dir, exc)
    raise damage


def damaged_index(index_dir: Path, exc: Exception) -> IndexDamagedError:
    """The error for an index whose files raised ``exc`` when read."""
    return IndexDamagedError(
        f"the index at {index_dir} cannot be read ({type(exc).__name__}: {exc}); it is "
        f"damaged or incomplete: delete it and build it again (python -m indexer build "
        f"SOURCE --index {index_dir}, or make index)"
    )


def toc_identity(index_dir: Path) -> tuple[int, int, int, int] | None:
    """The newest commit's generation and its table of contents' inode, modification
    time and size; None without one. Whoosh's own check compares generations only,
    and an index deleted and rebuilt starts again at the same generation."""
    try:
        tocs = [(int(m[1]), name) for name in os.listdir(index_dir) if (m := _TOC.fullmatch(name))]
    except OSError:
        return None
    if not tocs:
        return None
    generation, name = max(tocs)
    try:
        stat = os.stat(index_dir / name)
    except OSError:  # removed since listed: the next request looks again
        return None
    return generation, stat.st_ino, stat.st_mtime_ns, stat.st_size


def _others(allowed: dict[str, Mask], facet: str) -> list[Mask]:
    """The filters of every facet but ``facet``."""
    return [docs for name, docs in allowed.items() if name != facet]

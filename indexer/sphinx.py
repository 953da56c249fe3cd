"""Write articles into a SphinxQL cluster (``indexer.cluster`` sets up and runs its nodes).

The articles go through the same reading, facet extraction and analyzer as the Whoosh
build (``indexer.build.to_document``); each document goes to the real-time shard that
owns its id (``search.sphinxql.owner``) and replaces any copy there. Facet values are
stored as numbers; the number-to-text dictionary is written to every node first, so any
node can label any facet count.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator

import pymysql

from indexer.build import (
    FACET_ATTRIBUTES,
    BuildStats,
    Progress,
    article_digest,
    batched,
    failed,
    tally,
    to_document,
    unique_articles,
)
from indexer.facets import extract_facets
from indexer.sources import Article, SourceError
from indexer.workers import die_with_parent
from search.format.schema import NUMERIC_FACETS, TEXT_FIELDS, VOCABULARY
from search.segmentation import preload
from search.sphinxql import (
    DICTIONARY,
    WRITE_TIMEOUT,
    Node,
    document_key,
    facet_column,
    folded_text,
    open_connection,
    owner,
    parse_url,
    published_seconds,
    refs_text,
    shard_name,
    stored_json,
    value_key,
    vocabulary_text,
    words_name,
    words_text,
)

COLUMNS = (
    "id",
    *TEXT_FIELDS,
    *(words_name(f) for f in TEXT_FIELDS),
    "refs",
    VOCABULARY,
    "stored",
    "f_published",
    *(facet_column(f) for f in FACET_ATTRIBUTES),
)
ROWS_PER_STATEMENT = 16


class SphinxError(RuntimeError):
    """A node is unreachable or refused a write; the message names it."""


# One document as a row, and the facet dictionary entries it needs: (key, facet, value).
Row = tuple[str, tuple, list[tuple[int, str, str]]]


def _row(article: Article) -> Row:
    """Extract facets, segment and fold: the CPU-bound part, run in the worker processes."""
    facets = extract_facets(article.title, article.body, article.published, summary=article.summary)
    doc = to_document(article, facets, article_digest(article, facets))
    stored = {key: doc.get(key) for key in ("id", "digest", "url", "published", "meta")}
    stored |= {name: doc[name] for name in TEXT_FIELDS}
    values = {
        facet: [str(v) for v in doc["meta"][attr]] for facet, attr in FACET_ATTRIBUTES.items()
    }
    row = (
        document_key(article.id),
        *(folded_text(doc[name]) for name in TEXT_FIELDS),
        *(words_text(doc[name]) for name in TEXT_FIELDS),
        refs_text(filter(None, doc.get("docnum_ref", "").split(","))),
        vocabulary_text(doc[VOCABULARY]),
        stored_json(stored),
        published_seconds(doc.get("published")),
        *(tuple(value_key(f, v) for v in vs) for f, vs in values.items()),
    )
    labels = [
        (value_key(f, v), f, v) for f, vs in values.items() if f not in NUMERIC_FACETS for v in vs
    ]
    return article.id, row, labels


def _rows(batch: list[Article]) -> tuple[list[Row], list[SourceError]]:
    """The batch's rows, and the reports of the articles that failed (the rest go on)."""
    rows, failures = [], []
    for article in batch:
        try:
            rows.append(_row(article))
        except Exception as exc:  # one article's failure must not cost the rest
            failures.append(failed(article.id, article.origin, f"{type(exc).__name__}: {exc}"))
    return rows, failures


def connect(node: Node, timeout: float | None = None) -> pymysql.connections.Connection:
    """A connection for writes: each answer may take ``timeout`` seconds
    (``WRITE_TIMEOUT`` unless given)."""
    try:
        return open_connection(node, WRITE_TIMEOUT if timeout is None else timeout)
    except pymysql.err.OperationalError as exc:
        raise SphinxError(f"search node {node} does not answer: {exc.args[-1]}") from None


def _execute(connection, node: Node, sql: str, args: Iterable = ()) -> int:
    try:
        with connection.cursor() as cursor:
            return cursor.execute(sql, tuple(args))
    except pymysql.err.MySQLError as exc:
        raise SphinxError(f"search node {node} refused a write: {exc.args[-1]}") from None


class _Cluster:
    """One connection per node; writes go to the shard that owns the id."""

    def __init__(self, url: str) -> None:
        self.nodes = parse_url(url)
        self.connections = [connect(node) for node in self.nodes]
        self.labelled: set[int] = set()

    def close(self) -> None:
        for connection in self.connections:
            connection.close()

    def replace(self, rows: list[Row]) -> None:
        self._label(itertools.chain.from_iterable(labels for _, _, labels in rows))
        by_shard: dict[int, list[tuple]] = {}
        for doc_id, row, _ in rows:
            by_shard.setdefault(owner(doc_id, len(self.nodes)), []).append(row)
        for shard, shard_rows in by_shard.items():
            for start in range(0, len(shard_rows), ROWS_PER_STATEMENT):
                chunk = shard_rows[start : start + ROWS_PER_STATEMENT]
                self._insert(shard, shard_name(shard), COLUMNS, chunk)

    def _label(self, labels: Iterable[tuple[int, str, str]]) -> None:
        new = {key: (key, facet, value) for key, facet, value in labels if key not in self.labelled}
        if not new:
            return
        for shard in range(len(self.nodes)):
            self._insert(shard, DICTIONARY, ("id", "facet_name", "label"), list(new.values()))
        self.labelled.update(new)

    def _insert(self, shard: int, index: str, columns: tuple, rows: list[tuple]) -> None:
        placeholders = ", ".join(["(" + ", ".join(["%s"] * len(columns)) + ")"] * len(rows))
        sql = f"REPLACE INTO {index} ({', '.join(columns)}) VALUES {placeholders}"
        args = itertools.chain.from_iterable(rows)
        _execute(self.connections[shard], self.nodes[shard], sql, args)

    def delete(self, doc_id: str) -> bool:
        shard = owner(doc_id, len(self.nodes))
        sql = f"DELETE FROM {shard_name(shard)} WHERE id = {document_key(doc_id)}"
        return _execute(self.connections[shard], self.nodes[shard], sql) > 0


def write(
    articles: Iterable[Article],
    url: str,
    *,
    limit: int | None = None,
    jobs: int = 1,
    on_error: Callable[[SourceError], None] | None = None,
    progress: Progress | None = None,
) -> BuildStats:
    """Index articles into the cluster at ``url``; each one replaces its stored copy."""
    stats = BuildStats()
    started = time.perf_counter()
    cluster = _Cluster(url)
    try:
        batches = batched(unique_articles(itertools.islice(articles, limit), stats, on_error))
        for rows, failures in _analysed(batches, jobs):
            for failure in failures:
                stats.skipped += 1
                if on_error:
                    on_error(failure)
            cluster.replace(rows)
            for _ in rows:
                tally(stats, True, progress)
    finally:
        cluster.close()
    stats.seconds = time.perf_counter() - started
    return stats


def _analysed(batches: Iterator[list[Article]], jobs: int) -> Iterator[tuple[list, list]]:
    if jobs <= 1:
        yield from map(_rows, batches)
        return
    preload()  # once, before forking: the workers share the model's pages
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        yield from pool.imap(_rows, batches)


def delete(ids: Iterable[str], url: str) -> list[str]:
    """Remove documents by id from their shards; returns the ids that were not there."""
    cluster = _Cluster(url)
    try:
        return [doc_id for doc_id in ids if not cluster.delete(doc_id)]
    finally:
        cluster.close()

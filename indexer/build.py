"""Write articles into the Whoosh index, keyed by id, one atomic commit per run.

Whoosh commits by writing new segment files and then a new table of contents, so
a run that fails or is killed leaves the last committed index as it was.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from whoosh import index
from whoosh.index import LockError

from indexer.facets import Facets, extract_facets
from indexer.sources import Article, SourceError
from indexer.workers import NO_SPACE, SegmentWorkers
from search.analysis import TEXT_SEPARATOR, document_numbers, folded_terms
from search.engine import open_whoosh_index, toc_identity
from search.format.codec import ArrayCodec
from search.format.schema import (
    FACETS,
    PAIR_FIELDS,
    VIETNAM_TZ,
    VIEWS_VERSION,
    VOCABULARY,
    build_schema,
    folded_name,
    pairs_name,
    view_terms,
)
from search.format.writer import BulkSegmentWriter, WriterBroken, written_in_array_codec
from search.segmentation import preload

# Each facet field and the ``Facets`` attribute (also the key in the stored ``meta``)
# its values come from.
FACET_ATTRIBUTES = {facet.name: facet.attribute for facet in FACETS}


class IndexBusyError(RuntimeError):
    """Another process holds the index's write lock."""


class IndexSchemaError(RuntimeError):
    """The index on disk was written with different fields than this version writes."""


class IndexSpaceError(RuntimeError):
    """The disk filled up while writing; this run's files are removed again."""


@dataclass
class BuildStats:
    seen: int = 0
    added: int = 0
    unchanged: int = 0
    skipped: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def indexed(self) -> int:
        return self.added + self.unchanged


def open_or_create(index_dir: str | Path) -> index.Index:
    path = Path(index_dir)
    path.mkdir(parents=True, exist_ok=True)
    schema = build_schema()
    if toc_identity(path) is None:
        return index.create_in(str(path), schema)
    ix = open_whoosh_index(path)
    if set(ix.schema.names()) != set(schema.names()):
        missing = sorted(set(schema.names()) - set(ix.schema.names()))
        raise IndexSchemaError(
            f"{path} was built by another version of the indexer (fields missing: "
            f"{', '.join(missing) or 'none'}); build into a new directory or delete it first"
        )
    if not written_in_array_codec(ix):
        raise IndexSchemaError(
            f"{path} was built by another version of the indexer (older posting format); "
            "build into a new directory or delete it first"
        )
    return ix


def new_writer(ix: index.Index, **options) -> BulkSegmentWriter:
    """A writer of new segments in our posting format (``options`` as SegmentWriter's)."""
    return BulkSegmentWriter(ix, view_terms(), codec=ArrayCodec(), compound=False, **options)


def _writer(ix: index.Index, wait: float) -> BulkSegmentWriter:
    try:
        return new_writer(ix, timeout=wait)
    except LockError:
        raise IndexBusyError(
            f"another indexer is writing to {ix.storage.folder}; "
            "wait for it to finish and run again"
        ) from None


def _local_naive(stamp: datetime | None) -> datetime | None:
    """Whoosh stores naive datetimes; we keep Vietnam local time, as articles print it."""
    return stamp.astimezone(VIETNAM_TZ).replace(tzinfo=None) if stamp else None


def article_digest(article: Article, facets: Facets) -> str:
    """Changes when the article, what we extract from it, or what the views index of it
    (``VIEWS_VERSION``) changes."""
    payload = [
        VIEWS_VERSION,
        article.title,
        article.summary,
        article.body,
        article.url,
        article.published.isoformat() if article.published else None,
        asdict(facets),
    ]
    return hashlib.sha1(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


def to_document(article: Article, facets: Facets, digest: str) -> dict:
    """The Whoosh document for one article: text views, filter keywords, stored meta."""
    # In this order: the vocabulary view counts spelt pairs of the first two only.
    texts = {"title": article.title, "summary": article.summary or "", "body": article.body}
    doc = {"id": article.id, "digest": digest, "url": article.url or ""}
    for name, text in texts.items():
        doc[name] = text
        doc[folded_name(name)] = text
        if name in PAIR_FIELDS and folded_terms(text):  # Whoosh's BiWordFilter fails on none
            doc[pairs_name(name)] = text
    doc[VOCABULARY] = TEXT_SEPARATOR.join(texts.values())
    published = _local_naive(article.published)
    if published:
        doc["published"] = published
    for name, attribute in FACET_ATTRIBUTES.items():
        values = [str(v) for v in getattr(facets, attribute)]
        if values:
            doc[name] = ",".join(v.replace(",", " ") for v in values)
    numbers = document_numbers(f"{article.title}\n{article.body}")
    if numbers:
        doc["docnum_ref"] = ",".join(numbers)
    doc["meta"] = asdict(facets)
    return doc


Progress = Callable[[BuildStats], None]
# An article and the digest of its stored copy (None when it is new to the index).
Pending = tuple[Article, str | None]
# (article id, its origin, written: False when the stored copy is identical, replaces a
# stored copy, why it could not be indexed or None)
Outcome = tuple[str, str, bool, bool, str | None]


def _with_stored_digests(articles: Iterable[Article], searcher) -> Iterator[Pending]:
    """Looked up one by one: reading every stored document first took 4 s on the corpus."""
    for article in articles:
        fields = searcher.document(id=article.id)
        yield article, (fields.get("digest", "") if fields else None)


def _index_articles(writer, batch: list[Pending]) -> list[Outcome]:
    """Add each article whose digest differs from the stored one; the analyzers segment
    here. An article that fails is reported in its outcome, the others go on."""
    outcomes = []
    for article, stored in batch:
        try:
            facets = extract_facets(
                article.title, article.body, article.published, summary=article.summary
            )
            digest = article_digest(article, facets)
            changed = stored != digest
            if changed:
                writer.add_document(**to_document(article, facets, digest))
        except (OSError, WriterBroken):  # the disk's or the writer's: the run fails
            raise
        except Exception as exc:  # one article's failure must not cost the rest
            reason = f"{type(exc).__name__}: {exc}"
            outcomes.append((article.id, article.origin, False, False, reason))
            continue
        outcomes.append((article.id, article.origin, changed, stored is not None, None))
    return outcomes


def _where(origin: str) -> tuple[str, int | None]:
    """An article's ``path:line`` origin as a ``SourceError``'s path and line."""
    path, _, line = origin.rpartition(":")
    return (path, int(line)) if line.isdigit() else (origin, None)


def failed(doc_id: str, origin: str, reason: str) -> SourceError:
    """The report of an article read but not indexed."""
    return SourceError(*_where(origin), f"cannot index {doc_id!r}: {reason}; skipped")


def _duplicate(article: Article, first: str) -> SourceError:
    message = f"duplicate id {article.id!r} (first seen at {first}); skipped"
    return SourceError(*_where(article.origin), message)


def unique_articles(articles: Iterable[Article], stats: BuildStats, on_error) -> Iterator[Article]:
    """Each id once: a second record with a seen id is reported and skipped."""
    seen: dict[str, str] = {}
    for article in articles:
        stats.seen += 1
        if article.id in seen:
            stats.skipped += 1
            if on_error:
                on_error(_duplicate(article, seen[article.id]))
            continue
        seen[article.id] = article.origin
        yield article


def build(
    articles: Iterable[Article],
    index_dir: str | Path,
    *,
    limit: int | None = None,
    wait: float = 0.0,
    jobs: int = 1,
    on_error: Callable[[SourceError], None] | None = None,
    progress: Progress | None = None,
) -> BuildStats:
    """Index articles; unchanged ones are left alone, changed ones replaced.

    With ``jobs`` > 1, each worker process extracts, segments and writes its own
    segment, and this process commits them all at once.
    """
    stats = BuildStats()
    started = time.perf_counter()
    ix = open_or_create(index_dir)
    writer = _writer(ix, wait)
    workers = None
    try:
        unique = unique_articles(itertools.islice(articles, limit), stats, on_error)
        batches = batched(_with_stored_digests(unique, writer.searcher()))
        if jobs <= 1:
            outcomes = map(functools.partial(_index_articles, writer), batches)
        else:
            preload()  # once, before forking: the workers share the model's pages
            # Unlocked: the workers write segments under this process's lock.
            workers = SegmentWorkers(
                functools.partial(new_writer, ix, _lk=False), _index_articles, jobs
            )
            outcomes = workers.run(batches)
        for doc_id, origin, changed, replaces, error in itertools.chain.from_iterable(outcomes):
            if error is not None:
                stats.skipped += 1
                if on_error:
                    on_error(failed(doc_id, origin, error))
                continue
            tally(stats, changed, progress)
            if changed and replaces:  # the new version is in a new segment
                writer.delete_by_term("id", doc_id)
        _commit(writer, workers.segments if workers else [], stats)
    except BaseException as exc:
        _give_up(writer, index_dir, exc, workers)
        raise
    stats.seconds = time.perf_counter() - started
    return stats


def _give_up(
    writer: BulkSegmentWriter, index_dir, exc: BaseException, workers: SegmentWorkers | None = None
) -> None:
    """After a failed run: the workers ended, this run's files removed and the lock
    released, so the next run starts clean; a full disk is said as one."""
    if workers:
        workers.stop()
    removed = 0 if writer.is_closed else writer.abandon()
    if isinstance(exc, OSError) and exc.errno in NO_SPACE:
        raise IndexSpaceError(_no_space(Path(index_dir), removed)) from exc


def _no_space(index_dir: Path, removed: int) -> str:
    """One line: which index, how much room there is and how much this run needed."""
    free = shutil.disk_usage(index_dir).free
    return (
        f"no space left for the index at {index_dir}: {free / 2**20:,.0f} MB free, and this "
        f"run had written {removed / 2**20:,.0f} MB when it stopped (removed again; the "
        f"last committed index is intact). Free more than that, or build into a larger "
        f"disk with --index, and run again"
    )


BATCH = 8


def batched(items: Iterable[Pending]) -> Iterator[list[Pending]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, BATCH)):
        yield batch


def tally(stats: BuildStats, changed: bool, progress: Progress | None) -> None:
    if changed:
        stats.added += 1
    else:
        stats.unchanged += 1
    if progress and stats.indexed % 50 == 0:
        progress(stats)


def _commit(writer: BulkSegmentWriter, segments: list, stats: BuildStats) -> None:
    """Commit this writer's segments together with the workers' ones (as Whoosh's MpWriter
    does with ``multisegment=True``), or leave the index untouched if nothing changed."""
    if stats.added:
        writer.commit(others=segments)
    else:
        writer.cancel()


def delete(ids: Iterable[str], index_dir: str | Path, *, wait: float = 0.0) -> list[str]:
    """Remove documents by id; returns the ids that were not in the index."""
    ix = open_or_create(index_dir)
    writer = _writer(ix, wait)
    missing = []
    try:
        for doc_id in ids:
            if not writer.delete_by_term("id", doc_id):
                missing.append(doc_id)
        writer.commit()
    except BaseException as exc:
        _give_up(writer, index_dir, exc)
        raise
    return missing

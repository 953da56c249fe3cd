"""Write articles into the Whoosh index, keyed by id, one atomic commit per run.

Whoosh commits by writing new segment files and then a new table of contents, so
a run that fails or is killed leaves the last committed index as it was.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import multiprocessing
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from whoosh import index
from whoosh.index import LockError

from indexer.facets import Facets, extract_facets
from indexer.sources import Article, SourceError
from search.analysis import document_numbers, normalize, preload, presegmented, segment
from search.schema import PAIR_FIELDS, VIETNAM_TZ, build_schema, folded_name, pairs_name

# Each facet field and the ``Facets`` attribute (also the key in the stored ``meta``)
# its values come from.
FACET_ATTRIBUTES = {
    "province": "provinces",
    "province_mentioned": "provinces_mentioned",
    "province_2025": "provinces_2025",
    "year": "years",
    "official": "officials",
    "indicator": "indicators",
}


class IndexBusyError(RuntimeError):
    """Another process holds the index's write lock."""


class IndexSchemaError(RuntimeError):
    """The index on disk was written with different fields than this version writes."""


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
    if not index.exists_in(str(path)):
        return index.create_in(str(path), schema)
    ix = index.open_dir(str(path))
    if set(ix.schema.names()) != set(schema.names()):
        missing = sorted(set(schema.names()) - set(ix.schema.names()))
        raise IndexSchemaError(
            f"{path} was built by another version of the indexer (fields missing: "
            f"{', '.join(missing) or 'none'}); build into a new directory or delete it first"
        )
    return ix


def _writer(ix: index.Index, wait: float):
    try:
        return ix.writer(timeout=wait, limitmb=256)
    except LockError:
        raise IndexBusyError(
            f"another indexer is writing to {ix.storage.folder}; "
            "wait for it to finish and run again"
        ) from None


def _local_naive(stamp: datetime | None) -> datetime | None:
    """Whoosh stores naive datetimes; we keep Vietnam local time, as articles print it."""
    return stamp.astimezone(VIETNAM_TZ).replace(tzinfo=None) if stamp else None


def _digest(article: Article, facets: Facets) -> str:
    """Changes when the article or what we extract from it changes."""
    payload = [
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
    texts = {"title": article.title, "summary": article.summary or "", "body": article.body}
    doc = {"id": article.id, "digest": digest, "url": article.url or ""}
    for name, text in texts.items():
        doc[name] = text
        doc[folded_name(name)] = text
        if name in PAIR_FIELDS:
            doc[pairs_name(name)] = text
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


def _stored_digests(ix: index.Index) -> dict[str, str]:
    with ix.searcher() as searcher:
        return {
            fields["id"]: fields.get("digest", "") for _, fields in searcher.reader().iter_docs()
        }


Progress = Callable[[BuildStats], None]


@dataclass
class _Prepared:
    """An article with everything the CPU-heavy steps compute, ready for the writer."""

    article: Article
    facets: Facets
    digest: str
    segmentations: dict[str, list[tuple[str, int, int]]] | None


_KNOWN_DIGESTS: dict[str, str] = {}


def _prepare(article: Article) -> _Prepared:
    """Extract facets and, unless the stored copy is identical, segment the text.

    Runs in worker processes; ``_KNOWN_DIGESTS`` is inherited from the parent by fork.
    """
    facets = extract_facets(article.title, article.body, article.published, summary=article.summary)
    digest = _digest(article, facets)
    if _KNOWN_DIGESTS.get(article.id) == digest:
        return _Prepared(article, facets, digest, None)
    texts = {normalize(t) for t in (article.title, article.summary, article.body) if t}
    return _Prepared(article, facets, digest, {t: segment(t) for t in texts})


def _prepared(articles: Iterable[Article], jobs: int) -> Iterator[_Prepared]:
    if jobs <= 1:
        yield from map(_prepare, articles)
        return
    preload()
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield from pool.imap(_prepare, articles, chunksize=4)


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

    With ``jobs`` > 1, worker processes segment and extract while this process writes.
    """
    stats = BuildStats()
    started = time.perf_counter()
    ix = open_or_create(index_dir)
    writer = _writer(ix, wait)
    try:
        _KNOWN_DIGESTS.clear()
        _KNOWN_DIGESTS.update(_stored_digests(ix))
        seen: dict[str, str] = {}
        for item in _prepared(itertools.islice(articles, limit), jobs):
            stats.seen += 1
            article = item.article
            if article.id in seen:
                stats.skipped += 1
                if on_error:
                    on_error(_duplicate(article, seen[article.id]))
                continue
            seen[article.id] = article.origin
            _write(writer, item, stats)
            if progress and stats.seen % 50 == 0:
                progress(stats)
        if stats.added:
            writer.commit()
        else:
            writer.cancel()
    except BaseException:
        writer.cancel()
        raise
    stats.seconds = time.perf_counter() - started
    return stats


def _duplicate(article: Article, first: str) -> SourceError:
    path, _, line = article.origin.rpartition(":")
    where = (path, int(line)) if line.isdigit() else (article.origin, None)
    return SourceError(*where, f"duplicate id {article.id!r} (first seen at {first}); skipped")


def _write(writer, item: _Prepared, stats: BuildStats) -> None:
    if item.segmentations is None:
        stats.unchanged += 1
        return
    with presegmented(item.segmentations):
        writer.update_document(**to_document(item.article, item.facets, item.digest))
    stats.added += 1


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
    except BaseException:
        writer.cancel()
        raise
    return missing


def print_progress(stats: BuildStats) -> None:
    if sys.stderr.isatty():
        print(f"\r  {stats.seen:,} read, {stats.added:,} indexed", end="", file=sys.stderr)

"""Query benchmark: our search library and HTTP API next to SQLite FTS5 and plain Whoosh.

    python -m bench.queries --index DIR [--corpus PATH] [--limit N] [--queries 200]
                            [--work DIR] [--no-http]

The query set is drawn (seeded) from the titles of the indexed articles: 2-4
consecutive title words, half typed without accents, a quarter with a province
filter and a quarter with a year filter. Each engine answers the first page with
facet counts and highlighted snippets:

- ours: ``SearchEngine.search`` (all six facets, snippets), then ``GET /api/search``
  on the production server (waitress) started from scratch, which also gives the
  start-up time to the first answered search and the serving RSS;
- fts5: ``unicode61 remove_diacritics 2``, ``bm25()``, ``snippet()``, facet counts
  by GROUP BY over a (document, facet, value) table holding our index's facet values;
- whoosh: plain Whoosh (default analyzer, AND), BM25F, first page only: its baseline
  index stores no text to highlight and has no facet fields.

Baseline indexes are built once into ``--work`` (as ``eval.baselines`` does).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index

from bench import DEFAULT_CORPUS
from bench.server import serving, worker_rss_mb
from eval.baselines import DEFAULT_WORK, Fts5Baseline, WhooshBaseline
from eval.typings import fold
from indexer.build import FACET_ATTRIBUTES
from search import SearchEngine, SearchRequest

_WORD = re.compile(r"^\w[\w.,%/-]*$")


@dataclass
class BenchQuery:
    text: str
    filters: dict[str, list[str]] = field(default_factory=dict)


def make_queries(index_dir: Path, count: int, seed: int = 7) -> list[BenchQuery]:
    """Title keywords of random indexed articles, with and without accents and filters."""
    rng = random.Random(seed)
    reader = whoosh_index.open_dir(str(index_dir)).reader()
    # By id first: the same draw whatever order a build wrote the documents in.
    stored = sorted(
        (f for f in reader.all_stored_fields() if f.get("title")), key=lambda f: f["id"]
    )
    rng.shuffle(stored)
    queries = []
    for fields in stored:
        words = [w.strip(".,:;!?\"'()") for w in fields["title"].split()]
        words = [w for w in words if _WORD.match(w)]
        if len(words) < 2:
            continue
        size = rng.randint(2, min(4, len(words)))
        first = rng.randrange(len(words) - size + 1)
        text = " ".join(words[first : first + size])
        kind = len(queries) % 4
        if kind in (1, 3):
            text = fold(text)
        meta = fields.get("meta") or {}
        filters = {}
        if kind == 2 and meta.get("provinces"):
            filters = {"province": [meta["provinces"][0]]}
        elif kind == 3 and meta.get("years"):
            filters = {"year": [str(meta["years"][0])]}
        queries.append(BenchQuery(text, filters))
        if len(queries) == count:
            break
    return queries


def ours(index_dir: Path) -> Callable[[BenchQuery], int]:
    return engine_runner(SearchEngine(index_dir))


def engine_runner(engine) -> Callable[[BenchQuery], int]:
    """Answer a bench query through either backend's engine, first page with facets."""

    def run(query: BenchQuery) -> int:
        return engine.search(SearchRequest(query.text, filters=query.filters))["total"]

    return run


def http(base: str) -> Callable[[BenchQuery], int]:
    def run(query: BenchQuery) -> int:
        params = [("q", query.text)] + [(k, v) for k, vs in query.filters.items() for v in vs]
        with urllib.request.urlopen(f"{base}/api/search?{urllib.parse.urlencode(params)}") as r:
            return json.load(r)["total"]

    return run


def fts5(index_dir: Path, corpus: Path, work: Path, limit: int | None) -> Callable:
    baseline = Fts5Baseline(corpus, work, limit)
    db = sqlite3.connect(baseline.dir / "fts5.sqlite")
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'facets'").fetchone():
        reader = whoosh_index.open_dir(str(index_dir)).reader()
        rows = [
            (f["id"], facet, str(value))
            for f in reader.all_stored_fields()
            for facet, key in FACET_ATTRIBUTES.items()
            for value in (f.get("meta") or {}).get(key, [])
        ]
        with db:
            db.execute("CREATE TABLE facets (id TEXT, facet TEXT, value TEXT)")
            db.executemany("INSERT INTO facets VALUES (?, ?, ?)", rows)
            db.execute("CREATE INDEX facets_id ON facets (id)")
            db.execute("CREATE INDEX facets_value ON facets (facet, value, id)")

    def run(query: BenchQuery) -> int:
        where, params = "docs MATCH ?", [Fts5Baseline.match_expression(query.text)]
        for facet, values in query.filters.items():
            where += " AND id IN (SELECT id FROM facets WHERE facet = ? AND value = ?)"
            params += [facet, values[0]]
        db.execute(
            f"SELECT id, snippet(docs, 2, '<mark>', '</mark>', '…', 30) FROM docs "
            f"WHERE {where} ORDER BY bm25(docs) LIMIT 10",
            params,
        ).fetchall()
        counts = db.execute(
            f"SELECT facet, value, COUNT(*) FROM facets WHERE id IN "
            f"(SELECT id FROM docs WHERE {where}) GROUP BY facet, value",
            params,
        ).fetchall()
        return sum(n for facet, _, n in counts if facet == "year")

    return run


def whoosh(corpus: Path, work: Path, limit: int | None) -> Callable:
    baseline = WhooshBaseline(corpus, work, limit)
    searcher, parser = baseline._searcher, baseline._parser

    def run(query: BenchQuery) -> int:
        return len(searcher.search(parser.parse(query.text), limit=10))

    return run


def timings(run: Callable[[BenchQuery], int], queries: list[BenchQuery]) -> list[float]:
    """Milliseconds per query, after one warm-up pass over the first ten."""
    for query in queries[:10]:
        run(query)
    elapsed = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        elapsed.append(1000 * (time.perf_counter() - started))
    return elapsed


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def summary(name: str, ms: list[float]) -> str:
    return (
        f"| {name} | {len(ms)} | {percentile(ms, 50):.1f} | {percentile(ms, 95):.1f} "
        f"| {percentile(ms, 99):.1f} | {1000 * len(ms) / sum(ms):.1f} |"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True, help="our index of the corpus")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="the index holds the first N")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="baseline index cache")
    parser.add_argument("--no-http", action="store_true")
    args = parser.parse_args(argv)

    queries = make_queries(args.index, args.queries)
    if not queries:
        parser.error(f"{args.index} holds no article with a title: is it an index of ours?")
    print(f"{len(queries)} queries over {args.index}; examples: {[q.text for q in queries[:4]]}")
    results = {"ours (library)": timings(ours(args.index), queries)}
    if not args.no_http:
        log = Path(tempfile.mkdtemp(prefix="bench-server-")) / "server.log"
        started = time.perf_counter()
        with serving(args.index, log) as (base, process):
            startup = time.perf_counter() - started
            results["ours (HTTP)"] = timings(http(base), queries)
            serving_rss = worker_rss_mb(process.pid)
        print(f"server start-up to first answered search: {startup:.2f} s")
        shown = ", ".join(f"{rss:.0f}" for rss in serving_rss)
        print(f"server RSS after the query set, per worker: {shown} MB")
    faceted_fts5 = fts5(args.index, args.corpus, args.work, args.limit)
    results["fts5 (faceted)"] = timings(faceted_fts5, queries)
    results["whoosh (plain)"] = timings(whoosh(args.corpus, args.work, args.limit), queries)

    print("| engine | queries | p50 ms | p95 ms | p99 ms | queries/s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, ms in results.items():
        print(summary(name, ms))
    ours_p95 = percentile(results["ours (library)"], 95)
    for name in ("fts5 (faceted)", "whoosh (plain)"):
        print(f"p95 ratio ours (library) / {name}: {ours_p95 / percentile(results[name], 95):.2f}")


if __name__ == "__main__":
    main()

"""Where one machine ends: build time, index size, query latency and serving memory as the
archive grows to 10 × the shared corpus, for Whoosh and for Sphinx on 1 and 2 shards.

    python -m bench.growth [--factor 10] [--points 1,2.5,5,10] [--corpus PATH] [--limit N]
                           [--work DIR] [--queries 200] [--plot docs/growth.png]
    python -m bench.growth --resume [...]   # go on from the last point measured
    python -m bench.growth --report [--work DIR] [--plot docs/growth.png]

The grown corpus (``WORK/grown-all-x10.jsonl.gz``, generated once) is the shared corpus
(or its first ``--limit`` articles) followed by ``factor - 1`` copies of it, each article
again under a new id with its sentences shuffled: postings grow as with new articles (the
same vocabulary, more documents holding it), while every copy is segmented and indexed
in full.

Each backend grows one index point by point, analysing only the articles new at that
point, so a point's build time is the sum of the steps up to it. At each point the
same query set (drawn from the first point's Whoosh index, as ``bench.queries`` draws
it) is answered through the search library with facets and snippets; serving memory is
the RSS of one ``python -m web`` worker after the query set over HTTP (Whoosh) or of
the ``searchd`` nodes after it (Sphinx). Every point is appended to
``WORK/growth.jsonl`` as soon as it is measured, so a run cut short keeps what it
measured and ``--resume`` goes on from there with the same indexes (the hours a point
costs are not spent twice); ``--report`` prints the table and draws the plot from it.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench import DEFAULT_CORPUS, directory_mb
from bench.queries import BenchQuery, engine_runner, http, make_queries, percentile, timings
from bench.server import rss_mb, serving, worker_rss_mb
from indexer import build, cluster, sphinx
from indexer.sources import read_sources
from search import SearchEngine
from search.sphinx import SphinxEngine

BACKENDS = ("whoosh", "sphinx, 1 node", "sphinx, 2 shards")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def shuffled_copy(record: dict, copy: int) -> dict:
    """The record again under a new id, its body's sentences in a seeded random order.

    >>> record = {"id": "a-1", "body": "Một. Hai!\\nBa?", "url": "https://x.vn/a"}
    >>> copied = shuffled_copy(record, 3)
    >>> copied["id"], sorted(copied["body"].split("\\n")), copied["url"]
    ('a-1~3', ['Ba?', 'Hai!', 'Một.'], 'https://x.vn/a#3')
    """
    sentences = [s for s in _SENTENCE_END.split(record["body"]) if s.strip()]
    random.Random(f"{record['id']}~{copy}").shuffle(sentences)
    copied = {**record, "id": f"{record['id']}~{copy}", "body": "\n".join(sentences)}
    if record.get("url"):
        copied["url"] = f"{record['url']}#{copy}"
    return copied


def grow_corpus(corpus: Path, limit: int | None, factor: int, target: Path) -> int:
    """Write the grown corpus once (kept for later runs); returns the base corpus's size."""
    with gzip.open(corpus, "rt", encoding="utf-8") as source:
        lines = list(itertools.islice((line for line in source if line.strip()), limit))
    if not target.exists():
        partial = target.with_suffix(".partial")
        with gzip.open(partial, "wt", encoding="utf-8", compresslevel=1) as sink:
            sink.writelines(lines)
            for copy in range(1, factor):
                for line in lines:
                    record = json.loads(line)
                    sink.write(json.dumps(shuffled_copy(record, copy), ensure_ascii=False) + "\n")
        partial.rename(target)
    return len(lines)


def _report_error(error) -> None:
    print(f"skipped: {error}")


def articles_between(grown: Path, start: int, stop: int) -> Iterator:
    return itertools.islice(read_sources([str(grown)], _report_error), start, stop)


class Grower:
    """One backend's index, grown point by point and measured at each."""

    def __init__(self, name: str, work: Path, port: int, jobs: int, last: dict | None) -> None:
        """A new index, or with ``last`` (the last point recorded) the one measured there."""
        self.name, self.jobs, self.read, self.documents, self.seconds = name, jobs, 0, 0, 0.0
        self.directory = work / re.sub(r"\W+", "-", name)
        if last:
            self.read, self.documents, self.seconds = (
                _read(last),
                last["documents"],
                last["build_s"],
            )
        else:
            shutil.rmtree(self.directory, ignore_errors=True)
        self.url = None
        if name != "whoosh":
            if not last:
                nodes = 1 if "1 node" in name else 2
                cluster.write_config(
                    self.directory, cluster.loopback_nodes(nodes, port + 10 * nodes)
                )
            self.url = cluster.start_nodes(self.directory)

    def grow(self, grown: Path, size: int) -> None:
        articles = articles_between(grown, self.read, size)
        if self.url is None:
            stats = build.build(articles, self.directory, jobs=self.jobs, on_error=_report_error)
        else:
            stats = sphinx.write(articles, self.url, jobs=self.jobs, on_error=_report_error)
        self.read, self.seconds = size, self.seconds + stats.seconds
        self.documents += stats.indexed

    def measure(self, queries: list[BenchQuery]) -> dict:
        if self.url is None:
            ms = timings(engine_runner(SearchEngine(self.directory)), queries)
            log = Path(tempfile.mkdtemp(prefix="bench-growth-")) / "server.log"
            with serving(self.directory, log, WORKERS=1) as (base, process):
                timings(http(base), queries)
                rss = sum(worker_rss_mb(process.pid))
        else:
            time.sleep(1)  # let the RT indexes settle their flush before timing queries
            with SphinxEngine(self.url) as engine:
                ms = timings(engine_runner(engine), queries)
            rss = sum(rss_mb(pid) for pid in cluster.running_pids(self.directory))
        return {
            "backend": self.name,
            "read": self.read,
            "documents": self.documents,
            "build_s": round(self.seconds, 1),
            "index_mb": round(directory_mb(self.directory), 1),
            "p50_ms": round(percentile(ms, 50), 1),
            "p95_ms": round(percentile(ms, 95), 1),
            "serving_rss_mb": round(rss, 1),
        }

    def close(self) -> None:
        if self.url is not None:
            cluster.stop_nodes(self.directory)


def table(rows: list[dict]) -> str:
    """The measured points as a Markdown table, by size, then backend.

    >>> print(table([{"backend": "whoosh", "documents": 37629, "build_s": 272.0,
    ...   "index_mb": 854.0, "p50_ms": 16.6, "p95_ms": 26.5, "serving_rss_mb": 175.0}]))
    | documents | backend | build s | index MB | p50 ms | p95 ms | serving RSS MB |
    | ---: | --- | ---: | ---: | ---: | ---: | ---: |
    | 37,629 | whoosh | 272 | 854 | 16.6 | 26.5 | 175 |
    """
    lines = [
        "| documents | backend | build s | index MB | p50 ms | p95 ms | serving RSS MB |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in sorted(rows, key=lambda r: (r["documents"], BACKENDS.index(r["backend"]))):
        lines.append(
            f"| {row['documents']:,} | {row['backend']} | {row['build_s']:.0f} "
            f"| {row['index_mb']:.0f} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} "
            f"| {row['serving_rss_mb']:.0f} |"
        )
    return "\n".join(lines)


def plot(rows: list[dict], target: Path) -> None:
    """Four panels against the number of documents, one line per backend."""
    import matplotlib  # a benchmark extra (pip install -e '.[bench]'), not a dependency

    matplotlib.use("Agg")
    from matplotlib import pyplot

    panels = [
        ("build_s", "build time (s)"),
        ("index_mb", "index size (MB)"),
        ("p95_ms", "query p95 (ms), facets + snippets"),
        ("serving_rss_mb", "serving RSS (MB)"),
    ]
    figure, axes = pyplot.subplots(2, 2, figsize=(10, 7), constrained_layout=True)
    for axis, (key, title) in zip(axes.flat, panels, strict=True):
        for backend in BACKENDS:
            points = sorted((r["documents"], r[key]) for r in rows if r["backend"] == backend)
            if points:
                axis.plot(*zip(*points, strict=True), marker="o", label=backend)
        axis.set_title(title)
        axis.set_xlabel("documents")
        axis.xaxis.set_major_formatter(lambda x, _: f"{x / 1000:.0f}k")
        axis.grid(alpha=0.3)
    axes.flat[0].legend()
    figure.savefig(target, dpi=110)
    print(f"plot: {target}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="grow the first N articles")
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--points", default="1,2.5,5,10", help="sizes, × the shared corpus")
    parser.add_argument("--work", type=Path, default=Path("/tmp/vnsearch-growth"))
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2, help="analysis processes")
    parser.add_argument("--port", type=int, default=9800, help="first loopback port (Sphinx)")
    parser.add_argument("--plot", type=Path, default=None, help="PNG to draw")
    parser.add_argument("--resume", action="store_true", help="go on from the last point")
    parser.add_argument("--report", action="store_true", help="only report the recorded run")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    results = args.work / "growth.jsonl"

    if not args.report:
        run(args, results)
    rows = _recorded(results)
    print(table(rows))
    if args.plot:
        plot(rows, args.plot)


def _read(row: dict) -> int:
    """Articles of the grown corpus read up to a recorded point (rows written before
    ``read`` was recorded have only ``documents``, the same when none was skipped)."""
    return row.get("read", row["documents"])


def _load_queries(drawn: Path) -> list[BenchQuery]:
    """The query set drawn at the first point, so a resumed run times the same queries."""
    return [BenchQuery(**query) for query in json.loads(drawn.read_text("utf-8"))]


def _recorded(results: Path) -> list[dict]:
    if not results.exists():
        return []
    return [json.loads(line) for line in results.read_text("utf-8").splitlines() if line]


def run(args: argparse.Namespace, results: Path) -> None:
    grown = args.work / f"grown-{args.limit or 'all'}-x{args.factor}.jsonl.gz"
    base = grow_corpus(args.corpus, args.limit, args.factor, grown)
    sizes = [round(float(p) * base) for p in args.points.split(",")]
    print(f"grown corpus {grown}: {base:,} × {args.factor}; points {sizes}", flush=True)
    recorded = _recorded(results) if args.resume else []
    if not args.resume:
        results.write_text("", "utf-8")
    growers = []
    try:
        for name in BACKENDS:
            last = max((r for r in recorded if r["backend"] == name), key=_read, default=None)
            growers.append(Grower(name, args.work, args.port, args.jobs, last))
        drawn = args.work / "queries.json"
        queries = _load_queries(drawn) if recorded else None
        for size in sizes:
            for grower in growers:
                if grower.read >= size:
                    continue
                grower.grow(grown, size)
                if queries is None:
                    queries = make_queries(grower.directory, args.queries)
                    drawn.write_text(json.dumps([vars(q) for q in queries], ensure_ascii=False))
                row = grower.measure(queries)
                print(json.dumps(row, ensure_ascii=False), flush=True)
                with results.open("a", encoding="utf-8") as sink:
                    sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        for grower in growers:
            grower.close()


if __name__ == "__main__":
    main()

"""SphinxQL backend: indexing time and query latency on 1 node and on 2 shards, next to the
embedded Whoosh index, with the performance benchmark's query set (facets and snippets for
the first page, through the search library).

``--whoosh-index`` is an index of the same articles (``bench.indexing`` builds one); the
query set is drawn from it and each Sphinx run is checked to find the same totals.

Here every node runs on loopback, so 2 shards share this machine's 2 cores. On several
machines: ``python -m indexer sphinx-config --hosts a:9306,b:9306 --dir cluster``, copy
``cluster/nodeK`` to machine K and start ``searchd --config nodeK/sphinx.conf`` there, then
index and search with ``SPHINX_URL`` set to the printed URL (the SphinxQL and agent ports,
9306 and 9307, open between the machines).
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from bench import DEFAULT_CORPUS, directory_mb
from bench.queries import BenchQuery, engine_runner, make_queries, ours, percentile, timings
from indexer import cluster, sphinx
from indexer.sources import read_sources
from search.sphinx import SphinxEngine


def _report(error) -> None:
    print(f"skipped: {error}")


def _run_cluster(args, nodes: int, queries: list[BenchQuery], totals: list[int]) -> dict:
    directory = args.work / f"sphinx-{nodes}-nodes"
    shutil.rmtree(directory, ignore_errors=True)
    cluster.write_config(directory, cluster.loopback_nodes(nodes, args.port + 10 * nodes))
    url = cluster.start_nodes(directory)
    try:
        articles = read_sources([str(args.corpus)], _report)
        stats = sphinx.write(articles, url, limit=args.limit, jobs=args.jobs, on_error=_report)
        time.sleep(1)  # let the RT indexes settle their first flush before timing queries
        with SphinxEngine(url) as engine:
            run = engine_runner(engine)
            ms = timings(run, queries)  # first, as Whoosh's: no pass over the set before
            same = sum(run(q) == total for q, total in zip(queries, totals, strict=True))
        return {
            "documents": stats.indexed,
            "seconds": stats.seconds,
            "mb": directory_mb(directory),
            "ms": ms,
            "same": same,
        }
    finally:
        cluster.stop_nodes(directory)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--whoosh-index", type=Path, required=True, help="Whoosh index, same docs")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="index the first N articles")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2, help="analysis processes")
    parser.add_argument("--work", type=Path, default=Path("/tmp/vnsearch-sphinx"))
    parser.add_argument("--port", type=int, default=9700, help="first loopback port")
    args = parser.parse_args(argv)

    queries = make_queries(args.whoosh_index, args.queries)
    embedded = {"ms": timings(ours(args.whoosh_index), queries)}  # timed first, like Sphinx
    embedded["mb"] = directory_mb(args.whoosh_index)
    whoosh = ours(args.whoosh_index)  # a second engine: its caches did not see the timed run
    totals = [whoosh(q) for q in queries]
    rows = {"whoosh, embedded": embedded}
    for nodes in (1, 2):
        rows[f"sphinx, {nodes} node{'s' if nodes > 1 else ''}"] = _run_cluster(
            args, nodes, queries, totals
        )
    print(f"{len(queries)} queries; totals as Whoosh found them:")
    for name, row in rows.items():
        if "same" in row:
            print(f"  {name}: {row['same']}/{len(queries)}")
    print("| backend | documents | indexing s | docs/s | size MB | p50 ms | p95 ms | p99 ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, row in rows.items():
        ms = row["ms"]
        indexing = (
            f"{row['documents']} | {row['seconds']:.1f} | {row['documents'] / row['seconds']:.1f}"
            if "seconds" in row
            else "(bench.indexing) | | "
        )
        print(
            f"| {name} | {indexing} | {row['mb']:.0f} | {percentile(ms, 50):.1f} "
            f"| {percentile(ms, 95):.1f} | {percentile(ms, 99):.1f} |"
        )


if __name__ == "__main__":
    main()

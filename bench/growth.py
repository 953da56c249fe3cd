"""How query latency and index size grow with the number of documents.

    python -m bench.growth --sizes 5000,10000,20000 [--full-index DIR] [--corpus PATH]
                           [--work DIR] [--queries 200]

Indexes the first N articles of the corpus for each size, growing one index (the
articles already in it are skipped by digest), and runs the query benchmark's
query set through the library at each size; ``--full-index`` adds an existing index
of the whole corpus as the last point. Fits p95 = c * n^b over the points and prints
the size at which p95 would pass 200 ms.
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench import DEFAULT_CORPUS, ROOT, directory_mb
from bench.queries import make_queries, ours, percentile, timings
from search import SearchEngine

P95_LIMIT_MS = 200.0
PROJECTION_REACH = 100  # a power law fitted on a few points says nothing further out


def measure(index: Path, queries: int) -> tuple[int, float, float, float]:
    """(documents, index MB, p50 ms, p95 ms) of one index."""
    elapsed = timings(ours(index), make_queries(index, queries))
    documents = SearchEngine(index).doc_count()
    return documents, directory_mb(index), percentile(elapsed, 50), percentile(elapsed, 95)


def fit_power_law(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least-squares (c, b) of y = c * n^b on log-log axes.

    >>> c, b = fit_power_law([(1000, 10.0), (4000, 20.0)])
    >>> round(b, 3), round(c * 16000**b, 1)
    (0.5, 40.0)
    """
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(y) for _, y in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
    return math.exp(mean_y - slope * mean_x), slope


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5000,10000,20000")
    parser.add_argument("--full-index", type=Path, default=None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--work", type=Path, default=Path("/tmp/vnsearch-bench"))
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args(argv)

    index = (args.work / "growth-index").resolve()
    shutil.rmtree(index, ignore_errors=True)
    rows = []
    for size in sorted(int(s) for s in args.sizes.split(",")):
        command = [sys.executable, "-m", "indexer", "build", str(args.corpus.resolve()), "--index"]
        command += [str(index), "--limit", str(size)]
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        print(f"indexed the first {size} articles in {time.perf_counter() - started:.0f} s")
        rows.append(measure(index, args.queries))
    if args.full_index:
        rows.append(measure(args.full_index, args.queries))

    print("| documents | index MB | p50 ms | p95 ms |")
    print("| ---: | ---: | ---: | ---: |")
    for documents, megabytes, p50, p95 in rows:
        print(f"| {documents} | {megabytes:.0f} | {p50:.1f} | {p95:.1f} |")
    if len(rows) >= 2:
        c, b = fit_power_law([(documents, p95) for documents, _, _, p95 in rows])
        print(f"fit: p95 ≈ {c:.3g} · n^{b:.2f} ms")
        print(projection(c, b, max(documents for documents, _, _, _ in rows)))


def projection(c: float, b: float, largest: int) -> str:
    """Where the fitted p95 passes P95_LIMIT_MS, unless that is too far out to say.

    >>> projection(0.273, 0.45, 37_629)
    'p95 passes 200 ms at ≈ 2,324,727 docs'
    >>> projection(8.8, 0.04, 1_000)
    'p95 stays under 200 ms up to 100 × the largest index measured (100,000 docs)'
    """
    reach = PROJECTION_REACH * largest
    if b <= 0 or c * reach**b < P95_LIMIT_MS:
        return (
            f"p95 stays under {P95_LIMIT_MS:.0f} ms up to {PROJECTION_REACH} × the largest "
            f"index measured ({reach:,} docs)"
        )
    return f"p95 passes {P95_LIMIT_MS:.0f} ms at ≈ {(P95_LIMIT_MS / c) ** (1 / b):,.0f} docs"


if __name__ == "__main__":
    main()

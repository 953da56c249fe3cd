"""Known-item ranking evaluation: MRR@10, Recall@1 and Recall@10 per engine and query typing.

Each query in ``eval/data/ranking_queries.jsonl`` names the one article it should find and
comes in up to five typings (written, lower, partial, unaccented, typo). Engines:

- ``ours``: the project's ``search.SearchEngine`` over the index given by ``--index``;
- ``whoosh`` and ``fts5``: the baselines of ``eval.baselines``, built into ``--work``.

Usage::

    python -m eval.ranking [--corpus PATH] [--index DIR] [--work DIR] [--limit N]
                           [--engines ours,whoosh,fts5] [--queries PATH] [--check-queries]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eval.baselines import BASELINES, DEFAULT_CORPUS, DEFAULT_WORK, iter_docs
from eval.typings import fold

QUERIES = Path(__file__).parent / "data" / "ranking_queries.jsonl"
TYPINGS = ("written", "lower", "partial", "unaccented", "typo")
K = 10
_TOKEN = re.compile(r"\w+")

Search = Callable[[str], list[str]]


@dataclass
class Scores:
    """Metrics of one engine on one typing."""

    n: int
    mrr: float
    recall1: float
    recall10: float
    ms_per_query: float
    misses: list[tuple[str, str, int]] = field(default_factory=list)


def load_queries(path: Path = QUERIES) -> list[dict]:
    """Read the query set, one JSON object per line."""
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def reciprocal_rank(ranked: list[str], target: str, k: int = K) -> float:
    """1/rank of ``target`` in the first ``k`` of ``ranked``, 0 if absent."""
    top = ranked[:k]
    return 1.0 / (top.index(target) + 1) if target in top else 0.0


def evaluate(search: Search, queries: list[dict], typing: str) -> Scores:
    """Run every query that has ``typing`` and average the metrics over them."""
    ranks, elapsed, misses = [], 0.0, []
    for query in queries:
        if not query.get(typing):
            continue
        started = time.perf_counter()
        ranked = search(query[typing])
        elapsed += time.perf_counter() - started
        rank = reciprocal_rank(ranked, query["target"])
        ranks.append(rank)
        if rank < 1.0:
            misses.append((query["id"], query[typing], round(1 / rank) if rank else 0))
    n = len(ranks)
    if not n:
        return Scores(0, 0.0, 0.0, 0.0, 0.0)
    return Scores(
        n=n,
        mrr=sum(ranks) / n,
        recall1=sum(r == 1.0 for r in ranks) / n,
        recall10=sum(r > 0 for r in ranks) / n,
        ms_per_query=1000 * elapsed / n,
        misses=misses,
    )


def open_engine(name: str, args: argparse.Namespace) -> Search:
    """Return a ``query -> ids`` function for engine ``name``."""
    if name == "ours":
        if args.index is None:
            raise SystemExit("--index DIR is required for engine 'ours'")
        from search import SearchEngine, SearchRequest  # imported only when asked for

        engine = SearchEngine(args.index)
        return lambda q: [
            hit["id"] for hit in engine.search(SearchRequest(query=q, per_page=K))["results"]
        ]
    baseline = BASELINES[name](args.corpus, args.work, args.limit)
    return lambda q: baseline.search(q, K)


def format_table(rows: Iterable[tuple[str, str, Scores]]) -> str:
    """Render the results as a Markdown table."""
    lines = [
        "| engine | typing | n | MRR@10 | Recall@1 | Recall@10 | ms/query |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for engine, typing, s in rows:
        lines.append(
            f"| {engine} | {typing} | {s.n} | {s.mrr:.3f} | {s.recall1:.3f} "
            f"| {s.recall10:.3f} | {s.ms_per_query:.1f} |"
        )
    return "\n".join(lines)


def format_misses(rows: Iterable[tuple[str, str, Scores]]) -> str:
    """One line per query whose target is not first: engine, typing, id, rank (0 = not in top k)."""
    return "\n".join(
        f"{engine}\t{typing}\t{query_id}\trank {rank}\t{query}"
        for engine, typing, s in rows
        for query_id, query, rank in s.misses
    )


def check_queries(queries: list[dict], corpus: Path, limit: int | None) -> None:
    """Print, per query, how many documents contain all its folded words (AND match set)."""
    wanted = [(q, set(_TOKEN.findall(fold(q["written"])))) for q in queries]
    hits: dict[str, list[str]] = {q["id"]: [] for q in queries}
    for doc_id, title, body in iter_docs(corpus, limit):
        words = set(_TOKEN.findall(fold(f"{title}\n{body}")))
        for query, needed in wanted:
            if needed <= words:
                hits[query["id"]].append(doc_id)
    for query in queries:
        found = hits[query["id"]]
        mark = "ok" if query["target"] in found else "TARGET MISSING"
        print(f"{query['id']}\t{len(found)}\t{mark}\t{query['written']}")


def in_corpus(queries: list[dict], corpus: Path, limit: int | None) -> list[dict]:
    """Keep the queries whose target is among the first ``limit`` records."""
    if limit is None:
        return queries
    ids = {doc_id for doc_id, _, _ in iter_docs(corpus, limit)}
    return [q for q in queries if q["target"] in ids]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Known-item ranking evaluation.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--index", type=Path, default=None, help="our engine's index directory")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="baseline index cache")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N records")
    parser.add_argument("--engines", default="ours,whoosh,fts5")
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument(
        "--misses", action="store_true", help="list the queries whose target is not ranked first"
    )
    parser.add_argument(
        "--check-queries", action="store_true", help="print each query's AND match count and exit"
    )
    args = parser.parse_args(argv)
    queries = load_queries(args.queries)
    if args.check_queries:
        check_queries(queries, args.corpus, args.limit)
        return
    queries = in_corpus(queries, args.corpus, args.limit)
    rows = []
    for name in args.engines.split(","):
        search = open_engine(name, args)
        rows += [(name, typing, evaluate(search, queries, typing)) for typing in TYPINGS]
    print(f"{len(queries)} queries, k={K}")
    print(format_table(rows))
    if args.misses:
        print(format_misses(rows))


if __name__ == "__main__":
    main()

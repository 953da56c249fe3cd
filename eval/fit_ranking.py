"""Fit the ranking weights of ``search.query`` on the dev part of the known-item set.

Coordinate ascent: each weight in turn takes the value of its grid that gives the
best mean MRR@10 over the four typings, the others held, until a round changes
nothing. Only the ``dev`` queries are read; report the fitted weights on ``test``
with ``python -m eval.ranking --queries eval/data/known_item_queries.jsonl --split test``.
The search runs the real engine (matching, then ranking) without facets or snippets.

Usage::

    python -m eval.fit_ranking --index DIR [--queries PATH] [--rounds 3]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import search.query as weights
from eval.ranking import GENERATED, K, load_queries, reciprocal_rank
from eval.typings import TYPINGS

GRID: dict[str, list[float]] = {
    "TITLE_BOOST": [1.5, 2.0, 3.0, 4.0, 6.0],
    "SUMMARY_BOOST": [1.0, 1.4, 1.8, 2.5, 3.5],
    "ACCENTED_FOLDED_WEIGHT": [0.1, 0.3, 0.5, 1.0],
    "EXACT_WEIGHT": [0.0, 0.5, 1.0, 2.0, 3.0],
    "PROXIMITY_BOOST": [0.0, 1.0, 2.0, 3.0, 5.0],
    "PROVINCE_BOOST": [0.0, 3.0, 6.0, 10.0],
}


def _set(name: str, value: float) -> None:
    if name == "TITLE_BOOST":
        weights.FIELD_BOOSTS["title"] = value
    elif name == "SUMMARY_BOOST":
        weights.FIELD_BOOSTS["summary"] = value
    else:
        setattr(weights, name, value)


def _get(name: str) -> float:
    if name == "TITLE_BOOST":
        return weights.FIELD_BOOSTS["title"]
    if name == "SUMMARY_BOOST":
        return weights.FIELD_BOOSTS["summary"]
    return getattr(weights, name)


def mean_mrr(engine, queries: list[dict]) -> float:
    """Mean over the typings of MRR@10, ranking as ``SearchEngine.search`` does."""
    from search import SearchRequest

    snap = engine._current()
    total = 0.0
    for typing in TYPINGS:
        ranks = []
        for query in queries:
            sel = engine._selection(snap, SearchRequest(query[typing]))
            ranked = engine._rank(snap, sel, "relevance", 0, K)
            ids = [snap.searcher.stored_fields(docnum)["id"] for docnum, _ in ranked]
            ranks.append(reciprocal_rank(ids, query["target"]))
        total += sum(ranks) / len(ranks)
    return total / len(TYPINGS)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Fit the ranking weights on the dev split.")
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--queries", type=Path, default=GENERATED)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    from search import SearchEngine

    queries = load_queries(args.queries, "dev")
    engine = SearchEngine(args.index)
    best = mean_mrr(engine, queries)
    print(f"{len(queries)} dev queries; start {best:.4f} with", {n: _get(n) for n in GRID})
    for round_number in range(1, args.rounds + 1):
        changed = False
        for name, grid in GRID.items():
            current = _get(name)
            for value in grid:
                if value == current:
                    continue
                started = time.perf_counter()
                _set(name, value)
                score = mean_mrr(engine, queries)
                print(
                    f"  round {round_number} {name}={value}: {score:.4f}"
                    f" ({time.perf_counter() - started:.0f} s)",
                    flush=True,
                )
                if score > best + 1e-4:
                    best, current, changed = score, value, True
            _set(name, current)
        print(f"round {round_number}: {best:.4f} with", {n: _get(n) for n in GRID}, flush=True)
        if not changed:
            break


if __name__ == "__main__":
    main()

"""Known-item queries written by readers for articles drawn at random (``eval/READER_QUERIES.md``).

The 89 hand-written queries of ``eval/data/ranking_queries.jsonl`` were written by the
people who tuned the ranking; the generated ones of ``eval.known_items`` are words a
formula picked. Reader queries are neither: a reader who has not seen the engine writes
what they would type to find an article again, so they hold the paraphrases, the
half-remembered figures and the topic words that real queries do.

``draw`` writes batches of articles for the readers; ``build`` joins their answers into
``eval/data/reader_queries.jsonl``, with each query's split, typings and AND set.

Usage::

    python -m eval.reader_queries draw --out DIR [--count 160] [--batches 8] [--seed 41]
    python -m eval.reader_queries build DIR [--corpus PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from eval.baselines import DEFAULT_CORPUS
from eval.known_items import MIN_BODY_CHARS, split_of
from eval.matching import read_corpus, records, relevant
from eval.ranking import GENERATED, QUERIES
from eval.typings import TYPINGS, typed

OUT = Path(__file__).parent / "data" / "reader_queries.jsonl"
BODY_CHARS = 3000  # what a reader reads of a long article before writing a query


def _targets(*paths: Path) -> set[str]:
    """The articles other query sets already name."""
    targets = set()
    for path in paths:
        if path.exists():
            with open(path, encoding="utf-8") as lines:
                targets |= {json.loads(line)["target"] for line in lines if line.strip()}
    return targets


def draw(corpus: Path, out: Path, count: int, batches: int, seed: int) -> int:
    """Write ``count`` articles no query set names yet in ``batches`` files for readers."""
    taken = _targets(QUERIES, GENERATED, OUT)
    candidates = [
        r
        for r in records(corpus)
        if r["id"] not in taken and r["title"] and len(r["body"] or "") >= MIN_BODY_CHARS
    ]
    chosen = random.Random(seed).sample(candidates, count)
    out.mkdir(parents=True, exist_ok=True)
    for number in range(batches):
        with open(out / f"batch_{number}.jsonl", "w", encoding="utf-8") as batch:
            for record in chosen[number::batches]:
                shown = record | {"body": record["body"][:BODY_CHARS]}
                batch.write(json.dumps(shown, ensure_ascii=False) + "\n")
    return len(chosen)


def build(answers_dir: Path, corpus: Path, out: Path) -> list[dict]:
    """The readers' answers (``answers_*.jsonl``) as ranking queries, in file order."""
    answers = [
        json.loads(line)
        for path in sorted(answers_dir.glob("answers_*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    docs = read_corpus(corpus)
    queries = []
    for number, answer in enumerate(answers, 1):
        written = " ".join(answer["written"].split())
        found = relevant(docs, written.split())
        query = {"id": f"r{number:03d}", "target": answer["id"], "split": split_of(answer["id"])}
        query |= {typing: typed(written, typing) for typing in TYPINGS}
        queries.append(query | {"set": len(found), "target_in_set": answer["id"] in found})
    with open(out, "w", encoding="utf-8") as handle:
        for query in queries:
            handle.write(json.dumps(query, ensure_ascii=False) + "\n")
    return queries


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Reader-written known-item queries.")
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw", help="batches of articles for readers")
    drawing.add_argument("--out", type=Path, required=True)
    drawing.add_argument("--count", type=int, default=160)
    drawing.add_argument("--batches", type=int, default=8)
    drawing.add_argument("--seed", type=int, default=41)
    building = commands.add_parser("build", help="join the readers' answers")
    building.add_argument("answers", type=Path, help="directory of answers_*.jsonl")
    building.add_argument("--out", type=Path, default=OUT)
    for command in (drawing, building):
        command.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if args.command == "draw":
        count = draw(args.corpus, args.out, args.count, args.batches, args.seed)
        print(f"{count} articles in {args.batches} batches under {args.out}")
        return
    queries = build(args.answers, args.corpus, args.out)
    dev = sum(q["split"] == "dev" for q in queries)
    print(f"{len(queries)} queries ({dev} dev, {len(queries) - dev} test) in {args.out}")


if __name__ == "__main__":
    main()

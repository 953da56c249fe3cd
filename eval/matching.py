"""Match-set evaluation: does a search find exactly the articles that hold the words meant?

Each query of ``eval/data/matching_queries.jsonl`` lists the words its user means
(``"words": ["Sở Y tế", "Hà Nội"]``). The truth is computed here from the corpus text,
independently of the engine's analysis: an article is relevant when, for every word,
the word's syllables stand next to each other, in order, in its title, its summary or
its body, compared folded (lower case, no diacritics, ``đ`` → ``d``). The engine's match
set is every article a search returns, all pages. Precision and recall are
micro-averaged over the queries, per typing (as written, lower case, half-accented,
unaccented).

The queries are split: ``dev`` is the part to look at while changing the engine,
``test`` the part only run to report.

Usage::

    python -m eval.matching --index DIR [--corpus PATH] [--split dev|test|all]
                            [--typings written,lower,partial,unaccented] [--worst N]
                            [--backend whoosh|sphinx] [--sphinx-url URL]
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eval.baselines import DEFAULT_CORPUS
from eval.typings import TYPINGS, fold, typed
from search.abbreviations import spellings

QUERIES = Path(__file__).parent / "data" / "matching_queries.jsonl"
_SYLLABLE = re.compile(r"\w+")


def load_queries(path: Path = QUERIES, split: str = "all") -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        queries = [json.loads(line) for line in lines if line.strip()]
    return [q for q in queries if split == "all" or q["split"] == split]


def folded_syllables(text: str) -> str:
    """The folded syllables of ``text`` between single spaces, padded: a word occurs in
    a text when its padded form is a substring of the text's.

    >>> folded_syllables("Sở Y tế, Hà Nội")
    ' so y te ha noi '
    """
    return " " + " ".join(_SYLLABLE.findall(fold(text))) + " "


def corpus_fields(records: Iterable[dict]) -> list[tuple[str, tuple[str, ...]]]:
    """(id, folded title, summary and body) of each record."""
    return [
        (r["id"], tuple(folded_syllables(r.get(k) or "") for k in ("title", "summary", "body")))
        for r in records
    ]


def records(*paths: Path) -> Iterator[dict]:
    """The articles of the sources (id, title, summary, body), read as the indexer
    reads them, one at a time."""
    from indexer.sources import read_sources

    for a in read_sources([str(path) for path in paths], lambda error: None):
        yield {"id": a.id, "title": a.title, "summary": a.summary, "body": a.body}


def read_corpus(*paths: Path) -> list[tuple[str, tuple[str, ...]]]:
    """The articles of the sources, read as the indexer reads them."""
    return corpus_fields(records(*paths))


def relevant(docs: list[tuple[str, tuple[str, ...]]], words: list[str]) -> set[str]:
    """Ids of the articles holding every word, its syllables adjacent in one field, in
    any of its spellings: a name written in full or abbreviated is one name to its
    reader ("UBND" and "Ủy ban nhân dân", ``search.abbreviations``)."""
    wanted = [[folded_syllables(s) for s in spellings(w)] for w in words]
    return {
        doc_id
        for doc_id, fields in docs
        if all(any(s in text for s in forms for text in fields) for forms in wanted)
    }


@dataclass
class Outcome:
    query: dict
    typing: str
    text: str
    truth: int
    found: int
    correct: int
    match: str | None

    @property
    def f1(self) -> float:
        total = self.truth + self.found
        return 2 * self.correct / total if total else 1.0


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def scores(self, typing: str) -> tuple[int, float, float]:
        """(queries, micro precision, micro recall) of one typing."""
        rows = [o for o in self.outcomes if o.typing == typing]
        found = sum(o.found for o in rows)
        truth = sum(o.truth for o in rows)
        correct = sum(o.correct for o in rows)
        return len(rows), correct / found if found else 1.0, correct / truth if truth else 1.0

    def worst(self, count: int) -> list[Outcome]:
        return sorted(self.outcomes, key=lambda o: (o.f1, o.query["id"]))[:count]


def match_set(engine, text: str) -> tuple[set[str], str | None]:
    """Every id a search for ``text`` returns, and the match level it reports."""
    from search import SearchRequest

    result = engine.search(SearchRequest(query=text, per_page=1))
    rows = engine.rows(SearchRequest(query=text), max(result["total"], 1))
    return {row["id"] for row in rows}, result.get("match")


def evaluate(engine, queries: list[dict], docs, typings: Iterable[str] = TYPINGS) -> Report:
    report = Report()
    for query in queries:
        truth = relevant(docs, query["words"])
        for typing in typings:
            text = typed(query["query"], typing)
            found, match = match_set(engine, text)
            report.outcomes.append(
                Outcome(query, typing, text, len(truth), len(found), len(found & truth), match)
            )
    return report


def format_report(report: Report, typings: Iterable[str], worst: int) -> str:
    lines = [
        "| typing | queries | precision | recall |",
        "| --- | ---: | ---: | ---: |",
    ]
    for typing in typings:
        n, precision, recall = report.scores(typing)
        lines.append(f"| {typing} | {n} | {precision:.3f} | {recall:.3f} |")
    if worst:
        lines.append("")
        lines.append("worst queries (F1, typing, id, truth / found / correct, match, query):")
        lines.extend(
            f"  {o.f1:.3f}\t{o.typing}\t{o.query['id']}\t{o.truth} / {o.found} / {o.correct}"
            f"\t{o.match}\t{o.text}"
            for o in report.worst(worst)
        )
    return "\n".join(lines)


def open_engine(args: argparse.Namespace):
    from search.backend import open_backend

    if args.backend == "sphinx":
        return open_backend({"SEARCH_BACKEND": "sphinx", "SPHINX_URL": args.sphinx_url})
    if args.index is None:
        raise SystemExit("--index DIR is required for the whoosh backend")
    return open_backend({"SEARCH_BACKEND": "whoosh", "INDEX_DIR": str(args.index)})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Match-set precision and recall per typing.")
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--typings", default=",".join(TYPINGS))
    parser.add_argument("--worst", type=int, default=15, help="list the N worst query typings")
    parser.add_argument("--backend", choices=("whoosh", "sphinx"), default="whoosh")
    parser.add_argument("--sphinx-url", default="mysql://127.0.0.1:9306")
    args = parser.parse_args(argv)
    typings = args.typings.split(",")
    queries = load_queries(args.queries, args.split)
    docs = read_corpus(args.corpus)
    with open_engine(args) as engine:
        report = evaluate(engine, queries, docs, typings)
    print(f"{len(queries)} queries ({args.split} split), {len(docs):,} articles")
    print(format_report(report, typings, args.worst))


if __name__ == "__main__":
    main()

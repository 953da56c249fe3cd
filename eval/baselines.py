"""Two baseline engines for the known-item ranking evaluation.

Both index the same documents (title + summary + body of each corpus record):

- ``WhooshBaseline``: plain Whoosh, ``StandardAnalyzer``, BM25F, ``MultifieldParser`` over
  title and body with the default AND grouping.
- ``Fts5Baseline``: SQLite FTS5, ``unicode61 remove_diacritics 2``, ranked by ``bm25()``,
  every query term quoted and ANDed.

Each index is built once into ``<work>/<engine>-<corpus>-<limit>`` and reused afterwards.

Usage: ``python -m eval.baselines [--corpus PATH] [--work DIR] [--limit N] [--engines …] [QUERY]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import MultifieldParser

from eval import CORPUS_DIR

DEFAULT_CORPUS = CORPUS_DIR / "vn-news.jsonl.gz"
DEFAULT_WORK = Path("/tmp/vnsearch-eval")
READY_MARK = "READY"
_WORD = re.compile(r"\w")


def iter_docs(corpus: Path, limit: int | None = None) -> Iterator[tuple[str, str, str]]:
    """Yield ``(id, title, summary + body)`` for the first ``limit`` records (all if None)."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as lines:
        for line in islice(lines, limit):
            rec = json.loads(line)
            body = "\n".join(part for part in (rec["summary"], rec["body"]) if part)
            yield rec["id"], rec["title"] or "", body


class Baseline:
    """Index built once into a cache directory, then searched; subclasses fill in the engine."""

    name = "baseline"

    def __init__(
        self, corpus: Path = DEFAULT_CORPUS, work: Path = DEFAULT_WORK, limit: int | None = None
    ) -> None:
        stem = corpus.name.split(".")[0]
        self.dir = Path(work) / f"{self.name}-{stem}-{limit or 'all'}"
        if not (self.dir / READY_MARK).exists():
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir.mkdir(parents=True)
            started = time.perf_counter()
            self._build(iter_docs(Path(corpus), limit))
            (self.dir / READY_MARK).write_text(f"{time.perf_counter() - started:.1f} s\n")
        self._open()

    def _build(self, docs: Iterator[tuple[str, str, str]]) -> None:
        raise NotImplementedError

    def _open(self) -> None:
        raise NotImplementedError

    def search(self, query: str, k: int = 10) -> list[str]:
        """Return the ids of the ``k`` best documents for ``query``, best first."""
        raise NotImplementedError


class WhooshBaseline(Baseline):
    """Plain Whoosh with its defaults."""

    name = "whoosh"

    def _build(self, docs: Iterator[tuple[str, str, str]]) -> None:
        schema = Schema(id=ID(stored=True, unique=True), title=TEXT, body=TEXT)
        ix = whoosh_index.create_in(self.dir, schema)
        with ix.writer(limitmb=512) as writer:
            for doc_id, title, body in docs:
                writer.add_document(id=doc_id, title=title, body=body)

    def _open(self) -> None:
        self._ix = whoosh_index.open_dir(self.dir)
        self._searcher = self._ix.searcher()
        self._parser = MultifieldParser(["title", "body"], self._ix.schema)

    def search(self, query: str, k: int = 10) -> list[str]:
        hits = self._searcher.search(self._parser.parse(query), limit=k)
        return [hit["id"] for hit in hits]


class Fts5Baseline(Baseline):
    """SQLite FTS5 with diacritics removed by the tokenizer."""

    name = "fts5"

    def _build(self, docs: Iterator[tuple[str, str, str]]) -> None:
        with sqlite3.connect(self.dir / "fts5.sqlite") as db:
            db.execute(
                "CREATE VIRTUAL TABLE docs USING fts5("
                "id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
            )
            db.executemany("INSERT INTO docs VALUES (?, ?, ?)", docs)
        db.close()

    def _open(self) -> None:
        self._db = sqlite3.connect(self.dir / "fts5.sqlite", check_same_thread=False)

    @staticmethod
    def match_expression(query: str) -> str:
        """Every word of ``query`` quoted (so FTS5 syntax in it is inert) and ANDed."""
        words = [word for word in query.split() if _WORD.search(word)]
        return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)

    def search(self, query: str, k: int = 10) -> list[str]:
        match = self.match_expression(query)
        if not match:
            return []
        rows = self._db.execute(
            "SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, k)
        )
        return [doc_id for (doc_id,) in rows]


BASELINES: dict[str, type[Baseline]] = {"whoosh": WhooshBaseline, "fts5": Fts5Baseline}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build the baseline indexes and try a query.")
    parser.add_argument("query", nargs="?", help="a query to run against each baseline")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--limit", type=int, default=None, help="index only the first N records")
    parser.add_argument("--engines", default=",".join(BASELINES))
    args = parser.parse_args(argv)
    for name in args.engines.split(","):
        started = time.perf_counter()
        engine = BASELINES[name](args.corpus, args.work, args.limit)
        print(f"{name}: ready in {time.perf_counter() - started:.1f} s ({engine.dir})")
        if args.query:
            print("  ", engine.search(args.query))


if __name__ == "__main__":
    main()

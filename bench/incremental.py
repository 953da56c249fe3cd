"""Incremental updates on an existing index: replace, add and delete documents.

    python -m bench.incremental --index DIR [--corpus PATH] [--count 100]

Works on a copy of the index. Times, as a user runs them (a fresh process each,
pyvi loading included): replacing ``count`` indexed articles whose text changed,
adding ``count`` new ones, and deleting ``count`` by id.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from bench import DEFAULT_CORPUS, ROOT
from search import SearchEngine


def _records(corpus: Path, count: int) -> list[dict]:
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in islice(lines, count)]


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def _timed(*arguments: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "indexer", *arguments],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bench-incremental-"))
    try:
        index = work / "index"
        shutil.copytree(args.index, index)
        before = SearchEngine(index).doc_count()
        records = _records(args.corpus, args.count)
        changed = [{**r, "body": (r["body"] or "") + "\nCập nhật."} for r in records]
        added = [{**r, "id": f"{r['id']}-copy"} for r in records]
        replace_s = _timed(
            "build", str(_write_jsonl(work / "changed.jsonl", changed)), "--index", str(index)
        )
        add_s = _timed(
            "build", str(_write_jsonl(work / "added.jsonl", added)), "--index", str(index)
        )
        delete_s = _timed("delete", *[r["id"] for r in added], "--index", str(index))
        after = SearchEngine(index).doc_count()
        print(f"index: {args.index} ({before} documents; {after} after the run)")
        print(f"replace {len(changed)} changed documents: {replace_s:.1f} s")
        print(f"add {len(added)} new documents: {add_s:.1f} s")
        print(f"delete {len(added)} documents: {delete_s:.1f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

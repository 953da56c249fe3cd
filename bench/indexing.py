"""Indexing benchmark: our indexer next to stock pyvi segmenting the same text.

    python -m bench.indexing [--corpus PATH] [--limit N] [--jobs N] [--index DIR]
                             [--check-identity]

Runs, in this order and in one run: stock pyvi (``ViTokenizer.tokenize``) over the
title, summary and body of every article in one process; optionally our segmentation
of the same texts compared word for word with it; then ``python -m indexer build``
into a fresh directory (kept when ``--index`` names it). Prints characters, seconds,
documents/s, MB/s, the ratio ours/pyvi, peak RSS of the indexer processes, index size.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import DEFAULT_CORPUS, ROOT, directory_mb
from indexer.sources import read_sources


def _texts(corpus: Path, limit: int | None) -> tuple[int, list[str]]:
    """(articles, their title, summary and body texts) as the indexer reads them."""
    articles, texts = 0, []
    for article in read_sources([str(corpus)], lambda error: None):
        if limit is not None and articles >= limit:
            break
        articles += 1
        texts.extend(t for t in (article.title, article.summary, article.body) if t)
    return articles, texts


def stock_pyvi_seconds(texts: list[str]) -> tuple[float, list[str]]:
    """Time ``ViTokenizer.tokenize`` over every text in this process (model load excluded)."""
    from pyvi import ViTokenizer

    ViTokenizer.tokenize("khởi động")
    started = time.perf_counter()
    output = [ViTokenizer.tokenize(text) for text in texts]
    return time.perf_counter() - started, output


def identity_mismatches(texts: list[str], stock: list[str]) -> int:
    """Texts whose words differ between our segmentation and stock pyvi's."""
    from search.segmentation import segment

    return sum(
        " ".join(w for w, _, _ in segment(text)).split() != words.split()
        for text, words in zip(texts, stock, strict=True)
    )


def build_seconds(corpus: Path, index: Path, limit: int | None, jobs: int) -> float:
    """Wall time of ``python -m indexer build`` into an empty directory."""
    command = [sys.executable, "-m", "indexer", "build", str(corpus), "--index", str(index)]
    command += ["--jobs", str(jobs)] + (["--limit", str(limit)] if limit else [])
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--jobs", type=int, default=2, help="indexer worker processes")
    parser.add_argument("--index", type=Path, default=None, help="keep the index here")
    parser.add_argument("--check-identity", action="store_true")
    args = parser.parse_args(argv)

    documents, texts = _texts(args.corpus, args.limit)
    chars = sum(map(len, texts))
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    pyvi_seconds, stock = stock_pyvi_seconds(texts)
    print(f"corpus: {args.corpus}, {documents} articles, {len(texts)} texts")
    print(f"text: {chars:,} characters, {megabytes:.1f} MB UTF-8")
    print(f"stock pyvi, 1 process: {pyvi_seconds:.1f} s ({chars / pyvi_seconds:,.0f} chars/s)")
    if args.check_identity:
        print(f"segmentation differing from stock pyvi: {identity_mismatches(texts, stock)} texts")
    del stock

    index = args.index or Path(tempfile.mkdtemp(prefix="bench-index-"))
    shutil.rmtree(index, ignore_errors=True)
    try:
        seconds = build_seconds(args.corpus.resolve(), index.resolve(), args.limit, args.jobs)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"our indexer, --jobs {args.jobs}: {seconds:.1f} s")
        print(f"  {documents / seconds:.1f} docs/s, {megabytes / seconds:.2f} MB/s")
        print(f"  ratio to stock pyvi: {seconds / pyvi_seconds:.2f}")
        print(f"  peak RSS (largest indexer process): {peak_mb:.0f} MB")
        print(f"  index size: {directory_mb(index):.1f} MB")
    finally:
        if args.index is None:
            shutil.rmtree(index, ignore_errors=True)


if __name__ == "__main__":
    main()

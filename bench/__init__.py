"""Benchmarks: scripts that print numbers (``python -m bench.<name> --help``)."""

from __future__ import annotations

from pathlib import Path

from eval import CORPUS_DIR

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = CORPUS_DIR / "vn-news.jsonl.gz"


def directory_mb(path: Path) -> float:
    """Size of the files in a directory, in MB."""
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1e6

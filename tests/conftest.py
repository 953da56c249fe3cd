"""Shared fixtures: real indexes built once per session with the real indexer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.build import build
from indexer.sources import read_sources
from search import SearchEngine
from web import create_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE = ROOT.parent / "shared" / "corpus" / "vn-news-sample-1k.jsonl"
SAMPLE_EVERY = 10


def _fail_on_error(error) -> None:
    raise AssertionError(f"unexpected source error: {error}")


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed-index")
    build(read_sources([str(SEEDS)], _fail_on_error), path, on_error=_fail_on_error)
    return path


@pytest.fixture(scope="session")
def sample_records() -> list[dict]:
    """Every 10th record of the shared 1k sample: dantri society and baomoi provincial news."""
    with SAMPLE.open(encoding="utf-8") as handle:
        return [json.loads(line) for i, line in enumerate(handle) if i % SAMPLE_EVERY == 0]


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory, sample_records) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.jsonl"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample_records), "utf-8"
    )
    return path


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory, sample_file) -> Path:
    """Seeds plus the sample, so tests run on real news and not only the seeds."""
    path = tmp_path_factory.mktemp("sample-index")
    sources = [str(SEEDS), str(sample_file)]
    build(read_sources(sources, _fail_on_error), path, on_error=_fail_on_error)
    return path


@pytest.fixture(scope="session")
def seed_engine(seed_index) -> SearchEngine:
    return SearchEngine(seed_index)


@pytest.fixture(scope="session")
def sample_engine(sample_index) -> SearchEngine:
    return SearchEngine(sample_index)


@pytest.fixture()
def app(sample_index):
    return create_app({"TESTING": True, "INDEX_DIR": str(sample_index)})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]

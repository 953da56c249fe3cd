"""Shared fixtures: real indexes built once per session with the real indexer."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import pytest

from eval import CORPUS_DIR
from indexer import cluster, sphinx
from indexer.build import build
from indexer.sources import read_sources
from search import SearchEngine
from search.backend import BACKENDS
from search.sphinxql import Node
from web import create_app

from .report_articles import REPORTS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE = CORPUS_DIR / "vn-news-sample-1k.jsonl"
SAMPLE_EVERY = 10


def pytest_sessionstart(session: pytest.Session) -> None:
    """Stop at once, saying why, when the shared corpus sample is not where the tests
    read it (a clone outside the project's parent folder), not with hundreds of errors."""
    if not SAMPLE.is_file():
        pytest.exit(
            f"the shared corpus sample is missing: {SAMPLE}; the tests read ../shared/corpus "
            "beside the project (set VNSEARCH_SHARED to the shared folder elsewhere)",
            returncode=4,
        )


def run_module(
    module: str, *args, cwd: Path = ROOT, timeout: float = 300, **options
) -> subprocess.CompletedProcess:
    """``python -m module args`` (from the project root), its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", module, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
        **options,
    )


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
def reports_index(tmp_path_factory) -> Path:
    """The made-up provincial reports of ``tests/report_articles.py``."""
    source = tmp_path_factory.mktemp("reports") / "reports.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in REPORTS), "utf-8")
    path = tmp_path_factory.mktemp("reports-index")
    build(read_sources([str(source)], _fail_on_error), path, on_error=_fail_on_error)
    return path


@pytest.fixture(scope="session")
def seed_engine(seed_index) -> SearchEngine:
    return SearchEngine(seed_index)


@pytest.fixture(scope="session")
def sample_engine(sample_index) -> SearchEngine:
    return SearchEngine(sample_index)


def _free_loopback_ports(count: int) -> list[int]:
    """``count`` ports P whose P + 1 is free too (a node's SphinxQL and agent ports)."""
    found: list[int] = []
    with ExitStack() as held:
        while len(found) < count:
            first = held.enter_context(socket.socket())
            first.bind(("127.0.0.1", 0))
            port = first.getsockname()[1]
            second = held.enter_context(socket.socket())
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
            found.append(port)
    return found


@pytest.fixture(scope="session")
def start_cluster(tmp_path_factory):
    """Start real searchd nodes in a temporary directory; all stopped by pid at the end."""
    directories: list[Path] = []

    def start(nodes: int) -> tuple[str, Path]:
        directory = tmp_path_factory.mktemp("sphinx-cluster")
        ports = _free_loopback_ports(nodes)
        cluster.write_config(directory, [Node("127.0.0.1", port) for port in ports])
        directories.append(directory)
        return cluster.start_nodes(directory), directory

    yield start
    for directory in directories:
        cluster.stop_nodes(directory)


@pytest.fixture(scope="session")
def sphinx_sample(start_cluster, sample_file) -> str:
    """The sample index's documents on two shards; the SPHINX_URL of the cluster."""
    url, _ = start_cluster(2)
    sources = [str(SEEDS), str(sample_file)]
    sphinx.write(read_sources(sources, _fail_on_error), url, on_error=_fail_on_error)
    return url


@pytest.fixture(params=BACKENDS)
def app(request, sample_index):
    """The app over the same documents on each backend: the API's contract is the same."""
    config = {"TESTING": True, "INDEX_DIR": str(sample_index), "SEARCH_BACKEND": request.param}
    if request.param == "sphinx":
        config["SPHINX_URL"] = request.getfixturevalue("sphinx_sample")
    app = create_app(config)
    yield app
    engine = app.extensions.get("search_engine")
    if engine is not None:
        engine.close()


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]

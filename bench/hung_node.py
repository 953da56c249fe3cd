"""SphinxQL backend with a node that hangs: seconds and statements per search on a
two-node cluster of the seeds, with no node stopped, the peer stopped (SIGSTOP: it
accepts connections and never answers), and the node we talk to stopped.

A stopped peer costs each statement its ``agent_connect_timeout``; a stopped first node
costs the search ``SEARCH_TIMEOUT`` before the next node answers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import time
from pathlib import Path

from indexer import cluster, sphinx
from indexer.sources import read_sources
from search import SearchRequest
from search.sphinx import SphinxEngine

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
QUERIES = ("tỉnh", "kim ngạch xuất khẩu", "Tiền Gang xuat khau")


def _search(url: str, query: str) -> tuple[float, int, bool]:
    """(seconds, statements sent, partial) for one search on a fresh engine."""
    sent = 0
    statement = SphinxEngine._statement

    def counted(connection, sql, args):
        nonlocal sent
        sent += 1
        return statement(connection, sql, args)

    SphinxEngine._statement = staticmethod(counted)
    try:
        started = time.perf_counter()
        with SphinxEngine(url) as engine:
            partial = engine.search(SearchRequest(query))["partial"]
        return time.perf_counter() - started, sent, partial
    finally:
        SphinxEngine._statement = staticmethod(statement)


def _measure(url: str, directory: Path, stopped: int | None, label: str) -> None:
    pid = None
    if stopped is not None:
        pid = int((directory / f"node{stopped}" / "searchd.pid").read_text())
        os.kill(pid, signal.SIGSTOP)
    try:
        for query in QUERIES:
            seconds, sent, partial = _search(url, query)
            print(f"{label:<18} {query:<24} {seconds:6.2f} s  {sent:3d} statements  {partial=}")
    finally:
        if pid is not None:
            os.kill(pid, signal.SIGCONT)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/vnsearch-hung-node"))
    parser.add_argument("--port", type=int, default=9800, help="first loopback port")
    args = parser.parse_args(argv)
    shutil.rmtree(args.work, ignore_errors=True)
    cluster.write_config(args.work, cluster.loopback_nodes(2, args.port))
    url = cluster.start_nodes(args.work)
    try:
        sphinx.write(read_sources([str(SEEDS)], print), url)
        _measure(url, args.work, None, "no node stopped")
        _measure(url, args.work, 1, "peer stopped")
        _measure(url, args.work, 0, "first node stopped")
    finally:
        cluster.stop_nodes(args.work)


if __name__ == "__main__":
    main()

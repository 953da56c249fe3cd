"""A local SphinxQL cluster: each node's sphinx.conf, and its ``searchd`` started and
stopped by the pid it writes (``python -m indexer sphinx-config`` / ``sphinx-nodes``).

Writing documents into the nodes is ``indexer.sphinx``'s job; translating queries is
``search.sphinxql``'s.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from indexer.sphinx import SphinxError, connect
from search.format.schema import FACET_FIELDS, NUMERIC_FACETS, TEXT_FIELDS, VOCABULARY
from search.sphinxql import (
    AGENT_CONNECT_MS,
    AGENT_QUERY_MS,
    CHARSET_TABLE,
    DICTIONARY,
    DISTRIBUTED,
    REFS,
    Node,
    facet_column,
    format_url,
    parse_url,
    shard_name,
    words_name,
)

URL_FILE = "cluster.url"
START_SECONDS = 30.0
PROBE_TIMEOUT = 1.0


def write_config(directory: Path, nodes: list[Node]) -> str:
    """One sphinx.conf per node under ``directory/node{k}``; returns the cluster's URL."""
    for number in range(len(nodes)):
        home = (directory / f"node{number}").resolve()
        home.mkdir(parents=True, exist_ok=True)
        (home / "sphinx.conf").write_text(node_config(nodes, number, home), "utf-8")
    url = format_url(nodes)
    (directory / URL_FILE).write_text(url + "\n", "utf-8")
    return url


def loopback_nodes(count: int, first_port: int) -> list[Node]:
    """``count`` nodes on this machine, two ports each (SphinxQL, then agent)."""
    return [Node("127.0.0.1", first_port + 2 * k) for k in range(count)]


def _homes(directory: Path) -> list[Path]:
    homes = sorted(directory.glob("node*/sphinx.conf"), key=lambda p: int(p.parent.name[4:]))
    if not homes:
        raise SphinxError(f"no node configuration under {directory}; run sphinx-config first")
    return [conf.parent for conf in homes]


def start_nodes(directory: Path) -> str:
    """Start a ``searchd`` per node configured under ``directory``; wait until all answer."""
    url = (directory / URL_FILE).read_text("utf-8").strip()
    for home in _homes(directory):
        done = subprocess.run(
            ["searchd", "--config", str(home / "sphinx.conf")], capture_output=True, text=True
        )
        if done.returncode:
            raise SphinxError(f"searchd in {home} did not start: {done.stdout}{done.stderr}")
    wait_until_answering(url)
    for home in _homes(directory):
        if _running_pid(home) is None:  # another process answered on its ports
            raise SphinxError(
                f"searchd in {home} is not running: are its ports taken by another searchd? "
                f"(see {home / 'searchd.log'})"
            )
    return url


def wait_until_answering(url: str) -> None:
    """Wait until every node greets, for ``START_SECONDS`` in all. Each try waits
    ``PROBE_TIMEOUT``: a node that accepts connections but never greets (stopped, or
    another program on its port) must not hold the start for a write's timeout."""
    deadline = time.monotonic() + START_SECONDS
    for node in parse_url(url):
        while True:
            try:
                connect(node, PROBE_TIMEOUT).close()
                break
            except SphinxError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)


def running_pids(directory: Path) -> list[int]:
    """The pids of the configured nodes' ``searchd`` processes that are alive."""
    return [pid for home in _homes(directory) if (pid := _running_pid(home)) is not None]


def _running_pid(home: Path) -> int | None:
    """The pid in the node's pid file, if that process is alive."""
    pid_file = home / "searchd.pid"
    text = pid_file.read_text().strip() if pid_file.exists() else ""
    if not text.isdigit() or not Path(f"/proc/{text}").exists():
        return None
    return int(text)


def stop_nodes(directory: Path) -> None:
    """Stop the nodes by the pids in their pid files, and wait for them to exit."""
    for home in _homes(directory):
        pid = _running_pid(home)
        if pid is None:
            continue
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            continue
        deadline = time.monotonic() + START_SECONDS
        while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.1)


def node_config(nodes: list[Node], node: int, directory: Path) -> str:
    """sphinx.conf for node ``node``: its shard, the facet dictionary, the distributed index."""
    me = nodes[node]
    shard = shard_name(node)
    fields = [*TEXT_FIELDS, *(words_name(f) for f in TEXT_FIELDS), REFS, VOCABULARY]
    facets = [
        f"  rt_attr_multi{'' if facet in NUMERIC_FACETS else '_64'} = {facet_column(facet)}"
        for facet in FACET_FIELDS
    ]
    agents = [
        f"  agent = {other.host}:{other.agent_port}:{shard_name(k)}"
        for k, other in enumerate(nodes)
        if k != node
    ]
    return "\n".join(
        [
            f"index {shard}",
            "{",
            "  type = rt",
            f"  path = {directory / shard}",
            *(f"  rt_field = {name}" for name in fields),
            "  rt_attr_string = stored",
            "  rt_attr_bigint = f_published",
            *facets,
            f"  charset_table = {CHARSET_TABLE}",
            "  min_word_len = 1",
            "  dict = keywords",
            "  rt_mem_limit = 256M",
            "}",
            "",
            f"index {DICTIONARY}",
            "{",
            "  type = rt",
            f"  path = {directory / DICTIONARY}",
            "  rt_field = unused",
            "  rt_attr_string = facet_name",
            "  rt_attr_string = label",
            "}",
            "",
            f"index {DISTRIBUTED}",
            "{",
            "  type = distributed",
            f"  local = {shard}",
            *agents,
            f"  agent_connect_timeout = {AGENT_CONNECT_MS}",
            f"  agent_query_timeout = {AGENT_QUERY_MS}",
            "}",
            "",
            "searchd",
            "{",
            f"  listen = {me.host}:{me.port}:mysql41",
            f"  listen = {me.host}:{me.agent_port}",
            f"  log = {directory / 'searchd.log'}",
            f"  pid_file = {directory / 'searchd.pid'}",
            f"  binlog_path = {directory}",
            "  max_packet_size = 64M",
            "  workers = threads",
            "}",
            "",
        ]
    )

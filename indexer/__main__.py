"""Command line: ``python -m indexer build|delete|stats|sphinx-config|sphinx-nodes``.

``build``, ``delete`` and ``stats`` work on the Whoosh index directory, or with
``--backend sphinx`` on the SphinxQL cluster at ``--sphinx-url``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from indexer import cluster, sphinx
from indexer.build import (
    IndexBusyError,
    IndexSchemaError,
    IndexSpaceError,
    build,
    delete,
)
from indexer.progress import ProgressBar
from indexer.sources import BytesRead, SourceError, read_sources, source_bytes
from indexer.workers import WorkerError
from search.backend import BACKENDS, open_backend, settings_from_environment
from search.results import IndexDamagedError

DEFAULT_INDEX = "index"
# Failures that end a run with their message and a status of their own (README).
_EXIT_STATUS = {
    IndexBusyError: 3,
    IndexSchemaError: 4,
    WorkerError: 5,
    sphinx.SphinxError: 6,
    IndexSpaceError: 7,
    IndexDamagedError: 8,
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m indexer", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="index .txt files, directories, .jsonl(.gz)")
    build_cmd.add_argument("sources", nargs="+", metavar="SOURCE")
    build_cmd.add_argument("--limit", type=int, help="stop after N records")
    build_cmd.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes for segmentation (default: one per core)",
    )
    delete_cmd = commands.add_parser("delete", help="remove documents by id")
    delete_cmd.add_argument("ids", nargs="+", metavar="ID")
    stats_cmd = commands.add_parser("stats", help="document count and facet value counts")
    stats_cmd.add_argument("--top", type=int, default=10, help="values shown per facet")
    settings = settings_from_environment()
    for command in (build_cmd, delete_cmd, stats_cmd):
        command.add_argument("--index", default=DEFAULT_INDEX, help="index directory")
        command.add_argument(
            "--backend", choices=BACKENDS, default=settings["SEARCH_BACKEND"], help="index kind"
        )
        command.add_argument(
            "--sphinx-url", default=settings["SPHINX_URL"], help="mysql://host:port[,host:port]"
        )
    config_cmd = commands.add_parser("sphinx-config", help="write sphinx.conf for N nodes")
    where = config_cmd.add_mutually_exclusive_group(required=True)
    where.add_argument("--nodes", type=int, help="N nodes on this machine (loopback)")
    where.add_argument("--hosts", help="host:port,host:port,... one node per machine")
    config_cmd.add_argument("--port", type=int, default=9306, help="first SphinxQL port")
    nodes_cmd = commands.add_parser("sphinx-nodes", help="start or stop the configured nodes")
    nodes_cmd.add_argument("action", choices=("start", "stop"))
    for command in (config_cmd, nodes_cmd):
        command.add_argument("--dir", type=Path, default=Path("cluster"), help="cluster directory")
    for command in (build_cmd, delete_cmd):
        command.add_argument(
            "--wait", type=float, default=0.0, help="seconds to wait for another indexer"
        )
    return parser


def _report(error: SourceError) -> None:
    print(f"{'skipped' if error.skipped else 'warning'}: {error}", file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    errors: list[SourceError] = []

    def on_error(error: SourceError) -> None:
        errors.append(error)
        _report(error)

    if args.limit is not None and args.limit < 1:
        print("--limit must be at least 1", file=sys.stderr)
        return 2
    position = BytesRead(total=source_bytes(args.sources))
    articles = read_sources(args.sources, on_error, position)
    with ProgressBar(position) as progress:
        options = {"limit": args.limit, "jobs": args.jobs, "on_error": on_error}
        if args.backend == "sphinx":
            target = args.sphinx_url
            stats = sphinx.write(articles, target, progress=progress, **options)
        else:
            target = args.index
            stats = build(articles, target, wait=args.wait, progress=progress, **options)
    rate = stats.seen / stats.seconds if stats.seconds else 0.0
    print(
        f"{stats.indexed} documents in {target} ({stats.added} added or replaced, "
        f"{stats.unchanged} unchanged), {sum(e.skipped for e in errors)} skipped, "
        f"{stats.seconds:.1f} s ({rate:.1f} docs/s)"
    )
    return 0 if stats.indexed else 1


def _delete(args: argparse.Namespace) -> int:
    if args.backend == "sphinx":
        missing = sphinx.delete(args.ids, args.sphinx_url)
    elif not Path(args.index).exists():
        print(f"no index at {args.index}", file=sys.stderr)
        return 1
    else:
        missing = delete(args.ids, args.index, wait=args.wait)
    for doc_id in missing:
        print(f"not in the index: {doc_id}", file=sys.stderr)
    print(f"deleted {len(args.ids) - len(missing)} documents")
    return 0 if len(missing) < len(args.ids) else 1


def _stats(args: argparse.Namespace) -> int:
    from search import IndexMissingError

    settings = {"SEARCH_BACKEND": args.backend, "INDEX_DIR": args.index}
    try:
        with open_backend(settings | {"SPHINX_URL": args.sphinx_url}) as engine:
            overview = engine.overview(top=args.top)
    except IndexMissingError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"documents: {overview['total']}")
    for facet, values in overview["facets"].items():
        print(f"{facet}: {overview['distinct'][facet]} values")
        for value in values:
            print(f"  {value['count']:>6}  {value['label']}")
    return 0


def _sphinx_config(args: argparse.Namespace) -> int:
    if args.hosts:
        try:
            nodes = sphinx.parse_url(args.hosts)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 2
    elif args.nodes < 1:
        print("--nodes must be at least 1", file=sys.stderr)
        return 2
    else:
        nodes = cluster.loopback_nodes(args.nodes, args.port)
    url = cluster.write_config(args.dir, nodes)
    print(f"{len(nodes)} node configurations in {args.dir}/node*/sphinx.conf")
    print(f"SPHINX_URL={url}")
    return 0


def _sphinx_nodes(args: argparse.Namespace) -> int:
    if args.action == "start":
        print(f"SPHINX_URL={cluster.start_nodes(args.dir)}")
    else:
        cluster.stop_nodes(args.dir)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    commands = {
        "build": _build,
        "delete": _delete,
        "stats": _stats,
        "sphinx-config": _sphinx_config,
        "sphinx-nodes": _sphinx_nodes,
    }
    try:
        return commands[args.command](args)
    except tuple(_EXIT_STATUS) as exc:
        print(exc, file=sys.stderr)
        return next(status for kind, status in _EXIT_STATUS.items() if isinstance(exc, kind))
    except OSError as exc:  # permissions, a file where the directory should be
        print(f"cannot write the index at {args.index}: {exc}", file=sys.stderr)
        return 8


if __name__ == "__main__":
    sys.exit(main())

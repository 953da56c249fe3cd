"""``python -m web``: the site on waitress, with the limits a public server needs.

    python -m web [--host 127.0.0.1] [--port 5000]

Settings from the environment (besides the app's own: INDEX_DIR, SEARCH_BACKEND,
SPHINX_URL, TRUSTED_HOSTS):

- ``THREADS`` (8): requests answered at once. Searches take turns on the engine, so
  more threads do not search faster; they keep documents, static files and feeds
  moving while a search runs.
- ``CONNECTION_LIMIT`` (1000): open connections, idle or not. waitress's default of
  100 let 110 clients trickling headers take the site down; 1,000 costs a file
  descriptor each and no thread. Past it, new connections wait in the backlog.
- ``CHANNEL_TIMEOUT`` (30): seconds a connection may stay silent before it is closed.

waitress cannot stop a client that sends one byte every few seconds: a public site
puts a reverse proxy with client timeouts in front (README, "Deployment").
"""

from __future__ import annotations

import argparse
import os
import resource

from waitress import serve

from web import create_app

MAX_REQUEST_BYTES = 64 * 1024  # a request line of 100 parameters fits many times over
_SPARE_DESCRIPTORS = 256  # index segment files, logs, the listening socket


def _setting(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    return int(raw) if raw.strip() else default


def _allow_descriptors(connections: int) -> None:
    """Raise the soft limit on open files (often 1,024) to fit the connections."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = connections + _SPARE_DESCRIPTORS
    if soft != resource.RLIM_INFINITY and soft < wanted:
        ceiling = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (ceiling, hard))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m web", description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5000)
    args = parser.parse_args(argv)
    connections = _setting("CONNECTION_LIMIT", 1000)
    _allow_descriptors(connections)
    serve(
        create_app(),
        host=args.host,
        port=args.port,
        threads=_setting("THREADS", 8),
        connection_limit=connections,
        asyncore_use_poll=True,  # select() cannot watch descriptors past 1,024
        channel_timeout=_setting("CHANNEL_TIMEOUT", 30),
        cleanup_interval=5,
        max_request_header_size=MAX_REQUEST_BYTES,
        max_request_body_size=MAX_REQUEST_BYTES,
    )


if __name__ == "__main__":
    main()

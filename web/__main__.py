"""``python -m web``: the site on waitress, one process per core, with the limits a
public server needs.

    python -m web [--host 127.0.0.1] [--port 5000]

Settings from the environment (besides the app's own: INDEX_DIR, SEARCH_BACKEND,
SPHINX_URL, TRUSTED_HOSTS):

- ``WORKERS`` (one per core): server processes sharing the listening socket. A
  process answers one search at a time (the engine lock, and the GIL behind it), so
  processes are what put every core to work. Each opens the index itself (its files
  memory-mapped, shared by the page cache) and notices new commits on its own.
- ``THREADS`` (8): requests in progress at once in each process. Searches take
  turns on the engine, so more threads do not search faster; they keep documents,
  static files and feeds moving while a search runs.
- ``CONNECTION_LIMIT`` (1000): open connections per process, idle or not.
  waitress's default of 100 let 110 clients trickling headers take the site down;
  1,000 costs a file descriptor each and no thread.
- ``CHANNEL_TIMEOUT`` (30): seconds a connection may stay silent before it is closed.

waitress reads whole requests before a thread sees them, which is why it is the
server here (a pre-fork server of synchronous workers is taken down by a few slow
clients); it cannot stop a client that sends one byte every few seconds, though: a
public site puts a reverse proxy with client timeouts in front (README,
"Deployment").
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import os
import resource
import signal
import socket
import sys
import threading
import time

from waitress import serve

from search.names import known_names
from search.syllables import preload_query_data
from web import create_app

MAX_REQUEST_BYTES = 64 * 1024  # a request line of 100 parameters fits many times over
_SPARE_DESCRIPTORS = 256  # index segment files, logs, the listening socket
# Workers that die this often are not started again: they would only die again (a
# port, an index, a setting that is wrong), and the supervisor gives up instead.
_MAX_DEATHS, _DEATH_WINDOW_SECONDS = 5, 60.0


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


def _waitress_options() -> dict:
    connections = _setting("CONNECTION_LIMIT", 1000)
    _allow_descriptors(connections)
    return {
        "threads": _setting("THREADS", 8),
        "connection_limit": connections,
        "asyncore_use_poll": True,  # select() cannot watch descriptors past 1,024
        "channel_timeout": _setting("CHANNEL_TIMEOUT", 30),
        "cleanup_interval": 5,
        "max_request_header_size": MAX_REQUEST_BYTES,
        "max_request_body_size": MAX_REQUEST_BYTES,
    }


def _worker(listener: socket.socket, parent_alive: int, options: dict) -> None:
    """One server process on the shared socket; it ends when the parent does."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)

    def end_with_parent() -> None:
        os.read(parent_alive, 1)  # end of file: every copy of the write end is closed
        os._exit(0)

    threading.Thread(target=end_with_parent, daemon=True).start()
    serve(create_app(), sockets=[listener], **options)
    os._exit(0)


class _Supervisor:
    """Starts the workers, starts a worker again when one dies, stops them all on
    SIGTERM or SIGINT."""

    def __init__(self, listener: socket.socket, workers: int, options: dict) -> None:
        self.listener, self.workers, self.options = listener, workers, options
        self.started: dict[int, float] = {}
        self.deaths: collections.deque[float] = collections.deque(maxlen=_MAX_DEATHS)
        self.stopping = False
        self._alive_read, self._alive_write = os.pipe()

    def spawn(self) -> None:
        pid = os.fork()
        if pid == 0:
            os.close(self._alive_write)
            _worker(self.listener, self._alive_read, self.options)
        self.started[pid] = time.monotonic()

    def stop(self, *_signal) -> None:
        """Ask every worker to end. One may be gone already: a signal that arrives while
        ``os.wait`` reaps a worker runs this before its pid leaves ``started`` (``pkill``
        signals the workers and the supervisor at once), and must not end the
        supervisor with a traceback before it has stopped the others."""
        self.stopping = True
        for pid in self.started:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        for _ in range(self.workers):
            self.spawn()
        while self.started:
            pid, status = os.wait()
            started = self.started.pop(pid, None)
            if self.stopping or started is None:
                continue
            now = time.monotonic()
            print(
                f"server worker {pid} ended ({status}) after {now - started:.1f} s", file=sys.stderr
            )
            self.deaths.append(now)
            if len(self.deaths) == _MAX_DEATHS and now - self.deaths[0] < _DEATH_WINDOW_SECONDS:
                print(f"{_MAX_DEATHS} workers ended within a minute; stopping", file=sys.stderr)
                self.stop()
                return 1
            self.spawn()
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m web", description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5000)
    args = parser.parse_args(argv)
    options = _waitress_options()
    workers = _setting("WORKERS", os.cpu_count() or 1)
    if workers <= 1:
        serve(create_app(), host=args.host, port=args.port, **options)
        return 0
    listener = socket.create_server((args.host, args.port), backlog=1024)
    preload_query_data()  # before forking: the workers share pyvi's pages
    known_names()
    print(f"serving on http://{args.host}:{args.port} with {workers} workers", file=sys.stderr)
    return _Supervisor(listener, workers, options).run()


if __name__ == "__main__":
    sys.exit(main())

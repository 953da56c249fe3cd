"""Slow clients against the real server: connections that trickle a request's headers
and never finish it, while one ordinary client searches.

    python -m bench.slowclients --index DIR [--slow 110] [--seconds 30] [--connection-limit N]

Each slow connection sends a request line, then one header line every 5 s (inside
the channel timeout, so waitress keeps it). Meanwhile an ordinary client sends a
search every half second. Prints how many of its searches were answered and how
fast. Run it with ``--connection-limit 100`` (waitress's default) to see the outage
that ``python -m web``'s limit of 1,000 prevents.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import statistics
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.server import serving

TRICKLE_SECONDS = 5.0
SEARCH_EVERY = 0.5


def _open_slow(base: str, count: int) -> list[socket.socket]:
    host, port = base.removeprefix("http://").split(":")
    sockets = []
    for _ in range(count):
        slow = socket.create_connection((host, int(port)), timeout=5)
        slow.sendall(f"GET /search?q=t HTTP/1.1\r\nHost: {host}\r\n".encode())
        sockets.append(slow)
    return sockets


def _trickle(sockets: list[socket.socket]) -> None:
    for number, slow in enumerate(sockets):
        with contextlib.suppress(OSError):  # closed by the server, as a timeout would
            slow.sendall(f"X-Slow-{number}: 1\r\n".encode())


def run(base: str, slow: int, seconds: float) -> tuple[int, int, list[float]]:
    """(searches answered, searches failed, milliseconds of each answered one)."""
    sockets = _open_slow(base, slow)
    answered, failed, times = 0, 0, []
    started = last_trickle = time.monotonic()
    try:
        while time.monotonic() - started < seconds:
            if time.monotonic() - last_trickle > TRICKLE_SECONDS:
                _trickle(sockets)
                last_trickle = time.monotonic()
            sent = time.perf_counter()
            try:
                with urllib.request.urlopen(
                    base + "/api/search?q=t%E1%BB%89nh", timeout=5
                ) as answer:
                    answer.read()
                answered += 1
                times.append(1000 * (time.perf_counter() - sent))
            except OSError:
                failed += 1
            time.sleep(SEARCH_EVERY)
    finally:
        for slow_socket in sockets:
            slow_socket.close()
    return answered, failed, times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--slow", type=int, default=110, help="slow connections")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--connection-limit", type=int, help="server setting (default: its own)")
    args = parser.parse_args(argv)
    settings = {"CONNECTION_LIMIT": args.connection_limit} if args.connection_limit else {}
    log = Path(tempfile.mkdtemp()) / "server.log"
    with serving(args.index, log, **settings) as (base, _process):
        answered, failed, times = run(base, args.slow, args.seconds)
    limit = args.connection_limit or "default"
    print(f"{args.slow} slow connections, connection limit {limit}, {args.seconds:.0f} s:")
    print(f"  searches answered {answered}, failed or timed out {failed}")
    if times:
        print(f"  answered in p50 {statistics.median(times):.1f} ms, max {max(times):.1f} ms")


if __name__ == "__main__":
    main()

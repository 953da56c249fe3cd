"""Start the production server (``python -m web``, waitress) on a free loopback port, for
scripts and tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int, kind: str = "VmRSS") -> float:
    """Resident memory of a process, from /proc: all of it (``VmRSS``), or its own
    (``RssAnon``) without the index files it maps, which the page cache shares."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{kind}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def worker_rss_mb(pid: int, kind: str = "VmRSS") -> list[float]:
    """Resident memory of each process that answers for the server ``pid``: its
    workers, or the server itself when it has none (``WORKERS=1``)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [rss_mb(int(child), kind) for child in children] or [rss_mb(pid, kind)]


@contextmanager
def serving(index_dir: str | Path, log_path: Path, **settings: int):
    """Yield (base_url, process) once the server answers a search; stop it afterwards.

    The server is ``python -m web``, as ``make run`` starts it; ``settings`` override
    its environment (``THREADS=4``, ``CONNECTION_LIMIT=100``).
    """
    port = free_port()
    overrides = {name: str(value) for name, value in settings.items()}
    with log_path.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "web", "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            env={**os.environ, "INDEX_DIR": str(index_dir), **overrides},
            stdout=sink,
            stderr=sink,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process, log_path)
        yield base, process
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_until_up(base: str, process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/api/search?q=a", timeout=10):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise RuntimeError(f"server did not start: {log_path.read_text()}") from None
            time.sleep(0.1)

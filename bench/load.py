"""Bounded load against the real server on 127.0.0.1: mixed searches (plain,
unaccented, phrases, filtered, sorted, paged), facet pages, documents and CSV exports.

    python -m bench.load --index index [--clients 16] [--duration 60] [--requests 10000]

Prints throughput, latency percentiles, errors and each server worker's RSS before
and after (``WORKERS`` in the environment sets how many). Stops by itself after
--duration seconds or --requests requests, whichever comes first.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from bench.server import serving, worker_rss_mb

QUERIES = [
    "tỉnh",
    "ubnd tinh",
    "kim ngạch xuất khẩu",
    "so cong thuong",
    "Hà Nội",
    "covid",
    "giáo dục",
    '"công an"',
    "du lịch -biển",
    "điện OR nước",
    "năm 2021",
    "quảng ninh",
]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def _targets(base: str) -> list[str]:
    with urllib.request.urlopen(base + "/api/search?per_page=100") as response:
        data = json.load(response)
    ids = [r["id"] for r in data["results"]] or ["none"]
    provinces = [v["value"] for v in data["facets"]["province"]] or ["Hà Nội"]
    urls = []
    for query in QUERIES:
        q = urllib.parse.quote(query)
        urls += [f"/search?q={q}", f"/api/search?q={q}", f"/api/search?q={q}&sort=date&page=2"]
        urls.append(f"/search?q={q}&province={urllib.parse.quote(random.choice(provinces))}")
        urls.append(f"/search?q={q}&more=official")  # a facet's every value
    urls += [f"/documents/{urllib.parse.quote(i)}" for i in ids[:30]]
    urls += [f"/search.csv?q={urllib.parse.quote(query)}" for query in QUERIES[:2]]
    return urls


def run(base: str, clients: int, duration: float, limit: int) -> dict:
    urls = _targets(base)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + duration

    def client(seed: int) -> None:
        rng = random.Random(seed)
        while time.monotonic() < stop_at:
            with lock:
                if len(latencies) + len(errors) >= limit:
                    return
            url = base + rng.choice(urls)
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    response.read()
                with lock:
                    latencies.append(time.perf_counter() - started)
            except (urllib.error.URLError, OSError) as exc:
                with lock:
                    errors.append(f"{url}: {exc}")

    started = time.monotonic()
    workers = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": elapsed,
        "p50_ms": 1000 * statistics.median(latencies) if latencies else 0.0,
        "p95_ms": 1000 * _percentile(latencies, 0.95),
        "p99_ms": 1000 * _percentile(latencies, 0.99),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default="index")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--requests", type=int, default=10_000)
    args = parser.parse_args()
    log = Path(tempfile.mkdtemp()) / "server.log"
    with serving(args.index, log) as (base, process):
        run(base, 2 * len(worker_rss_mb(process.pid)), 3.0, 50)
        before = worker_rss_mb(process.pid), worker_rss_mb(process.pid, "RssAnon")
        result = run(base, args.clients, args.duration, args.requests)
        after = worker_rss_mb(process.pid), worker_rss_mb(process.pid, "RssAnon")
    print(
        f"clients {args.clients}, {result['requests']} requests in {result['seconds']:.1f} s "
        f"= {result['requests'] / result['seconds']:.1f} req/s"
    )
    print(
        f"latency p50 {result['p50_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms, "
        f"p99 {result['p99_ms']:.1f} ms"
    )
    print(f"errors {len(result['errors'])}")
    for error in result["errors"][:10]:
        print(f"  {error}")
    for number, rows in enumerate(zip(*before, *after, strict=False), 1):
        rss_before, own_before, rss_after, own_after = rows
        print(
            f"worker {number} RSS before {rss_before:.1f} MB, after {rss_after:.1f} MB; "
            f"its own (not the mapped index) before {own_before:.1f} MB, after {own_after:.1f} MB"
        )


if __name__ == "__main__":
    main()

"""Schema-driven fuzzing of the JSON API against the real server on 127.0.0.1.

    python -m bench.fuzz --index index [--examples 1500]

Runs schemathesis (every check) on /api/openapi.json, then counts 5xx answers in
the server's log; both must be clean.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.server import serving

_STATUS = re.compile(r'" (\d{3}) ')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default="index")
    parser.add_argument("--examples", type=int, default=1500, help="examples per operation")
    args = parser.parse_args()
    log = Path(tempfile.mkdtemp()) / "server.log"
    with serving(args.index, log) as (base, _process):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "run",
                f"{base}/api/openapi.json",
                "--checks",
                "all",
                "--max-examples",
                str(args.examples),
            ],
            capture_output=True,
            text=True,
        )
    report = log.with_name("schemathesis.txt")
    report.write_text(result.stdout, "utf-8")
    summary = [line for line in result.stdout.splitlines() if line.strip()][-14:]
    print("\n".join(summary))
    print(f"full schemathesis report: {report}")
    errors = log.read_text().count("Traceback")
    print(f"server tracebacks: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

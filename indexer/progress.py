"""The indexer's progress bar: how much of the sources is read, the rate and the time
left, drawn by tqdm on a terminal and silent otherwise (logs, pipes, CI)."""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

from tqdm import tqdm

from indexer.build import BuildStats
from indexer.sources import BytesRead


class ProgressBar:
    """A ``Progress`` callback for ``build`` and ``sphinx.write``; the total is the
    sources' size on disk, so a ``.jsonl.gz`` is measured by its compressed bytes."""

    def __init__(self, position: BytesRead, stream: TextIO = sys.stderr) -> None:
        self.position = position
        # A terminal that reports no size (a fresh pseudo-terminal) is taken as 100 × 24;
        # tqdm would otherwise draw a bar of no width on no line.
        columns, lines = shutil.get_terminal_size((100, 24))
        self._bar = tqdm(
            total=position.total,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            desc="indexing",
            file=stream,
            disable=not stream.isatty(),
            ncols=columns,
            nrows=lines,
        )

    def __call__(self, stats: BuildStats) -> None:
        self._bar.set_postfix_str(f"{stats.seen:,} read, {stats.added:,} indexed", refresh=False)
        self._bar.update(min(self.position.done, self.position.total) - self._bar.n)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc_info) -> None:
        self._bar.close()

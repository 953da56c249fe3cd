"""Worker processes that each write their own Whoosh segment, for the parent to commit.

Whoosh's own ``MpWriter(multisegment=True)`` works the same way, but it reads each
worker's result with a one-second timeout and commits without the segment of a
worker that failed or was slow. Here a worker that fails or dies fails the run,
so the parent commits nothing and the index stays as it was.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import multiprocessing
import os
import queue
import signal
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from search.format.writer import BulkSegmentWriter

# How often a blocked process looks up whether the other side is still alive.
POLL_SECONDS = 0.5
# A write failed for want of room: the disk or a quota is full, or a file size limit.
NO_SPACE = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)

# Adds one batch of items through the writer, returning one outcome per item.
Work = Callable[[BulkSegmentWriter, list], list]
# Opens an unlocked writer of new segments (the parent holds the index's lock).
NewWriter = Callable[[], BulkSegmentWriter]


class WorkerError(RuntimeError):
    """A worker process failed or exited before finishing its segment."""


def _next_task(tasks: multiprocessing.Queue, parent: int) -> list | None:
    """The next batch, or None when the parent says stop or has died."""
    while True:
        try:
            return tasks.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if os.getppid() != parent:
                return None


def die_with_parent(parent: int) -> None:
    """On Linux, have the kernel kill this worker when the parent dies.

    Polling the parent is not enough: killed while writing a batch, the parent
    leaves half a message in the pipe, and the worker blocks reading the rest.
    """
    if sys.platform.startswith("linux"):
        set_parent_death_signal = 1  # PR_SET_PDEATHSIG, <linux/prctl.h>
        ctypes.CDLL(None).prctl(set_parent_death_signal, signal.SIGKILL)
    if os.getppid() != parent:  # died before the request took effect
        os._exit(1)


def _work_loop(new_writer: NewWriter, work: Work, parent: int, tasks, results) -> None:
    die_with_parent(parent)
    writer = new_writer()
    try:
        while (batch := _next_task(tasks, parent)) is not None:
            results.put(("batch", os.getpid(), work(writer, batch)))
        if os.getppid() != parent:  # nobody will read what is still queued
            results.cancel_join_thread()
            writer.close_unfinished()
            return
        # Only the segments are finished, not the writer: the temporary directory the
        # workers share is the parent's to remove when it commits or cancels.
        results.put(("done", os.getpid(), writer.finish()))
    except BaseException as exc:
        with contextlib.suppress(OSError):  # a full disk fails the closing writes too
            writer.close_unfinished()
        number = exc.errno if isinstance(exc, OSError) else None
        results.put(("error", os.getpid(), (number, traceback.format_exc())))


class SegmentWorkers:
    """``jobs`` forked processes, each adding the batches it receives to its own segment."""

    def __init__(self, new_writer: NewWriter, work: Work, jobs: int) -> None:
        forked = multiprocessing.get_context("fork")
        self._tasks = forked.Queue(maxsize=2 * jobs)
        self._results = forked.Queue()
        self._processes = [
            forked.Process(
                target=_work_loop,
                args=(new_writer, work, os.getpid(), self._tasks, self._results),
                daemon=True,
            )
            for _ in range(jobs)
        ]
        self._finished: set[int] = set()
        self.segments: list = []

    def run(self, batches: Iterable[list]) -> Iterator[list]:
        """Hand out every batch, yielding each one's outcomes as they come back.

        When the iterator is exhausted, ``segments`` holds the finished segments.
        """
        for process in self._processes:
            process.start()
        try:
            for batch in batches:
                yield from self._put(batch)
            for _ in self._processes:
                yield from self._put(None)
            while len(self._finished) < len(self._processes):
                yield from self._receive(POLL_SECONDS)
        finally:
            self.stop()

    def _put(self, batch: list | None) -> Iterator[list]:
        while True:
            try:
                self._tasks.put(batch, timeout=POLL_SECONDS)
                break
            except queue.Full:
                yield from self._receive(0)
        yield from self._receive(0)

    def _receive(self, timeout: float) -> Iterator[list]:
        """Outcomes that have arrived; raises if a worker failed or vanished."""
        while True:
            try:
                message = self._results.get(block=bool(timeout), timeout=timeout or None)
            except queue.Empty:
                message = self._last_words()
                if message is None:
                    return
            yield from self._handle(*message)
            timeout = 0

    def _handle(self, kind: str, pid: int, payload: Any) -> Iterator[list]:
        if kind == "error":
            number, trace = payload
            if number in NO_SPACE:  # the same failure as the parent's own writes
                raise OSError(number, f"indexing worker {pid}: {os.strerror(number)}")
            raise WorkerError(f"indexing worker {pid} failed:\n{trace}")
        if kind == "batch":
            yield payload
            return
        self._finished.add(pid)
        self.segments.extend(payload)

    def _last_words(self) -> tuple | None:
        """A message from a worker that has exited unfinished, or None if none has."""
        for process in self._processes:
            if not process.is_alive() and process.pid not in self._finished:
                try:  # its last messages may still be in the pipe
                    return self._results.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    raise WorkerError(
                        f"indexing worker {process.pid} exited with code {process.exitcode} "
                        "before finishing; nothing was committed"
                    ) from None
        return None

    def stop(self) -> None:
        """End every worker (again harmless): after a failure, before its files go."""
        for process in self._processes:
            if process.is_alive():
                process.terminate()
            process.join()
        # Batches no worker took must not hold this process up at exit, as they
        # would when a worker died holding the queue's read lock.
        self._tasks.cancel_join_thread()

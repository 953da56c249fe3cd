"""One request at a time per engine: the lock both backends' public methods hold."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def serialized(method: Callable[..., T]) -> Callable[..., T]:
    """Run under the engine's ``_lock``: neither a Whoosh searcher (shared file positions)
    nor a MySQL connection (one conversation) is safe to share between threads, and the
    GIL runs only one at a time anyway."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper

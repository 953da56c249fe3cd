"""What both backends share: one request at a time per engine (the lock their public
methods hold), closing when done, and the overview built from a search."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from search.answers import answer_for
from search.results import DEFAULT_FACET_LIMIT, SearchRequest, overview_of
from search.understand import understand

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


class BaseEngine:
    """A backend's lifecycle: usable as a context manager, and closed when dropped:
    segment files and connections are real, and an engine dropped without close() (a
    test, a one-off CLI call, an app torn down) must not leave them to the GC.
    Subclasses answer ``_search`` and ``indicator_values``, and release what they hold
    in ``close``."""

    def __init__(self) -> None:
        self._lock = threading.RLock()

    def search(self, request: SearchRequest) -> dict:
        """Ranked, faceted, paged results, what the query names (``understood``) and, on
        the first page, the answer card when it asks for an indicator's figure."""
        started = time.perf_counter()
        result = self._search(request)
        asked = understand(result["suggestion"] if result["corrected"] else request.query)
        result["understood"] = asked.as_dict()
        result["answer"] = answer_for(asked, self.indicator_values) if request.page == 1 else None
        result["took_ms"] = round((time.perf_counter() - started) * 1000, 1)
        return result

    def _search(self, request: SearchRequest) -> dict:
        raise NotImplementedError

    def indicator_values(self, request: SearchRequest, limit: int) -> dict:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    @serialized
    def overview(self, top: int | None = DEFAULT_FACET_LIMIT) -> dict:
        """Document count and facet counts over the whole index (home page, ``stats``)."""
        return overview_of(self.search(SearchRequest(per_page=1, facet_limit=None)), top)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

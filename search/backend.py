"""The backend boundary: what the web app and the CLIs need from a search engine, and
the configuration that picks one (``SEARCH_BACKEND=whoosh|sphinx``)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Protocol

from search.results import SearchRequest

BACKENDS = ("whoosh", "sphinx")
DEFAULT_SPHINX_URL = "mysql://127.0.0.1:9306"


class SearchBackend(Protocol):
    """Both ``SearchEngine`` (an embedded Whoosh index) and ``SphinxEngine`` (a SphinxQL
    cluster) answer these with the objects built in ``search.results``."""

    def search(self, request: SearchRequest) -> dict: ...

    def rows(self, request: SearchRequest, limit: int) -> list[dict]: ...

    def related(self, doc_id: str, count: int = 5) -> list[dict]: ...

    def indicator_values(self, request: SearchRequest, limit: int = ...) -> dict: ...

    def document(self, doc_id: str) -> dict | None: ...

    def overview(self, top: int | None = ...) -> dict: ...

    def doc_count(self) -> int: ...

    def close(self) -> None: ...


def settings_from_environment() -> dict[str, str]:
    return {
        "SEARCH_BACKEND": os.environ.get("SEARCH_BACKEND", "whoosh"),
        "INDEX_DIR": os.environ.get("INDEX_DIR", "index"),
        "SPHINX_URL": os.environ.get("SPHINX_URL", DEFAULT_SPHINX_URL),
    }


def open_backend(settings: Mapping[str, str]) -> SearchBackend:
    """The engine that ``settings`` name; nothing is opened until the first request."""
    backend = settings.get("SEARCH_BACKEND", "whoosh")
    if backend == "whoosh":
        from search.engine import SearchEngine

        return SearchEngine(settings["INDEX_DIR"])
    if backend == "sphinx":
        from search.sphinx import SphinxEngine

        return SphinxEngine(settings["SPHINX_URL"])
    raise ValueError(f"SEARCH_BACKEND: one of {', '.join(BACKENDS)}, not {backend!r}")

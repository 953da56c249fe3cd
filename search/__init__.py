"""Search library shared by the web app and the command line."""

from search.engine import IndexMissingError, InvalidRequest, SearchEngine, SearchRequest

__all__ = ["IndexMissingError", "InvalidRequest", "SearchEngine", "SearchRequest"]

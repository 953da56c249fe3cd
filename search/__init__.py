"""Search library shared by the web app and the command line."""

from search.engine import SearchEngine
from search.results import IndexMissingError, InvalidRequest, SearchRequest

__all__ = ["IndexMissingError", "InvalidRequest", "SearchEngine", "SearchRequest"]

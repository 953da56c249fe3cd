"""The request and the result objects every backend speaks.

Whoosh and SphinxQL find documents differently; what they return is built here, from the
same stored fields (``id``, ``title``, ``url``, ``published``, ``summary``, ``body``,
``meta``), so the API, the pages and the CLI cannot tell which backend answered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from search.format.schema import FACET_FIELDS, VIETNAM_TZ
from search.highlight import Highlighter
from search.indicators import comparable, indicator_label
from search.query import MAX_QUERY_CHARS
from search.suggest import Level

MAX_PER_PAGE = 100
MAX_RESULT_DEPTH = 10_000
MAX_PAGE = MAX_RESULT_DEPTH // MAX_PER_PAGE  # so any page with any page size stays in depth
DEFAULT_FACET_LIMIT = 20
# A filter names a few values (provinces of a region, a run of years): more is no
# reader's request, and every value costs a link on the page.
MAX_FILTER_VALUES = 20
MAX_FILTER_VALUE_CHARS = 200
SORTS = ("relevance", "date")
# The two bounds of a publication-date range, each a filter of its own.
DATE_BOUNDS = ("from", "to")
# Related articles are found from a text's distinctive words, and its opening names
# them: reading all of a 2-million-character article took 10 s.
RELATED_TEXT_CHARS = 20_000
# A found query's spelling is checked against its best matches' openings, where the
# words it holds stand (on the fresh dev typos, 4,000 characters fixed as many as
# 20,000), and each is scanned once per pair of syllables.
FOUND_TEXT_CHARS = 5_000
# A snippet is cut from the opening of a long article: scanning all of one of 2 million
# characters for the best passage costs more than the whole rest of a search.
SNIPPET_SCAN_CHARS = 50_000
# What every hit holds, strictest first; a search falls back to the next level only
# when no article holds the query at the one before.
MATCH_LEVELS = ("words", "syllables", "relaxed")


class IndexMissingError(RuntimeError):
    """No index to search: not built yet, or no search node answers."""


class IndexDamagedError(IndexMissingError):
    """The index's files cannot be read: truncated, overwritten, or not an index."""


class InvalidRequest(ValueError):
    """A request parameter is out of range; the message says which and why.

    ``code`` names the rule broken (stable: API clients branch on it, pages translate
    it), ``param`` the parameter, ``limit`` the bound.
    """

    def __init__(self, message: str, *, code: str, param: str, limit: object = None) -> None:
        super().__init__(message)
        self.code, self.param, self.limit = code, param, limit

    @classmethod
    def too_long(cls, param: str, limit: int) -> InvalidRequest:
        return cls(
            f"{param}: at most {limit} characters", code="too_long", param=param, limit=limit
        )

    @classmethod
    def out_of_range(cls, param: str, limit: int) -> InvalidRequest:
        return cls(
            f"{param}: a whole number from 1 to {limit}",
            code="out_of_range",
            param=param,
            limit=limit,
        )

    @classmethod
    def not_one_of(cls, param: str, allowed: tuple[str, ...]) -> InvalidRequest:
        return cls(
            f"{param}: one of {', '.join(allowed)}", code="not_allowed", param=param, limit=allowed
        )


@dataclass
class SearchRequest:
    query: str = ""
    filters: dict[str, list[str]] | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 10
    facet_limit: int | None = DEFAULT_FACET_LIMIT
    date_from: date | None = None
    date_to: date | None = None
    # Most archive articles (the baomoi part) carry no publication date: a date range
    # leaves them out unless the reader asks for them too.
    include_undated: bool = False
    # A query found nowhere is answered for its spelling suggestion, unless asked not to.
    as_typed: bool = False
    # The one facet whose values the caller reads (a facet's own page): only its every
    # value is counted when ``facet_limit`` is None; the others may be cut.
    only_facet: str | None = None

    def facets_in_full(self) -> tuple[str, ...]:
        """The facets whose every value is wanted: none on a results page, all for the
        overview (``facet_limit`` None), the one of a facet's own page (``only_facet``)."""
        if self.facet_limit is not None:
            return ()
        return (self.only_facet,) if self.only_facet else FACET_FIELDS

    def validate(self) -> None:
        if len(self.query) > MAX_QUERY_CHARS:
            raise InvalidRequest.too_long("q", MAX_QUERY_CHARS)
        if self.sort not in SORTS:
            raise InvalidRequest.not_one_of("sort", SORTS)
        if not 1 <= self.page <= MAX_PAGE:
            raise InvalidRequest.out_of_range("page", MAX_PAGE)
        if not 1 <= self.per_page <= MAX_PER_PAGE:
            raise InvalidRequest.out_of_range("per_page", MAX_PER_PAGE)
        for facet, values in (self.filters or {}).items():
            if facet not in FACET_FIELDS:
                raise InvalidRequest(f"unknown filter {facet!r}", code="unknown", param=facet)
            if len(values) > MAX_FILTER_VALUES:
                raise InvalidRequest(
                    f"{facet}: at most {MAX_FILTER_VALUES} values",
                    code="too_many_values",
                    param=facet,
                    limit=MAX_FILTER_VALUES,
                )
            if any(len(value) > MAX_FILTER_VALUE_CHARS for value in values):
                raise InvalidRequest.too_long(facet, MAX_FILTER_VALUE_CHARS)
            if facet == "year" and not all(_is_year(v) for v in values):
                raise InvalidRequest("year: four-digit years only", code="not_year", param=facet)

    def date_bounds(self) -> dict[str, tuple[date | None, date | None]]:
        """Each bound of the date range set, as a range of its own ("from": (first, None)),
        so that a result can say what dropping either one would give."""
        bounds = dict(zip(DATE_BOUNDS, [(self.date_from, None), (None, self.date_to)], strict=True))
        return {name: span for name, span in bounds.items() if any(span)}

    def active_filters(self) -> dict[str, list[str]]:
        """The facet filters that hold values, each value once, in the order given."""
        return {f: list(dict.fromkeys(v)) for f, v in (self.filters or {}).items() if v}


def _is_year(text: str) -> bool:
    """Four ASCII digits ("²⁰²³" passes str.isdigit but is no year)."""
    return len(text) == 4 and text.isascii() and text.isdigit()


def _label(facet: str, value: str) -> str:
    return indicator_label(value) if facet == "indicator" else value


def _facet_value(facet: str, value: str) -> str | int:
    return int(value) if facet == "year" else value


def _local_iso(stamp: datetime | None) -> str | None:
    """RFC 3339 with the Vietnam offset the stored naive time is in."""
    return stamp.replace(tzinfo=VIETNAM_TZ).isoformat() if stamp else None


def is_web_address(url: str | None) -> bool:
    """Whether ``url`` may become a link: http(s) only, never javascript: or data:.

    >>> [is_web_address(u) for u in ("https://baomoi.com/a", "javascript:alert(1)", None)]
    [True, False, False]
    """
    try:
        return bool(url) and urlsplit(url).scheme.lower() in ("http", "https")
    except ValueError:  # a malformed address ("http://[")
        return False


def found_text(fields: dict) -> str:
    """A match's title, summary and the opening of its body, a line each, for
    ``spelling.spelt_as_found``."""
    parts = (fields.get(name) or "" for name in ("title", "summary", "body"))
    return "\n".join(parts)[:FOUND_TEXT_CHARS]


def common_fields(fields: dict) -> dict:
    """What a search result and a document page both show."""
    meta = fields.get("meta") or {}
    published: datetime | None = fields.get("published")
    return {
        "id": fields["id"],
        "title": fields.get("title", ""),
        "url": fields["url"] if is_web_address(fields.get("url")) else None,
        "published": _local_iso(published),
        "provinces": meta.get("provinces", []),
        "years": meta.get("years", []),
        "officials": meta.get("officials", []),
        "indicators": meta.get("indicators", []),
    }


def search_result(
    request: SearchRequest,
    level: Level,
    *,
    total: int,
    filters: dict[str, list[str]],
    without_filter: dict[str, int],
    undated: int,
    facets: tuple[dict[str, list[dict]], dict[str, bool]],
    suggestion: str | None,
    corrected: bool,
    results: list[dict] | None = None,
    partial: bool = False,
    approximate: bool = False,
    took_ms: float | None = None,
) -> dict:
    """The answer to a search, as the API returns it and the pages render it: the one
    shape both backends build (``web/openapi.py`` describes it)."""
    values, truncated = facets
    return {
        "query": request.query,
        "total": total,
        "without_filter": without_filter,
        "undated": undated,
        "page": request.page,
        "per_page": request.per_page,
        "sort": request.sort,
        "filters": filters,
        "results": results or [],
        "nearly": [],
        "facets": values,
        "facets_truncated": truncated,
        "suggestion": suggestion,
        "corrected": corrected,
        "match": level.match,
        "words": level.parsed.words(),
        "relaxed": level.relaxed,
        "partial": partial,
        "approximate": approximate,
        "took_ms": took_ms,
    }


PLACE_FACETS = ("province", "province_mentioned")


def indicator_answer(
    request: SearchRequest, filters: dict[str, list[str]], documents: list[dict], total: int
) -> dict:
    """Every reported value of the filtered indicators in ``documents`` (the first of
    the ``total`` matching ones), as ``/api/indicators`` returns them."""
    return {
        "query": request.query,
        "filters": filters,
        "documents": total,
        "truncated": total > len(documents),
        "values": indicator_rows(
            documents,
            set(filters.get("indicator", ())),
            {p for facet in PLACE_FACETS for p in filters.get(facet, ())},
        ),
    }


def export_fields(fields: dict) -> dict:
    """What an export row holds: the common fields and the indicator values reported."""
    return {
        **common_fields(fields),
        "indicator_values": indicator_values(fields),
    }


def indicator_values(fields: dict) -> list[dict]:
    """The document's reported values, each with what comparing it takes."""
    return [comparable(value) for value in (fields.get("meta") or {}).get("indicator_values", [])]


def result_entry(fields: dict, score: float | None, highlighter: Highlighter) -> dict:
    """One hit: the common fields and a snippet from the body (the summary if only it
    matches), cut from the body's first ``SNIPPET_SCAN_CHARS``."""
    text = fields.get("body", "")[:SNIPPET_SCAN_CHARS]
    matches = highlighter.matches(text) if highlighter else []
    if highlighter and not matches and fields.get("summary"):
        text = fields["summary"]
        matches = highlighter.matches(text)
    return {
        **common_fields(fields),
        "snippet": str(highlighter.snippet(text, matches=matches)),
        "score": None if score is None else round(score, 4),
    }


def nearly_entries(found: list[tuple[dict, float, str]], highlighter: Highlighter) -> list[dict]:
    """The articles holding all the words but one, (stored fields, score, the word they
    lack) each, as hits saying which word they lack."""
    return [
        result_entry(fields, score, highlighter) | {"missing": missing}
        for fields, score, missing in found
    ]


def document_entry(fields: dict) -> dict:
    """The whole stored document, as the document page and API show it."""
    meta = fields.get("meta") or {}
    return {
        **common_fields(fields),
        "summary": fields.get("summary") or None,
        "body": fields.get("body", ""),
        "provinces_mentioned": meta.get("provinces_mentioned", []),
        "provinces_2025": meta.get("provinces_2025", []),
        "official_roles": meta.get("official_roles", []),
        "indicator_values": indicator_values(fields),
    }


def indicator_rows(
    documents: Iterable[dict], wanted: set[str], places: set[str] | None = None
) -> list[dict]:
    """One row per reported value (only ``wanted`` indicators, if any), with its source
    and its provinces: its own when its sentence names one (a national report's list),
    else its article's; a value of a province outside ``places`` (the provinces filtered
    on, if any) is left out."""
    rows = []
    for fields in documents:
        common = common_fields(fields)
        for value in indicator_values(fields):
            own = value["province"]
            if (wanted and value["indicator"] not in wanted) or (
                places and own and own not in places
            ):
                continue
            rows.append(
                {
                    **value,
                    "document": common["id"],
                    "title": common["title"],
                    "url": common["url"],
                    "published": common["published"],
                    "provinces": [own] if own else common["provinces"],
                    "years": common["years"],
                }
            )
    rows.sort(key=lambda r: (r["indicator"], r.get("year") or 0, r["provinces"]))
    return rows


def facet_list(
    facet: str, counts: Counter, selected: set[str], limit: int | None
) -> tuple[list[dict], bool]:
    """Values by count, cut at ``limit`` but never dropping a selected one."""
    for value in selected:
        counts.setdefault(value, 0)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], _label(facet, kv[0])))
    shown = [kv for kv in ordered if kv[1] > 0 or kv[0] in selected]
    truncated = limit is not None and len(shown) > limit
    if truncated:
        shown = shown[:limit] + [kv for kv in shown[limit:] if kv[0] in selected]
    values = [
        {
            "value": _facet_value(facet, value),
            "label": _label(facet, value),
            "count": count,
            "selected": value in selected,
        }
        for value, count in shown
    ]
    return values, truncated


def overview_of(result: dict, top: int | None) -> dict:
    """The home page's numbers from an unfiltered search with every facet value listed."""
    return {
        "total": result["total"],
        "distinct": {f: len(values) for f, values in result["facets"].items()},
        "facets": {f: values[:top] for f, values in result["facets"].items()},
    }

"""Request arguments -> search request -> the one result object API and page both render."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from search import InvalidRequest, SearchRequest
from search.collation import vietnamese_key
from search.format.schema import FACET_FIELDS
from search.indicators import indicator_label
from search.query import MAX_QUERY_CHARS
from search.results import DATE_BOUNDS
from search.tones import fold
from web import get_engine
from web.labels import KIND_LABELS, MEASURE_LABELS

FACET_LIMIT = 10
# Every link on a results page repeats the request, so its size bounds the page's.
MAX_PARAMETERS = 100
PAGE_LINKS = 9
# A facet's own page lists every value, a page of them at a time, in either order.
FACET_PAGE_SIZE = 100
FACET_ORDERS = ("count", "name")
FACET_PAGE_PARAMETERS = ("order", "contains", "page")
UNDATED_INCLUDE = "include"


def _int_arg(args: MultiDict, name: str, default: int) -> int:
    raw = args.get(name, "").strip()
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 7:
        raise InvalidRequest(
            f"{name}: expected a whole number, got {raw[:40]!r}", code="not_number", param=name
        )
    return int(raw)


def _date_arg(args: MultiDict, name: str) -> date | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise InvalidRequest(
            f"{name}: expected a date as YYYY-MM-DD, got {raw[:40]!r}", code="not_date", param=name
        ) from None


def _undated_arg(args: MultiDict) -> bool:
    raw = args.get("undated", "").strip()
    if raw not in ("", UNDATED_INCLUDE):
        raise InvalidRequest(
            f"undated: '{UNDATED_INCLUDE}' or nothing", code="not_allowed", param="undated"
        )
    return raw == UNDATED_INCLUDE


def request_from_args(args: MultiDict, default_per_page: int = 10) -> SearchRequest:
    """Read and check the query-string parameters every search endpoint accepts."""
    if len(args) > MAX_PARAMETERS or sum(1 for _ in args.items(multi=True)) > MAX_PARAMETERS:
        raise InvalidRequest(
            f"at most {MAX_PARAMETERS} parameters",
            code="too_many_parameters",
            param="*",
            limit=MAX_PARAMETERS,
        )
    query = args.get("q", "")
    return SearchRequest(
        # The length limit applies to q as sent (as the OpenAPI description says).
        query=query if len(query) > MAX_QUERY_CHARS else query.strip(),
        filters={f: [v for v in args.getlist(f) if v.strip()] for f in FACET_FIELDS},
        sort=args.get("sort", "relevance") or "relevance",
        page=_int_arg(args, "page", 1),
        per_page=_int_arg(args, "per_page", default_per_page),
        facet_limit=FACET_LIMIT,
        date_from=_date_arg(args, "from"),
        date_to=_date_arg(args, "to"),
        include_undated=_undated_arg(args),
        as_typed=args.get("as_typed", "") == "1",
    )


def query_string(args: MultiDict, **changes: str | list[str] | None) -> str:
    """``?…`` for the same search with some parameters replaced (None removes them)."""
    pairs = [(k, v) for k, v in args.items(multi=True) if k not in changes and k != "page"]
    for key, value in changes.items():
        values = value if isinstance(value, list) else [value] if value is not None else []
        pairs.extend((key, v) for v in values)
    return "?" + urlencode(pairs)


def same_search(args: MultiDict) -> str:
    """``?…`` repeating every parameter, page included: the way back to these results."""
    return "?" + urlencode(list(args.items(multi=True))) if args else ""


def _toggle(args: MultiDict, facet: str, value: str) -> str:
    current = args.getlist(facet)
    values = [v for v in current if v != value] if value in current else [*current, value]
    return query_string(args, **{facet: values})


def search_view(args: MultiDict, default_per_page: int = 10) -> dict:
    """Search and decorate the result with the links a page needs (toggle, paging)."""
    request = request_from_args(args, default_per_page)
    result = get_engine().search(request)
    for facet, values in result["facets"].items():
        for value in values:
            value["toggle_url"] = _toggle(args, facet, str(value["value"]))
    relaxed = result["without_filter"]
    result["active_filters"] = [
        {
            "facet": facet,
            "value": value,
            "remove_url": _toggle(args, facet, value),
            "total_without": relaxed[facet] if len(values) == 1 else None,
        }
        for facet, values in result["filters"].items()
        for value in values
    ] + [
        {
            "facet": bound,
            "value": str(value),
            "remove_url": query_string(args, **{bound: None}),
            "total_without": relaxed[bound],
        }
        for bound, value in zip(DATE_BOUNDS, (request.date_from, request.date_to), strict=True)
        if value
    ]
    if request.include_undated:
        result["active_filters"].append(
            {
                "facet": "undated",
                "value": UNDATED_INCLUDE,
                "remove_url": query_string(args, undated=None),
                "total_without": None,
            }
        )
    result["include_undated_url"] = (
        query_string(args, undated=UNDATED_INCLUDE) if result["undated"] else None
    )
    result["pages"] = _pages(args, result)
    result["understood_parts"] = _understood_parts(args, result["understood"])
    return result


def _understood_parts(args: MultiDict, understood: dict) -> list[dict]:
    """What a question was read as ("xuất khẩu lao động Nghệ An" is none), each part
    with the link that makes it a filter (a measure, a period or a kind of figure is no
    facet: shown, not linked)."""
    if not understood["question"]:
        return []
    return [
        {"label": str(label), "url": _with(args, facet, str(value)) if facet else None}
        for facet, value, label in (
            ("indicator", understood["indicator"], indicator_label(understood["indicator"])),
            (None, understood["unit"], MEASURE_LABELS.get(understood["unit"] or "")),
            ("province", understood["province"], understood["province"]),
            (None, understood["period"], understood["period"]),
            ("year", understood["year"], understood["year"]),
            (None, understood["kind"], KIND_LABELS.get(understood["kind"] or "")),
        )
        if value and label
    ]


def _with(args: MultiDict, facet: str, value: str) -> str:
    """The same search with one more filter value (kept once)."""
    current = args.getlist(facet)
    return query_string(args, **{facet: current if value in current else [*current, value]})


def _pages(args: MultiDict, result: dict) -> dict:
    last = max(1, -(-result["total"] // result["per_page"]))
    page = result["page"]
    first_link = max(1, min(page - PAGE_LINKS // 2, last - PAGE_LINKS + 1))
    numbers = range(first_link, min(last, first_link + PAGE_LINKS - 1) + 1)

    def link(number: int) -> str:
        return query_string(args, page=str(number)) if number > 1 else query_string(args)

    return {
        "current": page,
        "last": last,
        "links": [{"number": n, "url": link(n), "current": n == page} for n in numbers],
        "previous": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page < last else None,
    }


def facet_view(args: MultiDict, facet: str) -> dict:
    """Every value of one facet with its count for the search in ``args``, filtered by
    ``contains`` (accent-insensitive), in ``order`` (by count or by Vietnamese name),
    a page at a time; each value's ``toggle_url`` applies it to the search."""
    search_args = MultiDict(
        [(k, v) for k, v in args.items(multi=True) if k not in FACET_PAGE_PARAMETERS]
    )
    request = request_from_args(search_args, default_per_page=1)
    request.facet_limit = None
    request.only_facet = facet
    order = args.get("order", "count") or "count"
    if order not in FACET_ORDERS:
        raise InvalidRequest.not_one_of("order", FACET_ORDERS)
    contains = args.get("contains", "").strip()
    if len(contains) > MAX_QUERY_CHARS:
        raise InvalidRequest.too_long("contains", MAX_QUERY_CHARS)
    result = get_engine().search(request)
    wanted = fold(contains.lower())
    values = [v for v in result["facets"][facet] if wanted in fold(v["label"].lower())]
    if order == "name":
        values.sort(key=lambda v: vietnamese_key(v["label"]))
    else:
        values.sort(key=lambda v: (-v["count"], vietnamese_key(v["label"])))
    page = _int_arg(args, "page", 1)
    last = max(1, -(-len(values) // FACET_PAGE_SIZE))
    if not 1 <= page <= last:
        raise InvalidRequest.out_of_range("page", last)
    shown = values[(page - 1) * FACET_PAGE_SIZE : page * FACET_PAGE_SIZE]
    for value in shown:
        value["toggle_url"] = _toggle(search_args, facet, str(value["value"]))
    return {
        "facet": facet,
        "query": request.query,
        "filters": result["filters"],
        "total": result["total"],
        "order": order,
        "contains": contains,
        "values_total": len(values),
        "page": page,
        "per_page": FACET_PAGE_SIZE,
        "values": shown,
        "search_url": query_string(search_args),
        "previous_url": query_string(args, page=str(page - 1)) if page > 1 else None,
        "next_url": query_string(args, page=str(page + 1)) if page < last else None,
    }

"""OpenAPI 3 description of the JSON API, kept next to the routes it describes.

It is the contract: every object lists all its fields, each one always present, and no
other (``additionalProperties: false``); ``tests/test_api.py`` validates real answers of
every endpoint against it on both backends.
"""

from __future__ import annotations

from search.format.schema import FACET_FIELDS
from search.indicators import INDICATORS
from search.nearly import NEARLY_FEW, NEARLY_RESULTS
from search.query import MAX_QUERY_CHARS
from search.results import (
    DATE_BOUNDS,
    MATCH_LEVELS,
    MAX_FILTER_VALUE_CHARS,
    MAX_FILTER_VALUES,
    MAX_PAGE,
    MAX_PER_PAGE,
    SORTS,
)
from web.view import FACET_ORDERS, UNDATED_INCLUDE

# An ISO date, or empty (an HTML form's unset date input). ``format: date`` rather than
# a pattern: no pattern can exclude calendar-impossible days such as 2023-02-31.
DATE_SCHEMA = {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "enum": [""]}]}
KINDS = ["actual", "estimate", "target"]


def _object(properties: dict, description: str = "", optional: tuple = ()) -> dict:
    """A closed object: these fields, all present but ``optional``, nothing else."""
    schema = {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }
    return {**schema, "description": description} if description else schema


def _nullable(schema: dict, description: str = "") -> dict:
    described = {**schema, "description": description} if description else schema
    return {**described, "nullable": True}


def _string(description: str = "") -> dict:
    return {"type": "string", "description": description} if description else {"type": "string"}


def _strings(description: str) -> dict:
    return {"type": "array", "items": {"type": "string"}, "description": description}


def _integer(description: str = "") -> dict:
    return {"type": "integer", "description": description} if description else {"type": "integer"}


def _facet_map(values: dict, names: tuple = FACET_FIELDS, description: str = "") -> dict:
    """An object keyed by facet (or filter) name, each key optional."""
    return _object(dict.fromkeys(names, values), description, optional=names)


_URL = _string("query string ('?…') of a page or API call; prefix with the path")
_INDICATOR_ID = {"type": "string", "enum": list(INDICATORS)}
_FACET_VALUE = _object(
    {
        "value": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
        "label": _string("how pages show the value (an indicator's name for its id)"),
        "count": _integer("matching articles holding the value"),
        "selected": {"type": "boolean"},
        "toggle_url": _string("query string of the same search with this value added or removed"),
    }
)
_COMMON = {
    "id": _string(),
    "title": _string(),
    "url": _nullable(_string("the article at its source (http or https only)")),
    "published": _nullable({"type": "string", "format": "date-time"}, "null: no date given"),
    "provinces": _strings("provinces the article is about"),
    "years": {
        "type": "array",
        "items": {"type": "integer"},
        "description": "years the article reports on",
    },
    "officials": _strings("officials named with a public-office title"),
    "indicators": {
        "type": "array",
        "items": _INDICATOR_ID,
        "description": "ids of the indicators reported with a figure",
    },
}
_HIT = {
    **_COMMON,
    "snippet": _string("HTML; the query's words wrapped in <mark>"),
    "score": _nullable({"type": "number"}, "relevance; null when sorted by date"),
}
_RESULT = _object(_HIT)
_NEARLY = _object({**_HIT, "missing": _string("the query word the article lacks")})
_VALUE_FIELDS = {
    "indicator": _INDICATOR_ID,
    "label": _string("the indicator's name"),
    "value": _nullable({"type": "number"}, "the figure as written, in unit"),
    "unit": _nullable(_string("as written: tỷ đồng, triệu USD, %, lượt khách, …")),
    "change_pct": _nullable({"type": "number"}, "change against the comparison period, %"),
    "year": _nullable(_integer("the period's year, when the sentence names it")),
    "kind": {"type": "string", "enum": KINDS, "description": "actual, estimate or plan (target)"},
    "text": _string("the sentence the figure was read from"),
    "value_normalised": _nullable(
        {"type": "number"},
        "the amount in unit_normalised, to compare values written in other scales",
    ),
    "unit_normalised": _nullable(
        _string("the indicator's canonical unit: tỷ đồng, triệu USD, %, lượt khách, MW, …")
    ),
    "period": _nullable(_string("the period the figure covers as written: 6 tháng, quý I, …")),
    "country": {
        "type": "boolean",
        "description": "the figure is the country's: its sentence names Việt Nam or the whole "
        "country and no local authority (answers no province's question)",
    },
    "company": {
        "type": "boolean",
        "description": "the figure is a company's: its sentence names a company, group or "
        "carrier, or a fiscal year, and no local authority or province (answers no "
        "province's question)",
    },
    "sub_province": {
        "type": "boolean",
        "description": "the figure is a part of the province's: its clause names a district, "
        "town, commune, village or resort after the province (answers no province's question)",
    },
    "international": {
        "type": "boolean",
        "description": "the figure counts visitors from abroad only ('khách quốc tế'): no "
        "answer to a question of all visitors",
    },
    "province": _nullable(
        _string(
            "the province the figure's sentence gives it (a national report's list); "
            "null: the article's"
        )
    ),
    "product": _nullable(
        _string(
            "the product group or market a trade figure is of ('rau quả', 'Nga'), or "
            "'khách nội địa' for a count of visitors from home only, kept where the title "
            "names it (answers no question of all the province's trade or visitors); "
            "null: all trade or visitors"
        )
    ),
    "measure": {
        "type": "string",
        "enum": ["amount", "rate", "change"],
        "description": "amount; rate (the indicator is a percentage); change (a level "
        "indicator reported only by its change, in %)",
    },
}
_SOURCE = _object(
    {
        "id": _string(),
        "title": _string(),
        "url": _nullable(_string("the article at its source")),
        "published": _nullable({"type": "string", "format": "date-time"}),
    }
)
_FIGURE = {
    "value": _nullable({"type": "number"}, "the figure as written, in unit"),
    "unit": _nullable(_string("as written")),
    "value_normalised": {"type": "number", "description": "the figure in unit_normalised"},
    "unit_normalised": _string("the indicator's canonical unit"),
    "change_pct": _nullable({"type": "number"}, "change against the comparison period, %"),
    "kind": {"type": "string", "enum": KINDS, "description": "actual, estimate or plan (target)"},
    "text": _string("the sentence the figure was read from"),
    "source": _SOURCE,
}
_UNDERSTOOD = _object(
    {
        "indicator": _nullable({**_INDICATOR_ID, "enum": [*INDICATORS, None]}),
        "province": _nullable(_string()),
        "year": _nullable(_integer()),
        "period": _nullable(_string("6 tháng, quý I, tháng 5, năm (a whole year)")),
        "kind": _nullable(
            {"type": "string", "enum": [*KINDS, None]},
            "a plan (mục tiêu, dự toán) or estimate (ước)",
        ),
        "unit": _nullable(
            _string(),
            "the canonical unit of the measure asked, where an indicator has several "
            "(doanh thu du lịch: tỷ đồng; khách du lịch: lượt khách; khách quốc tế: lượt "
            "khách quốc tế, visitors from abroad only)",
        ),
        "question": {
            "type": "boolean",
            "description": "the query asks for an indicator in a province and nothing more",
        },
    },
    "what the query names: an indicator, a province, a year and a period (null: not named)",
)
_ANSWER = _nullable(
    _object(
        {
            "indicator": _INDICATOR_ID,
            "label": _string("the indicator's name"),
            "province": _string(),
            "period": _nullable(
                _string("the period the figure covers; năm: the whole year; null: not named")
            ),
            "year": _integer(),
            **_FIGURE,
            "other_sources": {
                "type": "array",
                "items": _SOURCE,
                "description": "other articles reporting the same figure",
            },
            "conflicts": {
                "type": "array",
                "items": _object(_FIGURE),
                "description": "different figures reported for the same period and kind",
            },
            "series": _nullable(
                {"type": "array", "items": _object({"year": _integer(), **_FIGURE})},
                "without a year in the query: the whole-year figure of each year (two or more)",
            ),
        }
    ),
    "the figure the query asks for, when it names an indicator and a province and the "
    "articles report it (first page only); null otherwise",
)
_DOCUMENT = _object(
    {
        **_COMMON,
        "summary": _nullable(_string("the lead, when the source gave one")),
        "body": _string(),
        "provinces_mentioned": _strings("every province the article names"),
        "provinces_2025": _strings("the provinces after the July 2025 merger"),
        "official_roles": {
            "type": "array",
            "items": _object({"name": _string(), "role": _nullable(_string())}),
        },
        "indicator_values": {"type": "array", "items": _object(_VALUE_FIELDS)},
    }
)
_FILTERS = _facet_map(
    {"type": "array", "items": _string()}, description="the facet filters applied, by facet"
)
_SEARCH = _object(
    {
        "query": _string("the query as received"),
        "total": _integer("matching articles"),
        "without_filter": _facet_map(
            _integer(),
            (*FACET_FIELDS, *DATE_BOUNDS),
            "for each filter applied (a facet, or a date bound), the total without it",
        ),
        "undated": _integer(
            "matches the date range left out for having no publication date (0 without a "
            f"range, or with undated={UNDATED_INCLUDE})"
        ),
        "page": _integer(),
        "per_page": _integer(),
        "sort": {"type": "string", "enum": list(SORTS)},
        "filters": _FILTERS,
        "results": {"type": "array", "items": _RESULT},
        "nearly": {
            "type": "array",
            "items": _NEARLY,
            "description": (
                f"on the first page of a search by relevance whose words at most {NEARLY_FEW} "
                f"articles hold: up to {NEARLY_RESULTS} more holding all of them but one, "
                "best first (not counted in total nor in the facets); empty otherwise"
            ),
        },
        "facets": _object(
            {f: {"type": "array", "items": _FACET_VALUE} for f in FACET_FIELDS},
            "the commonest values of each facet for the matches, selected ones always shown",
        ),
        "facets_truncated": _object(
            {f: {"type": "boolean"} for f in FACET_FIELDS},
            "whether a facet has more values than listed (GET /api/facets/{name} lists all)",
        ),
        "suggestion": _nullable(
            _string("the query as the corpus writes it (typos and accents mended), if different")
        ),
        "corrected": {
            "type": "boolean",
            "description": (
                "true when the query as typed is found nowhere and the results are those of "
                "suggestion instead (as_typed=1 asks for the query as typed)"
            ),
        },
        "match": {
            "type": "string",
            "enum": list(MATCH_LEVELS),
            "description": (
                "what every hit holds: each query word as a word, its syllables adjacent in "
                "one field (words); when no article does, each syllable anywhere (syllables); "
                "when none does either, the words less the rarest one, named in relaxed"
            ),
        },
        "words": _strings("the required words the query was read as (alternatives joined by OR)"),
        "relaxed": _nullable(
            _object({"dropped": _string("the word left out")}),
            "set when no article holds every word: the results lack one",
        ),
        "partial": {
            "type": "boolean",
            "description": (
                "a search node did not answer or ran out of time: the results lack its share"
            ),
        },
        "approximate": {
            "type": "boolean",
            "description": (
                "checking the order of words in long quoted phrases ran out of its time "
                "budget: those phrases matched articles holding each adjacent pair"
            ),
        },
        "took_ms": {"type": "number"},
        "understood": _UNDERSTOOD,
        "understood_parts": {
            "type": "array",
            "items": _object(
                {
                    "label": _string("as the page shows it"),
                    "url": _nullable(_URL, "the same search filtered by it; null: a period"),
                }
            ),
            "description": "what the query was read as, when it names an indicator",
        },
        "answer": _ANSWER,
        "active_filters": {
            "type": "array",
            "items": _object(
                {
                    "facet": _string("a facet, from, to or undated"),
                    "value": _string(),
                    "remove_url": _URL,
                    "total_without": _nullable(_integer("matches without this filter")),
                }
            ),
        },
        "include_undated_url": _nullable(_URL, "the same search including the undated matches"),
        "pages": _object(
            {
                "current": _integer(),
                "last": _integer(),
                "links": {
                    "type": "array",
                    "items": _object(
                        {"number": _integer(), "url": _URL, "current": {"type": "boolean"}}
                    ),
                },
                "previous": _nullable(_URL),
                "next": _nullable(_URL),
            }
        ),
    }
)
_FACET_PAGE = _object(
    {
        "facet": {"type": "string", "enum": list(FACET_FIELDS)},
        "query": _string(),
        "filters": _FILTERS,
        "total": _integer("matching articles"),
        "order": {"type": "string", "enum": list(FACET_ORDERS)},
        "contains": _string(),
        "values_total": _integer("values holding contains"),
        "page": _integer(),
        "per_page": _integer(),
        "values": {"type": "array", "items": _FACET_VALUE},
        "search_url": _URL,
        "previous_url": _nullable(_URL),
        "next_url": _nullable(_URL),
    }
)
_INDICATOR_ROWS = _object(
    {
        "query": _string(),
        "filters": _FILTERS,
        "documents": _integer("matching articles"),
        "truncated": {"type": "boolean", "description": "more articles than were read"},
        "values": {
            "type": "array",
            "items": _object(
                {
                    **_VALUE_FIELDS,
                    "document": _string("the source article's id"),
                    "title": _string(),
                    "url": _COMMON["url"],
                    "published": _COMMON["published"],
                    "provinces": _COMMON["provinces"],
                    "years": _COMMON["years"],
                }
            ),
        },
    }
)
_ERROR = _object(
    {
        "error": _object(
            {
                "status": _integer(),
                "code": _string(
                    "stable name of what went wrong: too_long, not_allowed, out_of_range, "
                    "unknown, too_many_values, not_year, not_number, not_date, "
                    "too_many_parameters, not_found, method_not_allowed, too_large, "
                    "index_missing, index_damaged, untrusted_host, internal"
                ),
                "param": _string("the rejected parameter (400)"),
                "message": _string("in English, for developers"),
            },
            optional=("param",),
        )
    }
)


def _query(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "schema": schema, "description": description}


def _filter_parameters() -> list[dict]:
    year = {"type": "string", "pattern": "^[0-9]{4}$"}
    text = {"type": "string", "maxLength": MAX_FILTER_VALUE_CHARS}
    facets = [
        {
            **_query(
                facet,
                {
                    "type": "array",
                    "items": year
                    if facet == "year"
                    else _INDICATOR_ID
                    if facet == "indicator"
                    else text,
                    "maxItems": MAX_FILTER_VALUES,
                },
                f"Filter by {facet}; repeat for OR within the facet.",
            ),
            "style": "form",
            "explode": True,
        }
        for facet in FACET_FIELDS
    ]
    return [
        _query(
            "q",
            {"type": "string", "maxLength": MAX_QUERY_CHARS},
            'Words, "phrases", -exclusions, OR; with or without diacritics.',
        ),
        *facets,
        *[
            _query(bound, DATE_SCHEMA, f"Published {bound} this day (inclusive).")
            for bound in DATE_BOUNDS
        ],
        _query(
            "as_typed",
            {"type": "string", "enum": ["1", ""]},
            "1: search the query as typed even when it is found nowhere and a suggestion is.",
        ),
        _query(
            "undated",
            {"type": "string", "enum": [UNDATED_INCLUDE, ""]},
            "With a date range: include the articles that carry no publication date.",
        ),
    ]


def _responses(schema: dict, description: str, *errors: int) -> dict:
    answers = {"200": _json(schema, description)}
    answers.update({str(status): _json(_ERROR, "the error") for status in (400, *errors)})
    return answers


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi_document() -> dict:
    filters = _filter_parameters()
    paging = [
        _query("page", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}, "1 by default"),
        _query(
            "per_page", {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE}, "10 by default"
        ),
    ]
    sort = _query("sort", {"type": "string", "enum": [*SORTS, ""]}, "relevance by default")
    name = {
        "name": "name",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "enum": list(FACET_FIELDS)},
    }
    doc_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    facet_page = [
        _query("order", {"type": "string", "enum": list(FACET_ORDERS)}, "count by default"),
        _query("contains", {"type": "string", "maxLength": MAX_QUERY_CHARS}, "accents optional"),
        _query("page", {"type": "integer", "minimum": 1}, "a page of values"),
    ]
    return {
        "openapi": "3.0.3",
        "info": {"title": "Vietnamese government news search", "version": "1.1.0"},
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Ranked, faceted search",
                    "parameters": [*filters, sort, *paging],
                    "responses": _responses(_SEARCH, "results"),
                }
            },
            "/api/facets/{name}": {
                "get": {
                    "summary": "Every value of one facet, with its count for a search",
                    "parameters": [name, *filters, sort, *facet_page],
                    "responses": _responses(_FACET_PAGE, "the facet's values", 404),
                }
            },
            "/api/indicators": {
                "get": {
                    "summary": "Reported indicator values across the matching documents",
                    "parameters": filters,
                    "responses": _responses(_INDICATOR_ROWS, "one row per reported value", 404),
                }
            },
            "/api/documents/{id}": {
                "get": {
                    "summary": "One article with its facets and full text",
                    "parameters": [doc_id],
                    "responses": {
                        "200": _json(_DOCUMENT, "the article"),
                        "404": _json(_ERROR, "unknown id"),
                    },
                }
            },
        },
    }

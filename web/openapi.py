"""OpenAPI 3 description of the JSON API, kept next to the routes it describes."""

from __future__ import annotations

from search.query import MAX_QUERY_CHARS
from search.results import (
    MATCH_LEVELS,
    MAX_FILTER_VALUE_CHARS,
    MAX_FILTER_VALUES,
    MAX_PAGE,
    MAX_PER_PAGE,
)
from search.schema import FACET_FIELDS

# An ISO date, or empty (an HTML form's unset date input). ``format: date`` rather than
# a pattern: no pattern can exclude calendar-impossible days such as 2023-02-31.
DATE_SCHEMA = {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "enum": [""]}]}


def _string_list(description: str) -> dict:
    return {"type": "array", "items": {"type": "string"}, "description": description}


def _facet_parameters() -> list[dict]:
    year = {"type": "string", "pattern": "^[0-9]{4}$"}
    text = {"type": "string", "maxLength": MAX_FILTER_VALUE_CHARS}
    return [
        {
            "name": facet,
            "in": "query",
            "required": False,
            "description": f"Filter by {facet}; repeat for OR within the facet.",
            "schema": {
                "type": "array",
                "items": year if facet == "year" else text,
                "maxItems": MAX_FILTER_VALUES,
            },
            "style": "form",
            "explode": True,
        }
        for facet in FACET_FIELDS
    ]


_RESULT = {
    "type": "object",
    "required": ["id", "title", "url", "published", "snippet", "score"],
    "properties": {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "url": {"type": "string", "nullable": True},
        "published": {"type": "string", "format": "date-time", "nullable": True},
        "snippet": {"type": "string", "description": "HTML; matches wrapped in <mark>"},
        "score": {"type": "number", "nullable": True},
        "provinces": _string_list("provinces the article is about"),
        "years": {"type": "array", "items": {"type": "integer"}},
        "officials": _string_list("officials named with a public-office title"),
        "indicators": _string_list("indicator ids reported with a figure"),
    },
}

_FACET_VALUE = {
    "type": "object",
    "required": ["value", "count", "selected"],
    "properties": {
        "value": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
        "label": {"type": "string"},
        "count": {"type": "integer"},
        "selected": {"type": "boolean"},
        "toggle_url": {"type": "string"},
    },
}

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message"],
            "properties": {
                "status": {"type": "integer"},
                "code": {
                    "type": "string",
                    "description": (
                        "stable name of what went wrong: too_long, not_allowed, out_of_range, "
                        "unknown, too_many_values, not_year, not_number, not_date, "
                        "too_many_parameters, not_found, method_not_allowed, too_large, "
                        "index_missing, index_damaged, untrusted_host, internal"
                    ),
                },
                "param": {"type": "string", "description": "the rejected parameter (400)"},
                "message": {"type": "string", "description": "in English, for developers"},
            },
        }
    },
}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi_document() -> dict:
    filter_parameters = [
        {
            "name": "q",
            "in": "query",
            "schema": {"type": "string", "maxLength": MAX_QUERY_CHARS},
            "description": 'Words, "phrases", -exclusions, OR; with or without diacritics.',
        },
        *_facet_parameters(),
        *[
            {
                "name": bound,
                "in": "query",
                "description": f"Published {bound} this day (inclusive).",
                "schema": DATE_SCHEMA,
            }
            for bound in ("from", "to")
        ],
    ]
    search_parameters = [
        *filter_parameters,
        {
            "name": "sort",
            "in": "query",
            "schema": {"type": "string", "enum": ["relevance", "date", ""]},
        },
        {
            "name": "page",
            "in": "query",
            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE},
        },
        {
            "name": "per_page",
            "in": "query",
            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE},
        },
    ]
    search_response = {
        "type": "object",
        "required": [
            "query",
            "total",
            "match",
            "words",
            "partial",
            "approximate",
            "page",
            "per_page",
            "results",
            "facets",
        ],
        "properties": {
            "query": {"type": "string"},
            "total": {"type": "integer"},
            "match": {
                "type": "string",
                "enum": list(MATCH_LEVELS),
                "description": (
                    "what every hit holds: each query word as a word, its syllables "
                    "adjacent in one field (words); when no article does, each syllable "
                    "anywhere (syllables); when none does either, the words less the "
                    "rarest one, named in relaxed (relaxed)"
                ),
            },
            "words": _string_list(
                "the required words the query was read as (alternatives joined by OR)"
            ),
            "partial": {
                "type": "boolean",
                "description": (
                    "true when a search node did not answer or ran out of time: the results "
                    "lack its share"
                ),
            },
            "approximate": {
                "type": "boolean",
                "description": (
                    "true when checking the order of words in long quoted phrases ran out of "
                    "its time budget: those phrases matched articles holding each adjacent "
                    "pair of their syllables"
                ),
            },
            "page": {"type": "integer"},
            "per_page": {"type": "integer"},
            "results": {"type": "array", "items": _RESULT},
            "facets": {
                "type": "object",
                "properties": {f: {"type": "array", "items": _FACET_VALUE} for f in FACET_FIELDS},
            },
        },
    }
    document = {
        "type": "object",
        "required": ["id", "title", "body"],
        "properties": {**_RESULT["properties"], "body": {"type": "string"}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Vietnamese government news search", "version": "1.0.0"},
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Ranked, faceted search",
                    "parameters": search_parameters,
                    "responses": {
                        "200": _json(search_response, "results"),
                        "400": _json(_ERROR, "bad parameters"),
                    },
                }
            },
            "/api/indicators": {
                "get": {
                    "summary": "Reported indicator values across the matching documents",
                    "parameters": filter_parameters,
                    "responses": {
                        "200": _json({"type": "object"}, "one row per reported value"),
                        "400": _json(_ERROR, "bad parameters"),
                    },
                }
            },
            "/api/documents/{id}": {
                "get": {
                    "summary": "One article with its facets and full text",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": _json(document, "the article"),
                        "404": _json(_ERROR, "unknown id"),
                    },
                }
            },
        },
    }

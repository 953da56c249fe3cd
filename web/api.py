"""JSON API: search, one facet's values, indicator values, documents, the OpenAPI description."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, request

from search.format.schema import FACET_FIELDS
from search.indicators import INDICATORS
from web import get_engine
from web.openapi import openapi_document
from web.view import facet_view, request_from_args, search_view

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search():
    return jsonify(search_view(request.args))


@bp.get("/indicators")
def indicators():
    unknown = [i for i in request.args.getlist("indicator") if i and i not in INDICATORS]
    if unknown:
        abort(404, description=f"no indicator {unknown[0][:40]!r}; one of {', '.join(INDICATORS)}")
    return jsonify(get_engine().indicator_values(request_from_args(request.args)))


@bp.get("/facets/<name>")
def facet(name: str):
    if name not in FACET_FIELDS:
        abort(404, description=f"no facet {name!r}; one of {', '.join(FACET_FIELDS)}")
    return jsonify(facet_view(request.args, name))


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    found = get_engine().document(doc_id)
    if found is None:
        abort(404, description=f"no document with id {doc_id!r}")
    return jsonify(found)


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())

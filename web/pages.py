"""Server-rendered pages: home, search results, document. No JavaScript needed."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request

from search.highlight import Highlighter
from search.indicators import INDICATORS, indicator_label
from search.query import parse
from web import get_engine
from web.view import FACET_LIMIT, query_string, search_view

bp = Blueprint("pages", __name__)

FACET_TITLES = {
    "province": "Tỉnh, thành phố",
    "year": "Năm",
    "official": "Quan chức",
    "indicator": "Chỉ tiêu kinh tế",
    "province_2025": "Tỉnh, thành (từ 7/2025)",
    "province_mentioned": "Tỉnh được nhắc đến",
}


@bp.app_context_processor
def labels() -> dict:
    return {
        "facet_titles": FACET_TITLES,
        "indicator_label": indicator_label,
        "indicators": INDICATORS,
    }


@bp.get("/")
def home():
    return render_template("home.html", overview=get_engine().overview(top=FACET_LIMIT))


@bp.get("/search")
def search():
    result = search_view(request.args)
    more = {
        facet: query_string(request.args, more=facet)
        for facet, cut in result["facets_truncated"].items()
        if cut
    }
    return render_template(
        "search.html",
        result=result,
        more_urls=more,
        sort_urls={s: query_string(request.args, sort=s) for s in ("relevance", "date")},
    )


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    found = get_engine().document(doc_id)
    if found is None:
        abort(404, description=f"Không có bài viết mã {doc_id}")
    query = request.args.get("q", "")[:500]
    highlighter = Highlighter(parse(query).highlight_terms())
    paragraphs = [highlighter.mark(p) for p in found["body"].split("\n") if p.strip()]
    return render_template("document.html", doc=found, paragraphs=paragraphs, query=query)


@bp.app_template_filter("vn_number")
def vn_number(value: float) -> str:
    """26366.0 -> "26.366", 5.1 -> "5,1": Vietnamese thousands and decimal marks."""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")

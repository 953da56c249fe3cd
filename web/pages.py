"""Server-rendered pages: home, search results, document. No JavaScript needed."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request, url_for

from search.format.schema import FACET_FIELDS
from search.highlight import Highlighter
from search.indicators import INDICATORS, indicator_label
from search.query import MAX_QUERY_CHARS, parse
from search.results import DATE_BOUNDS, SORTS
from web import get_engine
from web.charts import bar_charts, series_chart
from web.labels import FACET_TITLES, KIND_LABELS, scope_label, scoped, vn_date, vn_number
from web.view import (
    FACET_LIMIT,
    FACET_ORDERS,
    facet_view,
    query_string,
    request_from_args,
    same_search,
    search_view,
)

bp = Blueprint("pages", __name__)

FILTER_PARAMETERS = (*FACET_FIELDS, *DATE_BOUNDS, "undated")


@bp.app_context_processor
def labels() -> dict:
    return {
        "facet_titles": FACET_TITLES,
        "kind_labels": KIND_LABELS,
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
        facet: url_for("pages.facet", name=facet) + query_string(request.args)
        for facet, cut in result["facets_truncated"].items()
        if cut
    }
    this_search = query_string(request.args)
    return render_template(
        "search.html",
        result=result,
        series=series_chart(result["answer"])
        if result["answer"] and result["answer"]["series"]
        else None,
        more_urls=more,
        sort_urls={s: query_string(request.args, sort=s) for s in SORTS},
        clear_url=query_string(request.args, **dict.fromkeys(FILTER_PARAMETERS)),
        feed_url=url_for("feeds.atom") + this_search,
        csv_url=url_for("feeds.export_csv") + this_search,
        indicator_view=lambda ind: (
            url_for("pages.indicator", indicator_id=ind)
            + query_string(request.args, indicator=None)
        ),
        suggestion_url=query_string(request.args, q=result["suggestion"] or None, as_typed=None),
        as_typed_url=query_string(request.args, as_typed="1"),
        document_url=lambda doc_id: (
            url_for("pages.document", doc_id=doc_id) + same_search(request.args)
        ),
        date_from=request.args.get("from", ""),
        date_to=request.args.get("to", ""),
    )


@bp.get("/facets/<name>")
def facet(name: str):
    if name not in FACET_FIELDS:
        abort(404, description=f"Không có bộ lọc {name}")
    view = facet_view(request.args, name)
    return render_template(
        "facet.html",
        view=view,
        order_urls={o: query_string(request.args, order=o) for o in FACET_ORDERS},
    )


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    found = get_engine().document(doc_id)
    if found is None:
        abort(404, description=f"Không có bài viết mã {doc_id}")
    query = request.args.get("q", "")[:MAX_QUERY_CHARS]
    highlighter = Highlighter(parse(query).highlight_terms())
    paragraphs = [highlighter.mark(p) for p in found["body"].split("\n") if p.strip()]
    return render_template(
        "document.html",
        doc=found,
        paragraphs=paragraphs,
        query=query,
        back_url=url_for("pages.search") + same_search(request.args) if request.args else None,
        related=get_engine().related(doc_id),
    )


@bp.get("/indicators/<indicator_id>")
def indicator(indicator_id: str):
    if indicator_id not in INDICATORS:
        abort(404, description=f"Không có chỉ tiêu {indicator_id}")
    args = request.args.copy()
    args.setlist("indicator", [indicator_id])
    data = get_engine().indicator_values(request_from_args(args))
    return render_template(
        "indicator.html",
        indicator_id=indicator_id,
        data=data,
        charts=bar_charts(data["values"]),
        document_url=lambda doc_id: url_for("pages.document", doc_id=doc_id),
        search_url=url_for("pages.search") + query_string(args),
    )


bp.add_app_template_filter(vn_date, "vn_date")
bp.add_app_template_filter(vn_number, "vn_number")
bp.add_app_template_filter(scope_label, "scope_label")
bp.add_app_template_filter(scoped, "scoped")

"""Follow and take away a search: an Atom feed and a CSV export of the same results."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

from flask import Blueprint, Response, render_template, request, url_for

from search.format.schema import VIETNAM_TZ
from web import get_engine
from web.labels import indicator_value_text
from web.view import request_from_args, search_view

bp = Blueprint("feeds", __name__)

FEED_ENTRIES = 30
CSV_LIMIT = 5000
CSV_COLUMNS = (
    "id",
    "title",
    "url",
    "published",
    "provinces",
    "years",
    "officials",
    "indicators",
    "indicator_values",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/FFFF): one such character
# in a title or in the query would make the whole feed unreadable.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@bp.get("/search.atom")
def atom():
    args = request.args.copy()
    args.setdefault("sort", "date")
    args["per_page"] = str(FEED_ENTRIES)
    result = search_view(args)
    dates = [r["published"] for r in result["results"] if r["published"]]
    updated = max(dates) if dates else datetime.now(VIETNAM_TZ).isoformat(timespec="seconds")
    body = render_template(
        "feed.xml",
        result=result,
        updated=updated,
        self_url=request.url,
        page_url=_page_url(),
    )
    return Response(_NOT_XML.sub("", body), mimetype="application/atom+xml")


def _page_url() -> str:
    query = request.query_string.decode()
    return url_for("pages.search", _external=True) + (f"?{query}" if query else "")


def _cell(value) -> str:
    """One CSV cell; text that a spreadsheet would run as a formula is quoted with '."""
    text = (
        "; ".join(map(str, value))
        if isinstance(value, list)
        else ""
        if value is None
        else str(value)
    )
    return "'" + text if text.startswith(_FORMULA_START) else text


@bp.get("/search.csv")
def export_csv():
    rows = get_engine().rows(request_from_args(request.args), CSV_LIMIT)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        row["indicator_values"] = [indicator_value_text(v) for v in row["indicator_values"]]
        writer.writerow([_cell(row[column]) for column in CSV_COLUMNS])
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": 'attachment; filename="tim-kiem.csv"'},
    )

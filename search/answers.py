"""Answer cards: "xuất khẩu Tiền Giang 2023" answered with the figure, its period and
its source.

When a query asks for an indicator in a province (``search.understand``), the values
extracted from the articles about that province are read (``indicator_values``, the
data behind ``/api/indicators``), and the best one answers: the actual figure before an
estimate before a plan, for the year asked (or the newest year, with the values by year
as a series), a whole year before part of one, a total before its parts, the newest
article first. Articles that report the same figure are its other sources; a different
figure another article gives for the same period and kind is a conflict, shown beside
it. A value only of its change ("tăng 7%") answers
no amount, nor does a year's sum smaller than a part of that year (it measures something
narrower), and a query that asks anything more gets no card: a wrong card is worse
than none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

from search.indicators import TO_DATE, UNCOUNTED_PERIODS, indicator_label
from search.results import SearchRequest
from search.understand import Understood

# Articles read for one card: the newest first are enough for a province's indicator.
CARD_DOCUMENTS = 400
# Figures within this share of each other are the same figure (rounding in the text).
SAME_FIGURE = 0.01
_KIND_ORDER = {"actual": 0, "estimate": 1, "target": 2}
# A whole year answers before a part of one; a value whose sentence names no period is
# taken for the year the article reports on.
_WHOLE_YEAR = ("năm", None)
# Units of amounts that add up over a year (a capacity in MW does not).
_FLOWS = frozenset({"tỷ đồng", "triệu USD", "lượt khách", "triệu kWh"})
# Indicators whose values also hold other measures under the same words: only a value
# whose sentence names the catalogue's measure answers ("tổng mức đầu tư dự án" is one
# project's cost, not the province's "vốn đầu tư phát triển toàn xã hội").
# The measure "khách quốc tế" asks for (``search/data/indicator_queries.txt``): visitors.
FROM_ABROAD, VISITORS = "lượt khách quốc tế", "lượt khách"
_ANSWERING = {"investment": re.compile(r"toàn xã hội|đầu tư phát triển", re.IGNORECASE)}

ValuesOf = Callable[[SearchRequest, int], dict]


def card_request(understood: Understood) -> SearchRequest:
    """The articles a card reads: those naming the province (a national report lists
    provinces' figures), reporting the indicator (any year: a value's year is its own,
    its article's reporting years only stand in for it)."""
    filters = {"indicator": [understood.indicator], "province_mentioned": [understood.province]}
    return SearchRequest(query="", filters=filters, sort="date", per_page=1)


def answer_for(understood: Understood, values_of: ValuesOf) -> dict | None:
    """The card for a query, or None; ``values_of`` is a backend's ``indicator_values``."""
    if not understood.question:
        return None
    rows = values_of(card_request(understood), CARD_DOCUMENTS)["values"]
    return answer_card(understood, rows)


def answer_card(understood: Understood, rows: list[dict]) -> dict | None:
    """The card from the indicator's values in the province's articles."""
    dated = [{**row, "year": _year_of(row)} for row in rows]
    usable = [row for row in dated if _answers(row, understood)]
    usable = [row for row in usable if row["period"] != TO_DATE] or usable
    if not usable or _plans_alone(usable, understood):
        return None
    year = understood.year or _newest_year(usable)
    any_period = replace(understood, period=None)
    parts = [row for row in dated if row["year"] == year and _answers(row, any_period)]
    chosen = _without_narrower([row for row in usable if row["year"] == year], parts)
    if not chosen:
        return None
    best = min(chosen, key=_preference)
    same, conflicts = _agreeing(best, chosen)
    return {
        "indicator": understood.indicator,
        "label": indicator_label(understood.indicator),
        "province": understood.province,
        "period": best["period"],
        "year": year,
        **_figure(best),
        "other_sources": [_source(row) for row in same],
        "conflicts": [_figure(row) for row in conflicts],
        "series": None if understood.year else _series(usable, best),
    }


def _without_narrower(rows: list[dict], parts: list[dict]) -> list[dict]:
    """The year's figures but a whole year's flow smaller than a part of the same year
    (among ``parts``, whatever period was asked): money, visitors and energy add up over
    a year, so such a figure measures something narrower (a cruise port's guests beside
    the province's January visitors)."""
    largest_part: dict[str, float] = {}
    for row in parts:
        if _flow(row) and row["period"] not in _WHOLE_YEAR:
            unit = row["unit_normalised"]
            largest_part[unit] = max(largest_part.get(unit, 0.0), row["value_normalised"])
    return [
        row
        for row in rows
        if not (
            _flow(row)
            and row["period"] in _WHOLE_YEAR
            and row["value_normalised"] < largest_part.get(row["unit_normalised"], 0.0)
        )
    ]


def _flow(row: dict) -> bool:
    """A figure done or under way of an amount that adds up over time, for a period
    that is part of a year or the year itself."""
    return (
        row["measure"] == "amount"
        and row["unit_normalised"] in _FLOWS
        and row.get("kind") != "target"
        and row["period"] not in UNCOUNTED_PERIODS
    )


def _plans_alone(rows: list[dict], understood: Understood) -> bool:
    """Whether only plans answer a question that names no year and asks for no plan:
    such a plan was most often not the province's own (a firm's, the country's quoted by
    a deputy, a total over years to 2020, one area's 2030 vision: 15 of 18 judged wrong
    in the card audit), and a plan is no answer to what the province reported."""
    return (
        understood.year is None
        and understood.kind != "target"
        and all(row.get("kind") == "target" for row in rows)
    )


def _newest_year(rows: list[dict]) -> int:
    """The year a query naming none is answered for: of the figures reported (a plan only
    when there is none), the newest year with a figure for more than one month (the year,
    a quarter, months summed), else the newest: one month's figure in a later article
    does not stand for the province's year, nor a plan for a year not yet reported."""
    reported = [row for row in rows if row.get("kind") != "target"] or rows
    summed = [r["year"] for r in reported if _period_rank(r["period"]) < _period_rank("tháng")]
    return max(summed or [row["year"] for row in reported])


def _year_of(row: dict) -> int | None:
    """A value's year; one its sentence does not name is the newest its article reports
    on (most archive articles carry no date: "tăng 12% so cùng kỳ" in a 2017 report)."""
    return row["year"] or max(row["years"], default=None)


def _answers(row: dict, understood: Understood) -> bool:
    """A value that can answer: the indicator's amount or rate (not only a change), of
    the year, period, kind and measure asked ("doanh thu du lịch": an amount in đồng,
    not visitors), of the province (its own when its sentence names one: "như Thái
    Nguyên tăng 13,6%" in a national report); not a holiday's ("7 ngày Tết"), a total
    to date ("lũy kế") unless asked for (``_asked_for``), nor a span of years' ("bình
    quân giai đoạn 2011-2016", which no question reads), nor the country's or a
    company's in the province's article ("… lớn nhất tại Việt Nam", Honda's exports),
    nor one product's or market's trade ("nhập khẩu từ Nga"), nor visitors from
    abroad only ("5,2 triệu lượt khách quốc tế") unless asked for,
    nor, in an article about several provinces, one whose sentence names none of them
    (a ministry's figure in a story of compensation paid to four provinces)."""
    return (
        row["indicator"] == understood.indicator
        and row["measure"] != "change"
        and row.get("value_normalised") is not None
        and row.get("year") is not None
        and (row["period"] not in UNCOUNTED_PERIODS or _asked_for(row["period"], understood))
        and not row["country"]
        and not row["company"]
        and not row["sub_province"]
        and not row["product"]
        and understood.province in row["provinces"]
        and (row["province"] is not None or len(row["provinces"]) == 1)
        and (understood.year is None or row["year"] == understood.year)
        and (understood.period is None or row["period"] in _periods(understood.period))
        and (understood.kind is None or row.get("kind") == understood.kind)
        and _the_measure_asked(row, understood.unit)
        and _names_the_measure(row)
    )


def _asked_for(period: str, understood: Understood) -> bool:
    """Whether a period no year is made of answers: a holiday when asked for; a total
    to date when no year or period is asked (only without a year's figure, as
    ``answer_card`` keeps it: "vốn FDI Bình Định" has only "tính đến nay … 783 triệu
    USD")."""
    if period == TO_DATE:
        return understood.year is None and understood.period is None
    return period == understood.period


def _the_measure_asked(row: dict, unit: str | None) -> bool:
    """Whether a figure is of the measure asked: its canonical unit where an indicator
    has several; visitors from abroad only when asked for them ("khách quốc tế"), and
    never for all visitors or a revenue."""
    if unit == FROM_ABROAD:
        return row["international"] and row["unit_normalised"] == VISITORS
    return not row["international"] and (unit is None or row["unit_normalised"] == unit)


def _names_the_measure(row: dict) -> bool:
    pattern = _ANSWERING.get(row["indicator"])
    return pattern is None or bool(pattern.search(row.get("text") or ""))


def _periods(asked: str) -> tuple[str | None, ...]:
    return _WHOLE_YEAR if asked == "năm" else (asked,)


def _preference(row: dict) -> tuple:
    """The best answer first: a figure done or under way before a plan (a plan is asked
    by its words); then the period most surely the year's (a whole year named, then
    months or a quarter summed, then a figure naming none, then one month); of amounts
    the largest (a province's total holds its parts: "khách quốc tế" among "khách du
    lịch", one project among "vốn đầu tư"); actual before estimate; the newest article."""
    return (
        row.get("kind") == "target",
        _period_rank(row["period"]),
        -row["value_normalised"] if row["measure"] == "amount" else 0.0,
        _KIND_ORDER.get(row.get("kind"), 3),
        _negated(row.get("published") or ""),
        row["document"],
    )


def _period_rank(period: str | None) -> int:
    if period == "năm":
        return 0
    if period is None:
        return 2
    return 3 if period.startswith("tháng") else 1


def _negated(text: str) -> tuple[int, ...]:
    """A sort key that puts later ISO dates first."""
    return tuple(-ord(c) for c in text)


def _agreeing(best: dict, rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The other articles that report the same figure, and the figures other articles
    give for the same period and kind (one per value, newest article first)."""
    same, differing = [], {}
    seen = {best["document"]}
    for row in sorted(rows, key=_preference):
        if row["period"] != best["period"] or row.get("kind") != best.get("kind"):
            continue
        if _same_figure(row, best):
            if row["document"] not in seen:
                same.append(row)
                seen.add(row["document"])
        elif row["document"] != best["document"]:  # in its own: a part, another measure
            differing.setdefault(round(row["value_normalised"], 3), row)
    return same, list(differing.values())


def _same_figure(a: dict, b: dict) -> bool:
    if a["unit_normalised"] != b["unit_normalised"]:
        return False
    x, y = a["value_normalised"], b["value_normalised"]
    return abs(x - y) <= SAME_FIGURE * max(abs(x), abs(y), 1e-9)


def _series(rows: list[dict], best: dict) -> list[dict] | None:
    """The best whole-year figure of each year in the card's unit; None under two."""
    by_year: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        if row["unit_normalised"] == best["unit_normalised"] and row["period"] in _WHOLE_YEAR:
            by_year[row["year"]].append(row)
    if len(by_year) < 2:
        return None
    return [
        {"year": year, **_figure(min(by_year[year], key=_preference))} for year in sorted(by_year)
    ]


def _figure(row: dict) -> dict:
    return {
        "value": row["value"],
        "unit": row["unit"],
        "value_normalised": row["value_normalised"],
        "unit_normalised": row["unit_normalised"],
        "change_pct": row.get("change_pct"),
        "kind": row.get("kind"),
        "text": row.get("text"),
        "source": _source(row),
    }


def _source(row: dict) -> dict:
    return {
        "id": row["document"],
        "title": row["title"],
        "url": row.get("url"),
        "published": row.get("published"),
    }

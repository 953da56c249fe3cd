"""Indicator charts compare like with like: one chart per canonical unit, kinds marked."""

import pytest

from search.indicators import comparable
from web.charts import CHANGE, MARKS, MAX_BARS, UNKNOWN, bar_charts


def _value(value, unit, kind="actual", year=2017, province="Bến Tre", product=None):
    stored = {"indicator": "exports", "value": value, "unit": unit, "kind": kind, "year": year}
    stored["product"] = product
    provinces = [province] if province else []
    return {**comparable({**stored, "text": ""}), "provinces": provinces, "document": "d"}


def test_values_differing_only_in_scale_share_one_chart():
    charts = bar_charts(
        [
            _value(5.1, "tỷ USD"),
            _value(800.0, "triệu USD", "estimate", 2018),
            _value(7.0, "%", year=2019),
            _value(2.0, "tỷ USD", "target", 2020),
        ]
    )
    assert [chart["unit"] for chart in charts] == ["triệu USD", CHANGE]
    bars = charts[0]["bars"]
    assert [bar["point"]["plotted"] for bar in bars] == [5100.0, 800.0, 2000.0]
    assert bars[0]["height"] > bars[2]["height"] > bars[1]["height"]
    assert [bar["fill"] for bar in bars] == [MARKS[k][0] for k in ("actual", "estimate", "target")]
    assert [mark["kind"] for mark in charts[0]["legend"]] == ["actual", "estimate", "target"]
    assert [bar["point"]["plotted"] for bar in charts[1]["bars"]] == [7.0]


def test_a_fall_goes_below_the_zero_line():
    chart = bar_charts([_value(7.0, "%"), _value(-3.5, "%", year=2018)])[0]
    rise, fall = chart["bars"]
    assert rise["y"] + rise["height"] == chart["zero"] == fall["y"]
    assert rise["height"] == pytest.approx(2 * fall["height"], abs=0.2)


def test_no_chart_without_a_figure():
    assert bar_charts([]) == []


def test_a_crowded_chart_keeps_the_latest_figures_of_a_known_place_and_year():
    unplaced = [_value(1.0, "tỷ USD", year=None, province=None) for _ in range(MAX_BARS)]
    old = [_value(2.0, "tỷ USD", year=1980 + i) for i in range(MAX_BARS)]
    latest = _value(3.0, "tỷ USD", year=2017, province="An Giang")
    chart = bar_charts([*unplaced, *old, latest])[0]
    years = [bar["point"]["year"] for bar in chart["bars"]]
    assert years == sorted(years) and years[-1] == 2017 and None not in years
    assert years[0] == 1981  # the oldest of the dated ones left out, as the unplaced are
    assert chart["omitted"] == MAX_BARS + 1
    assert bar_charts(unplaced[:1])[0]["bars"][0]["label"] == UNKNOWN


def test_a_bar_of_one_markets_or_products_trade_says_which():
    """A market's figure is no province's total: its bar says so."""
    chart = bar_charts([_value(320.0, "triệu USD", product="Nhật Bản"), _value(1.2, "tỷ USD")])[0]
    assert sorted(bar["label"] for bar in chart["bars"]) == [
        "Bến Tre 2017",
        "Bến Tre, thị trường Nhật Bản 2017",
    ]

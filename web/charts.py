"""Server-rendered SVG bar charts: geometry computed here, drawn by the template.

Values are compared like with like: one chart per canonical unit (``value_normalised``
in ``unit_normalised``, so "5,1 tỷ USD" and "800 triệu USD" share a chart), and a
level indicator's bare percentages (changes, not amounts) on a chart of their own.
Actual, estimate and plan figures are told apart by their marks, with a legend.
"""

from __future__ import annotations

import math
from collections import defaultdict

from web.labels import scope_label

WIDTH = 640
SERIES_WIDTH = 360  # a card's few years: narrower, so its labels stay legible
LABEL_ANGLE = -40  # bar labels lean, so "Bà Rịa - Vũng Tàu 2017" fits under a slot
LEFT_MARGIN = 60  # at least: the first rotated labels lean left (``_label_room``)
TOP_MARGIN = 52  # room for the value label above the tallest bar (upright when narrow)
UPRIGHT_BELOW = 40  # a slot narrower than this (px) turns value labels upright
BAR_AREA_HEIGHT = 200
LABEL_HEIGHT = 70  # at least; a long label ("Bà Rịa - Vũng Tàu 2017") takes more
CHAR_WIDTH = 6.0  # a label letter's width at its font size (10), in the chart's units
MAX_BARS = 30
CHANGE = "thay đổi, %"
# How each kind of figure is drawn: (fill, stroke); a plan is only outlined.
MARKS = {
    "actual": ("#0b5cad", "#0b5cad"),
    "estimate": ("#7aa7d9", "#0b5cad"),
    "target": ("#ffffff", "#0b5cad"),
}


def bar_charts(values: list[dict]) -> list[dict]:
    """One chart per unit the values share, the unit with most values first."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for value in values:
        if value.get("measure") == "change":
            groups[CHANGE].append({**value, "plotted": value["value"]})
        elif value.get("value_normalised") is not None:
            groups[value["unit_normalised"]].append({**value, "plotted": value["value_normalised"]})
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    return [_chart(unit, points) for unit, points in ordered]


def series_chart(answer: dict) -> dict:
    """An answer card's figures by year, one bar each, linked to its source."""
    points = [
        {
            **point,
            "plotted": point["value_normalised"],
            "provinces": [],
            "document": point["source"]["id"],
        }
        for point in answer["series"]
    ]
    return _chart(answer["unit_normalised"], points, SERIES_WIDTH, label_angle=0)


UNKNOWN = "không rõ"  # a figure the article gives no place or year for


def _label(point: dict) -> str:
    """Where, of what and when: "Bến Tre 2017", "Long An, thị trường Nhật Bản 2021"; a
    series' bars, of one province, by year alone."""
    where = ", ".join(
        part for part in (*point["provinces"], scope_label(point.get("product"))) if part
    )
    return " ".join(part for part in (where, str(point.get("year") or "")) if part) or UNKNOWN


def _telling(point: dict) -> tuple:
    """Which bars a crowded chart keeps: figures of a known year and place, reported
    before plans, the latest first (a reader compares those), then those missing either."""
    return (
        not point.get("year"),
        not point["provinces"],
        point.get("kind") == "target",
        -(point.get("year") or 0),
    )


def _label_room(labels: list[str], slot: float, angle: int) -> tuple[float, float]:
    """(left margin, height below the bars) that the leaning labels need, so that none
    is cut at the chart's edge: a label anchored under its bar reaches left and down
    by its length."""
    if not angle:
        return LEFT_MARGIN, LABEL_HEIGHT
    lean = math.radians(abs(angle))
    lengths = [len(label) * CHAR_WIDTH for label in labels]
    reach = max(length * math.cos(lean) - (i + 0.5) * slot for i, length in enumerate(lengths))
    return max(LEFT_MARGIN, math.ceil(reach)), max(
        LABEL_HEIGHT, math.ceil(max(lengths) * math.sin(lean)) + 16
    )


def _chart(
    unit: str, points: list[dict], width: int = WIDTH, label_angle: int = LABEL_ANGLE
) -> dict:
    """Bars from a zero line that sits above the negative values (a fall goes down)."""
    shown = sorted(points, key=_telling)[:MAX_BARS]
    shown.sort(key=lambda v: (v.get("year") or 0, ", ".join(v["provinces"])))
    high = max(max(v["plotted"] for v in shown), 0.0)
    low = max(-min(v["plotted"] for v in shown), 0.0)
    scale = BAR_AREA_HEIGHT / ((high + low) or 1.0)
    zero = TOP_MARGIN + high * scale
    labels = [_label(point) for point in shown]
    left, label_height = _label_room(labels, (width - LEFT_MARGIN) / len(shown), label_angle)
    slot = (width - left) / len(shown)
    bottom = TOP_MARGIN + BAR_AREA_HEIGHT
    bars = []
    for i, (point, label) in enumerate(zip(shown, labels, strict=True)):
        height = abs(point["plotted"]) * scale
        top = zero - height if point["plotted"] >= 0 else zero
        fill, stroke = MARKS.get(point.get("kind"), MARKS["actual"])
        bars.append(
            {
                "x": round(left + i * slot + slot * 0.15, 1),
                "y": round(top, 1),
                "width": round(slot * 0.7, 1),
                "height": round(height, 1),
                "fill": fill,
                "stroke": stroke,
                "label_x": round(left + i * slot + slot / 2, 1),
                "value_y": round(top - 3 if point["plotted"] >= 0 else top + height + 11, 1),
                "label": label,
                "point": point,
            }
        )
    kinds = [kind for kind in MARKS if any(p.get("kind") == kind for p in shown)]
    return {
        "unit": unit,
        "bars": bars,
        "legend": [{"kind": k, "fill": MARKS[k][0], "stroke": MARKS[k][1]} for k in kinds],
        "width": width,
        "height": bottom + label_height,
        "zero": round(zero, 1),
        "bottom": bottom,
        "upright": slot < UPRIGHT_BELOW,
        "label_angle": label_angle,
        "omitted": len(points) - len(shown),
    }

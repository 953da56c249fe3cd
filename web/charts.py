"""Server-rendered SVG bar charts: geometry computed here, drawn by the template."""

from __future__ import annotations

from collections import Counter

WIDTH = 640
LEFT_MARGIN = 60  # room for the first rotated label, which leans left
BAR_AREA_HEIGHT = 200
LABEL_HEIGHT = 70
MAX_BARS = 30


def bar_chart(values: list[dict]) -> dict | None:
    """Bars for the values in the most common unit (mixing units would mislead).

    Each bar keeps its source document so the template can link it.
    """
    units = Counter(v["unit"] for v in values if v.get("value") is not None and v.get("unit"))
    if not units:
        return None
    unit = units.most_common(1)[0][0]
    points = [v for v in values if v.get("unit") == unit and v.get("value") is not None]
    points.sort(key=lambda v: (v.get("year") or 0, ", ".join(v["provinces"])))
    points = points[:MAX_BARS]
    top = max(abs(v["value"]) for v in points) or 1.0
    slot = (WIDTH - LEFT_MARGIN) / len(points)
    bars = []
    for i, point in enumerate(points):
        height = abs(point["value"]) / top * BAR_AREA_HEIGHT
        bars.append(
            {
                "x": round(LEFT_MARGIN + i * slot + slot * 0.15, 1),
                "y": round(BAR_AREA_HEIGHT - height, 1),
                "width": round(slot * 0.7, 1),
                "height": round(height, 1),
                "label_x": round(LEFT_MARGIN + i * slot + slot / 2, 1),
                "label": f"{', '.join(point['provinces']) or '?'} {point.get('year') or ''}",
                "point": point,
            }
        )
    return {
        "unit": unit,
        "bars": bars,
        "width": WIDTH,
        "height": BAR_AREA_HEIGHT + LABEL_HEIGHT,
        "baseline": BAR_AREA_HEIGHT,
        "max": top,
        "omitted": len(values) - len(points),
    }

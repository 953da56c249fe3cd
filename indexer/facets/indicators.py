"""Catalogue indicators an article reports with a figure, and those figures.

Per sentence, every indicator phrase opens a segment that runs to the next indicator
phrase (or the sentence end, or "trong đó"/"chủ yếu", where sub-items start). In it
the first amount is the value, the first "tăng/giảm X%" the change. Kind: target if the
text before the figure has a target word (or the paragraph opened a target list with
":"), estimate if "ước" sits between phrase and figure, else actual. Year: a "năm YYYY"
between phrase and figure, else the last one earlier in the paragraph (comparison bases
such as "so với năm 2022" excluded), else the publication year.
"""

from __future__ import annotations

import re

from search.indicators import INDICATORS

from .numbers import AMOUNT_RE, parse_amount, parse_number
from .text import sentences

_TL = r"t[ỷỉ] lệ"
_AFTER_BARE = r"(?=\s+(?:năm \d{4}\s+)?(?:đạt|ước|khoảng|trên|gần|hơn|là|\d))"
_PATTERNS = {
    "iip": r"chỉ số sản xuất (?:các ngành |toàn ngành |ngành )?công nghiệp|\biip\b",
    "industrial_output": r"giá trị sản xuất (?:ngành |toàn ngành )?công nghiệp|gtsx công nghiệp",
    "retail_sales": r"tổng mức bán lẻ hàng hóa",
    "exports": rf"(?:kim ngạch|giá trị) xuất khẩu|xuất khẩu hàng hóa|\bxuất khẩu{_AFTER_BARE}",
    "imports": (
        rf"(?:kim ngạch|giá trị) nhập khẩu|nhập khẩu hàng hóa|(?<!xuất )\bnhập khẩu{_AFTER_BARE}"
    ),
    "grdp_growth": (
        r"tốc độ tăng trưởng (?:kinh tế|grdp)|tăng trưởng kinh tế|\bgrdp\b(?! bình quân)"
    ),
    "budget_revenue": r"(?:tổng )?thu ngân sách(?: nhà nước)?|thu nsnn",
    "cpi": r"chỉ số giá tiêu dùng|\bcpi\b",
    "investment": (
        r"vốn đầu tư (?:phát triển )?toàn xã hội|tổng vốn đầu tư|giải ngân vốn đầu tư công"
    ),
    "fdi": r"\bfdi\b|đầu tư trực tiếp nước ngoài",
    "electricity_access": rf"{_TL} hộ (?:dân )?(?:sử dụng|có) điện",
    "income_per_capita": r"thu nhập bình quân(?: đầu người)?|grdp bình quân đầu người",
    "poverty_rate": rf"{_TL} hộ nghèo",
    "tourism": r"(?:lượt )?khách du lịch|doanh thu (?:từ )?du lịch|lượt khách",
    "power": r"sản lượng điện|công suất(?: lắp đặt)?|điện gió|điện mặt trời",
}
# Matched against lower-cased text (much faster than IGNORECASE on Unicode).
_LABEL_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _PATTERNS.items()))
# Cheap substring pre-check: a paragraph without any of these has no indicator phrase.
_KEYWORDS = (
    "công nghiệp",
    "bán lẻ",
    "xuất khẩu",
    "nhập khẩu",
    "tăng trưởng",
    "grdp",
    "ngân sách",
    "nsnn",
    "cpi",
    "giá tiêu dùng",
    "vốn đầu tư",
    "fdi",
    "đầu tư trực tiếp",
    "điện",
    "thu nhập",
    "hộ nghèo",
    "du lịch",
    "lượt khách",
    "công suất",
    "iip",
)
_DIGIT = re.compile(r"\d")
# Indicators whose figure is itself a percentage.
_RATES = {"grdp_growth", "electricity_access", "poverty_rate"}
# Units that make sense for an indicator (default: any non-% amount).
_UNITS = {
    "power": {"MW", "kWh", "triệu kWh", "tỷ kWh"},
    "tourism": {"lượt", "nghìn lượt", "triệu lượt", "tỷ đồng", "triệu đồng"},
}
_CUT = re.compile(r"\b(?:trong đó|chủ yếu|riêng)\b|;")
_CHANGE = re.compile(
    r"\b(tăng|giảm)(?: trưởng)?(?: bình quân)?\s+(?:gần |trên |hơn |khoảng |xấp xỉ )?"
    r"(\d+(?:[.,]\d+)*)\s*%(?!\s*(?:so )?(?:với )?kế hoạch)"
)
_TARGET = re.compile(r"phấn đấu|mục tiêu|dự kiến|chỉ tiêu|đặt ra|kế hoạch (?:năm|đề ra|giao)")
_YEAR = re.compile(r"\bnăm (\d{4})\b", re.IGNORECASE)
_LEAD_YEAR = re.compile(r"^\W*(?:trong )?năm (\d{4})\b", re.IGNORECASE)
_COMPARE = re.compile(r"(?:so với|so|cùng kỳ|bằng|hơn)(?:\s+\S+){0,3}\s*$")


_KEYS = ("indicator", "label", "value", "unit", "change_pct", "year", "kind", "text")


def _years(text: str) -> list[tuple[int, int]]:
    """(position, year) of "năm YYYY" that are not comparison bases."""
    return [
        (m.start(), int(m.group(1)))
        for m in _YEAR.finditer(text)
        if not _COMPARE.search(text[max(0, m.start() - 30) : m.start()])
    ]


def _is_target(context: str) -> bool:
    """Target words before the figure, ignoring plan ratios like "đạt 100% kế hoạch năm"."""
    return any(
        "%" not in context[max(0, m.start() - 12) : m.start()] for m in _TARGET.finditer(context)
    )


def _figures(ind: str, seg: str) -> tuple[float | None, str | None, float | None, int] | None:
    """(value, unit, change_pct, offset of first figure) in a segment, or None."""
    value = unit = None
    first = len(seg)
    for m in AMOUNT_RE.finditer(seg):
        v, u = parse_amount(m)
        if u == "%" and ind not in _RATES:
            continue
        if u == "%" and (
            _CHANGE.match(seg, max(0, m.start() - 20)) or "kế hoạch" in seg[m.end() : m.end() + 14]
        ):
            continue
        if u != "%" and (ind in _RATES or u not in _UNITS.get(ind, {u})):
            continue
        value, unit, first = v, u, m.start()
        break
    change = _CHANGE.search(seg)
    pct = None
    if change:
        pct = parse_number(change.group(2))
        pct = -pct if pct is not None and change.group(1).lower() == "giảm" else pct
        first = min(first, change.start())
    if ind == "grdp_growth" and value is None and pct is not None:
        value, unit, pct = pct, "%", None
    if value is None and pct is None:
        return None
    return value, unit, pct, first


def _paragraph_values(para: str, pub_year: int | None) -> list[dict]:
    """Indicator values of one paragraph; a target list opened with ':' stays a target."""
    out: list[dict] = []
    lower = para.lower()
    if len(lower) != len(para) or not any(k in lower for k in _KEYWORDS):
        return out
    target_list = False
    for a, b in sentences(para):
        sent = para[a:b]
        if not (_DIGIT.search(sent) and any(k in lower[a:b] for k in _KEYWORDS)):
            continue
        labels = [
            (m.lastgroup, m.start() - a, m.end() - a) for m in _LABEL_RE.finditer(lower, a, b)
        ]
        for i, (ind, start, stop) in enumerate(labels):
            nxt = labels[i + 1][1] if i + 1 < len(labels) else len(sent)
            seg = sent[stop:nxt]
            cut = _CUT.search(seg)
            seg = seg[: cut.start()] if cut else seg
            found = _figures(ind, seg)
            if found is None:
                continue
            value, unit, pct, first = found
            fig = stop + first
            rec = _record(ind, value, unit, pct, sent[start : stop + len(seg)])
            rec["kind"] = _kind(sent, start, fig, target_list)
            rec["year"] = _year(para, a + start, sent[start : fig + 1], pub_year)
            out.append(rec)
        if _is_target(sent) and ":" in sent:
            target_list = True
    return out


def _record(ind: str, value: float | None, unit: str | None, pct: float | None, text: str) -> dict:
    text = " ".join(text.split()).rstrip(" ,;.")
    return {
        "indicator": ind,
        "label": INDICATORS[ind],
        "value": value,
        "unit": unit,
        "change_pct": pct,
        "text": text[:200],
    }


def _kind(sent: str, start: int, fig: int, target_list: bool) -> str:
    if target_list or _is_target(sent[:fig]):
        return "target"
    return "estimate" if re.search(r"\bước\b", sent[start:fig]) else "actual"


def _year(para: str, label_at: int, span: str, fallback: int | None) -> int | None:
    """Year named between phrase and figure, else the last earlier in the paragraph."""
    inside = _years(span)
    if inside:
        return inside[0][1]
    before = _years(para[:label_at])
    return before[-1][1] if before else fallback


def extract_indicators(body: str, pub_year: int | None) -> list[dict]:
    """Indicator values in reading order (tone-unified body).

    A paragraph opening with "Năm 2023, …" sets the fallback year for the paragraphs after it.
    """
    values: list[dict] = []
    context_year = pub_year
    for para in body.split("\n"):
        lead = _LEAD_YEAR.match(para)
        if lead:
            context_year = int(lead.group(1))
        if para.strip():
            values += _paragraph_values(para, context_year)
    return [{k: v[k] for k in _KEYS} for v in values]

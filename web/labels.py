"""The Vietnamese words and number formats pages and exports use, and error messages."""

from __future__ import annotations

from search import InvalidRequest
from search.answers import FROM_ABROAD
from search.format.schema import FACETS

FACET_TITLES = {
    **{facet.name: facet.title for facet in FACETS},
    "from": "Từ ngày",
    "to": "Đến ngày",
    "undated": "Gồm bài không ghi ngày đăng",
}
KIND_LABELS = {"actual": "thực hiện", "estimate": "ước tính", "target": "kế hoạch"}
# A measure a question narrows its indicator to, where the indicator's name does not say it.
MEASURE_LABELS = {FROM_ABROAD: "khách quốc tế"}
PARAMETER_NAMES = {
    **FACET_TITLES,
    "q": "Từ khóa",
    "sort": "Sắp xếp",
    "page": "Trang",
    "per_page": "Số kết quả mỗi trang",
    "*": "Địa chỉ",
}
_INVALID_VI = {
    "too_long": "«{name}» dài quá {limit} ký tự; hãy rút gọn.",
    "not_allowed": "«{name}» không hợp lệ.",
    "out_of_range": "«{name}» phải là số từ 1 đến {limit}.",
    "unknown": "Không có bộ lọc «{name}».",
    "too_many_values": "«{name}» chỉ được chọn tối đa {limit} giá trị.",
    "not_year": "«{name}» phải là năm có 4 chữ số, ví dụ 2023.",
    "not_number": "«{name}» phải là một số nguyên.",
    "not_date": "«{name}» phải là một ngày hợp lệ (ngày/tháng/năm).",
    "too_many_parameters": "Địa chỉ có quá nhiều tham số (tối đa {limit}).",
}


def invalid_request_vi(exc: InvalidRequest) -> str:
    """The reader's version of a rejected parameter.

    >>> invalid_request_vi(InvalidRequest.too_long("q", 500))
    '«Từ khóa» dài quá 500 ký tự; hãy rút gọn.'
    """
    name = PARAMETER_NAMES.get(exc.param, exc.param)
    return _INVALID_VI.get(exc.code, str(exc)).format(name=name, limit=exc.limit)


def vn_date(iso: str) -> str:
    """ "2017-01-31" or "2017-01-31T08:00:00+07:00" -> "31/01/2017", as Vietnamese write dates."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def vn_number(value: float) -> str:
    """26366.0 -> "26.366", 5.1 -> "5,1": Vietnamese thousands and decimal marks."""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".").replace("-", "−")


def scope_label(product: str | None) -> str:
    """The part of its indicator a figure covers, for a reader: one market's trade, one
    product group's, or visitors from home; "" for the whole, so that a market's figure
    is never read as the country's or the province's.

    >>> [scope_label(p) for p in ("Nhật Bản", "rau quả", None)]
    ['thị trường Nhật Bản', 'rau quả', '']
    """
    if not product:
        return ""
    return f"thị trường {product}" if product[0].isupper() else product


def scoped(label: str, product: str | None) -> str:
    """An indicator's name with the part of it a figure covers, as tables and exports
    show it.

    >>> scoped("Kim ngạch xuất khẩu", "Nhật Bản"), scoped("Kim ngạch xuất khẩu", None)
    ('Kim ngạch xuất khẩu (thị trường Nhật Bản)', 'Kim ngạch xuất khẩu')
    """
    scope = scope_label(product)
    return f"{label} ({scope})" if scope else label


def indicator_value_text(value: dict) -> str:
    """One reported value in words, for exports.

    >>> indicator_value_text({"label": "Kim ngạch xuất khẩu", "value": 1.7, "unit": "tỷ USD",
    ...     "change_pct": 44.6, "year": 2017, "kind": "estimate", "product": "Nhật Bản"})
    'Kim ngạch xuất khẩu (thị trường Nhật Bản): 1,7 tỷ USD (+44,6%), 2017, ước tính'
    """
    text = f"{scoped(value['label'], value.get('product'))}:"
    if value.get("value") is not None:
        text += f" {vn_number(value['value'])} {value.get('unit') or ''}".rstrip()
    change = value.get("change_pct")
    if change is not None:
        text += f" ({'+' if change > 0 else ''}{vn_number(change)}%)"
    parts = [text, str(value["year"]) if value.get("year") else "", KIND_LABELS.get(value["kind"])]
    return ", ".join(part for part in parts if part)

"""The Vietnamese words pages use for parameters, and error messages in Vietnamese."""

from __future__ import annotations

from search import InvalidRequest

FACET_TITLES = {
    "province": "Tỉnh, thành phố",
    "year": "Năm báo cáo",
    "official": "Quan chức",
    "indicator": "Chỉ tiêu kinh tế",
    "province_2025": "Tỉnh, thành (từ 7/2025)",
    "province_mentioned": "Tỉnh được nhắc đến",
    "from": "Từ ngày",
    "to": "Đến ngày",
    "undated": "Gồm bài không ghi ngày đăng",
}
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

    >>> from search.results import _too_long
    >>> invalid_request_vi(_too_long("q", 500))
    '«Từ khóa» dài quá 500 ký tự; hãy rút gọn.'
    """
    name = PARAMETER_NAMES.get(exc.param, exc.param)
    return _INVALID_VI.get(exc.code, str(exc)).format(name=name, limit=exc.limit)

"""Catalogue of economic indicators reported in provincial news (id -> Vietnamese label).

Lives in ``search`` so the web UI can show labels without importing the indexer.
"""

from __future__ import annotations

INDICATORS: dict[str, str] = {
    "iip": "Chỉ số sản xuất công nghiệp",
    "industrial_output": "Giá trị sản xuất công nghiệp",
    "retail_sales": "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
    "exports": "Kim ngạch xuất khẩu",
    "imports": "Kim ngạch nhập khẩu",
    "grdp_growth": "Tốc độ tăng trưởng kinh tế (GRDP)",
    "budget_revenue": "Thu ngân sách nhà nước",
    "cpi": "Chỉ số giá tiêu dùng",
    "investment": "Vốn đầu tư phát triển toàn xã hội",
    "fdi": "Vốn đầu tư trực tiếp nước ngoài (FDI)",
    "electricity_access": "Tỷ lệ hộ sử dụng điện",
    "income_per_capita": "Thu nhập bình quân đầu người",
    "poverty_rate": "Tỷ lệ hộ nghèo",
    "tourism": "Du lịch (lượt khách, doanh thu)",
    "power": "Điện năng (sản lượng, công suất)",
}


def indicator_label(indicator_id: str) -> str:
    """Vietnamese label of a catalogue id; unknown ids are shown as they are."""
    return INDICATORS.get(indicator_id, indicator_id)

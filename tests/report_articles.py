"""Provincial reports written for the answer-card tests: one province's exports over
three years (two articles agreeing on 2019, two disagreeing on 2021), another's budget
revenue in one article, and a third's exports to one market. Sentences made up in the
style of the press releases."""


def _report(key: str, published: str, title: str, summary: str, body: str) -> dict:
    return {
        "id": f"report-{key}",
        "url": f"https://example.gov.vn/{key}",
        "published": f"{published}T08:00:00+07:00",
        "title": title,
        "summary": summary,
        "body": body,
    }


REPORTS = [
    _report(
        "bt-2019a",
        "2020-01-05",
        "Bến Tre: xuất khẩu năm 2019 vượt kế hoạch",
        "Kinh tế tỉnh Bến Tre năm 2019 tăng trưởng khá.",
        "Theo Sở Công Thương tỉnh Bến Tre, năm 2019 kim ngạch xuất khẩu của tỉnh đạt "
        "1,2 tỷ USD, tăng 8% so với năm 2018. Các mặt hàng chủ lực là dừa, thủy sản và may mặc.",
    ),
    _report(
        "bt-2019b",
        "2020-01-10",
        "Bến Tre tổng kết kinh tế năm 2019",
        "UBND tỉnh Bến Tre tổng kết tình hình kinh tế - xã hội năm 2019.",
        "Năm 2019, kim ngạch xuất khẩu của tỉnh Bến Tre đạt 1.200 triệu USD. Tỉnh tiếp tục "
        "thu hút đầu tư vào các khu công nghiệp.",
    ),
    _report(
        "bt-2020",
        "2021-01-08",
        "Bến Tre: xuất khẩu năm 2020 tăng 12,5%",
        "Dù dịch bệnh, xuất khẩu của Bến Tre vẫn tăng.",
        "Năm 2020, kim ngạch xuất khẩu của tỉnh Bến Tre đạt 1,35 tỷ USD, tăng 12,5% so với "
        "năm 2019.",
    ),
    _report(
        "bt-2021a",
        "2022-01-06",
        "Bến Tre: kinh tế năm 2021",
        "Sở Công Thương Bến Tre báo cáo kết quả năm 2021.",
        "Năm 2021, kim ngạch xuất khẩu của tỉnh Bến Tre đạt 1,5 tỷ USD, tăng 11% so với năm 2020.",
    ),
    _report(
        "bt-2021b",
        "2022-01-07",
        "Xuất khẩu Bến Tre năm 2021 lập kỷ lục",
        "Cục Thống kê Bến Tre công bố số liệu năm 2021.",
        "Theo Cục Thống kê tỉnh Bến Tre, năm 2021 kim ngạch xuất khẩu của tỉnh đạt 1,62 tỷ USD, "
        "tăng 20% so với năm 2020.",
    ),
    _report(
        "cm-2021",
        "2022-01-04",
        "Cà Mau: thu ngân sách năm 2021 vượt dự toán",
        "Tỉnh Cà Mau hoàn thành vượt dự toán thu ngân sách.",
        "Năm 2021, thu ngân sách nhà nước trên địa bàn tỉnh Cà Mau đạt 5.200 tỷ đồng, vượt 8% "
        "dự toán.",
    ),
    _report(
        "la-2021",
        "2022-01-09",
        "Long An: xuất khẩu sang Nhật Bản năm 2021 tăng mạnh",
        "Doanh nghiệp Long An mở rộng thị trường Nhật Bản.",
        "Năm 2021, kim ngạch xuất khẩu của tỉnh Long An sang Nhật Bản đạt 320 triệu USD, tăng "
        "15% so với năm 2020.",
    ),
]

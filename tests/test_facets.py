"""Facet extraction on the five seed articles and on hand-checked real news."""

from __future__ import annotations

import json
import time
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest

from indexer.facets import Facets, extract_facets
from search.indicators import INDICATORS, indicator_label

from .conftest import SAMPLE as CORPUS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(prefix: str) -> Facets:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    lines = path.read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    return extract_facets(lines[first].strip(), "\n".join(lines[first + 1 :]))


@cache
def _corpus() -> dict[str, dict]:
    with CORPUS.open(encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def _article(doc_id: str) -> Facets:
    r = _corpus()[doc_id]
    published = datetime.fromisoformat(r["published"]) if r["published"] else None
    return extract_facets(r["title"] or "", r["body"], published)


SEED_CASES = [
    (
        "000",
        ["Sóc Trăng"],
        [],
        {2023, 2024},
        {"iip", "industrial_output", "retail_sales", "exports"},
    ),
    (
        "001",
        ["Bến Tre"],
        ["Nguyễn Minh Cảnh", "Nguyễn Văn Bé Sáu"],
        {2022, 2023},
        {"industrial_output", "retail_sales", "exports", "imports"},
    ),
    (
        "002",
        [],
        ["Phạm Văn Tám", "Vũ Hồng Dương", "Phạm Phước Trãi"],
        {2023, 2024},
        {"iip", "industrial_output", "retail_sales", "exports", "imports", "electricity_access"},
    ),
    (
        "003",
        ["Tiền Giang"],
        ["Phạm Văn Trọng"],
        {2023, 2024},
        {"iip", "retail_sales", "exports", "imports"},
    ),
    (
        "004",
        [],
        ["Nguyễn Tuấn Hà"],
        {2021, 2022},
        {"iip", "industrial_output", "retail_sales", "exports", "imports"},
    ),
]


@pytest.mark.parametrize(("seed", "provinces", "officials", "years", "indicators"), SEED_CASES)
def test_seed_acceptance(seed, provinces, officials, years, indicators) -> None:
    f = _seed(seed)
    if seed == "002":
        assert f.provinces in ([], ["Ninh Thuận"])
    else:
        assert f.provinces == provinces
    assert set(f.provinces) <= set(f.provinces_mentioned)
    assert sorted(f.officials) == sorted(officials)
    assert years <= set(f.years)
    assert indicators <= set(f.indicators)


def test_seed_values_and_roles() -> None:
    f = _seed("000")
    first = {v["indicator"]: v for v in reversed(f.indicator_values)}
    assert first["industrial_output"]["value"] == 26366
    assert first["industrial_output"]["unit"] == "tỷ đồng"
    assert first["iip"]["change_pct"] == -4.88
    assert first["exports"]["kind"] == "estimate"
    assert first["exports"]["year"] == 2023
    assert f.provinces_2025 == ["Cần Thơ"]
    targets = [v for v in f.indicator_values if v["kind"] == "target"]
    assert {v["year"] for v in targets} == {2024}
    g = _seed("003")
    exports = [v for v in g.indicator_values if v["indicator"] == "exports"]
    assert (exports[0]["value"], exports[0]["unit"], exports[0]["change_pct"]) == (
        5.1,
        "tỷ USD",
        25,
    )
    assert _seed("001").official_roles[0] == {
        "name": "Nguyễn Minh Cảnh",
        "role": "Phó Chủ tịch UBND tỉnh",
    }
    roles = {r["name"]: r["role"] for r in _seed("002").official_roles}
    assert roles["Phạm Phước Trãi"] == "Phó Giám đốc Sở Công Thương"
    assert roles["Phạm Văn Tám"] == "Giám đốc Sở Công Thương"


def test_seed_years_keep_plan_horizon_and_date_line() -> None:
    assert 2030 in _seed("004").years  # "giai đoạn 2021-2025, định hướng đến năm 2030"
    assert _seed("001").years[-1] == 2023  # date line 07/02/2023 is the publication year


def test_a_live_reports_timestamps_date_it() -> None:
    """An undated live report's timestamps, day first or year first ("21:10 22/05/2017",
    "2017-06-04 03:01"), give its publication year."""
    from indexer.facets.years import extract_years

    for stamp in ("21:10 04/06/2017", "2017-06-04 03:01"):
        live = f"• {stamp} Phút 53: Kroos nhận thẻ vàng sau pha vào bóng với Khedira."
        assert extract_years("Trực tiếp Juventus - Real Madrid", live, None) == [2017]


def test_catalogue() -> None:
    assert list(INDICATORS)[:5] == [
        "iip",
        "industrial_output",
        "retail_sales",
        "exports",
        "imports",
    ]
    assert indicator_label("electricity_access") == "Tỷ lệ hộ sử dụng điện"
    assert indicator_label("nope") == "nope"


def test_tone_variants_and_prefixes() -> None:
    f = extract_facets("Khánh Hoà phát triển du lịch", "UBND tỉnh Khánh Hoà cho biết.")
    assert f.provinces == ["Khánh Hòa"]
    f = extract_facets("", "Sáng nay, UBND TP.HCM họp. Lãnh đạo tỉnh BR-VT dự. TP.HCM sẽ làm tiếp.")
    assert f.provinces[0] == "Hồ Chí Minh"
    assert "Bà Rịa - Vũng Tàu" in f.provinces_mentioned
    f = extract_facets("", "Hội nghị tại TP. Mỹ Tho và huyện Cái Bè bàn về trái cây.")
    assert f.provinces == ["Tiền Giang"]


def test_false_province_hits() -> None:
    f = extract_facets(
        "", "Cửa hàng ở số 5 đường Hà Nội, phường Hòa Bình. Trường THPT Cần Thơ mở cửa."
    )
    assert f.provinces_mentioned == []
    f = extract_facets("", "Ông Nguyễn Thái Bình, Giám đốc Công ty Lâm Đồng Xanh, phát biểu.")
    assert f.provinces_mentioned == []
    assert f.officials == []


def test_officials_shapes() -> None:
    body = (
        "Dự có Bộ trưởng Bộ Công Thương Trần Tuấn Anh; ông Lê Văn Hai, Chủ tịch UBND huyện.\n"
        "Thủ tướng Nhật Bản Shinzo Abe và Chủ tịch HĐQT Công ty ABC Nguyễn Văn Giàu cũng dự.\n"
        "Bộ trưởng Trần Tuấn Anh phát biểu.\n"
        "Tin, ảnh: Cẩm Trúc\nMinh Anh"
    )
    f = extract_facets("Hội nghị", body)
    assert f.officials == ["Trần Tuấn Anh", "Lê Văn Hai"]
    assert f.official_roles[1]["role"] == "Chủ tịch UBND huyện"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the name after its title, a comma and "ông"
            "Phát biểu tại hội nghị, Giám đốc Sở Công Thương, ông Nguyễn Văn An cho biết.",
            [("Nguyễn Văn An", "Giám đốc Sở Công Thương")],
        ),
        (  # a dash and "bà"
            "Phó Chủ tịch UBND tỉnh - bà Lê Thị Cúc yêu cầu các sở khẩn trương.",
            [("Lê Thị Cúc", "Phó Chủ tịch UBND tỉnh")],
        ),
        (  # "đồng chí"
            "Bí thư Tỉnh ủy, đồng chí Trần Quốc Bảo chủ trì cuộc họp.",
            [("Trần Quốc Bảo", "Bí thư Tỉnh ủy")],
        ),
        (  # a list after one title, its last person with "bà"
            "Dự có Phó Chủ tịch UBND tỉnh Nguyễn Văn An, Trần Văn Bình và bà Lê Thị Cúc.",
            [
                ("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"),
                ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh"),
                ("Lê Thị Cúc", "Phó Chủ tịch UBND tỉnh"),
            ],
        ),
        (  # "và bà …" with a title of her own is not the list's
            "Có ông Trần Văn Bình, Giám đốc Sở Tài chính và bà Lê Thị Cúc, Giám đốc Sở Y tế.",
            [("Trần Văn Bình", "Giám đốc Sở Tài chính"), ("Lê Thị Cúc", "Giám đốc Sở Y tế")],
        ),
        (  # a word glued to the name by a typo
            "Tổng Bí thư Nguyễn Phú Trọngmong muốn các địa phương hành động.",
            [("Nguyễn Phú Trọng", "Tổng Bí thư")],
        ),
        (  # a name misspelt by one letter beside its usual spelling is one person
            "Phó Thủ tướng Vũ Đức Đam chỉ đạo. Phó Thủ tướng Võ Đức Đam khẳng định. Phó Thủ "
            "tướng Vũ Đứ Đam nhấn mạnh. Phó Thủ tướng Vũ Đức Đam kết luận.",
            [("Vũ Đức Đam", "Phó Thủ tướng")],
        ),
        (  # two letters apart, two people
            "Phó Chủ tịch UBND tỉnh Phạm Văn Ca và Chánh văn phòng Sở GTVT Phạm Văn Nam dự.",
            [
                ("Phạm Văn Ca", "Phó Chủ tịch UBND tỉnh"),
                ("Phạm Văn Nam", "Chánh văn phòng Sở GTVT"),
            ],
        ),
        (  # a compound title, the second a secretary-general's
            "Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam Trần Thanh Mẫn phát biểu.",
            [("Trần Thanh Mẫn", "Tổng Thư ký UBTƯ MTTQ Việt Nam")],
        ),
        (  # a full-time deputy of a national committee
            "Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia Khuất Việt Hùng đề xuất giải pháp.",
            [("Khuất Việt Hùng", "Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia")],
        ),
        (  # a district's two-word name after its admin word, and no person
            "Lãnh đạo Hà Nội đã giao Chủ tịch UBND quận Bắc Từ Liêm rà soát các trường hợp.",
            [],
        ),
        (  # a hospital's name before a title is not a person's
            "Giám đốc bệnh viện Bạch Mai, đại biểu Quốc hội khóa XIV, đã rút khỏi danh sách.",
            [],
        ),
        (  # a district's name inside the role, not the person's
            "Chủ tịch UBND quận Bắc Từ Liêm Nguyễn Văn An cho biết.",
            [("Nguyễn Văn An", "Chủ tịch UBND quận Bắc Từ Liêm")],
        ),
        (  # a delegate in news of the Assembly, named without a province or with an en dash
            "Tại kỳ họp Quốc hội, đại biểu Lê Văn Hai ở tổ Hà Nội và ĐB Trần Thị Ba (đoàn Bà "
            "Rịa – Vũng Tàu) chất vấn.",
            [("Lê Văn Hai", "Đại biểu Quốc hội"), ("Trần Thị Ba", "Đại biểu Quốc hội")],
        ),
        (  # elsewhere "đại biểu" is anyone attending
            "Hội nghị có đại biểu Lê Văn Hai dự.",
            [],
        ),
        (  # a list of delegates after one named with their province, each with theirs
            "Đại biểu Lê Văn Hai (Cà Mau); Trần Thị Ba (Yên Bái) và Phan Văn Tư (TP.HCM) "
            "chất vấn, còn Công ty Hòa Phát (Hà Nội) không dự.",
            [(n, "Đại biểu Quốc hội") for n in ("Lê Văn Hai", "Trần Thị Ba", "Phan Văn Tư")],
        ),
        (  # a list of delegates in news of the Assembly
            "Tại kỳ họp Quốc hội, các đại biểu Lê Văn Hai, Trần Thị Ba... đã có ý kiến.",
            [("Lê Văn Hai", "Đại biểu Quốc hội"), ("Trần Thị Ba", "Đại biểu Quốc hội")],
        ),
        (  # our ambassador serves abroad; a foreign one is no official of ours
            "Dự có Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh và Đại sứ Mỹ tại Việt Nam Ted Osius.",
            [("Phạm Quang Vinh", "Đại sứ Việt Nam tại Mỹ")],
        ),
        (  # family names of minorities and rarer Kinh ones
            "Phó Chủ tịch Quốc hội Tòng Thị Phóng và Phó Bí thư Thành ủy Tất Thành Cang dự.",
            [
                ("Tòng Thị Phóng", "Phó Chủ tịch Quốc hội"),
                ("Tất Thành Cang", "Phó Bí thư Thành ủy"),
            ],
        ),
        (  # a lunar year before a title is no person, though "Đinh" is a family name
            "Đầu xuân Đinh Dậu, Chủ tịch UBND tỉnh Nguyễn Văn An thăm doanh nghiệp.",
            [("Nguyễn Văn An", "Chủ tịch UBND tỉnh")],
        ),
        (  # the holder introduced by "là", a deputy head of department spoken of so
            "Công an đã bắt Chi cục phó là ông Trần Văn Bốn và Giám đốc Sở Y tế là bà Lê Thị Năm.",
            [("Trần Văn Bốn", "Chi cục phó"), ("Lê Thị Năm", "Giám đốc Sở Y tế")],
        ),
        (  # a place of ours named like a country is no foreign post
            "Bí thư Tỉnh ủy Lào Cai Trần Văn Sáu và Chủ tịch UBND huyện Nga Sơn Lê Văn Bảy dự.",
            [
                ("Trần Văn Sáu", "Bí thư Tỉnh ủy Lào Cai"),
                ("Lê Văn Bảy", "Chủ tịch UBND huyện Nga Sơn"),
            ],
        ),
        (  # a role held in a foreign country, its holder named after or before it
            "Thủ tướng Đan Mạch Lars Hansen gặp ông Pavel Ivanov, Bộ trưởng Quốc phòng Nga.",
            [],
        ),
        (  # our title right before a name; the foreign one after its comma opens the
            # next subject, a premier left unnamed
            "Tại cuộc gặp với Chủ tịch nước Lê Văn Tư, Thủ tướng Belarus khẳng định hợp tác.",
            [("Lê Văn Tư", "Chủ tịch nước")],
        ),
        (  # our minister's title read across "và" is no office of the foreign general's
            "Đại tướng Lê Văn Năm, Bộ trưởng Bộ Quốc phòng Việt Nam và Thượng tướng Lý Văn "
            "Sáu, Phó Chủ tịch Quân ủy Trung ương Trung Quốc chủ trì.",
            [("Lê Văn Năm", "Bộ trưởng Bộ Quốc phòng Việt Nam")],
        ),
        (  # China by its formal name, a Chinese name read as ours all the same
            "Phó Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Lý Nguyên Triều thăm Việt Nam.",
            [],
        ),
        (  # a foreign name whose end looks glued to a word is foreign all the same
            "Ông gặp ông Sergei Kislyak, Đại sứ Nga tại Washington.",
            [],
        ),
        (  # a traffic team is named after its ward: no name after the team's title
            "Trung tá Hà Văn Hùng, Phó Đội trưởng Đội CSGT Bàn Cờ cho biết.",
            [("Hà Văn Hùng", "Phó Đội trưởng Đội CSGT")],
        ),
        (  # "báo" in the words after the role is no newspaper once the clause has ended
            "Văn bản do ông Đỗ Văn Tám, Phó Chủ tịch UBND tỉnh Quảng Bình, ký và yêu cầu báo cáo.",
            [("Đỗ Văn Tám", "Phó Chủ tịch UBND tỉnh Quảng Bình")],
        ),
        (  # police departments and teams by their acronyms, a ministry's spokesperson
            "Thượng tá Lò Văn Chín, Trưởng phòng CSGT Công an tỉnh, Thiếu tá Vi Văn Mười, Đội "
            "trưởng Đội Tuần tra, và người phát ngôn Bộ Ngoại giao Lê Thị Mai có mặt.",
            [
                ("Lò Văn Chín", "Trưởng phòng CSGT Công an tỉnh"),
                ("Vi Văn Mười", "Đội trưởng Đội Tuần tra"),
                ("Lê Thị Mai", "Người phát ngôn Bộ Ngoại giao"),
            ],
        ),
        (  # a chairman named by his bare title where he signs; FIFA's is no name of ours
            "Quyết định do Phó Chủ tịch Trần Văn Năm ký. Bằng do Chủ tịch FIFA Gianni "
            "Infantino ký. Chủ tịch Lê Văn Sáu phát biểu.",
            [("Trần Văn Năm", "Phó Chủ tịch")],
        ),
        (  # a village's posts are below the commune; rural development is a field
            "Ông Lê Văn Tám - Trưởng ban Công tác mặt trận thôn Đông Cốc - và ông Lê Văn Chín, "
            "Bí thư thôn Yên Cảnh, gặp ông Lê Văn Mười, Giám đốc Sở Nông nghiệp và Phát triển "
            "nông thôn Bình Định.",
            [("Lê Văn Mười", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn Bình Định")],
        ),
        (  # a district's farming division by its acronym written with a dash
            "Bà Lê Thị Tám, Trưởng phòng NN-PTNT huyện cho biết sẽ khuyến cáo bà con.",
            [("Lê Thị Tám", "Trưởng phòng NN-PTNT huyện")],
        ),
        (  # "QH" for Quốc hội; a board named by its lower-case task
            "Chủ tịch QH Đàm Thị Hai nói. Phó trưởng Ban bồi thường giải phóng mặt bằng quận "
            "Tân Phú Lý Thị Ba bị cảnh cáo.",
            [
                ("Đàm Thị Hai", "Chủ tịch QH"),
                ("Lý Thị Ba", "Phó Trưởng Ban bồi thường giải phóng mặt bằng quận Tân Phú"),
            ],
        ),
        (  # a ministry whose name lists its fields, written in lower case
            "Bộ trưởng Bộ Văn hóa, thể thao và du lịch Hoàng Văn Một trả lời chất vấn.",
            [("Hoàng Văn Một", "Bộ trưởng Bộ Văn hóa, thể thao và du lịch")],
        ),
    ],
)
def test_officials_named_after_their_title_in_lists_and_glued(sentence, expected) -> None:
    roles = extract_facets("", sentence).official_roles
    assert [(o["name"], o["role"]) for o in roles] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong 6 tháng đầu 2019, kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD.",
        "9 tháng 2019, tổng mức bán lẻ hàng hóa đạt 3.000 tỷ đồng.",
        "Quý 1/2019, thu ngân sách trên địa bàn đạt 500 tỷ đồng.",
        "Trong quý II-2019, thu ngân sách trên địa bàn đạt 500 tỷ đồng.",
        "Tính đến hết 2019, tổng vốn đầu tư đạt 1.200 tỷ đồng.",
    ],
)
def test_reporting_periods_without_the_word_nam(sentence) -> None:
    assert extract_facets("", sentence).years == [2019]


def test_a_crop_year_is_one_period_with_both_ends() -> None:
    body = "Niên vụ 2018-2019, sản lượng cà phê của tỉnh đạt 1,6 triệu tấn."
    assert extract_facets("", body).years == [2018, 2019]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thu nội địa năm 2019 đạt 5.000 tỷ đồng.", [("budget_revenue", 5000.0)]),
        (  # beside the total, domestic revenue is its part
            "Tổng thu ngân sách năm 2019 đạt 9.000 tỷ đồng, trong đó thu nội địa 5.000 tỷ đồng. "
            "Thu nội địa tăng so với năm trước, đạt 5.000 tỷ đồng.",
            [("budget_revenue", 9000.0)],
        ),
        ("Doanh thu bán lẻ hàng hóa năm 2019 đạt 45.000 tỷ đồng.", [("retail_sales", 45000.0)]),
        (  # a duty is no trade flow
            "Ô tô chịu thuế nhập khẩu 60%. Kim ngạch nhập khẩu năm 2019 đạt 2 tỷ USD.",
            [("imports", 2.0)],
        ),
        (  # the statistics office's wording; products' figures after it are a breakdown
            "Kim ngạch hàng hóa xuất khẩu tháng 2/2019 ước đạt 900 triệu USD. Một số mặt hàng "
            "có kim ngạch xuất khẩu tăng: dệt may tăng 12%, thủy sản tăng 9%.",
            [("exports", 900.0)],
        ),
        (  # a rate supposed, or what follows from it, is not reported; a contribution
            # is a share
            "Nếu tăng trưởng kinh tế là 6,5% thì nợ công lên 64% GDP. Cứ GRDP của tỉnh tăng "
            "thêm 1% thì GDP cả nước tăng thêm 0,2%, đóng góp khoảng 28%. GRDP năm 2019 "
            "tăng 7,1%.",
            [("grdp_growth", 7.1)],
        ),
        (  # the foreign-invested sector's sales and trade are no FDI capital
            "Kinh tế có vốn đầu tư nước ngoài đạt 43.797 tỷ đồng, tăng 7,6%. Khối doanh nghiệp "
            "có vốn nước ngoài (DN FDI) đạt kim ngạch xuất nhập khẩu gần 10,75 tỷ USD.",
            [],
        ),
        (  # invested into the country by a foreign investor is foreign investment
            "Samsung đã đầu tư khoảng 14,8 tỷ USD vào Việt Nam. Đầu tư của Trung Quốc vào Việt "
            "Nam đạt 1,8 tỷ USD trong năm 2019. Hàn Quốc đứng đầu các nước đầu tư tại Việt Nam "
            "với 8.000 dự án trị giá 60 tỷ USD.",
            [("fdi", 14.8), ("fdi", 1.8), ("fdi", 60.0)],
        ),
        (  # registered capital in dollars and đồng together totals the foreign and the
            # domestic projects': investment, both sums, kept beside the FDI; in dollars
            # alone, FDI
            "Tỉnh trao 8 giấy chứng nhận với tổng vốn đăng ký 311 triệu USD (hơn 7.000 tỷ đồng) "
            "và 3.600 tỷ đồng.\nDự án nhà máy thép có tổng vốn đầu tư đăng ký 108 triệu USD.",
            [("investment", 311.0), ("investment", 3600.0), ("fdi", 108.0)],
        ),
        (  # below 1 tỷ đồng an investment is a family's outlay, below 1 triệu USD trade a
            # firm's shipment: no figures of an economy; a project's capital is one
            "Vợ chồng ông đầu tư 400 triệu đồng từ tiền tiết kiệm để làm chuồng trại.\n"
            "Công ty xuất khẩu 2 container sản phẩm may mặc, trị giá khoảng 35.000 USD.\n"
            "Dự án nhà máy nước có tổng vốn đầu tư 1.200 tỷ đồng.",
            [("investment", 1200.0)],
        ),
        (  # two-way trade is no indicator: its amount is not the FDI named before it
            "Các doanh nghiệp Đức đầu tư vào Việt Nam hiệu quả, góp phần đưa kim ngạch thương "
            "mại hai chiều Việt Nam – Đức lên trên 9 tỷ USD.",
            [],
        ),
        (  # a project's cost told again as adjusted is a figure of its own; a price is none
            "Tổng vốn đầu tư ban đầu hơn 140 tỉ đồng, sau đó được điều chỉnh lên gần 200 tỉ "
            "đồng.\nGiá xăng được điều chỉnh tăng lên 20.000 đồng/lít.",
            [("investment", 140.0), ("investment", 200.0)],
        ),
        (  # projects or firms counted, then their capital in dollars; not a rate per project
            "Tính đến tháng 5/2019, Nhật Bản có 4.200 dự án tại Việt Nam với tổng số vốn gần "
            "59 tỷ USD. Hà Nội có 18 dự án của nhà đầu tư Ấn Độ với tổng vốn đầu tư 4,6 triệu "
            "USD. Có 30 doanh nghiệp của Cộng hòa Séc đầu tư tại Việt Nam với tổng số vốn hơn "
            "170 triệu USD.",
            [("fdi", 59.0), ("fdi", 4.6), ("fdi", 170.0)],
        ),
        (
            "Công ty muốn xây 2 nhà máy điện (150 MW/1 dự án), với tổng vốn đầu tư khoảng 400 "
            "triệu USD.",
            [("investment", 400.0)],
        ),
        (  # a share of GDP, whatever the words before it, is no growth rate (investment's is
            # its level)
            "Tổng sản phẩm trên địa bàn chiếm gần 23% GDP của cả nước; tỷ trọng công nghiệp "
            "trong GDP duy trì ổn định 39-40%. GRDP năm 2019 tăng 8,1%. Tỷ trọng vốn đầu tư "
            "toàn xã hội trên GDP đạt 34%; tỷ lệ nợ công/GDP là 63,7%.",
            [("grdp_growth", 8.1), ("investment", 34.0)],
        ),
        (  # the economy said to grow, with words between ("vẫn tiếp tục", "đạt mức")
            "Năm 2016, kinh tế tỉnh vẫn tiếp tục tăng trưởng tích cực với mức 5,6%.",
            [("grdp_growth", 5.6)],
        ),
        (  # the whole country's figure beside the province's own
            "Năm 2019, tỉnh Bến Tre xuất khẩu đạt 1,2 tỷ USD; cả nước xuất khẩu đạt 263 tỷ USD.",
            [("exports", 1.2)],
        ),
        (  # "the most in the country" is the province's own figure
            "Bình Dương thu hút vốn đầu tư trực tiếp nước ngoài nhiều nhất cả nước, với 696,3 "
            "triệu USD.",
            [("fdi", 696.3)],
        ),
        (  # national news: the country's figure is the report
            "Năm 2019, kim ngạch xuất khẩu của cả nước đạt 263 tỷ USD.",
            [("exports", 263.0)],
        ),
        (  # projects' capital registered in đồng is investment; in dollars it is FDI
            "Tỉnh trao giấy chứng nhận cho 8 dự án với tổng số vốn đăng ký gần 3.600 tỉ đồng. "
            "Cả nước có 2.613 dự án mới với tổng vốn đăng ký là 15,81 tỷ USD.",
            [("investment", 3600.0), ("fdi", 15.81)],
        ),
        (  # capital put into a foreign country's firms is no one's investment of ours
            "Năm 2015, Nga đã đầu tư gần 4,6 tỉ USD vào các doanh nghiệp Mỹ.",
            [],
        ),
        (  # đồng by its currency code, before the dollars it equals
            "Tổng vốn đầu tư của dự án là hơn 434 tỉ VND, tương đương 19.351.600 USD.",
            [("investment", 434.0)],
        ),
        (  # a total capital in đồng is investment, the project named a clause before
            "Dự án bệnh viện được khởi công năm ngoái, với tổng số vốn lên tới 1.700 tỷ đồng.",
            [("investment", 1700.0)],
        ),
        (  # visitors counted as "khách" are visits; an airport's passengers or a firm's
            # customers are not
            "Du khách quốc tế tới Việt Nam phải đạt mục tiêu 14 triệu khách. Nhà ga hành "
            "khách quốc tế phục vụ 4 triệu khách. Ngân hàng có 2 triệu khách hàng.",
            [("tourism", 14.0)],
        ),
        (  # a bare billion closing its clause is of đồng; of people it is no amount
            "Cầu Tân Vũ có tổng mức đầu tư gần 11.850 tỷ. Dân số thế giới vượt 7 tỷ người.",
            [("investment", 11850.0)],
        ),
        (  # … but a firm's shipment, as in dollars, is no trade figure
            "Đám cưới dùng hoa tươi nhập khẩu 2 tỷ, trang trí rạp cưới hết 3,7 tỷ.",
            [],
        ),
        (  # revenue from one source is a part; "từ đầu năm" is a time, no source
            "Thu ngân sách từ thuế bảo vệ môi trường đã tăng lên 41.924 tỷ đồng. Thu ngân sách "
            "nhà nước từ đầu năm đạt 1.250 tỷ đồng.",
            [("budget_revenue", 1250.0)],
        ),
        (  # visitors told being or suffering something are people in a story
            "Lúc cháy, khách sạn có 232 du khách đang bị mắc kẹt. Khoảng 1.000 du khách đang "
            "tắm thì lũ về. Năm nay khu du lịch đón 150.000 lượt khách.",
            [("tourism", 150000.0)],
        ),
        (  # a worker's pay is no income per head
            "Thu nhập bình quân tháng của lao động làm công hưởng lương là 6,2 triệu đồng. "
            "Thu nhập bình quân đầu người của huyện đạt 38 triệu đồng.",
            [("income_per_capita", 38.0)],
        ),
    ],
)
def test_indicator_phrasings_and_whose_figure(sentence, expected) -> None:
    values = extract_facets("", sentence, datetime(2020, 1, 5)).indicator_values
    assert [(v["indicator"], v["value"]) for v in values] == expected


def test_capital_told_in_both_currencies_is_two_figures() -> None:
    """ "tổng vốn đăng ký 95 triệu USD và 1.250 tỷ đồng": the second currency's sum is
    investment too, beside FDI or investment, whichever currency comes first; and the
    dollars of such a pair are no part of the article's FDI."""
    body = (
        "Năm qua tỉnh thu hút 12 dự án đầu tư nước ngoài với tổng vốn 64 triệu USD. "
        "Tại hội nghị, tỉnh trao giấy chứng nhận cho 6 dự án với tổng vốn đăng ký gần "
        "2.150 tỷ đồng và 95 triệu USD. Năm 2016 có 30 dự án đầu tư nước ngoài và 18 dự án "
        "trong nước với tổng vốn đầu tư đăng ký là 420 triệu USD (khoảng 9.400 tỷ đồng) và "
        "1.250 tỷ đồng."
    )
    values = extract_facets("", body, datetime(2017, 2, 6)).indicator_values
    assert sorted((v["indicator"], v["value"], v["unit"]) for v in values) == [
        ("fdi", 64.0, "triệu USD"),
        ("fdi", 420.0, "triệu USD"),
        ("investment", 95.0, "triệu USD"),
        ("investment", 1250.0, "tỷ đồng"),
        ("investment", 2150.0, "tỷ đồng"),
    ]


def test_a_bare_billion_takes_the_dollars_of_its_sentence() -> None:
    """ "nhập khẩu khoảng 10 tỷ, xuất khẩu khoảng 40 tỷ, … 30 tỷ USD": the bare billions
    are of the dollars their sentence names; the next sentence's are of đồng."""
    body = (
        "Việt Nam nhập khẩu từ Hoa Kỳ khoảng 10 tỷ, xuất khẩu khoảng 40 tỷ, như vậy xuất "
        "siêu khoảng 30 tỷ USD. Nhà máy có tổng vốn đầu tư khoảng 5.500 tỷ."
    )
    values = extract_facets("", body, datetime(2017, 6, 1)).indicator_values
    assert [(v["indicator"], v["value"], v["unit"]) for v in values] == [
        ("exports", 40.0, "tỷ USD"),
        ("investment", 5500.0, "tỷ đồng"),
    ]


def test_a_figure_in_another_currency_keeps_it() -> None:
    """ "46,4 tỷ CAD (35,3 tỷ USD)": the figure as written, in its own currency (the
    guidelines keep a unit as written), not the dollars it is converted to."""
    body = (
        "Xuất khẩu tháng 12/2016 tăng lên mức kỷ lục 46,4 tỷ CAD (35,3 tỷ USD). "
        "Dự án đường ống có tổng vốn đầu tư 9,5 tỷ EUR."
    )
    title = "Canada thâm hụt thương mại gần 20 tỷ USD"
    values = extract_facets(title, body, datetime(2017, 2, 1)).indicator_values
    assert [(v["indicator"], v["value"], v["unit"]) for v in values] == [
        ("exports", 46.4, "tỷ CAD"),
        ("investment", 9.5, "tỷ euro"),
    ]


def test_numbers_that_are_not_years() -> None:
    body = (
        "UBND tỉnh có Quyết định số 28/2017/QĐ-UBND ngày 25/1/2017 về giá. "
        "Kim ngạch xuất khẩu ước 1.500 triệu USD, tăng 2% so với năm 2015."
    )
    f = extract_facets("", body, datetime(2018, 3, 1))
    assert f.years == [2015, 2018]
    assert f.indicator_values[0]["value"] == 1500
    assert f.indicator_values[0]["year"] == 2018


def test_a_year_in_a_quoted_name_is_the_names() -> None:
    """A report's or a contest's quoted name holding a year ("báo cáo … về "… năm 2016"",
    "cuộc thi "Hoa hậu Hoàn vũ 2015"") names it; a quoted speech's year is reported."""
    from indexer.facets.years import extract_years

    published = datetime(2017, 6, 1)
    named = (
        'Theo báo cáo của công ty về "những cơ hội đầu tư bất động sản ở châu Á năm 2016", '
        "thị trường hấp dẫn. Cô từng thi cuộc thi “Hoa hậu Hoàn vũ 2015”."
    )
    said = "Ông Nam nói: “Năm 2016, tỉnh thu ngân sách 5.000 tỷ đồng”."
    assert extract_years("", named, published) == [2017]
    assert extract_years("", said, published) == [2016, 2017]


def test_the_years_of_laws_treaties_and_amendments_are_no_reporting_years() -> None:
    """A law, ordinance, treaty or official letter named by its year, and the year it
    was amended in, are its name; the period a treaty applies in is reported, and so is
    a numbered phase's ("Giai đoạn 4 (2018-2020)")."""
    from indexer.facets.years import extract_years

    published = datetime(2017, 6, 1)
    named = (
        "Theo Bộ luật hình sự năm 1999, sửa đổi, bổ sung năm 2009 và Pháp lệnh nhà ở năm "
        "1991, kể cả Hiệp định thương mại song phương năm 2001, tòa tuyên án."
    )
    applied = "Thực hiện Hiệp định ATIGA giai đoạn 2016-2018, thuế nhập khẩu sẽ giảm về 0%."
    assert extract_years("", named, published) == [2017]
    assert extract_years("", applied, published) == [2016, 2017, 2018]
    letter = "Việc chống đỡ đã được Bộ thỏa thuận tại công văn số 3478 năm 2011."
    assert extract_years("", letter, published) == [2017]
    phase = "Giai đoạn 4 (2018-2020), Chương trình sẽ thực hiện các chiến dịch truyền thông."
    assert extract_years("", phase, published) == [2017, 2018, 2020]


def test_periods_written_short() -> None:
    """ "so cùng kỳ 2016" is a comparison base without "với"; "cuối 2016", "đầu 2017",
    a lunar year's label "Đinh Dậu 2017" and months listed "tháng 2 và 3.2016" are
    periods without "năm"."""
    from indexer.facets.years import extract_years

    published = datetime(2018, 6, 1)
    short = (
        "Doanh thu đạt 767 nghìn tỷ đồng, tăng 7,3% so cùng kỳ 2014. Cổ phiếu lên sàn cuối "
        "2015 và đầu 2016 tăng mạnh. Sau Tết Nguyên đán Đinh Dậu 2017, Thủ tướng yêu cầu "
        "các bộ đôn đốc thực hiện nhiệm vụ."
    )
    assert extract_years("", short, published) == [2014, 2015, 2016, 2017, 2018]
    months = "Phiên tòa diễn ra tháng 2 và 3.2016, sau đó bị trả hồ sơ điều tra bổ sung."
    assert extract_years("", months, published) == [2016, 2018]


def test_corpus_street_and_bylines() -> None:
    f = _article("dantri-society-077")  # "đường Nguyễn Hữu Cảnh", byline "Nguyễn Quang"
    assert f.provinces == ["Hồ Chí Minh"]
    assert f.officials == []
    f = _article("baomoi-21491201")  # lottery rules; ends with the byline "./. Hà Giang"
    assert "Hà Giang" not in f.provinces_mentioned
    assert f.provinces[0] == "Hồ Chí Minh"


def test_corpus_business_people_are_not_officials() -> None:
    # "Ông Nguyễn Quang Huy, Tổng Giám đốc Công ty CP Đầu tư hạ tầng giao thông Đèo Cả"
    assert _article("dantri-society-216").officials == []
    # "Trần Văn Dũng là Giám đốc Công ty Hà Phát" and other company staff in a court case
    assert _article("dantri-society-250").officials == []


def test_corpus_document_numbers_are_not_years() -> None:
    # "Thông tư số 136/2013/TT-BTC ngày 03/10/2013": a document and its date, no period.
    # (2017 is reported: the prize was claimed "(06/02/2017)", "Năm 2017, Vietlott … mở rộng".)
    assert 2013 not in _article("baomoi-21491201").years


def test_a_cited_documents_date_is_no_year_but_a_findings_date_is() -> None:
    """A document is cited by its number before its date; "kết luận điều tra cho thấy"
    names none, so the date after it is when the case happened. A document issued in the
    article's own year is the decision it reports; one cited as the legal basis is not,
    whatever its year."""
    from datetime import datetime

    from indexer.facets.years import extract_years

    published = datetime(2017, 6, 1)
    findings = "Theo kết luận điều tra cho thấy, tối 20/10/2016, tài xế đã gây án."
    cited = "Theo Quyết định số 12/QĐ-UBND ngày 16/10/2016, tỉnh thu hồi đất."
    assert extract_years("", findings, published) == [2016, 2017]
    assert extract_years("", cited, published) == [2017]
    issued = "UBND tỉnh ban hành Thông báo số 151/TB-UBND ngày 05/5/2017 về chăn nuôi lợn."
    basis = "Thủ tục được quy định tại Thông tư số 29/2015/TT-BYT ngày 12/10/2015."
    assert extract_years("", issued, published) == [2017]
    assert extract_years("", issued, None) == [2017]
    assert extract_years("", basis, None) == []


def test_corpus_officials_with_long_roles() -> None:
    f = _article("dantri-society-096")
    roles = {r["name"]: r["role"] for r in f.official_roles}
    assert roles["Chử Xuân Dũng"] == "Phó Chủ tịch UBND TP Hà Nội"
    assert f.provinces == ["Hà Nội"]


def test_whole_sample_runs(capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(_corpus().values())
    start = time.perf_counter()
    facets = [_article(r["id"]) for r in rows]
    rate = len(rows) / (time.perf_counter() - start)
    with capsys.disabled():
        print(f"\nfacets: {rate:.0f} docs/s over {len(rows)} articles")
    assert all(set(f.provinces) <= set(f.provinces_mentioned) for f in facets)
    assert all(
        v["kind"] in {"actual", "estimate", "target"} for f in facets for v in f.indicator_values
    )


def _values(body: str, summary: str | None = None) -> list[tuple]:
    f = extract_facets("", body, datetime(2017, 6, 1), summary=summary)
    return [(v["indicator"], v["value"], v["unit"], v["kind"]) for v in f.indicator_values]


def _roles_of(body: str, title: str) -> dict[str, str]:
    """Each official's role, by name."""
    return {r["name"]: r["role"] for r in extract_facets(title, body).official_roles}


def _whose(body: str, flag: str) -> list[tuple]:
    """Each figure's value and whether it is marked ``flag`` ("country", "company",
    "sub_province"): whose the extractor reads it as."""
    f = extract_facets("", body, datetime(2017, 7, 1))
    return [(v["value"], v[flag]) for v in f.indicator_values]


def test_indicators_phrased_another_way() -> None:
    vals = _values(
        "Chỉ số sản xuất toàn ngành công nghiệp quý II ước tăng chậm ở mức 2,4% so với cùng kỳ.\n"
        "Kinh tế của tỉnh tăng trưởng khá, đạt 6,9%.\n"
        "Doanh thu xã hội từ du lịch đạt 410 tỷ đồng, tăng 12%."
    )
    assert vals == [
        ("iip", 2.4, "%", "estimate"),
        ("grdp_growth", 6.9, "%", "actual"),
        ("tourism", 410.0, "tỷ đồng", "actual"),
    ]


def test_a_figure_keeps_the_period_its_whole_sentence_names() -> None:
    """ "Tính chung 6 tháng, …" opens the sentence, far from the figure's own clause."""
    f = extract_facets(
        "",
        "Tháng 6, kim ngạch xuất khẩu của tỉnh ước đạt 210 triệu USD. Tính chung 6 tháng "
        "đầu năm 2017, kim ngạch xuất khẩu đạt 1.150 triệu USD, tăng 9% so cùng kỳ năm 2016.\n"
        "Riêng quý II, thu ngân sách đạt 900 tỷ đồng.",
        datetime(2017, 7, 1),
    )
    periods = [(v["indicator"], v["value"], v["period"]) for v in f.indicator_values]
    assert periods == [
        ("exports", 210.0, "tháng 6"),
        ("exports", 1150.0, "6 tháng"),
        ("budget_revenue", 900.0, "quý II"),
    ]


def test_a_figure_takes_the_period_an_earlier_sentence_of_its_paragraph_sets() -> None:
    """A report names its period once ("Sáu tháng đầu năm …") and lists figures after;
    a period takes its year along, and months and counts may be words."""
    f = extract_facets(
        "",
        "Sáu tháng đầu năm 2018, kinh tế tỉnh khởi sắc. Tổng thu ngân sách đạt 5.120 tỷ "
        "đồng, tăng 8%. Trong tháng bảy, kim ngạch xuất khẩu ước đạt 95 triệu USD.\n"
        "Trong quý 1 năm 2018, lượng khách du lịch đạt 1.200.000 lượt khách. "
        "Tháng 5/2018 chỉ số giá tiêu dùng tăng 0,3%.\n"
        "Kim ngạch nhập khẩu đạt 70 triệu USD.",
        datetime(2018, 8, 1),
    )
    periods = [(v["indicator"], v["value"], v["period"]) for v in f.indicator_values]
    assert periods == [
        ("budget_revenue", 5120.0, "6 tháng"),
        ("exports", 95.0, "tháng 7"),
        ("tourism", 1200000.0, "quý I"),
        ("cpi", 0.3, "tháng 5"),
        ("imports", 70.0, None),  # a new paragraph names no period
    ]


def test_the_year_of_a_figure_in_an_undated_report() -> None:
    """Without a publication date: a comparison base names the year before the figure's,
    a quarter or month carries its year, a year in brackets after a figure is its own."""
    f = extract_facets(
        "",
        "Kim ngạch xuất khẩu ước đạt 17 tỉ USD, tăng 17,4% so với cùng kỳ 2016. "
        "Thu ngân sách đạt 3.200 tỷ đồng.\n"
        "Tăng trưởng kinh tế quý 1-2018 đạt 6,1%.\n"
        "Lượng khách du lịch đạt kỷ lục trên 14 triệu lượt khách (năm 2019).",
    )
    years = [(v["indicator"], v["year"]) for v in f.indicator_values]
    assert years == [
        ("exports", 2017),
        ("budget_revenue", 2017),  # no year of its own: the report's, after its base
        ("grdp_growth", 2018),
        ("tourism", 2019),
    ]


def test_a_laws_year_is_no_figures_year_and_an_oda_loan_no_investment() -> None:
    """A year naming a law or a treaty earlier in the paragraph ("Luật Biển năm 1982")
    is background, not the year of the figure after it; an ODA loan or a grant "trị
    giá" … is no investment, a project "trị giá" … is."""
    f = extract_facets(
        "",
        "Hai bên tuân thủ Công ước Liên Hợp Quốc về Luật Biển năm 1982. Tổng vốn đầu tư "
        "toàn xã hội của tỉnh đạt 9.000 tỷ đồng.\n"
        "Hai bên trao đổi công hàm cho 4 dự án vốn vay ODA trị giá 912 triệu USD và dự án "
        "viện trợ không hoàn lại trị giá 26,6 triệu USD. Nhật Bản tài trợ dự án bệnh viện "
        "trị giá 40 triệu USD và ký dự án không hoàn lại trị giá 26 triệu USD.\n"
        "Năm 2017, tỉnh khởi công dự án nhà máy thép trị giá 3 tỷ USD.",
    )
    assert [(v["value"], v["year"]) for v in f.indicator_values] == [(9000.0, None), (3.0, 2017)]


def test_a_deals_worth_is_investment_only_when_the_deal_invests() -> None:
    """A deal "trị giá" … is capital put in when it is an investment deal; a sale's or a
    trade deal's worth invests nothing."""
    f = extract_facets(
        "",
        "Hai nước ký thỏa thuận bán máy bay trị giá 1,3 tỷ USD.\n"
        "Các doanh nghiệp ký 15 thỏa thuận hợp tác đầu tư trị giá 22 tỷ USD.",
    )
    assert [(v["indicator"], v["value"]) for v in f.indicator_values] == [("investment", 22.0)]


def test_a_projects_capital_is_investment_but_a_lenders_programmes_are_not() -> None:
    """ "dự án … với tổng số vốn X" gives the projects' capital, in đồng or (one project)
    in dollars; a lender's "dự án và chương trình với tổng vốn …" invests nothing."""
    f = extract_facets(
        "",
        "Tập đoàn đẩy nhanh tiến độ 41 dự án đang đầu tư với tổng số vốn 5.500 tỉ đồng.\n"
        "Công ty khởi công dự án với số vốn 500 triệu USD.\n"
        "Quỹ đã cho Việt Nam vay 19 dự án và chương trình với tổng vốn 217 triệu USD.",
    )
    assert [(v["indicator"], v["value"], v["unit"]) for v in f.indicator_values] == [
        ("investment", 5500.0, "tỷ đồng"),
        ("investment", 500.0, "triệu USD"),
    ]


def test_exports_to_markets_counted_then_their_value() -> None:
    """ "xuất khẩu tôm sang 90 thị trường, đạt kim ngạch 3,1 tỷ USD" gives the trade's
    value past the count of its markets (the title names the product)."""
    f = extract_facets(
        "Ngành tôm có lợi thế",
        "Năm 2016, Việt Nam đã xuất khẩu tôm sang 90 thị trường trên thế giới, đạt kim "
        "ngạch hơn 3,1 tỉ USD, tăng 6,7% so với năm 2015.",
        datetime(2017, 7, 1),
    )
    assert [(v["indicator"], v["value"], v["year"]) for v in f.indicator_values] == [
        ("exports", 3.1, 2016)
    ]


def test_exports_told_with_their_period_or_with_duoc() -> None:
    """A period between "xuất khẩu" and its figure ("xuất khẩu cao su tháng 1/2017 đạt"),
    or "được" ("xuất khẩu được khoảng 75.000 tấn và 456 triệu USD"), keeps the figure its
    own; the tonnage is passed over for the money."""
    f = extract_facets(
        "Xuất khẩu cao su và hồ tiêu",
        "Khối lượng xuất khẩu cao su tháng 1/2017 đạt 102 nghìn tấn với giá trị đạt 193 "
        "triệu USD.\nTrong 4 tháng đầu năm 2017, cả nước xuất khẩu được khoảng 75.000 tấn "
        "và 456 triệu USD.",
        datetime(2017, 7, 1),
    )
    assert [(v["indicator"], v["value"], v["unit"]) for v in f.indicator_values] == [
        ("exports", 193.0, "triệu USD"),
        ("exports", 456.0, "triệu USD"),
    ]


def test_a_volume_traded_and_its_change_are_no_trade_value() -> None:
    """A change after a quantity of goods ("122.000 tấn cà phê, giảm 9,4%") is the
    volume's; a product whose volume is told ("khối lượng tiêu xuất khẩu") is one
    product's trade, kept only where the title names it; "được giảm 10%" after a market
    is a duty cut, no figure."""
    body = (
        "Tháng 5, Việt Nam đã xuất khẩu được 122.000 tấn cà phê, giảm 9,4% so với tháng "
        "trước.\nKhối lượng tiêu xuất khẩu tháng 5/2017 ước đạt 22.000 tấn, với giá trị đạt "
        "119 triệu USD.\nXe nhập khẩu từ ASEAN sau khi được giảm 10% thuế vẫn đắt."
    )
    assert extract_facets("Xuất khẩu nông sản", body, datetime(2017, 7, 1)).indicator_values == []
    pepper = extract_facets("Giá tiêu sụt giảm", body, datetime(2017, 7, 1))
    assert [(v["indicator"], v["value"]) for v in pepper.indicator_values] == [("exports", 119.0)]


def test_a_forecast_by_a_bank_or_the_imf_is_no_figure() -> None:
    """The guidelines count a government's plan, never a third party's forecast: the
    IMF's, a bank's, experts'; nor is a debt-to-GDP ratio any growth."""
    f = extract_facets(
        "Kinh tế năm 2017",
        "Tổng cục Thống kê cho biết GDP quý I tăng 5,1%. Quỹ Tiền tệ Quốc tế (IMF) dự báo "
        "tăng trưởng kinh tế năm 2017 đạt khoảng 6,5%. Theo HSBC, lạm phát năm nay sẽ ở "
        "mức 4%. Fitch kỳ vọng nợ công/GDP ở mức 39%. Chính phủ dự báo tăng trưởng cả năm "
        "đạt 6,7%.",
        datetime(2017, 5, 2),
    )
    assert [(v["indicator"], v["value"], v["kind"]) for v in f.indicator_values] == [
        ("grdp_growth", 5.1, "actual"),
        ("grdp_growth", 6.7, "target"),
    ]


def test_a_forecast_a_third_party_tells_of_is_no_figure() -> None:
    """ "IMF cho biết … sẽ chỉ đạt", "Moody’s (typographic apostrophe) … nâng mức dự
    báo": a third party's forecast told rather than named so; the statistics office
    telling of what is to come is the government's."""
    f = extract_facets(
        "Kinh tế năm 2017",
        "IMF cho biết tăng trưởng GDP của Mỹ năm nay sẽ chỉ đạt 2,1%. Moody’s nâng mức "
        "dự báo tăng trưởng kinh tế năm 2017 của Hàn Quốc lên 2,8%. Tổng cục Thống kê cho "
        "biết GDP quý II sẽ tăng 6,4%.",
        datetime(2017, 5, 2),
    )
    assert [(v["indicator"], v["value"]) for v in f.indicator_values] == [("grdp_growth", 6.4)]


def test_a_brokers_forecast_is_no_figure() -> None:
    """A securities company's analyst telling what the year will bring ("Công ty Chứng
    khoán … bổ sung rằng GDP năm nay sẽ …, lạm phát ở mức …") forecasts, as a bank does:
    every figure of the list is the broker's."""
    f = extract_facets(
        "Chứng khoán năm 2017",
        "GDP quý I tăng 5,1%. Ông Lê Văn An - Giám đốc đầu tư, Công ty Chứng khoán ABS bổ "
        "sung rằng GDP năm nay sẽ tăng trưởng khoảng 6,3%, lạm phát ở mức 4% và tín dụng "
        "tăng 18%. CTCK Bảo Minh cho rằng CPI cả năm sẽ ở mức 4,5%.",
        datetime(2017, 5, 2),
    )
    assert [(v["indicator"], v["value"]) for v in f.indicator_values] == [("grdp_growth", 5.1)]


def test_a_foreign_economys_figure_is_an_indicator_only_of_an_article_about_it() -> None:
    """ "lạm phát của Mỹ", "GDP của khu vực APEC": context in an article about something
    else, the subject of one whose title names that economy; Vietnam's own figure, or
    one naming a place of ours, stays."""
    body = (
        "Lạm phát của Mỹ trong tháng 6 đã tăng 1,3% so với cùng kỳ. Năm 2016, GDP của khu "
        "vực APEC tăng 3,5%. Kim ngạch xuất khẩu của Việt Nam đạt 100 tỷ USD."
    )
    other = extract_facets("Giá vàng hôm nay", body, datetime(2017, 7, 1))
    assert [v["indicator"] for v in other.indicator_values] == ["exports"]
    about = extract_facets("Lạm phát của Mỹ tăng", body, datetime(2017, 7, 1))
    assert [v["indicator"] for v in about.indicator_values] == ["cpi", "exports"]


def test_a_regions_figure_is_a_foreign_economys_the_nearest_named() -> None:
    """A continent's or a bloc's growth ("kinh tế ở châu Á") is no one's of ours; of two
    economies in a clause the figure is the nearest's ("… của EU … kinh tế của Anh")."""
    body = (
        "Tăng trưởng kinh tế ở châu Á được dự báo sẽ đạt 5,5% trong năm nay. Tăng "
        "trưởng của EU là 0,6% trong khi tốc độ tăng trưởng kinh tế của Anh chỉ khoảng 0,2%."
    )
    other = extract_facets("Ấn Độ thu hút đầu tư", body, datetime(2017, 7, 1))
    assert other.indicator_values == []
    britain = extract_facets("Anh loay hoay sau Brexit", body, datetime(2017, 7, 1))
    assert [v["value"] for v in britain.indicator_values] == [0.2]


def test_a_country_referred_back_to_is_a_foreign_economy() -> None:
    """ "GDP của quốc gia này", "… của nước này" (this country) refers back to a foreign
    one, ours being "nước ta": a figure of an article whose title names a foreign
    country, no other's."""
    body = (
        "Indonesia thu hút nhiều nhà đầu tư. GDP của quốc gia này được dự kiến sẽ đạt 5,3% "
        "trong năm 2017. Kim ngạch xuất khẩu của nước này giảm hơn 60% trong năm 2016."
    )
    other = extract_facets("Bất động sản Việt Nam hấp dẫn", body, datetime(2017, 7, 1))
    assert other.indicator_values == []
    about = extract_facets("Kinh tế Indonesia khởi sắc", body, datetime(2017, 7, 1))
    assert [v["indicator"] for v in about.indicator_values] == ["grdp_growth", "exports"]


def test_a_figure_required_is_a_target() -> None:
    """ "phải đạt", "cần đạt": a figure still to reach, not one reached."""
    assert _values(
        "Sáu tháng đầu năm, GRDP của tỉnh tăng 6,1%. Để hoàn thành kế hoạch, sáu tháng cuối "
        "năm GRDP phải đạt 8,2%. Kim ngạch xuất khẩu cần đạt 900 triệu USD."
    ) == [
        ("grdp_growth", 6.1, "%", "actual"),
        ("grdp_growth", 8.2, "%", "target"),
        ("exports", 900.0, "triệu USD", "target"),
    ]


def test_a_share_of_gdp_or_a_sectors_gdp_is_no_growth() -> None:
    """ "tỷ trọng GDP 39%", "… trong tổng sản phẩm trong nước (GDP) 14%" are a share of
    GDP; "GDP toàn ngành nông nghiệp" is one sector's output: neither is the economy's
    growth, which the last sentence reports."""
    f = extract_facets(
        "Kinh tế năm 2016",
        "Khu vực tư nhân có tỷ trọng GDP duy trì ổn định 38-40%. Chế biến trong tổng sản "
        "phẩm trong nước (GDP) đã tăng từ 12% lên 18%. GDP toàn ngành thủy sản tăng 3,1%. "
        "GDP cả nước năm 2016 tăng 6,21%.",
        datetime(2017, 1, 5),
    )
    assert [(v["indicator"], v["value"]) for v in f.indicator_values] == [("grdp_growth", 6.21)]


def test_foreign_capital_in_percent_is_only_its_change() -> None:
    """A ratio about foreign investors ("tỉ lệ … từ 40% lên 44%", an ownership cap
    "lên 49%") is no FDI level; "FDI tăng 0,5%" is its growth."""
    f = extract_facets(
        "Đầu tư nước ngoài",
        "Tỉ lệ chuyển từ vốn đăng ký sang vốn thực hiện của dự án đầu tư nước ngoài tăng từ "
        "40% lên 44%. Công ty nâng tỷ lệ sở hữu của nhà đầu tư nước ngoài lên 49% từ mức "
        "30%. Năm 2020, vốn đầu tư trực tiếp nước ngoài (FDI) tăng 0,5%.",
        datetime(2021, 1, 5),
    )
    assert [(v["indicator"], v["value"], v["unit"]) for v in f.indicator_values] == [
        ("fdi", 0.5, "%")
    ]


def test_registered_investment_in_dollars_is_foreign_capital() -> None:
    """ "vốn đầu tư đăng ký" in dollars is FDI, like "vốn đăng ký"; in đồng it is a
    domestic project's investment."""
    f = extract_facets(
        "Hợp tác đầu tư",
        "Đức có 300 dự án với tổng vốn đầu tư đăng ký là 1,41 tỷ USD. Các dự án trong "
        "nước có vốn đầu tư đăng ký 500 tỷ đồng.",
        datetime(2017, 7, 1),
    )
    assert [(v["indicator"], v["value"], v["unit"]) for v in f.indicator_values] == [
        ("fdi", 1.41, "tỷ USD"),
        ("investment", 500.0, "tỷ đồng"),
    ]


def test_goods_turnover_and_service_revenue_is_the_retail_total() -> None:
    """The big cities' statistics name the retail total "tổng mức lưu chuyển hàng hóa
    và doanh thu dịch vụ tiêu dùng xã hội"; goods moving in trade is no such figure."""
    f = extract_facets(
        "Kinh tế thành phố tháng 1",
        "Tổng mức lưu chuyển hàng hóa và doanh thu dịch vụ tiêu dùng xã hội tháng 1 của "
        "thành phố đạt 95.400 tỷ đồng, tăng 8,2% so cùng kỳ. Lưu chuyển hàng hóa thương "
        "mại trong khu vực tăng 10%.",
        datetime(2018, 2, 5),
    )
    assert [(v["indicator"], v["value"], v["change_pct"]) for v in f.indicator_values] == [
        ("retail_sales", 95400.0, 8.2)
    ]


def test_inflation_is_a_level_however_it_is_worded() -> None:
    """ "CPI … khoảng 4%", "lạm phát … dưới 4%", "ở mức 3,5%" state inflation itself;
    "chiếm khoảng 40%" of exports is a share, no figure."""
    body = (
        "Mục tiêu kiểm soát lạm phát năm 2018 khoảng 4%.\n"
        "Chỉ số giá tiêu dùng (CPI) bình quân 6 tháng ở mức 3,5%.\n"
        "Xuất khẩu của tỉnh chiếm khoảng 40% cả vùng."
    )
    f = extract_facets("Kinh tế vĩ mô", body, datetime(2018, 7, 2))
    assert [(v["indicator"], v["value"], v["kind"]) for v in f.indicator_values] == [
        ("cpi", 4.0, "target"),
        ("cpi", 3.5, "actual"),
    ]


def test_a_figure_stated_again_is_one_value() -> None:
    """The title, the lead and the body often state the same figure: one value."""
    body = (
        "Tốc độ tăng trưởng kinh tế 6 tháng đầu năm 2017 đạt 5,73%.\n"
        "Theo báo cáo, tốc độ tăng trưởng kinh tế 6 tháng đầu năm 2017 đạt 5,73%, cao hơn "
        "cùng kỳ."
    )
    f = extract_facets("Kinh tế vĩ mô", body, datetime(2017, 7, 2))
    assert [(v["indicator"], v["value"]) for v in f.indicator_values] == [("grdp_growth", 5.73)]


def test_investments_share_of_gdp_is_its_level() -> None:
    """The macro reports state investment as a share of GDP ("vốn đầu tư toàn xã hội
    bằng khoảng 33% GDP"); another indicator's "bằng 80%" is a ratio, no level."""
    body = (
        "Năm 2018, tổng vốn đầu tư toàn xã hội bằng khoảng 33-34% GDP.\n"
        "Kim ngạch xuất khẩu năm 2018 bằng 80% cùng kỳ."
    )
    f = extract_facets("Kinh tế vĩ mô", body, datetime(2018, 7, 2))
    assert [(v["indicator"], v["value"], v["unit"]) for v in f.indicator_values] == [
        ("investment", 33.0, "%")
    ]


def test_the_country_stays_the_subject_until_a_place_is_named() -> None:
    """A figure naming no place after sentences about the country is the country's
    ("Cả nước có … dự án. Có 5.970 doanh nghiệp … 4,51 tỷ USD"), as is one a ministry
    or the statistics office reports ("Nguồn tin từ Bộ NN&PTNT cho biết, …", "Tổng Cục
    thống kê") or after provinces counted ("rót vốn vào 40 tỉnh, thành phố"); a sentence
    naming the province ends it."""
    assert _whose(
        "Tính đến 31/12/2016, cả nước có 2.613 dự án mới. Có 5.970 doanh nghiệp có nhà đầu "
        "tư nước ngoài góp vốn với tổng vốn đầu tư là 4,51 tỷ USD. Riêng tỉnh Hưng Yên có "
        "thêm 30 dự án. Vốn đầu tư nước ngoài đạt 300 triệu USD.\n"
        "Nguồn tin từ Bộ NN&PTNT cho biết, giá trị xuất khẩu 6 tháng 2017 ước đạt 1,7 tỷ USD.\n"
        "Theo Tổng Cục thống kê, kim ngạch nhập khẩu tháng 1 đạt 710 triệu USD.\n"
        "Nhà đầu tư nước ngoài đã rót vốn vào 40 tỉnh, thành phố. Tính đến ngày 20/1, vốn "
        "FDI đã giải ngân được 900 triệu USD. Tỉnh Long An thu hút 100 triệu USD vốn FDI.",
        "country",
    ) == [
        (4.51, True),
        (300.0, False),
        (1.7, True),
        (710.0, True),
        (900.0, True),
        (100.0, False),
    ]


def test_a_district_stays_the_subject_until_the_province_is_named() -> None:
    """A figure naming no place after a district's, in its paragraph, is the district's
    ("Tổng giá trị sản xuất trên toàn huyện đạt …; thu nhập bình quân đầu người đạt …");
    one naming the province ends it; "Phát triển Nông thôn" names no hamlet ("thôn")."""
    assert _whose(
        "Tổng thu ngân sách của huyện trong năm 2016 đạt 609 tỷ đồng. Giá trị sản xuất trên "
        "toàn huyện đạt 5.473 tỷ đồng; thu nhập bình quân đầu người đạt 33,8 triệu đồng. "
        "Thu nhập bình quân đầu người của tỉnh đạt 30 triệu đồng.\n"
        "Theo Bộ Nông nghiệp và Phát triển Nông thôn tỉnh, kim ngạch xuất khẩu 6 tháng đạt "
        "300 triệu USD.",
        "sub_province",
    ) == [
        (609.0, True),
        (33.8, True),
        (30.0, False),
        (300.0, False),
    ]


@pytest.mark.parametrize(
    ("body", "province"),
    [
        # the data tells a city and a district of one name apart ("Cao Lãnh (Thành
        # phố)", "Cao Lãnh (Huyện)"); the news writes the name alone
        ("UBND huyện Kỳ Anh phạt một chủ tàu ở xã Kỳ Xuân.", "Hà Tĩnh"),
        ("UBND thị xã Cai Lậy họp về mưa lớn.", "Tiền Giang"),
        # one-word names after their unit word: "TP Vinh", "huyện Kbang"
        ("Người ăn xin trước cổng chùa ở thành phố Vinh. Công an TP Vinh đang xử lý.", "Nghệ An"),
        ("Cháy rừng ở huyện Kbang. Lực lượng kiểm lâm huyện Kbang đã dập lửa.", "Gia Lai"),
    ],
)
def test_a_city_or_district_after_its_unit_names_its_province(body, province) -> None:
    from indexer.facets.provinces import extract_provinces

    assert extract_provinces("", body).about == [province]


def test_a_city_after_a_title_and_a_longer_names_first_word_are_no_district() -> None:
    """After a title, "TP Cao Lãnh" is the place, no person; "Vinh" is not a district
    as the first word of a longer name ("thị trấn Vinh Quang", Hà Giang's)."""
    from indexer.facets.provinces import extract_provinces

    said = "Theo Chủ tịch UBND TP Cao Lãnh, dự án chậm tiến độ."
    assert extract_facets("Dự án", said).officials == []
    landslide = "Sạt lở tại thị trấn Vinh Quang. Thị trấn Vinh Quang sơ tán 20 hộ."
    assert extract_provinces("", landslide).mentioned == []


def test_a_hyphenated_province_written_without_its_dash() -> None:
    from indexer.facets.provinces import extract_provinces

    body = "UBND tỉnh Bà Rịa Vũng Tàu họp về dự án cảng."
    assert extract_provinces("", body).about == ["Bà Rịa - Vũng Tàu"]


def test_a_firms_target_and_one_projects_funds_are_not_the_provinces() -> None:
    """ "Trong tháng Giêng, đơn vị phấn đấu đạt kim ngạch xuất khẩu …" is the firm's
    (not "các đơn vị"); a clause opening with one project, its funds after it ("Dự án …
    tại Vĩnh Phúc với số vốn đăng ký 200 triệu USD"), is that project's, and one plant's
    or airport's figure that plant's (not "các nhà máy")."""
    assert _whose(
        "Trong tháng Giêng, đơn vị phấn đấu đạt kim ngạch xuất khẩu hơn 23 triệu USD.\n"
        "Trong tháng Giêng, các đơn vị đạt kim ngạch xuất khẩu 120 triệu USD.\n"
        "Ngân hàng đã ký hợp đồng tài trợ; Dự án chăn nuôi lợn tại Vĩnh Phúc với số vốn đăng "
        "ký FDI 200 triệu USD.\n"
        "Tỉnh cấp mới 12 dự án FDI với tổng vốn đăng ký 300 triệu USD.\n"
        "Nhà máy điện gió đầu tiên tại tỉnh Bạc Liêu có công suất 99 MW.\n"
        "Các nhà máy điện trên địa bàn tỉnh có công suất 1.200 MW.",
        "company",
    ) == [
        (23.0, True),
        (120.0, False),
        (200.0, True),
        (300.0, False),
        (99.0, True),
        (1200.0, False),
    ]


def test_plans_go_on_past_their_sentence_and_a_plan_to_meet_is_one() -> None:
    """A sentence right after a plan's, naming no time of its own and nothing done, goes
    on with the plan; "để hoàn thành chỉ tiêu … 8,5%" is a plan to meet, "chỉ tiêu …
    đạt kết quả tích cực như …" targets met; a terminal's "quy mô … 10 triệu lượt khách"
    is its capacity (a scale between an indicator and its figure is no capacity);
    "Riêng 2019, …" names the figure's year."""
    f = extract_facets(
        "",
        "Tỉnh phấn đấu đến năm 2020 đón hơn 4,3 triệu lượt khách. Doanh thu từ du lịch đạt "
        "4.300 tỷ đồng. Hiện doanh thu du lịch đạt 2.000 tỷ đồng.\n"
        "Để hoàn thành chỉ tiêu tăng trưởng kinh tế cả năm từ 8,5-9%, tỉnh phải cố gắng.\n"
        "Một số chỉ tiêu kinh tế xã hội đạt kết quả tích cực như tăng trưởng kinh tế tăng 6,2%.\n"
        "Nhà ga mở rộng có quy mô đạt mức tương đương 10 triệu lượt khách/năm.\n"
        "Riêng 2016, ngành du lịch tỉnh phục vụ gần 4 triệu lượt khách.\n"
        "Chỉ số sản xuất công nghiệp của tỉnh, địa phương có quy mô công nghiệp lớn, tăng 9%.",
        datetime(2017, 7, 1),
    )
    assert [(v["value"], v["kind"], v["year"]) for v in f.indicator_values] == [
        (4.3, "target", 2020),
        (4300.0, "target", 2020),
        (2000.0, "actual", 2017),
        (8.5, "target", 2017),
        (6.2, "actual", 2017),
        (4.0, "actual", 2016),
        (9.0, "actual", 2017),
    ]


def test_a_clause_going_on_from_an_estimate_is_one() -> None:
    """A breakdown of an estimated total and a list item naming no verb after an
    estimate are estimates too; a list item with a verb of its own is what it says."""
    f = extract_facets(
        "",
        "Tổng mức lưu chuyển hàng hóa 6 tháng đầu năm ước đạt 1.106 nghìn tỷ đồng; trong "
        "đó, tổng mức bán lẻ đạt gần 259 nghìn tỷ đồng.\n"
        "Kim ngạch xuất khẩu ước đạt 580 triệu USD; khách du lịch 11,85 triệu lượt.\n"
        "Kim ngạch xuất khẩu ước đạt 580 triệu USD; khách du lịch đạt 11,85 triệu lượt.",
        datetime(2017, 7, 1),
    )
    assert [(v["value"], v["kind"]) for v in f.indicator_values] == [
        (259000.0, "estimate"),
        (580.0, "estimate"),  # once: the third line states the same figure again
        (11.85, "estimate"),
        (11.85, "actual"),
    ]


def test_some_days_an_events_sentence_a_yearly_average_and_provinces_counted() -> None:
    """No year's figure of the province: a count of "some days", one told in a sentence
    about an event, an average "bình quân …%/năm" (a span's), and a figure of provinces
    counted ("vào 37 tỉnh thành phố": the country's)."""
    f = extract_facets(
        "",
        "Có ngày cửa khẩu này đón hơn 15 nghìn du khách.\n"
        "Lễ hội đường Sách diễn ra từ 25-1 đến 1-2, ước lượng 4 triệu lượt khách tham quan.\n"
        "Những năm qua tốc độ tăng trưởng kinh tế bình quân 10%/năm.\n"
        "Trong tháng 1, nhà đầu tư nước ngoài đã rót vốn vào 37 tỉnh thành phố với tổng vốn "
        "đăng ký 1,58 tỷ USD.",
        datetime(2017, 7, 1),
    )
    assert [(v["value"], v["period"], v["country"]) for v in f.indicator_values] == [
        (15.0, "một ngày", False),
        (4.0, "dịp lễ", False),
        (10.0, "nhiều năm", False),
        (1.58, "tháng 1", True),
    ]


def test_an_amount_a_year_is_a_typical_years_not_a_reported_one() -> None:
    """An amount "mỗi năm" or "/năm" after it is a typical year's level (a resort's
    visitors, a plant's design output, a firm's average exports), no year's report; a
    person's income "triệu đồng/năm" and a rate "%/năm" of a named year stay that
    year's."""
    f = extract_facets(
        "",
        "Sau 10 năm, lượng du khách đến tỉnh đã tăng lên khoảng 3 triệu lượt mỗi năm.\n"
        "Nhà máy điện mặt trời có sản lượng điện 120.000.000 kWh mỗi năm.\n"
        "Công ty có kim ngạch xuất khẩu bình quân hơn 50 triệu USD/năm.\n"
        "Năm 2016, thu nhập bình quân đầu người của tỉnh đạt 42 triệu đồng/năm.\n"
        "Năm 2016, kim ngạch xuất khẩu của tỉnh đạt 900 triệu USD.",
        datetime(2017, 3, 1),
    )
    assert [(v["value"], v["period"]) for v in f.indicator_values] == [
        (3.0, "nhiều năm"),
        (120000000.0, "nhiều năm"),
        (50.0, "nhiều năm"),
        (42.0, "năm"),
        (900.0, "năm"),
    ]


def test_a_budget_plan_a_span_to_a_year_the_country_as_vn_and_a_year_after_the_figure() -> None:
    """A budget's plan ("giao dự toán thu ngân sách năm 2015 … là") is a target; a figure
    "từ nay đến năm 2020" is a span's; "tại VN" is the country; a year named right after
    the figure ("… 12 tỉ USD trong năm 2016") is its year, not one the paragraph named
    before."""
    f = extract_facets(
        "",
        "Doanh số nhà ở tăng 30% từ năm 2015 đến năm 2016. Vốn FDI giải ngân tại VN đạt "
        "12 tỉ USD trong năm 2016.\n"
        "Tỉnh được giao dự toán thu ngân sách nhà nước năm 2015 là 900 tỷ đồng.\n"
        "Tỉnh phấn đấu từ nay đến năm 2020 đón trên 3,5 triệu lượt khách du lịch.",
        datetime(2017, 3, 1),
    )
    assert [
        (v["value"], v["kind"], v["year"], v["period"], v["country"]) for v in f.indicator_values
    ] == [
        (12.0, "actual", 2016, "năm", True),
        (900.0, "target", 2015, "năm", False),
        (3.5, "target", 2020, "nhiều năm", False),
    ]


def test_visitors_from_home_are_one_market_and_a_festival_seasons_count_a_holidays() -> None:
    """Visitors from home only ("25 triệu lượt khách nội địa") are one market's, kept
    only where the title names them, as a product's trade is; "khách trong nước và quốc
    tế" are all visitors, as are those "chủ yếu là khách nội địa"; a sentence opening
    with a festival's season ("Dự kiến mùa lễ hội Xuân năm nay, …") counts that
    season's visitors."""
    f = extract_facets(
        "",
        "Năm nay thành phố sẽ đón 6 triệu lượt khách quốc tế, 25 triệu lượt khách nội địa "
        "và tổng thu từ du lịch đạt 116.000 tỉ đồng.\n"
        "Năm 2016, tỉnh đón 900.000 lượt khách trong nước và quốc tế.\n"
        "Năm 2016, tỉnh đón 800.000 lượt khách, chủ yếu là khách nội địa.\n"
        "Dự kiến mùa lễ hội Xuân năm nay, khu di tích sẽ đón trên 2 triệu lượt khách.\n"
        "Dự kiến, Hội xuân Yên Tử năm 2017 sẽ đón khoảng 1,5 triệu lượt khách.\n"
        "Ông Lê Văn An cho biết: Lễ hội Xuân kéo dài 3 tháng, dự kiến sẽ đón 1,2 triệu lượt "
        "khách.",
        datetime(2017, 3, 1),
    )
    assert [(v["value"], v["period"], v["international"]) for v in f.indicator_values] == [
        (6.0, "năm", True),
        (116000.0, "năm", False),
        (900000.0, "năm", False),
        (800000.0, "năm", False),
        (2.0, "dịp lễ", False),
        (1.5, "dịp lễ", False),
        (1.2, "dịp lễ", False),
    ]


def test_trade_of_one_market_or_a_product_named_before_it_is_a_breakdown() -> None:
    """Trade with one market ("nhập khẩu từ Nga") or of a product group named before the
    trade ("rau quả Việt xuất khẩu") is a breakdown: kept, with its product, only where
    the title names it; the country's own imports ("vào Việt Nam") are no market."""
    body = (
        "Năm 2016, kim ngạch nhập khẩu từ Nga và thành phố đạt hơn 146 triệu USD.\n"
        "Trong 6 tháng đầu năm, rau quả Việt xuất khẩu gần 1,7 tỉ USD.\n"
        "Kim ngạch nhập khẩu vào Việt Nam đạt 2 tỷ USD."
    )
    untitled = extract_facets("Tin kinh tế", body, datetime(2017, 7, 1)).indicator_values
    assert [(v["value"], v["product"]) for v in untitled] == [(2.0, None)]
    titled = extract_facets("Quan hệ với Nga", body, datetime(2017, 7, 1)).indicator_values
    assert [(v["value"], v["product"]) for v in titled] == [(146.0, "Nga"), (2.0, None)]


def test_trade_with_the_market_a_title_names_is_read_however_worded() -> None:
    """Two countries' trade is the article's subject when the title names the partner
    (the guidelines' "Vietnam-Brazil trade"): "xuất khẩu (của Việt Nam) sang Đức đạt …"
    and "nhập khẩu từ Đức" are read with their market, as "kim ngạch xuất khẩu sang …"
    is; another country's trade with ours ("Đức nhập khẩu từ Việt Nam") and markets left
    unnamed ("sang nhiều nước") are no subject a title names."""
    body = (
        "Năm 2016, xuất khẩu của Việt Nam sang Đức đạt 5,9 tỷ USD, nhập khẩu từ Đức đạt "
        "2,8 tỷ USD. Đức cũng nhập khẩu từ Việt Nam đạt 1.065 triệu USD.\n"
        "Công ty Viễn thông xuất khẩu sang nhiều nước với doanh thu 3.218 tỷ đồng."
    )
    titled = extract_facets("Thủ tướng thăm CHLB Đức", body, datetime(2017, 7, 1))
    assert [(v["indicator"], v["value"]) for v in titled.indicator_values] == [
        ("exports", 5.9),
        ("imports", 2.8),
    ]
    assert extract_facets("Tin kinh tế", body, datetime(2017, 7, 1)).indicator_values == []
    province = "Năm 2021, kim ngạch xuất khẩu của tỉnh Long An sang Nhật Bản đạt 320 triệu USD."
    values = extract_facets("Long An: kinh tế năm 2021", province, datetime(2022, 1, 5))
    assert values.indicator_values == []  # one market's, not the province's exports


def test_a_product_or_market_named_after_the_amount_is_a_breakdown() -> None:
    """ "nhập khẩu 73 triệu USD quặng sắt từ Triều Tiên" is one product's trade, as
    "nhập khẩu quặng sắt" is; a total named with its goods in general is not."""
    body = (
        "Năm 2016, Trung Quốc nhập khẩu 73 triệu USD quặng sắt từ Triều Tiên.\n"
        "Năm 2016, kim ngạch xuất khẩu của tỉnh đạt 2 tỷ USD hàng hóa."
    )
    values = extract_facets("Tin kinh tế", body, datetime(2017, 7, 1)).indicator_values
    assert [(v["indicator"], v["value"]) for v in values] == [("exports", 2.0)]


def test_an_indicator_moved_by_something_else_is_an_effect_worked_out() -> None:
    """ "… làm CPI tăng 0,189%" is what a price rise would do; the cause of a reported
    figure ("nguyên nhân khiến GDP quý I đạt thấp (5,1%)") still reports it."""
    effect = "Nếu giá điện tăng 5% sẽ tác động làm CPI tăng 0,189%."
    assert extract_facets("Giá điện", effect, datetime(2017, 7, 1)).indicator_values == []
    cause = "Nguyên nhân khiến GDP quý I/2017 đạt thấp (5,1%) là do khai khoáng giảm."
    values = extract_facets("Kinh tế", cause, datetime(2017, 7, 1)).indicator_values
    assert [(v["indicator"], v["value"]) for v in values] == [("grdp_growth", 5.1)]


def test_an_undated_figure_naming_no_year_takes_the_year_its_sentence_names_after_it() -> None:
    """With no date and nothing before it, a figure takes the year its sentence names
    next ("…, phấn đấu cả năm 2018 …"), not a horizon ("đến năm 2025")."""
    f = extract_facets(
        "",
        "Thu ngân sách 6 tháng đầu năm của tỉnh đạt 5.000 tỷ đồng, phấn đấu cả năm 2018 "
        "vượt dự toán.\n"
        "Kim ngạch xuất khẩu đạt 900 triệu USD, đến năm 2025 đạt 2 tỷ USD.",
    )
    assert [(v["value"], v["year"], v["kind"]) for v in f.indicator_values] == [
        (5000.0, 2018, "actual"),
        (900.0, None, "actual"),
        (2.0, 2025, "target"),
    ]


def test_a_period_named_far_earlier_does_not_carry() -> None:
    """An archive body is one paragraph: a period named a thousand characters before a
    figure belongs to other figures."""
    filler = "Tỉnh tiếp tục cải cách hành chính và hỗ trợ doanh nghiệp. " * 20
    f = extract_facets(
        "",
        f"Trong quý I, kinh tế khởi sắc. {filler}Tổng vốn đầu tư toàn xã hội đạt 900 tỷ đồng.",
        datetime(2017, 7, 1),
    )
    assert [(v["indicator"], v["period"]) for v in f.indicator_values] == [("investment", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(  # published in 2017: a figure of a later year is a plan
            "Đến năm 2020, kim ngạch xuất khẩu năm 2020 đạt 1,25 tỷ USD; năm 2017 kim ngạch "
            "xuất khẩu đạt 0,9 tỷ USD.",
            [("exports", 1.25, "tỷ USD", "target"), ("exports", 0.9, "tỷ USD", "actual")],
            id="later-year-is-a-plan",
        ),
        pytest.param(
            "Thu ngân sách vượt kế hoạch đề ra, đạt 12.500 tỷ đồng.\n"
            "Nhiều chỉ tiêu kinh tế vượt kế hoạch, thu ngân sách 6 tháng đạt 7.000 tỷ đồng.\n"
            "Kim ngạch xuất khẩu năm 2019 phấn đấu đạt 2 tỷ USD.",
            [
                ("budget_revenue", 12500.0, "tỷ đồng", "actual"),
                ("budget_revenue", 7000.0, "tỷ đồng", "actual"),
                ("exports", 2.0, "tỷ USD", "target"),
            ],
            id="plan-met-is-actual",
        ),
        pytest.param(  # retail without "hàng hóa", growth with its period, registered
            # capital in dollars (foreign), "đã tăng"; a base after "cùng kỳ là" is no level
            "Tổng mức bán lẻ đạt gần 120 nghìn tỷ đồng, tăng 9%.\n"
            "Tăng trưởng của quý I ước tăng 5,2% so với cùng kỳ.\n"
            "Nhật Bản có 310 dự án tại Việt Nam với tổng vốn đăng ký là 2,4 tỷ USD.\n"
            "Xuất khẩu đã tăng 14% so với cùng kỳ.\n"
            "Doanh thu bán lẻ hàng hóa tăng 6,3%, cùng kỳ là 8,1%.",
            [
                ("retail_sales", 120000.0, "tỷ đồng", "actual"),
                ("grdp_growth", 5.2, "%", "estimate"),
                ("fdi", 2.4, "tỷ USD", "actual"),
                ("exports", 14.0, "%", "actual"),
                ("retail_sales", 6.3, "%", "actual"),
            ],
            id="national-report-phrasings",
        ),
        pytest.param(
            "Thu hút đầu tư trực tiếp nước ngoài (FDI) được tám dự án, tổng vốn đầu tư 31,8 "
            "triệu USD.\nVốn FDI đạt 300 triệu USD, tổng vốn đầu tư toàn xã hội đạt 5.000 tỷ đồng.",
            [
                ("fdi", 31.8, "triệu USD", "actual"),
                ("fdi", 300.0, "triệu USD", "actual"),
                ("investment", 5000.0, "tỷ đồng", "actual"),
            ],
            id="fdi-phrase-takes-the-capital-after-it",
        ),
        pytest.param(
            "Tổng sản phẩm trên địa bàn tỉnh tăng trưởng 7,1% so với cùng kỳ.\n"
            "Tổng lượng điện thương phẩm 4 tháng đạt 610 triệu kWh.",
            [("grdp_growth", 7.1, "%", "actual"), ("power", 610.0, "triệu kWh", "actual")],
            id="gross-product-and-electricity-sold",
        ),
        pytest.param(  # visitors counted without "lượt"; growth named by its year
            "Năm 2016, tỉnh đón 800.000 khách du lịch, năm nay phấn đấu thu hút 1 triệu du "
            "khách.\nMức tăng trưởng năm 2017 phấn đấu đạt 10,2-10,5%.",
            [
                ("tourism", 800000.0, "lượt", "actual"),
                ("tourism", 1.0, "triệu lượt", "target"),
                ("grdp_growth", 10.2, "%", "target"),
            ],
            id="visitors-without-luot-and-growth-of-a-year",
        ),
    ],
)
def test_indicator_classes_in_sentences_written_for_them(body, expected) -> None:
    assert _values(body) == expected


def test_a_targets_horizon_is_its_year_and_a_holiday_its_period() -> None:
    f = extract_facets(
        "",
        "Tháng đầu tiên của năm 2017, tỉnh đón 229.600 lượt khách; riêng 7 ngày Tết đón "
        "100.000 lượt khách. Tỉnh phấn đấu năm 2017 thu hút 3 triệu du khách, đến 2020 thu "
        "hút 5 triệu du khách.",
        datetime(2017, 2, 1),
    )
    assert [(v["value"], v["year"], v["period"]) for v in f.indicator_values] == [
        (229600.0, 2017, "tháng 1"),
        (100000.0, 2017, "dịp Tết"),
        (3.0, 2017, "năm"),
        (5.0, 2020, "năm"),
    ]


def test_customers_prices_people_in_a_story_and_daily_counts_are_no_visitor_tally() -> None:
    """A bank's customers ("lượt khách hàng"), a tour's price ("giá 8 triệu đồng"), a
    dozen people of a story ("12 du khách") are no tally; a count "mỗi ngày" is per day."""
    body = (
        "Có 38 lượt khách hàng được vay vốn. Tour du lịch 4 ngày giá 8 triệu đồng.\n"
        "Trong số khách du lịch, có 12 du khách mặc áo phao.\n"
        "Mỗi ngày có khoảng 4.000 du khách đến tham quan.\n"
        "Năm 2016, tỉnh đón 2,1 triệu lượt khách du lịch."
    )
    f = extract_facets("", body, datetime(2017, 3, 1))
    assert [(v["value"], v["unit"], v["period"]) for v in f.indicator_values] == [
        (4000.0, "lượt", "mỗi ngày"),
        (2.1, "triệu lượt", "năm"),
    ]


def test_one_indicators_figures_listed_by_year_are_one_value_each() -> None:
    """A sentence may list one indicator's figures year by year, each with its own
    change, past a semicolon; a year after the article's is a target."""
    f = extract_facets(
        "",
        "Tỉnh phấn đấu kim ngạch xuất khẩu năm 2025 là 2,6 tỷ USD và năm 2030 là 5,2 tỷ USD.\n"
        "Thu ngân sách năm 2015 đạt 4.100 tỷ đồng, tăng 8,5% so với năm 2014, năm 2016 đạt "
        "4.350 tỷ đồng, giảm 2%; đến năm 2020 sẽ đạt 6.000 tỷ đồng, trong đó năm 2019 đạt 20%.",
        datetime(2017, 3, 1),
    )
    assert [(v["value"], v["year"], v["change_pct"], v["kind"]) for v in f.indicator_values] == [
        (2.6, 2025, None, "target"),
        (5.2, 2030, None, "target"),
        (4100.0, 2015, 8.5, "actual"),
        (4350.0, 2016, -2.0, "actual"),
        (6000.0, 2020, None, "target"),
    ]
    # a value in a unit the indicator has no scale for ends the list, not the article
    income = extract_facets("", "Thu nhập bình quân theo giờ tăng 0,2%, kỳ vọng là 0,3%.")
    assert [(v["value"], v["unit"]) for v in income.indicator_values] == [(0.3, "%")]


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Trung Quốc là đối tác đầu tư lớn nhất tại Việt Nam (vốn FDI đạt 11,2 tỷ USD).", True),
        ("Theo Tổng cục Thống kê, GDP quý I chỉ đạt 5,1%.", True),
        ("Kim ngạch xuất khẩu của tỉnh đạt 2 tỷ USD, đứng thứ 3 cả nước.", False),
        ("Du lịch liên kết với cả nước; phấn đấu năm 2017 đón 1 triệu du khách.", False),
    ],
)
def test_a_figure_of_the_country_is_marked_so(body, country) -> None:
    """Its clause names the country and no local authority: it answers no province."""
    f = extract_facets("", body, datetime(2017, 6, 1))
    assert [v["country"] for v in f.indicator_values] == [country]


def test_target_words_opening_a_sentence_and_lists_of_targets() -> None:
    """Target words count capitalised; a colon right after them opens a list of
    targets, one further on (a heading glued to the next sentence) does not, nor one
    after words that name no figure to reach ("đề xuất các dự án như:")."""
    vals = _values(
        "Mục tiêu năm nay, thu ngân sách đạt 10.000 tỷ đồng.\n"
        "Các chỉ tiêu chủ yếu năm 2018: kim ngạch xuất khẩu 3 tỷ USD. Thu ngân sách 9.000 "
        "tỷ đồng.\n"
        "Ảnh: PV Mục tiêu khó thực hiện Về nguyên nhân, báo cáo đánh giá: sản xuất chậm. "
        "Kim ngạch nhập khẩu 4 tháng tăng 24,9% so với cùng kỳ.\n"
        "Thu hút đầu tư năm 2017 khả quan; nhà đầu tư đề xuất các dự án như: điện mặt trời, "
        "chế biến cao su. Kết quả: Thu hút FDI được tám dự án, tổng vốn đầu tư 31,8 triệu USD."
    )
    assert [v[3] for v in vals] == ["target", "target", "target", "actual", "actual"]


def test_the_first_in_the_country_is_the_province_own_figure() -> None:
    """ "… nhiều vốn FDI nhất cả nước, với tổng số vốn đăng ký là …" is the province's."""
    f = extract_facets(
        "Bình Dương thu hút vốn FDI",
        "Bình Dương là địa phương thu hút nhiều vốn đầu tư trực tiếp nước ngoài (FDI) nhất "
        "cả nước, với tổng số vốn đăng ký là 696,3 triệu USD.",
        datetime(2017, 2, 1),
    )
    assert [(v["indicator"], v["value"]) for v in f.indicator_values] == [("fdi", 696.3)]


def test_dollars_in_words_gdp_alone_and_international_visitors() -> None:
    vals = _values(
        "Ngành dệt may sẽ đạt kim ngạch xuất khẩu khoảng 32,5 tỉ đô la Mỹ.\n"
        "Khách quốc tế đến Việt Nam đạt 5,2 triệu lượt. Tuy nhiên, GDP quý I chỉ đạt 5,3%."
    )
    assert vals == [
        ("exports", 32.5, "tỷ USD", "target"),
        ("tourism", 5.2, "triệu lượt", "actual"),
        ("grdp_growth", 5.3, "%", "actual"),
    ]


def test_a_share_of_gdp_and_an_occupancy_rate_are_no_indicators() -> None:
    body = (
        "Nợ công có thể lên tới 63,5% GDP. Nhóm nước này chiếm 80% GDP toàn cầu. "
        "Công suất thuê văn phòng đạt hơn 90%. GDP quý II tăng 6,2%."
    )
    assert _values(body) == [("grdp_growth", 6.2, "%", "actual")]


def test_an_index_is_told_in_percent() -> None:
    """An amount of money next to "lạm phát" is another figure's, no inflation."""
    body = "Tính cả lạm phát, giá trị của công ty năm 1999 là 613 tỷ USD. CPI tháng 5 tăng 0,3%."
    assert _values(body) == [("cpi", 0.3, "%", "actual")]


def test_one_prices_change_is_no_inflation() -> None:
    """A price or price group told as the CPI's cause or part is no CPI figure."""
    body = (
        "Có 4 nguyên nhân làm giảm CPI tháng 5, thứ nhất, chỉ số giá nhóm lương thực giảm "
        "0,06%. CPI do vào thời điểm cuối năm giá thịt heo giảm 2,2%. CPI tháng 6 giảm "
        "0,17% so với tháng trước."
    )
    assert _values(body) == [("cpi", -0.17, "%", "actual")]


def test_a_share_of_the_budget_revenue_is_no_revenue() -> None:
    """A part's share of the budget's revenue, or the part kept, is no revenue figure."""
    body = (
        "Năm 2016, thuế bảo vệ môi trường trong tổng thu ngân sách là 4,1%. Ngành xăng dầu "
        "đóng góp khoảng 9,8% tổng thu ngân sách. Chỉ 23% tổng thu ngân sách trên địa bàn "
        "được giữ lại với gần 70.000 tỷ đồng. Thu ngân sách năm 2016 đạt 1.100 tỷ đồng."
    )
    assert _values(body) == [("budget_revenue", 1100.0, "tỷ đồng", "actual")]


def test_inflation_growth_targets_and_national_news() -> None:
    body = (
        "Lạm phát 5 tháng tăng 0,3%. Chính phủ bàn giải pháp để tăng trưởng đạt mục tiêu "
        "6,5%; xuất khẩu có thể đạt 9%. Việt Nam đặt mục tiêu tốc độ phát triển kinh tế "
        "bình quân 6 - 6,5%/năm.\nLũy kế từ đầu năm, kim ngạch xuất khẩu của cả nước đạt "
        "60,2 tỷ USD; riêng nửa đầu tháng 5 kim ngạch xuất khẩu đạt 7,1 tỷ USD."
    )
    values = _values(body)
    assert ("cpi", 0.3, "%", "actual") in values
    assert ("grdp_growth", 6.5, "%", "target") in values
    assert ("exports", 9.0, "%", "target") in values
    assert ("grdp_growth", 6.0, "%", "target") in values
    assert ("exports", 60.2, "tỷ USD", "actual") in values  # national news: the country's own


def test_disbursement_shares_and_the_foreign_invested_sector() -> None:
    body = (
        "Giải ngân các nguồn vốn đầu tư công đạt 45% kế hoạch giao vốn.\n"
        "Khối doanh nghiệp FDI đạt kim ngạch xuất nhập khẩu 9,8 tỷ USD. "
        "Doanh thu đạt 97% kế hoạch."
    )
    assert _values(body) == [("investment", 45.0, "%", "actual")]


def test_amount_ranges_and_visitor_units() -> None:
    vals = _values(
        "Năm nay tỉnh phấn đấu đón khoảng 2,1 - 2,3 triệu lượt khách; "
        "tốc độ tăng vốn đầu tư phát triển từ 9 đến 10%."
    )
    assert ("tourism", 2.1, "triệu lượt", "target") in vals
    assert ("investment", 9.0, "%", "target") in vals
    assert ("tourism", 42000.0, "lượt", "actual") in _values(
        "Dịp lễ, khu du lịch thu hút 42.000 du khách đến tham quan."
    )
    growth = (
        "Năm 2017 ngành đặt chỉ tiêu chỉ số sản xuất công nghiệp tăng 8-9%; "
        "xuất khẩu tăng hơn 6 - 7%."
    )
    assert _values(growth) == [("iip", 8.0, "%", "target"), ("exports", 6.0, "%", "target")]


def test_a_sum_told_in_billions_and_millions_is_one_amount() -> None:
    """ "27 tỷ 450 triệu đồng" is 27,45 tỷ đồng, not its 450 triệu."""
    assert _values("Công trình có tổng vốn đầu tư 27 tỷ 450 triệu đồng.") == [
        ("investment", 27.45, "tỷ đồng", "actual")
    ]


def test_a_foreign_investors_money_in_vietnam_is_fdi() -> None:
    """Invested "tại Việt Nam", or "vốn đầu tư vào Việt Nam" by a country: foreign
    direct investment, as "đầu tư … vào Việt Nam" already was."""
    assert _values("Nga đã đầu tư hơn 2 tỷ USD tại Việt Nam với 100 dự án.") == [
        ("fdi", 2.0, "tỷ USD", "actual")
    ]
    assert _values("Vốn đầu tư vào Việt Nam của Hà Lan đến nay đạt 9 tỷ USD.") == [
        ("fdi", 9.0, "tỷ USD", "actual")
    ]


def test_the_year_named_after_a_decimal_figure_is_its_year() -> None:
    """ "15,8 tỷ USD trong năm 2016": the year after the figure wins over one the
    paragraph named before, though the figure's decimal comma sits between them."""
    facets = extract_facets(
        "",
        "Thị trường tăng mạnh kể từ năm 2015, nhờ các cải cách. Vốn FDI giải ngân đạt "
        "mức kỷ lục 15,8 tỷ USD trong năm 2016, tăng 9%.",
        None,
    )
    assert [(v["value"], v["year"]) for v in facets.indicator_values] == [(15.8, 2016)]


def test_an_undated_reports_first_months_date_its_figures() -> None:
    """An undated article reporting "4 tháng đầu năm 2017" was written in 2017, though its
    only full date is a comparison base in 2016: its figures are 2017's."""
    facets = extract_facets(
        "",
        "Báo cáo tình hình kinh tế 4 tháng đầu năm 2017 được trình bày sáng nay.\n"
        "Chỉ số giá tiêu dùng tháng 4 tăng 1,2% so với tháng 12 năm 2016. "
        "Kim ngạch xuất khẩu tăng 14,5%.",
        None,
    )
    assert [(v["indicator"], v["year"]) for v in facets.indicator_values] == [
        ("cpi", 2017),
        ("exports", 2017),
    ]


def test_the_start_of_a_time_up_to_now_dates_no_later_figure() -> None:
    """ "cao nhất trong 9 năm, kể từ tháng 3/2008": the figures told after it are not
    2008's; the article's own year dates them."""
    facets = extract_facets(
        "",
        "Chứng khoán tăng cao nhất trong 9 năm, kể từ tháng 3/2008. Kim ngạch xuất khẩu "
        "tăng 19%, vốn FDI đăng ký đạt 19 tỷ USD.",
        datetime(2017, 7, 1),
    )
    assert {v["year"] for v in facets.indicator_values} == {2017}


def test_a_figure_takes_the_nearest_year_between_it_and_its_indicator() -> None:
    """ "năm 2015 có khoảng 1,2 triệu và năm 2016 có 2,4 triệu lượt người": the figure
    is of the year named just before it, not the first year after the indicator."""
    facets = extract_facets(
        "",
        "Hàn Quốc là thị trường có khách du lịch đến tỉnh tăng nhanh, năm 2015 có khoảng "
        "1,2 triệu và năm 2016 có 2,4 triệu lượt người Hàn Quốc sang thăm.",
        datetime(2017, 3, 1),
    )
    assert [(v["value"], v["year"]) for v in facets.indicator_values] == [(2.4, 2016)]


def test_a_trillion_with_no_currency_is_of_dong() -> None:
    """ "vốn đầu tư 312 nghìn tỷ" is 312,000 tỷ đồng; "3,7 nghìn tỷ USD" or "1,6 nghìn tỷ
    won" no amount of đồng (the won are kept as written, not their worth in dollars)."""
    assert _values("Dự án có vốn đầu tư 312 nghìn tỷ, chia ba giai đoạn.") == [
        ("investment", 312000.0, "tỷ đồng", "actual")
    ]
    assert _values("Các dự án có vốn đầu tư 3,7 nghìn tỷ USD.") == []
    assert _values("Dự án có vốn đầu tư 1,6 nghìn tỷ won (1,39 tỷ USD).") == [
        ("investment", 1600.0, "tỷ won", "actual")
    ]


def test_figure_first_visits_and_straddling_units() -> None:
    vals = _values("Quý I, lượng khách du lịch đến tỉnh ước đạt 812.400 lượt khách, tăng 6%.")
    assert vals == [("tourism", 812400.0, "lượt", "estimate")]
    vals = _values("Từ đầu năm, thành phố đã đón gần 350.000 lượt khách quốc tế.")
    assert vals == [("tourism", 350000.0, "lượt", "actual")]


def test_percent_only_indicators_and_year_on_year() -> None:
    assert _values("Trong tháng, xuất khẩu tăng 4,2% so với tháng trước.") == [
        ("exports", 4.2, "%", "actual")
    ]
    f = extract_facets(
        "", "CPI tháng 3 tăng 0,2% so với tháng trước và tăng 4,1% so với cùng kỳ năm trước."
    )
    assert f.indicator_values[0]["value"] == 4.1
    vals = _values("Thu ngân sách 5 tháng đạt 41,5% dự toán, nhóm dịch vụ chiếm 12%.")
    assert vals == [("budget_revenue", 41.5, "%", "actual")]


def test_investment_fdi_and_sub_breakdowns() -> None:
    assert _values("Dự án có tổng mức đầu tư 1.250 tỷ đồng.") == [
        ("investment", 1250.0, "tỷ đồng", "actual")
    ]
    vals = _values(
        "Tỉnh thu hút được 1,3 tỷ USD vốn FDI. Trong đó, Hàn Quốc dẫn đầu với tổng vốn đầu tư "
        "420 triệu USD."
    )
    assert [v[0] for v in vals] == ["fdi"]
    assert _values("Giá trị xuất khẩu các sản phẩm dệt may tăng 11%.") == []
    assert _values("GRDP bình quân đầu người đạt 61 triệu đồng.") == []


def test_plan_words_and_summary_lead() -> None:
    assert _values("Doanh nghiệp muốn đầu tư nhà máy điện gió công suất 200 MW.") == [
        ("power", 200.0, "MW", "target")
    ]
    vals = _values("Chi tiết theo từng ngành như sau.", summary="Chỉ số IIP tháng 5 tăng 8,3%.")
    assert vals == [("iip", 8.3, "%", "actual")]


def test_years_ranges_timelines_and_terms() -> None:
    pub = datetime(2021, 4, 29)
    body = (
        "Hà Nội sẽ lập quy hoạch taxi, lộ trình thực hiện 2017-2020. "
        "Năm 2009, dự án được nghiệm thu đưa vào sử dụng. "
        "Ga Bến Thành được khởi công từ tháng 11/2016. "
        "Ông A giữ chức Phó Chủ tịch huyện (từ 7/2014 - 10/2017). "
        "Cử tri bầu đại biểu Quốc hội khóa XV (2021-2026); ông B từng là ĐBQH nhiệm kỳ 2011-2016. "
        "Hai bên phấn đấu hoàn tất Chương trình hành động đến 2025."
    )
    years = extract_facets("", body, pub).years
    assert {2009, 2014, 2016, 2017, 2020, 2021, 2025, 2026} <= set(years)
    assert 2011 not in years  # a past term labels a post, it is not reported


def test_a_plans_horizon_is_reported_without_a_figure() -> None:
    """A deadline told as what will be done ("từ nay đến", "sẽ") is a reported year, and
    so is a plan's horizon told as its direction or vision ("định hướng đến năm 2030",
    also in a plan's name: the annotators count 31 of 38); a bare "đến năm" ahead is not."""
    plan = "Công ty có kế hoạch từ nay đến năm 2020 sẽ mở rộng gấp đôi hệ thống đại lý."
    assert extract_facets("", plan, datetime(2017, 2, 1)).years == [2017, 2020]
    vision = "Tỉnh xây dựng quy hoạch với định hướng đến năm 2030."
    assert extract_facets("", vision, datetime(2017, 2, 1)).years == [2017, 2030]
    bare = "Tỉnh xây dựng quy hoạch đến năm 2030."
    assert extract_facets("", bare, datetime(2017, 2, 1)).years == [2017]
    # "đến năm" reaching a recent past year tells when something came about
    came = "Quy hoạch được lập từ năm 2013 nhưng đến năm 2016 mới được phê duyệt."
    assert extract_facets("", came, datetime(2017, 2, 1)).years == [2016, 2017]
    long_ago = "Ông công tác ở huyện, đến năm 1990 thì nghỉ hưu."
    assert extract_facets("", long_ago, datetime(2017, 2, 1)).years == [2017]
    # a plan's target and its vision, a generation on, are both its years
    planned = "Kế hoạch phấn đấu đến năm 2030 đạt 10 triệu dân, tầm nhìn đến năm 2050 đạt 15 triệu."
    assert extract_facets("", planned, datetime(2017, 2, 1)).years == [2017, 2030, 2050]


def test_a_season_names_its_year() -> None:
    body = "Đội bóng có HLV mới cho mùa giải 2018; cầu thủ có thể ra đi vào mùa hè 2019."
    assert extract_facets("", body, datetime(2017, 12, 1)).years == [2017, 2018, 2019]
    summer = "Mbappe là cái tên sáng giá nhất của kỳ chuyển nhượng hè 2017."
    assert extract_facets("", summer).years == [2017]
    not_a_season = "Quận dẹp vỉa hè 2017 và ra mắt bộ sưu tập xuân hè 2016."
    assert extract_facets("", not_a_season).years == []


def test_a_holiday_or_a_spring_named_with_its_year_dates_the_story() -> None:
    """ "Tết Nguyên đán 2017", "năm mới 2017", "vụ xuân 2018": the time of what an
    undated story tells; a spring collection ("xuân hè 2016") or a person named Xuân is
    none."""
    body = (
        "Trong dịp tết Nguyên đán 2017, công suất khách sạn thấp hơn Tết 2016. Bà con "
        "thiếu giống cho vụ Xuân 2018."
    )
    assert extract_facets("", body).years == [2016, 2017, 2018]
    party = "Đêm nhạc chào năm mới 2017 diễn ra tại quảng trường."
    assert extract_facets("", party).years == [2017]
    not_a_holiday = "Bộ sưu tập xuân hè 2016 của ông Trần Văn Xuân 2017 ra mắt."
    assert extract_facets("", not_a_holiday).years == []


def test_an_anniversarys_span_ends_in_the_year_it_is_held_and_starts_in_history() -> None:
    """An undated article: the anniversary's end is its time, so the founding date told
    beside it is history, and the span's start is no reporting year."""
    body = (
        "Sáng 2/9, Sở Tư pháp tổ chức lễ kỷ niệm 70 năm thành lập ngành (1950 - 2020). "
        "Ngày 5/9/1950, Chủ tịch ký sắc lệnh thành lập ngành."
    )
    assert extract_facets("", body, None).years == [2020]
    dated = "Tỉnh kỷ niệm 45 năm Ngày giải phóng (ngày 30/4/1975-30/4/2020) trang trọng."
    assert extract_facets("", dated, None).years == [2020]


def test_crop_seasons_and_budget_periods_name_their_years() -> None:
    """A crop season is one period, both ends ("vụ đông xuân 2020-2021", "so với ĐX
    2015-2016"); so is a budget or medium-term period ("thời kỳ ổn định ngân sách
    2017-2020", "trung hạn 2016-2020", "giai đoạn trước (2004-2015)")."""
    from indexer.facets.years import extract_years

    assert extract_years("", "Vụ đông xuân năm 2020-2021, xã trồng 144 ha hành.", None) == [
        2020,
        2021,
    ]
    assert extract_years("", "Sản lượng lúa giảm 0,2 tấn/ha so với ĐX 2015-2016.", None) == [
        2015,
        2016,
    ]
    body = (
        "Tỷ lệ điều tiết trong thời kỳ ổn định ngân sách 2017 - 2020 chỉ còn 18%. "
        "Kế hoạch đầu tư công trung hạn 2016-2020 được giao. "
        "Trong giai đoạn trước (2004-2015), vốn cấp phát chiếm phần lớn."
    )
    assert extract_years("", body, datetime(2017, 3, 1)) == [2004, 2015, 2016, 2017, 2020]


def test_plan_periods_year_lists_spans_title_visions_and_lives_told_by_year() -> None:
    """A plan's or planning period names both ends ("thời kỳ quy hoạch 2021 -2030", "kế
    hoạch hành động 2016 – 2017", "giai đoạn năm 2010-2012"); years listed after a
    period's count too ("năm 2017, 2018 lần lượt …"), as do the ends of "trong 2 năm
    2009-2011"; a year the title names counts however far; a life told year by year
    ("Năm 1992, ông là …") is background, a case's timeline ("Năm 2014, ông Lê …") not."""
    from indexer.facets.years import extract_years

    body = (
        "Luật chuẩn bị cho thời kỳ quy hoạch 2021 -2030. Hội nghị rà soát kế hoạch hành "
        "động 2016 – 2017. Trong giai đoạn năm 2010-2012, tỉnh bắt 20 đối tượng. Doanh thu "
        "cao nhất trong năm 2017, 2018 lần lượt là 182 tỷ đồng và 190 tỷ đồng. Trong 2 năm "
        "2009-2011 khi phụ trách tập đoàn, ông gây thua lỗ."
    )
    assert extract_years("", body, datetime(2017, 6, 1)) == [
        *(2009, 2010, 2011, 2012, 2016, 2017, 2018, 2021, 2030),
    ]
    title = "Pháp cấm xe chạy xăng vào năm 2040"
    assert extract_years(title, "Bộ trưởng cho biết hôm nay.", datetime(2017, 7, 6)) == [
        2017,
        2040,
    ]
    life = (
        "Năm 2011, cô kết hôn với một doanh nhân. Năm 2014, ông Lê Văn A ký quyết định "
        "thu hồi đất. Năm 2013, ông là Chủ tịch đảng. Về đời tư, năm 2012, cô từng yêu một "
        "ca sĩ. Trong thư gửi cổ đông năm 2015, ông viết về thương vụ."
    )
    assert extract_years("", life, datetime(2016, 5, 1)) == [2014, 2015, 2016]
    two = "Chỉ riêng trong hai năm 2014-2015, nước này đã đặt mua 11 trực thăng."
    assert extract_years("", two, datetime(2017, 5, 1)) == [2014, 2015, 2017]


def test_years_without_publication_date() -> None:
    body = (
        "Ông X sinh ngày 2/9/1965. Ngày 17/6/2016, trung tâm bị giải thể. "
        "Trước đó, tháng 4/2016 đoàn kiểm tra lấy mẫu. Đơn vị thành lập ngày 1/4/1990."
    )
    years = extract_facets("", body).years
    assert years == [2016]  # the latest event date stands in for the publication year


def test_years_in_summary_when_given() -> None:
    from indexer.facets.years import extract_years

    lead = "Kim ngạch tăng 7,2% so với cùng kỳ năm 2016."
    assert extract_years("", "Bán lẻ tăng mạnh.", None, summary=lead) == [2016]


def test_history_and_distant_visions_are_not_reporting_years() -> None:
    from datetime import datetime

    from indexer.facets.years import extract_years

    body = (
        "Năm 1945, tỉnh thành lập Ủy ban hành chính. Năm 2017, doanh thu đạt 500 tỷ đồng, "
        "tăng 12%. Khoản vay trả hết vào năm 2055. Kế hoạch năm 2030 phấn đấu đạt 900 tỷ đồng."
    )
    assert extract_years("", body, datetime(2017, 6, 1)) == [2017, 2030]
    assert extract_years("", body, None) == [2017, 2030]  # anchored on its latest past year


def test_a_period_is_the_time_of_what_its_sentence_tells_unless_background() -> None:
    from indexer.facets.years import extract_years

    told = (
        "Cô đóng vai chính trong bộ phim đầu tay năm 2009. Tháng 6/2015 huyện khánh thành "
        "trường học mới. Anh giành huy chương vàng năm 2016."
    )
    assert extract_years("", told, datetime(2017, 6, 1)) == [2009, 2015, 2016, 2017]
    background = (
        "Chàng trai sinh năm 1995 đã đi làm. Tỉnh được tái lập vào năm 1997. Xe phổ biến "
        "từ những năm 2000. Theo Bộ luật Hình sự năm 2015, bị cáo được giảm án; Điều 19 "
        "của BLHS năm 2015 được sửa. UBND có "
        "quyết định 3800 (năm 2016) về quy hoạch. Hãng có mặt tại Việt Nam kể từ khi "
        "mở văn phòng đầu tiên vào năm 2001. Mộ chị H. (SN 1986, mất năm 2002) bị đào. "
        "Nhạc sĩ qua đời vào năm 2011. Sinh năm 2002, Huyền đã là tay chuyền chính. Em "
        "Lê Văn Giáp (Sinh năm 2005) đi chăn trâu. Ra đời năm 2002 theo sáng kiến của "
        "Viện, diễn đàn nay là hội nghị thường niên. Thành lập năm 2008, hãng lữ hành có "
        "trụ sở ở Bắc Kinh."
    )
    assert extract_years("", background, datetime(2017, 6, 1)) == [2017]
    vanishing = "Theo dự báo, cụm từ này sẽ biến mất vào năm 2020."
    assert extract_years("", vanishing, datetime(2017, 6, 1)) == [2017, 2020]
    seasons = "Anh sẽ bình phục khi mùa giải 2017/18 khởi tranh. Niên vụ 2016/2017 kết thúc."
    assert extract_years("", seasons, None) == [2016, 2017]
    dashed = "Đội bóng chờ mùa giải 2014-2015 khép lại để bổ nhiệm HLV mới."
    assert extract_years("", dashed, None) == [2014, 2015]  # one season, no horizon
    short = "Tiền vệ ghi 9 bàn ở Serie A 2013/14; báo cáo tài chính năm 2012-13 lỗ nặng."
    assert extract_years("", short, None) == [2012, 2013]  # a season is dated by its start
    not_seasons = "Học sinh 2010-11 tuổi được miễn phí; tỷ lệ tăng 2015-16%."
    assert extract_years("", not_seasons, None) == []
    spans = "Sai phạm từ đầu năm 2012 đến 6 tháng đầu năm 2014, rồi từ 2015 đến hết năm 2016."
    assert extract_years("", spans, None) == [2012, 2014, 2015, 2016]
    counted = "Chiến lược 3 năm (2016 - 2018) tập trung vào mở rộng thị trường."
    assert extract_years("", counted, None) == [2016, 2018]
    document = "Theo Quyết định 28/2017/QĐ-UBND, tỉnh đã làm."
    assert extract_years("", document, None) == []
    exam = "Kỳ thi THPT quốc gia 2017 đã đến rất gần; tuyển sinh 2018 sẽ đổi mới."
    assert extract_years("", exam, None) == [2017, 2018]
    capitalised = "Sáng nay thí sinh bước vào kì thi THPT Quốc Gia 2016."
    assert extract_years("", capitalised, None) == [2016]
    fiscal = "Nhật Bản dành cho Việt Nam 100,3 tỷ Yên trong năm tài khóa 2016."
    assert extract_years("", fiscal, None) == [2016]
    bare_fiscal = "Chi tiêu quốc phòng trong tài khóa 2018 tăng 10% so với tài khóa 2017."
    assert extract_years("", bare_fiscal, None) == [2017, 2018]
    bare_base = "Doanh thu tăng gấp đôi so với 2015; số khách tăng 20% so với 2016 người."
    assert extract_years("", bare_base, None) == [2015]
    record = (
        "Năm 2017 sản lượng giảm còn 8 triệu bao, thấp nhất kể từ năm 2004. Ông điều hành "
        "tập đoàn lớn nhất thế giới, nhậm chức từ năm 2009."
    )
    assert extract_years("", record, None) == [2004, 2017]  # a record's base, not a start


def test_a_province_in_brackets_after_a_name_labels_the_person() -> None:
    from indexer.facets.provinces import extract_provinces

    body = (
        "Quốc hội thảo luận về dự án đường cao tốc Bắc - Nam. Đại biểu Lê Văn Hai (Cà Mau) "
        "đề nghị làm rõ nguồn vốn, ĐB Trần Thị Ba (đoàn Yên Bái) đồng tình, còn đại biểu "
        "Phạm Văn Tư (Thành phố Hồ Chí Minh) lo ngại về tiến độ. Dự án qua TP Đà Lạt (Lâm Đồng)."
    )
    result = extract_provinces("", body)
    assert not {"Cà Mau", "Yên Bái", "Hồ Chí Minh"} & set(result.about)
    assert {"Cà Mau", "Yên Bái", "Hồ Chí Minh", "Lâm Đồng"} <= set(result.mentioned)


def test_a_papers_bank_and_offices_under_an_appeal_are_no_scene() -> None:
    """An appeal for a family ends with the paper's accounts and offices: Hà Nội there
    is the paper's address, mentioned but no subject; the family's home stays."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Bé Lò Văn Sáng ở xã Chiềng Mai, huyện Mai Sơn, tỉnh Sơn La mắc bệnh tim. Gia đình "
        "anh Lò Văn Tám ở Mai Sơn (Sơn La) nghèo, không có tiền chữa bệnh cho con.\n"
        "Mọi sự giúp đỡ xin gửi về: 1. Gửi trực tiếp: anh Lò Văn Tám, huyện Mai Sơn, Sơn La. "
        "2. Ủng hộ qua Báo VietNamNet: Chuyển khoản: Báo VIETNAMNET Số tài khoản: 0011002643148."
        " Sở giao dịch Ngân hàng Ngoại Thương Việt Nam - 198 Trần Quang Khải, Hà Nội - "
        "Address: 183 Nguyễn Lương Bằng, quận Đống Đa, Hà Nội. Phía Bắc địa chỉ: tầng 3, 156 "
        "Xã Đàn 2, phường Nam Đồng, quận Đống Đa, Hà Nội. Phía Nam: số 408 Điện Biên Phủ, "
        "P11,Q10, TP.HCM."
    )
    result = extract_provinces("Thương bé mắc bệnh tim", body)
    assert result.about == ["Sơn La"]
    assert {"Hà Nội", "Hồ Chí Minh"} <= set(result.mentioned)


def test_the_pacific_dien_bien_phu_the_plain_of_reeds_and_the_exchanges_are_no_provinces() -> None:
    from indexer.facets.provinces import extract_provinces

    body = (
        "Kỷ niệm chiến thắng Điện Biên Phủ, xe dừng ở số 408 Điện Biên Phủ. Hai nước bàn về "
        "Hiệp định Đối tác xuyên Thái Bình Dương. Khối ngoại mua ròng trên "
        "hai sàn chứng khoán TP.HCM (HSX) và Hà Nội (HNX); Sở Giao dịch Chứng khoán TP.HCM "
        "cho biết thanh khoản tăng."
    )
    assert extract_provinces("", body).mentioned == []
    assert extract_provinces("", "Đoàn công tác làm việc với tỉnh Thái Bình.").about == [
        "Thái Bình"
    ]
    assert extract_provinces("", "UBND tỉnh Điện Biên họp tại TP Điện Biên Phủ.").about == [
        "Điện Biên"
    ]
    plain = "Dự án trữ lũ cho vùng Đồng Tháp Mười; bệnh nhân ở Bệnh viện khu vực Đồng Tháp Mười."
    assert extract_provinces("", plain).mentioned == []  # the Plain of Reeds, a region
    assert extract_provinces("", plain + " Tỉnh Đồng Tháp góp vốn.").mentioned == ["Đồng Tháp"]


def test_a_firm_placed_in_a_province_names_it() -> None:
    """A firm's name ends where a word places it or its deeds ("tại", "ở", "đến từ"):
    the province after that word is a mention, though the firm's name is in the clause."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Công ty ABC có nhà máy tại Hải Dương. Cơn sốt vé quanh CLB Sông Lam ở Thanh Hóa. "
        "Công ty Terra Wood đến từ Bình Dương cũng muốn đầu tư. Công ty Vàng bạc Sài Gòn "
        "niêm yết giá vàng."
    )
    assert extract_provinces("", body).mentioned == ["Hải Dương", "Thanh Hóa", "Bình Dương"]


def test_companies_brokers_and_clubs_named_for_a_city_are_no_mentions() -> None:
    """Guidelines: companies, teams and markets named after a province are not mentions;
    the markets of one ("các chợ Hà Nội") are."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Thị trường vé tàu hè sôi động. CTCP Vận tải đường sắt Hà Nội giảm giá vé, theo "
        "chuyên viên phân tích của Chứng khoán Sài Gòn SSI, và cầu thủ của Hà Nội FC cũng "
        "đặt vé. Công ty có kế hoạch xây nhà máy mới ở Long An."
    )
    assert extract_provinces("", body).mentioned == ["Long An"]
    market = "Rác chất đống ở chợ Hòa Bình (quận 5). Tại các chợ Hà Nội, giá rau tăng."
    # the market names no Hòa Bình; its numbered district names Hồ Chí Minh City
    assert extract_provinces("", market).mentioned == ["Hà Nội", "Hồ Chí Minh"]
    places = (
        "Đêm nhạc diễn ra tại nhà hát Hòa Bình, rồi ở nhà thi đấu Phú Thọ. Hai ghe hút cát "
        "trên sông Đồng Nai bị bắt."
    )
    assert extract_provinces("", places).mentioned == []  # halls and a river
    highway = "Xe container lật trên xa lộ Hà Nội, đoạn qua quận 9, gây ùn tắc."
    assert extract_provinces("", highway).mentioned == ["Hồ Chí Minh"]  # a road of the city
    hyphenated = (
        "SAB (Tổng công ty Rượu - Bia - Nước giải khát Sài Gòn) và Trường Đại học Sân khấu"
        " - Điện ảnh Hà Nội cùng ký kết."
    )
    assert extract_provinces("", hyphenated).mentioned == []
    # a firm named for two places names neither; a school's hyphen places it
    firm = "Công ty Cổ phần Chứng khoán Sài Gòn-Hà Nội (SHS) dự báo VN-Index sẽ tăng điểm."
    assert extract_provinces("", firm).mentioned == []
    school = "Đội tuyển Đại học Lạc Hồng - Đồng Nai giành chức vô địch Robocon."
    assert extract_provinces("", school).mentioned == ["Đồng Nai"]
    short = "Sở GDCK TP.HCM cảnh báo cổ phiếu TTF. Anh học trường Sân khấu - Điện ảnh TP HCM."
    assert extract_provinces("", short).mentioned == []  # an exchange, a school's name
    pageant = "Huyền My sẽ dự thi Hoa hậu Hòa Bình Thế giới vào tháng 10."
    assert extract_provinces("", pageant).mentioned == []  # "hòa bình" is peace there
    films = "Ông đóng Ba chị em họ Tống, Thái Bình công chúa. Tình nhân của Thái Bình Công Chúa."
    assert extract_provinces("", films).mentioned == []  # Princess Taiping
    assert extract_provinces("", "Tỉnh Hòa Bình quốc tế hóa du lịch.").mentioned == ["Hòa Bình"]
    club = "Công Vinh làm quyền chủ tịch CLB bóng đá Tp. HCM."
    assert extract_provinces("", club).mentioned == []
    junctions = "Xe đi từ ngã 4 Vũng Tàu về Suối Tiên, rồi qua Ngã ba Huế và ngã tư Bình Phước."
    assert extract_provinces("", junctions).mentioned == []
    dams = (
        "Chiều nay, hồ chứa Tuyên Quang mở 1 cửa xả đáy, hồ Sơn La xả lũ và Thủy điện Lai "
        "Châu tích nước. Các hồ Hà Nội đã đầy."
    )
    assert extract_provinces("Xả lũ", dams).mentioned == ["Hà Nội"]  # the lakes of a city


def test_in_a_football_story_a_province_named_bare_is_a_team_not_a_subject() -> None:
    """ "tân binh Bình Định" in a match report is a team, no mention of the province;
    the province's own authority named by its administrative word is one, and makes it
    the subject."""
    from indexer.facets.provinces import extract_provinces

    match = (
        "Ở vòng 11 V-League, đội chủ nhà đón tân binh Bình Định. Các cầu thủ Bình Định "
        "chơi quyết liệt, thủ môn Bình Định cản phá nhiều tình huống và HLV của đội "
        "khách Bình Định hài lòng với trận hòa trên sân Hàng Đẫy.\n"
    )
    assert extract_provinces("Bình Định giữ chân chủ nhà", match).about == []
    assert extract_provinces("Bình Định giữ chân chủ nhà", match).mentioned == []
    owner = "UBND tỉnh Bình Định hỗ trợ đội bóng 20 tỷ đồng. UBND tỉnh Bình Định cũng cam kết.\n"
    assert extract_provinces("Bình Định giữ chân chủ nhà", match + owner).about == ["Bình Định"]
    # fans and the federation's discipline tell a football story too
    fans = (
        "Ban Kỷ luật VFF phạt nặng CĐV Hải Phòng. Các cổ động viên Hải Phòng đốt pháo sáng "
        "khiến trận đấu phải tạm dừng, Hải Phòng bị phạt 50 triệu đồng.\n"
    )
    assert extract_provinces("CĐV Hải Phòng trả giá đắt", fans).about == []


def test_a_fixture_lists_teams_not_provinces() -> None:
    """A side of a match written with "vs" ("XSKT Cần Thơ vs Hải Phòng", "Than Quảng
    Ninh vs Long An") is a team, even where too few football words mark the story."""
    from indexer.facets.provinces import extract_provinces

    fixtures = (
        "Lịch thi đấu vòng 16 ngày 2/7: 17h00: XSKT Cần Thơ vs Hải Phòng. 17h30: TPHCM vs "
        "SLNA. 18h00: Than Quảng Ninh vs Long An."
    )
    found = extract_provinces("Lịch thi đấu vòng 16", fixtures)
    assert (found.about, found.mentioned) == ([], [])


def test_in_a_football_story_a_persons_home_province_is_a_mention() -> None:
    """ "HLV người Nghệ An" is where a person comes from, and "giờ Hà Nội" a kick-off's
    time zone: never a team, and no subject."""
    from indexer.facets.provinces import extract_provinces

    match = (
        "Trước trận gặp đội khách, HLV người Nghệ An dặn các cầu thủ giữ sức; tiền đạo "
        "quê ở Thanh Hóa ghi bàn thắng duy nhất, thủ môn Bình Định đứng vững; hậu vệ gốc "
        "Tuyên Quang dự bị. Trận tiếp theo diễn ra lúc 16h (giờ Hà Nội) ngày 21/5.\n"
    )
    assert extract_provinces("", match).mentioned == [
        "Nghệ An",
        "Thanh Hóa",
        "Tuyên Quang",
        "Hà Nội",
    ]
    assert extract_provinces("", match).about == []  # the story is not about them


def test_in_a_football_story_a_city_the_team_travels_to_is_a_mention() -> None:
    """ "bay vào TP.HCM", "trở lại Đà Nẵng" name where a team goes: a place, not a
    team; "gặp Hải Phòng" is still the opponent."""
    from indexer.facets.provinces import extract_provinces

    trip = (
        "HLV dặn các cầu thủ giữ sức sau trận gặp Hải Phòng, vì tiền đạo ghi bàn đã mệt. "
        "Ngày 14/7 toàn đội bay vào TP.HCM dự vòng loại, rồi trở lại Đà Nẵng tập huấn.\n"
    )
    assert extract_provinces("", trip).mentioned == ["Hồ Chí Minh", "Đà Nẵng"]
    assert extract_provinces("", trip).about == []


def test_national_news_takes_more_to_make_a_city_its_subject() -> None:
    """A city named twice in passing in the Government's news is no subject; the same
    in a province's own release (a local actor in the lead) is."""
    from indexer.facets.provinces import extract_provinces

    lead = "Chính phủ họp phiên thường kỳ tháng 5, bàn về tình hình kinh tế - xã hội, {}."
    later = "\nTại phiên họp, Thủ tướng lưu ý TP. Hồ Chí Minh về việc tái chiếm vỉa hè."
    national = lead.format("giải ngân vốn đầu tư công và các giải pháp thúc đẩy tăng trưởng")
    local = lead.format("trong đó có báo cáo của UBND tỉnh về thu ngân sách trên địa bàn")
    assert extract_provinces("Không ngồi nhà chờ báo cáo", national + later).about == []
    assert extract_provinces("Không ngồi nhà chờ báo cáo", local + later).about == ["Hồ Chí Minh"]


def test_a_province_named_only_in_the_summary_is_mentioned() -> None:
    f = extract_facets(
        "Hội nghị quan chức tài chính APEC",
        "Tham dự hội nghị có đại diện của 21 nền kinh tế thành viên.",
        summary="Hội nghị đã khai mạc tại Ninh Bình.",
    )
    assert (f.provinces, f.provinces_mentioned) == ([], ["Ninh Bình"])


def test_a_city_abbreviated_with_its_dot_glued_is_mentioned() -> None:
    """ "TP.Đà Nẵng" names the province, as "TP. Đà Nẵng" does; a district's "H." does not."""
    f = extract_facets(
        "Thanh tra Chính phủ kết luận",
        "Nhà máy tại Khu công nghiệp Đình Vũ (quận Hải An, TP.Hải Phòng) vốn 325 triệu USD. "
        "Viện KSND H.Long Mỹ đình chỉ vụ án.",
    )
    assert f.provinces_mentioned == ["Hải Phòng"]


def test_a_province_typed_in_lower_case_is_named_after_its_administrative_word() -> None:
    """ "Công an tỉnh Hòa bình" is the province; "Hòa bình" alone is peace."""
    f = extract_facets("", "Cơ quan điều tra Công an tỉnh Hòa bình kết luận vụ việc.")
    assert f.provinces_mentioned == ["Hòa Bình"]
    assert extract_facets("", "Hòa bình, công bằng và thịnh vượng.").provinces_mentioned == []


def test_a_landmark_in_the_title_names_its_province() -> None:
    """Guidelines: an unambiguous lower-level place names its province (Đà Lạt → Lâm
    Đồng); in a headline it is the subject, in a national debate's body only an example."""
    from indexer.facets.provinces import extract_provinces

    airport = extract_provinces("Thêm nhà ga ở Tân Sơn Nhất", "Nhà ga mới đón 20 triệu khách.")
    debate = "Đại biểu nêu các dự án thua lỗ như Dung Quất và đề nghị Chính phủ làm rõ."
    assert airport.about == ["Hồ Chí Minh"]
    assert extract_provinces("Quốc hội thảo luận", debate).about == []
    park = extract_provinces("Khu công nghệ cao Hòa Lạc có thêm dự án", "Hai dự án được trao.")
    assert park.about == ["Hà Nội"]
    peninsula = extract_provinces("Phó Thủ tướng khảo sát tại Sơn Trà", "Đoàn đi thăm rừng.")
    assert peninsula.about == ["Đà Nẵng"]
    metro = extract_provinces("Đường sắt Cát Linh - Hà Đông chạy thử", "Tàu chạy 13 km.")
    airport = extract_provinces("Giải phóng mặt bằng sân bay Long Thành", "Cần 18.000 tỷ.")
    pagoda = extract_provinces("Chập điện tại chùa Hương", "Du khách hoảng loạn.")
    assert (metro.about, airport.about, pagoda.about) == (["Hà Nội"], ["Đồng Nai"], ["Hà Nội"])
    forest = extract_provinces("Rừng bị chặt phá ở Vườn quốc gia Vũ Quang", "Kiểm lâm vào cuộc.")
    crane = extract_provinces("Ba Vì: Sập cần cẩu khi thi công cầu", "Hai người tử vong.")
    assert (forest.about, crane.about) == (["Hà Tĩnh"], ["Hà Nội"])  # a national park, a district
    person = extract_provinces("Ông Vũ Quang Hải bị miễn nhiệm", "Đại hội cổ đông bất thường.")
    assert person.about == []  # the park's name alone is a person's


def test_a_list_as_long_as_the_count_the_story_gives_names_its_subjects() -> None:
    """ "4 tỉnh miền Trung" and a list of four: each is a subject; a list without a
    count is a programme's or a route's, read as mentions."""
    from indexer.facets.provinces import extract_provinces

    four = "Ngư dân các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị được hỗ trợ. "
    title = "Hỗ trợ ngư dân 4 tỉnh miền Trung"
    counted = extract_provinces(title, four + "Mỗi hộ nhận 5 triệu đồng.")
    uncounted = extract_provinces("Hỗ trợ ngư dân miền Trung", four)
    assert sorted(counted.about) == ["Hà Tĩnh", "Nghệ An", "Quảng Bình", "Quảng Trị"]
    assert uncounted.about == []
    told_twice = extract_provinces(title, four + four)
    assert sorted(told_twice.about) == ["Hà Tĩnh", "Nghệ An", "Quảng Bình", "Quảng Trị"]
    # six or more are a national story's examples
    nine = (
        "Các địa phương gồm Hà Giang, Yên Bái, Nghệ An, Thừa Thiên Huế, Đà Nẵng, Bình Định, "
        "Đắk Lắk, Cần Thơ và Bà Rịa - Vũng Tàu đã bổ nhiệm người nhà. "
    )
    listed = extract_provinces("9 địa phương bổ nhiệm người nhà", nine)
    assert listed.about == [] and len(listed.mentioned) == 9


def test_a_delegates_delegation_in_brackets_is_a_mention_and_no_person() -> None:
    """ "Đại biểu Nguyễn Hữu Cầu (Đoàn Nghệ An)" names the province the delegate was
    elected in: a mention, no subject; "Đoàn" there is no family name, so "(Đoàn Thanh
    Hóa - Phó Chủ nhiệm …)" is no official."""
    body = (
        "Đại biểu Nguyễn Hữu Cầu (Đoàn Nghệ An) thẳng thắn chỉ ra những khiếm khuyết. Đại "
        "biểu Phạm Trí Thức (Đoàn Thanh Hóa- Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội) "
        "cho rằng dự thảo chưa rõ. Ông Nguyễn Thái Bình cũng có ý kiến."
    )
    facets = extract_facets("Quốc hội thảo luận luật tố cáo", body)
    assert facets.provinces == []
    assert facets.provinces_mentioned == ["Nghệ An", "Thanh Hóa"]
    assert "Đoàn Thanh Hóa" not in facets.officials
    assert "Phạm Trí Thức" in facets.officials


def test_a_delegation_a_union_or_a_fire_police_named_by_acronym_mention_their_province() -> None:
    """ "Đoàn ĐBQH Hà Tĩnh", "(ĐB Quảng Ninh)", "Chủ tịch LĐLĐ TP HCM", "Cảnh sát PCCC
    TP.HCM": a state acronym before a province is its body's name, as "UBND" is, not a
    longer proper name ("HA Gia Lai")."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Đại biểu Bùi Thị Quỳnh Thơ (Đoàn ĐBQH Hà Tĩnh) cho rằng cần sửa luật. Ông Phạm Minh "
        "Chính (ĐB Quảng Ninh) xin hiến kế. Bà Trần Thị Kim Yến, Chủ tịch LĐLĐ TP HCM, đề "
        "xuất tăng lương tối thiểu. Cảnh sát PCCC TP.HCM có mặt ở hiện trường."
    )
    mentioned = extract_provinces("Quốc hội thảo luận", body).mentioned
    assert mentioned == ["Hà Tĩnh", "Quảng Ninh", "Hồ Chí Minh"]


def test_from_opening_a_sentence_is_no_surname() -> None:
    """ "Từ Đà Nẵng đến Bình Thuận có mưa": "Từ" is a surname too ("Nguyễn Thái Bình" is no
    mention), but opening a sentence before a province it is "from"."""
    from indexer.facets.provinces import extract_provinces

    body = "Trời rét. Từ Đà Nẵng đến Bình Thuận có mưa rào.\nTừ Kiên Giang, hai bố con lên xe."
    assert extract_provinces("Tin thời tiết", body).mentioned == [
        "Đà Nẵng",
        "Bình Thuận",
        "Kiên Giang",
    ]
    assert extract_provinces("", "Bà Từ Hà Nội bán rau ở chợ.").mentioned == []


def test_a_weather_bulletin_is_about_the_provinces_its_title_names_only() -> None:
    """A bulletin reads temperatures region by region ("Con Cuông (Nghệ An) 38 độ"): the
    stations' provinces are mentioned, none a subject but one the title names."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Ngày hôm qua, các tỉnh từ Nghệ An đến Quảng Ngãi nắng nóng, có nơi trên 37 độ như "
        "Con Cuông (Nghệ An) 37,3 độ, Tương Dương (Nghệ An) 38 độ, Hương Sơn (Hà Tĩnh) 37,4 "
        "độ.\nPhía Tây Bắc Bộ: Nhiều mây. Nhiệt độ thấp nhất từ: 24 - 27 độ. Nhiệt độ cao "
        "nhất từ: 31 - 34 độ.\nPhía Đông Bắc Bộ: Mưa rào. Nhiệt độ thấp nhất từ: 25 - 28 "
        "độ. Nhiệt độ cao nhất từ: 32 - 35 độ.\nThủ đô Hà Nội: Nhiệt độ thấp nhất từ: 26 - "
        "28 độ."
    )
    national = extract_provinces("Thời tiết hôm nay: Tiếp tục nắng nóng trên diện rộng", body)
    assert national.about == []
    assert {"Nghệ An", "Hà Tĩnh", "Hà Nội"} <= set(national.mentioned)
    titled = extract_provinces("Cuối tuần, Hà Nội có mưa rào, Trung Bộ nắng nóng", body)
    assert titled.about == ["Hà Nội"]


def test_a_district_named_with_another_province_is_its_namesake() -> None:
    """ "huyện Kỳ Sơn (Hòa Bình)": the gazetteer's Kỳ Sơn is Nghệ An's, but the story
    names another province with it, so the district (a namesake, or a unit since merged)
    credits none, wherever the story names it; "Mê Linh, Vĩnh Phúc, nay thuộc Hà Nội" is
    Hà Nội's, as the gazetteer has it; a slip ("huyện Mộc Châu, Hòa Bình" beside
    "huyện Mộc Châu, tỉnh Sơn La") keeps the district its own."""
    from indexer.facets.provinces import extract_provinces

    stabbing = (
        "Ngày 1.6, Công an huyện Kỳ Sơn (Hòa Bình) đã khởi tố nghi can Nguyễn Văn Hùng (trú "
        "tại thị trấn Kỳ Sơn) về tội giết người."
    )
    assert extract_provinces("Khởi tố kẻ đâm bí thư thị trấn", stabbing).about == ["Hòa Bình"]
    land = "Dự án tại xã Đại Thịnh, huyện Mê Linh, Vĩnh Phúc, nay thuộc Hà Nội, bị thu hồi."
    assert "Hà Nội" in extract_provinces("Thu hồi dự án", land).about
    trip = (
        "Học sinh tìm hiểu văn hóa dân tộc Thái ở huyện Mộc Châu, Hòa Bình. Chuyến đi tới "
        "huyện Mộc Châu, tỉnh Sơn La là chương hai của dự án."
    )
    assert "Sơn La" in extract_provinces("Học sinh đi thực tế", trip).about


def test_a_hospitals_city_in_brackets_is_no_scene() -> None:
    """ "các bác sĩ BV Việt Đức (Hà Nội)" says where a hospital stands, as "bệnh viện
    Việt Đức, Hà Nội" does: a patient's or a helper's hospital, no subject."""
    from indexer.facets.provinces import extract_provinces

    story = (
        "Nạn nhân được chuyển lên Bệnh viện Việt Đức (Hà Nội) để điều trị. Các bác sĩ BV "
        "Việt Đức (Hà Nội) cho biết ca mổ kéo dài 5 giờ."
    )
    result = extract_provinces("Ca mổ thành công", story)
    assert (result.about, result.mentioned) == ([], ["Hà Nội"])


def test_a_celebritys_epithet_names_her_home_not_her_storys_place() -> None:
    """ "Mỹ nữ Vĩnh Long", "người đẹp Trà Vinh", "hot girl Sài thành": where a model or a
    singer comes from, in the title or the body, is no scene of her story; a girl's story
    told "cô gái Bình Thuận" happens there."""
    from indexer.facets.provinces import extract_provinces

    star = (
        "Dù chỉ xuất hiện ít phút trong MV mới, người đẹp Trà Vinh ngay lập tức trở thành "
        "tâm điểm của dân mạng. Hot girl Sài thành cũng khoe ảnh mới. "
        + "Cô diện váy trắng, khoe vóc dáng thon gọn trong bộ ảnh mới. "
        * 4
    )
    assert extract_provinces("Mỹ nữ Vĩnh Long gây sốt", star).about == []
    chase = "Cô gái Bình Thuận truy đuổi tên cướp giật điện thoại trên quốc lộ."
    assert extract_provinces("Clip cô gái Bình Thuận truy đuổi cướp", chase).about == ["Bình Thuận"]


def test_a_persons_age_and_home_a_district_before_its_province_and_a_towns_seat() -> None:
    """Where a suspect or a victim lives ("(29 tuổi, ở Hòa Bình)", "ngụ …") is no scene
    of the story; "Hoàng Su Phì – Hà Giang" is a district and its province, not a route
    (whose ends add nothing);
    "thị trấn Trảng Bàng" is a town of Tây Ninh, a local unit of the story."""
    from indexer.facets.provinces import _on_a_route, extract_provinces

    crime = (
        "Công an TP Hà Nội đã hoàn tất kết luận điều tra, đề nghị truy tố Bùi Văn Hai (29 "
        "tuổi, ở Hòa Bình) về tội cướp tài sản. Nạn nhân là chị A. (31 tuổi, ngụ huyện Kim "
        "Bôi, Hòa Bình)."
    )
    assert extract_provinces("Truy tố kẻ cướp", crime).about == ["Hà Nội"]
    assert not _on_a_route("người Dao vùng Hoàng Su Phì – Hà Giang", 30)
    assert _on_a_route("tuyến Nội Bài – Lào Cai", 16)
    police = (
        "Ngày 26/6, Công an tỉnh Tây Ninh tạm giữ hình sự Cao Văn Ba về hành vi giết người. "
        "Theo điều tra, vụ việc xảy ra ở khu phố Gia Huỳnh, thị trấn Trảng Bàng. "
        + "Hai nạn nhân được đưa đi cấp cứu nhưng đã tử vong trên đường đến bệnh viện. "
        * 10
    )
    assert extract_provinces("Anh đâm chết hai người", police).about == ["Tây Ninh"]


def test_a_story_naming_no_local_authority_is_no_provinces_news() -> None:
    """A phone's price in a shop "tại TP.HCM" is the phone's story; the same city in the
    headline, its authorities acting, or its figures reported make it the city's."""
    from indexer.facets.provinces import extract_provinces

    review = " ".join(["Máy có màn hình 5,5 inch, pin 3.000 mAh và camera 16 megapixel."] * 12)
    shop = "Một cửa hàng bán lẻ tại TP.HCM đã niêm yết giá 8,99 triệu đồng. "
    authority = "UBND TP.HCM yêu cầu Sở Công Thương và Công an quận 1 kiểm tra cửa hàng. "
    assert extract_provinces("Điện thoại mới lên kệ", shop + review).about == []
    assert extract_provinces("Điện thoại mới lên kệ ở TP.HCM", shop + review).about == [
        "Hồ Chí Minh"
    ]
    assert extract_provinces("Điện thoại mới lên kệ", shop + authority + review).about == [
        "Hồ Chí Minh"
    ]
    report = "Kim ngạch xuất khẩu của TP.HCM đạt 4,6 tỷ USD, tăng 12% so với cùng kỳ. "
    assert extract_facets("Xuất khẩu tăng mạnh", report + review).provinces == ["Hồ Chí Minh"]
    # the country's figure or a company's is no report of the city's
    national = "Vốn FDI giải ngân tại Việt Nam năm 2016 đạt 15,8 tỷ USD. " + shop
    assert extract_facets("Đầu tư tăng mạnh", national + review).provinces == []


def test_a_provinces_court_or_police_places_its_case() -> None:
    """A trial at a province's court ("TAND TP.HCM xét xử") or a case its police tell of
    ("Công an tỉnh Bình Phước cho hay") is the province's news, though a long story names
    the province once and no other local authority; an appeal at a regional court
    ("TAND Cấp cao tại Hà Nội") is not its city's, nor a story the police's newspaper
    tells ("theo báo Công an TP.HCM")."""
    from indexer.facets.provinces import extract_provinces

    hearing = " ".join(["Bị cáo khai rằng đã bị ép cung và xin được xem xét lại."] * 14)
    trial = "Sáng 22/6, TAND TP.HCM mở phiên tòa xét xử hoa hậu Lê Thị Ba. "
    appeal = "Sáng 22/6, TAND Cấp cao tại Hà Nội mở phiên tòa phúc thẩm vụ án. "
    assert extract_provinces("Phiên tòa xử hoa hậu", trial + hearing).about == ["Hồ Chí Minh"]
    assert extract_provinces("Phiên tòa phúc thẩm", appeal + hearing).about == []
    police = "Chiều 17/6, đại diện Công an tỉnh Bình Phước cho hay đã xác định nguyên nhân. "
    assert extract_provinces("Vụ án mạng", police + hearing).about == ["Bình Phước"]
    paper = "Theo báo Công an TP.HCM, bị cáo đã bỏ trốn. "
    assert extract_provinces("Vụ án mạng", paper + hearing).about == []
    # the appeal court's seat is no scene: the case's province is
    case = "Bị cáo trú tại huyện Tiên Du, tỉnh Bắc Ninh. "
    appealed = extract_provinces("Xét xử phúc thẩm vụ án", appeal + case + hearing)
    assert appealed.about == ["Bắc Ninh"]


def test_a_road_named_by_its_ends_in_the_title_is_the_roads_story() -> None:
    """A title naming an expressway by its ends ("cao tốc Hà Nội - Hải Phòng") tells of
    the road: its ends are mentions, the story's province is where it happened."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Sáng 3/6, trên đoạn qua tỉnh Hải Dương, một ô tô con đã tông vào dải phân cách. "
        "Lực lượng chức năng đang điều tra."
    )
    found = extract_provinces("Tai nạn trên cao tốc Hà Nội - Hải Phòng", body)
    assert found.about == ["Hải Dương"]
    assert {"Hà Nội", "Hải Phòng"} <= set(found.mentioned)


def test_where_a_vehicle_is_registered_or_heading_is_no_scene() -> None:
    """A vehicle's plate names where it is registered ("xe khách biển số tỉnh Quảng
    Ninh") and its heading where it came from or went ("theo hướng Hàm Tân về Bà Rịa -
    Vũng Tàu"), mentions as its driver's home is; the crash's province is the story's."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Sáng 6/2, xe khách 50 chỗ biển số tỉnh Quảng Ninh lưu thông trên quốc lộ 6 qua "
        "huyện Mai Châu, tỉnh Hòa Bình thì mất phanh. Một xe tải biển kiểm soát Thái Bình "
        "đi phía sau đã kịp dừng lại."
    )
    found = extract_provinces("Xe khách mất phanh, lật ngang khi xuống dốc", body)
    assert found.about == ["Hòa Bình"]
    assert {"Quảng Ninh", "Thái Bình"} <= set(found.mentioned)
    heading = (
        "Tai nạn xảy ra trên quốc lộ 55 thuộc xã Sơn Mỹ (Hàm Tân, Bình Thuận). Ôtô 7 chỗ "
        "chạy theo hướng Hàm Tân về Bà Rịa - Vũng Tàu thì bị trượt bánh."
    )
    assert extract_provinces("Nữ sinh bị ôtô tông", heading).about == ["Bình Thuận"]


def test_an_address_or_an_agency_acronym_places_the_story() -> None:
    """A scene's address ending in the province ("công viên Thủ Lệ (Hà Nội)", "phường
    Vạn Phúc, Hà Đông, Hà Nội"), "Sở GD&ĐT Hà Nội" and an agency named by a word or two of
    its field ("Cục Thuế TPHCM", "Sở Công Thương Hải Phòng") make a story the city's;
    where a visitor comes from ("đến từ Bù Đăng, Bình Phước") or a firm stands does not."""
    from indexer.facets.provinces import extract_provinces

    crowd = " ".join(["Nhiều gia đình xếp hàng chờ đến lượt vào khu vui chơi ngày nghỉ lễ."] * 12)
    park = "Sáng 21/4 tại công viên Thủ Lệ (Hà Nội), hàng nghìn người dân ra vào. "
    street = "Vụ việc xảy ra tại phường Vạn Phúc, Hà Đông, Hà Nội vào sáng qua. "
    visitor = "Một bé trai đến từ Bù Đăng, Bình Phước cũng có mặt. "
    firm = "Tàu do công ty Đại Nguyên Dương (Nam Định) đóng. "
    assert extract_provinces("Đông nghịt người", park + crowd).about == ["Hà Nội"]
    assert extract_provinces("Đông nghịt người", street + crowd).about == ["Hà Nội"]
    assert extract_provinces("Đông nghịt người", visitor + firm + crowd).about == []
    exam = "Hơn 76.000 học sinh dự thi vào lớp 10 do Sở GD&ĐT Hà Nội tổ chức. "
    assert extract_provinces("Kỳ thi", exam).about == ["Hà Nội"]
    tax = "Ông Trần Văn Tâm, Cục trưởng Cục Thuế TPHCM, cho biết đang thống kê các hộ. "
    assert extract_provinces("Thuế kinh doanh trên mạng", tax).about == ["Hồ Chí Minh"]
    trade = "Theo báo cáo của Sở Công Thương Hải Phòng, số cửa hàng bán xăng E5 giảm. "
    assert extract_provinces("Xăng E5", trade).mentioned == ["Hải Phòng"]


def test_an_address_in_the_lead_places_the_story() -> None:
    """A lead placing its scene by an address that ends in the province ("núi Bà Đen
    (Tây Ninh)") weighs more than a passing mention; where a firm stands does not."""
    from indexer.facets.provinces import extract_provinces

    body = " ".join(["Những ngày này, mỗi ngày khu di tích đón hàng chục ngàn lượt khách."] * 12)
    lead = "Tháng Giêng, du khách hành hương về núi Bà Đen (Tây Ninh) ngày càng đông."
    firm = "Tháng Giêng, sản phẩm của công ty Đại Nguyên Dương (Nam Định) bán rất chạy."
    assert extract_provinces("Chùm ảnh: lễ hội đầu xuân", body, lead).about == ["Tây Ninh"]
    assert extract_provinces("Chùm ảnh: lễ hội đầu xuân", body, firm).about == []


def test_a_lead_the_body_does_not_repeat_names_the_subject() -> None:
    from indexer.facets.provinces import extract_provinces

    lead = (
        "Sáng 6-2, ông Lê Văn Bình, Bí thư Thành ủy TP HCM; ông Nguyễn Văn An, Chủ tịch UBND "
        "TP HCM đã đến đánh cồng đầu xuân."
    )
    body = " ".join(["Lãnh đạo thành phố chúc các doanh nghiệp một năm thành công."] * 15)
    assert extract_provinces("Đánh cồng đầu xuân", body, lead).about == ["Hồ Chí Minh"]
    listed = "Bệnh lùn xoắn lá gây hại tại các tỉnh Đồng Tháp, Long An, An Giang, Hậu Giang."
    assert extract_provinces("Bệnh hại lúa", body, listed).about == []
    # a district the lead names counts as a body's does: local news of its province
    opened = "Sáng 7.2, tại TP.Hội An (Quảng Nam), một viện nghiên cứu chính thức ra mắt."
    talk = " ".join(["Các nhà khoa học bàn về giáo dục và văn hóa."] * 15)
    talk += " Lãnh đạo tỉnh Quảng Nam chúc mừng viện."
    assert extract_provinces("Ra mắt viện nghiên cứu", talk, opened).about == ["Quảng Nam"]


def test_the_president_and_a_photographer_are_no_places() -> None:
    from indexer.facets.provinces import extract_provinces

    body = (
        "Nhân kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh, Đoàn TNCS Hồ Chí Minh phát động học "
        "tập tư tưởng, đạo đức, phong cách Hồ Chí Minh. Cửa khẩu Tân Thanh. Ảnh: Thái Bình. "
        "Ông nhắc lời dạy “phải trọng dân” (Hồ Chí Minh) trước "
        "các học viên Học viện Chính trị quốc gia Hồ Chí Minh. Đoàn dâng hoa trước tượng đài "
        "Hồ Chí Minh ở Moscow."
    )
    assert extract_provinces("", body).mentioned == []
    city = "Sở Y tế TP Hồ Chí Minh khuyến cáo người dân."
    assert extract_provinces("", city).mentioned == ["Hồ Chí Minh"]


def test_a_launch_venue_or_a_city_left_is_no_subject() -> None:
    from indexer.facets.provinces import extract_provinces

    launch = "Trong sự kiện sáng nay tại TP.HCM, hãng công bố loạt máy tính xách tay mới."
    visit = "Thủ tướng rời Hà Nội, lên đường thăm chính thức Hoa Kỳ theo lời mời."
    assert extract_provinces("", launch).about == []
    assert extract_provinces("", visit).about == []
    assert extract_provinces("", "Sáng nay tại TP.HCM, giá xăng tăng mạnh.").about == [
        "Hồ Chí Minh"
    ]


def test_a_meetings_venue_in_the_title_is_no_subject() -> None:
    """A title naming where a national meeting or a fair is held ("Khai mạc hội thảo … tại
    Hà Nội") tells of the meeting; a title placing other news there still counts."""
    from indexer.facets.provinces import extract_provinces

    body = "Các bộ, ngành và doanh nghiệp trao đổi về chính sách thuế mới."
    meeting = "Khai mạc Diễn đàn doanh nghiệp với các bộ, ngành tại Hà Nội"
    visit = "Phó Thủ tướng thăm, động viên các thí sinh ở Cần Thơ"
    assert extract_provinces(meeting, body).about == []
    assert extract_provinces(visit, body).about == ["Cần Thơ"]


def test_contact_details_name_no_subject() -> None:
    """An office's address or a hotline list names a city the article is not about."""
    from indexer.facets.provinces import extract_provinces

    review = (
        "Máy giặt mới tiết kiệm điện. Thông tin liên hệ: Văn phòng Hồ Chí Minh, Tầng 17, "
        "15 Lê Thánh Tôn, Quận 1, TP Hồ Chí Minh. Điện thoại: 028 7304 6878."
    )
    hotline = "Người dân gọi 0969.082.115 (Trung tâm Kiểm soát bệnh tật TP Hà Nội) để khai báo."
    assert extract_provinces("", review).about == []
    assert extract_provinces("", hotline).about == []
    assert "Hồ Chí Minh" in extract_provinces("", review).mentioned
    assert extract_provinces("", "Sở Y tế TP Hà Nội khuyến cáo người dân.").about == ["Hà Nội"]


def test_captions_routes_and_delegations_name_no_subject() -> None:
    """National news naming a city in a photo caption, a route's ends, a delegate's
    province or an exchange "Thành phố Hồ Chí Minh": mentioned, not about."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Chính phủ họp phiên thường kỳ về tăng trưởng kinh tế cả nước. Mua sắm tại một siêu "
        "thị ở TP Hồ Chí Minh. Ảnh: TTXVN. Đường sắt mở thêm tuyến Hà Nội - Vinh. Đại biểu "
        "Quốc hội tỉnh Sóc Trăng Nguyễn Văn Ba phát biểu, tại tổ TP. Cần Thơ ý kiến đồng "
        "tình. Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh công bố danh sách."
    )
    result = extract_provinces("", body)
    assert result.about == []
    assert {"Hồ Chí Minh", "Hà Nội", "Sóc Trăng", "Cần Thơ"} <= set(result.mentioned)


def test_a_stretch_of_provinces_named_by_its_ends_is_a_region() -> None:
    """ "từ Thanh Hóa trở vào", "các tỉnh từ Nghệ An đến Quảng Bình", in the title too:
    both ends are mentioned, neither is a subject; a province the story acts in is."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Ngày mai, các tỉnh từ Nghệ An đến Quảng Bình có mưa rào. Vùng biển từ tỉnh Bình "
        "Định tới Cà Mau có gió mạnh."
    )
    result = extract_provinces("Bắc Bộ mát, từ Thanh Hóa trở vào có mưa dông", body)
    assert result.about == []
    assert result.mentioned == ["Thanh Hóa", "Nghệ An", "Quảng Bình", "Bình Định", "Cà Mau"]
    local = "UBND tỉnh Nghệ An họp bàn phòng chống lũ. " + body
    assert extract_provinces("Nghệ An chủ động ứng phó mưa lũ", local).about == ["Nghệ An"]


def test_the_man_a_national_meetings_city_a_club_and_a_delegates_city() -> None:
    """A bare "Hồ Chí Minh" after a word that does not place it is the man; "tại Thành
    phố …" is a national meeting's venue; "CLB TP …" a team; "Đại biểu Tp. …" and "đoàn
    đại biểu Thành phố …" a delegate's constituency: mentioned, none of them about."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Hội thảo bàn về chủ nghĩa nhân văn Hồ Chí Minh và thời đại Hồ Chí Minh. Hội nghị "
        "Ban Chấp hành Trung ương Đoàn đã khai mạc tại Thành phố Cần Thơ. Tối qua, CLB TP "
        "Hải Phòng thắng 2-0. Ông Lê Văn Nam, Đại biểu Tp. Đà Nẵng, và bà Trần Thị Lan, "
        "đoàn đại biểu Thành phố Hà Nội, cùng góp ý về dự thảo luật."
    )
    result = extract_provinces("Kỷ niệm ngày thành lập Đoàn", body)
    assert result.about == []
    assert {"Cần Thơ", "Đà Nẵng", "Hà Nội"} <= set(result.mentioned)
    assert not {"Hồ Chí Minh", "Hải Phòng"} & set(result.mentioned)
    assert extract_provinces("", "Lễ hội diễn ra tại Hồ Chí Minh, Hà Nội và Huế.").mentioned == [
        "Hồ Chí Minh",
        "Hà Nội",
        "Thừa Thiên Huế",
    ]


def test_a_national_meetings_venue_named_by_its_town_then_province() -> None:
    """ "tại thành phố Vĩnh Yên, tỉnh Vĩnh Phúc, Bộ Y tế tổ chức hội thảo": the venue's
    address ends in its province, which stays a mention."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Tỷ số giới tính khi sinh trên cả nước đã lên 112 bé trai/100 bé gái, Bộ Y tế cho "
        "biết. Theo Thứ trưởng Bộ Y tế, tình trạng này đang lan rộng ở nhiều địa phương và "
        "cần được kiểm soát sớm để tránh hệ lụy lâu dài cho xã hội.\nNgày 23/5, tại thành "
        "phố Vĩnh Yên, tỉnh Vĩnh Phúc, Tổng cục Dân số, Bộ Y tế tổ chức hội thảo đánh giá "
        "đề án kiểm soát mất cân bằng giới tính khi sinh."
    )
    result = extract_provinces("Tỷ lệ mất cân bằng giới tính khi sinh tăng mạnh", body)
    assert (result.about, result.mentioned) == ([], ["Vĩnh Phúc"])


def test_the_heads_of_state_and_ministries_by_acronym_make_national_news() -> None:
    """The President or a ministry named by its acronym in the lead makes national news:
    a city named in passing there takes more to be its subject."""
    from indexer.facets.provinces import extract_provinces

    later = "\nTrước đó, đoàn đã làm việc với lãnh đạo TP Hải Phòng về hợp tác cảng biển."
    for lead in (
        "Chủ tịch nước tiếp Thống đốc bang Victoria, hai bên trao đổi về hợp tác giáo dục, "
        "đào tạo nghề và trao đổi sinh viên giữa các trường đại học của hai nước.",
        "Bộ GTVT họp bàn giải pháp kéo giảm tai nạn đường sắt trong dịp cao điểm hè, khi "
        "lượng hành khách đi tàu tăng mạnh và nhiều đường ngang chưa có người gác.",
    ):
        assert extract_provinces("Tăng cường hợp tác", lead + later).about == []
    local = (
        "UBND tỉnh họp bàn giải pháp kéo giảm tai nạn đường sắt trong dịp cao điểm hè, khi "
        "lượng hành khách đi tàu tăng mạnh và nhiều đường ngang chưa có người gác."
    )
    assert extract_provinces("Tăng cường hợp tác", local + later).about == ["Hải Phòng"]


def test_a_regions_weather_is_national_news_and_a_district_is_no_persons_label() -> None:
    """A region in the lead ("Bắc Bộ", "các tỉnh miền Trung": no one province's actor)
    makes national news, whose city named once is an example; "Hà Đông (Hà Nội)" is a
    district, though "Hà" is a family name, so its province is the scene."""
    from indexer.facets.provinces import extract_provinces

    lead = (
        "Nắng nóng gay gắt tiếp tục ở Bắc Bộ và các tỉnh miền Trung, nhiệt độ cao nhất phổ "
        "biến 37-39 độ, có nơi trên 40 độ. Người dân cần hạn chế ra đường vào buổi trưa.\n"
    )
    city = "Tại TP Hà Nội, nhiệt độ ngoài trời lên tới 40 độ C."
    assert extract_provinces("Nắng nóng kéo dài", lead + city).about == []
    heat = "Một số nơi như Hà Đông (Hà Nội) nhiệt độ lên 41 độ C."
    assert extract_provinces("", heat).about == ["Hà Nội"]


def test_rarer_family_names_hold_office() -> None:
    body = (
        "Ông Đồng Văn Nam, Vụ trưởng Vụ Quản lý công trình thủy lợi, cho biết đập an toàn. "
        "Ông Khương Thế Bình, Phó Cục trưởng Cục Đường sắt, kiểm tra đường ngang. "
        "Bà Ngụy Thị Hoa, Giám đốc Sở Tài chính, báo cáo thu ngân sách."
    )
    assert extract_facets("", body).officials == ["Đồng Văn Nam", "Khương Thế Bình", "Ngụy Thị Hoa"]


def test_a_party_committee_seat_between_a_name_and_its_title() -> None:
    body = (
        "Ban Thường vụ kỷ luật cảnh cáo ông Lê Văn Hải, Đảng ủy viên, Phó Giám đốc Sở Công "
        "Thương. Đồng chí Trần Minh Tâm, Thành ủy viên, Bí thư Quận ủy Hải An phát biểu."
    )
    officials = extract_facets("", body).official_roles
    assert [(o["name"], o["role"]) for o in officials] == [
        ("Lê Văn Hải", "Phó Giám đốc Sở Công Thương"),
        ("Trần Minh Tâm", "Bí thư Quận ủy Hải An"),
    ]


def test_bodies_named_for_the_arts_land_corruption_and_medicine() -> None:
    """Their lower-case words are an organisation's, so the holder after them is found;
    "phát biểu" after a body's name still ends the role, though "biểu" is one of them."""
    body = (
        "Cục trưởng Cục Nghệ thuật biểu diễn Trần Văn An cho biết sẽ rút giấy phép. "
        "Phó Chi cục trưởng Chi cục Quản lý đất đai Lê Thị Bình báo cáo. "
        "Cục trưởng Cục Chống tham nhũng, ông Vũ Văn Cường cho biết. "
        "Cục trưởng Cục Quản lý Y dược cổ truyền Phạm Minh Đức cho biết. "
        "Bí thư Thành ủy Hải Phòng Lê Văn Hải phát biểu tại hội nghị."
    )
    roles = _roles_of(body, "")
    assert roles == {
        "Trần Văn An": "Cục trưởng Cục Nghệ thuật biểu diễn",
        "Lê Thị Bình": "Phó Chi cục trưởng Chi cục Quản lý đất đai",
        "Vũ Văn Cường": "Cục trưởng Cục Chống tham nhũng",
        "Phạm Minh Đức": "Cục trưởng Cục Quản lý Y dược cổ truyền",
        "Lê Văn Hải": "Bí thư Thành ủy Hải Phòng",
    }


def test_the_head_of_a_national_assembly_delegation() -> None:
    body = (
        "Sau khi nghe bà Trần Thị Hoa, Trưởng đoàn ĐBQH TP. Hải Phòng báo cáo, cử tri kiến "
        "nghị. Phó Trưởng đoàn đại biểu Quốc hội tỉnh Bắc Ninh Lê Văn Nam tiếp thu."
    )
    roles = _roles_of(body, "")
    assert roles == {
        "Trần Thị Hoa": "Trưởng đoàn ĐBQH TP. Hải Phòng",
        "Lê Văn Nam": "Phó Trưởng đoàn đại biểu Quốc hội tỉnh Bắc Ninh",
    }


def test_the_youth_unions_central_committee_before_a_name() -> None:
    """The "Đoàn" of "Trung ương Đoàn" (the Youth Union's) ends the role, though it is
    also a family name; after a province's title it is the holder's family name."""
    body = (
        "Bí thư Trung ương Đoàn Lê Văn Phong trao giải. Phó Bí thư Thường trực TƯ Đoàn "
        "Nguyễn Văn Tuấn phát biểu. Chủ tịch UBND tỉnh Đoàn Văn Việt dự lễ."
    )
    roles = _roles_of(body, "")
    assert roles == {
        "Lê Văn Phong": "Bí thư Trung ương Đoàn",
        "Nguyễn Văn Tuấn": "Phó Bí thư Thường trực TƯ Đoàn",
        "Đoàn Văn Việt": "Chủ tịch UBND tỉnh",
    }


def test_judges_and_a_trials_presiding_judge() -> None:
    """A court's judge ("Thẩm phán") and a trial's presiding one ("Chủ tọa") hold court
    office; a foreign judge is no official."""
    body = (
        "Chủ tọa phiên tòa Vũ Thanh Tâm cho phép luật sư hỏi. HĐXX do thẩm phán Lê Thị "
        "Hạnh làm chủ tọa. Thẩm phán James Robart ra phán quyết."
    )
    assert _roles_of(body, "") == {
        "Vũ Thanh Tâm": "Chủ tọa phiên tòa",
        "Lê Thị Hạnh": "Thẩm phán",
    }


def test_a_place_named_with_ba_or_ong_in_a_role() -> None:
    """ "Hai Bà Trưng" is a district, no "bà" before a name: the role runs on past it."""
    body = (
        "Trưởng phòng Giáo dục quận Hai Bà Trưng, bà Trần Thị Hoa cho biết. Phó Chủ tịch "
        "UBND quận Hai Bà Trưng Nguyễn Văn Nam có mặt."
    )
    assert _roles_of(body, "") == {
        "Trần Thị Hoa": "Trưởng phòng Giáo dục quận Hai Bà Trưng",
        "Nguyễn Văn Nam": "Phó Chủ tịch UBND quận Hai Bà Trưng",
    }


def test_a_comrade_named_before_a_title_without_a_comma() -> None:
    body = "Đồng chí Lê Văn Dũng Ủy viên Trung ương Đảng tới dự và phát biểu."
    assert _roles_of(body, "") == {"Lê Văn Dũng": "Ủy viên Trung ương Đảng"}


def test_a_degree_glued_to_the_name_after_a_title() -> None:
    body = "Phó Cục trưởng Cục Kỹ thuật, TS.Nguyễn Hữu Đoàn cho biết lốp đã thử xong."
    assert _roles_of(body, "") == {"Nguyễn Hữu Đoàn": "Phó Cục trưởng Cục Kỹ thuật"}


def test_a_deputy_named_like_a_country() -> None:
    """A family name and a given name spelt as a country ("Dương Trung Quốc") is a name;
    a country after a foreigner's name is not."""
    body = "ĐB Dương Trung Quốc cho rằng cần sửa luật. Thủ tướng Lý Hiển Long Singapore đến."
    assert _roles_of(body, "") == {"Dương Trung Quốc": "Đại biểu Quốc hội"}


def test_rarer_family_names_start_a_name() -> None:
    """Family names the corpus writes after "ông"/"bà" a few times each ("Sử", "Bành"),
    and those of minority peoples ("Leo", Tày; "Điểu", Stiêng and M'nông), or "Lam"
    after a rank; "Biện", of a province's chief judge."""
    body = (
        "Ông Sử Ngọc Anh, Giám đốc Sở Kế hoạch và Đầu tư, cho biết. Anh Bành Văn Trần Vinh "
        "- Phó Chủ tịch phường 8 đến can ngăn. Đại tá Lam Văn Bình, Giám đốc Công an tỉnh "
        "Lạng Sơn, cho biết. Ông Điểu Văn Lâm, Phó Chủ tịch UBND huyện Bù Đăng, phát biểu. "
        "Bà Leo Thị Hoa, Bí thư Huyện ủy, dự họp. Ông Biện Văn Hòa, Chánh án TAND tỉnh, "
        "cho biết."
    )
    assert _roles_of(body, "") == {
        "Sử Ngọc Anh": "Giám đốc Sở Kế hoạch và Đầu tư",
        "Bành Văn Trần Vinh": "Phó Chủ tịch phường 8",
        "Lam Văn Bình": "Giám đốc Công an tỉnh Lạng Sơn",
        "Điểu Văn Lâm": "Phó Chủ tịch UBND huyện Bù Đăng",
        "Leo Thị Hoa": "Bí thư Huyện ủy",
        "Biện Văn Hòa": "Chánh án TAND tỉnh",
    }


def test_a_family_name_ending_a_province_starts_no_name_before_a_title() -> None:
    """ "Lâm Đồng" ends in a family name: the holder named after the province is no
    "Đồng Nguyễn Xuân Tiến" titled by the subject of the next clause."""
    body = "Gặp lại Bí thư Tỉnh ủy Lâm Đồng Nguyễn Xuân Tiến, Thủ tướng nhấn mạnh hợp tác."
    assert _roles_of(body, "") == {"Nguyễn Xuân Tiến": "Bí thư Tỉnh ủy Lâm Đồng"}


def test_a_police_department_is_a_parent_body_after_a_comma() -> None:
    """ "Phó Trưởng phòng Hồ sơ, Công an tỉnh Đắk Nông": the department's force follows
    the comma, as "Sở Xây dựng" or "UBND huyện" does."""
    body = "Phó Trưởng phòng Hồ sơ, Công an tỉnh Đắk Nông, ông Phạm Mạnh Hùng cho biết."
    assert _roles_of(body, "") == {
        "Phạm Mạnh Hùng": "Phó Trưởng phòng Hồ sơ, Công an tỉnh Đắk Nông"
    }


def test_a_connective_after_a_caption_is_no_given_name() -> None:
    """A caption glued to the next sentence: "Như vậy" opens it; "Như" alone is a name's."""
    body = (
        "Thứ trưởng Huỳnh Vĩnh Ái Như vậy, mục đích ban hành văn bản đã rõ. Bí thư Huyện "
        "ủy Lê Quỳnh Như phát biểu. Bộ trưởng Nguyễn Ngọc Thiện Như VnMedia đã đưa tin, "
        "Bộ sẽ xem xét."
    )
    assert _roles_of(body, "") == {
        "Huỳnh Vĩnh Ái": "Thứ trưởng",
        "Lê Quỳnh Như": "Bí thư Huyện ủy",
        "Nguyễn Ngọc Thiện": "Bộ trưởng",
    }


def test_a_captions_verb_before_a_guests_title_is_no_given_name() -> None:
    """A caption glued to the next words: "Tiếp" before a title receives a guest, and
    "Trước khi" opens a sentence; "Tiếp" alone is a name's."""
    body = (
        "Chủ tịch UBND tỉnh Trần Văn Sơn Tiếp Đại sứ Nhật Bản tại trụ sở. Giám đốc Sở Y tế "
        "Lê Thị Hoa Trước khi họp, bà Hoa đi kiểm tra bệnh viện. Phó Chủ tịch UBND huyện "
        "Nguyễn Văn Tiếp phát biểu."
    )
    assert _roles_of(body, "") == {
        "Trần Văn Sơn": "Chủ tịch UBND tỉnh",
        "Lê Thị Hoa": "Giám đốc Sở Y tế",
        "Nguyễn Văn Tiếp": "Phó Chủ tịch UBND huyện",
    }


def test_first_secretaries_and_the_central_committees_of_the_fronts_members() -> None:
    """A title may name its rank ("Bí thư thứ nhất") or the central committee of a
    member organisation of the Front before the organisation itself."""
    body = (
        "Bí thư thứ nhất Trung ương Đoàn Trần Minh Khoa trao giải. Phát biểu, ông Lò Văn "
        "Sinh, Phó Chủ tịch Thường trực Ban Chấp hành Trung ương Hội Nông dân Việt Nam, "
        "đề nghị các tỉnh liên kết."
    )
    body += " Ông Lê Văn Tư, bí thư chi bộ thôn Đông, cho biết dân đã góp tiền làm đường."
    body += " Anh Hồ Văn Năm, Phó bí thư chi đoàn xóm 3, bị thương."
    assert _roles_of(body, "") == {  # a village's Party or Youth Union cell is below the commune
        "Trần Minh Khoa": "Bí thư thứ nhất Trung ương Đoàn",
        "Lò Văn Sinh": "Phó Chủ tịch Thường trực Ban Chấp hành Trung ương Hội Nông dân Việt Nam",
    }


def test_a_deputy_title_right_after_the_name_is_no_part_of_it() -> None:
    body = "Bà Trần Thị Lan Phó giám đốc Sở Công Thương Hà Nội chia sẻ về đề án."
    roles = _roles_of(body, "")
    assert roles == {"Trần Thị Lan": "Phó Giám đốc Sở Công Thương Hà Nội"}


def test_a_division_named_at_length_before_its_department() -> None:
    """ "Trưởng phòng Quản lý thi và Kiểm định chất lượng giáo dục Sở GD&ĐT": a division's
    long name, with "và", then its department."""
    body = (
        "Ông Ngô Văn Chất, Trưởng phòng Tổ chức cán bộ và Kiểm tra chuyên ngành Sở Y tế "
        "Hà Nội, cho biết quy trình đã được rút gọn."
    )
    assert extract_facets("Tuyển dụng", body).officials == ["Ngô Văn Chất"]


def test_a_towns_chairman_named_without_its_committee() -> None:
    """ "Chủ tịch thị trấn A Lưới", as "Chủ tịch xã …" is."""
    body = "Ông Phạm Chí Mười - Chủ tịch thị trấn Tân Uyên - cho biết đã tìm thấy nạn nhân."
    assert extract_facets("Lũ cuốn", body).officials == ["Phạm Chí Mười"]


def test_a_former_post_written_with_a_capital() -> None:
    """ "…, Nguyên Phó Tổng cục trưởng …": "former", capitalised after a comma."""
    body = "Theo GS.TS Lê Mạnh Hùng, Nguyên Phó Tổng cục trưởng Tổng cục Thủy lợi, bờ kè đã yếu."
    assert extract_facets("Sạt lở", body).officials == ["Lê Mạnh Hùng"]


def test_a_name_running_into_a_byline_is_the_name_given_before() -> None:
    """A caption's name at the article's end runs into the byline ("… Trần Tuấn Anh
    Thành Nam"): the name the article gave before is whole; a name written in full more
    than once stays whole beside a clipped form."""
    body = (
        "Bộ trưởng Bộ Công Thương Trần Tuấn Anh cho biết 12 dự án đã có phương án xử lý.\n"
        "Bộ trưởng Trần Tuấn Anh Thành Nam"
    )
    assert extract_facets("Dự án thua lỗ", body).officials == ["Trần Tuấn Anh"]
    full = (
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đón đoàn. Theo lời mời của Chủ tịch Quốc hội "
        "Nguyễn Thị Kim.Chiều 23/6, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội đàm."
    )
    assert extract_facets("Hội đàm", full).officials == ["Nguyễn Thị Kim Ngân"]


def test_a_units_parent_district_between_the_title_and_its_holder() -> None:
    body = "Theo Chủ tịch UBND phường Láng Hạ, quận Đống Đa Vũ Văn Sơn, phường đang rà soát."
    roles = _roles_of(body, "")
    assert roles == {"Vũ Văn Sơn": "Chủ tịch UBND phường Láng Hạ, quận Đống Đa"}


def test_a_seat_on_the_assemblys_standing_committee_is_an_office() -> None:
    body = (
        "Ông Vũ Văn Thanh, Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Kinh tế của "
        "Quốc hội cho biết dự luật đã được chỉnh lý."
    )
    assert extract_facets("", body).officials == ["Vũ Văn Thanh"]


def test_a_local_story_naming_one_province_once_happens_there() -> None:
    """A commune's police opening a story that names one province, even once in
    passing, place it there; not when a foreign country opens the story."""
    from indexer.facets.provinces import extract_provinces

    lead = (
        "Chiều 8-6, Công an xã Tam Đàn cho biết một người đàn ông {}đã tự thiêu sau mâu "
        "thuẫn gia đình, người dân địa phương phát hiện và đưa đi cấp cứu nhưng không kịp.\n"
    )
    later = "Sự việc khiến nhiều người dân Quảng Nam bàng hoàng."
    local = lead.format("") + later
    abroad = lead.format("người Trung Quốc ") + later
    assert extract_provinces("Một người đàn ông tự thiêu", local).about == ["Quảng Nam"]
    assert extract_provinces("Một người đàn ông tự thiêu", abroad).about == []


def test_a_titles_holders_listed_after_it() -> None:
    """A plural title's holders listed after "như/gồm các ông (, bà)" or "các ông bà":
    each holds it; so does one named after "hiện nay là ông" or "khi đó là ông"; "T.Ư"
    abbreviates the Central Committee."""
    body = (
        "Tổng Bí thư cho biết đã xử lý nhiều cán bộ nguyên Ủy viên T.Ư như các ông Vũ Văn "
        "Hoàng, Trần Văn Hải, Huỳnh Minh Chắc. Bộ hiện có 3 thứ trưởng gồm các ông, bà: "
        "Lê Khánh Hòa; Đặng Thị Bích Liên; Vương Duy Bình. Giám đốc Sở Nội vụ hiện nay là "
        "ông Trần Huy Sáng; các Phó Giám đốc Sở gồm các ông bà: Ngô Anh Tuấn, Lê Văn Cửu."
    )
    roles = _roles_of(body, "")
    assert roles == {
        "Vũ Văn Hoàng": "Ủy viên T.Ư",
        "Trần Văn Hải": "Ủy viên T.Ư",
        "Huỳnh Minh Chắc": "Ủy viên T.Ư",
        "Lê Khánh Hòa": "Thứ trưởng",
        "Đặng Thị Bích Liên": "Thứ trưởng",
        "Vương Duy Bình": "Thứ trưởng",
        "Trần Huy Sáng": "Giám đốc Sở Nội vụ",
        "Ngô Anh Tuấn": "Phó Giám đốc Sở",
        "Lê Văn Cửu": "Phó Giám đốc Sở",
    }


def test_national_assembly_delegates_acronyms_and_the_press() -> None:
    body = (
        "Tại phiên thảo luận, đại biểu Lê Thị Hồng (Nghệ An) đề nghị làm rõ nguồn vốn; "
        "ĐB Hoàng Văn Minh (Lào Cai) đồng tình. ĐBQH Phan Thanh Bình chất vấn.\n"
        "Bộ trưởng Bộ Tài nguyên và Môi trường (TN-MT) Trần Hồng Hà trả lời. "
        "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Đỗ Văn Chiến cho biết thêm.\n"
        "Thiếu tá Vũ Đức Long, Phó trưởng Phòng Tham mưu Công an tỉnh, thông tin.\n"
        "Nhà báo Đinh Văn Tú, Trưởng ban Bạn đọc báo Tin Mới, bị tạm giữ. "
        "Đại biểu Nguyễn Văn Sơn (tổ dân phố 3) phát biểu.\n"
        "Ông Lê Duy Phúc, Trưởng ban Bạn đọc báo điện tử Giáo dục Việt Nam, bị khởi tố. "
        "Ông Nguyễn Văn Hòa, Chủ tịch UBND phường Thủy Xuân thông báo cho các bên. "
        "Ông Hoàng Quốc Khánh, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy báo cáo tình hình. "
        "Ông Dương Văn Tiến, Phó Chủ tịch UBND tỉnh Yên Bái công bố tại họp báo."
    )
    names = extract_facets("", body).officials
    assert names == [
        "Lê Thị Hồng",
        "Hoàng Văn Minh",
        "Phan Thanh Bình",
        "Trần Hồng Hà",
        "Đỗ Văn Chiến",
        "Vũ Đức Long",
        "Nguyễn Văn Hòa",
        "Hoàng Quốc Khánh",
        "Dương Văn Tiến",
    ]
    roles = _roles_of(body, "")
    assert roles["Nguyễn Văn Hòa"] == "Chủ tịch UBND phường Thủy Xuân"
    assert roles["Dương Văn Tiến"] == "Phó Chủ tịch UBND tỉnh Yên Bái"


def test_officials_of_the_central_bank_social_insurance_and_inspectorate() -> None:
    body = (
        "Thống đốc Ngân hàng Nhà nước Việt Nam Trần Văn Lộc phát biểu. Phó thống đốc Ngân "
        "hàng Nhà nước Lê Thị Huệ bổ sung.\nBà Đào Thị Mai, Giám đốc Bảo hiểm Xã hội tỉnh, "
        "cho biết. Tổng thanh tra Chính phủ Hà Văn Lâm báo cáo; Chủ nhiệm Ủy ban Pháp luật "
        "của Quốc hội Đinh Công Sơn trình bày. Các ĐB Vũ Thị Lan, ĐB Trịnh Văn Tâm tranh luận. "
        "Bộ trưởng Lê Văn Khoa Ông Khoa nói thêm."
    )
    assert extract_facets("", body).officials == [
        "Trần Văn Lộc",
        "Lê Thị Huệ",
        "Đào Thị Mai",
        "Hà Văn Lâm",
        "Đinh Công Sơn",
        "Vũ Thị Lan",
        "Trịnh Văn Tâm",
        "Lê Văn Khoa",
    ]


def test_ministry_department_heads_and_the_rural_development_ministry() -> None:
    """ "Vụ trưởng" heads a ministry's department; "nông thôn" of the ministry's name is
    no village ("thôn") before a name; a sentence start glued to a name is cut off."""
    body = (
        "Vụ trưởng Vụ Pháp chế Lê Thị Hạnh cho biết. Ông Đỗ Văn Nam, Phó vụ trưởng Vụ "
        "Kinh tế tổng hợp, nói thêm. Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Trần "
        "Văn Bình dự họp. Chất vấn Bộ trưởng Hồ Minh Tâm Là người đầu tiên phát biểu."
    )
    assert extract_facets("", body).officials == [
        "Lê Thị Hạnh",
        "Đỗ Văn Nam",
        "Trần Văn Bình",
        "Hồ Minh Tâm",
    ]


def test_a_time_glued_to_a_name_the_eu_and_a_director_in_charge() -> None:
    """ "Chiều cùng ngày" after a name opens the next sentence; a head of a European Union
    body is foreign; "Phó giám đốc phụ trách" is the director's office; the Front's member
    organisations have offices, the labour confederation's at the national level only (the
    annotators name no head of a province's or a district's federation), the others' above
    the commune (1 of 6 commune heads is gold in dev)."""
    body = (
        "Bộ trưởng KH-ĐT Trần Văn Nam Chiều cùng ngày, các đại biểu thảo luận.\n"
        "Trưởng đoàn là Thứ trưởng Bộ Công Thương Hồ Thị Lan và bà Anna Berg, Vụ trưởng Vụ "
        "Thương mại, Tổng vụ Thương mại của Ủy ban châu Âu.\n"
        "Ông Lý Văn Bình, Phó giám đốc phụ trách Sở Y tế, cho biết.\n"
        "Ông Đào Văn Tâm, Vụ trưởng Vụ châu Âu, Bộ Ngoại giao, dự họp.\n"
        "Bà Lê Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, và ông Mai Văn Cường, Phó Chủ "
        "tịch Tổng Liên đoàn Lao động Việt Nam, phát biểu. Đại tá Phan Văn Lộc, Phó Tổng tư "
        "lệnh Binh đoàn 15, cho biết. Ông Hà Văn Dũng, Chủ tịch LĐLĐ huyện, cũng dự. Anh "
        "Lê Văn Tý - Chủ tịch Hội Nông dân xã Mai Phụ cho biết.\n"
        "Sau vụ nổ xảy ra tại thành phố Leeds, Anh làm nhiều người bị thương, Thủ tướng Chính "
        "phủ Nguyễn Văn Bình đã gửi Điện chia buồn tới bà Theresa May - Thủ tướng Liên hiệp "
        "Vương quốc Anh và Bắc Ireland."
    )
    assert extract_facets("", body).officials == [
        "Trần Văn Nam",
        "Hồ Thị Lan",
        "Lý Văn Bình",
        "Đào Văn Tâm",
        "Lê Thị Hoa",
        "Mai Văn Cường",
        "Phan Văn Lộc",
        "Nguyễn Văn Bình",
    ]


def test_spans_worded_dates_halves_and_recent_starts() -> None:
    from indexer.facets.years import extract_years

    body = (
        "Công ty bị điều tra về giai đoạn từ 2011 tới 2014. Tháng 5 năm 2016, anh chuyển "
        "sang thi đấu ở nước ngoài; tháng 3 năm 1998 đội lên hạng. Doanh số nửa đầu 2017 "
        "khả quan. Giá xăng điều chỉnh lần thứ 11 kể từ đầu năm 2017; hãng có mặt ở Việt "
        "Nam kể từ năm 2001. Mục tiêu đến năm 2030 là hoàn thành cổ phần hóa."
    )
    years = extract_years("", body, datetime(2017, 7, 1))
    assert years == [2011, 2014, 2016, 2017, 2030]


def test_a_span_up_to_now_with_a_count_is_the_time_it_counts() -> None:
    """ "Từ năm 2013 đến nay, … 18.052 trang mạng" counts its start, as an amount would;
    without a count ("luôn quan tâm"), or with only an age, it is background."""
    from indexer.facets.years import extract_years

    body = (
        "Từ năm 2013 đến nay, có 18.052 trang mạng bị tin tặc tấn công. Từ năm 2008 đến "
        "nay, Ủy ban luôn quan tâm chỉ đạo. Ông Lê Văn An, 44 tuổi, làm việc này từ năm "
        "2010 đến nay."
    )
    assert extract_years("", body, datetime(2017, 7, 1)) == [2013, 2017]


def test_appointed_officials_and_names_cut_by_an_ellipsis() -> None:
    body = (
        "Chủ tịch UBND tỉnh ký quyết định bổ nhiệm Giám đốc Sở Tài chính đối với ông Hồ Văn "
        "Nam. Nhiều ĐB như ĐB Tạ Văn Hạ, ĐB Lý Thị Lan... đã tranh luận. ĐBQH Võ Văn Tú Vì "
        "sao nợ đọng kéo dài?"
    )
    assert extract_facets("", body).officials == [
        "Hồ Văn Nam",
        "Tạ Văn Hạ",
        "Lý Thị Lan",
        "Võ Văn Tú",
    ]


def test_officials_without_comma_minorities_and_foreigners() -> None:
    body = (
        "ông Phạm Đại Dương Bí thư Tỉnh ủy Phú Yên phát biểu.\n"
        "Bà H'Yim Kđoh - Phó Chủ tịch UBND tỉnh Đắk Lắk xác nhận.\n"
        "Khởi tố ông Phí Văn Tùng, nguyên Phó chủ tịch UBND TP Hà Nội.\n"
        "Chủtịch UBND TPHCM Nguyễn Thành Phong nhấn mạnh. Giám đốc Sở Y tế Lê Tấn Bỉnhcho biết.\n"
        "Thủ tướng Phạm Minh chính gặp Thủ tướng Singapore Lý Hiển Long. "
        "Thủ tướng Phạm Minh Chính mời Thủ tướng Lý Hiển Long thăm Việt Nam. "
        "Ông John Smith Bộ trưởng. Thủ tướng tiếp ông Takeshi Yamamoto, Thống đốc tỉnh Chiba. "
        "Ông Giang, phó Chủ tịch Ủy ban Olympic Châu Á, nói."
    )
    assert extract_facets("Hội nghị", body).officials == [
        "Phạm Đại Dương",
        "H'Yim Kđoh",
        "Phí Văn Tùng",
        "Nguyễn Thành Phong",
        "Lê Tấn Bỉnh",
        "Phạm Minh Chính",
    ]


def test_central_highlands_family_names() -> None:
    """Jrai and Bahnar names put the family name first, spelt as no Kinh syllable is
    ("Kpă", "Ksor") or as a common word ("Nay", "Siu"); a province after a family name is
    still the place ("thị ủy Buôn Hồ (Đắk Lắk)")."""
    body = (
        "Phó Chủ tịch UBND tỉnh Kon Tum Kpă Tâm đã có văn bản chỉ đạo.\n"
        "Ông Siu Bình - Chủ tịch UBND xã Ia Mơ cho biết, đơn vị đã vào cuộc.\n"
        "Chủ tịch UBND huyện Krông Năng Nay Blim kiểm tra hiện trường.\n"
        "Phó Chủ tịch Hội đồng Dân tộc Ksor Hạnh phát biểu tại phiên họp.\n"
        "Ông Trịnh Văn Lộc, Phó Bí thư thường trực Thị ủy Buôn Hồ (Đắk Lắk), cho biết thêm."
    )
    assert extract_facets("Hội nghị", body).official_roles == [
        {"name": "Kpă Tâm", "role": "Phó Chủ tịch UBND tỉnh Kon Tum"},
        {"name": "Siu Bình", "role": "Chủ tịch UBND xã Ia Mơ"},
        {"name": "Nay Blim", "role": "Chủ tịch UBND huyện Krông Năng"},
        {"name": "Ksor Hạnh", "role": "Phó Chủ tịch Hội đồng Dân tộc"},
        {"name": "Trịnh Văn Lộc", "role": "Phó Bí thư thường trực Thị ủy Buôn Hồ"},
    ]


def test_abbreviated_heads_and_names_with_roles_of_their_own() -> None:
    """ "PGĐ"/"GĐ" head a department as "Phó Giám đốc" does, spelt out in the role; a name
    after a title and "ông" that has its own role after it is not that title's holder
    (a firm's director beside an association's deputy); a national park's or a forest's
    board is a public-service unit."""
    body = (
        "Ông Đặng Văn Hòa – PGĐ Sở Nội vụ tỉnh Quảng Trị cho biết thêm.\n"
        "Có mặt có ông Trần Văn Khoa - Phó Chủ tịch Hội Nông dân tỉnh, ông Ngô Minh Đức "
        "(áo xanh) - Giám đốc Công ty CP thức ăn chăn nuôi Hòa Phát.\n"
        "Ông Vũ Đình Lâm – GĐ Ban Quản lý Vườn Quốc gia Cát Tiên cho biết."
    )
    assert extract_facets("Hội nghị", body).official_roles == [
        {"name": "Đặng Văn Hòa", "role": "Phó Giám đốc Sở Nội vụ tỉnh Quảng Trị"},
        {"name": "Trần Văn Khoa", "role": "Phó Chủ tịch Hội Nông dân tỉnh"},
    ]


def test_a_port_authoritys_head_is_an_official() -> None:
    """A port authority ("Cảng vụ Hàng không", "Cảng vụ Đường thủy nội địa") is a
    ministry's agency, its director a public office; a port company's is not."""
    body = (
        "Bà Lê Thị Thu Hà, Phó Giám đốc Cảng vụ Hàng không miền Nam cho biết.\n"
        "Ông Trần Văn Nam, Giám đốc Cảng vụ Đường thủy nội địa, nói.\n"
        "Ông Phạm Quốc Hùng, Giám đốc Cảng Hải Phòng, cho hay."
    )
    assert [r["name"] for r in extract_facets("Sân bay", body).official_roles] == [
        "Lê Thị Thu Hà",
        "Trần Văn Nam",
    ]


def test_the_council_of_ministers_chairman_is_no_minister() -> None:
    """ "Chủ tịch Hội đồng Bộ trưởng" (the Council of Ministers, until 1992) holds no
    "Bộ trưởng" title of its own; the late one is remembered, not an official."""
    body = (
        "Tỉnh có Khu tưởng niệm cố Chủ tịch Hội đồng Bộ trưởng Phạm Hùng (huyện Long Hồ).\n"
        "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến cho biết."
    )
    assert extract_facets("Du lịch", body).official_roles == [
        {"name": "Nguyễn Thị Kim Tiến", "role": "Bộ trưởng Bộ Y tế"}
    ]


def test_envoys_of_a_cause_are_not_ambassadors() -> None:
    """ "Đại sứ du lịch", "Đại sứ thiện chí": a title a celebrity is given for a cause,
    no office; an ambassador's own words ("đặc mệnh toàn quyền", "tại") keep the title."""
    body = (
        "Người mẫu Lê Thị Hoa, Đại sứ du lịch tỉnh Bình Định, tham dự lễ hội.\n"
        "Anh Trần Văn Bình - Đại sứ kỹ năng nghề năm 2021 chia sẻ kinh nghiệm.\n"
        "Đại sứ thiện chí Phạm Thu Hà kêu gọi ủng hộ.\n"
        "Ông Đỗ Minh Quân, Đại sứ đặc mệnh toàn quyền Việt Nam tại Chile, cho biết.\n"
        "Bà Hà Thị Lan, nguyên Đại sứ tại Ba Lan, phát biểu."
    )
    assert extract_facets("Lễ hội", body).officials == [
        "Đỗ Minh Quân",
        "Hà Thị Lan",
    ]


def test_a_listed_bodys_name_in_lower_case_ends_the_role() -> None:
    """Vietnamese capitalises a body's name on its first word only: a listed body's whole
    name is the role's ("Chi cục bảo vệ môi trường", "Tổng cục Thủy lợi"), not its
    capitalised words ("Chi cục", "Tổng cục Thủy")."""
    body = (
        "Sở kỷ luật ông Lê Văn Hòa (Chi cục trưởng Chi cục bảo vệ môi trường), bà Lý Thị Hạnh.\n"
        "Ông Vũ Minh Đức, Phó Tổng cục trưởng Tổng cục Thủy lợi, cho biết.\n"
        "Ông Đào Văn Hải, Cục trưởng Cục An toàn thực phẩm (Bộ Y tế), cho hay.\n"
        "Ông Trần Văn Nam, Cục trưởng Cục Quản lý giá cho biết giá xăng giảm."
    )
    assert [r["role"] for r in extract_facets("Hội nghị", body).official_roles] == [
        "Chi cục trưởng Chi cục bảo vệ môi trường",
        "Phó Tổng cục trưởng Tổng cục Thủy lợi",
        "Cục trưởng Cục An toàn thực phẩm",
        "Cục trưởng Cục Quản lý giá",
    ]


def test_the_disaster_steering_boards_lower_case_name_is_the_roles() -> None:
    """The central steering board for natural disasters is written in lower case after
    "về" ("Trưởng ban Chỉ đạo T.Ư về phòng chống thiên tai"), also as a second title
    after "kiêm": its holder's name follows the whole of it."""
    body = (
        "Chiều 11/7, Bộ trưởng Bộ NN&PTNT kiêm Trưởng ban chỉ đạo T.Ư về Phòng chống thiên "
        "tai Nguyễn Xuân Cường ký công văn.\n"
        "Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống thiên tai Hoàng Văn Thắng cho biết."
    )
    assert [r["name"] for r in extract_facets("Ứng phó mưa lũ", body).official_roles] == [
        "Nguyễn Xuân Cường",
        "Hoàng Văn Thắng",
    ]


def test_a_capitalised_syllable_takes_the_rest_of_its_word_into_the_role() -> None:
    """A body's name capitalises each word's first syllable only: "Ủy ban Khoa học",
    "Cục Trẻ em" and "Quân đoàn" end with their word, not at its second syllable."""
    body = (
        "Ông Trương Minh Hoàng, Phó Chủ nhiệm Ủy ban Khoa học của Quốc hội, cho biết.\n"
        "Bà Đặng Hoa Nam, Cục trưởng Cục Trẻ em (Bộ LĐ-TB&XH), nói.\n"
        "Ông Phạm Văn Hóa, Tư lệnh Quân đoàn 4, phát biểu."
    )
    assert [r["role"] for r in extract_facets("Hội nghị", body).official_roles] == [
        "Phó Chủ nhiệm Ủy ban Khoa học của Quốc hội",
        "Cục trưởng Cục Trẻ em",
        "Tư lệnh Quân đoàn",
    ]


def test_a_rank_stands_between_a_title_and_its_holder_as_ong_does() -> None:
    """ "Giám đốc Công an tỉnh, Đại tá A" names A as "ông A" would, and so does a
    military command's title ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"). A rank after
    "và" brings in a guest, not a second holder, and a ranked name given its own title
    after it holds that one."""
    body = (
        "Giám đốc Công an tỉnh Nghệ An, Đại tá Nguyễn Văn Bình cho biết.\n"
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Thượng tá Lê Văn Cường phát biểu.\n"
        "Bộ trưởng Quốc phòng Ngô Xuân Lịch và Thượng tướng Phạm Trường Long hội đàm.\n"
        "Dự có Trung tướng Nguyễn Xuân Mười, Phó Tổng cục trưởng Tổng cục Chính trị, "
        "Thiếu tướng Nguyễn Đức Minh, Cục trưởng Cục Công tác Đảng.\n"
        "Thủ tướng giao Phó Thủ tướng Thường trực Trương Hòa Bình trả lời chất vấn."
    )
    roles = _roles_of(body, "Hội nghị")
    assert roles["Nguyễn Văn Bình"] == "Giám đốc Công an tỉnh Nghệ An"
    assert roles["Lê Văn Cường"] == "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"
    assert "Phạm Trường Long" not in roles
    assert roles["Nguyễn Đức Minh"] == "Cục trưởng Cục Công tác Đảng"
    assert roles["Trương Hòa Bình"] == "Phó Thủ tướng Thường trực"


def test_a_communes_military_head_told_short_holds_an_office() -> None:
    """A commune's, ward's or district's military head is written short ("xã đội
    trưởng", "phường đội phó"), titled before or after the name; the unit's militia
    named alone ("lực lượng huyện đội") is no title."""
    body = (
        "Ông Lê Văn Hòa, phường đội trưởng phường Tân Lập, cho biết.\n"
        "Xã đội phó Nguyễn Hữu Thắng dẫn lực lượng dân quân.\n"
        "Lực lượng huyện đội Phạm Văn Đồng phối hợp tuần tra."
    )
    roles = _roles_of(body, "Dân quân")
    assert roles["Lê Văn Hòa"] == "Phường đội trưởng phường Tân Lập"
    assert roles["Nguyễn Hữu Thắng"] == "Xã đội phó"
    assert "Phạm Văn Đồng" not in roles


def test_the_armys_political_heads_and_a_rank_before_a_name_without_comma() -> None:
    """The army's political departments are headed by a "Chủ nhiệm"; a rank, as "ông",
    needs no comma between its name and title ("Thiếu tướng A Phó Chủ nhiệm …"), but a
    foreign officer with a rank is still foreign, his name spelt as no minority's is
    (a doubled letter, a final "s", nine letters)."""
    body = (
        "Thiếu tướng Lê Văn Một Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt "
        "Nam phát biểu.\n"
        "Trung tướng Trần Văn Hai, Phó Chủ nhiệm Chính trị Quân khu 7, dâng hương.\n"
        "Đại tá Y Ba Ksor Phó Giám đốc Công an tỉnh Đắk Lắk cho biết.\n"
        "Chuẩn Đô đốc Ronald Gabrielson Tư lệnh Nhóm Hậu cần Tây Thái Bình Dương cho biết.\n"
        "Ông Phạm S, Phó Chủ tịch UBND tỉnh Lâm Đồng, dự họp."
    )
    roles = _roles_of(body, "Hội nghị")
    assert roles == {
        "Lê Văn Một": "Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam",
        "Trần Văn Hai": "Phó Chủ nhiệm Chính trị Quân khu",
        "Y Ba Ksor": "Phó Giám đốc Công an tỉnh Đắk Lắk",
        "Phạm S": "Phó Chủ tịch UBND tỉnh Lâm Đồng",  # a given name of one letter
    }


def test_a_deputy_head_of_a_ministrys_department_is_an_official() -> None:
    """ "Vụ phó Vụ X" is the deputy of a ministry's department, as "Phó Vụ trưởng" is;
    "giữ chức vụ Phó chủ tịch" holds no such title."""
    body = (
        "Ông Trần Quốc Trung, Vụ phó Vụ Quản lý các khu kinh tế, cho rằng cần thí điểm.\n"
        "Ông Nguyễn Văn Hưng - hiện giữ chức vụ Phó chủ tịch UBND xã Chu Phan - bị tố."
    )
    roles = [(r["name"], r["role"]) for r in extract_facets("Họp", body).official_roles]
    assert roles == [
        ("Trần Quốc Trung", "Vụ phó Vụ Quản lý"),
        ("Nguyễn Văn Hưng", "Phó Chủ tịch UBND xã Chu Phan"),
    ]


def test_a_listed_bodys_lower_case_words_stand_between_title_and_name() -> None:
    """ "Phó Cục trưởng Cục Văn hóa cơ sở Ninh Thị Thu Hương": the listed body's name runs
    on in lower case before its head's name; a H'Mông family name ("Tráng") starts a
    name; "của" before the holder ends no role."""
    body = (
        "Phó Cục trưởng Cục Văn hóa cơ sở Ninh Thị Thu Hương đã ký văn bản hỏa tốc.\n"
        "Ông Tráng Ba Điện, Chủ tịch UBND xã Tả Văn Chư cho biết.\n"
        "UBND tỉnh cách chức Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm của ông Chu "
        "Trọng Trang."
    )
    roles = _roles_of(body, "Họp")
    assert roles == {
        "Ninh Thị Thu Hương": "Phó Cục trưởng Cục Văn hóa cơ sở",
        "Tráng Ba Điện": "Chủ tịch UBND xã Tả Văn Chư",
        "Chu Trọng Trang": "Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm",
    }


def test_deputy_heads_of_offices_and_standing_committee_members() -> None:
    """ "Phó phòng NN&PTNT huyện" is a deputy head as "Phó Trưởng phòng" is; a division
    named in capitals right before its Chi cục is a state body's ("Phó Trưởng phòng
    Thanh tra Chi cục Thủy sản"), a firm's is not; a standing member of a National
    Assembly committee holds office."""
    body = (
        "Ông Võ Trung Kiên - phó Phòng NN&PTNT huyện Cao Lãnh cho biết.\n"
        "Ông Phạm Minh Chí - Phó Trưởng phòng Thanh tra Chi cục Thủy sản tỉnh Đồng Tháp "
        "cho biết.\nÔng Lê Văn Lâm, Trưởng phòng Kinh doanh Công ty Sở Hữu cho biết.\n"
        "Ủy viên thường trực UB Kinh tế Đỗ Văn Sinh cho rằng tiền không phải quan trọng nhất."
    )
    assert extract_facets("Họp", body).officials == [
        "Võ Trung Kiên",
        "Phạm Minh Chí",
        "Đỗ Văn Sinh",
    ]


def test_a_name_written_in_capitals_is_read_in_title_case() -> None:
    """An interview heads an answer with the name in capitals, after "Ông" or a degree
    ("Ông HUỲNH VĂN THANH, Trưởng phòng …", "TS TẠ QUANG NGỌC, nguyên Bộ trưởng …": the
    degree opens the run of capitals, the name follows it): the official is named as
    elsewhere; capitals that are no name ("UBND TP HCM", "HÀ NỘI") stay as they are."""
    body = (
        "Ông HUỲNH VĂN THANH, Trưởng phòng Quản lý đô thị huyện Bình Chánh, TP.HCM\n"
        "HÀ NỘI: UBND TP HCM họp.\n"
        "TS TẠ QUANG NGỌC, nguyên Bộ trưởng Bộ Thủy sản cho rằng việc cấp phép là sai.\n"
        "Phóng viên trao đổi với TS VŨ ĐÌNH CHUẨN, Vụ trưởng Giáo dục trung học."
    )
    assert extract_facets("Họp", body).officials == [
        "Huỳnh Văn Thanh",
        "Tạ Quang Ngọc",
        "Vũ Đình Chuẩn",
    ]


def test_a_verb_capitalised_by_a_slip_ends_the_name_before_it() -> None:
    """ "Vũ Đức Đam Khẳng định" is "Vũ Đức Đam" who "khẳng định"; "Quang cảnh báo" keeps
    "Quang", since "cảnh báo" is the verb, and "Ba bị" keeps "Ba": "bị" follows names.
    A name's third syllable is its given name, not a slip, though it begins a word with
    the next ("Trần Đại Quang dẫn đầu": "quang dẫn"; "Nguyễn Thiện Nhân từ": "nhân từ")."""
    body = (
        "Phó Thủ tướng Vũ Đức Đam Khẳng định không có chủ trương bỏ biên chế.\n"
        "Bộ trưởng Bộ Tài chính Đinh Tiến Dũng Giải thích về việc này. Chủ tịch UBND "
        "tỉnh Lê Văn Quang cảnh báo về lũ. Giám đốc Sở Tài chính Lý Thị Ba bị kỷ luật.\n"
        "Đoàn do Giám đốc Sở Y tế Trần Minh Quang dẫn đầu. Bí thư Thành ủy Nguyễn Thiện "
        "Nhân từ Hà Nội trở về."
    )
    assert [r["name"] for r in extract_facets("Họp", body).official_roles] == [
        "Vũ Đức Đam",
        "Đinh Tiến Dũng",
        "Lê Văn Quang",
        "Lý Thị Ba",
        "Trần Minh Quang",
        "Nguyễn Thiện Nhân",
    ]


def test_a_degree_stands_between_a_title_and_its_holder_as_ong_does() -> None:
    """ "Thứ trưởng Bộ Y tế, PGS.TS A" names A as "ông A" would; the degree's full stop
    ends no sentence."""
    body = (
        "Nguyên Thứ trưởng Bộ Y tế, PGS.TS Lê Quang Cường nhận định như vậy.\n"
        "Giám đốc Sở Y tế, TS. Phạm Văn Hải cho biết. Giám đốc Sở Giáo dục, bác sĩ Vũ Thị Hoa "
        "phát biểu."
    )
    roles = _roles_of(body, "Hội nghị")
    assert roles == {
        "Lê Quang Cường": "Thứ trưởng Bộ Y tế",
        "Phạm Văn Hải": "Giám đốc Sở Y tế",
        "Vũ Thị Hoa": "Giám đốc Sở Giáo dục",
    }


def test_a_full_name_no_unit_has_after_an_admin_word_is_the_holders() -> None:
    """After "huyện", "quận", "phường" the words are a unit's name, unless they are a
    person's full name that no district, commune or ward has (the gazetteer's): "phường
    Bùi Thị Xuân" and "phường Phạm Ngũ Lão" are wards, "Nguyễn Song Hào" is no unit."""
    body = (
        "Chủ tịch UBND quận Nguyễn Song Hào phát biểu.\n"
        "Chủ tịch UBND phường Bùi Thị Xuân Nguyễn Văn An cho biết.\n"
        "Trưởng Công an phường Phạm Ngũ Lão cho biết."
    )
    assert [(r["name"], r["role"]) for r in extract_facets("Họp", body).official_roles] == [
        ("Nguyễn Song Hào", "Chủ tịch UBND quận"),
        ("Nguyễn Văn An", "Chủ tịch UBND phường Bùi Thị Xuân"),
    ]


def test_a_title_followed_at_once_by_a_full_name_is_that_persons() -> None:
    """ "ông A, Tổng cục trưởng Tổng cục Du lịch B cho biết": the title is B's, whose name
    follows it, not A's; a ward named after a person ("phường Bùi Thị Xuân") is no
    such name, so A keeps the ward's title, the ward's name in it ("huyện Mai Châu"
    too, though "Châu" may begin a name); "thông tin" after a place is the verb."""
    body = (
        "Ông Huỳnh Tấn Vinh, Tổng cục trưởng Tổng cục Du lịch Nguyễn Văn Tuấn cho biết.\n"
        "Ông Lê Văn Bảy, Chủ tịch UBND phường Bùi Thị Xuân cho biết.\n"
        "Ông Lò Văn Luần, Trưởng phòng Y tế huyện Mai Châu. Ông cho biết.\n"
        "Ông Nguyễn Văn Hiệu, Phó Giám đốc Công an tỉnh Quảng Bình thông tin về vụ việc."
    )
    assert [(r["name"], r["role"]) for r in extract_facets("Họp", body).official_roles] == [
        ("Nguyễn Văn Tuấn", "Tổng cục trưởng Tổng cục Du lịch"),
        ("Lê Văn Bảy", "Chủ tịch UBND phường Bùi Thị Xuân"),
        ("Lò Văn Luần", "Trưởng phòng Y tế huyện Mai Châu"),
        ("Nguyễn Văn Hiệu", "Phó Giám đốc Công an tỉnh Quảng Bình"),
    ]


def test_a_reporters_credit_after_a_holders_name_is_not_part_of_it() -> None:
    """An interview ends "Thứ trưởng … Bùi Văn Ga Nghiêm Huê (thực hiện)", the caption
    and the reporter's credit run together: the name is the minister's."""
    body = "Thứ trưởng Bộ GD&ĐT Bùi Văn Ga trả lời. Thứ trưởng Bùi Văn Ga Nghiêm Huê (thực hiện)"
    assert [r["name"] for r in extract_facets("Phỏng vấn", body).official_roles] == ["Bùi Văn Ga"]


def test_a_role_of_bodies_one_after_another_stays_within_its_reach() -> None:
    """A hostile text of listed bodies one after another gives a role of bounded length,
    not one that runs on through all of them."""
    from indexer.facets.officials import ROLE_REACH

    body = "Ông Trần Văn An, Chi cục trưởng " + "Chi cục bảo vệ môi trường " * 2000 + "cho biết."
    (official,) = extract_facets("Tin", body).official_roles
    assert official["role"].startswith("Chi cục trưởng Chi cục bảo vệ môi trường")
    assert len(official["role"]) <= 2 * ROLE_REACH


def test_a_school_named_after_a_person_or_a_town_names_no_official() -> None:
    """ "Trường THPT Cao Lãnh, Trưởng ban …", "THPT Bùi Hữu Nghĩa, Phó Thủ tướng …": the
    name after a school's level is the school's, not the title's holder."""
    body = (
        "Bà Lê Thị Mai, Hiệu trưởng Trường THPT Cao Lãnh, Trưởng ban sao in đề thi, bị "
        "khiển trách.\nSau buổi làm việc với Hội đồng thi THPT Bùi Hữu Nghĩa, Phó Thủ tướng "
        "Vũ Đức Đam thăm các thí sinh.\nÔng Trần Văn Nam, Chủ tịch UBND xã, cho biết."
    )
    assert extract_facets("Kỳ thi", body).officials == [
        "Vũ Đức Đam",
        "Trần Văn Nam",
    ]


def test_army_and_investigation_heads_offices_held_then_and_foreign_delegations() -> None:
    """Army commands, investigation agencies and "Phó công an xã" are offices; "… khi đó
    là", "… làm", "… giữ chức" join a name to one; a delegation naming its country lists
    foreigners even where their names read like a minority's; a title ends at its
    sentence ("… các đại biểu Quốc hội. Ông A, quận B, kiến nghị": a voter)."""
    body = (
        "Ông Trần Văn Một, Phó công an xã Hòa Bình cho biết.\n"
        "Thiếu tướng Lê Văn Hai - Tư lệnh Quân đoàn 4; Đại tá Phạm Văn Ba, Chính ủy Bộ Chỉ "
        "huy Quân sự tỉnh dự lễ.\n"
        "Ông Ngô Văn Bốn khi đó là Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh.\n"
        "Bà Đào Thị Năm làm Phó Chủ tịch UBND xã, bà Hà Thị Sáu giữ chức Chủ tịch MTTQ xã.\n"
        "Đoàn gồm ông Milan Novak, Tổng thống Cộng hòa Séc; ông Petr Dvorak, Bộ trưởng Bộ "
        "Nội vụ. Bà H'Liên Niê, Phó Chủ tịch UBND tỉnh, đón đoàn.\n"
        "Cử tri phát biểu với các đại biểu Quốc hội. Ông Vũ Văn Bảy, quận Ba Đình, kiến nghị."
    )
    assert extract_facets("Tin tổng hợp", body).officials == [
        "Trần Văn Một",
        "Lê Văn Hai",
        "Phạm Văn Ba",
        "Ngô Văn Bốn",
        "Đào Thị Năm",
        "Hà Thị Sáu",
        "H'Liên Niê",
    ]


def test_abbreviated_titles_capitalised_districts_ministry_fields_and_school_boards() -> None:
    """ "PCT UBND" is Phó Chủ tịch, "UBNDTP" the city's UBND glued; a name after "Quận"
    is the district's ("Trưởng Công an Quận Ngô Quyền"); a ministry's field written in
    capitals is no name ("Bộ Giáo dục và Đào Tạo – ông …", "Thương binh và Xã hội Doãn
    …"); a board of an academy is the
    academy's ("Trưởng Ban Quản lý Đào tạo, Học viện Tài chính"), or a centre's (a
    public-service unit: "Trưởng Ban Dự báo, Trung tâm Thông tin"); "Phó Thống đốc",
    "Ủy viên Ban chấp hành Trung ương" (or "BCH Trung ương"), a border-guard post's
    "Đồn trưởng" and the State Auditor General ("Tổng Kiểm toán nhà nước") are offices,
    a ministry written in lower case too ("Bộ trưởng bộ Y tế"); a school's Youth Union
    secretary is none."""
    body = (
        "Ông Trần Văn Một, PCT UBND TP Hải Phòng cho rằng đây là hiện tượng cá biệt.\n"
        "Chủ tịch UBNDTP Trần Văn Mười Hai khẳng định công trình tạo diện mạo mới.\n"
        "Sáng 13-5, Trưởng Công an Quận Ngô Quyền (TP Hải Phòng) thông báo.\n"
        "Bộ trưởng Bộ Giáo dục và Đào Tạo – ông Lê Văn Hai cho biết.\n"
        "Thứ trưởng Bộ Lao động - Thương binh và Xã hội Doãn Văn Ba dự họp.\n"
        "PGS.TS Nguyễn Văn Bốn - Trưởng Ban Quản lý Đào tạo, Học viện Tài chính thông tin.\n"
        "TS Trần Văn Bốn - Trưởng Ban Dự báo, Trung tâm Thông tin kinh tế (NCIF) - nói.\n"
        "Ông Lê Văn Năm, Phó Thống đốc Ngân hàng Nhà nước cho biết.\n"
        "Ông Điểu Kra, Ủy viên Ban chấp hành Trung ương Đảng, phát biểu.\n"
        "Đoàn do ông Phan Văn Sáu, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy dẫn đầu.\n"
        "Thiếu tá Mai Văn Bảy, Đồn trưởng Đồn Biên phòng Hòn Khoai cho biết.\n"
        "Tổng Kiểm toán nhà nước Hồ Văn Tám nói. Bộ trưởng bộ Y tế Lê Thị Chín cử đoàn.\n"
        "Thầy Lê Văn Mười - Bí thư Đoàn trường THPT Hương Khê cho biết."
    )
    assert extract_facets("Tin tổng hợp", body).officials == [
        "Trần Văn Một",
        "Trần Văn Mười Hai",
        "Lê Văn Hai",
        "Doãn Văn Ba",
        "Lê Văn Năm",
        "Điểu Kra",
        "Phan Văn Sáu",
        "Mai Văn Bảy",
        "Hồ Văn Tám",
        "Lê Thị Chín",
    ]


def test_chinas_state_council_and_a_hospitals_division_hold_no_office_of_ours() -> None:
    """China's State Council ("Quốc vụ viện") is a body a title's organisation runs
    through, so its premier is foreign, also where "TQ" names China; a division head of a
    hospital named in brackets ("Trưởng phòng Kế hoạch tổng hợp (BV …)") heads a part of a
    public-service unit, as after a comma."""
    body = (
        "Chủ tịch nước Lê Văn Hải hội kiến Thủ tướng Quốc vụ viện Trung Quốc Lý Minh Cường. "
        "Thủ tướng Lý Minh Cường khẳng định hợp tác. Phó Thủ tướng TQ Uông Văn Dương dự.\n"
        "Phó Thủ tướng Uông Văn Dương đánh giá cao tiềm năng.\n"
        "TS Dương Văn Hùng, Trưởng phòng Kế hoạch tổng hợp (Bệnh viện Bạch Mai) cho biết.\n"
        "BS Ngô Văn Minh - Trưởng phòng Kế hoạch tổng hợp (BV Nhi đồng 1) cho hay.\n"
        "Ông Trần Văn Bình - Trưởng phòng Quản lý vận tải (Sở GTVT Kon Tum) cho biết."
    )
    assert extract_facets("Hội kiến", body).officials == ["Lê Văn Hải", "Trần Văn Bình"]


def test_a_foreign_states_body_named_without_its_country_makes_a_foreign_official() -> None:
    """China's National People's Congress and political consultative conference are named
    without the country ("Nhân đại", "Chính hiệp", "Đại hội đại biểu nhân dân toàn
    quốc"): a role naming one, or one right before a name, is foreign; "Nhân đại diện"
    is a name before "đại diện" (represents)."""
    body = (
        "Chủ tịch nước Lê Văn Hải hội kiến Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu "
        "nhân dân toàn quốc Trương Văn Giang, Chủ tịch Ủy ban toàn quốc Hội nghị hiệp thương "
        "chính trị Du Chính Thanh.\nPhó Chủ tịch Chính hiệp Vương Văn Thụy đến.\n"
        "Phó Bí thư Thành ủy Nguyễn Thiện Nhân đại diện Thành ủy phát biểu."
    )
    assert extract_facets("Hội kiến", body).officials == ["Lê Văn Hải", "Nguyễn Thiện Nhân"]
    # the body's later words may open in capitals: "Đại hội Đại biểu nhân dân toàn quốc"
    capitals = body.replace("Đại hội đại biểu", "Đại hội Đại biểu")
    assert extract_facets("Hội kiến", capitals).officials == ["Lê Văn Hải", "Nguyễn Thiện Nhân"]


def test_a_province_spelt_the_old_way_is_that_province() -> None:
    """ "Đắc Nông", "Đắc Lắk" are the news's older spellings of Đắk Nông and Đắk Lắk: a
    delegate named with one is listed by it, and the province is mentioned."""
    body = (
        "Các đại biểu Trần Văn Hai (Bình Phước), Võ Văn Tín (Đắc Nông) cho rằng quy hoạch "
        "cần tầm nhìn lâu dài. Đoàn công tác đã đến tỉnh Đắc Lắk."
    )
    facets = extract_facets("Kỳ họp Quốc hội", body)
    assert facets.officials == ["Trần Văn Hai", "Võ Văn Tín"]
    assert {"Đắk Nông", "Đắk Lắk"} <= set(facets.provinces_mentioned)


def test_foreign_ministers_named_after_a_country_and_a_name_misspelt_once() -> None:
    body = (
        "Bộ trưởng Ngoại giao Lê Văn Hải tiếp Bộ trưởng Ngoại giao Bồ Đào Nha Mário Costa. "
        "Bộ trưởng Ngoại giao Bồ Đào Nha đánh giá cao chuyến thăm. "
        "Bộ trưởng Kinh tế Bồ Đào Nha Carlos Ferreira dự buổi tiếp. "
        "Cảm ơn Bộ trưởng Lê Văn Hai đã tiếp đón, Bộ trưởng Lê Văn Hải nói."
    )
    assert extract_facets("Hội đàm", body).officials == ["Lê Văn Hải"]


def test_a_foreign_country_named_by_a_later_title_of_the_same_person() -> None:
    """Titles given one after another: the last may name the country the person serves
    ("Phạm Trường Long, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung
    Quốc"); a title after another person's name is that person's ("…, Bộ trưởng Ngoại
    giao Ấn Độ Sushma Swaraj" after ours), and a country after a verb is no title's."""
    body = (
        "Thủ tướng Lê Văn Hải tiếp Thượng tướng Phạm Trường Long, Ủy viên Bộ Chính trị, Phó "
        "Chủ tịch Quân ủy Trung ương Trung Quốc đang thăm Việt Nam. "
        "Hội nghị có sự tham dự của Phó Thủ tướng, Bộ trưởng Trần Văn Bình, Bộ trưởng Ngoại "
        "giao Ấn Độ Sushma Swaraj. "
        "Ông Nguyễn Văn An, Giám đốc Sở Công Thương, cho biết xuất khẩu sang Trung Quốc tăng."
    )
    assert extract_facets("Hội đàm", body).officials == [
        "Lê Văn Hải",
        "Trần Văn Bình",
        "Nguyễn Văn An",
    ]


def test_rare_family_names_counsellors_divisions_and_a_lost_full_stop() -> None:
    """A division head of a state body counts ("Trưởng phòng … – Cục …"), a company's
    does not."""
    body = (
        "Phó Chủ tịch Quốc hội Uông Văn Bình phát biểu.\n"
        "Bộ trưởng Bộ Tài chính Trần Văn Toàn Sáng 12/6, phát biểu thảo luận.\n"
        "Giám đốc Sở Y tế Lê Văn Sáng cho biết.\n"
        "Trưởng Ban Dân nguyện Nguyễn Thanh Hà trình bày báo cáo.\n"
        "Theo ông Bùi Văn Hùng, Tham tán Thương mại Việt Nam tại Bắc Kinh, xuất khẩu tăng.\n"
        "Ông Trần Văn Cường - Trưởng phòng Công tác thanh tra – Cục Quản lý dược cho biết.\n"
        "Ông Lê Văn Tài, Trưởng phòng Kinh doanh Công ty Hòa Phát, cho biết."
    )
    assert extract_facets("Quốc hội", body).officials == [
        "Uông Văn Bình",
        "Trần Văn Toàn",
        "Lê Văn Sáng",
        "Nguyễn Thanh Hà",
        "Bùi Văn Hùng",
        "Trần Văn Cường",
    ]


def test_hyphenated_institution_and_long_single_paragraph() -> None:
    body = (
        "Anh là diễn viên được đào tạo tại Đại học Sân khấu - Điện ảnh Hà Nội. "
        + "Anh kể về bộ phim và công việc. " * 30
        + "Sáng ở Lào Cai, chiều đã phải về Hà Nội."
    )
    f = extract_facets("Diễn viên kiếm nhiều tiền", body)
    assert f.provinces == []
    assert "Lào Cai" in f.provinces_mentioned
    union = "Ông A, Chủ tịch Hiệp hội Vận tải ô tô Nghệ An, đề nghị giảm phí."
    assert extract_facets("Phí đường bộ", union).provinces_mentioned == []  # an association
    scores = "Chiều 5/7, ĐH Bách khoa TP.HCM công bố điểm thi môn năng khiếu."
    f = extract_facets("Kết quả thi năng khiếu của ĐH Bách khoa TP.HCM", scores)
    assert (f.provinces, f.provinces_mentioned) == ([], [])  # "ĐH", a university's name
    spelt_out = (
        "Nhóm do Trường Đại học Sư phạm Kỹ thuật Thành phố Hồ Chí Minh và Đại học Quốc gia "
        "TP Hồ Chí Minh chủ trì. Sở Giáo dục và Đào tạo TP Hồ Chí Minh phối hợp."
    )
    f = extract_facets("Lọc ảo", spelt_out)  # the universities no; the city's department yes
    assert f.provinces_mentioned == ["Hồ Chí Minh"]
    assert extract_facets("Lọc ảo", spelt_out.split(". ")[0]).provinces_mentioned == []
    central = (
        "Bệnh nhân được chuyển lên Bệnh viện Đa khoa Trung ương Thái Nguyên. Trung tâm HLTTQG "
        "Đà Nẵng vô địch giải bóng chuyền trẻ."
    )
    assert extract_facets("Tin ngắn", central).provinces_mentioned == []  # central bodies
    venue = "Ca sĩ tập luyện cho live show tại Trung tâm Hội nghị quốc gia Hà Nội."
    assert extract_facets("Live show", venue).provinces_mentioned == ["Hà Nội"]  # a venue
    short = "Ông Tô Văn Động, giám đốc sở VH-TT Hà Nội, làm phó đoàn."
    assert extract_facets("Phó đoàn", short).provinces_mentioned == ["Hà Nội"]  # its agency
    utility = "Đề án gồm Tổng công ty Điện lực thành phố Hà Nội và các nhà máy thủy điện."
    assert extract_facets("Tái cơ cấu EVN", utility).provinces_mentioned == []  # a firm
    scene = "Tập đoàn Hòa Phát xây lò cao tại thành phố Hải Phòng."  # the firm's scene
    assert extract_facets("Lò cao", scene).provinces_mentioned == ["Hải Phòng"]


def test_a_degree_opening_the_next_sentence_a_body_in_brackets_and_an_ampersand() -> None:
    """A lost full stop before "Tiến sĩ" ends the name; the body a division belongs to
    may stand in brackets, a ministry's fields may be listed with "&", and the head of a
    forest ranger station ("Hạt trưởng") holds a public office."""
    body = (
        "Sau chuyến đi của Thủ tướng Lê Văn Phúc Tiến sĩ Terry Buss có bài viết.\n"
        "Trưởng phòng Quản lý vận tải (Sở GTVT Gia Lai) Trần Đức Hưng nói, có 4 trường hợp.\n"
        "Các vấn đề chờ Bộ trưởng Văn hóa, Thể thao & Du lịch Hoàng Ngọc Thiện giải trình.\n"
        "Ông Trần Văn Hòa, Phó Hạt trưởng Hạt Kiểm lâm huyện Phù Cát, cho biết."
    )
    assert extract_facets("Quốc hội", body).officials == [
        "Lê Văn Phúc",
        "Trần Đức Hưng",
        "Hoàng Ngọc Thiện",
        "Trần Văn Hòa",
    ]


def test_a_border_posts_deputy_and_political_officer_hold_offices() -> None:
    """A border-guard or police post's deputy head ("Đồn phó") and its political officer
    ("Chính trị viên Đồn …") hold public offices, as its head ("Đồn trưởng") does; a
    battalion's political officer is the army's, no such post."""
    body = (
        "Cơ quan điều tra bắt tạm giam đại úy Trần Văn Lực, nguyên Đồn phó Đồn Biên phòng "
        "Hòn Khoai.\nThiếu tá Lê Minh Hải, Chính trị viên Đồn Biên phòng Ia Lốp, cho biết.\n"
        "Ông Phạm Văn Tâm, Chính trị viên tiểu đoàn, kể lại."
    )
    assert extract_facets("", body).officials == ["Trần Văn Lực", "Lê Minh Hải"]


def test_a_holder_named_after_a_comma_as_the_one_who_speaks() -> None:
    """ "Title Body, Name cho biết": the name after the comma is the title's holder when
    a verb of saying follows it, maybe after an adverb ("phấn khởi nói"); a place there
    is the body's province or district."""
    body = (
        "Chủ tịch UBND huyện Lộc Bình, Lương Trọng Quỳnh cho biết đã vận động người dân.\n"
        "Trưởng Công an phường Quang Trung, Hà Đông cũng cho biết vụ việc đang điều tra.\n"
        "Giám đốc Sở Y tế, Nguyễn Văn Bình và các đơn vị cùng dự họp.\n"
        "“Giá trị thương hiệu tăng” – Phó Chủ tịch UBND xã Tiên Phong, Trần Quốc Thắng phấn "
        "khởi nói."
    )
    assert extract_facets("Họp", body).officials == ["Lương Trọng Quỳnh", "Trần Quốc Thắng"]


def test_the_pacific_starts_no_name_but_a_province_does() -> None:
    """ "Dương" of "Thái Bình Dương" (the Pacific) starts no person's name; after "tỉnh"
    the words are the province, then a person."""
    body = (
        "Đô đốc Harry Harris, tư lệnh Bộ Chỉ huy Thái Bình Dương Mỹ, đề xuất điều tàu.\n"
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Thái Bình Dương Văn Minh phát biểu."
    )
    assert extract_facets("Quốc phòng", body).officials == ["Dương Văn Minh"]


def test_a_word_opening_the_next_sentence_ends_a_whole_name() -> None:
    """A full stop lost after a name of three words: the next sentence's first word
    ("Lúc", "Trước", "Có", "Ngoài") is no part of it; after two words it may be the given
    name ("Nguyễn Hữu Có", "Tôn Thất Cần")."""
    body = (
        "Thủ tướng Trần Văn Tâm Lúc 2h sáng nay, hai bên ký kết.\n"
        "Chủ tịch Quốc hội Lê Thị Hoa Trước ý kiến này, bà đề nghị làm rõ.\n"
        "Chủ nhiệm Ủy ban Tư pháp Đỗ Thị Lan Có ý kiến đề nghị sửa luật.\n"
        "Giám đốc Sở Y tế Nguyễn Hữu Có và Phó Giám đốc Sở Xây dựng Tôn Thất Cần dự họp."
    )
    assert extract_facets("Quốc hội", body).officials == [
        "Trần Văn Tâm",
        "Lê Thị Hoa",
        "Đỗ Thị Lan",
        "Nguyễn Hữu Có",
        "Tôn Thất Cần",
    ]


def test_captions_run_together_end_a_name_at_the_next_title() -> None:
    """Photo captions whose full stops are lost run one into the next; a head's title,
    of an office or a firm, starts the next caption, so the name before it ends there."""
    body = (
        "Ảnh: Bộ trưởng Bộ Tài chính Lê Minh Hải Chủ tịch Hiệp hội Dệt may Trần Văn Bình "
        "Tổng giám đốc Vinamilk Hoàng Thị Lan Phó Chủ tịch VCCI Đỗ Văn Kiên\n"
        "Thủ tướng Phạm Văn Tâm Tiếp Phó Chủ tịch NASDAQ tại trụ sở Chính phủ."
    )
    assert extract_facets("Hội nghị", body).officials == ["Lê Minh Hải", "Phạm Văn Tâm"]


def test_a_note_after_a_name_a_police_spokesman_and_a_deputy_division_head() -> None:
    """A short note may stand between a name and its title ("(SN 1971)"); the spokesman
    of a provincial police holds a public office, as does a deputy head ("Phó phòng")
    of a police division; a firm's deputy head does not."""
    body = (
        "Sáng 3/4, ông Lê Văn Hải (SN 1968), Phó Chủ tịch UBND xã Tân Phú, bị tai nạn.\n"
        "Thượng tá Trần Quốc Bảo, người phát ngôn Công an tỉnh Nghệ An, cho biết thêm.\n"
        "Theo Trung tá Phạm Minh Đức, Phó phòng tham mưu (Công an tỉnh Bình Định), vụ "
        "việc đang được điều tra.\n"
        "Ông Đỗ Văn Lâm, Phó phòng kinh doanh của Công ty may Hòa Thọ, cho biết."
    )
    assert extract_facets("Tin địa phương", body).officials == [
        "Lê Văn Hải",
        "Trần Quốc Bảo",
        "Phạm Minh Đức",
    ]


def test_a_defendants_age_may_open_the_bracket_before_the_title() -> None:
    """A list of sentences gives each defendant's age or birth year, then the post held:
    "A (39 tuổi, nguyên đội trưởng đội TTGT …)"; a job is no post all the same."""
    body = (
        "Tòa tuyên phạt các bị cáo: Lâm Văn Hậu (39 tuổi, nguyên đội trưởng đội TTGT quận "
        "Cái Răng) 12 năm tù; Tô Minh Kha (SN 1973- nguyên Phó chánh TTGT thuộc Sở GTVT) "
        "8 năm tù; Đặng Văn Tỵ (31 tuổi, Giám đốc Công ty Hưng Phát) 5 năm tù."
    )
    assert _roles_of(body, "") == {
        "Lâm Văn Hậu": "Đội trưởng đội TTGT quận Cái Răng",
        "Tô Minh Kha": "Phó Chánh TTGT",
    }


def test_the_youth_union_and_a_delegation_are_no_one_named_doan() -> None:
    """ "Đoàn" is a family name and a body: the Youth Union ("Đoàn Thanh niên", "Tỉnh
    Đoàn Quảng Ninh") or a delegation ("Đoàn Cấp cao", "Đoàn công tác"); its head is the
    person named after it, and a Đoàn named after a title is still a person."""
    body = (
        "Thủ tướng Nguyễn Văn Bình và Đoàn Cấp cao Việt Nam đã rời thủ đô Tokyo.\n"
        "Bí thư Tỉnh Đoàn Quảng Trị Đỗ Văn Cường phát biểu tại hội nghị.\n"
        "Bí thư Đoàn Thanh niên Trần Văn Minh cho biết thêm.\n"
        "Phó Chủ tịch UBND tỉnh Lê Văn Tâm và Đoàn công tác đã đến thăm.\n"
        "Giám đốc Sở Y tế Đoàn Văn Thắng và Đoàn Thị Lan dự buổi lễ."
    )
    assert extract_facets("Tin địa phương", body).officials == [
        "Nguyễn Văn Bình",
        "Đỗ Văn Cường",
        "Trần Văn Minh",
        "Lê Văn Tâm",
        "Đoàn Văn Thắng",
        "Đoàn Thị Lan",
    ]


def test_a_business_associations_post_is_no_public_office() -> None:
    """The Chamber of Commerce (VCCI), trade associations, sports federations and the
    journalists' association are no state bodies; a ministry's former post told before an
    association is still an office."""
    body = (
        "Ông Phan Hữu Minh, Trưởng Ban Kiểm tra, Hội Nhà báo Việt Nam cho biết.\n"
        "Ông Lê Văn Hải, Trưởng Ban Pháp chế VCCI, cho biết.\n"
        "Trưởng ban Kỷ luật VFF Nguyễn Hải Hà cho biết sẽ dựa vào báo cáo của trọng tài.\n"
        "Trưởng ban Pháp chế Phòng Thương mại và Công nghiệp Việt Nam Lê Văn Hải nói.\n"
        "Ông Đỗ Văn Tư, Trưởng ban Pháp chế Phòng Thương mại - Công nghiệp VN cho hay.\n"
        "Ông Phan Văn Sáu, Trưởng ban Pháp chế (VCCI), trình bày báo cáo.\n"
        "Bộ trưởng Bộ Công Thương Trần Văn Nam phát biểu.\n"
        "TS Lê Viết Khuyến – nguyên Phó Vụ trưởng Vụ Giáo dục ĐH, Hiệp hội các trường ĐH cho rằng."
    )
    assert extract_facets("Tin kinh tế", body).officials == ["Trần Văn Nam", "Lê Viết Khuyến"]


def test_a_province_bracketed_after_a_district_is_the_scene_not_a_persons_label() -> None:
    """ "ông Lê Văn Tám (Bình Định)" labels a person; "huyện Kim Thành (Hải Dương)" names
    where the story happens, though "Kim" is also a family name."""
    body = (
        "Chiều 19/6, lãnh đạo xã Kim Khê, huyện Kim Thành (Hải Dương) xác nhận vụ việc. "
        "Nhóm côn đồ đã bị bắt giữ."
    )
    assert extract_facets("Đòi nợ nhầm, côn đồ chém 6 người", body).provinces == ["Hải Dương"]


def test_acting_heads_national_bodies_general_directors_and_a_bracketed_body() -> None:
    """An acting head ("Quyền Giám đốc Sở") holds the title; so does the "Tổng giám
    đốc" of a national state body (social insurance, the State Treasury, the national
    broadcasters), not a firm's; and the body a division belongs to, named in brackets,
    does not use up the words allowed before the name."""
    body = (
        "Ông Lê Văn Tâm, Quyền Giám đốc Sở Y tế tỉnh Nam Định, cho biết.\n"
        "Bà Trần Thị Lan, Phó Tổng giám đốc Bảo hiểm xã hội Việt Nam, khẳng định.\n"
        "Ông Nguyễn Văn Sơn, Tổng giám đốc Công ty cổ phần Sữa Hà Nội, cho hay.\n"
        "Trưởng phòng Giáo dục Mầm non (Sở Giáo dục và Đào tạo tỉnh Hà Nam), bà Đỗ Thị "
        "Hạnh cũng cho biết."
    )
    assert extract_facets("Tin địa phương", body).officials == [
        "Lê Văn Tâm",
        "Trần Thị Lan",
        "Đỗ Thị Hạnh",
    ]


def test_box_office_passengers_batteries_book_values_and_contributions_are_no_indicators() -> None:
    """Measures that share an indicator's words: a film's domestic takings in USD are no
    budget, a carrier's or a cruise port's passengers and a shop's customers no visitors,
    a battery's kWh no power output, a holding's book value no investment, a sector's
    contribution to GDP growth no growth; the province's own figures beside them still
    count."""
    body = (
        "Thu nội địa của bộ phim đã đạt 120 triệu USD sau 3 tuần công chiếu.\n"
        "Tổng thu nội địa của tỉnh đạt 2.150 tỷ đồng, tăng 8%.\n"
        "Tổng lượng khách mà hãng chuyên chở trong tháng 5 đạt 640.000 lượt khách.\n"
        "Ngành hàng không đã vận chuyển được 1,2 triệu lượt khách.\n"
        "Năm nay có 11 chuyến tàu với gần 37.000 du khách quốc tế và thủy thủ đoàn cập cảng.\n"
        "Lượng khách qua bến đi tour biển đảo trong dịp lễ sắp tới đạt khoảng 5.000 lượt khách.\n"
        "Ước có 3,2 triệu lượt khách đã đến các siêu thị của hệ thống trong quý 1.\n"
        "Tỉnh đón 850.000 lượt khách du lịch, tăng 10%.\n"
        "Xe được cung cấp năng lượng từ bộ pin 24kWh.\n"
        "Sản lượng điện thương phẩm đạt 1.250 triệu kWh.\n"
        "Giá trị vốn đầu tư trên sổ sách của cổ đông nhà nước là 540 tỷ đồng.\n"
        "Tỷ suất lợi nhuận trên tổng vốn đầu tư theo sổ sách kế toán là 14,85%.\n"
        "Ngành điện phấn đấu đóng góp cho tăng trưởng GDP năm nay là 0,5%."
    )
    assert [(v[0], v[1], v[2]) for v in _values(body)] == [
        ("budget_revenue", 2150.0, "tỷ đồng"),
        ("tourism", 850000.0, "lượt"),
        ("power", 1250.0, "triệu kWh"),
    ]


def test_a_bus_lines_riders_are_no_visitors() -> None:
    """Under a title naming a bus or metro line, "lượt khách" and "lượng khách" count
    riders; the same counts under another title are visitors."""
    body = "Tổng lượt khách đạt gần 376 nghìn lượt, lượng khách đã tăng 29,6%."
    titled = extract_facets("Buýt nhanh BRT vẫn hút khách", body, datetime(2017, 2, 7))
    assert titled.indicator_values == []
    plain = extract_facets("Du lịch hút khách", body, datetime(2017, 2, 7))
    assert [v["indicator"] for v in plain.indicator_values] == ["tourism", "tourism"]


def test_a_minimum_investment_a_rule_asks_is_no_investment() -> None:
    """The least capital a law or a call for investors asks of a project ("vốn đầu tư
    tối thiểu") is a threshold, not money invested; the province's figure counts."""
    body = (
        "Nhà đầu tư phải có vốn đầu tư tối thiểu 2 tỷ USD để được cấp phép.\n"
        "Dự án được miễn tiền thuê đất nếu có tổng mức đầu tư tối thiểu là 6.000 tỷ đồng.\n"
        "Vốn đầu tư toàn xã hội trên địa bàn tỉnh đạt 12.500 tỷ đồng, tăng 9%."
    )
    assert [(v[0], v[1], v[2]) for v in _values(body)] == [("investment", 12500.0, "tỷ đồng")]


def test_core_inflation_is_no_consumer_price_index() -> None:
    """Core inflation leaves food and energy out: its figure is another measure than the
    CPI's, whether it follows the CPI in the sentence or stands alone."""
    body = (
        "Chỉ số giá tiêu dùng tháng 6 tăng 2,5% so với cùng kỳ, lạm phát cơ bản tăng 1,3%.\n"
        "Lạm phát cơ bản bình quân 6 tháng tăng 1,5% so với cùng kỳ năm trước."
    )
    assert [(v[0], v[1], v[2]) for v in _values(body)] == [("cpi", 2.5, "%")]


def test_a_growth_target_named_with_its_year_or_of_gdp() -> None:
    """A growth target may name its year before the figure ("mục tiêu tăng trưởng năm
    2017 ở mức 6,7%") or its base after it ("tăng trưởng 6,5% GDP"); a share of GDP is
    still no growth rate."""
    body = (
        "Bộ Kế hoạch cho rằng việc đạt mục tiêu tăng trưởng năm 2017 ở mức 6,8% là hợp lý.\n"
        "Chính phủ quyết tâm đạt mục tiêu tăng trưởng 6,5% GDP.\n"
        "Nợ công ở mức 63% GDP."
    )
    assert _values(body) == [
        ("grdp_growth", 6.8, "%", "target"),
        ("grdp_growth", 6.5, "%", "target"),
    ]


def test_an_undated_articles_figures_of_years_past_today_are_plans_series_and_all() -> None:
    """An article is written no later than today: in an undated one, a figure of a later
    year is a plan ("Kim ngạch xuất khẩu năm 2045 đạt 900 triệu USD"), and so is a series
    of years reaching past today ("năm 2020 đạt …; năm 2025 là … và năm 2045 là …");
    a dated article's own year's figure stays actual. A figure taking its year from a
    sentence that opens with it and tells a plan ("Năm 2020, … sẽ …") is a plan too."""
    series = (
        "Cụ thể, kim ngạch xuất khẩu năm 2020 đạt 1,25 tỷ USD; năm 2025 là 2,6 tỷ USD và "
        "năm 2045 là 5,2 tỷ USD."
    )
    values = extract_facets("", series).indicator_values
    assert [(v["value"], v["year"], v["kind"]) for v in values] == [
        (1.25, 2020, "target"),
        (2.6, 2025, "target"),
        (5.2, 2045, "target"),
    ]
    single = extract_facets("", "Kim ngạch xuất khẩu năm 2045 đạt 900 triệu USD.").indicator_values
    assert [(v["year"], v["kind"]) for v in single] == [(2045, "target")]
    dated = extract_facets(
        "", "Kim ngạch xuất khẩu năm 2020 đạt 1,25 tỷ USD.", datetime(2021, 1, 5)
    )
    assert [(v["year"], v["kind"]) for v in dated.indicator_values] == [(2020, "actual")]
    plan = "Năm 2017, sản lượng bia sẽ tăng lên 4,6 tỷ lít. Kim ngạch xuất khẩu đạt 600 triệu USD."
    told = extract_facets("", plan, datetime(2017, 5, 1)).indicator_values
    assert [(v["value"], v["year"], v["kind"]) for v in told] == [(600.0, 2017, "target")]
    own = "Năm 2025, sản lượng sẽ tăng. Năm 2016, kim ngạch xuất khẩu đạt 500 triệu USD."
    named = extract_facets("", own, datetime(2017, 5, 1)).indicator_values
    assert [(v["value"], v["year"], v["kind"]) for v in named] == [(500.0, 2016, "actual")]


def test_a_figure_to_reach_and_gdp_by_its_vietnamese_name() -> None:
    """A purpose names a figure to reach ("để đạt được tốc độ tăng trưởng 7%"), and
    "tổng sản phẩm trong nước" is the statistics office's name for GDP; a purpose
    naming no figure ("để đạt kết quả này") leaves the figure after it actual."""
    body = (
        "Để đạt được tốc độ tăng trưởng kinh tế 7,1%, các quý còn lại phải tăng nhanh hơn.\n"
        "Mục tiêu tăng trưởng tổng sản phẩm trong nước năm nay là khoảng 6,6%.\n"
        "Để đạt kết quả này, kim ngạch xuất khẩu cả năm đạt 2,3 tỷ USD."
    )
    assert _values(body) == [
        ("grdp_growth", 7.1, "%", "target"),
        ("grdp_growth", 6.6, "%", "target"),
        ("exports", 2.3, "tỷ USD", "actual"),
    ]


def test_one_product_groups_trade_is_the_subject_only_when_the_title_names_it() -> None:
    """The guidelines count a product group's exports ("xuất khẩu thủy sản") only when
    that trade flow is the article's subject, which its title tells; "than" (coal) is
    not named by "Thanh Hóa"."""
    body = (
        "Kim ngạch xuất khẩu thủy sản 5 tháng đạt 3,4 tỷ USD, tăng 9%.\n"
        "Giá trị xuất khẩu than đạt 120 triệu USD."
    )
    about_fish = extract_facets("Xuất khẩu thủy sản tăng mạnh", body, datetime(2017, 6, 1))
    about_growth = extract_facets("Thanh Hóa: kinh tế tăng trưởng", body, datetime(2017, 6, 1))
    assert [(v["indicator"], v["value"]) for v in about_fish.indicator_values] == [("exports", 3.4)]
    assert about_growth.indicator_values == []


def test_a_product_group_named_as_goods_is_that_groups_trade() -> None:
    """ "nhập khẩu mặt hàng rau quả": the group named as goods is the group's trade, kept
    when the title names it like "nhập khẩu rau quả"; goods of no known group stay out."""
    body = (
        "Giá trị nhập khẩu mặt hàng rau quả 6 tháng đạt 655 triệu USD, tăng 87%.\n"
        "Kim ngạch xuất khẩu mặt hàng đồ chơi đạt 40 triệu USD."
    )
    found = extract_facets("Rau quả nhập tràn lan", body, datetime(2017, 7, 1)).indicator_values
    assert [(v["indicator"], v["value"]) for v in found] == [("imports", 655.0)]


def test_a_bare_export_phrase_may_name_its_product_and_whose_it_is() -> None:
    """A bare "xuất khẩu" reads as the trade flow through its product group and owner
    ("xuất khẩu gạo của cả nước ước đạt …"), the tonnage passed over; kept, as any
    group's, only where the title names the group."""
    body = (
        "Trong 6 tháng đầu năm 2017, xuất khẩu gạo của cả nước ước đạt 2,8 triệu tấn, với "
        "1,2 tỷ USD, tăng 6,3% về lượng."
    )
    about_rice = extract_facets("Xuất khẩu gạo hồi phục", body, datetime(2017, 7, 1))
    about_growth = extract_facets("Kinh tế 6 tháng", body, datetime(2017, 7, 1))
    assert [(v["indicator"], v["value"], v["unit"]) for v in about_rice.indicator_values] == [
        ("exports", 1.2, "tỷ USD")
    ]
    assert about_growth.indicator_values == []


def test_a_countrys_investment_into_vietnam_named_without_cua() -> None:
    body = (
        "Quan hệ hai nước phát triển tốt đẹp. Tính đến tháng 3/2017, đầu tư Hà Lan vào Việt "
        "Nam đã đạt 7,65 tỉ USD, đứng đầu các nước EU."
    )
    facets = extract_facets("Thủ tướng hội đàm với Thủ tướng Hà Lan", body, datetime(2017, 7, 1))
    assert [(v["indicator"], v["value"]) for v in facets.indicator_values] == [("fdi", 7.65)]


def test_an_undated_congress_is_about_its_term() -> None:
    """Undated, a term a congress opens is the article's; a past post's term is a label."""
    congress = "Đại hội Công đoàn công ty lần thứ nhất (nhiệm kỳ 2017-2022) đã diễn ra ngày 9-7."
    label = "Ông Lê Văn Nam, Bí thư Huyện ủy nhiệm kỳ 2010-2015, nay nghỉ hưu."
    assert extract_facets("Đại hội Công đoàn", congress).years == [2017, 2022]
    assert extract_facets("Chuyện ở huyện", label).years == []


def test_project_boards_are_no_office_economic_zone_boards_are() -> None:
    """A project or infrastructure board ("Ban Quản lý dự án …") is a public-service
    unit, so its director is no official, and so is a construction investment board's;
    an economic zone's board is a state agency; "Chủ nhiệm VPCP" heads the Government
    Office, "Chủ nhiệm UBKT" a Party inspection committee."""
    body = (
        "Ông Trần Văn Khoa, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh, cho biết.\n"
        "Ông Lê Minh Quân – Trưởng Ban quản lý dự án đường sắt đô thị thông tin thêm.\n"
        "Ông Phạm Văn Hòa, Phó Giám đốc Ban Quản lý hạ tầng giao thông, cho biết.\n"
        "Ông Phạm Văn Dũng, Phó Giám đốc Ban quản lý đầu tư xây dựng công trình giao "
        "thông, cho biết.\n"
        "Ông Nguyễn Hữu Phước, Trưởng ban Quản lý các khu công nghiệp tỉnh, cho biết.\n"
        "Bộ trưởng, Chủ nhiệm VPCP Đỗ Văn Trung cho biết thêm. Ông Lê Văn Nam - Phó Chủ "
        "nhiệm UBKT Tỉnh ủy xác nhận."
    )
    assert extract_facets("Tin địa phương", body).officials == [
        "Nguyễn Hữu Phước",
        "Đỗ Văn Trung",
        "Lê Văn Nam",
    ]


def test_foreign_capital_disbursed_beside_registered() -> None:
    """Foreign capital disbursed ("vốn thực hiện", "vốn giải ngân" in dollars) is a
    second FDI figure beside the registered one; public investment disbursed in đồng is
    not FDI."""
    body = (
        "Vốn FDI đăng ký đạt trên 12 tỷ USD, tăng 30%; vốn thực hiện đạt 5,2 tỷ USD.\n"
        "Năm 2016, vốn FDI vào tỉnh đạt 900 triệu USD, nhưng vốn giải ngân 610 triệu USD.\n"
        "Vốn giải ngân 1.200 tỷ đồng."
    )
    assert [(v[0], v[1], v[2]) for v in _values(body)] == [
        ("fdi", 12.0, "tỷ USD"),
        ("fdi", 5.2, "tỷ USD"),
        ("fdi", 900.0, "triệu USD"),
        ("fdi", 610.0, "triệu USD"),
    ]


def test_a_projects_worth_and_what_is_put_into_it_are_investment() -> None:
    """A project's value is its investment (the guidelines' "vốn đầu tư dự án"), as is
    a sum put into one; a sum spent on something else is not."""
    body = (
        "UBND tỉnh Quảng Ngãi trao chứng nhận cho dự án thép trị giá 3 tỷ USD.\n"
        "Tập đoàn sẽ đầu tư 70.000 tỷ đồng vào nhà máy.\n"
        "Người dân chi 5 tỷ đồng mua sắm dịp Tết."
    )
    assert [(v[0], v[1], v[2]) for v in _values(body)] == [
        ("investment", 3.0, "tỷ USD"),
        ("investment", 70000.0, "tỷ đồng"),
    ]


def test_places_read_after_a_title_and_words_glued_to_a_name_are_no_officials() -> None:
    """After a title, a district's name with no "ông" or "bà" before it is the place,
    and its head may follow; a commune's name ends a title ending in its unit; a lost
    full stop glues "Ông" or "Chúng tôi" to a name. A person named like a district,
    introduced as one, stays."""
    body = (
        "Bí thư Thành ủy Phan Thiết cho biết sẽ kiểm tra.\n"
        "Trưởng Công an TP Uông Bí Lê Văn Minh cho biết vụ việc đang được điều tra.\n"
        "Chủ tịch xã Thạch Lộc cho biết. Chủ tịch xã Nguyễn Văn Hòa đã có mặt.\n"
        "Tỉnh chỉ đạo khởi kiện công ty Đại Nguyên Dương Ông Trần Chí Công, Phó chủ tịch "
        "UBND huyện Hoài Nhơn cho rằng cần làm rõ.\n"
        "Tổng cục trưởng Tổng cục Du lịch Nguyễn Văn Tuấn Chúng tôi đã báo cáo.\n"
        "Ông Hoàng Sa, Chủ tịch UBND xã Lộc Điền, xác nhận."
    )
    assert extract_facets("Tin địa phương", body).officials == [
        "Lê Văn Minh",
        "Nguyễn Văn Hòa",
        "Trần Chí Công",
        "Nguyễn Văn Tuấn",
        "Hoàng Sa",
    ]


def test_a_ministers_given_names_alone_are_the_same_person() -> None:
    """ "Bộ trưởng Kim Tiến", as the press names a minister by her given names, is
    "Nguyễn Thị Kim Tiến", no second official."""
    body = (
        "Bộ trưởng Y tế Nguyễn Thị Kim Tiến cho biết sẽ kiểm tra. Sau đó, Bộ trưởng Kim "
        "Tiến yêu cầu các bệnh viện báo cáo."
    )
    assert extract_facets("Tin y tế", body).officials == ["Nguyễn Thị Kim Tiến"]


def test_a_name_written_without_its_middle_name_is_the_same_person() -> None:
    """ "Đặng Ngọc Thịnh", a later mention dropping "Thị", is "Đặng Thị Ngọc Thịnh"; a
    name one other middle word apart ("Trần Thị Hoa", "Trần Thị Minh Hoa"), or of two
    words ("Lê Hải", "Lê Văn Hải"), is another person."""
    body = (
        "Dự lễ có Phó Chủ tịch nước Đặng Thị Ngọc Thịnh. Phó Chủ tịch nước Đặng Ngọc Thịnh "
        "cho biết sẽ trao quà. Giám đốc Sở Y tế Trần Thị Hoa và Phó Giám đốc Sở Trần Thị "
        "Minh Hoa dự. Phó Chủ tịch UBND huyện Lê Văn Hải phát biểu. Bí thư Huyện ủy Lê Hải "
        "cho biết."
    )
    assert extract_facets("Tin xã hội", body).officials == [
        "Đặng Thị Ngọc Thịnh",
        "Trần Thị Hoa",
        "Trần Thị Minh Hoa",
        "Lê Văn Hải",
        "Lê Hải",
    ]


def test_a_party_committees_secretary_and_a_plural_title_with_a_colon() -> None:
    """ "Huyện ủy" is the district's party committee, no unit whose name follows (its
    place may: "Huyện ủy Lý Sơn"); a plural title may list its holders after a colon,
    its organisation before it ("các Phó Chủ tịch UBND tỉnh: …"), and a listed name with
    a role of its own holds that one."""
    body = (
        "Bí thư Huyện ủy Hồ Xuân Trăng cho biết. Bí thư Huyện ủy Lý Sơn Nguyễn Văn An "
        "cũng có mặt.\nCác Phó Thủ tướng: Trịnh Đình Dũng, Vũ Đức Đam sẽ trả lời. "
        "Thủ tướng: Lê Văn Bình là ai?\nDự có các đồng chí Phó Chủ tịch UBND tỉnh: Đinh "
        "Viết Hồng, Lê Minh Thông. Cùng dự có các đồng chí Ủy viên Trung ương Đảng: Ngô "
        "Văn Tư - Bí thư Tỉnh ủy."
    )
    roles = _roles_of(body, "Tin thời sự")
    assert list(roles) == [
        "Hồ Xuân Trăng",
        "Nguyễn Văn An",
        "Trịnh Đình Dũng",
        "Vũ Đức Đam",
        "Đinh Viết Hồng",
        "Lê Minh Thông",
        "Ngô Văn Tư",
    ]
    assert roles["Lê Minh Thông"] == "Phó Chủ tịch UBND tỉnh"
    assert roles["Ngô Văn Tư"] == "Bí thư Tỉnh ủy"


def test_the_supreme_courts_chief_justice_and_the_supreme_procurator() -> None:
    """ "tối cao" is part of the supreme court's and procuracy's names."""
    body = (
        "Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình trình bày tờ trình. Viện "
        "trưởng Viện Kiểm sát nhân dân tối cao Lê Minh Trí cho biết."
    )
    assert extract_facets("Quốc hội", body).officials == ["Nguyễn Hòa Bình", "Lê Minh Trí"]


def test_a_trade_counted_in_millions_of_tonnes_is_one_products() -> None:
    """ "nhập khẩu 22 triệu tấn sắt thép, trị giá 10,4 tỷ USD" is one product's trade,
    as "nhập khẩu 4.520 tấn" already was; the country's total stays."""
    f = extract_facets(
        "Thị trường thép",
        "Năm 2016, Việt Nam nhập khẩu 22 triệu tấn sắt thép, với tổng trị giá lên tới 10,4 "
        "tỷ USD. Kim ngạch nhập khẩu cả nước đạt 173 tỷ USD.",
        datetime(2017, 2, 6),
    )
    assert [(v["indicator"], v["value"]) for v in f.indicator_values] == [("imports", 173.0)]


def test_numbered_districts_parent_bodies_capitalised_fields_and_acronyms() -> None:
    """A numbered district ("quận 7") leaves the name after it a person's; a division's
    parent body may follow a comma ("Trưởng phòng …, Sở …"); "Nông thôn" capitalised is
    still the ministry's field, no commune; a district's office may be an acronym with a
    dash ("Phòng GD-ĐT", "TN-MT", "LĐ-TB&XH")."""
    body = (
        "Phó Chủ tịch UBND quận 7 Đào Gia Vượng cho hay.\n"
        "Trưởng phòng Cấp phép xây dựng, Sở Xây dựng Tống Đức Tiến cho biết.\n"
        "Bộ trưởng Bộ Nông nghiệp và Phát triển Nông thôn Nguyễn Xuân Cường phát biểu.\n"
        "Bà Trần Thị Thu Hà, Phó trưởng Phòng GD-ĐT quận Hai Bà Trưng, cho hay.\n"
        "Trưởng phòng LĐ-TB&XH huyện Hàm Tân Phạm Nhị Trúc cho biết."
    )
    assert extract_facets("Tin địa phương", body).officials == [
        "Đào Gia Vượng",
        "Tống Đức Tiến",
        "Nguyễn Xuân Cường",
        "Trần Thị Thu Hà",
        "Phạm Nhị Trúc",
    ]


def test_an_alternate_member_of_the_central_committee_holds_an_office() -> None:
    """ "Ủy viên dự khuyết Trung ương Đảng" is an alternate member, a Party office too."""
    body = "Tham dự có Ngô Đông Hải, Ủy viên dự khuyết Trung ương Đảng, Phó trưởng ban."
    assert extract_facets("Tin thời sự", body).officials == ["Ngô Đông Hải"]


def test_a_second_post_at_an_unlisted_body_stands_before_the_holder() -> None:
    """ "Thứ trưởng Bộ Tài chính - Chủ tịch HĐKT Lê Văn A": the holder of the listed title
    follows a second post at a body no title lists; a second post that is a listed title
    reads itself; the national trade-union federation is a Front member."""
    body = (
        "Chủ trì cuộc họp có Thứ trưởng Bộ Tài chính - Chủ tịch HĐKT Lê Văn Tuấn.\n"
        "Dự họp còn có Phó Chủ tịch Tổng LĐLĐVN Hồ Thị Lan và đại diện các doanh nghiệp.\n"
        "Ủy viên Bộ Chính trị, Bí thư Thành ủy Phan Minh Hải phát biểu chỉ đạo."
    )
    assert _roles_of(body, "Họp bàn") == {
        "Lê Văn Tuấn": "Thứ trưởng Bộ Tài chính",
        "Hồ Thị Lan": "Phó Chủ tịch Tổng LĐLĐVN",
        "Phan Minh Hải": "Bí thư Thành ủy",
    }


def test_a_leader_remembered_holds_no_office() -> None:
    """A leader named at a commemoration or as the late one ("cố Thủ tướng") is a
    historical figure, in every mention of the article."""
    body = (
        "Nhân 110 năm ngày sinh Tổng Bí thư Lê Văn Hồng, đoàn đã dâng hương tưởng niệm "
        "Tổng Bí thư Lê Văn Hồng tại nhà lưu niệm. Sự nghiệp của Tổng Bí thư Lê Văn Hồng "
        "được nhắc lại. Quỹ học bổng mang tên cố Thủ tướng Trần Đình Phú được trao.\n"
        "Phó Chủ tịch UBND tỉnh Ngô Thị Mai dự lễ."
    )
    assert _roles_of(body, "Dâng hương") == {"Ngô Thị Mai": "Phó Chủ tịch UBND tỉnh"}


def test_a_rates_target_told_after_its_actual_figure_is_a_target_of_its_own() -> None:
    """ "GDP quý I đạt 5,2%, … còn xa mục tiêu 6,5% cả năm": the target after the actual
    rate in its sentence is a value too, of the year named between them ("năm nay"), or of
    the one named right after it ("đạt 6,7% trong năm 2017")."""
    assert _values("GDP quý I chỉ đạt 5,2%, thấp hơn cùng kỳ và còn xa mục tiêu 6,5% cả năm.") == [
        ("grdp_growth", 5.2, "%", "actual"),
        ("grdp_growth", 6.5, "%", "target"),
    ]
    f = extract_facets(
        "", "Năm 2016, GDP tăng 6,2% và năm nay dự kiến tăng 6,8%.", datetime(2017, 6, 1)
    )
    assert [(v["value"], v["kind"], v["year"]) for v in f.indicator_values] == [
        (6.2, "actual", 2016),
        (6.8, "target", 2017),
    ]
    f = extract_facets(
        "", "GDP năm 2016 đạt 6,2% và dự kiến đạt 6,7% trong năm 2017.", datetime(2017, 6, 1)
    )
    assert [(v["value"], v["kind"], v["year"]) for v in f.indicator_values] == [
        (6.2, "actual", 2016),
        (6.7, "target", 2017),
    ]


def test_a_rates_base_told_after_it_is_last_years_figure() -> None:
    """ "GRDP quý I đạt 6,4%, thấp hơn cùng kỳ (7,1%)", "… 8,2%, cao hơn mức 7,9% của
    cùng kỳ năm trước": the same period's rate a year before is a figure of its own."""
    f = extract_facets(
        "",
        "Tốc độ tăng trưởng GRDP quý I/2018 của tỉnh đạt 6,4%, thấp hơn cùng kỳ (7,1%). "
        "Tăng trưởng GRDP 6 tháng ước đạt 8,2%, cao hơn mức 7,9% của cùng kỳ năm trước.",
        datetime(2018, 7, 2),
    )
    assert [(v["value"], v["kind"], v["year"]) for v in f.indicator_values] == [
        (6.4, "actual", 2018),
        (7.1, "actual", 2017),
        (8.2, "estimate", 2018),
        (7.9, "actual", 2017),
    ]


def test_a_figure_told_for_a_span_of_years_is_dated_by_its_end() -> None:
    """ "bình quân giai đoạn 2011-2015 đạt 5,91%, năm 2016 đạt 6,2%": the span's figure
    is dated by its last year, not by a year named after it, so the next year's figure
    listed after it is one of its own."""
    f = extract_facets(
        "",
        "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2011-2015 của tỉnh đạt 7,4%, năm "
        "2016 đạt 8,1%.",
        None,
    )
    assert [(v["value"], v["year"]) for v in f.indicator_values] == [(7.4, 2015), (8.1, 2016)]


def test_a_cost_reckoned_needed_or_planned_is_a_target() -> None:
    """ "Dự tính …", "nhu cầu vốn …", "Theo kế hoạch, …": a project's cost told as
    reckoned, needed or planned is its plan, not money spent."""
    body = (
        "Dự tính nhà máy điện mặt trời có tổng vốn đầu tư khoảng 3.200 tỷ đồng.\n"
        "Giai đoạn 2, nhu cầu vốn đầu tư khoảng 45.000 tỷ đồng.\n"
        "Theo kế hoạch, tổng mức đầu tư của tuyến metro là gần 20.000 tỷ đồng.\n"
        "Cây cầu đã hoàn thành với tổng vốn đầu tư 900 tỷ đồng."
    )
    assert [(v["value"], v["kind"]) for v in extract_facets("", body).indicator_values] == [
        (3200.0, "target"),
        (45000.0, "target"),
        (20000.0, "target"),
        (900.0, "actual"),
    ]


def test_a_growth_predicted_helped_towards_or_planned_is_a_target() -> None:
    """ "Chính phủ dự đoán tăng trưởng …", "để góp phần đạt …", "đạt tới mức kế hoạch …":
    the growth to come, not growth reached; a plan exceeded stays no plan."""
    body = (
        "Chính phủ dự đoán tăng trưởng kinh tế năm 2018 đạt 2,1%.\n"
        "Để góp phần đạt tốc độ tăng trưởng GDP năm 2018 tăng 6,8%, ngành công thương nỗ lực.\n"
        "Tiêu dùng sẽ giúp GDP cả năm 2018 đạt tới mức kế hoạch 6,9%.\n"
        "Năm 2017, GDP của tỉnh vượt mức kế hoạch, tăng 7,2%."
    )
    found = extract_facets("", body, datetime(2018, 3, 1)).indicator_values
    assert [(v["value"], v["kind"]) for v in found] == [
        (2.1, "target"),
        (6.8, "target"),
        (6.9, "target"),
        (7.2, "actual"),
    ]


def test_guests_told_as_visitors_open_a_tourism_figure() -> None:
    """ "đón 1,8 triệu khách quốc tế, … 12 triệu khách nội địa": visitors counted first,
    as "lượt khách" ones are; an airport's "triệu khách/năm" are passengers."""
    body = (
        "Quý I, thành phố đón 1,8 triệu khách quốc tế, tăng 25% và 12 triệu khách nội địa.\n"
        "Sân bay một năm có thể khai thác 28 triệu khách/năm."
    )
    assert _values(body) == [
        ("tourism", 1.8, "triệu lượt", "actual"),
        ("tourism", 12.0, "triệu lượt", "actual"),
    ]


def test_a_sentence_opening_with_an_estimate_tells_estimates() -> None:
    """ "Ước tính kim ngạch xuất khẩu 6 tháng đạt …", "Ước 6 tháng, tổng thu ngân sách
    đạt …": the figures of a sentence opened by "Ước" are estimates, as those after "ước"
    in their phrase are."""
    body = (
        "Ước tính kim ngạch xuất khẩu 6 tháng đạt 2,5 tỷ USD.\n"
        "Ước 6 tháng, tổng thu ngân sách đạt 3.500 tỷ đồng.\n"
        "Kim ngạch nhập khẩu 6 tháng đạt 1,2 tỷ USD."
    )
    assert [(v["indicator"], v["kind"]) for v in extract_facets("", body).indicator_values] == [
        ("exports", "estimate"),
        ("budget_revenue", "estimate"),
        ("imports", "actual"),
    ]


def test_an_outcome_told_against_its_target_is_actual() -> None:
    """ "chỉ tiêu … là GDP chỉ đạt 6,21%", "mục tiêu … nhưng kết quả chỉ đạt …": the figure
    reached, told against the target words before it, is actual; a forecast's "cũng chỉ
    đạt" stays a target."""
    body = (
        "Trong các chỉ tiêu Quốc hội giao, chỉ tiêu quan trọng nhất là GDP chỉ đạt 5,8%.\n"
        "Chính phủ đề ra mục tiêu tăng trưởng năm 2016 đạt 6,7% GDP, nhưng kết quả chỉ đạt 6,3%.\n"
        "Theo dự báo, GDP năm nay lạc quan nhất cũng chỉ đạt 6,1%."
    )
    found = extract_facets("", body, datetime(2017, 6, 1)).indicator_values
    assert [(v["value"], v["kind"]) for v in found] == [
        (5.8, "actual"),
        (6.3, "actual"),
        (6.1, "target"),
    ]


def test_an_office_taken_up_after_the_name_is_held() -> None:
    """ "bà A (sinh năm 1988) được bổ nhiệm làm phó trưởng phòng …", "ông B được bầu giữ
    chức Chủ tịch …", "ông C được điều động và bổ nhiệm chức danh …": the office follows
    the appointment, as it follows "là" or "làm"."""
    body = (
        "Sở xác nhận việc bà Lê Thị Thu Hà (sinh năm 1990) được bổ nhiệm làm phó trưởng "
        "phòng kinh tế hạ tầng huyện là sai quy trình.\n"
        "Tại kỳ họp, ông Phan Văn Lực được bầu giữ chức Chủ tịch UBND huyện.\n"
        "Ông Vũ Văn Tám được điều động và bổ nhiệm chức danh Phó Giám đốc Sở Y tế; ông Hà "
        "Văn Chín được điều động, bổ nhiệm giữ chức Phó Ban Dân vận Tỉnh ủy."
    )
    assert extract_facets("Bổ nhiệm sai", body).officials == [
        "Lê Thị Thu Hà",
        "Phan Văn Lực",
        "Vũ Văn Tám",
        "Hà Văn Chín",
    ]


def test_a_role_ends_before_phat_bieu() -> None:
    """ "phát" is an organisation's word ("Ngân hàng Phát triển"), but "phát biểu" (speaks)
    is the verb after the role: "Chủ tịch UBND tỉnh phát biểu" ends at "tỉnh"."""
    body = (
        "Ông Lê Văn Hòa, Chủ tịch UBND tỉnh phát biểu tại hội nghị.\n"
        "Bí thư Thành ủy Hải Phòng Trần Văn Lâm phát biểu chỉ đạo."
    )
    assert _roles_of(body, "Hội nghị") == {
        "Lê Văn Hòa": "Chủ tịch UBND tỉnh",
        "Trần Văn Lâm": "Bí thư Thành ủy Hải Phòng",
    }


def test_a_deputy_head_of_a_party_board_is_an_official() -> None:
    """ "Phó ban Tổ chức Trung ương" is a Party board's deputy head, a post ("Phó ban tổ
    chức" of a pageant is none); a caption run into the body ("… Trung ương Ông A …")
    leaves no "Ông" in the role."""
    body = (
        "Phó ban tổ chức Trung ương Lê Văn Bình vừa ký kế hoạch thi tuyển.\n"
        "Phó ban tổ chức Hoa hậu Việt Nam Trần Văn Bình cho biết.\n"
        "Ông Trần Văn Tâm làm Phó ban Dân vận Tỉnh ủy Ông Trần Văn Tâm được điều động."
    )
    assert _roles_of(body, "Thi tuyển") == {
        "Lê Văn Bình": "Phó Ban tổ chức Trung ương",
        "Trần Văn Tâm": "Phó Ban Dân vận Tỉnh ủy",
    }


def test_a_term_between_a_title_and_the_name() -> None:
    """ "đại biểu Quốc hội khóa XI Nguyễn Ngọc Trân": the Assembly's term ("khóa XI")
    belongs to the role; a term in digits ("khóa 16") ends no role."""
    body = (
        "Khi đó, đại biểu Quốc hội khóa XI Lâm Văn Trân đã nhận xét trước hội trường. "
        "Ông Tạ Văn Bình, Ủy viên Trung ương khóa 16, bị điều tra."
    )
    assert _roles_of(body, "") == {
        "Lâm Văn Trân": "Đại biểu Quốc hội khóa XI",
        "Tạ Văn Bình": "Ủy viên Trung ương",
    }


def test_a_delegates_name_ends_before_a_capitalised_verb() -> None:
    """In news of the Assembly a caption runs into the text: "Đại biểu Lê Thị Thu Hà Tham
    gia thảo luận", "Đại biểu Trần Văn Sơn Không ban hành …": the verb is no name's."""
    body = (
        "Kỳ họp thứ 3, Quốc hội khóa XIV.\n"
        "Đại biểu Lê Thị Thu Hà Tham gia thảo luận, đại biểu cho rằng cần giảm thuế.\n"
        "Đại biểu Trần Văn Sơn Không ban hành chính sách mới làm giảm thu ngân sách."
    )
    assert extract_facets("Thảo luận ở tổ", body).officials == ["Lê Thị Thu Hà", "Trần Văn Sơn"]
    named = "Chủ tịch xã Lê Văn Đang vui mừng kể lại. Ông Phạm Văn Vẫn, Chủ tịch UBND xã, nói."
    assert extract_facets("Xã nông thôn mới", named).officials == ["Lê Văn Đang", "Phạm Văn Vẫn"]


def test_a_state_broadcasters_head_abbreviated_tgd() -> None:
    """ "TGĐ" heads the state news agency or broadcaster, written out or abbreviated, with
    the acronym in brackets after the title; a firm's "TGĐ" holds no public office."""
    body = (
        "Tới dự có các đồng chí: Lê Văn Lợi, Tổng Giám đốc (TGĐ) Thông tấn xã Việt Nam; "
        "Trần Văn Minh, TGĐ Đài Truyền hình Việt Nam.\n"
        "TGĐ Đài Tiếng nói Việt Nam Nguyễn Văn Kỷ nhấn mạnh vai trò báo chí.\n"
        "TGĐ Công ty Cổ phần Sữa Phạm Văn Sơn cho biết."
    )
    assert _roles_of(body, "Báo chí") == {
        "Lê Văn Lợi": "Tổng Giám đốc Thông tấn xã Việt Nam",
        "Trần Văn Minh": "Tổng Giám đốc Đài Truyền hình Việt Nam",
        "Nguyễn Văn Kỷ": "Tổng Giám đốc Đài Tiếng nói Việt Nam",
    }


def test_transport_inspectorate_chiefs_and_team_heads_are_officials() -> None:
    """The transport inspectorate ("Thanh tra giao thông", TTGT) is a state body: its
    chief and the heads and deputies of its teams hold posts; a football team's
    "đội phó" (vice-captain) does not."""
    body = (
        "Bị cáo Lê Minh Tâm (nguyên Phó Chánh TTGT TP Cần Thơ) thừa nhận sai phạm. "
        "Trần Văn Duy (nguyên Đội trưởng Đội TTGT số 11) nhận hối lộ; Phan Hoàng Anh "
        "(nguyên đội trưởng TTGT số 3) nhận 500 triệu đồng; Lý Văn Minh (nguyên Đội phó "
        "Đội CSGT số 3) nhận 240 triệu đồng.\n"
        "Trung vệ Nguyễn Văn Hùng, đội phó U20 Việt Nam, bị treo giò."
    )
    assert _roles_of(body, "Xử vụ TTGT nhận hối lộ") == {
        "Lê Minh Tâm": "Phó Chánh TTGT TP Cần Thơ",
        "Trần Văn Duy": "Đội trưởng Đội TTGT",
        "Phan Hoàng Anh": "Đội trưởng TTGT",
        "Lý Văn Minh": "Đội phó Đội CSGT",
    }


def test_a_minority_name_with_a_curly_apostrophe_and_the_ngo_family() -> None:
    """Central Highlands names are written with either apostrophe ("B'Krông", "Bk’rông"),
    and "Ngọ" is a family name ("Ngọ Duy Hiểu") as well as a lunar branch."""
    body = (
        "Tối 16/6, ông Y Quý Bk’rông (phó công an xã) đi tuần tra.\n"
        "ĐB Ngọ Văn Hiểu (Hà Nội) đề cập đến trụ sở làm việc."
    )
    assert _roles_of(body, "Tuần tra") == {
        "Y Quý Bk’rông": "Phó công an xã",
        "Ngọ Văn Hiểu": "Đại biểu Quốc hội",
    }


def test_a_consul_general_of_vietnam_is_an_official() -> None:
    """A consul general serves like an ambassador: ours counts wherever posted, a
    foreign one does not, and the consulate ("Tổng lãnh sự quán") is no title."""
    body = (
        "Tổng lãnh sự Việt Nam tại Fukuoka Nguyễn Phương Hồng báo cáo tình hình.\n"
        "Phó Tổng Lãnh sự Anh tại TP.HCM Trần Văn An dự lễ.\n"
        "Tổng lãnh sự quán Việt Nam tại Osaka Nguyễn Văn Bình tổ chức gặp mặt."
    )
    assert _roles_of(body, "Lưu học sinh") == {
        "Nguyễn Phương Hồng": "Tổng lãnh sự Việt Nam tại Fukuoka"
    }


def test_a_name_after_va_is_listed_not_the_titles_holder() -> None:
    """ "A, Phó phòng TN&MT và B": the title is A's, and B is someone else listed, not
    its holder; inside a body's name ("Sở Kế hoạch và Đầu tư") "và" changes nothing."""
    body = (
        "Hành vi của Đỗ Quốc Đính, Phó phòng TN&MT và Phạm Văn Châm có dấu hiệu phạm tội.\n"
        "Giám đốc Sở Kế hoạch và Đầu tư Lê Văn Hùng báo cáo."
    )
    assert _roles_of(body, "Khởi tố") == {
        "Đỗ Quốc Đính": "Phó Phòng TN&MT",
        "Lê Văn Hùng": "Giám đốc Sở Kế hoạch và Đầu tư",
    }


def test_a_second_bare_post_and_a_full_time_deputy() -> None:
    """ "Bộ trưởng, Chủ nhiệm Mai Tiến Dũng" holds two posts before the name; "chuyên
    trách" (full-time) belongs to a title; a criminal police or investigation team's head
    holds a post."""
    body = (
        "Thông báo do Bộ trưởng, Chủ nhiệm Mai Văn Dũng ký.\n"
        "Phó trưởng ban chuyên trách Ban An toàn giao thông TP Nguyễn Ngọc Tường cho biết.\n"
        "Thiếu tá Lê Văn Tùng, Đội trưởng Đội CSHS Công an quận, chỉ đạo.\n"
        "Trung tá Hà Văn Nam - Phó Đội trưởng đội điều tra, Công an huyện Yên Thành, nói.\n"
        "Đại úy Lò Văn Sáu, Đội trưởng Đội Hình sự Công an TP, có mặt."
    )
    assert _roles_of(body, "Thông báo") == {
        "Mai Văn Dũng": "Bộ trưởng",
        "Nguyễn Ngọc Tường": "Phó Trưởng ban chuyên trách Ban An toàn giao thông TP",
        "Lê Văn Tùng": "Đội trưởng Đội CSHS Công an quận",
        "Hà Văn Nam": "Phó Đội trưởng đội điều tra",
        "Lò Văn Sáu": "Đội trưởng Đội Hình sự Công an TP",
    }


def test_a_plenipotentiary_ambassadors_country_is_read() -> None:
    """ "Đại sứ đặc mệnh toàn quyền" names the country after the lower-case words: a
    foreign envoy stays out, ours counts."""
    body = (
        "Ông Lee Hyuk – Đại sứ đặc mệnh toàn quyền Hàn Quốc tại Việt Nam cho hay.\n"
        "Ông Nguyễn Vũ Tú, Đại sứ Đặc mệnh toàn quyền Việt Nam tại Hàn Quốc phát biểu."
    )
    assert _roles_of(body, "Xúc tiến đầu tư") == {
        "Nguyễn Vũ Tú": "Đại sứ Đặc mệnh toàn quyền Việt Nam tại Hàn Quốc"
    }


def test_national_agencies_in_the_opening_make_national_news() -> None:
    """The State Audit, the Government Inspectorate, a general department ("Tổng cục Du
    lịch") or the supreme court opening a story make it national: the cities it gives
    as examples take more to be its subject."""
    from indexer.facets.provinces import extract_provinces

    lead = (
        "Theo {}, vật tư y tế cùng một loại, cùng nhà cung cấp nhưng giá chênh nhau đến 3-7 "
        "lần. Kiểm toán việc mua sắm trang thiết bị y tế cho thấy giá nhiều vật tư cùng loại "
        "ở nhiều cơ sở chênh lệch lớn, nhiều thiết bị mua về nhưng chưa đưa vào sử dụng."
    )
    later = "\nĐơn cử, tại TP Hải Phòng, Trung tâm Y tế dự phòng có 2 thiết bị chưa dùng."
    for agency in ("Kiểm toán Nhà nước", "Thanh tra Chính phủ", "Tổng cục Du lịch"):
        assert extract_provinces("Đắp chiếu", lead.format(agency) + later).about == []
    local = lead.format("UBND tỉnh") + later
    assert extract_provinces("Đắp chiếu", local).about == ["Hải Phòng"]


def test_a_counted_list_in_the_summary_and_a_spaced_dash() -> None:
    """ "4 tỉnh … gồm A, B, C và D" in the summary names four subjects as a body's list
    does; a hyphenated province is found with an en dash or a spaced dash too."""
    from indexer.facets.provinces import extract_provinces

    summary = (
        "4 tỉnh miền Trung bị ảnh hưởng từ sự cố môi trường biển gồm Hà Tĩnh, Quảng Bình, "
        "Quảng Trị và Thừa Thiên – Huế đã cơ bản hoàn thành việc chi trả bồi thường."
    )
    body = (
        "Tính đến ngày 7/7, tỉnh Hà Tĩnh đã chi trả 1.350 tỷ đồng. UBND tỉnh Hà Tĩnh phê "
        "duyệt thêm. Tỉnh Quảng Bình đã chi trả 2.100 tỷ đồng, UBND tỉnh Quảng Bình cho biết."
    )
    about = extract_provinces("Đã bồi thường gần 5.500 tỷ đồng", body, summary).about
    assert sorted(about) == ["Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế"]
    for spelt in ("Bà Rịa – Vũng Tàu", "Bà Rịa- Vũng Tàu", "Bà Rịa -Vũng Tàu"):
        local = f"UBND tỉnh {spelt} họp bàn phòng chống bão. Tỉnh {spelt} sơ tán dân."
        assert extract_provinces("Phòng chống bão", local).about == ["Bà Rịa - Vũng Tàu"]


def test_an_investment_made_abroad_is_no_indicator() -> None:
    """Capital a foreign firm or state puts into a foreign country ("đầu tư 50 tỷ USD vào
    Mỹ", "dự án hạ tầng ở Qatar trị giá 8 tỷ USD", "FDI của Trung Quốc vào Mỹ") is no
    investment or FDI of ours; capital put into Vietnam or a province is, from whichever
    country it comes ("FDI của Nhật Bản vào Việt Nam")."""
    body = (
        "Tập đoàn Softbank của Nhật Bản tuyên bố đầu tư 50 tỷ USD vào Mỹ.\n"
        "Doanh nghiệp này đã đầu tư 2 tỷ USD vào Việt Nam.\n"
        "Tổng vốn đầu tư của dự án tại tỉnh Bình Dương đạt 300 tỷ đồng."
    )
    assert {value[:3] for value in _values(body)} == {
        ("fdi", 2.0, "tỷ USD"),
        ("investment", 300.0, "tỷ đồng"),
    }
    assert _values("Dự án hạ tầng ở Qatar có vốn đầu tư 8 tỷ USD.") == []
    foreign_capital = (
        "Vốn FDI của Trung Quốc vào Mỹ đạt 110 tỷ USD.\n"
        "Vốn FDI của Nhật Bản vào Việt Nam đạt 1,5 tỷ USD."
    )
    assert [value[:3] for value in _values(foreign_capital)] == [("fdi", 1.5, "tỷ USD")]


def test_a_second_post_after_kiem_stands_before_the_name() -> None:
    """ "… kiêm Chủ tịch Hội Luật gia Bình Định Đặng Thành Thái": a second post at a body
    the titles do not list may follow the first with "kiêm" and no comma."""
    body = (
        "Phó Chánh án Tòa án Nhân dân kiêm Chủ tịch Hội Luật gia Bình Định Đặng Văn Thái "
        "dẫn chiếu Điều 162 Bộ luật Hình sự."
    )
    assert _roles_of(body, "Pháp lý") == {"Đặng Văn Thái": "Phó Chánh án Tòa án Nhân dân"}


def test_a_price_per_tonne_and_a_foreign_ministrys_forecast_are_no_figures() -> None:
    """ "345 – 350 USD/tấn" is a price, not exports; a foreign government's forecast
    ("Theo dự báo của Bộ Nông nghiệp Mỹ, Việt Nam sẽ xuất khẩu …") is a third party's,
    which the guidelines count no more than a bank's; our ministry's forecast is a plan."""
    body = (
        "Kim ngạch xuất khẩu gạo 5% tấm của Việt Nam đang ở mức 345 – 350 USD/tấn.\n"
        "Theo dự báo của Bộ Nông nghiệp Mỹ, Việt Nam sẽ xuất khẩu khoảng 5,8 triệu tấn gạo "
        "trong năm 2017, tăng 7,4% so với năm 2016."
    )
    assert _values(body) == []
    ours = "Bộ Công Thương dự báo kim ngạch xuất khẩu năm 2017 tăng 7,4%."
    assert [v[:3] for v in _values(ours)] == [("exports", 7.4, "%")]


def test_a_counted_list_of_a_meetings_guests_names_no_subjects() -> None:
    """ "4 tỉnh bị ảnh hưởng gồm A, B, C và D" names four subjects, but the provinces a
    meeting's guests come from ("đại diện … 4 tỉnh … tham dự gồm A, B, C, D") are only
    mentioned."""
    from indexer.facets.provinces import extract_provinces

    guests = (
        "Ngày 26/6, Bộ Nông nghiệp và Phát triển nông thôn tổ chức hội nghị góp ý đề án "
        "phát triển nghề khai thác viễn dương. Tham dự hội nghị có đại diện lãnh đạo Sở "
        "Nông nghiệp 4 tỉnh có tàu cá tham dự gồm Quảng Ngãi, Bình Định, Khánh Hòa, Cà Mau."
    )
    assert extract_provinces("Khai thác viễn dương", guests).about == []
    hit = (
        "Ngày 26/6, Bộ Nông nghiệp và Phát triển nông thôn cho biết 4 tỉnh bị thiệt hại do "
        "bão gồm Quảng Ngãi, Bình Định, Khánh Hòa, Cà Mau đã được hỗ trợ khắc phục hậu quả."
    )
    assert sorted(extract_provinces("Khắc phục bão", hit).about) == [
        "Bình Định",
        "Cà Mau",
        "Khánh Hòa",
        "Quảng Ngãi",
    ]


def test_a_post_at_an_unlisted_body_between_a_name_and_its_title() -> None:
    """ "bà A, chủ tịch danh dự VASEP, nguyên Thứ trưởng Bộ Thủy sản": another post of the
    holder's may stand between the name and the title, at an association of a long name
    too; not another person ("A, cán bộ
    địa chính xã và B, Chủ tịch UBND xã"), nor a school's post before the school's own
    board ("Hiệu trưởng Trường THPT …, Trưởng ban sao in đề thi")."""
    body = (
        "Bà Nguyễn Thị Hồng Minh, chủ tịch danh dự VASEP, nguyên Thứ trưởng Bộ Thủy sản đánh "
        "giá cao đề án. Ông Vũ Văn Thăng, Chủ tịch SFOM, Vụ trưởng Vụ Hợp tác Quốc tế (Bộ "
        "Tài chính) cho biết.\n"
        "Theo Thạc sĩ Trần Văn Lộc, Chủ tịch Hiệp hội Vận tải hành khách liên tỉnh và du "
        "lịch TPHCM, nguyên Trưởng phòng Quản lý Vận tải thuộc Sở Giao thông Vận tải, xe "
        "buýt không có đường riêng.\n"
        "Lê Thành Vỹ, cán bộ địa chính xã và Hoàng Ngọc Thuyên, Chủ tịch UBND xã Tiên Dương "
        "vẫn ký xác nhận.\n"
        "Bà Võ Thị Nhung, Hiệu trưởng Trường THPT Cao Lãnh, Trưởng ban sao in đề thi của "
        "Trường bị kỷ luật.\n"
        "Chia sẻ với ý kiến của cử tri Vũ Đức Hước, Chánh xứ giáo xứ Kim Hòa, Chủ tịch Quốc "
        "hội nêu rõ các ý kiến rất đáng quan tâm."
    )
    assert _roles_of(body, "Hội thảo") == {
        "Nguyễn Thị Hồng Minh": "Thứ trưởng Bộ Thủy sản",
        "Vũ Văn Thăng": "Vụ trưởng Vụ Hợp tác Quốc tế",
        "Trần Văn Lộc": "Trưởng phòng Quản lý Vận tải",
        "Hoàng Ngọc Thuyên": "Chủ tịch UBND xã Tiên Dương",
    }


def test_a_projects_total_investment_value_is_its_investment() -> None:
    """ "tổng giá trị đầu tư toàn dự án hơn 2.400 tỷ đồng" says what "tổng mức đầu tư"
    says; a divestment's proceeds ("giá trị đầu tư thu về") and shares held ("giá trị đầu
    tư cổ phiếu") are no investment."""
    project = (
        "Nhà máy có công suất 7.000 tấn vải/năm, với tổng giá trị đầu tư toàn dự án hơn "
        "2.400 tỷ đồng. Tổng giá trị đầu tư cho sân golf dự kiến lên đến 5.400 tỷ đồng."
    )
    assert _values(project) == [
        ("investment", 2400.0, "tỷ đồng", "actual"),
        ("investment", 5400.0, "tỷ đồng", "target"),
    ]
    not_put_in = (
        "Tổng giá trị đầu tư thu về là 1.045 tỷ đồng. Cô còn có giá trị đầu tư cổ phiếu "
        "ước tính 318 triệu NDT (hơn 1.000 tỷ đồng)."
    )
    assert _values(not_put_in) == []


def test_a_visitors_money_is_no_tourism_revenue() -> None:
    """ "du khách … bị mất gần 700 triệu đồng" is a visitor's loss; a visitors' word names
    revenue only after "thu" ("tổng thu từ khách du lịch đạt 98,5 tỷ đồng")."""
    lost = "Một du khách người Úc quẹt thẻ trả tiền ăn tối bị mất gần 700 triệu đồng."
    assert _values(lost) == []
    earned = (
        "Tỉnh đón 211.834 lượt khách, tăng 36,9%; tổng thu từ khách du lịch ước đạt 98,5 tỷ đồng."
    )
    assert ("tourism", 98.5, "tỷ đồng") in [v[:3] for v in _values(earned)]


def test_a_share_of_the_domestic_product_is_no_growth() -> None:
    """ "chiếm hơn 80% Tổng sản phẩm quốc nội (GDP) trên thế giới và 75% thương mại":
    the product named after a percentage is a share's base, and the next percentage
    no growth; "tổng sản phẩm quốc nội (GDP) tăng 6,2%" after a comma still is."""
    share = "G20 chiếm hơn 80% Tổng sản phẩm quốc nội (GDP) trên thế giới và 75% thương mại."
    assert _values(share) == []
    growth = "Kinh tế khởi sắc, tổng sản phẩm quốc nội (GDP) tăng 6,2%."
    assert [v[:3] for v in _values(growth)] == [("grdp_growth", 6.2, "%")]


def test_a_name_of_the_ho_family_right_after_a_districts_title() -> None:
    """ "Phó Chủ tịch huyện Hồ Thị Kim Cúc": a name of a major family may follow a title
    ending in its unit at once, and "Hồ" is one; "thành phố Hồ Chí Minh" stays the city."""
    body = (
        "Phó Chủ tịch huyện Hồ Thị Kim Cúc kể, là địa phương có tỷ lệ nghèo cao.\n"
        "Chủ tịch UBND thành phố Hồ Chí Minh Nguyễn Thành Phong cho biết."
    )
    assert _roles_of(body, "Giảm nghèo") == {
        "Hồ Thị Kim Cúc": "Phó Chủ tịch huyện",
        "Nguyễn Thành Phong": "Chủ tịch UBND thành phố Hồ Chí Minh",
    }


def test_the_head_of_a_mission_between_a_title_and_its_holder() -> None:
    """ "Đại sứ, Trưởng Phái đoàn Đại diện thường trực Việt Nam tại Liên hợp quốc Nguyễn
    Phương Nga": the head of a delegation or mission is a second post before the name."""
    body = (
        "Đón Thủ tướng có Đại sứ, Trưởng Phái đoàn Đại diện thường trực Việt Nam tại Liên "
        "hợp quốc Nguyễn Phương Nga và cán bộ phái đoàn."
    )
    assert _roles_of(body, "Thủ tướng đến New York") == {"Nguyễn Phương Nga": "Đại sứ"}


def test_the_government_inspectorate_in_brackets_and_sai_thanh() -> None:
    """ "Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Phạm Trọng Đạt": the body
    an office belongs to may stand in brackets before the name; "Sài thành" is a name of
    Hồ Chí Minh City, as "Sài Gòn" is."""
    from indexer.facets.provinces import extract_provinces

    body = "Cục trưởng Cục Chống tham nhũng (Thanh tra Chính phủ) Phạm Văn Đạt cho biết."
    assert list(_roles_of(body, "Thanh tra tài sản")) == ["Phạm Văn Đạt"]
    gossip = "Không chỉ có thú chơi siêu xe ở đất Sài thành, đại gia còn mê hàng hiệu."
    assert extract_provinces("Đại gia", gossip).mentioned == ["Hồ Chí Minh"]
    beach = "Người mẫu chụp ảnh trên bãi biển của Vũng Tàu."  # the guidelines' alias
    assert extract_provinces("Bộ ảnh mới", beach).mentioned == ["Bà Rịa - Vũng Tàu"]


def test_a_caption_in_the_opening_names_no_local_actor() -> None:
    """A photo caption's "tỉnh X" ("Trong ảnh là một nhà máy tại KCN Cái Mép, tỉnh Bà
    Rịa-Vũng Tàu. Ảnh minh họa: …") says where a picture was taken: it does not make a
    ministry's national report local news."""
    from indexer.facets.provinces import extract_provinces

    body = (
        "Theo Bộ Kế hoạch và Đầu tư, vốn đầu tư vào các khu công nghiệp trên cả nước tăng "
        "mạnh trong 6 tháng. Trong ảnh là một nhà máy tại KCN Cái Mép, tỉnh Bà Rịa-Vũng "
        "Tàu. Ảnh minh họa: Quốc Hùng\n"
        "Dự án của Kolon tại KCN Bàu Bàng, tỉnh Bình Dương có vốn 220 triệu USD."
    )
    assert extract_provinces("Vốn đầu tư rót vào KCN tăng mạnh", body).about == []


def test_a_jurys_head_holds_no_office() -> None:
    """ "Trưởng Ban giám khảo" heads an award's jury, no public body; "Trưởng ban Tổ chức
    Tỉnh ủy" heads a Party board."""
    body = (
        "GS-TSKH Nguyễn Thiện Phúc - Trưởng Ban giám khảo lĩnh vực cơ khí - cho biết.\n"
        "Ông Lê Văn An, Trưởng ban Tổ chức Tỉnh ủy, trao giải."
    )
    assert _roles_of(body, "Giải thưởng") == {"Lê Văn An": "Trưởng ban Tổ chức Tỉnh ủy"}


def test_a_peoples_councils_delegates_in_its_session() -> None:
    """In news of a People's Council's session, "đại biểu X" is a council delegate, an
    elected official, as in the Assembly's; with no session a name after "đại biểu" is
    no one's title."""
    body = (
        "Tại kỳ họp bất thường của HĐND TP HCM về bảo vệ môi trường, đại biểu Võ Thanh "
        "Luân đề nghị có chế tài. Còn đại biểu Nguyễn Mạnh Trí đề xuất hỗ trợ các hộ dân."
    )
    assert _roles_of(body, "Chất vấn về rác") == {
        "Võ Thanh Luân": "Đại biểu HĐND",
        "Nguyễn Mạnh Trí": "Đại biểu HĐND",
    }
    meeting = "Tại hội nghị, đại biểu Võ Thanh Luân đề nghị có chế tài với hộ dân."
    assert _roles_of(meeting, "Hội nghị môi trường") == {}


def test_a_division_head_of_a_department_whose_division_is_unnamed() -> None:
    """ "Phó Trưởng phòng Cục Quản lý cạnh tranh": a division's head at a department,
    the division unnamed; a firm's "Trưởng phòng" stays out."""
    body = (
        "Các thành viên gồm ông: Lê Đức Minh, Phó Trưởng phòng Cục Quản lý cạnh tranh; "
        "Trần Hồng Dương, Phó Trưởng phòng Cục Quản lý thị trường.\n"
        "Ông Phạm Văn Hải, Trưởng phòng Công ty Cổ phần Sông Đà, cho biết."
    )
    assert _roles_of(body, "Đoàn kiểm tra") == {
        "Lê Đức Minh": "Phó Trưởng phòng Cục Quản lý cạnh tranh",
        "Trần Hồng Dương": "Phó Trưởng phòng Cục Quản lý thị trường",
    }


def test_the_head_of_an_education_departments_testing_division() -> None:
    """ "Trưởng phòng Khảo thí …" heads a division of a provincial education department,
    which the corpus names it for every time."""
    body = (
        "Ông Nguyễn Hữu Tài, Trưởng phòng Khảo thí - Công nghệ Thông tin tỉnh Tây Ninh - "
        "cho biết điểm thi sẽ được công bố sớm."
    )
    assert _roles_of(body, "Điểm thi") == {
        "Nguyễn Hữu Tài": "Trưởng phòng Khảo thí - Công nghệ Thông tin tỉnh Tây Ninh"
    }


def test_the_police_abbreviated_ca_catp_caq() -> None:
    """ "Trưởng CA quận Hoàn Kiếm", "Trưởng CAQ …", "Phó Giám đốc CATP": the police by
    their abbreviation; a "trưởng ca" heads a shift."""
    body = (
        "Ông Hà Mạnh Hùng - Trưởng CA quận Hoàn Kiếm cho hay đã xử lý.\n"
        "Đại tá Nguyễn Văn Cương, Phó Giám đốc CATP cùng đoàn kiểm tra.\n"
        "Anh Nguyễn Văn Bình, trưởng ca trực nhà máy, cho biết."
    )
    assert _roles_of(body, "Phe vé") == {
        "Hà Mạnh Hùng": "Trưởng CA quận Hoàn Kiếm",
        "Nguyễn Văn Cương": "Phó Giám đốc CATP",
    }


def test_va_and_a_rank_bring_in_another_person() -> None:
    """ "A - Giám đốc Công an tỉnh và Đại tá B - Phó Giám đốc …": "và" and a rank end A's
    role and bring in B, whose own title follows; "Ủy viên BTV Tỉnh ủy" is a title."""
    body = (
        "Đại tá Lê Văn Tam - Giám đốc Công an tỉnh và Đại tá Lê Thanh Hải - Phó Giám đốc "
        "Công an tỉnh chúc mừng.\n"
        "Phương nhắn tin cho ông Nguyễn Tử Quỳnh – Chủ tịch tỉnh Bắc Ninh và Đại tá Phạm "
        "Hồng Sơn - Ủy viên BTV Tỉnh ủy, Giám đốc Công an tỉnh Bắc Ninh."
    )
    assert _roles_of(body, "Bổ nhiệm") == {
        "Lê Văn Tam": "Giám đốc Công an tỉnh",
        "Lê Thanh Hải": "Phó Giám đốc Công an tỉnh",
        "Nguyễn Tử Quỳnh": "Chủ tịch tỉnh Bắc Ninh",
        "Phạm Hồng Sơn": "Ủy viên BTV Tỉnh ủy",
    }


def test_an_assembly_committee_named_with_commas_or_lower_case_words() -> None:
    """The Assembly's committees' names hold commas and lower-case words ("Ủy ban Tài
    chính, Ngân sách", "Ủy ban về các vấn đề xã hội"), and the title reads their first
    words ("Chủ nhiệm Ủy ban"): the whole name is the role's, before or after the name."""
    body = (
        "Sáng nay, Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Lê Văn Khải trình bày "
        "báo cáo thẩm tra. Bà Đỗ Thị Hạnh, Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của "
        "Quốc hội, cho rằng cần sửa luật."
    )
    assert _roles_of(body, "") == {
        "Lê Văn Khải": "Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội",
        "Đỗ Thị Hạnh": "Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội",
    }


def test_an_assembly_committee_named_with_a_dash_for_its_and() -> None:
    """ "Ủy ban Khoa học, Công nghệ - Môi trường": the news writes the listed name's "và"
    as a dash, and the comma no longer ends the role."""
    body = "Chủ nhiệm Ủy ban Khoa học, Công nghệ - Môi trường Phan Văn A cho biết, cần sửa luật."
    assert _roles_of(body, "") == {
        "Phan Văn A": "Chủ nhiệm Ủy ban Khoa học, Công nghệ - Môi trường"
    }


def test_a_newspaper_told_after_an_aside_closes_employs_no_one() -> None:
    """ "ông A - Chủ tịch UBND huyện - khẳng định với PV báo X": the paper after the dash
    that closes the aside is the one he spoke to, not his employer; inside the aside it
    is ("…, Trưởng ban Bạn đọc báo Tin Mới, …")."""
    body = (
        "Thế nhưng trong khi ông Phan Công Lâm - Chủ tịch UBND huyện Ba Vì - khẳng định với "
        "PV Báo Lao Động rằng dự án phải dừng, khu nghỉ vẫn hoạt động. Nhà báo Đinh Văn Tú "
        "- Trưởng ban Bạn đọc báo Tin Mới - bị tạm giữ."
    )
    assert extract_facets("", body).officials == ["Phan Công Lâm"]


def test_an_office_of_our_province_outweighs_a_foreign_title_before_a_comma() -> None:
    """ "… của Chủ tịch Quốc hội Myanmar, ông A nhấn mạnh": the comma opens the next
    subject, and a man the article titles with an office of one of our provinces is no
    foreigner; one titled with a foreign office alone stays one."""
    body = (
        "Bí thư Thành ủy TP Hồ Chí Minh Lê Thiện Tâm tiếp Chủ tịch Thượng viện Myanmar. "
        "Chào mừng chuyến thăm của Chủ tịch Thượng viện, kiêm Chủ tịch Quốc hội Myanmar, "
        "ông Lê Thiện Tâm nhấn mạnh quan hệ hai nước. Trước đó, Phó Chủ tịch Quốc hội "
        "Myanmar, ông Mahn Win Khaing Than, đã thăm Hà Nội."
    )
    assert extract_facets("", body).officials == ["Lê Thiện Tâm"]


def test_money_to_be_put_in_is_a_planned_investment() -> None:
    """ "sẽ đầu tư tổng cộng 1,2 tỷ USD", "sẽ được đầu tư 2.000 tỷ đồng": what a firm or a
    project is to receive is a plan, whatever word sums it ("tổng cộng", "thêm")."""
    assert _values(
        "Theo đó, từ năm 2017, tập đoàn sẽ đầu tư tổng cộng 1,2 tỷ USD xây nhà máy tại tỉnh "
        "Bình Định. Sân bay Phù Cát sẽ được đầu tư 2.000 tỷ đồng để mở rộng nhà ga."
    ) == [
        ("investment", 1.2, "tỷ USD", "target"),
        ("investment", 2000.0, "tỷ đồng", "target"),
    ]


def test_a_capacity_counts_no_visitors() -> None:
    """ "công suất 25 triệu khách/năm", "đáp ứng được nhu cầu phục vụ 40 - 50 triệu lượt
    khách/năm": what a terminal can take, named or not, is no tourism figure; guests
    welcomed are."""
    assert _values(
        "Thủ tướng yêu cầu nâng cấp Tân Sơn Nhất, đáp ứng được nhu cầu phục vụ 40 - 50 triệu "
        "lượt khách/năm. Nhà ga T3 có công suất 10 triệu khách/năm. Năm 2016, tỉnh đón 3,5 "
        "triệu lượt khách."
    ) == [("tourism", 3.5, "triệu lượt", "actual")]


def test_a_year_written_bare_after_trong_is_a_period() -> None:
    """ "trong 2019" is "trong năm 2019" without its "năm": the year of a figure, as a
    year after "từ" or "tới" alone is not yet (a span up to now, counted or not)."""
    body = (
        "Tỷ lệ suy dinh dưỡng ở trẻ em giảm từ 34% trong 2000 xuống 24,3% trong 2019. "
        "Ước tính có 4.573 chiếc máy bay đã được chế tạo từ 1973 tới nay."
    )
    assert extract_facets("", body).years == [2000, 2019]


def test_the_new_school_year_is_a_school_year() -> None:
    """ "năm học mới 2017-2018" is "năm học 2017-2018" told as the coming one: both ends."""
    body = "Các trường chuẩn bị triển khai các hoạt động cho năm học mới 2017-2018."
    assert extract_facets("", body).years == [2017, 2018]


def test_a_police_or_ranger_stations_head_and_a_wards_police_told_short_hold_offices() -> None:
    """A traffic-police, border-control or ranger station's head or deputy ("Trạm phó Trạm
    CSGT") holds a public office, a commune clinic's does not ("Trạm trưởng Trạm Y tế": a
    public-service unit); a ward's or commune's police may be told "CAP", "CAX", and the
    ward's name after it is no person's ("Trưởng CAP Lý Thái Tổ")."""
    body = (
        "Theo Đại úy Lê Văn Mẫn, Trạm phó Trạm CSGT Thăng Bình, số xe vi phạm giảm.\n"
        "Ông Đinh Văn Hoàng, Trạm trưởng Trạm kiểm lâm Đakrông, cho hay.\n"
        "Ông Nguyễn Văn Sự, Trạm trưởng Trạm Y tế xã Gia Xuân, cho biết.\n"
        "Đại úy Phan Xuân Phúc - Phó trưởng CAP Hòa Thọ Đông biết được hoàn cảnh.\n"
        "Trung tá Hoàng Xuân Hiếu – Trưởng CAP Lý Thái Tổ cho biết."
    )
    assert extract_facets("Tin tức", body).officials == [
        "Lê Văn Mẫn",
        "Đinh Văn Hoàng",
        "Phan Xuân Phúc",
        "Hoàng Xuân Hiếu",
    ]


def test_the_place_of_a_titles_body_may_stand_in_brackets_before_the_name() -> None:
    """ "Phó Chủ tịch UBND huyện Mường Nhé (tỉnh Điện Biên) Thào A Dế": the bracket places
    the body, as "(Sở GTVT Gia Lai)" names its parent; a foreign country's bracket still
    makes the holder foreign ("Bộ trưởng Quốc phòng (Mỹ) James Mattis")."""
    body = (
        "Phó Chủ tịch UBND huyện Mường Nhé (tỉnh Điện Biên) Thào A Dế xác nhận vụ việc.\n"
        "Chủ tịch UBND phường Phú Thượng (quận Tây Hồ) Bùi Tuấn Dương cho biết.\n"
        "Trưởng Công an phường Hải Tân (TP Hải Dương), ông Nguyễn Đức Tùng xác nhận.\n"
        "Bộ trưởng Quốc phòng (Mỹ) James Mattis phát biểu."
    )
    assert extract_facets("Tin tức", body).officials == [
        "Thào A Dế",
        "Bùi Tuấn Dương",
        "Nguyễn Đức Tùng",
    ]


def test_a_firms_office_chief_holds_no_public_office() -> None:
    """ "Chánh Văn phòng" heads a state body's office ("Chánh Văn phòng UBND tỉnh"), a public
    office; a firm's office chief ("Chánh văn phòng Công ty Than Dương Huy") holds none."""
    body = (
        "Ông Nguyễn Hải Phi, Chánh Văn phòng Công ty than Dương Huy xác nhận vụ việc.\n"
        "Phó chánh văn phòng Tổng công ty Bảo hiểm Bưu điện Đàm Kiến Tín cho biết.\n"
        "Ông Nguyễn Văn An, Chánh Văn phòng UBND tỉnh Quảng Ninh, cho biết thêm."
    )
    assert extract_facets("Bục nước hầm lò", body).officials == ["Nguyễn Văn An"]


def test_a_family_name_inside_a_districts_name_starts_no_holders_name() -> None:
    """ "Chủ tịch UBND TP Đông Hà Nguyễn Chiến Thắng": "Hà" ends the city's name, not
    begins the chairman's; "Bí thư Huyện ủy Mộc Châu Hà Trung Chiến": "Châu" ends the
    district's. A person may share a district's whole name ("ông Ngô Quyền")."""
    body = (
        "Chủ tịch UBND TP Đông Hà Nguyễn Chiến Thắng là bị đơn trong vụ án.\n"
        "Bí thư Huyện ủy Mộc Châu Hà Trung Chiến đã đến thăm, động viên.\n"
        "Ông Ngô Quyền, Chủ tịch UBND xã, cho biết."
    )
    assert extract_facets("Tin tức", body).officials == [
        "Nguyễn Chiến Thắng",
        "Hà Trung Chiến",
        "Ngô Quyền",
    ]

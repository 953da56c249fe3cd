"""Answer cards: what a query names, and the figure answering it, from a real index of
made-up provincial reports (``tests/report_articles.py``) and through the API on both
backends."""

import json

import pytest

from search import SearchEngine, SearchRequest
from search.understand import understand
from web import create_app


@pytest.mark.parametrize(
    ("query", "indicator", "province", "year", "period"),
    [
        ("xuat khau binh duong 2019", "exports", "Bình Dương", 2019, None),
        ("Kim ngạch XK TP.HCM 6 tháng đầu năm 2019", "exports", "Hồ Chí Minh", 2019, "6 tháng"),
        ("GRDP Quảng Ninh", "grdp_growth", "Quảng Ninh", None, None),
        ("tang truong kinh te nghe an 2018", "grdp_growth", "Nghệ An", 2018, None),
        ("CPI Hà Nội tháng 5/2020", "cpi", "Hà Nội", 2020, "tháng 5"),
        ("quý I/2019 vốn FDI Sài Gòn", "fdi", "Hồ Chí Minh", 2019, "quý I"),
        (
            "thu ngân sách của tỉnh Cà Mau năm 2021 là bao nhiêu",
            "budget_revenue",
            "Cà Mau",
            2021,
            "năm",
        ),
        ("khach du lich kien giang tet 2017", "tourism", "Kiên Giang", 2017, "dịp Tết"),
        ("khách du lịch Bình Thuận Tết Đinh Dậu", "tourism", "Bình Thuận", 2017, "dịp Tết"),
        ("thu hút du khách Khánh Hòa dịp 30/4", "tourism", "Khánh Hòa", None, "dịp lễ"),
        ("doanh thu du lịch TT-Huế", "tourism", "Thừa Thiên Huế", None, None),
        # a month in words ("tháng năm" is May), the capital, the statistics' longer names
        ("xuat khau dong nai thang gieng 2017", "exports", "Đồng Nai", 2017, "tháng 1"),
        ("cpi thu do thang nam 2017", "cpi", "Hà Nội", 2017, "tháng 5"),
        ("chỉ số phát triển sản xuất công nghiệp Bắc Ninh", "iip", "Bắc Ninh", None, None),
        ("doanh thu ban le hang hoa can tho quy 1", "retail_sales", "Cần Thơ", None, "quý I"),
        # the indicator named twice, a year's figure asked "mỗi năm", power used
        ("dự án FDI Long An tổng vốn FDI", "fdi", "Long An", None, None),
        ("lượt du khách đến Lào Cai mỗi năm", "tourism", "Lào Cai", None, "năm"),
        ("tieu thu dien sai gon 2021", "power", "Hồ Chí Minh", 2021, None),
    ],
)
def test_a_question_is_read_typed_any_way(query, indicator, province, year, period):
    asked = understand(query)
    assert (asked.indicator, asked.province, asked.year, asked.period) == (
        indicator,
        province,
        year,
        period,
    )
    assert asked.question


def test_a_question_may_ask_for_a_plan_or_an_estimate():
    assert understand("mục tiêu xuất khẩu Huế năm 2025").kind == "target"
    assert understand("du toan thu ngan sach ha noi 2017").kind == "target"
    assert understand("xuất khẩu Bến Tre ước 6 tháng 2021").kind == "estimate"
    assert understand("xuất khẩu Bến Tre 2021").kind is None


@pytest.mark.parametrize(
    "query",
    [
        "xuất khẩu lao động Nghệ An",  # another subject that shares the words
        "du lịch Đà Nẵng lễ hội pháo hoa",  # more than the figure asked
        "kim ngạch xuất nhập khẩu Bến Tre",  # trade, not a catalogue indicator
        "xuất khẩu nhập khẩu Bến Tre 2017",  # two figures asked
        "xuất khẩu 2019",  # no province
        "Bến Tre",
    ],
)
def test_other_queries_ask_no_figure(query):
    assert not understand(query).question


def test_the_page_says_what_a_question_was_read_as_and_only_then(client):
    asked = client.get("/api/search?q=xuat+khau+lao+dong+tien+giang").get_json()
    assert asked["understood"]["indicator"] == "exports"
    assert asked["understood"]["question"] is False and asked["understood_parts"] == []
    page = client.get("/search?q=xuat+khau+tien+giang").get_data(as_text=True)
    assert "Tìm theo:" in page and "Kim ngạch xuất khẩu" in page
    abroad = client.get("/api/search?q=khach+quoc+te+Ha+Noi+2017").get_json()
    assert [part["label"] for part in abroad["understood_parts"]][1:] == [
        "khách quốc tế",
        "Hà Nội",
        "2017",
    ]
    visitors = client.get("/api/search?q=khach+du+lich+Ha+Noi").get_json()
    assert [part["label"] for part in visitors["understood_parts"]][1:] == ["Hà Nội"]


@pytest.fixture(scope="module")
def reports(reports_index):
    with SearchEngine(reports_index) as engine:
        yield engine


def _answer(engine, query: str) -> dict | None:
    return engine.search(SearchRequest(query))["answer"]


def test_a_figure_from_one_article(reports):
    answer = _answer(reports, "thu ngan sach ca mau 2021")
    assert (answer["value"], answer["unit"], answer["year"], answer["kind"]) == (
        5200.0,
        "tỷ đồng",
        2021,
        "actual",
    )
    assert answer["source"]["id"] == "report-cm-2021"
    assert answer["source"]["url"] == "https://example.gov.vn/cm-2021"
    assert "5.200 tỷ đồng" in answer["text"]
    assert answer["other_sources"] == [] and answer["conflicts"] == []
    assert answer["series"] is None  # a year was asked


def test_articles_reporting_one_figure_in_other_scales_agree(reports):
    answer = _answer(reports, "xuat khau ben tre 2019")
    assert answer["value_normalised"] == 1200.0 and answer["unit_normalised"] == "triệu USD"
    sources = {answer["source"]["id"], *(s["id"] for s in answer["other_sources"])}
    assert sources == {"report-bt-2019a", "report-bt-2019b"}
    assert answer["source"]["id"] == "report-bt-2019b"  # the newer article first
    assert answer["conflicts"] == []


def test_different_figures_for_one_period_are_shown_side_by_side(reports):
    answer = _answer(reports, "Xuất khẩu Bến Tre năm 2021")
    shown = {answer["value_normalised"], *(c["value_normalised"] for c in answer["conflicts"])}
    assert shown == {1500.0, 1620.0}
    assert answer["source"]["id"] == "report-bt-2021b"


def test_without_a_year_the_newest_answers_with_a_series(reports):
    answer = _answer(reports, "kim ngạch xuất khẩu Bến Tre")
    assert answer["year"] == 2021
    assert [(p["year"], p["value_normalised"]) for p in answer["series"]] == [
        (2019, 1200.0),
        (2020, 1350.0),
        (2021, 1620.0),
    ]
    assert answer["series"][1]["source"]["id"] == "report-bt-2020"


@pytest.mark.parametrize(
    "query",
    ["xuất khẩu Bến Tre 2015", "xuất khẩu Cà Mau", "xuất khẩu lao động Bến Tre", "Bến Tre"],
)
def test_no_card_without_evidence_or_a_question(reports, query):
    result = reports.search(SearchRequest(query))
    assert result["answer"] is None


def test_only_the_first_page_carries_the_card(reports):
    assert reports.search(SearchRequest("xuất khẩu Bến Tre", page=2))["answer"] is None


def test_both_backends_answer_alike(client):
    """The seeds report Tiền Giang's exports; the sample index is on both backends."""
    data = client.get("/api/search?q=xuat+khau+tien+giang").get_json()
    assert data["understood"] == {
        "indicator": "exports",
        "province": "Tiền Giang",
        "year": None,
        "period": None,
        "kind": None,
        "unit": None,
        "question": True,
    }
    answer = data["answer"]
    assert answer["indicator"] == "exports" and answer["province"] == "Tiền Giang"
    assert answer["source"]["id"].startswith("00")  # a seed
    assert answer["unit_normalised"] == "triệu USD"
    parts = [part["label"] for part in data["understood_parts"]]
    assert parts == ["Kim ngạch xuất khẩu", "Tiền Giang"]
    assert "province=Ti%E1%BB%81n+Giang" in data["understood_parts"][1]["url"]


def _row(
    value: float,
    unit: str,
    period: str | None,
    kind: str,
    document: str = "a",
    indicator: str = "tourism",
    text: str = "…",
) -> dict:
    from search.indicators import comparable

    stored = {"indicator": indicator, "value": value, "unit": unit, "change_pct": None}
    return {
        **comparable({**stored, "year": 2017, "kind": kind, "period": period, "text": text}),
        "document": document,
        "title": document,
        "url": None,
        "published": None,
        "provinces": ["Lâm Đồng"],
        "years": [2017],
    }


def test_a_total_answers_before_its_parts_and_a_summed_period_before_a_month():
    from search.answers import answer_card

    total = _row(3.0, "triệu lượt", "6 tháng", "estimate")
    foreign = _row(204_000.0, "lượt", "6 tháng", "actual")  # "khách quốc tế", a part
    june = _row(600_000.0, "lượt", "tháng 6", "actual", document="b")
    asked = understand("khach du lich lam dong 2017")
    answer = answer_card(asked, [foreign, june, total])
    assert (answer["value"], answer["unit"], answer["period"]) == (3.0, "triệu lượt", "6 tháng")
    assert answer["conflicts"] == []  # a part in the same article is no disagreement
    assert (
        answer_card(understand("khach du lich lam dong thang 6 2017"), [total, june])["value"]
        == 600_000.0
    )


def test_a_projects_cost_does_not_answer_the_provinces_investment():
    from search.answers import answer_card

    project = _row(11_850.0, "tỷ đồng", None, "actual", "p", "investment", "Tổng mức đầu tư dự án")
    total = _row(23_924.0, "tỷ đồng", None, "actual", "t", "investment", "vốn đầu tư toàn xã hội")
    asked = understand("vốn đầu tư toàn xã hội Lâm Đồng 2017")
    assert answer_card(asked, [project, total])["value"] == 23_924.0
    assert answer_card(asked, [project]) is None


def test_revenue_asked_is_answered_in_money_and_visitors_asked_in_visitors():
    """Tourism holds two measures: "doanh thu du lịch" asks for the amount in đồng."""
    from search.answers import answer_card

    visitors = _row(1.1, "triệu lượt", "quý I", "actual", document="v")
    revenue = _row(950.0, "tỷ đồng", "quý I", "actual", document="r")
    revenue_asked = understand("doanh thu du lich lam dong quy 1 2017")
    assert revenue_asked.unit == "tỷ đồng"
    assert answer_card(revenue_asked, [visitors, revenue])["value"] == 950.0
    assert answer_card(revenue_asked, [visitors]) is None
    visitors_asked = understand("khách du lịch Lâm Đồng quý I/2017")
    assert answer_card(visitors_asked, [revenue, visitors])["value"] == 1.1


def test_visitors_from_abroad_answer_only_a_question_of_them():
    """ "khách quốc tế" asks for visitors from abroad only (``international`` values);
    all visitors are asked by "khách du lịch", which such a count does not answer."""
    from search.answers import answer_card

    everyone = _row(1.1, "triệu lượt", "quý I", "actual", document="v")
    abroad = {**_row(0.2, "triệu lượt", "quý I", "actual", document="q"), "international": True}
    asked = understand("khach quoc te den Lam Dong quy 1 2017")
    assert (asked.indicator, asked.unit, asked.question) == ("tourism", "lượt khách quốc tế", True)
    assert answer_card(asked, [everyone, abroad])["value"] == 0.2
    assert answer_card(asked, [everyone]) is None
    all_visitors = understand("khách du lịch Lâm Đồng quý I/2017")
    assert answer_card(all_visitors, [abroad, everyone])["value"] == 1.1
    assert answer_card(all_visitors, [abroad]) is None


def test_one_products_or_markets_trade_answers_no_question_of_all_trade():
    """A figure of trade with one market or of one product group ("nhập khẩu từ Nga",
    kept where the title names it) is no answer to the province's imports."""
    from search.answers import answer_card

    russia = {
        **_row(146.0, "triệu USD", "năm", "actual", document="r", indicator="imports"),
        "product": "Nga",
    }
    total = _row(9.5, "tỷ USD", "năm", "actual", document="t", indicator="imports")
    asked = understand("nhap khau Lam Dong 2017")
    assert answer_card(asked, [russia]) is None
    assert answer_card(asked, [russia, total])["value"] == 9.5


def test_without_a_year_one_later_month_does_not_stand_for_the_year():
    from search.answers import answer_card

    half = _row(2.4, "triệu lượt", "6 tháng", "actual", document="h")
    month = {**_row(0.3, "triệu lượt", "tháng 8", "actual", document="m"), "year": 2018}
    answer = answer_card(understand("khach du lich lam dong"), [month, half])
    assert (answer["year"], answer["value"]) == (2017, 2.4)
    assert answer_card(understand("khach du lich lam dong"), [month])["year"] == 2018


def test_a_years_flow_smaller_than_a_part_of_that_year_answers_nothing():
    """Visitors, money and energy add up over a year: a "year" figure smaller than the
    province's January measures something narrower (a cruise port's guests); a plan or
    a capacity is no such sum."""
    from search.answers import answer_card

    port = _row(37_000.0, "lượt", "năm", "actual", document="p")
    january = _row(229_600.0, "lượt", "tháng 1", "actual", document="j")
    plan = _row(100_000.0, "lượt", "năm", "target", document="t")
    asked = understand("khach du lich lam dong 2017")
    assert answer_card(asked, [port, january])["value"] == 229_600.0
    assert answer_card(understand("khach du lich lam dong nam 2017"), [port, january]) is None
    assert (
        answer_card(understand("muc tieu khach du lich lam dong 2017"), [plan, january])["value"]
        == 100_000.0
    )
    capacity = _row(50.0, "MW", "năm", "actual", "c", "power")
    june = _row(60.0, "MW", "tháng 6", "actual", "m", "power")
    assert answer_card(understand("cong suat dien lam dong 2017"), [capacity, june]) is not None


def test_a_holidays_figure_answers_no_month_or_year():
    """ "7 ngày Tết … đón gần 100.000 lượt khách" in a January report is the holiday's:
    it answers a question of the holiday only."""
    from search.answers import answer_card
    from search.indicators import periods_in

    holiday_period = periods_in("Tháng 1/2017 có Tết. Trong 7 ngày Tết, toàn tỉnh đón")[-1][1]
    holiday = _row(100_000.0, "lượt", holiday_period, "actual", document="t")
    january = _row(229_600.0, "lượt", "tháng 1", "actual", document="j")
    asked = understand("khach du lich lam dong thang 1 2017")
    assert answer_card(asked, [holiday, january])["value"] == 229_600.0
    assert answer_card(asked, [holiday]) is None
    assert answer_card(understand("khach du lich lam dong 2017"), [holiday]) is None
    asked_holiday = understand("khach du lich lam dong tet 2017")
    assert answer_card(asked_holiday, [holiday, january])["value"] == 100_000.0


def test_a_figure_over_several_years_answers_no_years_question():
    """An average or a total over a span ("bình quân giai đoạn 2011-2016", "hơn 25 năm
    qua") is no year's figure: shown as the year's it would be a wrong card; a
    superlative over years ("cao nhất trong 10 năm qua") leaves the period as it was."""
    from search.answers import answer_card
    from search.indicators import periods_in

    span = periods_in("Bình quân giai đoạn 2011-2016, GRDP của tỉnh tăng")[-1][1]
    average = {**_row(11.5, "%", span, "actual", "a", "grdp_growth", "GRDP"), "year": 2016}
    assert answer_card(understand("grdp lam dong"), [average]) is None
    assert answer_card(understand("grdp lam dong 2016"), [average]) is None
    year = {**_row(8.1, "%", "năm", "actual", "y", "grdp_growth", "GRDP"), "year": 2016}
    assert answer_card(understand("grdp lam dong"), [average, year])["value"] == 8.1
    half = periods_in("6 tháng đầu năm, GRDP tăng cao nhất trong 10 năm qua")[-1][1]
    assert half == "6 tháng"


def test_a_rate_per_day_or_month_answers_no_years_question():
    """ "3,2 triệu đồng/người/tháng" is a month's income, "80 triệu kWh/ngày" a day's
    use: shown as the year's figure either would be a wrong card."""
    from indexer.facets.indicators import extract_indicators
    from search.answers import answer_card
    from search.indicators import comparable

    body = (
        "Năm 2016, thu nhập bình quân đầu người của tỉnh Lâm Đồng đạt 3,2 triệu "
        "đồng/người/tháng. Sản lượng điện tiêu thụ đạt 8 triệu kWh/ngày."
    )
    values = extract_indicators(body, 2016)
    assert [v["period"] for v in values] == ["mỗi tháng", "mỗi ngày"]
    source = {"document": "a", "title": "a", "url": None, "published": None, "years": [2016]}
    rows = [{**comparable(v), **source, "provinces": ["Lâm Đồng"]} for v in values]
    assert answer_card(understand("thu nhap binh quan lam dong 2016"), rows) is None
    assert answer_card(understand("san luong dien lam dong"), rows) is None
    yearly = [{**row, "period": "năm"} for row in rows]
    assert answer_card(understand("thu nhap binh quan lam dong 2016"), yearly)["value"] == 3.2


def test_a_horizon_named_before_dates_only_targets():
    """ "dự báo đến năm 2030" in the sentence before is the forecast's year, not that of
    the visitors the place has "hiện nay"; the forecast after them keeps it."""
    from indexer.facets.indicators import extract_indicators

    body = (
        "Dân số hiện nay khoảng 283.000 người, dự báo đến năm 2030 sẽ có 370.000 người. "
        "Du lịch hiện nay có khoảng 0,6 triệu lượt khách, dự báo đến năm 2030 sẽ thu hút "
        "khoảng 1 triệu lượt khách."
    )
    now, forecast = extract_indicators(body, 2017)
    assert (now["value"], now["year"], now["kind"]) == (0.6, 2017, "actual")
    assert (forecast["value"], forecast["year"], forecast["kind"]) == (1.0, 2030, "target")


def test_an_undated_articles_figures_are_of_its_latest_date():
    """An archive article without a date is of its latest dated event or document (the
    card had dated its visitors by its newest year, a 2030 forecast)."""
    from indexer.facets import extract_facets

    body = (
        "Quy hoạch được phê duyệt theo Quyết định số 438/QĐ-TTg ngày 7/4/2017. Du lịch hiện "
        "nay có khoảng 0,6 triệu lượt khách, dự báo đến năm 2030 sẽ thu hút 1 triệu lượt khách."
    )
    now, forecast = extract_facets("Hà Giang quy hoạch du lịch", body).indicator_values
    assert (now["year"], forecast["year"], forecast["kind"]) == (2017, 2030, "target")


def test_a_tet_named_by_its_lunar_year_dates_its_figures():
    """An undated article's "Tết Nguyên đán Đinh Dậu" is the Tết of 2017."""
    from indexer.facets.indicators import extract_indicators

    body = "Trong dịp Tết Nguyên đán Đinh Dậu, toàn tỉnh đón khoảng 180.000 lượt khách."
    [value] = extract_indicators(body, None)
    assert (value["value"], value["period"], value["year"]) == (180_000.0, "dịp Tết", 2017)


def test_a_total_to_date_answers_only_a_question_naming_no_year_and_no_flow():
    """ "Tính đến nay, tỉnh có 69 dự án FDI, tổng vốn đăng ký 783 triệu USD" is every
    year's capital summed, no year's flow: it answers "fdi lam dong" when the articles
    give no year's figure (an older year's flow answers first), never "… 2017"."""
    from search.answers import answer_card
    from search.indicators import periods_in

    to_date = periods_in("Tính đến hết năm 2016, tỉnh có 370 dự án FDI")[-1][1]
    stock = _row(783.0, "triệu USD", to_date, "actual", "s", "fdi", "tổng vốn đăng ký")
    flow = {
        **_row(120.0, "triệu USD", "năm", "actual", "f", "fdi", "thu hút vốn FDI"),
        "year": 2016,
    }
    answer = answer_card(understand("fdi lam dong"), [stock])
    assert (answer["value"], answer["period"]) == (783.0, "lũy kế")
    assert answer_card(understand("fdi lam dong"), [stock, flow])["value"] == 120.0
    assert answer_card(understand("fdi lam dong 2017"), [stock]) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a month before "du khách" is a date, no visitor count
            "Tháng 3 du khách tới Buôn Ma Thuột được thưởng thức cà phê miễn phí.",
            [],
        ),
        (  # a forecast of a coming holiday is a plan
            "Dự báo lượng khách đến tỉnh trong dịp lễ 30/4 sắp tới đạt khoảng 5.000 lượt khách.",
            [("tourism", 5000.0, "target")],
        ),
        (  # a forecast for a later year is a plan
            "Hiện có 0,6 triệu lượt khách/năm, dự báo đến năm 2030 sẽ thu hút 1,1 triệu "
            "lượt khách.",
            [("tourism", 0.6, "actual"), ("tourism", 1.1, "target")],
        ),
        (  # capital of domestic projects beside foreign ones is no FDI
            "Tỉnh có 370 dự án đầu tư nước ngoài với vốn đăng ký 3,49 tỷ USD, và 1.097 dự án "
            "đầu tư trong nước vốn đăng ký trên 4 tỷ USD.",
            [("fdi", 3.49, "actual")],
        ),
    ],
)
def test_what_a_figure_beside_an_indicator_word_is_not(sentence, expected):
    from indexer.facets.indicators import extract_indicators

    found = extract_indicators(sentence, None)  # undated: no later year makes a plan
    assert [(v["indicator"], v["value"], v["kind"]) for v in found] == expected


def test_a_plan_answers_only_a_question_asking_for_one_or_naming_its_year():
    """A year's plan holds a longer period than January's result, but a reader asking
    what was reported gets the result; a later year's plan does not make that year; a
    question naming no year and asking for no plan is not answered by plans alone (in
    the card audit most such plans were not the province's own)."""
    from search.answers import answer_card

    january = _row(229_600.0, "lượt", "tháng 1", "actual", document="j")
    plan = _row(3.3, "triệu lượt", "năm", "target", document="p")
    later_plan = {**_row(3.6, "triệu lượt", "năm", "target", document="l"), "year": 2018}
    assert answer_card(understand("khach du lich lam dong 2017"), [plan, january])["value"] == (
        229_600.0
    )
    no_year = answer_card(understand("khach du lich lam dong"), [later_plan, plan, january])
    assert (no_year["year"], no_year["value"]) == (2017, 229_600.0)
    assert (
        answer_card(understand("muc tieu khach du lich lam dong 2017"), [plan, january])["value"]
        == 3.3
    )
    assert answer_card(understand("khach du lich lam dong"), [later_plan]) is None
    assert answer_card(understand("khach du lich lam dong 2018"), [later_plan])["value"] == 3.6
    assert answer_card(understand("muc tieu khach du lich lam dong"), [later_plan])["year"] == 2018


def test_the_countrys_figure_does_not_answer_for_a_province():
    """ "GDP chỉ đạt 5,1%" in a Hồ Chí Minh article is the country's growth (read so when
    indexed); "GRDP" or "GDP của tỉnh" is the province's."""
    from search.answers import answer_card

    texts = ("GDP quý I chỉ đạt 5,1%", "GDP của tỉnh quý I đạt 7,2%")
    country, own = (
        {**_row(v, "%", "quý I", "actual", d, "grdp_growth", t), **_values_read(t)}
        for v, d, t in zip((5.1, 7.2), "co", texts, strict=True)
    )
    asked = understand("tăng trưởng kinh tế Lâm Đồng quý I/2017")
    assert (country["country"], own["country"]) == (True, False)
    assert answer_card(asked, [country, own])["value"] == 7.2
    assert answer_card(asked, [country]) is None


def test_a_companys_figure_does_not_answer_for_a_province():
    """Honda Việt Nam's exports in its fiscal year, in a Hà Nội article, are the
    company's; the province's own stated beside them answer."""
    from search.answers import answer_card

    texts = (
        "Công ty Honda Việt Nam tăng 2% so với năm tài chính 2016 với kim ngạch xuất khẩu "
        "đạt 299 triệu USD",
        "Kim ngạch xuất khẩu trên địa bàn tỉnh đạt 900 triệu USD",
    )
    company, own = (
        {**_row(v, "triệu USD", None, "actual", d, "exports", t), **_values_read(t)}
        for v, d, t in zip((299.0, 900.0), "co", texts, strict=True)
    )
    asked = understand("xuat khau lam dong 2017")
    assert (company["company"], own["company"]) == (True, False)
    assert answer_card(asked, [company, own])["value"] == 900.0
    assert answer_card(asked, [company]) is None


def _values_read(text: str) -> dict:
    """Whose the extractor reads a sentence's figure as, but its numbers."""
    from indexer.facets import extract_facets

    (value,) = extract_facets("", text).indicator_values
    return {"country": value["country"], "company": value["company"]}


def test_a_figure_answers_for_the_province_its_sentence_names():
    """A national report lists provinces' figures ("như Thái Nguyên tăng 13,6%, Hải
    Phòng tăng 12%"): each answers its province's question, though the article is about
    no province, and for no other (not the article's, "Lâm Đồng" here); a figure
    compared with another province's ("sau Bình Dương") stays the article's."""
    from indexer.facets import extract_facets
    from search.answers import answer_card
    from search.results import indicator_rows

    listed = "IIP tháng 1/2017 của các địa phương như Thái Nguyên tăng 13,6%, Hải Phòng tăng 12%."
    ranked = "IIP tháng 1/2017 đứng thứ hai sau Bình Dương với mức tăng 9,5%."

    def rows(text: str, about: list[str], places: set[str] | None = None) -> list[dict]:
        values = extract_facets("", text).indicator_values
        meta = {"indicator_values": values, "provinces": about, "years": [2017]}
        return indicator_rows([{"id": "a", "meta": meta}], {"iip"}, places)

    national = rows(listed, [])
    assert {(r["value"], *r["provinces"]) for r in national} == {
        (13.6, "Thái Nguyên"),
        (12.0, "Hải Phòng"),
    }
    assert answer_card(understand("iip thai nguyen thang 1/2017"), national)["value"] == 13.6
    assert answer_card(understand("IIP Hải Phòng tháng 1/2017"), national)["value"] == 12.0
    lam_dong = understand("chỉ số sản xuất công nghiệp Lâm Đồng tháng 1/2017")
    assert answer_card(lam_dong, rows(listed, ["Lâm Đồng"])) is None
    assert answer_card(lam_dong, rows(ranked, ["Lâm Đồng"]))["value"] == 9.5
    assert [r["provinces"] for r in rows(listed, [], {"Hải Phòng"})] == [["Hải Phòng"]]
    respectively = (
        "IIP tháng 1/2017 của các địa phương tăng từ 5% đến 20,5%; trong đó Đà Nẵng, Thái "
        "Nguyên tăng lần lượt 10,8%, 17%."
    )
    da_nang = understand("IIP Đà Nẵng tháng 1/2017")
    assert answer_card(da_nang, rows(respectively, []))["value"] == 10.8
    led_in = "Về động lực tăng trưởng, tại TP Hồ Chí Minh, IIP tháng 1/2017 tăng 7,46%."
    hcm = understand("IIP TP.HCM tháng 1/2017")
    assert answer_card(hcm, rows(led_in, []))["value"] == 7.46


def test_a_figure_naming_no_province_in_an_article_about_several_answers_none_of_them():
    """An article about several provinces (compensation paid to four, a holiday in three)
    may report a ministry's or a company's figure naming none of them: whose it is is
    not known, so it answers no province's question; one its sentence names, even
    outside its clause, answers that province's."""
    from indexer.facets import extract_facets
    from search.answers import answer_card
    from search.results import indicator_rows

    def rows(text: str, about: list[str]) -> list[dict]:
        values = extract_facets("", text).indicator_values
        meta = {"indicator_values": values, "provinces": about, "years": [2017]}
        return indicator_rows([{"id": "a", "meta": meta}], {"budget_revenue"})

    unnamed = "Trong tháng 1/2017, thu ngân sách Nhà nước ước đạt 97,4 nghìn tỷ đồng."
    named = "Nhờ du lịch, Quảng Trị có thêm nguồn thu, thu ngân sách tháng 1/2017 đạt 300 tỷ đồng."
    asked = understand("thu ngân sách Quảng Trị tháng 1/2017")
    assert answer_card(asked, rows(unnamed, ["Quảng Trị"]))["value"] == 97_400.0
    assert answer_card(asked, rows(unnamed, ["Quảng Trị", "Quảng Bình"])) is None
    assert answer_card(asked, rows(named, ["Quảng Trị", "Quảng Bình"]))["value"] == 300.0


def test_a_province_named_for_a_figure_holds_for_the_next_sentence_of_its_paragraph():
    """An article about one province may tell another's figures in a paragraph of their
    own: the next sentence's figure naming no place is still that province's ("… đến Hà
    Giang chỉ đạt 300 nghìn lượt. Sau 10 năm, … đã tăng lên 2 triệu lượt"), unless it
    says "của tỉnh" (the article's own province)."""
    from indexer.facets import extract_facets

    paragraph = (
        "Trước khi được công nhận, lượng du khách đến Lào Cai chỉ đạt khoảng 300 nghìn lượt "
        "mỗi năm. Sau 10 năm, lượng du khách đã tăng lên khoảng 2 triệu lượt mỗi năm.\n"
        "Kim ngạch xuất khẩu của Bình Dương đạt 5 tỷ USD. Kim ngạch xuất khẩu của tỉnh đạt 3 tỷ "
        "USD."
    )
    values = extract_facets("", paragraph).indicator_values
    assert [(v["value"], v["province"]) for v in values] == [
        (300.0, "Lào Cai"),
        (2.0, "Lào Cai"),
        (5.0, "Bình Dương"),
        (3.0, None),
    ]


def test_figures_that_are_not_the_provinces_year_answer_none_of_its_questions():
    """Figures in a province's article that are not the province's year: a district's,
    a town's, its industrial zones' or a resort's ("thu ngân sách của huyện", "khách
    đến với khu du lịch …", "du khách đến Hội An", "các khu công nghiệp … thu hút"), a
    project's, a cruise ship's, a firm's ("doanh thu xuất khẩu"), a sector's, a region's
    ("miền Nam"); visitors from abroad only ("khách quốc tế"); a count of one day, week
    or festival, or of a typical year ("mỗi năm"); a threshold; money lost, short or
    spent and a capacity under the indicator's words; a breakdown ("Trong đó …") of any
    of them. A purpose to reach by a later year is a plan of that year, as is a
    threshold after target words ("phấn đấu … từ 10% trở lên"), and "nâng tổng dự án lên
    …" or "Như vậy, đến nay, … thu hút" a stock to date, no year's flow. Each made a
    wrong card on questions drawn at random; the province's own figure beside them
    answers."""
    from indexer.facets import extract_facets
    from search.answers import answer_card
    from search.results import indicator_rows

    def card(query: str, text: str) -> dict | None:
        values = extract_facets("", text).indicator_values
        meta = {"indicator_values": values, "provinces": ["Quảng Nam"], "years": [2016]}
        asked = understand(query)
        return answer_card(asked, indicator_rows([{"id": "a", "meta": meta}], {asked.indicator}))

    not_the_provinces = (
        ("thu ngân sách Quảng Nam 2016", "Năm 2016, tổng thu ngân sách của huyện đạt 609 tỷ đồng."),
        ("khách du lịch Quảng Nam 2016", "Năm 2016, TP Hội An đón hơn 146.375 lượt du khách."),
        ("khách du lịch Quảng Nam 2016", "Năm 2016, khu du lịch Tam Đảo đón 35.000 lượt khách."),
        ("khách du lịch Quảng Nam 2016", "Năm 2016, riêng ngày 30/4 đã có 75.000 du khách."),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, lượng khách du lịch ước khoảng 70.200 lượt, tăng gấp 5 lần so với "
            "sáng cùng ngày.",
        ),
        (
            "doanh thu du lịch Quảng Nam 2016",
            "Năm 2016, doanh thu du lịch thiệt hại 1.800 tỉ đồng.",
        ),
        (
            "thu ngân sách Quảng Nam 2016",
            "Năm 2016, thu ngân sách không đạt do hụt thu 2.800 tỷ đồng.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, bến tàu có công suất phục vụ 250.000 khách du lịch.",
        ),
        (
            "xuất khẩu Quảng Nam 2016",
            "Năm 2016, kim ngạch xuất khẩu của ngành nông nghiệp đạt 17,1 tỉ USD.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, đã có 35.000 lượt khách đến với khu du lịch Tam Đảo - Tây Thiên.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, có 150.000 lượt du khách đến trong thời gian diễn ra Festival Biển.",
        ),
        ("khách du lịch Quảng Nam 2016", "Năm 2016. Mỗi năm tỉnh đón hơn 6 triệu lượt khách."),
        ("khách du lịch Quảng Nam 2016", "Năm 2016, có 5,2 triệu lượt khách quốc tế đến tỉnh."),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, tỉnh đón 4 triệu lượt khách; trong đó có 1 triệu lượt khách quốc tế.",
        ),
        (
            "vốn FDI Quảng Nam 2016",
            "Năm 2016. Như vậy, đến nay, tỉnh thu hút 35 dự án FDI, vốn đăng ký 1.740 triệu USD.",
        ),
        (
            "vốn FDI Quảng Nam 2016",
            "Năm 2016, các khu công nghiệp của tỉnh thu hút 35 dự án FDI, vốn 1.740 triệu USD.",
        ),
        (
            "vốn FDI Quảng Nam 2016",
            "Năm 2016, các khu công nghiệp thu hút 140 dự án, vốn đầu tư 64.300 tỷ đồng; trong "
            "đó, có 35 dự án FDI với vốn đăng ký 1.740 triệu USD.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, TP Hội An đón 146.375 lượt du khách. Trong đó có 8.420 lượt khách mua vé.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, TP Hội An đón 146.375 lượt khách; trong đó có 8.420 lượt khách mua vé.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, cũng trong ngày 30/4, có khoảng 11.000 du khách lên tàu tham quan vịnh.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, đã có 75.000 du khách đến Hội An vào ngày nghỉ lễ đầu tiên.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, lượng khách đến khu di tích Mỹ Sơn đạt 264.992 lượt.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, khu danh thắng Ngũ Hành Sơn đón trên 200.000 lượt du khách.",
        ),
        ("khách du lịch Quảng Nam 2016", "Năm 2016, phố cổ Hội An đã đón gần 700.000 lượt khách."),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, tỉnh đón 4 triệu lượt khách, riêng Hội An đón 2 triệu lượt khách.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, du thuyền Princess đã đến cảng Chu Lai (Quảng Nam) với 3.560 du khách.",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, điểm được công nhận phải đón khách du lịch 1 triệu lượt người trở lên.",
        ),
        (
            "vốn đầu tư phát triển Quảng Nam 2016",
            "Năm 2016, bộ cấp vốn đầu tư phát triển toàn xã hội cho dự án này thêm 10 tỷ đồng.",
        ),
        (
            "xuất khẩu Quảng Nam 2016",
            "Năm 2016, hãng sữa mở rộng ra thế giới với doanh thu xuất khẩu đạt 258 triệu USD.",
        ),
        (
            "công suất điện Quảng Nam 2016",
            "Năm 2016, sự cố làm hệ thống điện miền Nam mất toàn bộ (tổng công suất 9.400 MW).",
        ),
        (
            "khách du lịch Quảng Nam 2016",
            "Năm 2016, đón 4 triệu lượt. Để đón được 15 triệu lượt khách/năm đến năm 2030, "
            "tỉnh cần đầu tư.",
        ),
    )
    for query, text in not_the_provinces:
        shown = card(query, text)
        assert shown is None or shown["value"] == 4.0, (text, shown)
    assert card("khách du lịch Quảng Nam 2030", not_the_provinces[-1][1])["kind"] == "target"
    own = (
        "Năm 2016, thu ngân sách của tỉnh đạt 6.000 tỷ đồng, tổng thu ngân sách của huyện "
        "đạt 609 tỷ đồng."
    )
    assert card("thu ngân sách Quảng Nam 2016", own)["value"] == 6000.0
    stock = (
        "Năm 2016, tỉnh thu hút thêm 19 dự án đầu tư nước ngoài với tổng vốn đăng ký 546 triệu "
        "USD, nâng tổng dự án nước ngoài lên 301 dự án với tổng vốn đăng ký 26.679 triệu USD."
    )
    assert card("vốn FDI Quảng Nam 2016", stock)["value"] == 546.0
    plan = "Năm 2016, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt từ 10% trở lên."
    assert card("tăng trưởng kinh tế Quảng Nam 2016", plan)["kind"] == "target"


def test_random_questions_are_drawn_alike_and_judged_cards_are_counted_by_their_card():
    """The card audit asks the same questions for a seed, and a judged card counts only
    while the card shown is the very one judged (another figure is not judged yet)."""
    from eval.card_audit import JUDGED, key, questions, tally

    assert list(questions(13, 20)) == list(questions(13, 20)) != list(questions(14, 20))
    judged = [json.loads(line) for line in JUDGED.read_text("utf-8").splitlines()]
    assert {line["verdict"] for line in judged} == {"right", "wrong"}
    assert all(line.get("why") for line in judged if line["verdict"] == "wrong")
    assert len({key(line) for line in judged}) == len(judged)
    wrong = next(line for line in judged if line["verdict"] == "wrong")
    assert tally([wrong, {**wrong, "year": 1999}], judged) == {"wrong": 1, "not judged": 1}


def test_a_markets_figure_is_shown_as_that_markets_and_never_answers_for_the_province(
    reports_index,
):
    """Long An's exports to Japan (its title names the market) are kept with their market:
    the indicator page's table, its bar and the document's table say "thị trường Nhật
    Bản", and no card gives them as the province's exports."""
    app = create_app({"TESTING": True, "INDEX_DIR": str(reports_index)})
    client = app.test_client()
    try:
        rows = client.get("/api/indicators?indicator=exports&province=Long+An").get_json()
        assert [(v["value"], v["product"]) for v in rows["values"]] == [(320.0, "Nhật Bản")]
        page = client.get("/indicators/exports").get_data(as_text=True)
        assert '<td data-label="Phạm vi">thị trường Nhật Bản</td>' in page
        assert "Long An, thị trường Nhật Bản 2021" in page  # the bar's label
        document = client.get("/documents/report-la-2021").get_data(as_text=True)
        assert "Kim ngạch xuất khẩu (thị trường Nhật Bản)" in document
        answer = client.get("/api/search?q=xuất+khẩu+Long+An+2021").get_json()["answer"]
        assert answer is None
    finally:
        app.extensions["search_engine"].close()

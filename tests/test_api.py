import csv
import gzip
import html
import io
import re
import urllib.parse

import pytest

from search.collation import vietnamese_key
from search.indicators import INDICATORS

RESULT_KEYS = {
    "id",
    "title",
    "url",
    "published",
    "snippet",
    "score",
    "provinces",
    "years",
    "officials",
    "indicators",
}


def test_search_contract(client):
    response = client.get("/api/search?q=công+thương&province=Tiền+Giang&per_page=5")
    assert response.status_code == 200
    data = response.get_json()
    assert {"query", "total", "page", "per_page", "results", "facets"} <= set(data)
    assert data["query"] == "công thương" and data["page"] == 1 and data["per_page"] == 5
    assert data["total"] >= 1
    for result in data["results"]:
        assert set(result) >= RESULT_KEYS
        assert "Tiền Giang" in result["provinces"]
    assert set(data["facets"]) == {
        "province",
        "year",
        "official",
        "indicator",
        "province_2025",
        "province_mentioned",
    }
    for values in data["facets"].values():
        for value in values:
            assert {"value", "count", "selected"} <= set(value)
    selected = [v for v in data["facets"]["province"] if v["selected"]]
    assert [v["value"] for v in selected] == ["Tiền Giang"]
    assert all(isinstance(v["value"], int) for v in data["facets"]["year"])


def test_document_contract(client):
    data = client.get("/api/documents/003_9713efef0d945458").get_json()
    assert RESULT_KEYS - {"snippet", "score"} <= set(data)
    assert "body" in data and "Tiền Giang" in data["body"]
    assert {"official_roles", "indicator_values", "provinces_2025"} <= set(data)


@pytest.mark.parametrize(
    ("url", "status", "code", "words"),
    [
        ("/api/documents/no-such-id", 404, "not_found", "no document"),
        ("/api/search?page=abc", 400, "not_number", "page"),
        ("/api/search?per_page=10000", 400, "out_of_range", "per_page"),
        ("/api/search?per_page=-1", 400, "not_number", "per_page"),
        ("/api/search?year=abcd", 400, "not_year", "year"),
        ("/api/search?sort=best", 400, "not_allowed", "sort"),
        ("/api/search?from=2023-02-31", 400, "not_date", "from"),
        ("/api/search?q=" + "a" * 501, 400, "too_long", "at most 500 characters"),
        (
            "/api/search?" + "&".join(f"province=T{i}" for i in range(21)),
            400,
            "too_many_values",
            "at most 20 values",
        ),
        ("/api/search?official=" + "A" * 201, 400, "too_long", "at most 200 characters"),
        (
            "/api/search?" + "&".join(f"x{i}=1" for i in range(101)),
            400,
            "too_many_parameters",
            "at most 100 parameters",
        ),
        ("/api/nothing-here", 404, "not_found", ""),
    ],
)
def test_errors_are_json_with_a_stable_code(client, url, status, code, words):
    response = client.get(url)
    assert response.status_code == status
    assert response.is_json
    error = response.get_json()["error"]
    assert error["code"] == code and words in error["message"]


@pytest.mark.parametrize(
    ("args", "says", "retry"),
    [
        ({"q": "xuất khẩu " * 60}, "«Từ khóa» dài quá 500 ký tự", "q="),
        ({"q": "xuất khẩu", "from": "2023-13-01"}, "«Từ ngày» phải là một ngày hợp lệ", "q="),
        ({"q": "xuất khẩu", "page": "0"}, "«Trang» phải là số từ 1 đến", "q="),
        ({"q": "xuất khẩu", "year": "23"}, "«Năm báo cáo» phải là năm có 4 chữ số", "q="),
    ],
)
def test_page_errors_speak_vietnamese_and_keep_the_query(client, args, says, retry):
    response = client.get("/search", query_string=args)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert says in page and "at most" not in page and "expected" not in page
    box = re.search(r'<input id="q" name="q" type="search" value="([^"]*)"', page)
    assert box and html.unescape(box.group(1)) == args["q"]
    retry_link = re.search(r'<a href="([^"]+)">Tìm lại, bỏ phần không hợp lệ</a>', page)
    assert retry_link and retry in retry_link.group(1)
    assert client.get(html.unescape(retry_link.group(1))).status_code == 200


def test_articles_lacking_one_word_follow_few_results_and_say_which(client):
    api = client.get("/api/search?q=công+thương+Tiền+Giang+xuất+khẩu+gạo").get_json()
    assert api["nearly"] and all(hit["missing"] in api["words"] for hit in api["nearly"])
    page = client.get("/search?q=công+thương+Tiền+Giang+xuất+khẩu+gạo").get_data(as_text=True)
    section = page.split("Bài gần đúng: thiếu một từ khóa", 1)[1]
    first = api["nearly"][0]
    assert html.escape(first["title"]) in section and f"Thiếu: <s>{first['missing']}</s>" in section
    assert page.count("<h1") == 1


def test_unknown_pages_speak_vietnamese(client):
    page = client.get("/no-such-page").get_data(as_text=True)
    assert "Không có trang này" in page and "requested URL" not in page


CONTRACT_CALLS = [
    "/api/search?q=xuất+khẩu",
    "/api/search?q=tỉnh&province=Hà+Nội&year=2021&sort=date&page=2&per_page=5",
    "/api/search?q=tỉnh&from=2021-01-01&to=2020-12-31",
    "/api/search?q=tỉnh&from=2020-01-01&undated=include",
    "/api/search?q=hà+nộii+xuất+khẩu+2099",
    "/api/search?q=công+thương+Tiền+Giang+xuất+khẩu+gạo",  # nearly: lacking one word
    "/api/search?q=zzqqxx",
    "/api/search",
    "/api/facets/official?q=tỉnh",
    "/api/facets/province?order=name&contains=giang",
    "/api/indicators?indicator=exports",
    "/api/indicators?q=tỉnh",
    "/api/indicators?indicator=nonsense",
    "/api/documents/003_9713efef0d945458",
    "/api/documents/no-such-id",
    "/api/facets/nonsense",
    "/api/search?per_page=0",
    "/api/search?from=yesterday",
]


@pytest.fixture(scope="module")
def contract():
    from web.openapi import openapi_document

    return openapi_document()


@pytest.mark.parametrize("url", CONTRACT_CALLS)
def test_every_answer_keeps_the_openapi_contract(client, contract, url):
    from openapi_schema_validator import OAS30Validator, oas30_format_checker

    response = client.get(url)
    path = urllib.parse.urlsplit(url).path
    template = next(
        t for t in contract["paths"] if re.fullmatch(re.sub(r"\{\w+\}", "[^/]+", t), path)
    )
    answers = contract["paths"][template]["get"]["responses"]
    assert str(response.status_code) in answers, (url, response.status_code)
    schema = answers[str(response.status_code)]["content"]["application/json"]["schema"]
    OAS30Validator(schema, format_checker=oas30_format_checker).validate(response.get_json())


def test_openapi_lists_every_endpoint_and_indicator(client):
    spec = client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert set(spec["paths"]) == {
        "/api/search",
        "/api/facets/{name}",
        "/api/indicators",
        "/api/documents/{id}",
    }
    indicator = next(
        p for p in spec["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "indicator"
    )
    assert indicator["schema"]["items"]["enum"] == list(INDICATORS)


def test_the_csv_carries_the_indicator_values(client):
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get("/search.csv?indicator=exports").get_data(as_text=True).lstrip("\ufeff")
            )
        )
    )
    assert rows and all("Kim ngạch xuất khẩu:" in row["indicator_values"] for row in rows)


def test_user_text_is_escaped_everywhere(client):
    payload = "<script>alert(1)</script>"
    page = client.get("/search", query_string={"q": payload, "province": payload})
    assert page.status_code == 200
    assert b"<script>" not in page.data
    assert b"&lt;script&gt;" in page.data
    api = client.get("/api/search", query_string={"q": payload}).get_data(as_text=True)
    assert "<script>" not in api.replace('"query":"<script>alert(1)</script>"', "")


def test_pages_render_in_vietnamese(client):
    home = client.get("/")
    assert home.status_code == 200 and 'lang="vi"' in home.get_data(as_text=True)
    page = client.get("/search?q=xuat+khau&year=2023").get_data(as_text=True)
    assert "kết quả" in page and "Tỉnh, thành phố" in page
    doc = client.get("/documents/003_9713efef0d945458?q=tien+giang").get_data(as_text=True)
    assert "<mark>Tiền</mark> <mark>Giang</mark>" in doc
    assert client.get("/documents/nope").status_code == 404


def test_security_headers(client):
    headers = client.get("/search?q=a").headers
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "script-src" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def test_indicator_values_across_documents(client):
    data = client.get("/api/indicators?indicator=exports").get_json()
    assert data["documents"] >= 4
    assert data["values"] and {v["indicator"] for v in data["values"]} == {"exports"}
    row = next(v for v in data["values"] if v["document"] == "003_9713efef0d945458")
    assert {"value", "unit", "change_pct", "year", "kind", "text", "title"} <= set(row)
    assert row["provinces"] == ["Tiền Giang"]
    narrowed = client.get("/api/indicators?indicator=exports&province=Tiền+Giang").get_json()
    assert {v["document"] for v in narrowed["values"]} == {"003_9713efef0d945458"}


def test_indicator_values_carry_what_comparing_them_takes(client):
    values = client.get("/api/indicators?indicator=exports").get_json()["values"]
    assert {"value_normalised", "unit_normalised", "period", "measure"} <= set(values[0])
    in_billions = [v for v in values if v["unit"] == "tỷ USD"]
    assert in_billions
    for value in in_billions:
        assert value["unit_normalised"] == "triệu USD"
        assert value["value_normalised"] == pytest.approx(value["value"] * 1000)
    assert all(v["measure"] == "change" for v in values if v["unit"] == "%")


def test_the_indicator_page_compares_like_with_like(client):
    values = client.get("/api/indicators?indicator=exports").get_json()["values"]
    page = client.get("/indicators/exports").get_data(as_text=True)
    units = {v["unit_normalised"] for v in values if v["measure"] != "change"}
    assert page.count('<figure class="chart">') == len(units) + any(
        v["measure"] == "change" for v in values
    )
    assert "Quy đổi" in page and "thực hiện" in page
    amounts = re.findall(r'data-label="Giá trị">([^<]*)</td>', page)
    assert amounts and not any(a.strip().endswith("%") for a in amounts)


def test_province_on_the_2025_map_and_mentions_are_filters(client):
    data = client.get("/api/search?province_2025=Đồng+Tháp").get_json()
    ids = {r["id"] for r in data["results"]}
    assert "003_9713efef0d945458" in ids
    assert all(v["count"] > 0 for v in data["facets"]["province_mentioned"])


def test_empty_result_page_says_which_filter_to_drop(client):
    page = client.get("/search?q=xuất+khẩu&province=Tiền+Giang&year=2021").get_data(as_text=True)
    assert "Không tìm thấy kết quả" in page
    assert "bỏ «Năm báo cáo: 2021»" in page and "bỏ «Tỉnh, thành phố: Tiền Giang»" in page


def test_results_page_weighs_under_60_kb(client):
    page = client.get("/search?q=tỉnh")
    with client.get("/static/style.css") as css:
        css_bytes = len(css.data)
    assert len(page.data) + css_bytes <= 60 * 1024


def test_a_page_searched_as_typed_offers_the_suggestion(client):
    page = client.get("/search?q=hà+nộii&as_typed=1").get_data(as_text=True)
    link = re.search(r'Có phải bạn muốn tìm: <a href="([^"]+)">“Hà Nội”</a>', page)
    assert link and "as_typed" not in link.group(1)


def test_no_result_page_explains_relaxing(client):
    relaxed = client.get("/search?q=điện+gió+Bến+Tre+2099").get_data(as_text=True)
    assert "không có “2099”" in relaxed
    api = client.get("/api/search?q=điện+gió+Bến+Tre+2099").get_json()
    assert api["match"] == "relaxed" and api["relaxed"] == {"dropped": "2099"}


def test_a_fallback_to_syllables_is_said_on_the_page_and_in_the_api(client):
    """No sample article names the department, but every syllable is somewhere."""
    api = client.get("/api/search", query_string={"q": "Sở Ngoại vụ Bến Tre"}).get_json()
    assert api["match"] == "syllables" and api["total"] > 0
    assert api["words"] == ["Sở Ngoại vụ", "Bến Tre"]
    page = client.get("/search", query_string={"q": "Sở Ngoại vụ Bến Tre"}).get_data(True)
    assert "Không có bài nào chứa đúng cụm từ “Sở Ngoại vụ”, “Bến Tre”" in page
    words = client.get("/api/search", query_string={"q": "Bến Tre"}).get_json()
    assert words["match"] == "words"
    assert "chứa đúng cụm từ" not in client.get("/search?q=Bến+Tre").get_data(True)


@pytest.mark.parametrize("number", ["¹", "²⁰²³", "٣", "１"])
def test_non_ascii_digits_are_a_bad_request(client, number):
    for name in ("page", "per_page", "year"):
        response = client.get("/api/search", query_string={name: number})
        assert response.status_code == 400, (name, number)


def test_date_range_filters_whole_days_and_an_inverted_range_is_empty(client):
    dated = client.get("/api/search?q=tỉnh&sort=date&per_page=1").get_json()["results"][0]
    day = dated["published"][:10]
    same_day = client.get(f"/api/search?q=tỉnh&from={day}&to={day}&per_page=100").get_json()
    assert same_day["total"] >= 1
    assert all(r["published"][:10] == day for r in same_day["results"])
    inverted = client.get("/api/search?q=tỉnh&from=2024-01-02&to=2024-01-01")
    assert inverted.status_code == 200
    assert inverted.get_json()["total"] == 0


def test_the_way_back_from_a_document_keeps_the_whole_search(client):
    search = [("q", "tỉnh"), ("year", "2017"), ("sort", "date"), ("page", "2"), ("from", "")]
    page = client.get("/search", query_string=search).get_data(as_text=True)
    hit = re.search(r'<h2><a href="(/documents/[^"]+)">', page)
    assert hit, "no hit on page 2"
    document = client.get(html.unescape(hit.group(1))).get_data(as_text=True)
    back = re.search(r'<a class="back" href="([^"]+)">‹ Quay lại kết quả tìm kiếm</a>', document)
    assert back
    url = urllib.parse.urlsplit(html.unescape(back.group(1)))
    assert url.path == "/search"
    assert urllib.parse.parse_qsl(url.query, keep_blank_values=True) == search


def _total(client, **args) -> dict:
    return client.get("/api/search", query_string={"q": "tỉnh", **args}).get_json()


def test_a_date_range_says_how_many_undated_matches_it_left_out(client):
    year = {"from": "2020-01-01", "to": "2021-12-31"}
    ranged = _total(client, **year)
    assert ranged["undated"] > 0  # the sample's baomoi articles carry no date
    included = _total(client, **year, undated="include")
    assert included["total"] == ranged["total"] + ranged["undated"]
    assert included["undated"] == 0
    page = client.get("/search", query_string={"q": "tỉnh", **year}).get_data(as_text=True)
    link = re.search(r'<a href="([^"]+)">Gồm cả các bài này</a>', page)
    assert link and f"{ranged['undated']} bài phù hợp không ghi ngày đăng" in page
    again = client.get(html.unescape(link.group(1))).get_data(as_text=True)
    assert f"<strong>{included['total']}</strong>" in again


def test_each_date_bound_promises_what_dropping_it_gives(client):
    inverted = _total(client, **{"from": "2021-01-01", "to": "2020-12-31"})
    assert inverted["total"] == 0
    only_to = _total(client, to="2020-12-31")["total"]
    only_from = _total(client, **{"from": "2021-01-01"})["total"]
    assert only_to != only_from
    assert inverted["without_filter"] == {"from": only_to, "to": only_from}
    page = client.get(
        "/search", query_string={"q": "tỉnh", "from": "2021-01-01", "to": "2020-12-31"}
    ).get_data(as_text=True)
    assert f"bỏ «Từ ngày: 01/01/2021»</a> — {only_to} kết quả" in page


def test_a_facet_page_lists_every_value_for_the_search(client):
    search = client.get("/api/search?q=tỉnh").get_json()
    assert search["facets_truncated"]["province"], "the sample names more than ten provinces"
    page = client.get("/search?q=tỉnh").get_data(as_text=True)
    more = re.search(r'<a class="more" href="(/facets/province\?[^"]+)"', page)
    assert more
    listed = client.get(html.unescape(more.group(1))).get_data(as_text=True)
    names = [html.unescape(n) for n in re.findall(r"☐</span> ([^<]+)</a>", listed)]
    every = client.get("/api/facets/province?q=tỉnh").get_json()
    assert len(names) == every["values_total"] > len(search["facets"]["province"])
    counts = [v["count"] for v in every["values"]]
    assert counts == sorted(counts, reverse=True)


def test_a_facet_page_sorts_by_vietnamese_name_and_filters_without_accents(client):
    by_name = client.get("/api/facets/province?order=name").get_json()
    labels = [v["label"] for v in by_name["values"]]
    assert labels == sorted(labels, key=vietnamese_key)
    found = client.get("/api/facets/province?contains=binh").get_json()
    assert found["values"] and all("bình" in v["label"].lower() for v in found["values"])
    value = found["values"][0]
    applied = client.get("/api/search" + value["toggle_url"]).get_json()
    assert applied["filters"] == {"province": [value["label"]]}
    assert applied["total"] == value["count"]
    assert client.get("/api/facets/nonsense").status_code == 404
    assert client.get("/api/facets/province?order=random").status_code == 400


def test_responses_over_a_kilobyte_are_gzipped(client):
    page = client.get("/search?q=tỉnh", headers={"Accept-Encoding": "gzip"})
    assert page.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in page.headers["Vary"]
    assert "kết quả" in gzip.decompress(page.data).decode()
    small = client.get("/api/documents/no-such-id", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in small.headers and len(small.data) < 1024

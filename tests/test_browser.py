"""The real server (waitress) and a real browser (Debian's headless Chromium)."""

from __future__ import annotations

import csv
import io
import urllib.parse
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from bench.server import serving
from search.collation import vietnamese_key
from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def server(sample_index, tmp_path_factory):
    """waitress serving the sample index on a free loopback port, as ``make run`` does."""
    log = tmp_path_factory.mktemp("server") / "server.log"
    with serving(sample_index, log) as (base, _process):
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-sync",
        "--disable-component-update",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def screenshots() -> Path:
    path = ROOT / "test-output"
    path.mkdir(exist_ok=True)
    return path


def _result_ids(browser) -> list[str]:
    links = browser.find_elements(By.CSS_SELECTOR, ".hit h2 a")
    return [link.get_attribute("href").split("/documents/")[1].split("?")[0] for link in links]


def test_search_then_filter_by_province(server, browser, screenshots):
    browser.get(server + "/search")
    box = browser.find_element(By.ID, "q")
    box.send_keys("cong thuong")
    _follow(browser, box.find_element(By.XPATH, "ancestor::form//button"))
    assert "kết quả" in browser.find_element(By.ID, "result-count").text
    unfiltered = _result_ids(browser)
    assert unfiltered
    facet = browser.find_element(By.CSS_SELECTOR, 'a[data-facet="province"]')
    province = facet.get_attribute("data-value")
    _follow(browser, facet)
    active = browser.find_element(By.CSS_SELECTOR, ".active-filters").text
    assert province in active
    filtered = _result_ids(browser)
    assert filtered and len(filtered) <= len(unfiltered)
    for doc_id in filtered:
        with urllib.request.urlopen(f"{server}/api/documents/{doc_id}") as response:
            assert province in response.read().decode()
    browser.save_screenshot(str(screenshots / "results-filtered.png"))


def _follow(browser, element) -> None:
    """Click a link or button and wait until the next page has loaded.

    A flag on the old page's ``window`` marks it; the new page has a fresh ``window``. Waiting for
    an old element to go stale instead broke under load: chromedriver sometimes answers a lookup of
    a node from the departing document with an inspector error rather than "stale element".
    """
    browser.execute_script("window.leavingThisPage = true;")
    element.click()
    WebDriverWait(browser, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda driver: driver.execute_script(
            "return !window.leavingThisPage && document.readyState === 'complete';"
        )
    )


def _open(browser, url: str) -> None:
    browser.get(url)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"


def _active_filters(browser) -> list[str]:
    return [
        a.text for a in browser.find_elements(By.CSS_SELECTOR, ".active-filters li:not(.clear) a")
    ]


def _total(browser) -> int:
    return int(browser.find_element(By.CSS_SELECTOR, "#result-count strong").text.replace(".", ""))


def test_two_facets_then_remove_one_from_the_active_bar(server, browser):
    _open(browser, server + "/search?q=tỉnh")
    everything = _total(browser)
    _follow(browser, browser.find_element(By.CSS_SELECTOR, 'a[data-facet="province"]'))
    by_province = _total(browser)
    _follow(
        browser, browser.find_element(By.CSS_SELECTOR, 'a[data-facet="year"]:not([aria-current])')
    )
    assert len(_active_filters(browser)) == 2
    both = _total(browser)
    assert both <= by_province <= everything
    chip = next(
        a
        for a in browser.find_elements(By.CSS_SELECTOR, ".active-filters a")
        if a.text.startswith("Tỉnh")
    )
    _follow(browser, chip)
    remaining = _active_filters(browser)
    assert len(remaining) == 1 and remaining[0].startswith("Năm")
    assert _total(browser) >= both


def test_date_range_then_sort_by_date(server, browser):
    _open(browser, server + "/search?q=tỉnh")
    browser.execute_script(
        "document.getElementById('from').value='2021-01-01';"
        "document.getElementById('to').value='2021-12-31';"
    )
    _follow(browser, browser.find_element(By.CSS_SELECTOR, ".daterange button"))
    assert any(f.startswith("Từ ngày") for f in _active_filters(browser))
    _follow(browser, browser.find_element(By.LINK_TEXT, "mới nhất"))
    dates = [
        t.get_attribute("datetime") for t in browser.find_elements(By.CSS_SELECTOR, ".hit time")
    ]
    assert dates and all("2021-01-01" <= d[:10] <= "2021-12-31" for d in dates)
    assert dates == sorted(dates, reverse=True)
    assert "sort=date" in browser.current_url


def test_numbered_pagination(server, browser):
    _open(browser, server + "/search?q=tỉnh")
    first_page = _result_ids(browser)
    assert _total(browser) > 10
    _follow(
        browser,
        browser.find_element(By.CSS_SELECTOR, ".pagination").find_element(By.LINK_TEXT, "2"),
    )
    second_page = _result_ids(browser)
    assert second_page and not set(first_page) & set(second_page)
    assert browser.find_element(By.CSS_SELECTOR, ".hits").get_attribute("start") == "11"
    current = browser.find_element(By.CSS_SELECTOR, ".pagination [aria-current=page]")
    assert current.text == "2"


def test_open_a_document_and_the_indicator_view(server, browser, screenshots):
    _open(browser, server + "/search?q=kim+ngach+xuat+khau")
    browser.save_screenshot(str(screenshots / "results-desktop.png"))
    browser.set_window_size(360, 800)
    browser.save_screenshot(str(screenshots / "results-phone.png"))
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
    browser.set_window_size(1280, 900)
    _follow(browser, browser.find_element(By.CSS_SELECTOR, ".hit h2 a"))
    assert browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_elements(By.CSS_SELECTOR, ".body mark")
    assert browser.find_elements(By.CSS_SELECTOR, "table.indicators tbody tr")
    browser.save_screenshot(str(screenshots / "document.png"))
    _follow(browser, browser.find_element(By.CSS_SELECTOR, ".facts a[href^='/indicators/']"))
    assert browser.find_element(By.CSS_SELECTOR, "figure.chart svg rect")
    assert browser.find_elements(By.CSS_SELECTOR, "figure.chart svg text.value")
    assert browser.find_elements(By.CSS_SELECTOR, "figure.chart .legend")
    browser.save_screenshot(str(screenshots / "indicator.png"))
    sources = browser.find_elements(By.CSS_SELECTOR, "table.indicators td a[href^='/documents/']")
    assert sources
    _follow(browser, sources[0])
    assert "/documents/" in browser.current_url


def _fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def test_follow_the_atom_feed_and_download_csv(server, browser):
    _open(browser, server + "/search?q=tỉnh&year=2021")
    total = _total(browser)
    feed_link = browser.find_element(
        By.CSS_SELECTOR, 'link[rel="alternate"][type="application/atom+xml"]'
    )
    feed = ElementTree.fromstring(_fetch(feed_link.get_attribute("href")))
    atom = "{http://www.w3.org/2005/Atom}"
    assert feed.tag == f"{atom}feed"
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == min(total, 30)
    for entry in entries:
        assert entry.find(f"{atom}title").text
        assert entry.find(f"{atom}updated").text[:4].isdigit()
        assert "/documents/" in entry.find(f"{atom}link").get("href")
    csv_link = browser.find_element(By.PARTIAL_LINK_TEXT, "Tải CSV")
    data = _fetch(csv_link.get_attribute("href"))
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == total
    assert all("2021" in row["years"] for row in rows)


DESKTOP, PHONE = (1366, 900), (360, 780)


def _sized(browser, size: tuple[int, int]) -> None:
    browser.set_window_size(*size)


def _no_sideways_scroll(browser) -> bool:
    return browser.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth"
    )


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_date_range_offers_the_undated_articles(server, browser, screenshots, size):
    _sized(browser, size)
    _open(browser, server + "/search?q=tỉnh&from=2021-01-01&to=2021-12-31")
    ranged = _total(browser)
    notice = browser.find_element(By.CSS_SELECTOR, ".undated")
    left_out = int(notice.text.split(" ")[0].replace(".", ""))
    assert left_out > 0 and "không ghi ngày đăng" in notice.text
    assert "Năm báo cáo" in browser.find_element(By.ID, "filters").text
    browser.save_screenshot(str(screenshots / f"undated-{size[0]}.png"))
    _follow(browser, notice.find_element(By.LINK_TEXT, "Gồm cả các bài này"))
    assert _total(browser) == ranged + left_out
    assert any(f.startswith("Gồm bài không ghi ngày đăng") for f in _active_filters(browser))
    _sized(browser, DESKTOP)


def test_the_hints_of_an_inverted_range_promise_what_they_give(server, browser):
    _open(browser, server + "/search?q=tỉnh&from=2021-01-01&to=2020-12-31")
    hints = browser.find_elements(By.CSS_SELECTOR, ".drop-filter li")
    assert hints
    for index in range(len(hints)):
        hint = browser.find_elements(By.CSS_SELECTOR, ".drop-filter li")[index]
        promised = int(hint.text.rsplit("—", 1)[1].split()[0].replace(".", ""))
        _follow(browser, hint.find_element(By.TAG_NAME, "a"))
        assert _total(browser) == promised
        browser.back()


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_page_per_facet_sorted_filtered_and_applied(server, browser, screenshots, size):
    _sized(browser, size)
    _open(browser, server + "/search?q=tỉnh")
    more = browser.find_element(By.CSS_SELECTOR, '.facet a.more[href^="/facets/province"]')
    _follow(browser, more)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Tỉnh, thành phố"
    _follow(browser, browser.find_element(By.LINK_TEXT, "theo tên (A–Z)"))
    names = [li.text.rsplit(" ", 1)[0].lstrip("☐ ") for li in _facet_values(browser)]
    assert names == sorted(names, key=vietnamese_key)
    box = browser.find_element(By.ID, "contains")
    box.send_keys("binh")
    _follow(browser, box.find_element(By.XPATH, "ancestor::form//button"))
    values = _facet_values(browser)
    assert values and all("Bình" in li.text for li in values)
    browser.save_screenshot(str(screenshots / f"facet-page-{size[0]}.png"))
    chosen = values[0].find_element(By.TAG_NAME, "a")
    name = chosen.text.lstrip("☐ ").strip()
    _follow(browser, chosen)
    assert (
        "/search" in browser.current_url
        and f"Tỉnh, thành phố: {name}" in _active_filters(browser)[0]
    )
    assert _no_sideways_scroll(browser)
    _sized(browser, DESKTOP)


def _facet_values(browser) -> list:
    return browser.find_elements(By.CSS_SELECTOR, ".facet-values li")


def test_a_typo_shows_the_results_of_its_suggestion(server, browser, screenshots):
    _open(browser, server + "/")
    box = browser.find_element(By.ID, "q")
    box.send_keys("hà nộii")
    _follow(browser, box.find_element(By.XPATH, "ancestor::form//button"))
    notice = browser.find_element(By.CSS_SELECTOR, ".suggestion").text
    assert notice.startswith("Đang hiển thị kết quả cho “Hà Nội”")
    assert _total(browser) > 0 and _result_ids(browser)
    browser.save_screenshot(str(screenshots / "typo.png"))
    _follow(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "tìm chính xác"))
    assert "Có phải bạn muốn tìm" in browser.find_element(By.CSS_SELECTOR, ".suggestion").text
    assert browser.find_element(By.ID, "q").get_attribute("value") == "hà nộii"


def _tabs_to_first_result(browser) -> int:
    first = browser.find_element(By.CSS_SELECTOR, ".hit h2 a")
    body = browser.find_element(By.TAG_NAME, "body")
    for presses in range(1, 40):
        body.send_keys(Keys.TAB) if presses == 1 else browser.switch_to.active_element.send_keys(
            Keys.TAB
        )
        if browser.switch_to.active_element == first:
            return presses
    return 40


def test_the_keyboard_reaches_the_results_first(server, browser):
    _sized(browser, DESKTOP)
    _open(browser, server + "/search?q=tỉnh&year=2021")
    assert len(browser.find_elements(By.TAG_NAME, "h1")) == 1
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.text == "Bỏ qua đến kết quả"
    skip.send_keys(Keys.ENTER)
    browser.switch_to.active_element.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element  # the first link inside the results
    assert focused.text.startswith("Năm báo cáo: 2021")
    assert focused.find_element(By.XPATH, "ancestor::section[@id='results']")
    _open(browser, server + "/search?q=tỉnh&year=2021")
    assert _tabs_to_first_result(browser) <= 12  # 10 now; 78 with the filters first


def test_on_a_phone_results_come_first_and_tables_reflow(server, browser, screenshots):
    _sized(browser, PHONE)
    _open(browser, server + "/search?q=kim+ngach+xuat+khau")
    results = browser.find_element(By.ID, "results").location["y"]
    filters = browser.find_element(By.ID, "filters").location["y"]
    assert results < filters and _no_sideways_scroll(browser)
    jump = browser.find_element(By.LINK_TEXT, "Bộ lọc")
    assert jump.is_displayed() and jump.location["y"] < 400
    browser.save_screenshot(str(screenshots / "results-phone.png"))
    _follow(browser, browser.find_element(By.CSS_SELECTOR, ".hit h2 a"))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.indicators tbody tr")
    assert rows and _no_sideways_scroll(browser)
    assert max(row.size["height"] for row in rows) < 400
    browser.save_screenshot(str(screenshots / "document-phone.png"))
    _follow(browser, browser.find_element(By.CSS_SELECTOR, ".facts a[href^='/indicators/']"))
    chart = browser.find_element(By.CSS_SELECTOR, "figure.chart svg")
    assert chart.size["width"] >= 500  # labels keep their size: the figure scrolls sideways
    assert _no_sideways_scroll(browser)
    _sized(browser, DESKTOP)


def test_errors_speak_vietnamese_and_keep_the_query(server, browser):
    long_query = "xuất khẩu " * 60
    _open(browser, server + "/search?" + urllib.parse.urlencode({"q": long_query}))
    assert "dài quá 500 ký tự" in browser.find_element(By.CSS_SELECTOR, "[role=alert]").text
    assert browser.find_element(By.ID, "q").get_attribute("value") == long_query
    _open(browser, server + "/search?q=tỉnh&from=31-12-2021")
    alert = browser.find_element(By.CSS_SELECTOR, "[role=alert]").text
    assert alert.startswith("«Từ ngày» phải là một ngày hợp lệ")
    _follow(browser, browser.find_element(By.LINK_TEXT, "Tìm lại, bỏ phần không hợp lệ"))
    assert _total(browser) > 0


def test_the_way_back_keeps_filters_sort_and_page(server, browser):
    search = server + "/search?q=tỉnh&sort=date&page=2&undated=include&from=2020-01-01"
    _open(browser, search)
    first = _result_ids(browser)
    _follow(browser, browser.find_element(By.CSS_SELECTOR, ".hit h2 a"))
    _follow(browser, browser.find_element(By.CSS_SELECTOR, "a.back"))
    back = urllib.parse.urlsplit(browser.current_url)
    assert urllib.parse.parse_qsl(back.query) == urllib.parse.parse_qsl(
        urllib.parse.urlsplit(search).query
    )
    assert _result_ids(browser) == first


@pytest.fixture(scope="module")
def reports_server(reports_index, tmp_path_factory):
    """waitress serving the made-up provincial reports (``tests/report_articles.py``)."""
    log = tmp_path_factory.mktemp("reports-server") / "server.log"
    with serving(reports_index, log) as (base, _process):
        yield base


def _card(browser, base: str, query: str):
    browser.get(f"{base}/search?{urllib.parse.urlencode({'q': query})}")
    return browser.find_element(By.CSS_SELECTOR, "section.answer")


def test_a_card_answers_with_one_source(reports_server, browser):
    card = _card(browser, reports_server, "thu ngan sach ca mau 2021")
    assert "5.200 tỷ đồng" in card.find_element(By.CSS_SELECTOR, ".figure").text
    assert "thực hiện" in card.find_element(By.CSS_SELECTOR, ".figure").text
    assert "Cà Mau" in card.find_element(By.CSS_SELECTOR, "h2").text
    source = card.find_element(By.CSS_SELECTOR, ".source a")
    assert "/documents/report-cm-2021" in source.get_attribute("href")
    assert not card.find_elements(By.CSS_SELECTOR, ".conflicts, .others, svg")
    understood = browser.find_element(By.CSS_SELECTOR, ".understood").text
    assert understood == "Tìm theo: Thu ngân sách nhà nước · Cà Mau · 2021"
    browser.find_element(By.LINK_TEXT, "Cà Mau").click()
    assert "province=C%C3%A0+Mau" in browser.current_url


def test_a_card_counts_the_articles_that_agree(reports_server, browser):
    card = _card(browser, reports_server, "xuat khau ben tre 2019")
    assert "1.200 triệu USD" in card.find_element(By.CSS_SELECTOR, ".figure").text
    assert "và 1 nguồn khác" in card.find_element(By.CSS_SELECTOR, ".source").text
    card.find_element(By.CSS_SELECTOR, "details.others summary").click()
    others = card.find_elements(By.CSS_SELECTOR, "details.others li a")
    assert ["/documents/report-bt-2019a" in a.get_attribute("href") for a in others] == [True]


def test_a_card_shows_figures_that_disagree(reports_server, browser):
    card = _card(browser, reports_server, "Xuất khẩu Bến Tre năm 2021")
    assert "1,62 tỷ USD" in card.find_element(By.CSS_SELECTOR, ".figure").text
    conflicts = card.find_elements(By.CSS_SELECTOR, ".conflicts li")
    assert len(conflicts) == 1 and "1,5 tỷ USD" in conflicts[0].text


def test_a_card_without_a_year_draws_the_years(reports_server, browser, screenshots):
    card = _card(browser, reports_server, "kim ngạch xuất khẩu Bến Tre")
    assert "năm 2021" in card.find_element(By.CSS_SELECTOR, "h2").text
    bars = card.find_elements(By.CSS_SELECTOR, "figure.series svg a rect")
    assert len(bars) == 3
    labels = [t.text for t in card.find_elements(By.CSS_SELECTOR, "figure.series text.value")]
    assert labels == ["1.200", "1.350", "1.620"]
    browser.execute_script("arguments[0].scrollIntoView()", card)
    card.screenshot(str(screenshots / "answer-card.png"))
    browser.save_screenshot(str(screenshots / "answer-page.png"))
    links = card.find_elements(By.CSS_SELECTOR, "figure.series svg a")
    assert links[1].get_dom_attribute("href").startswith("/documents/report-bt-2020")
    browser.set_window_size(360, 780)  # a phone: the card and its chart reflow
    try:
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
    finally:
        browser.set_window_size(1280, 900)

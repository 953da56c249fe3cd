"""The real server (waitress) and a real browser (Debian's headless Chromium)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_index, tmp_path_factory):
    """waitress serving the sample index on a free loopback port, as ``make run`` does."""
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    command = [sys.executable, "-m", "waitress", "--host=127.0.0.1", f"--port={port}"]
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [*command, "--call", "web:create_app"],
            cwd=ROOT,
            env={**os.environ, "INDEX_DIR": str(sample_index)},
            stdout=sink,
            stderr=sink,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/api/search?q=a", timeout=5):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise RuntimeError(f"server did not start: {log.read_text()}") from None
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


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
    links = browser.find_elements(By.CSS_SELECTOR, ".hit h3 a")
    return [link.get_attribute("href").split("/documents/")[1].split("?")[0] for link in links]


def test_search_then_filter_by_province(server, browser, screenshots):
    browser.get(server + "/search")
    box = browser.find_element(By.ID, "q")
    box.send_keys("cong thuong")
    box.submit()
    assert "kết quả" in browser.find_element(By.ID, "result-count").text
    unfiltered = _result_ids(browser)
    assert unfiltered
    facet = browser.find_element(By.CSS_SELECTOR, 'a[data-facet="province"]')
    province = facet.get_attribute("data-value")
    facet.click()
    active = browser.find_element(By.CSS_SELECTOR, ".active-filters").text
    assert province in active
    filtered = _result_ids(browser)
    assert filtered and len(filtered) <= len(unfiltered)
    for doc_id in filtered:
        with urllib.request.urlopen(f"{server}/api/documents/{doc_id}") as response:
            assert province in response.read().decode()
    browser.save_screenshot(str(screenshots / "results-filtered.png"))

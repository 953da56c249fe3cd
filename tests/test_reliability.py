"""Faults, hostile input and concurrent use: nothing lost, nothing breaks."""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.load import run as load_run
from bench.server import serving
from indexer.build import build
from indexer.sources import (
    MAX_LINE_BYTES,
    MAX_SUMMARY_CHARS,
    MAX_TEXT_FILE_BYTES,
    MAX_TITLE_CHARS,
    read_sources,
)
from search import SearchEngine, SearchRequest
from search import engine as engine_module
from tests.conftest import ROOT, SEEDS, run_module
from web import create_app
from web.__main__ import _Supervisor

KILL_RUNS = 20


def _indexer(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "indexer", *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_sigkill_at_any_point_leaves_the_last_committed_index(tmp_path, sample_file):
    """Each run adds documents and is killed at a random moment; the index must open
    with either the count before the run or the count after it, never anything else."""
    index_dir = tmp_path / "ix"
    build(read_sources([str(SEEDS)], print), index_dir)
    expected = SearchEngine(index_dir).doc_count()
    rng = random.Random(20261123)
    outcomes = []
    for run in range(KILL_RUNS):
        process = _indexer(
            "build", sample_file, "--index", index_dir, "--limit", 5 * (run + 1), "--jobs", 1
        )
        time.sleep(rng.uniform(0.5, 4.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        engine = SearchEngine(index_dir)
        count = engine.doc_count()
        assert count in (expected, 5 + 5 * (run + 1)), (run, count)
        assert engine.search(SearchRequest(per_page=1))["total"] == count  # readable, whole
        outcomes.append(count > expected)
        expected = count
    assert any(outcomes) or expected == 5


def _children(pid: int, timeout: float = 60.0) -> list[int]:
    """The child processes of ``pid`` once it has some (Linux /proc)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        path = Path(f"/proc/{pid}/task/{pid}/children")
        children = [int(c) for c in path.read_text().split()] if path.exists() else []
        if children:
            return children
        time.sleep(0.05)
    raise AssertionError(f"process {pid} started no workers")


def _alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "State:\tZ" not in status.read_text()


def test_a_killed_worker_fails_the_run_and_commits_nothing(tmp_path, sample_file):
    build(read_sources([str(SEEDS)], print), tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "indexer", "build", sample_file, "--index", tmp_path, "--jobs", "2"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.kill(_children(process.pid)[0], signal.SIGKILL)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 5, stderr
    assert "nothing was committed" in stderr
    assert SearchEngine(tmp_path).doc_count() == 5


def test_workers_stop_when_the_indexer_is_killed(tmp_path, sample_file, sample_records):
    """No orphaned worker keeps running or holds the write lock: a rerun just works."""
    process = _indexer("build", sample_file, "--index", tmp_path, "--jobs", 2)
    workers = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, workers))
    rerun = _indexer("build", sample_file, "--index", tmp_path, "--jobs", 2)
    assert rerun.wait(timeout=300) == 0
    assert SearchEngine(tmp_path).doc_count() == len({r["id"] for r in sample_records})


def test_second_indexer_exits_with_a_clear_message(tmp_path):
    build(read_sources([str(SEEDS)], print), tmp_path)
    from indexer.build import open_or_create

    writer = open_or_create(tmp_path).writer()
    try:
        result = run_module("indexer", "build", SEEDS, "--index", tmp_path, timeout=120)
    finally:
        writer.cancel()
    assert result.returncode == 3
    assert "another indexer is writing" in result.stderr
    assert SearchEngine(tmp_path).doc_count() == 5


def test_server_answers_from_a_new_commit_without_restart(tmp_path, sample_file):
    build(read_sources([str(SEEDS)], print), tmp_path)
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path)}).test_client()
    assert client.get("/api/search").get_json()["total"] == 5
    build(read_sources([str(sample_file)], print), tmp_path, limit=10)
    assert client.get("/api/search").get_json()["total"] == 15


def test_server_notices_an_index_deleted_and_rebuilt_at_the_same_generation(tmp_path, sample_file):
    index_dir = tmp_path / "ix"
    build(read_sources([str(SEEDS)], print), index_dir)
    client = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()
    assert client.get("/api/search").get_json()["total"] == 5
    tocs = sorted(p.name for p in index_dir.glob("*.toc"))
    shutil.rmtree(index_dir)
    assert client.get("/api/search").get_json()["total"] == 5  # the last one, meanwhile
    build(read_sources([str(sample_file)], print), index_dir, limit=10)
    assert sorted(p.name for p in index_dir.glob("*.toc")) == tocs  # same generation
    answer = client.get("/api/search").get_json()
    assert answer["total"] == 10
    assert not any(r["id"].startswith("00") for r in answer["results"])  # no seed left


def _out_of_room(limit: int):
    """In the child: writes past ``limit`` bytes of a file fail as a full disk's do
    (EFBIG instead of ENOSPC, same path through the writers), without privileges."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_full_disk_loses_nothing_and_the_next_build_succeeds(tmp_path, sample_file, jobs):
    index_dir = tmp_path / "ix"
    build(read_sources([str(SEEDS)], print), index_dir)
    before = sorted(p.name for p in index_dir.iterdir())
    command = ["build", sample_file, "--index", index_dir]
    full = run_module("indexer", *command, "--jobs", jobs, preexec_fn=_out_of_room(100_000))
    assert full.returncode == 7, full.stderr
    assert "Traceback" not in full.stderr
    lines = full.stderr.strip().splitlines()
    assert len(lines) == 1, full.stderr
    message = lines[0]
    assert f"no space left for the index at {index_dir}" in message and "MB free" in message
    assert sorted(p.name for p in index_dir.iterdir()) == before  # partial files removed
    with SearchEngine(index_dir) as engine:
        assert engine.doc_count() == 5
    again = run_module("indexer", *command)
    assert again.returncode == 0, again.stderr
    with SearchEngine(index_dir) as engine:
        assert engine.doc_count() == 5 + len(sample_file.read_text("utf-8").splitlines())


def test_a_damaged_index_is_said_by_every_command(tmp_path):
    index_dir = tmp_path / "ix"
    build(read_sources([str(SEEDS)], print), index_dir)
    (toc,) = index_dir.glob("*.toc")
    toc.write_bytes(toc.read_bytes()[:100])
    answers = {
        "search": run_module("search", "tỉnh", "--index", str(index_dir)),
        "build": run_module("indexer", "build", str(SEEDS), "--index", str(index_dir)),
        "stats": run_module("indexer", "stats", "--index", str(index_dir)),
    }
    assert {name: a.returncode for name, a in answers.items()} == {
        "search": 2,
        "build": 8,
        "stats": 1,
    }
    for answer in answers.values():
        assert "Traceback" not in answer.stderr
        assert f"the index at {index_dir} cannot be read" in answer.stderr
        assert "build it again" in answer.stderr
    client = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()
    page = client.get("/api/search?q=tỉnh")
    assert page.status_code == 503 and "cannot be read" in page.get_json()["error"]["message"]


def test_an_index_that_cannot_be_written_is_said(tmp_path):
    (tmp_path / "file").write_text("not a directory")
    answer = run_module("indexer", "build", str(SEEDS), "--index", str(tmp_path / "file" / "ix"))
    assert answer.returncode == 8 and "Traceback" not in answer.stderr
    assert f"cannot write the index at {tmp_path / 'file' / 'ix'}" in answer.stderr


def test_a_huge_document_is_skipped_and_the_rest_indexed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "huge.txt").write_text("Tiêu đề\n" + "Sở Công Thương " * 140_000, "utf-8")
    (corpus / "small.txt").write_text("Tiêu đề nhỏ\nBài viết về tỉnh Bến Tre.", "utf-8")
    errors = []
    stats = build(read_sources([str(corpus)], errors.append), tmp_path / "ix")
    assert stats.indexed == 1
    assert len(errors) == 1 and "huge.txt" in str(errors[0]) and "characters" in str(errors[0])


def _hostile_records(good: list[dict]) -> list[str]:
    """One line each: what an unlucky or hostile export may hold, and good records."""
    nested = '{"id": "nested", "body": ' + "[" * 100_000 + "]" * 100_000 + "}"
    hostile = [
        nested,
        {**good[1], "published": "9999-12-31T23:00:00-12:00"},
        {**good[2], "published": "not a date"},
        {**good[3], "title": "Tiêu đề dài " * 300_000},
        {**good[4], "summary": "tóm tắt " * 100_000, "url": "javascript:alert(1)"},
        {**good[5], "title": "Tin\x00 \x1bnóng\ufffe", "url": "data:text/html,<b>x</b>"},
        {**good[6], "id": "a/b"},
        {**good[6], "id": "x" * 300},
        {**good[6], "id": ".."},
        {**good[7], "published": 20190101},
        {**good[9], "id": "Báo cáo #5 ?100%"},
    ]
    lines = [json.dumps(good[0], ensure_ascii=False)]
    lines += [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in hostile]
    lines.append(json.dumps(good[8], ensure_ascii=False))
    return lines


def test_a_text_file_too_big_for_an_article_is_skipped_unread(tmp_path):
    """A .txt file is read only up to one article's bound: a huge one (sparse here, a
    log file or a device in life) is reported and skipped, and the others are read."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "003_9713efef0d945458.txt", corpus)
    with open(corpus / "huge.txt", "wb") as handle:
        handle.truncate(MAX_TEXT_FILE_BYTES + 1)
    errors = []
    articles = list(read_sources([str(corpus)], errors.append))
    assert len(articles) == 1
    assert [str(e) for e in errors] == [
        f"{corpus / 'huge.txt'}: file over {MAX_TEXT_FILE_BYTES:,} bytes: not one article"
    ]


def test_a_hostile_json_lines_file_indexes_every_good_record(tmp_path, sample_records):
    """Bad records are reported and skipped, bad fields dropped or cut with a warning,
    and the run ends well: exit 0 with every other record in the index."""
    good = sample_records[:10]
    source = tmp_path / "hostile.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        lines = _hostile_records(good)
        handle.write("\n".join(lines[:6]) + "\n")
        handle.write(" " * (MAX_LINE_BYTES + 10) + "\n")  # expands from a few KB of gzip
        handle.write("\n".join(lines[6:]) + "\n")
    index_dir = tmp_path / "ix"
    done = run_module("indexer", "build", source, "--index", index_dir)
    assert done.returncode == 0, done.stderr
    report = done.stderr.splitlines()
    skipped = [line for line in report if line.startswith("skipped: ")]
    assert [line.split(":")[2] for line in skipped] == ["2", "7", "9", "10", "11"]
    assert "JSON nested too deeply" in skipped[0]
    assert f"over {MAX_LINE_BYTES:,} bytes" in skipped[1]
    assert all("cannot be a page address" in line for line in skipped[2:])
    warnings = [line for line in report if line.startswith("warning: ")]
    assert len(warnings) == 7, warnings
    with SearchEngine(index_dir) as engine:
        assert engine.doc_count() == 9
        assert engine.document(good[1]["id"])["published"] is None
        assert engine.document(good[2]["id"])["published"] is None
        assert engine.document(good[7]["id"])["published"] is None
        assert len(engine.document(good[3]["id"])["title"]) <= MAX_TITLE_CHARS
        cut = engine.document(good[4]["id"])
        assert len(cut["summary"]) <= MAX_SUMMARY_CHARS and cut["url"] is None
        cleaned = engine.document(good[5]["id"])
        assert cleaned["title"] == "Tin nóng" and cleaned["url"] is None
        assert engine.search(SearchRequest(per_page=100))["total"] == 9
        title = engine.document("Báo cáo #5 ?100%")["title"]
    client = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}).test_client()
    page = client.get("/search", query_string={"q": title}).get_data(as_text=True)
    link = re.search(r'<h2><a href="(/documents/B%C3%A1o[^"]*)"', page).group(1)
    answer = client.get(html.unescape(link))
    assert answer.status_code == 200 and html.escape(title) in answer.get_data(as_text=True)


def test_a_request_of_20_values_a_facet_and_100_parameters_stays_small(client):
    """Links repeat the request once each: the page grows with it, not with its square."""
    values = [f"province=Tinh {i}" for i in range(20)] + [f"official=Ong {i}" for i in range(20)]
    others = [f"x{i}=1" for i in range(100 - len(values) - 1)]
    page = client.get("/search?q=tỉnh&" + "&".join(values + others))
    assert page.status_code == 200
    assert len(page.get_data()) < 1_000_000
    assert client.get("/search?q=tỉnh&" + "&".join(values + others + ["y=1"])).status_code == 400


@pytest.mark.parametrize("path", ["/search?q=tỉnh", "/search.atom?q=tỉnh", "/api/search?q=a", "/"])
def test_an_untrusted_host_header_never_reaches_a_link(client, path):
    answer = client.get(path, headers={"Host": "evil.example"})
    assert answer.status_code == 400
    assert b"evil.example" not in answer.get_data()


def test_a_configured_host_is_the_one_in_feed_links(sample_index):
    config = {"TESTING": True, "INDEX_DIR": str(sample_index), "TRUSTED_HOSTS": ["tin.example"]}
    client = create_app(config).test_client()
    feed = client.get("/search.atom?q=tỉnh", headers={"Host": "tin.example"}).get_data(as_text=True)
    assert "http://tin.example/documents/" in feed
    assert client.get("/search.atom?q=tỉnh").status_code == 400  # localhost: not configured


def test_the_feed_is_well_formed_xml_whatever_the_query_holds(client):
    feed = client.get("/search.atom?q=t%00%E1%BB%89%1Bnh%EF%BF%BE+%ED%A0%80")  # NUL ESC FFFE
    assert feed.status_code == 200
    root = ElementTree.fromstring(feed.get_data())
    assert root.tag.endswith("feed")


def test_related_articles_of_a_huge_document_come_from_its_opening(tmp_path, sample_file):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    opening = "Sở Công Thương tỉnh Bến Tre báo cáo kim ngạch xuất khẩu. "
    filler = "nội dung dài " * 150_000
    (corpus / "huge.txt").write_text(f"Bài rất dài\n{opening * 20}{filler}", "utf-8")
    build(read_sources([str(corpus), str(sample_file)], print), tmp_path / "ix")
    with SearchEngine(tmp_path / "ix") as engine:
        assert len(engine.document("huge")["body"]) > 1_900_000
        related = engine.related("huge")
    assert related and all(r["id"] != "huge" for r in related)


def test_an_export_read_a_chunk_at_a_time_is_the_ranked_list(sample_engine, monkeypatch):
    monkeypatch.setattr(engine_module, "EXPORT_CHUNK", 7)
    ranked = [r["id"] for r in sample_engine.search(SearchRequest("tỉnh", per_page=100))["results"]]
    exported = [r["id"] for r in sample_engine.rows(SearchRequest("tỉnh"), 100)]
    assert exported == ranked and len(exported) > 7


XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg/onload=alert(1)>",
    "javascript:alert(1)",
    "<iframe src=javascript:alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "</title><script>alert(1)</script>",
    "<<SCRIPT>alert(1)//<</SCRIPT>",
    '" onfocus="alert(1)" autofocus="',
    '=HYPERLINK("http://x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
]
PARAMETERS = ["q", "province", "official", "indicator", "sort", "page", "from", "more"]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_payloads_are_inert_in_every_parameter_and_format(client, payload):
    """Markup never comes back raw in HTML or Atom; JSON and CSV are served as data."""
    markup = any(ch in payload for ch in "<>\"'")
    formats = {
        "/search": "text/html",
        "/search.atom": "application/atom+xml",
        "/api/search": "application/json",
        "/search.csv": "text/csv",
    }
    for name in PARAMETERS:
        for path, mimetype in formats.items():
            response = client.get(path, query_string={"q": "tỉnh", name: payload})
            assert response.status_code in (200, 400), (path, name)
            if response.status_code == 400:
                assert response.mimetype in ("text/html", "application/json")
                if response.mimetype == "text/html" and markup:
                    assert payload not in response.get_data(as_text=True)
                continue
            assert response.mimetype == mimetype
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            if mimetype in ("text/html", "application/atom+xml") and markup:
                assert payload not in response.get_data(as_text=True), (path, name)


def test_csv_cells_cannot_start_a_formula(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        '=HYPERLINK("http://x","bấm")\nNội dung tỉnh Bến Tre.', "utf-8"
    )
    build(read_sources([str(corpus)], print), tmp_path / "ix")
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "ix")}).test_client()
    rows = list(csv.reader(io.StringIO(client.get("/search.csv").get_data(as_text=True))))
    assert rows[1][1].startswith("'=")


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    q=st.one_of(
        st.text(max_size=300),
        st.text(alphabet='"-*():?~^ORAND title', max_size=80),
        st.just("(" * 200 + "a" + ")" * 200),
        st.just("*" * 1000),
    ),
    page=st.one_of(st.text(max_size=8), st.integers(-5, 10**9).map(str)),
    per_page=st.one_of(st.text(max_size=8), st.integers(-5, 10**6).map(str)),
    province=st.text(max_size=40),
    year=st.text(max_size=8),
)
def test_fuzzed_api_requests_answer_200_or_400_json(client, q, page, per_page, province, year):
    response = client.get(
        "/api/search",
        query_string={
            "q": q,
            "page": page,
            "per_page": per_page,
            "province": province,
            "year": year,
        },
    )
    assert response.status_code in (200, 400)
    assert response.is_json


def test_concurrent_clients_get_only_200s_while_the_index_is_rebuilt(tmp_path, sample_file):
    """Real waitress server, 8 client threads, and a full reindex of the sample meanwhile."""
    index_dir = tmp_path / "ix"
    build(read_sources([str(SEEDS)], print), index_dir)
    with serving(index_dir, tmp_path / "server.log") as (base, _process):
        reindex = _indexer("build", sample_file, "--index", index_dir, "--jobs", 1)
        result = load_run(base, clients=8, duration=20.0, limit=400)
        assert reindex.wait(timeout=300) == 0
        after = load_run(base, clients=1, duration=2.0, limit=5)
    assert result["requests"] > 50
    assert result["errors"] == []
    assert after["errors"] == []
    assert SearchEngine(index_dir).doc_count() == 5 + 100


def _totals(base: str, times: int) -> set[int]:
    """The totals ``times`` searches answer: the workers answer in turn, unpredictably."""
    totals = set()
    for _ in range(times):
        with urllib.request.urlopen(base + "/api/search?q=", timeout=30) as answer:
            totals.add(json.load(answer)["total"])
    return totals


def _workers(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _until(condition, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.1)
    return condition()


def test_every_worker_answers_and_follows_new_commits(tmp_path, sample_file):
    index_dir = tmp_path / "ix"
    build(read_sources([str(SEEDS)], print), index_dir)
    with serving(index_dir, tmp_path / "server.log", WORKERS=2) as (base, process):
        first = _workers(process.pid)
        assert len(first) == 2
        assert _totals(base, 20) == {5}
        build(read_sources([str(sample_file)], print), index_dir, limit=10)
        assert _totals(base, 20) == {15}  # each worker noticed the commit on its own
        os.kill(first[0], signal.SIGKILL)
        assert _until(lambda: len(set(_workers(process.pid)) - {first[0]}) == 2)  # restarted
        assert _totals(base, 10) == {15}
        every = set(first) | set(_workers(process.pid))
    assert _until(lambda: not any(map(_alive, every)))  # none outlives the server


def test_workers_end_with_a_killed_server(tmp_path):
    index_dir = tmp_path / "ix"
    build(read_sources([str(SEEDS)], print), index_dir)
    with serving(index_dir, tmp_path / "server.log", WORKERS=2) as (_base, process):
        workers = _workers(process.pid)
        process.kill()
        process.wait()
    assert workers and _until(lambda: not any(map(_alive, workers)), 10)


def test_stopping_the_server_skips_a_worker_already_reaped():
    """pkill signals the workers and the supervisor at once: the supervisor's stop may
    run while ``os.wait`` has just reaped a worker still listed, and must ask the others
    to end instead of dying with a ProcessLookupError."""
    gone = subprocess.Popen([sys.executable, "-c", ""])
    gone.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with socket.socket() as listener:
            supervisor = _Supervisor(listener, workers=2, options={})
            supervisor.started = {gone.pid: 0.0, alive.pid: 0.0}
            supervisor.stop()
        assert alive.wait(timeout=10) == -signal.SIGTERM
    finally:
        alive.kill()

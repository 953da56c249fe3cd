"""The SphinxQL backend on real searchd nodes: same answers as Whoosh, sharding, a node down."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace

import pymysql
import pytest

from indexer import cluster, sphinx
from indexer.sources import read_sources
from search import IndexMissingError, SearchRequest
from search.nearly import NEARLY_RESULTS
from search.sphinx import SphinxEngine
from search.sphinxql import (
    SEARCH_TIMEOUT,
    document_key,
    format_url,
    owner,
    parse_url,
    shard_name,
    vocabulary_match,
)
from tests.conftest import ROOT, SEEDS
from web import create_app

REQUESTS = [
    SearchRequest(query, filters, sort, per_page=20)
    for query in (
        "tỉnh",
        "ben tre",
        '"Bến Tre"',
        '"Bến Tre" OR "Hà Nội"',
        '"ủy ban nhân dân tỉnh" "sở tài chính"',  # positions read within the first
        "kim ngạch xuất khẩu",
        "công an -lũ",
        "-lũ",
        "",
        "hà nội OR đà nẵng",
        "xyzzy tỉnh",
        "Chủ tịch UBND",
        "so cong thuong ben tre",
        "Sở Tài chính Hà Nội",
        "tăng trưởng kinh tế",
        "Sở Ngoại vụ Bến Tre",  # no article names that department: the syllable level
        "điện gió Bến Tre 2099",  # no article has 2099: relaxed
        "công thương Tiền Giang xuất khẩu gạo",  # few hold it: articles lacking one word
        "Ủy ban nhân dân tỉnh",  # a name in full finds it abbreviated ("UBND") too
    )
    for filters in (None, {"province": ["Bến Tre"]}, {"year": ["2023", "2024"]})
    for sort in ("relevance", "date")
]


def _counts(result: dict) -> dict:
    return {f: [(v["value"], v["count"]) for v in values] for f, values in result["facets"].items()}


@pytest.mark.parametrize("request_", REQUESTS, ids=lambda r: f"{r.query}|{r.filters}|{r.sort}")
def test_same_documents_and_counts_as_whoosh(sample_engine, sphinx_sample, request_):
    with SphinxEngine(sphinx_sample) as engine:
        ours = engine.search(request_)
    expected = sample_engine.search(request_)
    assert ours["total"] == expected["total"]
    assert _counts(ours) == _counts(expected)
    assert ours["without_filter"] == expected["without_filter"]
    assert ours["relaxed"] == expected["relaxed"]
    assert (ours["match"], ours["words"]) == (expected["match"], expected["words"])
    assert not ours["partial"]
    if ours["total"] <= request_.per_page:  # ranking differs; the set found may not
        assert {r["id"] for r in ours["results"]} == {r["id"] for r in expected["results"]}
    if len(expected["nearly"]) < NEARLY_RESULTS:  # every candidate listed
        assert {(r["id"], r["missing"]) for r in ours["nearly"]} == {
            (r["id"], r["missing"]) for r in expected["nearly"]
        }
    if request_.sort == "date":
        dates = [r["published"] or "" for r in ours["results"]]
        assert dates == sorted(dates, reverse=True)


@pytest.fixture()
def sent(monkeypatch) -> list[tuple[str, tuple]]:
    """(SQL, arguments) of every statement the Sphinx engines send during the test."""
    statements: list[tuple[str, tuple]] = []
    statement = SphinxEngine._statement

    def recorded(connection, sql, args):
        statements.append((sql, args))
        return statement(connection, sql, args)

    monkeypatch.setattr(SphinxEngine, "_statement", staticmethod(recorded))
    return statements


def test_every_statement_matching_text_is_bounded_in_time(sample_engine, sphinx_sample, sent):
    """A node stops any text match past ``max_query_time``: the results, their facets,
    the counts a suggestion and the match levels ask, the articles lacking a word and
    the related articles (one unbounded statement could hold a request for good)."""
    doc_id = sample_engine.search(SearchRequest("kim ngạch xuất khẩu"))["results"][0]["id"]
    with SphinxEngine(sphinx_sample) as engine:
        for query in (
            "Tiền Gang xuat khau",
            "công thương Tiền Giang xuất khẩu gạo",
            "điện gió 2099",
        ):
            engine.search(SearchRequest(query))
        engine.related(doc_id)
    matching = [sql for sql, _ in sent if "MATCH(" in sql]
    assert len(matching) > 5
    assert [sql for sql in matching if sql.count("MATCH(") != sql.count("max_query_time")] == []


def test_a_request_asks_each_word_count_once(sample_engine, sphinx_sample, sent):
    """Segmenting, choosing a level and looking for a suggestion ask the same words'
    counts again and again; each is one round trip to every shard (and, with a shard
    hung, one wait on it), so a request asks a word, and the article total, once."""
    with SphinxEngine(sphinx_sample) as engine:
        for query in ("tỉnh", "kim ngạch xuất khẩu", "Tiền Gang xuat khau"):
            sent.clear()
            ours = engine.search(SearchRequest(query))
            asked = [
                arg for _, args in sent for arg in args if arg.startswith(vocabulary_match([]))
            ]
            expected = sample_engine.search(SearchRequest(query))
            assert [ours[key] for key in ("total", "suggestion")] == [
                expected[key] for key in ("total", "suggestion")
            ]
            lists = [m.partition(" @vocabulary (")[2].rstrip(")") for m in asked]
            words = [word for listed in lists if listed for word in listed.split(" | ")]
            assert lists.count("") <= 1
            assert len(words) == len(set(words)) > 0


def test_a_suggestion_past_its_time_is_left_out(sample_engine, sphinx_sample, monkeypatch):
    """The suggestion's look stops at ``SUGGESTION_SECONDS`` (a shard that hangs makes
    each of its statements wait); the query is answered as typed, without one."""
    request = SearchRequest("Tiền Gang xuat khau")
    expected = sample_engine.search(request)
    with SphinxEngine(sphinx_sample) as engine:
        assert engine.search(request)["suggestion"] == expected["suggestion"] is not None
        monkeypatch.setattr("search.sphinx.SUGGESTION_SECONDS", 0.0)
        late = engine.search(request)
        assert late["suggestion"] is None and not late["corrected"]
        assert late["total"] == sample_engine.search(replace(request, as_typed=True))["total"]
        assert engine.search(SearchRequest("tỉnh"))["total"] > 0  # the bound ends with the look


def test_a_found_query_is_respelt_from_the_same_best_matches_as_whoosh(
    sample_engine, sphinx_sample
):
    """The texts of the best matches, read from the cluster's stored documents, respell
    a tone the small vocabulary cannot settle as Whoosh's do."""
    request = SearchRequest("văn bản chỉ đạo của Tình ủy")
    with SphinxEngine(sphinx_sample) as engine:
        ours = engine.search(request)
    expected = sample_engine.search(request)
    assert ours["suggestion"] == expected["suggestion"] == "văn bản chỉ đạo của Tỉnh ủy"
    assert ours["total"] == expected["total"] > 0


def test_documents_live_on_the_shard_that_owns_their_id(sphinx_sample):
    nodes = parse_url(sphinx_sample)
    seen = 0
    for number, node in enumerate(nodes):
        with pymysql.connect(host=node.host, port=node.port, user="") as connection:
            cursor = connection.cursor()
            cursor.execute(f"SELECT stored FROM {shard_name(number)} LIMIT 1000")
            ids = [json.loads(row[0])["id"] for row in cursor.fetchall()]
        assert ids, f"shard {number} holds nothing"
        assert all(owner(doc_id, len(nodes)) == number for doc_id in ids)
        seen += len(ids)
    with SphinxEngine(sphinx_sample) as engine:
        assert engine.doc_count() == seen


def test_document_related_and_indicator_values_match_whoosh(sample_engine, sphinx_sample):
    doc_id = sample_engine.search(SearchRequest("kim ngạch xuất khẩu"))["results"][0]["id"]
    with SphinxEngine(sphinx_sample) as engine:
        assert engine.document(doc_id) == sample_engine.document(doc_id)
        assert engine.document("no-such-id") is None
        related = engine.related(doc_id)
        request = SearchRequest("", {"indicator": ["exports"]})
        values = engine.indicator_values(request)
    assert related and doc_id not in {r["id"] for r in related}
    expected = sample_engine.indicator_values(request)
    assert values["documents"] == expected["documents"]
    assert sorted(map(str, values["values"])) == sorted(map(str, expected["values"]))


@pytest.fixture()
def seed_cluster(start_cluster):
    """Two nodes holding the seeds, for tests that stop a node."""
    url, directory = start_cluster(2)
    sphinx.write(read_sources([str(SEEDS)], print), url)
    return url, directory


def _pid(directory, node: int) -> int:
    return int((directory / f"node{node}" / "searchd.pid").read_text())


def _finishes_while_stopped(directory, node: int, work, seconds: float) -> bool:
    """Whether ``work`` finishes within ``seconds`` while the node is stopped (SIGSTOP:
    it accepts connections and never answers); the node goes on afterwards."""
    pid = _pid(directory, node)
    os.kill(pid, signal.SIGSTOP)
    try:
        running = threading.Thread(target=work, daemon=True)
        running.start()
        running.join(timeout=seconds)
    finally:
        os.kill(pid, signal.SIGCONT)
    return not running.is_alive()


def _stop(directory, node: int) -> None:
    pid = _pid(directory, node)
    os.kill(pid, signal.SIGTERM)
    while os.path.exists(f"/proc/{pid}"):
        time.sleep(0.05)


def test_a_node_down_gives_partial_results_not_an_error(seed_cluster):
    url, directory = seed_cluster
    everything = SearchRequest("tỉnh", per_page=100)
    with SphinxEngine(url) as engine:
        full = engine.search(everything)
    _stop(directory, 1)
    app = create_app({"TESTING": True, "SEARCH_BACKEND": "sphinx", "SPHINX_URL": url})
    data = app.test_client().get("/api/search?q=tỉnh&per_page=100").get_json()
    assert data["partial"] is True
    assert 0 < data["total"] < full["total"]
    assert {r["id"] for r in data["results"]} == {
        r["id"] for r in full["results"] if owner(r["id"], 2) == 0
    }
    page = app.test_client().get("/search?q=tỉnh").get_data(as_text=True)
    assert "Kết quả chưa đầy đủ" in page
    app.extensions["search_engine"].close()


def test_the_next_node_answers_when_the_first_is_down(seed_cluster):
    url, directory = seed_cluster
    nodes = parse_url(url)
    _stop(directory, 0)
    with SphinxEngine(format_url(nodes)) as engine:
        result = engine.search(SearchRequest("tỉnh"))
    assert result["partial"] and result["total"] > 0
    _stop(directory, 1)
    with SphinxEngine(url) as engine, pytest.raises(IndexMissingError, match="no search node"):
        engine.search(SearchRequest("tỉnh"))
    app = create_app({"TESTING": True, "SEARCH_BACKEND": "sphinx", "SPHINX_URL": url})
    response = app.test_client().get("/api/search?q=tỉnh")
    assert response.status_code == 503 and "error" in response.get_json()


def test_the_next_node_answers_when_the_first_hangs(seed_cluster):
    """A stopped node still accepts connections (the kernel does) but never answers;
    without a read timeout the search would wait on it for ever."""
    url, directory = seed_cluster
    answers: list[dict] = []

    def search() -> None:
        with SphinxEngine(url) as engine:
            answers.append(engine.search(SearchRequest("")))

    finished = _finishes_while_stopped(directory, 0, search, 10 * SEARCH_TIMEOUT)
    assert finished, "the search still waits on the stopped node"
    assert answers[0]["partial"] and answers[0]["total"] > 0


def test_indexing_into_a_node_that_hangs_fails_with_its_name(seed_cluster, monkeypatch):
    """A write waits ``WRITE_TIMEOUT`` for a node, then the build stops and names it,
    rather than waiting for ever."""
    url, directory = seed_cluster
    monkeypatch.setattr("indexer.sphinx.WRITE_TIMEOUT", 1.0)
    failures: list[Exception] = []

    def build() -> None:
        try:
            sphinx.write(read_sources([str(SEEDS)], print), url)
        except sphinx.SphinxError as exc:
            failures.append(exc)

    finished = _finishes_while_stopped(directory, 1, build, 30)
    assert finished, "the build still waits on the stopped node"
    assert str(parse_url(url)[1]) in str(failures[0])


def test_waiting_for_a_node_that_never_greets_gives_up_at_the_start_bound(
    seed_cluster, monkeypatch
):
    """A stopped node accepts connections and never greets: the start waits
    ``START_SECONDS``, not a write's timeout, then names the node."""
    url, directory = seed_cluster
    monkeypatch.setattr(cluster, "START_SECONDS", 1.0)
    failures: list[Exception] = []

    def wait() -> None:
        try:
            cluster.wait_until_answering(url)
        except sphinx.SphinxError as exc:
            failures.append(exc)

    assert _finishes_while_stopped(directory, 1, wait, 30), "the start still waits"
    assert str(parse_url(url)[1]) in str(failures[0])


def test_cli_replaces_rather_than_duplicates_and_deletes_from_the_owner(seed_cluster):
    url, _ = seed_cluster
    command = [sys.executable, "-m", "indexer"]
    options = ["--backend", "sphinx", "--sphinx-url", url]
    with SphinxEngine(url) as engine:
        before = engine.doc_count()
        subprocess.run([*command, "build", str(SEEDS), *options], check=True, cwd=ROOT)
        assert engine.doc_count() == before
        doc_id = engine.search(SearchRequest("", per_page=1))["results"][0]["id"]
        done = subprocess.run([*command, "delete", doc_id, "missing-id", *options], cwd=ROOT)
        assert done.returncode == 0
        assert engine.doc_count() == before - 1 and engine.document(doc_id) is None
    shard = owner(doc_id, 2)
    node = parse_url(url)[shard]
    with pymysql.connect(host=node.host, port=node.port, user="") as connection:
        cursor = connection.cursor()
        cursor.execute(f"SELECT id FROM {shard_name(shard)} WHERE id = {document_key(doc_id)}")
        assert cursor.fetchall() == ()


def test_config_generator_wires_every_shard_into_each_node(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "indexer", "sphinx-config", "--nodes", "3", "--port", "9400"]
        + ["--dir", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "SPHINX_URL=mysql://127.0.0.1:9400,127.0.0.1:9402,127.0.0.1:9404" in done.stdout
    for number in range(3):
        config = (tmp_path / f"node{number}" / "sphinx.conf").read_text()
        assert f"local = shard{number}" in config
        agents = {f"127.0.0.1:{9401 + 2 * k}:shard{k}" for k in range(3) if k != number}
        assert {line.split("= ")[1] for line in config.splitlines() if "agent =" in line} == agents
        assert f"listen = 127.0.0.1:{9400 + 2 * number}:mysql41" in config


def test_nodes_whose_ports_another_searchd_holds_do_not_start(sphinx_sample, tmp_path):
    """Starting must not connect to someone else's node and call it ours."""
    twin = tmp_path / "twin"
    cluster.write_config(twin, parse_url(sphinx_sample))
    with pytest.raises(sphinx.SphinxError):
        cluster.start_nodes(twin)
    cluster.stop_nodes(twin)  # nothing of its own to stop: the running cluster stays up
    with SphinxEngine(sphinx_sample) as engine:
        assert engine.search(SearchRequest(per_page=1))["total"] > 0


def test_spelling_counts_words_used_together_as_whoosh_does(sample_engine, sphinx_sample):
    """Suggestions choose accents by the words around them: both backends count alike."""
    pairs = [
        ("tỉnh", "ben_tre"),
        ("xuất_khẩu", "tien_giang"),
        ("kinh_tế", "tang_truong"),
        ("xyzzy", "tinh"),
    ]
    with SphinxEngine(sphinx_sample) as engine:
        ours = engine._lexicon().together(pairs)
        typos = [engine.search(SearchRequest(q))["suggestion"] for q in ("ben tree", "xuat khauu")]
    expected = sample_engine._current().lexicon.together(pairs)
    assert ours == expected
    assert all(expected[pair] for pair in pairs[:3]) and not expected[pairs[3]]
    assert all(typos) and typos == [
        sample_engine.search(SearchRequest(q))["suggestion"] for q in ("ben tree", "xuat khauu")
    ]


def test_spelling_counts_syllables_side_by_side_as_whoosh_does(sample_engine, sphinx_sample):
    """A found query's slipped pair is told by how often its syllables stand side by
    side: both backends count the articles alike."""
    pairs = ["ben_tre", "kinh_te", "tang_truong", "tre_ben", "xyzzy_tinh"]
    with SphinxEngine(sphinx_sample) as engine:
        ours = engine._lexicon().adjacent(pairs)
    expected = sample_engine._current().lexicon.adjacent(pairs)
    assert ours == expected
    assert all(expected[pair] for pair in pairs[:3]) and not expected["xyzzy_tinh"]


def test_spelling_counts_spelt_pairs_as_whoosh_does(sample_engine, sphinx_sample):
    """A syllable typed without its tone takes the spelling its accented neighbour is
    written with in titles and summaries: both backends count those pairs alike."""
    words = ["công__thương", "tổ__chức", "công__an", "cong__thuong", "xyzzy__tỉnh"]
    with SphinxEngine(sphinx_sample) as engine:
        ours = engine._lexicon().counts(words)
    expected = sample_engine._current().lexicon.counts(words)
    assert ours == expected
    assert all(expected[1][word] for word in words[:3])
    assert not any(expected[1][word] for word in words[3:])  # a bare pair is not counted

import gzip
import json
import os
import pty
import re
import shutil
import subprocess
import sys

import pytest
from whoosh import index
from whoosh.codec.whoosh3 import W3Codec

import indexer.build
from indexer.build import IndexBusyError, build, delete, open_or_create
from indexer.sources import read_sources
from search import SearchEngine, SearchRequest
from search.format import writer
from search.format.schema import build_schema
from tests.conftest import ROOT, SEEDS, run_module


def _build(sources, index_dir, **kwargs):
    errors = []
    stats = build(
        read_sources([str(s) for s in sources], errors.append),
        index_dir,
        on_error=errors.append,
        **kwargs,
    )
    return stats, [str(e) for e in errors]


def tally(index_dir) -> int:
    return SearchEngine(index_dir).doc_count()


def _cli(*args, cwd=ROOT):
    return run_module("indexer", *args, cwd=cwd)


@pytest.mark.parametrize("jobs", [1, 2])
def test_rebuild_is_idempotent(tmp_path, jobs):
    first, _ = _build([SEEDS], tmp_path, jobs=jobs)
    second, _ = _build([SEEDS], tmp_path, jobs=jobs)
    assert (first.added, second.added, second.unchanged) == (5, 0, 5)
    assert tally(tmp_path) == 5


def test_a_new_views_version_reindexes_unchanged_articles(tmp_path, monkeypatch):
    """An index written before its views changed is brought up to date by the next build,
    though no article's text changed: what the older version indexed is replaced."""
    first, _ = _build([SEEDS], tmp_path)
    monkeypatch.setattr(indexer.build, "VIEWS_VERSION", indexer.build.VIEWS_VERSION + 1)
    second, _ = _build([SEEDS], tmp_path)
    assert (first.added, second.added, second.unchanged) == (5, 5, 0)
    assert tally(tmp_path) == 5


@pytest.mark.parametrize("jobs", [1, 2])
def test_changed_document_replaces_the_old_one(tmp_path, jobs):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    _build([corpus], tmp_path / "ix", jobs=jobs)
    seed = corpus / "003_9713efef0d945458.txt"
    seed.write_text(seed.read_text("utf-8") + "\nHợp tác xã Mỹ Phong trồng thanh long.", "utf-8")
    stats, _ = _build([corpus], tmp_path / "ix", jobs=jobs)
    assert stats.added == 1
    engine = SearchEngine(tmp_path / "ix")
    assert engine.doc_count() == 5
    hits = engine.search(SearchRequest("thanh long Mỹ Phong"))["results"]
    assert [h["id"] for h in hits] == ["003_9713efef0d945458"]


def test_many_small_runs_merge_their_segments(tmp_path, sample_records):
    """Whoosh merges small segments on commit (from the sixth); each run adds one article."""
    runs = sample_records[:8]
    for number, record in enumerate(runs):
        source = tmp_path / f"run-{number}.jsonl"
        source.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
        stats, _ = _build([source], tmp_path / "ix")
        assert stats.added == 1
    assert len(index.open_dir(str(tmp_path / "ix"))._segments()) < len(runs)
    engine = SearchEngine(tmp_path / "ix")
    assert engine.doc_count() == len(runs)
    for record in runs:
        title = engine.document(record["id"])["title"]
        hits = engine.search(SearchRequest(f'"{title}"'))["results"]
        assert record["id"] in [h["id"] for h in hits], title


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_full_buffer_continues_in_a_new_segment(tmp_path, monkeypatch, sample_file, jobs):
    """The buffer bound (about 1,400 entries per article) cuts the sample into many
    segments; search sees the same documents, matches and facets as in one."""
    _build([sample_file], tmp_path / "whole", jobs=jobs)
    monkeypatch.setattr(writer, "MAX_ENTRIES", 20_000)
    stats, _ = _build([sample_file], tmp_path / "cut", jobs=jobs)
    assert stats.added == 100
    assert len(index.open_dir(str(tmp_path / "cut"))._segments()) >= 4
    whole, cut = SearchEngine(tmp_path / "whole"), SearchEngine(tmp_path / "cut")
    assert cut.doc_count() == whole.doc_count() == 100
    for query in ["", "kinh tế", "xuat khau", '"Hà Nội"', "tỉnh -Hà"]:
        request = SearchRequest(query, per_page=100)
        expected, found = whole.search(request), cut.search(request)
        assert found["total"] == expected["total"] > 0, query
        assert {h["id"] for h in found["results"]} == {h["id"] for h in expected["results"]}
        assert found["facets"] == expected["facets"], query


def test_delete_removes_documents(tmp_path):
    _build([SEEDS], tmp_path)
    missing = delete(["000_e7b42ae495f19263", "no-such-id"], tmp_path)
    assert missing == ["no-such-id"]
    engine = SearchEngine(tmp_path)
    assert engine.doc_count() == 4
    assert engine.document("000_e7b42ae495f19263") is None


def test_text_file_title_and_dateline(seed_engine):
    doc = seed_engine.document("001_e6687adce95f4d90")
    assert doc["title"] == "Triển khai nhiệm vụ ngành công thương năm 2023"
    assert doc["published"] == "2023-02-07T18:34:00+07:00"
    assert seed_engine.document("000_e7b42ae495f19263")["published"] is None


def test_bad_records_are_reported_with_line_and_skipped(tmp_path, sample_records):
    good = [dict(r) for r in sample_records[:3]]
    lines = [
        json.dumps(good[0], ensure_ascii=False),
        "{broken json",
        json.dumps({"id": "x"}),
        json.dumps({**good[1], "body": 42}),
        json.dumps({**good[1], "title": ["a"]}),
        json.dumps({**good[1], "id": ""}),
        json.dumps({**good[1], "body": "  "}),
        json.dumps(good[1], ensure_ascii=False),
        json.dumps(good[0], ensure_ascii=False),
        "[1, 2]",
        json.dumps(good[2], ensure_ascii=False),
    ]
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join(lines) + "\n", "utf-8")
    stats, errors = _build([source], tmp_path / "ix")
    assert stats.indexed == 3
    assert tally(tmp_path / "ix") == 3
    expected = {
        2: "broken JSON",
        3: "missing key 'body'",
        4: "'body' must be a string",
        5: "'title' is not a string but list; dropped",
        6: "'id' must be a non-empty string",
        7: "empty body",
        8: "duplicate id",
        9: "duplicate id",
        10: "not a JSON object",
    }
    assert len(errors) == len(expected)
    for line, message in expected.items():
        assert any(e.startswith(f"{source}:{line}: ") and message in e for e in errors), line


def test_unreadable_text_files_are_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "003_9713efef0d945458.txt", corpus)
    text = "Tiêu đề\nNội dung bài viết về tỉnh Bến Tre."
    (corpus / "utf16.txt").write_bytes(text.encode("utf-16"))
    (corpus / "cp1258.txt").write_bytes("Tieu de\nBai viet ve Ha Noi \u00e9".encode("cp1258"))
    (corpus / "latin1.txt").write_bytes(
        "Titre\nCafé à Hà Nội".encode().replace(b"\xc3\xa9", b"\xe9")
    )
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (corpus / "empty.txt").write_bytes(b"\n \n")
    stats, errors = _build([corpus], tmp_path / "ix")
    assert stats.indexed == 1
    assert sorted(e.split(":")[0].rsplit("/", 1)[1] for e in errors) == [
        "binary.txt",
        "cp1258.txt",
        "empty.txt",
        "latin1.txt",
        "utf16.txt",
    ]
    assert any("UTF-16" in e for e in errors)
    assert any("not valid UTF-8" in e and "line 2" in e for e in errors)


def test_cli_build_reports_and_exit_codes(tmp_path, sample_file):
    result = _cli("build", SEEDS, sample_file, "--index", tmp_path / "ix", "--limit", "20")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("20 documents in ")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("{oops\n", "utf-8")
    failed = _cli("build", empty, "--index", tmp_path / "ix2")
    assert failed.returncode == 1
    assert f"{empty}:1: broken JSON" in failed.stderr


def test_cli_stats_and_delete(tmp_path):
    assert _cli("build", SEEDS, "--index", tmp_path).returncode == 0
    stats = _cli("stats", "--index", tmp_path)
    assert stats.returncode == 0
    assert "documents: 5" in stats.stdout
    assert "Tiền Giang" in stats.stdout
    deleted = _cli("delete", "004_5567385a45e4b666", "--index", tmp_path)
    assert deleted.returncode == 0
    assert "documents: 4" in _cli("stats", "--index", tmp_path).stdout


def test_an_index_in_an_older_posting_format_is_refused_untouched(tmp_path):
    ix = index.create_in(str(tmp_path), build_schema())
    with ix.writer(codec=W3Codec()) as writer:
        writer.add_document(id="old", title="Bản tin cũ", title_folded="ban tin cu")
    result = _cli("build", SEEDS, "--index", tmp_path)
    assert result.returncode == 4
    assert "older posting format" in result.stderr
    assert tally(tmp_path) == 1


def test_second_writer_gets_a_clear_error(tmp_path):
    _build([SEEDS], tmp_path)
    writer = open_or_create(tmp_path).writer()
    try:
        with pytest.raises(IndexBusyError, match="another indexer"):
            _build([SEEDS], tmp_path)
    finally:
        writer.cancel()
    assert tally(tmp_path) == 5


def test_parallel_build_indexes_the_same_terms(tmp_path, sample_file):
    _build([sample_file], tmp_path / "serial", limit=30)
    _build([sample_file], tmp_path / "parallel", limit=30, jobs=2)
    terms = []
    for name in ("serial", "parallel"):
        with open_or_create(tmp_path / name).reader() as reader:
            terms.append(sorted((f, t, reader.doc_frequency(f, t)) for f, t in reader.all_terms()))
    assert terms[0] == terms[1]
    assert len(terms[0]) > 1000


def _on_a_terminal(*args) -> str:
    """Run ``python -m indexer args`` with a pseudo-terminal for its output."""
    main, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "indexer", *map(str, args)],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(main)
    assert process.wait(timeout=300) == 0
    return output.decode("utf-8", "replace")


def test_the_progress_bar_shows_percent_rate_and_time_left_on_a_terminal_only(
    tmp_path, sample_file
):
    gzipped = tmp_path / "sample.jsonl.gz"
    gzipped.write_bytes(gzip.compress(sample_file.read_bytes()))
    shown = _on_a_terminal("build", gzipped, "--index", tmp_path / "tty")
    assert "indexing: 100%" in shown
    assert re.search(r"\[\d\d:\d\d<\d\d:\d\d, +[\d.]+[kM]?B/s, \d+ read, \d+ indexed\]", shown)
    quiet = run_module("indexer", "build", gzipped, "--index", tmp_path / "pipe")
    assert quiet.returncode == 0 and "%|" not in quiet.stderr + quiet.stdout


def test_every_facet_of_the_registry_is_extracted():
    """The schema's facet list names each ``Facets`` attribute the indexers store."""
    from dataclasses import fields

    from indexer.facets import Facets
    from search.format.schema import FACETS

    extracted = {field.name for field in fields(Facets)}
    assert {facet.attribute for facet in FACETS} <= extracted

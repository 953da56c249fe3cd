"""What counts as a hit: every query word as a word, its syllables adjacent in one field."""

from __future__ import annotations

import json

import numpy as np
import pytest

from eval.matching import evaluate, load_queries, read_corpus, relevant
from eval.typings import TYPINGS, fold
from indexer.build import build
from indexer.sources import read_sources
from search import SearchEngine, SearchRequest, docsets
from search.format.schema import folded_name
from search.names import Names
from search.positions import adjacent
from search.query import parse, word_items
from search.words import Lexicon, query_words
from tests.conftest import SAMPLE, SEEDS, _fail_on_error


@pytest.fixture(scope="module")
def sample_docs(sample_file):
    """The sample index's articles as ``eval.matching`` reads them."""
    return read_corpus(SEEDS, sample_file)


@pytest.fixture(scope="module")
def sample_1k(tmp_path_factory):
    """Seeds and the whole 1k sample: a vocabulary large enough to segment queries by."""
    path = tmp_path_factory.mktemp("sample-1k-index")
    build(read_sources([str(SEEDS), str(SAMPLE)], _fail_on_error), path, on_error=_fail_on_error)
    with SearchEngine(path) as engine:
        yield engine, read_corpus(SEEDS, SAMPLE)


def _ids(engine, query: str) -> set[str]:
    total = engine.search(SearchRequest(query, per_page=1))["total"]
    return {row["id"] for row in engine.rows(SearchRequest(query), max(total, 1))}


def test_the_match_set_is_the_articles_holding_the_words(sample_1k):
    """``eval.matching`` on its dev queries whose words the 1k sample holds."""
    engine, docs = sample_1k
    queries = [q for q in load_queries(split="dev") if relevant(docs, q["words"])]
    assert len(queries) >= 30
    report = evaluate(engine, queries, docs, TYPINGS)
    for typing in TYPINGS:
        _, precision, recall = report.scores(typing)
        assert precision >= 0.95 and recall >= 0.95, (typing, report.worst(5))


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("vĩnh long", "Vĩnh Long"),
        ("VĨNH LONG", "Vĩnh Long"),
        ("vinh long", "Vĩnh Long"),
        ("Khánh Hoà", "Khánh Hòa"),  # the old tone placement
        ("khanh hoa", "Khánh Hòa"),
    ],
)
def test_accents_case_and_tone_placement_do_not_change_the_words(sample_1k, typed, canonical):
    engine, _ = sample_1k
    result = engine.search(SearchRequest(typed))
    expected = engine.search(SearchRequest(canonical))
    assert result["match"] == expected["match"] == "words"
    assert len(result["words"]) == 1
    assert _ids(engine, typed) == _ids(engine, canonical)


@pytest.mark.parametrize("province", ["Bến Tre", "Hà Nội", "Tiền Giang", "Sóc Trăng", "Vĩnh Long"])
def test_a_province_query_puts_that_province_first_in_its_facet(sample_1k, province):
    engine, _ = sample_1k
    for typed in (province, fold(province)):
        facet = engine.search(SearchRequest(typed))["facets"]["province"]
        assert facet[0]["value"] == province, (typed, facet[:3])


def test_syllables_apart_are_not_a_word(sample_1k):
    """ "Sở Tài chính" needs its three syllables together, not "sở" here and "tài chính"
    there, which many more articles hold."""
    engine, docs = sample_1k
    words = _ids(engine, "Sở Tài chính")
    assert words and words == relevant(docs, ["Sở Tài chính"])
    assert len(relevant(docs, ["sở", "tài chính"])) > 2 * len(words)


def test_names_stay_whole_where_the_vocabulary_would_split_them(sample_1k):
    engine, _ = sample_1k
    for typed in ("so tai chinh vinh long", "Sở Tài chính Vĩnh Long"):
        words = engine.search(SearchRequest(typed))["words"]
        assert [fold(word) for word in words] == ["so tai chinh", "vinh long"]


def test_or_and_exclusion_work_on_words(sample_1k):
    engine, _ = sample_1k
    hanoi, haiphong = _ids(engine, "Hà Nội"), _ids(engine, "Hải Phòng")
    assert hanoi and haiphong
    assert _ids(engine, "Hà Nội OR Hải Phòng") == hanoi | haiphong
    assert _ids(engine, 'Hà Nội -"Hải Phòng"') == hanoi - haiphong


def test_a_quoted_phrase_keeps_its_order(sample_engine, sample_docs):
    assert _ids(sample_engine, '"Bến Tre"') == relevant(sample_docs, ["Bến Tre"])
    assert _ids(sample_engine, '"Tre Bến"') == relevant(sample_docs, ["Tre Bến"])


def test_each_fallback_is_said(sample_1k):
    engine, _ = sample_1k
    loose = engine.search(SearchRequest("Sở Ngoại vụ Bến Tre"))
    assert loose["total"] and loose["match"] == "syllables"
    relaxed = engine.search(SearchRequest("Bến Tre xyzzyq"))
    assert relaxed["match"] == "relaxed" and relaxed["relaxed"] == {"dropped": "xyzzyq"}
    assert engine.search(SearchRequest("Bến Tre"))["match"] == "words"


def test_exports_and_indicator_views_follow_the_match_set(sample_engine):
    request = SearchRequest("kim ngạch xuất khẩu")
    result = sample_engine.search(request)
    assert result["match"] == "words" and result["total"] > 0
    assert len(sample_engine.rows(request, 10_000)) == result["total"]
    assert sample_engine.indicator_values(request)["documents"] == result["total"]


def test_word_items_bind_or_to_whole_words():
    split = Lexicon(lambda words: (10, {"hà_nội": 5, "hải_phòng": 5}), Names.of([]))
    parsed = word_items(parse("tin Hà Nội OR Hải Phòng mới"), lambda t: query_words(t, split))
    assert [i.alternatives for i in parsed.items] == [
        ["tin"],
        ["Hà Nội", "Hải Phòng"],
        ["mới"],
    ]


def test_adjacency_from_positions_is_whooshs_phrase_match(sample_1k):
    """Three-syllable words go through positions; Whoosh's own matcher agrees."""
    from whoosh import query as wq

    searcher = sample_1k[0]._current().searcher
    field = folded_name("body")
    everything = np.ones(searcher.doc_count_all(), bool)
    for phrase in (["uy", "ban", "nhan"], ["so", "tai", "chinh"], ["nam", "2017", "va"]):
        ours = np.flatnonzero(adjacent(searcher.reader(), field, phrase, everything))
        theirs = sorted(searcher.docs_for_query(wq.Phrase(field, phrase)))
        assert ours.tolist() == theirs and theirs, phrase
        few = np.zeros_like(everything)  # most blocks hold none of these: passed unread
        few[theirs[len(theirs) // 2] : theirs[len(theirs) // 2] + 3] = True
        few[theirs[-1]] = True
        ours = np.flatnonzero(adjacent(searcher.reader(), field, phrase, few))
        assert ours.tolist() == [doc for doc in theirs if few[doc]], phrase


def test_phrases_past_the_time_budget_match_by_pairs_and_say_so(sample_1k, monkeypatch):
    engine, _ = sample_1k
    query = '"ủy ban nhân dân" "sở tài chính"'
    exact = engine.search(SearchRequest(query))
    assert exact["total"] and not exact["approximate"]
    monkeypatch.setattr(docsets, "POSITIONS_BUDGET_SECONDS", 0.0)
    rough = engine.search(SearchRequest(query))
    assert rough["approximate"] and rough["total"] >= exact["total"]
    assert _ids(engine, query) >= {r["id"] for r in exact["results"]}


def test_a_run_of_phrases_reads_positions_only_where_the_others_left(sample_1k):
    """AND narrows before positions are read: the same hits as each phrase alone."""
    engine, _ = sample_1k
    phrases = ['"ủy ban nhân dân"', '"sở tài chính"', '"năm 2017 và"']
    alone = [_ids(engine, phrase) for phrase in phrases]
    assert _ids(engine, " ".join(phrases)) == set.intersection(*alone)
    assert _ids(engine, " OR ".join(phrases)) == set.union(*alone)


def test_snippets_mark_words_where_they_stand_whole():
    from search.highlight import Highlighter

    text = "Mưa kéo dài, cả tỉnh Vĩnh Long ngập; ở Long An, Vĩnh Phúc cũng thế."
    marked = str(Highlighter(["vinh long"]).mark(text))
    assert marked.count("<mark>") == 1 and "<mark>Vĩnh Long</mark>" in marked
    assert str(Highlighter(["vĩnh", "long"]).mark(text)).count("<mark>") == 4
    assert str(Highlighter(["Vĩnh Lòng"]).mark(text)).count("<mark>") == 0  # typed accents count


def test_reader_answers_become_ranking_queries_with_their_and_set(tmp_path):
    from eval.reader_queries import build as build_queries

    answers = [
        {"id": "003_9713efef0d945458", "written": "Tiền  Giang công thương"},
        {"id": "000_e7b42ae495f19263", "written": "Sở Công Thương Bạc Liêu"},
    ]
    (tmp_path / "answers_0.jsonl").write_text(
        "\n".join(json.dumps(a, ensure_ascii=False) for a in answers), encoding="utf-8"
    )
    queries = build_queries(tmp_path, SEEDS, tmp_path / "out.jsonl")
    first, second = queries
    assert first["written"] == "Tiền Giang công thương"
    assert first["unaccented"] == "tien giang cong thuong"
    assert first["target_in_set"] and first["set"] >= 1
    assert not second["target_in_set"]  # no seed article names Bạc Liêu
    assert {q["split"] for q in queries} <= {"dev", "test"}
    written = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in written] == ["r001", "r002"]


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Ủy ban nhân dân", "UBND"),
        ("Thành phố Hồ Chí Minh", "TP.HCM"),
        ("trung hoc pho thong", "thpt"),
    ],
)
def test_a_name_in_full_or_abbreviated_finds_both(sample_1k, full, short):
    engine, docs = sample_1k
    by_full, by_short = _ids(engine, full), _ids(engine, short)
    assert by_full == by_short
    only_short = relevant(docs, [short]) - {d for d, fields in docs if _holds(fields, full)}
    assert only_short and only_short <= by_full  # articles that never write it in full


def _holds(fields: tuple[str, ...], text: str) -> bool:
    from eval.matching import folded_syllables

    return any(folded_syllables(text) in field for field in fields)


def test_a_quoted_name_is_found_as_written(sample_1k):
    engine, docs = sample_1k
    quoted = _ids(engine, '"Ủy ban nhân dân"')
    assert quoted and all(_holds(fields, "Ủy ban nhân dân") for d, fields in docs if d in quoted)
    assert quoted < _ids(engine, "Ủy ban nhân dân")

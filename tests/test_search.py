import html
import json
import subprocess
import sys
import time

import numpy as np
import pytest

from search import InvalidRequest, SearchRequest, docsets
from search.highlight import Highlighter
from search.nearly import NEARLY_FEW, NEARLY_RESULTS
from search.query import parse

SOC_TRANG, BEN_TRE, NINH_THUAN, TIEN_GIANG, SEED_004 = (
    "000_e7b42ae495f19263",
    "001_e6687adce95f4d90",
    "002_1bdef0a6c397766b",
    "003_9713efef0d945458",
    "004_5567385a45e4b666",
)


def _ids(engine, query="", **kwargs):
    return [r["id"] for r in engine.search(SearchRequest(query, **kwargs))["results"]]


@pytest.mark.parametrize(
    ("query", "expected_first"),
    [
        ("kim ngạch xuất khẩu Tiền Giang 2023", TIEN_GIANG),
        ("kim ngach xuat khau tien giang", TIEN_GIANG),
        ("so cong thuong ben tre", BEN_TRE),
        ("Phó Chủ tịch Thường trực Nguyễn Tuấn Hà", SEED_004),
        ("tỷ lệ hộ sử dụng điện", NINH_THUAN),
        ("xuất khẩu gạo may mặc", SOC_TRANG),
    ],
)
def test_the_right_seed_ranks_first(seed_engine, query, expected_first):
    assert _ids(seed_engine, query)[0] == expected_first


def test_accent_free_and_accented_queries_find_the_same_documents(seed_engine):
    accented = set(_ids(seed_engine, "điện gió"))
    assert accented and accented == set(_ids(seed_engine, "dien gio"))


def test_accent_exact_match_outranks_a_folded_one(sample_engine):
    for word in ("đường", "dương"):
        results = sample_engine.search(SearchRequest(word, per_page=5))["results"]
        assert results, word
        assert word in results[0]["snippet"].lower()


def test_phrase_requires_adjacent_words(seed_engine):
    assert set(_ids(seed_engine, '"điện gió"')) == {SOC_TRANG, BEN_TRE}
    assert _ids(seed_engine, '"gió điện"') == []


def test_exclusion_removes_documents(seed_engine):
    with_all = set(_ids(seed_engine, "kim ngạch xuất khẩu"))
    without = set(_ids(seed_engine, "kim ngạch xuất khẩu -gạo"))
    assert SOC_TRANG in with_all and SOC_TRANG not in without
    assert without and without < with_all


def test_or_widens_the_search(seed_engine):
    assert set(_ids(seed_engine, "gạo OR hydro")) == {SOC_TRANG, BEN_TRE}


@pytest.mark.parametrize(
    ("query", "plain"),
    [
        ('"unbalanced', "unbalanced"),
        ("-", ""),
        ("- -", ""),
        ("OR", ""),
        ("a OR", "a"),
        ('""', ""),
        ("((", ""),
        ("*", ""),
        ("title:*", "title"),
        ('"Bến Tre', "Bến Tre"),
    ],
)
def test_malformed_syntax_degrades_to_a_plain_search(seed_engine, query, plain):
    result = seed_engine.search(SearchRequest(query))
    same = seed_engine.search(SearchRequest(plain))
    assert (result["total"], result["words"]) == (same["total"], same["words"])


def test_parse_understands_the_syntax():
    items = parse('"Bến Tre" -lũ gạo OR tôm').items
    assert [(i.alternatives, i.phrase, i.negated) for i in items] == [
        (["Bến Tre"], True, False),
        (["lũ"], False, True),
        (["gạo", "tôm"], False, False),
    ]


def test_filters_or_within_and_across_facets(seed_engine):
    two = seed_engine.search(SearchRequest(filters={"province": ["Bến Tre", "Tiền Giang"]}))
    assert {r["id"] for r in two["results"]} == {BEN_TRE, TIEN_GIANG}
    both = SearchRequest(
        filters={"province": ["Bến Tre", "Tiền Giang"], "official": ["Phạm Văn Trọng"]}
    )
    assert _ids(seed_engine, filters=both.filters) == [TIEN_GIANG]


def test_facet_counts_cover_all_results_not_the_page(seed_engine):
    result = seed_engine.search(SearchRequest("công thương", per_page=1))
    assert result["total"] == 5 and len(result["results"]) == 1
    counts = {v["value"]: v["count"] for v in result["facets"]["indicator"]}
    assert counts["exports"] == 5
    assert {v["value"] for v in result["facets"]["year"]} >= {2021, 2022, 2023, 2024}


def test_multi_select_counts_ignore_the_facets_own_filter(seed_engine):
    result = seed_engine.search(SearchRequest(filters={"province": ["Bến Tre"]}))
    provinces = {v["value"]: (v["count"], v["selected"]) for v in result["facets"]["province"]}
    assert provinces["Bến Tre"] == (1, True)
    assert provinces["Tiền Giang"] == (1, False)
    assert result["total"] == 1


def test_empty_query_with_filter_lists_by_date(sample_engine):
    result = sample_engine.search(SearchRequest(filters={"year": ["2021"]}, per_page=50))
    dates = [r["published"] for r in result["results"] if r["published"]]
    assert len(dates) > 5
    assert dates == sorted(dates, reverse=True)


def test_sort_by_date(sample_engine):
    results = sample_engine.search(SearchRequest("tỉnh", sort="date", per_page=20))["results"]
    dates = [r["published"] for r in results if r["published"]]
    assert dates == sorted(dates, reverse=True)


def test_snippet_highlights_folded_matches_on_the_original_text(seed_engine):
    result = seed_engine.search(SearchRequest("tien giang"))["results"][0]
    assert "<mark>Tiền Giang</mark>" in result["snippet"]


def test_snippet_is_short_escaped_and_never_cuts_a_word(sample_engine):
    for result in sample_engine.search(SearchRequest("tỉnh", per_page=30))["results"]:
        plain = html.unescape(result["snippet"].replace("<mark>", "").replace("</mark>", ""))
        assert len(plain) <= 300
        assert "<" not in result["snippet"].replace("<mark>", "").replace("</mark>", "")
        core = plain.removeprefix("… ").removesuffix(" …")
        doc = sample_engine.document(result["id"])
        text = doc["body"] if core in doc["body"] else doc["summary"]
        start = text.index(core)
        end = start + len(core)
        assert start == 0 or not text[start - 1].isalnum()
        assert end == len(text) or not text[end].isalnum()


def test_snippet_prefers_the_passage_with_the_query_words(seed_engine):
    result = seed_engine.search(SearchRequest("377MW điện gió khai thác thương mại"))["results"][0]
    assert result["id"] == BEN_TRE
    assert "<mark>377MW</mark>" in result["snippet"]


def test_snippet_opens_on_the_sentence_with_the_query_year():
    plan = "Kế hoạch năm 2024, kim ngạch xuất khẩu của Tiền Giang phấn đấu đạt 5 tỷ USD. "
    filler = "Doanh nghiệp được hỗ trợ tìm thị trường mới và mở rộng sản xuất. " * 3
    actual = "Năm 2023, kim ngạch xuất khẩu của Tiền Giang đạt 4,5 tỷ USD."
    words = parse("xuất khẩu Tiền Giang 2023").highlight_terms(words=True)
    snippet = Highlighter(words).snippet(plan + filler + actual)
    assert snippet.startswith("… Năm <mark>2023</mark>") and "2024" not in snippet


def test_document_numbers_are_searchable_whole(sample_engine, sample_records):
    import re

    for record in sample_records:
        match = re.search(r"\b\d{1,4}/\d{4}/[A-ZĐ]+-[A-ZĐ]+", record["body"])
        if match:
            ids = _ids(sample_engine, match.group())
            assert record["id"] in ids
            return
    pytest.fail("no document number in the sample")


@pytest.mark.parametrize("separator", ["-", "/", "."])
def test_dates_match_whichever_separator_the_text_used(sample_engine, sample_records, separator):
    import re

    for record in sample_records:
        match = re.search(r"\b(\d{1,2})[/-](\d{1,2})\b", record["title"])
        if match:
            day, month = match.groups()
            words = re.sub(r"[\d/-]+", " ", record["title"]).split()[:4]
            query = " ".join(words) + f" {day}{separator}{month}"
            result = sample_engine.search(SearchRequest(query))
            assert result["relaxed"] is None, query
            assert record["id"] in [r["id"] for r in result["results"]], query
            return
    pytest.fail("no day/month date in a sample title")


def test_decimal_numbers_match_as_written(sample_engine, sample_records):
    import re

    for record in sample_records:
        match = re.search(r"\b\d+,\d+\b", record["body"])
        if match:
            result = sample_engine.search(SearchRequest(match.group(), per_page=100))
            assert result["relaxed"] is None
            assert record["id"] in [r["id"] for r in result["results"]]
            return
    pytest.fail("no decimal number in the sample")


def test_recency_only_breaks_ties(sample_engine):
    snap = sample_engine._current()
    newest_first = snap.newest_first(np.arange(snap.searcher.doc_count_all()))
    factors = snap.recency[newest_first]
    assert factors[0] > factors[len(factors) // 2] >= 1.0
    assert factors.max() <= 1.02
    assert factors[-1] == 1.0  # undated or oldest: no bonus to speak of
    assert list(factors) == sorted(factors, reverse=True)


def test_results_on_real_news(sample_engine):
    result = sample_engine.search(SearchRequest("UBND tỉnh"))
    assert result["total"] > 20
    assert all(r["title"] for r in result["results"])
    assert all(v["count"] > 0 for v in result["facets"]["province"])


@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest(page=0),
        SearchRequest(per_page=0),
        SearchRequest(per_page=101),
        SearchRequest(page=2000, per_page=10),
        SearchRequest(sort="random"),
        SearchRequest("x" * 501),
        SearchRequest(filters={"year": ["20x3"]}),
        SearchRequest(filters={"colour": ["red"]}),
    ],
)
def test_invalid_requests_are_rejected_with_a_reason(seed_engine, request_):
    with pytest.raises(InvalidRequest):
        seed_engine.search(request_)


def _search_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "search", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_prints_the_api_object_and_a_readable_list(seed_index):
    as_json = _search_cli(
        "so cong thuong", "--province", "Bến Tre", "--index", seed_index, "--json"
    )
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert [r["id"] for r in data["results"]] == [BEN_TRE]
    assert {"query", "total", "page", "per_page", "results", "facets"} <= set(data)
    readable = _search_cli("tien giang", "--index", seed_index)
    assert readable.returncode == 0
    assert "[Tiền Giang]" in readable.stdout and TIEN_GIANG in readable.stdout
    assert _search_cli("x", "--index", seed_index / "missing").returncode == 2


def test_cli_output_read_in_part_ends_quietly(seed_index):
    """``python -m search … | head -1``: the reader closes the pipe early."""
    command = [sys.executable, "-m", "search", "tien giang", "--index", str(seed_index)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert b"BrokenPipeError" not in stderr
    by_date = _search_cli("tien giang", "--sort", "date", "--index", seed_index, "--json")
    assert json.loads(by_date.stdout)["sort"] == "date"
    assert _search_cli("x", "--sort", "newest", "--index", seed_index).returncode == 2


def test_the_rarest_term_is_dropped_when_all_together_find_nothing(seed_engine):
    result = seed_engine.search(SearchRequest("điện gió Bến Tre 2099"))
    assert result["relaxed"] == {"dropped": "2099"}
    assert [r["id"] for r in result["results"]][0] == BEN_TRE
    assert seed_engine.search(SearchRequest("điện gió"))["relaxed"] is None


def _holding(engine, query: str) -> set[str]:
    return {row["id"] for row in engine.rows(SearchRequest(query), 1000)}


def test_few_results_are_followed_by_articles_lacking_one_word(sample_engine):
    query = "công thương Tiền Giang xuất khẩu gạo"
    result = sample_engine.search(SearchRequest(query))
    assert 0 < result["total"] <= NEARLY_FEW and result["nearly"]
    holding_all = _holding(sample_engine, query)
    for hit in result["nearly"]:
        assert hit["id"] not in holding_all
        rest = query.replace(hit["missing"], " ")
        assert hit["missing"] in result["words"] and hit["id"] in _holding(sample_engine, rest)
    scores = [hit["score"] for hit in result["nearly"]]
    assert scores == sorted(scores, reverse=True) and len(scores) <= NEARLY_RESULTS
    filtered = sample_engine.search(SearchRequest(query, {"province": ["Tiền Giang"]}))["nearly"]
    assert filtered and all("Tiền Giang" in hit["provinces"] for hit in filtered)
    assert len(filtered) < len(result["nearly"])


@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest("công thương Tiền Giang xuất khẩu gạo", sort="date"),
        SearchRequest("công thương Tiền Giang xuất khẩu gạo", page=2),
        SearchRequest("Tiền Giang"),  # more than a few hold it
        SearchRequest("điện gió Bến Tre 2099"),  # relaxed: it lacks a word already
    ],
    ids=lambda r: f"{r.query}|{r.sort}|{r.page}",
)
def test_no_articles_lacking_a_word_where_they_would_mislead(sample_engine, request_):
    assert sample_engine.search(request_)["nearly"] == []


def test_the_articles_lacking_a_word_share_the_requests_positions_budget(
    sample_engine, monkeypatch
):
    """Reading positions is bounded per request, not per search within it: once the
    query's own phrase has spent the budget, the articles lacking a word are matched by
    adjacent pairs, with no positions read."""
    reads = []

    def slow_adjacent(*args):
        reads.append(args[2])
        time.sleep(docsets.POSITIONS_BUDGET_SECONDS * 1.5)
        return read_adjacent(*args)

    read_adjacent = docsets.adjacent
    monkeypatch.setattr(docsets, "adjacent", slow_adjacent)
    result = sample_engine.search(SearchRequest('"xuất khẩu gạo" công thương Tiền Giang'))
    assert result["nearly"]
    assert len(reads) == 1


def test_fast_highlighting_finds_what_the_syllable_walk_finds(sample_records):
    from search.analysis import query_syllables
    from search.highlight import Highlighter
    from search.tones import fold

    for record in sample_records[:60]:
        syllables = query_syllables(record["body"])
        if not syllables:
            continue
        terms = syllables[:: max(1, len(syllables) // 5)][:5]
        terms += [fold(t) for t in syllables[3:6]]
        highlighter = Highlighter(terms)
        text = record["body"]
        fast, walked = highlighter._hits(text), highlighter._hits_by_syllable(text)
        assert [h[:3] for h in fast] == [h[:3] for h in walked], terms
        assert highlighter.matches(text), terms


def test_an_index_of_an_older_version_is_refused_with_what_to_do(tmp_path):
    from whoosh import index
    from whoosh.fields import ID, Schema

    from search import IndexMissingError, SearchEngine

    index.create_in(str(tmp_path), Schema(id=ID(stored=True, unique=True)))
    with pytest.raises(IndexMissingError, match="older version.*vocabulary.*make index"):
        SearchEngine(tmp_path).search(SearchRequest("x"))


def test_only_a_facet_pages_own_facet_is_counted_in_full():
    """A facet's page reads one facet: the Sphinx backend counts only it exactly (the
    officials' exact count cost 250-350 ms on every page)."""
    assert SearchRequest().facets_in_full() == ()
    assert "official" in SearchRequest(facet_limit=None).facets_in_full()
    assert SearchRequest(facet_limit=None, only_facet="province").facets_in_full() == ("province",)

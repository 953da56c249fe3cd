"""Regression guard: facet scores on the gold articles that are in the 1k sample."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from eval.facets import (
    DEV_FILES,
    TEST_SHA256,
    TEST_SPLIT,
    annotation_predict,
    extractor_predict,
    file_sha256,
    load_articles,
    load_gold,
    score,
)
from eval.facets import main as facets_main
from tests.conftest import SAMPLE

# A little below the scores measured on the sample subset, so real regressions fail.
MIN_F1 = {
    "province": 0.90,
    "province_mentioned": 0.95,
    "official": 0.90,
    "year": 0.93,
    "indicator": 0.70,
}
MIN_VALUE_ACCURACY = 0.60


@pytest.fixture(scope="module")
def result() -> dict:
    gold = load_gold(only_sample=True)
    return score(gold, extractor_predict(load_articles(gold)))


def test_gold_sample_runs_without_failures(result: dict) -> None:
    assert result["articles"] > 50
    assert result["failures"] == []


@pytest.mark.parametrize("facet", sorted(MIN_F1))
def test_gold_sample_f1(result: dict, facet: str) -> None:
    assert result["facets"][facet]["f1"] >= MIN_F1[facet]


def test_gold_sample_indicator_values(result: dict) -> None:
    assert result["values"]["accuracy"] >= MIN_VALUE_ACCURACY


def test_the_test_split_is_frozen_and_held_out() -> None:
    """Held out: drawn outside the dev set and the 1k sample, unchanged since frozen."""
    assert file_sha256(TEST_SPLIT) == TEST_SHA256
    test_ids = [record["id"] for record in load_gold(TEST_SPLIT)]
    assert len(test_ids) >= 200 and len(set(test_ids)) == len(test_ids)
    dev_ids = {record["id"] for path in DEV_FILES for record in load_gold(path)}
    sample_ids = {json.loads(line)["id"] for line in SAMPLE.read_text("utf-8").splitlines()}
    assert not set(test_ids) & (dev_ids | sample_ids)
    kinds = Counter(record["kind"] for record in load_gold(TEST_SPLIT))
    assert set(kinds) == {"economy", "government", "other"} and min(kinds.values()) >= 60


def test_the_test_split_reports_without_its_errors() -> None:
    with pytest.raises(SystemExit):
        facets_main(["--split", "test", "--errors"])


def test_values_are_compared_in_their_canonical_unit() -> None:
    """ "35 nghìn tỷ đồng" is the 35,000 tỷ đồng the extractor writes, 3,07 triệu lượt its
    3,070,000 lượt and 9,5 tỷ EUR its 9.500 triệu euro, as the indicator pages compare
    them; another amount is not."""
    gold = {
        "id": "x",
        "provinces": [],
        "provinces_mentioned": [],
        "officials": [],
        "years": [],
        "indicators": [
            {"indicator": "budget_revenue", "value": 35, "unit": "nghìn tỷ đồng", "kind": "actual"},
            {"indicator": "tourism", "value": 3.07, "unit": "triệu lượt", "kind": "actual"},
            {"indicator": "exports", "value": 5.1, "unit": "tỷ USD", "kind": "actual"},
        ],
    }
    predicted = {
        "indicator_values": [
            {"indicator": "budget_revenue", "value": 35000.0, "unit": "tỷ đồng", "kind": "actual"},
            {"indicator": "tourism", "value": 3070000.0, "unit": "lượt", "kind": "actual"},
            {"indicator": "exports", "value": 5.1, "unit": "triệu USD", "kind": "actual"},
        ]
    }
    gold["indicators"].append(
        {"indicator": "investment", "value": 9.5, "unit": "tỷ EUR", "kind": "actual"}
    )
    predicted["indicator_values"].append(
        {"indicator": "investment", "value": 9500.0, "unit": "triệu euro", "kind": "actual"}
    )
    values = score([gold], lambda _: predicted)["values"]
    assert (values["gold"], values["matched"]) == (4, 3)
    assert (values["dated"], values["year_correct"]) == (0, 0)  # no gold year to place


def test_a_matched_values_year_is_scored_where_the_gold_names_one() -> None:
    """The year a chart places a value in: right, wrong, or not named by the annotator."""
    entry = {"indicator": "exports", "value": 5.1, "unit": "tỷ USD", "kind": "actual"}
    gold = {
        "id": "x",
        **{key: [] for key in ("provinces", "provinces_mentioned", "officials", "years")},
        "indicators": [
            {**entry, "year": 2016},
            {**entry, "value": 6.0, "year": 2017},
            {**entry, "value": 7.0, "year": None},
        ],
    }
    predicted = {
        "indicator_values": [
            {**entry, "year": 2016},
            {**entry, "value": 6.0, "year": 2015},
            {**entry, "value": 7.0, "year": 2017},
        ]
    }
    values = score([gold], lambda _: predicted)["values"]
    assert (values["matched"], values["dated"], values["year_correct"]) == (3, 2, 1)


def test_a_dev_draw_can_ask_for_articles_dense_in_indicators_or_officials() -> None:
    from eval.draw_facets import reports, titles

    record = {
        "title": "Chủ tịch UBND tỉnh làm việc với Giám đốc Sở Công Thương",
        "summary": None,
        "body": "Kim ngạch xuất khẩu đạt 1 tỷ USD; Phó Chủ tịch dự họp.",
    }
    assert (reports(record), titles(record)) == (2, 3)


def test_a_draw_asking_for_more_than_is_left_says_so(tmp_path, capsys) -> None:
    """Too few unannotated articles, or an unknown kind, is a clear error, not a trace."""
    import gzip

    from eval.draw_facets import main as draw_main
    from eval.facets import FULL_FILE, SAMPLE_FILE

    (tmp_path / SAMPLE_FILE).write_text("", encoding="utf-8")
    article = {"id": "x-1", "title": "Tin", "summary": None, "body": "Trời mưa.", "published": None}
    with gzip.open(tmp_path / FULL_FILE, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(article) + "\n")
    for kinds, said in (("other", "only 1 other articles left"), ("econ", "unknown kinds")):
        with pytest.raises(SystemExit) as stop:
            draw_main(
                ["--for", "dev", "--kinds", kinds, "--per-kind", "2", "--corpus", str(tmp_path)]
                + ["--out", str(tmp_path / "out")]
            )
        assert stop.value.code == 2
        assert said in capsys.readouterr().err


def test_a_second_annotation_is_scored_as_the_prediction() -> None:
    """Agreement: an annotation agrees fully with itself, and a reader who drops a
    province and changes a value loses exactly those."""
    gold = load_gold(DEV_FILES[-1])
    # a facet the file has no entry of scores 0 either way (the newest may name no indicator)
    facets = [f for f in score(gold, annotation_predict(gold))["facets"].values() if f["gold"]]
    assert facets and all(f["f1"] == 1.0 for f in facets)
    # the newest file may hold no such article: take the newest that does
    first = next(
        r
        for path in reversed(DEV_FILES)
        for r in load_gold(path)
        if r["provinces"] and r["indicators"]
    )
    changed = {**first, "provinces": first["provinces"][1:]}
    entry = first["indicators"][0]
    changed["indicators"] = [{**entry, "value": entry["value"] + 1}, *first["indicators"][1:]]
    result = score([first], annotation_predict([changed]))
    assert result["facets"]["province"]["tp"] == len(first["provinces"]) - 1
    assert result["facets"]["indicator"]["f1"] == 1.0
    assert result["values"]["matched"] == result["values"]["gold"] - 1


def test_agreement_needs_every_article_annotated_twice(tmp_path, capsys) -> None:
    second = tmp_path / "second.jsonl"
    second.write_text(DEV_FILES[-1].read_text("utf-8").splitlines()[0] + "\n", "utf-8")
    with pytest.raises(SystemExit):
        facets_main(["--gold", str(DEV_FILES[-1]), "--against", str(second)])
    assert "--against lacks" in capsys.readouterr().err

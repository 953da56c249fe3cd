"""Regression guard: facet scores on the gold articles that are in the 1k sample."""

from __future__ import annotations

import pytest

from eval.facets import (
    extractor_predict,
    load_articles,
    load_gold,
    score,
)

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

import pickle

import pytest
from pyvi import ViTokenizer

from search.analysis import (
    document_numbers,
    folded_analyzer,
    folded_terms,
    pair_terms,
    pairs_analyzer,
    vocabulary_analyzer,
    vocabulary_terms,
    word_analyzer,
    word_terms,
)
from search.format.schema import build_schema
from search.segmentation import segment
from search.tones import compose, fold, normalize, unify_tones


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("hoà", "hòa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("thuỵ", "thụy"),
        ("khoẻ", "khỏe"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
    ],
)
def test_tone_placement_is_unified(variant, canonical):
    assert unify_tones(variant) == canonical
    assert unify_tones(canonical) == canonical


@pytest.mark.parametrize("word", ["người", "quý", "giữ", "gìn", "quả", "tiến", "khuyến", "hoàng"])
def test_correctly_placed_tones_are_left_alone(word):
    assert unify_tones(word) == word


@pytest.mark.parametrize(
    ("typed", "composed"),
    [
        ("Vie\u0309\u0302t", "Viểt"),  # tone typed before the circumflex
        ("lo\u0300\u031bi", "lời"),  # before the horn
        ("ta\u0301\u0306c", "tắc"),  # before the breve
        ("Vie\u0302\u0323t", "Việt"),  # in order: plain NFC
    ],
)
def test_marks_typed_out_of_order_make_one_letter(typed, composed):
    assert compose(typed) == composed
    assert normalize(typed) == composed


def test_folding_removes_every_diacritic_and_keeps_length():
    text = "Sở Công Thương Đồng Nai, Bà Rịa - Vũng Tàu, Thừa Thiên Huế"
    assert fold(text) == "So Cong Thuong Dong Nai, Ba Ria - Vung Tau, Thua Thien Hue"
    assert len(normalize(text)) == len(text)


def test_word_analyzer_segments_and_lowercases():
    words = [t.text for t in word_analyzer()("Giám đốc Sở Công Thương tỉnh Bến Tre")]
    assert words == ["giám_đốc", "sở", "công_thương", "tỉnh", "bến_tre"]


def test_tone_variants_index_identically():
    assert [t.text for t in word_analyzer()("Khánh Hoà")] == [
        t.text for t in word_analyzer()("Khánh Hòa")
    ]


def test_offsets_point_into_the_original_text(sample_records):
    text = sample_records[3]["body"]
    for token in word_analyzer()(text, chars=True):
        original = text[token.startchar : token.endchar]
        assert "".join(unify_tones(original).lower().split()) == token.text.replace("_", "")


def test_folded_analyzer_keeps_numbers_whole():
    tokens = [(t.text, t.startchar) for t in folded_analyzer()("Kim ngạch 5,1 tỷ USD", chars=True)]
    assert tokens == [("kim", 0), ("ngach", 4), ("5,1", 10), ("ty", 14), ("usd", 17)]


def test_segmentation_is_identical_to_stock_pyvi(sample_records, seed_texts):
    texts = seed_texts + [r["body"] for r in sample_records[:40]]
    for text in texts:
        ours = " ".join(word for word, _, _ in segment(text))
        stock = " ".join(w for w in ViTokenizer.tokenize(text).split(" ") if w != "\n")
        assert ours.split() == stock.split()


def test_document_numbers_are_kept_whole():
    text = "Quyết định số 28/2017/QĐ-UBND và Nghị định 15/2024/NĐ-CP, Kế hoạch 123/KH-UBND"
    assert document_numbers(text) == ["28/2017/qd-ubnd", "15/2024/nd-cp", "123/kh-ubnd"]


def test_schema_pickles_without_the_pyvi_model():
    data = pickle.dumps(build_schema())
    assert len(data) < 20_000
    restored = pickle.loads(data)
    assert [t.text for t in restored["title"].analyzer("Bến Tre")] == ["bến_tre"]


EDGE_TEXTS = ["Khánh Hoà", "a", "Kim ngạch 5,1 tỷ USD; 1.015 cây, ngày 8.10.2023", "ĐƠN VỊ\nSở"]


def test_term_lists_are_what_the_analyzers_give(sample_records):
    """The indexer reads terms from these lists, queries go through the analyzers."""
    texts = EDGE_TEXTS + [r[k] for r in sample_records for k in ("title", "body") if r.get(k)]
    for text in texts:
        assert list(word_terms(text)) == [t.text for t in word_analyzer()(text)], text
        assert list(folded_terms(text)) == [t.text for t in folded_analyzer()(text)], text
        assert pair_terms(text) == [t.text for t in pairs_analyzer()(text)], text
        assert vocabulary_terms(text) == [t.text for t in vocabulary_analyzer()(text)], text


@pytest.mark.parametrize("text", ["", "...", " - "])
def test_text_without_syllables_has_no_pairs(text):
    assert folded_terms(text) == ()
    assert pair_terms(text) == []  # Whoosh's BiWordFilter raises here

"""Spelling suggestions, one test per kind of typo, over a vocabulary written here (the
counts a backend's ``Lexicon`` would give), and end to end through the engine."""

import pytest

from search import SearchRequest
from search.analysis import PAIR_SEPARATOR
from search.names import Names
from search.spelling import (
    _slipped_pairs,
    read_once,
    spelt_as_found,
    suggest,
    suggestion_for,
)
from search.tones import fold
from search.words import Lexicon

ARTICLES = 10_000
# Articles using each word, folded and as spelt, as the vocabulary view counts them.
VOCABULARY = {
    "tinh": 3500,
    "tỉnh": 3000,
    "tỉn": 4,
    "uy": 500,
    "ủy": 400,
    "tinh_uy": 360,
    "tỉnh_ủy": 350,
    "tien": 900,
    "tiền": 700,
    "tiến": 200,
    "giang": 300,
    "gang": 40,
    "gia": 2000,
    "tien_giang": 400,
    "tiền_giang": 400,
    "tiên_giang": 2,
    "ben": 500,
    "bến": 450,
    "tre": 600,
    "tree": 3,
    "ben_tre": 420,
    "bến_tre": 420,
    "ha": 3000,
    "hà": 2500,
    "noi": 2500,
    "nội": 2000,
    "ha_noi": 1500,
    "hà_nội": 1500,
    "xuat": 2000,
    "xuất": 2000,
    "khau": 1500,
    "khẩu": 1500,
    "khao": 30,
    "xuat_khau": 1400,
    "xuất_khẩu": 1400,
    "kim": 300,
    "ngach": 250,
    "ngạch": 250,
    "kim_ngach": 240,
    "kim_ngạch": 240,
    "quang": 900,
    "quảng": 850,
    "ngai": 100,
    "ngãi": 90,
    "quang_ngai": 200,
    "quảng_ngãi": 200,
    "o": 2000,
    "ô": 800,
    "nhiem": 700,
    "nhiễm": 700,
    "moi": 3000,
    "môi": 1200,
    "truong": 4000,
    "trường": 3000,
    "trượng": 5,
    "moi_truong": 1100,
    "môi_trường": 1100,
    "lam": 800,
    "lâm": 500,
    "dong": 3000,
    "đồng": 2000,
    "động": 900,
    "lam_dong": 300,
    "lâm_đồng": 300,
    "so": 4000,
    "y": 1000,
    "te": 900,
    "who": 30,
    "cho": 5000,
    "phut": 600,
    "phút": 580,
    "lua": 300,
    "lúa": 150,
    "lửa": 140,
    "nap": 100,
    "nạp": 100,
    "nhien": 300,
    "nhiên": 300,
    "lieu": 400,
    "liệu": 400,
    "nhien_lieu": 200,
    "nhiên_liệu": 200,
    "thuy": 900,
    "thủy": 850,
    "dien": 3000,
    "điện": 2500,
    "điên": 60,
    "thuy_dien": 700,
    "thủy_điện": 700,
    "hai": 3000,
    "hải": 900,
    "quan": 3000,
    "quân": 900,
    "hai_quan": 600,
    "hải_quan": 400,
    "hải_quân": 200,
    "bien": 1500,
    "biến": 1200,
    "chung": 3000,
    "chủng": 100,
    "chứng": 600,
    "bien_chung": 250,
    "biến_chứng": 220,
    "biến_chủng": 25,
    "trieu": 4000,
    "triệu": 3900,
    "treu": 130,
    "trêu": 130,
    "trệu": 1,
    "mới": 2500,
    "la": 5000,
    "là": 4800,
    "lạ": 100,
    "moi_la": 90,
    "mới_lạ": 90,
    "siemens": 40,
    "bo": 3000,
    "bộ": 2900,
    "giao": 1500,
    "thong": 3000,
    "thông": 2800,
    "giao_thong": 900,
    "giao_thông": 880,
    "van_tai": 400,
    "vận_tải": 390,
    "nguyen": 3000,
    "nguyễn": 2900,
    "van": 3000,
    "văn": 2600,
    "nguyen_van": 900,
    "nguyễn_văn": 880,
    "chat": 350,
    "chất": 200,
    "giá": 1900,
    "thu_khoa": 43,
    "thủ_khoa": 43,
    "nu_sinh": 300,
    "nữ_sinh": 300,
    "sinh_khi": 50,
    "sinh_khí": 50,
    "sao_hoa": 30,
    "sao_hỏa": 30,
}
NAMES = Names.of(
    [
        "Tiền Giang",
        "Bến Tre",
        "Hà Nội",
        "Quảng Ngãi",
        "Sở Y tế",
        "Lâm Đồng",
        "Bộ Giao thông vận tải",
    ]
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(lambda words: (ARTICLES, {w: VOCABULARY.get(w, 0) for w in words}), NAMES)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("tien giag", "Tiền Giang"),  # a letter dropped, no accents typed: accents given
        ("hà nộii", "Hà Nội"),  # a letter doubled
        ("Tiền Gaing", "Tiền Giang"),  # two letters swapped
        ("ben tree", "Bến Tre"),  # a letter added, into a word the corpus barely has
        ("kim ngach xuat khsu", "kim ngạch xuất khẩu"),  # struck for a neighbour
        ("Quảng Ngai", "Quảng Ngãi"),  # a tone left out
        ("Tiên Giang", "Tiền Giang"),  # a wrong tone, though two articles have it so
        ("ô nhiễm môi trượng", "ô nhiễm môi trường"),  # a wrong tone on a common word
        ("biến chủngg", "biến chủng"),  # the accents typed on an edited syllable count
        ("30 trệu", "30 triệu"),  # a syllable only the dictionary has is likelier a slip
        ("Tỉn ủy", "Tỉnh ủy"),  # one no dictionary has, typed so in a few articles too
        ("Semens EVN", "Siemens EVN"),  # a letter dropped from a foreign word, case kept
        ("Ngyuen Van", "Nguyễn Văn"),  # a family name pyvi's dictionary lacks
    ],
)
def test_a_typo_is_corrected_with_the_accents_the_corpus_writes(lexicon, typed, meant):
    assert suggest(typed, lexicon) == meant


@pytest.mark.parametrize(
    "query",
    ["Tiền Giang", "tien giang", "xuat khau", "kim ngạch xuất khẩu", "Sở Y tế Hà Nội"],
)
def test_a_query_written_right_gets_no_suggestion(lexicon, query):
    assert suggest(query, lexicon) is None


def test_acronyms_numbers_and_codes_stay_as_typed(lexicon):
    assert suggest("WHO Hà Nộii 12/2019/QĐ-UBND", lexicon) == "WHO Hà Nội 12/2019/QĐ-UBND"


def test_an_acronym_no_article_has_is_a_typo_of_one():
    """ "GRRDP" and "GRDo" are in no article: a letter doubled in "GRDP", or one struck
    for another, written in capitals as mostly typed; "SIBC", in one article, is a rare
    name and stays."""
    counts = {"grdp": 900, "sibc": 1, "sic": 40, "can": 900, "tho": 800, "can_tho": 700}
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), NAMES)
    assert suggest("GRRDP", lexicon, found=False) == "GRDP"
    assert suggest("GRDo", lexicon, found=False) == "GRDP"  # a letter struck for another
    assert suggest("SIBC Cần Thơ", lexicon, found=False) is None


def test_a_listed_abbreviation_no_article_has_stays():
    """ "KNXK" (kim ngạch xuất khẩu) is in no article of the counts, but a listed
    abbreviation is no typo: it finds the name written in full."""
    counts = {"vnxk": 2, "hue": 900}
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), NAMES)
    assert suggest("KNXK Huế", lexicon, found=False) is None


def test_an_indicators_acronym_typed_in_lower_case_stays():
    """ "iip" asks for the industrial production index, though pyvi's vocabulary hardly
    counts the letters and "kip" is common."""
    counts = {"iip": 1, "kip": 1700, "vinh": 900, "phuc": 800, "vinh_phuc": 500}
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), NAMES)
    assert suggest("iip vinh phuc", lexicon, found=False) is None


def test_a_query_found_as_typed_is_looked_at_only_when_it_looks_wrong(lexicon):
    assert suggestion_for("Tiền Gang", True, lexicon) == "Tiền Giang"  # one letter off a name
    assert suggestion_for("Lâm Động", True, lexicon) == "Lâm Đồng"  # a name, other accents
    assert suggestion_for("Quảng Ngai", True, lexicon) == "Quảng Ngãi"  # a tone left out
    assert suggestion_for("quang ngai", True, lexicon) is None  # no accents typed: on purpose
    assert suggestion_for("thủy điên", True, lexicon) == "thủy điện"  # a slip to a real syllable
    assert suggestion_for("Tiên Giang", True, lexicon) == "Tiền Giang"  # as two articles slip
    assert suggestion_for("hải quân", True, lexicon) is None  # each spelling is a common word
    assert suggestion_for("mới là", True, lexicon) is None  # two common words, not "mới lạ"
    assert suggestion_for("môi trượng", True, lexicon) == "môi trường"  # a rare spelling
    assert suggestion_for("xuat khao", True, lexicon) is None  # found, nothing amiss seen
    assert suggestion_for("Bộ Gia thông vận tải", True, lexicon) == "Bộ Giao thông vận tải"
    assert suggestion_for("Bộ Giao thông vận tải", True, lexicon) is None  # the name itself


def test_a_run_one_letter_off_a_listed_name_is_no_slip_where_the_letter_makes_a_word():
    """ "giá trị sản xuất nông nghiệp" is one letter off the listed indicator "… công
    nghiệp", but "nông nghiệp" is a common word as typed: no slip. "Bộ Gia thông vận
    tải" is one, "gia thông" no word at all."""
    names = Names.of(["giá trị sản xuất công nghiệp", "Bộ Giao thông vận tải"])
    counts = {
        "gia_tri": 3000, "giá_trị": 3000, "san_xuat": 5000, "sản_xuất": 5000,
        "nong_nghiep": 4000, "nông_nghiệp": 4000, "cong_nghiep": 5000, "công_nghiệp": 5000,
        "giao_thong": 6000, "giao_thông": 6000, "van_tai": 900, "vận_tải": 900,
    }  # fmt: skip
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), names)
    assert suggestion_for("giá trị sản xuất nông nghiệp", True, lexicon) is None
    assert suggestion_for("Bộ Gia thông vận tải", True, lexicon) == "Bộ Giao thông vận tải"


@pytest.mark.parametrize("order", [1, -1])
def test_a_run_one_letter_off_several_names_is_near_the_common_one(order):
    """Each name one letter off counts, whatever order the names come in (the last one
    found had replaced the others, so a set's hash order decided)."""
    names = Names.of(["Tiền Giang", "Tiền Sang"][::order])
    counts = {"tien_giang": 222, "tiền_giang": 220}
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), names)
    assert suggestion_for("Tiền Gang", True, lexicon) == "Tiền Giang"


def test_accents_a_slip_left_out_of_an_accented_query_are_restored(lexicon):
    """A syllable ending in a stop takes sắc or nặng: bare, it lost one; bare neighbours
    the corpus writes as one word lost theirs; unless the corpus writes the letters bare
    too (a loanword), the whole query is typed bare, a name is capitalised, or one of
    them makes a word with the syllable next to it."""
    assert suggestion_for("Hà Nội 70 phut", True, lexicon) == "Hà Nội 70 phút"
    assert suggestion_for("Hà Nội thu khoa", True, lexicon) == "Hà Nội thủ khoa"
    assert suggestion_for("giá chat", True, lexicon) is None  # "chất" in 57 %: a loanword
    assert suggestion_for("ha noi 70 phut", True, lexicon) is None  # no accents: on purpose
    assert suggestion_for("Hà Nội Sao Hoa", True, lexicon) is None  # a name typed bare
    assert suggestion_for("Hà Nội nữ sinh khi", True, lexicon) is None  # "nữ sinh", not "sinh khí"


def test_a_word_past_the_run_counts_only_in_the_accents_typed():
    """ "đổi khi" is no word, though "đôi khi" (its letters) is common: the accents typed
    on "đổi" say so, and "khí hậu" is restored."""
    counts = {
        "biến_đổi": 540, "bien_doi": 540, "doi_khi": 750, "đôi_khi": 745, "khi_hau": 540,
        "khí_hậu": 540, "khi": 9000, "khí": 700, "hậu": 550,
    }  # fmt: skip
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), NAMES)
    assert suggestion_for("biến đổi khi hậu", True, lexicon) == "biến đổi khí hậu"


def test_a_tone_left_out_of_a_marked_syllable_is_restored_by_the_word_it_makes():
    """ "khâu", "đât" and "chay" were typed without their tone: "xuất khẩu" and "chữa
    cháy" are how the corpus nearly always writes their letters, and "đât" is no
    syllable (a stop takes sắc or nặng). "con dâu" stays: "dâu" is a word of its own
    that meets "con" by chance more often than "con dấu" is written; and "khỏa thân
    trong" holds two syllables, not one slip, from "thận trọng"."""
    counts = {
        "xuất": 700, "khâu": 750, "khẩu": 350, "xuat_khau": 950, "xuất_khẩu": 950,
        "đất": 3000, "đạt": 6000, "dat": 9000, "đật": 2, "sử_dụng": 2000, "su_dung": 2000,
        "chữa": 950, "chay": 6000, "chua_chay": 340, "chữa_cháy": 340,
        "con": 9000, "dâu": 450, "con_dau": 50, "con_dấu": 50,
        "khỏa_thân": 60, "khoa_than": 60, "thân": 900, "trong": 9000, "than_trong": 500,
        "thận_trọng": 500,
    }  # fmt: skip
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), NAMES)
    assert suggestion_for("xuất khâu", True, lexicon) == "xuất khẩu"
    assert suggestion_for("sử dụng đât", True, lexicon) == "sử dụng đất"
    assert suggestion_for("phòng cháy chữa chay", True, lexicon) == "phòng cháy chữa cháy"
    assert suggestion_for("sát hại con dâu", True, lexicon) is None
    assert suggestion_for("khỏa thân trong bao tải", True, lexicon) is None


def test_a_name_typed_one_tone_off_is_the_name():
    """Capitals say a name: "Cân Giờ" is the district, though neither the name nor the
    slip is a word pyvi counts; "Đông Xuân" is the crop the corpus writes, not the
    district "Đồng Xuân"; "Trịnh Đình Dụng" is one tone off one name only."""
    names = Names.of(["Cần Giờ", "Đồng Xuân", "Trịnh Đình Dũng", "Trịnh Định Dũng"])
    counts = {"cân": 700, "giờ": 7000, "đông_xuân": 300, "dong_xuan": 320}
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), names)
    assert suggestion_for("Cân Giờ", True, lexicon) == "Cần Giờ"
    assert suggestion_for("ông Trịnh Đình Dụng", True, lexicon) == "ông Trịnh Đình Dũng"
    assert suggestion_for("lúa Đông Xuân", True, lexicon) is None
    assert suggestion_for("cân giờ", True, lexicon) is None  # not typed as a name


def test_a_checked_syllable_of_a_name_typed_without_its_tone_is_the_name():
    """A syllable ending in p, t, c or ch always has a tone, so "Đồng Thap" is no way to
    write a name, though a bare syllable usually matches any of its spellings; the name
    typed bare ("Dong Thap") is typed so on purpose."""
    lexicon = Lexicon(lambda words: (ARTICLES, dict.fromkeys(words, 0)), Names.of(["Đồng Tháp"]))
    assert suggestion_for("Đồng Thap", True, lexicon) == "Đồng Tháp"
    assert suggestion_for("Dong Thap", True, lexicon) is None


def test_a_name_typed_with_some_accents_left_out_is_the_name():
    """ "Nguyễn Thi Kim Ngân" has its accents but on "Thi": a slip, so the name is
    offered as written; typed bare all through, it is typed so on purpose."""
    names = Names.of(["Nguyễn Thị Kim Ngân"])
    counts = {"nguyễn_thị": 550, "nguyễn_thi": 4, "thi": 2000, "thị": 1500, "kim": 900}
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), names)
    assert suggestion_for("Nguyễn Thi Kim Ngân", True, lexicon) == "Nguyễn Thị Kim Ngân"
    assert suggestion_for("Nguyen Thi Kim Ngan", True, lexicon) is None


def test_a_capitalised_syllable_left_bare_in_a_word_typed_with_accents_is_a_slip():
    """ "Bí thư Tinh ủy": "Tinh" has a capital, as a name's syllable has, but "ủy" beside
    it is typed with accents, and the corpus writes the two as "tỉnh ủy" nearly always;
    "Sao Hoa", bare all through, is a name typed so on purpose."""
    counts = {
        "tinh_uy": 350, "tỉnh_ủy": 350, "tinh": 13000, "tỉnh": 8000, "ủy": 440, "uy": 500,
        "thu_tinh": 69, "bí_thư": 860, "bi_thu": 870, "sao_hoa": 40, "sao_hỏa": 39,
    }  # fmt: skip
    lexicon = Lexicon(lambda words: (37000, {w: counts.get(w, 0) for w in words}), NAMES)
    assert suggestion_for("Bí thư Tinh ủy", True, lexicon) == "Bí thư Tỉnh ủy"
    assert suggestion_for("Hà Nội Sao Hoa", True, lexicon) is None


def test_a_run_whose_end_makes_a_word_past_it_is_no_misaccented_word():
    """ "cuộc đối đầu" is "cuộc" and "đối đầu", not a slip for "cuộc đời"."""
    counts = {"cuộc": 900, "đối": 300, "đầu": 900, "cuoc_doi": 500, "cuộc_đời": 495}
    headline = "trước cuộc đối đầu"

    def lexicon_of(vocabulary: dict[str, int]) -> Lexicon:
        return Lexicon(lambda words: (ARTICLES, {w: vocabulary.get(w, 0) for w in words}), NAMES)

    assert suggestion_for(headline, True, lexicon_of(counts)) is not None
    assert suggestion_for(headline, True, lexicon_of({**counts, "doi_dau": 60})) is None


def test_a_query_found_nowhere_may_hold_a_real_syllable_mistyped(lexicon):
    """ "khao" is a syllable of its own: mistyped for "khẩu" only when the query as typed
    is found nowhere; found, only a name is made of an edited real syllable."""
    assert suggestion_for("xuat khao", False, lexicon) == "xuất khẩu"
    assert suggest("xuat khao", lexicon, found=True) is None
    # a syllable no dictionary knows explains the miss: the real ones stay
    assert "khẩu" not in (suggestion_for("xuat khao qwxz", False, lexicon) or "")


def test_a_query_found_nowhere_with_words_the_corpus_uses_holds_one_real_slip():
    """A foreign word the corpus uses ("meiko") does not explain the miss: a real
    syllable does, and only one is edited ("cho khao" stays, not "cho khẩu" too)."""
    counts = {
        **VOCABULARY,
        "meiko": 12,
        "chỗ": 900,
        "cho": 5000,
        "khao": 40,
        "cho_khau": 800,
        "chợ_khẩu": 800,
    }
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), NAMES)
    assert suggestion_for("xuat khao Meiko", False, lexicon) == "xuất khẩu Meiko"
    assert suggestion_for("xuat khao Meiko cho khao", False, lexicon) == "xuất khẩu Meiko cho khao"


def test_a_slip_making_a_word_the_other_words_go_with_is_found_by_them():
    """ "bien doi khi gau" reads best as typed ("khi" is everywhere, "gau" a bear), but
    "gau" for "hau" makes "khí hậu", used with "biến đổi" far beyond chance."""
    counts = {
        "bien": 900,
        "doi": 2000,
        "bien_doi": 150,
        "biến_đổi": 150,
        "khi": 8000,
        "gau": 40,
        "hau": 180,
        "khi_hau": 140,
        "khí_hậu": 140,
    }

    def lexicon_with(used: dict) -> Lexicon:
        return Lexicon(
            lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}),
            NAMES,
            lambda pairs: {pair: used.get(pair, 0) for pair in pairs},
        )

    together = lexicon_with({("khi_hau", "bien_doi"): 100})
    assert suggestion_for("bien doi khi gau", False, together) == "biến đổi khí hậu"
    assert suggestion_for("bien doi khi gau", False, lexicon_with({})) is None


def test_a_long_query_of_real_words_looks_up_no_edited_phrases():
    """Editing a real syllable makes only names, so the phrases it would make are never
    looked up: they were most of an 11-syllable query's 0.3-0.5 s."""
    asked: list[str] = []

    def vocabulary(words):
        asked.extend(words)
        return ARTICLES, {w: VOCABULARY.get(w, 0) for w in words}

    query = "kim ngạch xuất khẩu Tiền Giang Bến Tre Hà Nội môi trường"
    assert suggest(query, Lexicon(vocabulary, NAMES)) is None
    typed = [fold(syllable) for syllable in query.lower().split()]
    runs = {"_".join(typed[i:j]) for i in range(len(typed)) for j in range(i + 2, len(typed) + 1)}
    phrases = {fold(word).replace(PAIR_SEPARATOR, "_") for word in asked if "_" in word}
    assert {"kim_ngach", "xuat_khau", "ben_tre"} <= phrases <= runs


def test_a_query_found_nowhere_is_answered_for_its_suggestion(app, client):
    typed = client.get("/api/search?q=hà+nộii&per_page=1").get_json()
    assert typed["corrected"] and typed["suggestion"] == "Hà Nội" and typed["total"] > 0
    same = client.get("/api/search?q=Hà+Nội&per_page=1").get_json()
    assert typed["total"] == same["total"]
    page = client.get("/search?q=hà+nộii").get_data(as_text=True)
    assert "Đang hiển thị kết quả cho “<strong>Hà Nội</strong>”" in page
    assert "tìm chính xác “hà nộii”" in page
    exact = client.get("/api/search?q=hà+nộii&as_typed=1&per_page=1").get_json()
    assert not exact["corrected"] and exact["suggestion"] == "Hà Nội"
    assert exact["match"] != "words"


def test_the_engine_suggests_from_its_index(seed_engine):
    result = seed_engine.search(SearchRequest("hydro xnah"))
    assert result["suggestion"] == "hydro xanh" and result["corrected"]


def test_accents_in_doubt_are_chosen_by_the_other_words_of_the_query():
    """ "hai quan" alone reads as the navy, the commoner spelling; beside "lang son", as
    the customs the articles about Lạng Sơn write of; a word in most articles ("tinh")
    tells nothing and is not asked."""
    counts = {
        "hai": 3000,
        "quan": 3000,
        "hai_quan": 900,
        "hải_quân": 600,
        "hải_quan": 300,
        "lang": 400,
        "son": 900,
        "lang_son": 200,
        "lạng_sơn": 200,
        "tinh": 9000,
        "tỉnh": 9000,
    }
    used = {("hải_quan", "lang_son"): 120, ("hải_quân", "lang_son"): 3}
    asked: list[tuple[str, str]] = []

    def together(pairs):
        asked.extend(pairs)
        return {pair: used.get(pair, 0) for pair in pairs}

    lexicon = Lexicon(
        lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), NAMES, together
    )
    assert suggest("hai quann lang son", lexicon) == "hải quan lạng sơn"
    assert suggest("hai quann", lexicon) == "hải quân"
    assert suggest("hai quann tinh", lexicon) == "hải quân tinh"  # one syllable: as typed
    assert all(context != "tinh" for _, context in asked)


def test_a_rare_context_word_seen_with_one_spelling_outweighs_a_common_one_seen_with_both():
    """ "phàt" (no such syllable) is "phát" by counts; "rac" is used as often with either
    spelling, as their counts predict, but "brandname", in two articles, only with
    "phạt": the spam fines."""
    counts = {"phat": 3100, "phát": 1840, "phạt": 1170, "rac": 400, "brandname": 2}
    used = {("phát", "rac"): 38, ("phạt", "rac"): 45, ("phạt", "brandname"): 1}

    def together(pairs):
        return {pair: used.get(pair, 0) for pair in pairs}

    lexicon = Lexicon(
        lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), NAMES, together
    )
    assert suggest("rac phàt brandname", lexicon) == "rac phạt brandname"
    assert suggest("rac phàt", lexicon) == "rac phát"


def test_a_bare_syllable_of_an_accented_query_gets_the_accents_its_context_gives():
    """ "lua" is "lửa" as often as "lúa" over all, but in the articles about the
    winter-spring crop nearly always "lúa"; "ban" stays: the corpus writes it bare; and
    "con" too, though "còn" stands in nearly every article using its letters: the
    context must shift the odds."""
    counts = {
        "con": 900,
        "còn": 860,
        "lua": 900,
        "lúa": 120,
        "lửa": 400,
        "lứa": 190,
        "ban": 3000,
        "bán": 900,
        "đông_xuân": 200,
        "quản_lý": 900,
        "phú_yên": 300,
    }
    used = {
        ("lua", "đông_xuân"): 40,
        ("lúa", "đông_xuân"): 39,
        ("lửa", "đông_xuân"): 1,
        ("ban", "quản_lý"): 500,
        ("bán", "quản_lý"): 120,
        ("con", "đông_xuân"): 100,
        ("còn", "đông_xuân"): 97,
    }
    lexicon = Lexicon(
        lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}),
        NAMES,
        lambda pairs: {pair: used.get(pair, 0) for pair in pairs},
    )
    assert suggestion_for("Phú Yên lua đông xuân", True, lexicon) == "Phú Yên lúa đông xuân"
    assert suggestion_for("Phú Yên lua", True, lexicon) is None  # no article tells
    assert suggestion_for("ban quản lý", True, lexicon) is None
    assert suggestion_for("con đông xuân", True, lexicon) is None


def test_a_short_bare_query_found_in_few_articles_may_hold_a_real_syllable_mistyped(lexicon):
    """Found in a few articles ("khao" is a word of its own), a short bare query is
    looked at as one found nowhere; typed with accents, or long, it is not."""
    assert suggestion_for("xuat khao", True, lexicon) is None
    assert suggestion_for("xuat khao", True, lexicon, few=True) == "xuất khẩu"
    assert suggestion_for("xuất khao", True, lexicon, few=True) is None
    long_query = "xuat khao " + " ".join(["ha noi"] * 3)
    assert suggestion_for(long_query, True, lexicon, few=True) is None


def test_a_short_bare_query_found_in_some_articles_is_offered_a_slip_found_in_many(lexicon):
    """Found in 11 articles, "xuat khao" is offered "xuất khẩu" only where that is found
    in ten times as many; in 30 it is left alone."""
    from types import SimpleNamespace

    from search.query import parse
    from search.spelling import with_suggestion
    from search.suggest import Level

    def suggested(matches: int, suggestion_matches: int) -> str | None:
        chosen = SimpleNamespace(level=Level(parse("xuat khao"), matches=matches))
        instead = SimpleNamespace(level=Level(parse("xuất khẩu"), matches=suggestion_matches))

        def choose(request: SearchRequest) -> SimpleNamespace:
            return instead if request.query == "xuất khẩu" else chosen

        return with_suggestion(SearchRequest("xuat khao"), chosen, choose, lexicon, lambda _: [])[1]

    assert suggested(11, 900) == "xuất khẩu"
    assert suggested(11, 60) is None
    assert suggested(30, 9000) is None


def test_a_query_of_exclusions_only_is_not_found_in_few_articles(lexicon):
    """A query with no word to find counts no articles (0): it is no query "found in
    few articles", so a real syllable in it is not read as a slip."""
    from types import SimpleNamespace

    from search.query import parse
    from search.spelling import with_suggestion
    from search.suggest import Level

    def suggested(query: str, matches: int) -> str | None:
        chosen = SimpleNamespace(level=Level(parse(query), matches=matches))
        return with_suggestion(
            SearchRequest(query), chosen, lambda _: chosen, lexicon, lambda _: []
        )[1]

    assert suggested("xuat khao", 3) == "xuất khẩu"
    assert suggested("-xuat khao", 0) is None


def test_a_syllable_spelt_as_no_article_spells_it_is_spelt_as_its_context_says():
    """ "cẫm" is no spelling of "cam": of "cấm" and "cầm", equally common, the one the
    query's other words go with ("xe máy" is banned, not held); the typed accents stand
    in no spelling, so they decide nothing."""
    counts = {
        "cam": 4500, "cấm": 1750, "cầm": 1800, "cảm": 200, "xe_may": 900, "xe_máy": 900,
        "khao_sat": 400, "khảo_sát": 400,
    }  # fmt: skip
    used = {("cấm", "xe_may"): 300, ("cầm", "xe_may"): 20}
    lexicon = Lexicon(
        lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}),
        NAMES,
        lambda pairs: {pair: used.get(pair, 0) for pair in pairs},
    )
    assert suggestion_for("khảo sát cẫm xe máy", True, lexicon) == "khảo sát cấm xe máy"


def test_a_stranger_one_letter_off_a_common_words_syllable_is_looked_at():
    """ "iao" is no syllable, and "giao" makes "giao thông" with its neighbour: a query
    found in an article that has the same slip still gets the word; a foreign word that
    makes no word with its neighbours ("dbrand") is no reason to look."""
    assert suggestion_for("bộ iao thông", True, _with({"iao": 1})) == "bộ giao thông"
    assert suggestion_for("sạc dbrand", True, _with({"dbrand": 1, "brand": 30})) is None


def test_a_capital_on_the_first_syllable_alone_is_no_name():
    """A phone capitalises the first letter typed: "Toa án" is "Tòa án", where "Sao
    Hoa", two capitals, is a name typed bare."""
    counts = {
        "toa": 1990, "tòa": 1580, "toa_an": 810, "tòa_án": 807, "an": 7300, "án": 2500,
        "nhân": 1360, "an_nhan": 47, "nhan_dan": 2300, "nhân_dân": 2300, "dân": 8000,
    }  # fmt: skip
    lexicon = Lexicon(lambda words: (4 * ARTICLES, {w: counts.get(w, 0) for w in words}), NAMES)
    assert suggestion_for("Toa án nhân dân", True, lexicon) == "Tòa án nhân dân"
    assert suggestion_for("Hà Nội Sao Hoa", True, lexicon) is None


def _with(counts: dict[str, int]) -> Lexicon:
    vocabulary = {**VOCABULARY, **counts}
    return Lexicon(lambda words: (ARTICLES, {w: vocabulary.get(w, 0) for w in words}), NAMES)


def _with_pairs(counts: dict[str, int], side_by_side: dict[str, int]) -> Lexicon:
    """A lexicon of only ``counts``, which also tells how often pairs stand side by side."""
    return Lexicon(
        lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}),
        NAMES,
        adjacent=lambda pairs: {pair: side_by_side.get(pair, 0) for pair in pairs},
    )


def test_a_first_letter_a_slip_took_is_put_back_as_both_neighbours_say():
    """ "khảo sát ấm xe", found nowhere: "ấm" stands beside neither neighbour; "gầm xe"
    is the commonest pair a consonant put back makes, but "cấm" stands beside both
    sides, and "năm" beside anything. Where the query is found, the pair as typed is
    written ("ông nhân"), the syllable is a name's or typed bare, it stays."""
    counts = {
        "khao_sat": 900, "khảo_sát": 900, "xe": 5000, "am": 3000, "ấm": 300, "cam": 4509,
        "cấm": 1758, "gam": 630, "gấm": 30, "gầm": 500, "nam": 25231, "nấm": 169,
        "ong": 9000, "ông": 8000, "cong": 9000, "công": 8000, "nhan": 9000, "nhân": 5000,
    }  # fmt: skip
    side_by_side = {
        "sat_am": 0, "am_xe": 2, "sat_cam": 9, "cam_xe": 68, "gam_xe": 95, "sat_nam": 55,
        "nam_xe": 46, "ong_nhan": 300, "cong_nhan": 2000,
    }  # fmt: skip
    lexicon = _with_pairs(counts, side_by_side)
    assert suggestion_for("khảo sát ấm xe", False, lexicon) == "khảo sát cấm xe"
    assert suggestion_for("khảo sát ấm xe", True, lexicon) is None
    assert suggestion_for("ông nhân", False, lexicon) is None
    assert suggestion_for("Khảo Sát Ấm Xe", False, lexicon) is None
    assert suggestion_for("khao sat am xe", False, lexicon) != "khảo sát cấm xe"


def test_a_pair_cutting_a_name_typed_whole_is_no_slip():
    """ "xe buýt nhanh Hà Nội": "nhanh Hà" stands side by side in few articles and is one
    letter off "Thanh Hà", a place written in many, but "Hà" belongs to "Hà Nội", typed
    whole; without "Nội", "nhanh Hà" is the place mistyped."""
    counts = {"thanh_ha": 107, "thanh_hà": 107, "ha_noi": 6000, "hà_nội": 6000, "xe_buyt": 300}
    lexicon = Lexicon(
        lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}),
        Names.of(["Hà Nội", "Thanh Hà"]),
        adjacent=lambda pairs: {p: {"nhanh_ha": 14, "ha_noi": 6000}.get(p, 0) for p in pairs},
    )
    assert suggestion_for("xe buýt nhanh Hà Nội", True, lexicon) is None
    assert suggestion_for("xe buýt nhanh Hà", True, lexicon) == "xe buýt Thanh Hà"


def test_a_syllable_in_a_common_word_or_a_capitalised_name_is_no_slip():
    """ "nắng nóng Bắc Bộ": "nóng Bắc" is rare and one letter off "Đông Bắc", but "nắng
    nóng" is a common word; "Phùng Thu" is rare and one letter off "phòng thủ", but
    both are capitalised, a person's name. A rare pair of neither kind is one ("ăng
    trưởng")."""
    counts = {
        "dong_bac": 900, "đông_bắc": 900, "phong_thu": 500, "phòng_thủ": 500,
        "tang_truong": 3000, "tăng_trưởng": 3000, "nang_nong": 800, "nắng_nóng": 800,
    }  # fmt: skip
    side_by_side = {"nang_nong": 800, "nong_bac": 2, "bac_bo": 900, "phung_thu": 3}
    lexicon = _with_pairs(counts, side_by_side)
    assert _slipped_pairs(["nắng", "nóng", "bắc", "bộ"], [0, 1, 2], lexicon) == []
    assert suggestion_for("chị Phùng Thu", True, lexicon) is None
    assert suggestion_for("ăng trưởng", True, lexicon) == "tăng trưởng"


def test_a_found_query_whose_pair_no_article_writes_holds_a_real_syllable_slipped():
    """ "ăng trưởng" stands side by side in no article, and "tăng trưởng", one letter
    off, is common: the query, found in a few articles with the same slip, gets the
    word. "bị tù" is written in many articles, so "bí thư" is not offered for it."""
    counts = {
        "ang": 60, "ăng": 40, "truong": 9000, "trưởng": 2000, "tang_truong": 3000,
        "tăng_trưởng": 3000, "kinh_te": 4000, "kinh_tế": 4000, "bi": 5000, "bị": 4500,
        "tu": 6000, "tù": 600, "bi_thu": 3500, "bí_thư": 3500,
    }  # fmt: skip
    side_by_side = {"ang_truong": 0, "truong_kinh": 300, "bi_tu": 325}
    lexicon = _with_pairs(counts, side_by_side)
    assert suggestion_for("ăng trưởng kinh tế", True, lexicon) == "tăng trưởng kinh tế"
    assert suggestion_for("bị tù", True, lexicon) is None
    assert suggestion_for("ang truong kinh te", True, lexicon) is None  # typed bare: the few rule


def test_a_tone_slip_is_tried_before_a_letter_where_a_neighbour_tells_the_tone():
    """ "tăng trượng kinh tế": "tăng" stands beside "trưởng", "kinh" beside "trường", so
    no tone wins both sides; "tượng", one letter off, stands beside "kinh" but never
    after "tăng", and is no reading: the word "tăng trưởng" is."""
    counts = {
        "tang": 5000, "tăng": 4900, "truong": 9000, "trưởng": 3000, "trường": 5000,
        "tượng": 900, "tuong": 2000, "trượng": 5, "kinh": 6000, "te": 6000, "tế": 5000,
        "kinh_te": 4000, "kinh_tế": 4000, "tang_truong": 1200, "tăng_trưởng": 1200,
        "tăng__trưởng": 900, "trường__kinh": 500, "trưởng__kinh": 300, "tượng__kinh": 40,
    }  # fmt: skip
    lexicon = _with_pairs(counts, {"tang_truong": 1000, "truong_kinh": 700, "tuong_kinh": 40})
    assert suggestion_for("tăng trượng kinh tế", True, lexicon) == "tăng trưởng kinh tế"


def test_a_slip_typed_bare_in_an_accented_query_is_toned_as_its_neighbours_say():
    """ "phòng chsy chữa": "chạy" is the commonest spelling of "chay", but "phòng" and
    "chữa" stand beside "cháy" far more often; typed alone, it stays bare."""
    counts = {
        "phong": 3000, "phòng": 2900, "chay": 2000, "chạy": 1500, "cháy": 900, "chua": 2500,
        "chữa": 800, "chưa": 1500, "phòng__cháy": 300, "phòng__chạy": 20, "cháy__chữa": 280,
        "chạy__chữa": 5,
    }  # fmt: skip
    lexicon = _with_pairs(counts, {})
    assert suggestion_for("phòng chsy chữa", False, lexicon) == "phòng cháy chữa"
    assert suggestion_for("chsy", False, lexicon) == "chay"


def test_a_slip_typed_bare_takes_the_spelling_its_word_is_written_in():
    """ "giác mạc csn thị": "cần" is far the commoner spelling of "can", but "cần thị" is
    no word of any article, and "cận thị", in 15 of 40,000, is; a word whose typed
    accents the spelling would change ("Bế Tre" for "bê trễ") is left to the other rules."""
    counts = {
        "giac": 586, "giác": 29, "mac": 3678, "mạc": 89, "giac_mac": 27, "giác_mạc": 27,
        "can": 12451, "cần": 9837, "cận": 257, "thi": 15870, "thị": 301, "can_thi": 15,
        "cận_thị": 15, "be": 3000, "bế": 40, "bê": 900, "tre": 2500, "trễ": 700,
        "be_tre": 15, "bê_trễ": 15,
    }  # fmt: skip
    lexicon = Lexicon(lambda words: (40_000, {w: counts.get(w, 0) for w in words}), NAMES)
    assert suggestion_for("giác mạc csn thị", False, lexicon) == "giác mạc cận thị"
    assert suggestion_for("Bế Tre", False, lexicon) != "Bê Trễ"


def test_a_tone_a_checked_syllable_cannot_carry_is_a_slip_not_a_letter_kept():
    """ "nàp": a syllable ending in p takes only sắc or nặng, so the grave is the slip;
    "này", which keeps it, is twenty times commoner, but "nạp" is the syllable meant."""
    counts = {
        "nap": 300, "nạp": 200, "nắp": 90, "nay": 20000, "này": 18000, "nhien": 2000,
        "nhiên": 1500, "lieu": 2000, "liệu": 1800, "nhien_lieu": 300, "nhiên_liệu": 300,
    }  # fmt: skip
    assert suggestion_for("nàp nhiên liệu", False, _with_pairs(counts, {})) == "nạp nhiên liệu"


def test_a_strangers_edit_is_the_one_its_neighbour_stands_beside():
    """ "nhna" is one edit from "nha" and from "nhan"; "nha" is commoner, but articles put
    "nhan" after "tin" eight times as often: "tin nhna" is "tin nhan". Beside a pair
    hardly more common, the commoner edit stays."""
    counts = {"tin": 9000, "nha": 15000, "nhà": 14000, "nhan": 12000, "nhắn": 900, "nhân": 9000}
    often = _with_pairs(counts, {"tin_nhan": 545, "tin_nha": 67})
    assert suggestion_for("tin nhna", False, often) == "tin nhan"
    hardly = _with_pairs(counts, {"tin_nhan": 100, "tin_nha": 67})
    assert suggestion_for("tin nhna", False, hardly) == "tin nha"


def test_a_short_bare_query_found_with_a_rare_pair_gets_the_common_word_one_letter_off():
    """ "be tre" is found (both syllables are common), but the pair stands in 6
    articles while "ben tre", one letter off, stands in thousands: the province is
    offered, spelt as the corpus writes it. "bi tu" is common as typed, and "han ha
    hom nay" too long to be read so: neither gets a suggestion."""
    counts = {
        "be": 3000, "bé": 2000, "tre": 2500, "trẻ": 2400, "ben": 4000, "bến": 1500,
        "ben_tre": 2800, "bến_tre": 2800, "bi": 5000, "bị": 4500, "tu": 6000, "tù": 600,
        "bi_thu": 3500, "bí_thư": 3500, "han": 5000, "hạn": 2000, "ha": 9000, "hà": 5000,
        "han_han": 800, "hạn_hán": 800, "hom": 900, "hôm": 900, "nay": 9000, "ra": 9000,
    }  # fmt: skip
    side_by_side = {"be_tre": 6, "bi_tu": 325, "han_ha": 2, "ha_hom": 40, "hom_nay": 900}
    lexicon = _with_pairs(counts, side_by_side)
    assert suggestion_for("be tre", True, lexicon) == "Bến Tre"
    assert suggestion_for("bi tu", True, lexicon) is None
    assert suggestion_for("han ha", True, lexicon) == "hạn hán"
    assert suggestion_for("han ha hom nay", True, lexicon) is None


def test_a_found_accented_query_whose_rare_pair_is_one_letter_off_a_name_typed_as_one():
    """ "Đồng ai" stands side by side in few articles and "Đồng Nai", one letter off, is a
    known name typed as one (its other syllable capitalised, the slip bare): offered even
    where the reading of the whole query keeps the common syllables as typed; "công
    nghệ in", no name's capitals, and "lý nạn", its accents typed with care, are not."""
    counts = {
        "xuat_khau": 5000, "xuất_khẩu": 5000, "dong": 9000, "đồng": 7000, "ai": 3000,
        "nai": 700, "dong_nai": 700, "đồng_nai": 700, "cong_nghe": 3000, "công_nghệ": 3000,
        "nghe": 4000, "nghệ": 3000, "in": 900, "an": 7000, "nghe_an": 1500, "nghệ_an": 1500,
        "ly": 3000, "lý": 2500, "nan": 2000, "nạn": 1800, "nhan": 3000, "nhân": 2500,
        "ly_nhan": 30, "lý_nhân": 30, "xu_ly": 2000, "xử_lý": 2000, "xu": 2000, "xử": 1800,
    }  # fmt: skip
    side_by_side = {
        "xuat_khau": 5000, "khau_dong": 40, "dong_ai": 3, "cong_nghe": 3000, "nghe_in": 2,
        "xu_ly": 2000, "ly_nan": 4,
    }  # fmt: skip
    names = Names.of(["Đồng Nai", "Nghệ An", "Lý Nhân"])
    lexicon = Lexicon(
        lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}),
        names,
        adjacent=lambda pairs: {pair: side_by_side.get(pair, 0) for pair in pairs},
    )
    assert suggestion_for("xuất khẩu Đồng ai", True, lexicon) == "xuất khẩu Đồng Nai"
    assert suggestion_for("công nghệ in", True, lexicon) is None
    assert suggestion_for("xử lý nạn", True, lexicon) is None


def test_a_stranger_an_article_writes_is_no_slip_for_another_rare_one():
    """ "Hesung" stands in one article: not a slip for "Heung", in five, when another
    syllable of the query is the slip; "Harvaard", in none, is one for "Harvard"."""
    lexicon = _with({"hesung": 1, "heung": 5, "harvard": 79, "chun": 3, "koh": 3})
    assert suggestion_for("Hesung Chun Koh Harvaard", False, lexicon) == "Hesung Chun Koh Harvard"


def test_letters_swapped_past_the_tone_keep_their_accents():
    """ "nớưc" (two letters swapped) has the accents of "nước", though normalising it
    puts the tone on another vowel than "nước" has it on."""
    lexicon = _with({"nuoc": 3000, "nước": 2900, "sach": 900, "sạch": 850, "nuoc_sach": 400})
    assert suggestion_for("nớưc sạch", False, lexicon) == "nước sạch"


def test_a_query_too_long_for_a_suggestion_asks_the_lexicon_nothing():
    """A query past ``MAX_LONG_SYLLABLES`` gets no suggestion, so no trigger looks anything
    up: a 500-character query of strangers had cost thousands of lookups of their edits."""
    asked: list[str] = []

    def vocabulary(words):
        words = list(words)
        asked.extend(words)
        return ARTICLES, dict.fromkeys(words, 0)

    def adjacent(pairs):
        pairs = list(pairs)
        asked.extend(pairs)
        return dict.fromkeys(pairs, 0)

    query = " ".join(["iao thông bí tư"] * 30)
    assert suggestion_for(query, True, Lexicon(vocabulary, NAMES, adjacent=adjacent)) is None
    assert asked == []


def test_a_long_query_gets_only_its_strangers_respelt():
    """Past ``MAX_SYLLABLES`` (a title pasted with a slip) only a word no article uses is
    respelt: "Semens" is "Siemens", and so is a syllable no article writes with its
    accents ("thiềt": one ending in t takes no grave) or, among accented ones, typed
    without the tone it must carry ("thiet"), while "Tiền Gang", which a short
    query has corrected, stays as typed; a long query of real words gets nothing, nor
    does one past ``MAX_LONG_SYLLABLES``."""
    lexicon = _with(
        {"siemens": 40, "thiet": 600, "thiết": 500, "thiet_bi": 300, "thiết_bị": 300, "bị": 4000}
    )
    assert suggestion_for("Tiền Gang ký hợp đồng với Semens", False, lexicon).startswith(
        "Tiền Giang"
    )
    long = "Tiền Gang ký hợp đồng với {} về cung cấp thiết bị điện cho tỉnh"
    assert suggestion_for(long.format("Semens"), False, lexicon) == long.format("Siemens")
    assert suggestion_for(long.format("Siemens"), False, lexicon) is None
    assert suggestion_for(long.format("Semens") + " năm nay", False, lexicon) is None
    misaccented = long.format("Siemens").replace("thiết", "thiềt")
    assert suggestion_for(misaccented, False, lexicon) == long.format("Siemens")
    untoned = long.format("Siemens").replace("thiết", "thiet")  # "t" needs sắc or nặng
    assert suggestion_for(untoned, False, lexicon) == long.format("Siemens")
    bare = "tien giang ky hop dong voi siemens ve cung cap thiet bi dien cho tinh"
    assert suggestion_for(bare, True, lexicon) is None  # a bare query leaves every tone out


def test_a_stranger_longer_than_any_word_is_not_looked_up_edited():
    """A hostile token of 240 letters would have 12,000 words one letter longer or
    changed; none is looked up, while a brand's length still is ("Semens")."""
    asked: list[str] = []

    def vocabulary(words):
        words = list(words)
        asked.extend(words)
        return ARTICLES, {w: 40 if w == "siemens" else 0 for w in words}

    assert suggestion_for("q" * 240, False, Lexicon(vocabulary, NAMES)) is None
    assert max(map(len, asked)) <= 240
    assert suggestion_for("Semens", False, Lexicon(vocabulary, NAMES)) == "Siemens"


def test_a_name_typed_whole_is_kept_whole_by_a_slip():
    """A query found nowhere may hold a real slip, but not one that takes a syllable of
    a name typed whole into a commoner word: "ngọc trai Phú Quốc giả" (fake pearls) is
    no "phú | quốc gia", as the search's own segmentation keeps the name."""
    counts = {
        **VOCABULARY,
        "ngoc": 600,
        "ngọc": 550,
        "trai": 900,
        "ngoc_trai": 80,
        "ngọc_trai": 80,
        "phu": 3000,
        "phú": 2500,
        "quoc": 6000,
        "quốc": 6000,
        "phu_quoc": 300,
        "phú_quốc": 300,
        "quoc_gia": 5800,
        "quốc_gia": 5800,
        "giả": 950,
    }
    names = Names.of(["Phú Quốc", "Hà Nội"])
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), names)
    assert suggest("ngọc trai Phú Quốc giả", lexicon, found=False) is None


def test_a_syllable_corrected_in_an_accented_query_gets_the_accents_its_letters_mostly_have():
    """ "ruit" (for "ruột") is typed bare, but the rest of the query has accents: the
    slip took them, so the correction is spelt as the corpus mostly writes its letters;
    not a capitalised syllable: a name, which may be foreign ("Kim Byung Maan": "Man")."""
    counts = {
        "dut": 900, "đứt": 850, "ruot": 900, "ruột": 800, "ruốt": 1, "ruit": 0, "dut_ruot": 16,
        "đứt_ruột": 16, "man": 700, "màn": 500, "maan": 0, "kim": 3000, "byung": 9, "bằng": 5000,
    }  # fmt: skip
    lexicon = _with(counts)
    assert suggestion_for("đứt ruit", False, lexicon) == "đứt ruột"
    assert suggestion_for("Kim Byung Maan bằng", False, lexicon) == "Kim Byung Man bằng"


def test_a_correction_keeps_the_accented_letters_typed_over_a_commoner_word():
    """ "bụii" has a doubled letter: "bụi" keeps the "ụ" typed, "buổi" (one letter off
    too, and ten times as common) cannot, so the dust filter is not read as a session."""
    counts = {"bui": 560, "bụi": 500, "buoi": 5100, "buổi": 5000, "buii": 0}
    assert suggestion_for("bụii", False, _with(counts)) == "bụi"
    assert suggestion_for("buii", False, _with(counts)) == "buoi"  # nothing typed to keep


def test_a_doubled_letter_keeps_the_letters_typed_d_and_accents_alike():
    """ "dâyy" typed with its accents is "dây": a user typing accents types "đ" too, so
    the commoner "đây" is not it; "cậận", a toned vowel typed twice, is "cận"."""
    counts = {"day": 9000, "dây": 900, "đây": 7000, "can": 5000, "cận": 400, "cần": 3000}
    assert suggestion_for("dâyy", False, _with(counts)) == "dây"
    assert suggestion_for("cậận", False, _with(counts)) == "cận"


def test_a_word_is_weighed_by_its_spelling_with_the_accents_typed():
    """ "gải phóng": "hải" and "giải" are both one letter off "gải", and "Hải Phòng" is
    written thrice as often as "giải phóng"; but "phóng" was typed with its accents,
    and no article writes "hải phóng"."""
    counts = {
        "hai_phong": 3000, "hải_phòng": 2990, "giai_phong": 1000, "giải_phóng": 990,
        "gai": 800, "gải": 0, "hai": 9000, "hải": 700, "giai": 2000, "giải": 1900,
        "phong": 5000, "phóng": 1500, "mat_bang": 520, "mặt_bằng": 500,
    }  # fmt: skip
    names = Names.of(["Hải Phòng"])
    lexicon = Lexicon(lambda words: (37000, {w: counts.get(w, 0) for w in words}), names)
    assert suggestion_for("gải phóng mặt bằng", False, lexicon) == "giải phóng mặt bằng"


def test_a_found_pair_holding_a_word_no_dictionary_lists_may_hold_a_slip():
    """ "thy" is no Vietnamese syllable, but a name the corpus uses ("Anh Thy"), so no
    stranger; "thy điện" stands side by side in no article, and "thủy điện", one letter
    off, is common: the query is offered the word."""
    counts = {
        "thy": 51, "thuy": 870, "thủy": 600, "thuy_dien": 408, "thủy_điện": 400, "dien": 3000,
        "điện": 2500,
    }  # fmt: skip
    lexicon = _with_pairs(counts, {"thy_dien": 0})
    assert suggestion_for("thy điện", True, lexicon) == "thủy điện"


def test_a_run_one_letter_off_a_listed_name_of_three_syllables_or_more():
    """pyvi seldom makes a listed name of three syllables or more one word ("tổng mức
    bán lẻ" is "tổng_mức" and "bán_lẻ"), so the name is known by its listing, not by a
    vocabulary count: "ton muc ban le", found in many articles, still means it."""
    names = Names.of(["tổng mức bán lẻ"])
    counts = {
        **{"tong": 2000, "tổng": 1900, "ton": 300, "tồn": 200, "tôn": 90},
        **{"muc": 800, "mức": 700, "ban": 3000, "bán": 900, "le": 1000, "lẻ": 300},
        **{"ban_le": 400, "bán_lẻ": 400, "tong_muc": 200, "tổng_mức": 200},
    }
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), names)
    assert suggestion_for("ton muc ban le", True, lexicon) == "tổng mức bán lẻ"


def test_a_syllable_left_without_its_tone_gets_the_one_its_accented_neighbour_is_written_with():
    """ "nạp" and "nắp" are equally common, but beside "nhiên" the corpus writes "nạp";
    "tin nhắn" is no pyvi word, yet "nhắn rác" stands where "nhăn rác" never does.
    Where the corpus writes the pair as typed ("chưa cháy", a house not yet burnt), or a
    neighbour is typed bare ("nap nhien"), the syllable stays."""
    counts = {
        "nap": 400, "nạp": 190, "nắp": 200, "nhiên_liệu": 900, "nhien_lieu": 900,
        "nạp__nhiên": 60, "nắp__nhiên": 1, "tin": 5000, "nhăn": 110, "nhắn": 580,
        "rác": 700, "nhắn__rác": 12, "chưa": 4000, "chữa": 900, "cháy": 800,
        "chưa__cháy": 60, "chữa__cháy": 300,
    }  # fmt: skip
    lexicon = _with(counts)
    assert suggestion_for("nap nhiên liệu", True, lexicon) == "nạp nhiên liệu"
    assert suggestion_for("tin nhăn rác", True, lexicon) == "tin nhắn rác"
    assert suggestion_for("chưa cháy", True, lexicon) is None
    assert suggestion_for("nap nhien lieu", True, lexicon) is None


def test_a_checked_syllable_typed_bare_in_an_accented_query_gets_the_tone_it_must_have():
    """ "sac" is no spelling (a checked syllable carries sắc or nặng): beside "không" the
    corpus writes "sạc" more often than "sắc", though not nine times in ten; where no
    accented neighbour tells, a name's "Ngoc" gets the commonest spelling, "Ngọc".
    Letters written bare as often as not ("hot", a loanword) stay, and so do a syllable
    beside a foreign word ("Mac Book") and one whose pair as typed titles write ("sac
    không" in 30 of them)."""
    counts = {
        "sac": 1000, "sạc": 260, "sắc": 720, "không": 9000, "dây": 800, "sạc__không": 9,
        "sắc__không": 3, "ngoc": 630, "ngọc": 550, "ngốc": 60, "hồ": 3000, "anh": 6000,
        "hot": 600, "hót": 35, "hốt": 47, "girl": 40, "hà_nội": 9000, "ha_noi": 9000,
    }  # fmt: skip
    lexicon = _with(counts)
    assert suggestion_for("iPhone 8 sac không dây", True, lexicon) == "iPhone 8 sạc không dây"
    assert suggestion_for("Hồ Anh Ngoc", True, lexicon) == "Hồ Anh Ngọc"
    assert suggestion_for("hot girl Hà Nội", True, lexicon) is None
    mac = _with({**counts, "mac": 900, "mặc": 500, "mắc": 380, "áo": 2000, "giá": 5000, "rẻ": 900})
    assert suggestion_for("Mac Book giá rẻ", True, mac) is None
    assert suggestion_for("áo mac giá rẻ", True, mac) == "áo mặc giá rẻ"
    assert suggestion_for("sac không dây", True, _with({**counts, "sac__không": 30})) is None


def test_a_syllable_typed_with_a_tone_its_neighbours_are_hardly_ever_written_with_gets_theirs():
    """ "chữ tượng hình" is written, "chữ tường hình" never: the slipped tone is put back,
    with the tone both neighbours tell. A pair written as typed, however seldom ("cựu
    thù", though "cựu thủ" is commoner), a syllable making a word as typed ("lòng
    thành") and a neighbour behind a sign ("quy định 'lạ'") keep the tone typed."""
    counts = {
        "chữ": 3000, "tường": 2000, "tượng": 2500, "hình": 5000, "chữ__tượng": 30,
        "tượng__hình": 40, "cựu": 900, "thù": 60, "thủ": 800, "cựu__thù": 1,
        "cựu__thủ": 17, "lòng": 2000, "long": 2500, "thành": 9000,
        "lòng_thành": 60, "long__thành": 500, "quy_định": 9000,
        "định": 8000, "là": 20000, "lạ": 900, "định__là": 3000,
    }  # fmt: skip
    lexicon = _with(counts)
    assert suggestion_for("chữ tường hình", True, lexicon) == "chữ tượng hình"
    assert suggestion_for("cựu thù", True, lexicon) is None
    assert suggestion_for("lòng thành", True, lexicon) is None
    assert suggestion_for("quy định 'lạ'", True, lexicon) is None


def test_a_marked_syllable_two_common_neighbours_are_never_written_with_takes_the_words_spelling():
    """ "chưa" and "cháy" are each so common that chance alone would bring them into
    the articles of "chữa cháy", and "cháy chưa" is written now and then; but no title
    or summary writes "chưa cháy", and many write "chữa cháy": "phòng cháy chưa cháy" is
    a slip. Where a few titles write "chưa cháy" (a house not burnt yet), it stays."""
    counts = {
        "phòng_cháy": 400, "chưa": 6000, "chữa": 900, "cháy": 1500, "chua_chay": 340,
        "chữa_cháy": 340, "chữa__cháy": 33, "cháy__chữa": 10, "cháy__chưa": 2,
    }  # fmt: skip
    assert suggestion_for("phòng cháy chưa cháy", True, _with(counts)) == "phòng cháy chữa cháy"
    assert suggestion_for("phòng cháy chưa cháy", True, _with(counts | {"chưa__cháy": 3})) is None


def test_a_syllable_one_letter_off_what_its_neighbours_are_written_with_gets_it():
    """ "thoáo vốn" is written nowhere, "thoái vốn" in 40 titles: a letter slipped, the
    accents typed kept. A tone slipped is likelier than a letter: "chữ tường hình" is
    "tượng hình" though "thường hình" is written now and then. A pair written as typed stays
    ("thoát vốn")."""
    counts = {
        "thoái": 900, "thoát": 1200, "vốn": 5000, "thoái__vốn": 40, "nhà_nước": 9000,
        "vốn__nhà": 30, "chữ": 3000, "tường": 2000, "tượng": 2500, "thường": 4000,
        "hình": 5000, "chữ__tượng": 30, "tượng__hình": 40, "thường__hình": 8,
    }  # fmt: skip
    lexicon = _with(counts)
    assert suggestion_for("thoáo vốn nhà nước", False, lexicon) == "thoái vốn nhà nước"
    assert suggestion_for("chữ tường hình", True, lexicon) == "chữ tượng hình"
    written = _with(counts | {"thoát__vốn": 2})
    assert suggestion_for("thoát vốn nhà nước", True, written) is None


def test_a_suggestion_for_a_bare_query_gives_its_bare_syllables_the_accents_beside_them():
    """A bare query with a slip gets an accented suggestion; its syllables typed bare
    and left unedited take the spelling their accented neighbours are written with
    ("đua ngựa"), not half the query bare. Typed bare with no slip, it stays."""
    counts = {
        "truong": 9000, "trường": 8000, "trương": 900, "dua": 3000, "đua": 600,
        "dưa": 900, "đưa": 2000, "truong_dua": 150, "trường_đua": 140, "ngua": 700,
        "ngựa": 500, "ngừa": 300, "ngửa": 50, "đua__ngựa": 30,
    }  # fmt: skip
    lexicon = _with(counts)
    assert suggestion_for("truoong dua ngua", False, lexicon) == "trường đua ngựa"
    assert suggestion_for("truong dua ngua", True, lexicon) is None


def test_a_province_after_its_units_word_is_likelier_than_words_or_other_names():
    """After "tỉnh" or "thành phố" a run one letter off a province's name means the
    province, though its syllables are common words ("am đồng") or another name one
    letter off is commoner ("Hà Đông", a district); elsewhere the words stay."""
    counts = {
        "tinh": 3500,
        "tỉnh": 3000,
        "am": 2000,
        "ấm": 1500,
        "la": 6000,
        "là": 6000,
        "dong": 3000,
        "đồng": 2000,
        "ha": 3000,
        "hà": 2500,
        "lam": 800,
        "lâm": 500,
        "lam_dong": 120,
        "lâm_đồng": 120,
        "ha_dong": 400,
        "hà_đông": 400,
    }
    names = Names.of(["Lâm Đồng", "Hà Đông"])
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), names)
    assert "Lâm Đồng" in suggestion_for("tinh am dong", True, lexicon)
    assert "Lâm Đồng" in suggestion_for("tỉnh la dong", True, lexicon)
    assert suggestion_for("am dong", True, lexicon) is None


def test_a_bodys_name_of_six_syllables_one_letter_off_is_near_it():
    """ "so tao nguyen va moi truong", found (every syllable is common), is one letter
    off the department's name of six syllables, past the five a name ran to."""
    counts = {
        "so": 4000,
        "sở": 3000,
        "tao": 900,
        "tạo": 800,
        "tai": 1500,
        "tài": 1200,
        "nguyen": 2000,
        "nguyên": 1800,
        "tai_nguyen": 600,
        "tài_nguyên": 600,
        "va": 6000,
        "và": 6000,
        "moi": 3000,
        "môi": 1200,
        "truong": 4000,
        "trường": 3000,
        "moi_truong": 1100,
        "môi_trường": 1100,
    }
    names = Names.of(["Sở Tài nguyên và Môi trường"])
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), names)
    assert suggestion_for("so tao nguyen va moi truong", True, lexicon) == (
        "Sở Tài nguyên và Môi trường"
    )


def test_a_letter_struck_for_a_key_beside_it_is_the_likelier_slip():
    """ "ohi" is no syllable: "phi" ("p" is beside "o") is likelier meant than the
    commoner "thi", a key away; the query's other words say nothing between them."""
    counts = {
        "phi": 300,
        "thi": 900,
        "phi_cong": 200,
        "thi_cong": 250,
        "phi_công": 200,
        "thi_công": 250,
        "cong": 3000,
        "công": 3000,
    }
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), NAMES)
    assert suggest("ohi công", lexicon, found=False) == "phi công"


def test_a_rare_word_used_with_the_query_words_is_kept_as_typed():
    """ "sibc", in one article, is no slip for the commoner "sic" when that article is
    about the betting the query names; without them together, it is."""
    counts = {
        "dat": 900,
        "cuoc": 700,
        "dat_cuoc": 40,
        "đặt_cược": 40,
        "duoc": 5000,
        "sibc": 1,
        "sic": 60,
    }

    def lexicon_with(used: dict) -> Lexicon:
        return Lexicon(
            lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}),
            NAMES,
            lambda pairs: {pair: used.get(pair, 0) for pair in pairs},
        )

    assert suggest("dat cuocc sibc", lexicon_with({("sibc", "dat_cuoc"): 1})) == "đặt cược sibc"
    assert suggest("dat cuocc sibc", lexicon_with({})) == "đặt cược sic"


def test_a_name_pyvi_cuts_apart_counts_its_syllables_written_side_by_side():
    """ "Phạm Văn Đồng", a street, is no word of the vocabulary (pyvi cuts it); the
    official "Phạm Văn Đông", in eight articles, is: titles and summaries write "văn
    đồng" 33 times, "văn đông" once."""
    counts = {
        "pham": 400,
        "phạm": 400,
        "van": 3000,
        "dong": 5000,
        "pham_van_dong": 8,
        "phạm_văn_đông": 8,
        "phạm__văn": 70,
        "văn__đồng": 33,
        "văn__đông": 1,
    }
    names = Names.of(["Phạm Văn Đồng", "Phạm Văn Đông"])
    lexicon = Lexicon(lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), names)
    assert suggest("phsm van dong", lexicon) == "Phạm Văn Đồng"
    counts["văn__đồng"] = 0
    assert suggest("phsm van dong", lexicon) == "Phạm Văn Đông"


def test_a_bare_syllable_beside_accents_as_no_title_writes_them_is_looked_at():
    """ "tượng hình" is a rare word (16 articles: too few to restore it as one), but no
    title or summary writes "tượng hinh" and four write "tượng hình": the tone a slip
    took is put back. A level-tone syllable written so beside its neighbour ("tai nạn")
    and a capitalised one (a name) stay."""
    counts = {
        "chữ": 3000, "chu": 4000, "tượng": 2500, "tuong": 3000, "hình": 1942, "hinh": 1961,
        "tuong_hinh": 16, "tượng_hình": 16, "tượng__hình": 4, "tai": 26000, "nạn": 900,
        "tai_nạn": 3000, "tai_nan": 3000, "tai__nạn": 2500, "giao_thông": 9000,
    }  # fmt: skip
    lexicon = _with(counts)
    assert suggestion_for("chữ tượng hinh", True, lexicon) == "chữ tượng hình"
    assert suggestion_for("tai nạn giao thông", True, lexicon) is None
    assert suggestion_for("chữ tượng Hinh", True, lexicon) is None


# Texts of the articles a query finds, written for the rule that reads them.
FOUND = [
    "Tổng thống Iran tái đắc cử nhiệm kỳ hai. Ông tái đắc cử với 57% phiếu bầu.",
    "Hụt thu ngân sách: chỉ số công nghiệp giảm, ngân sách tỉnh thiếu 200 tỷ đồng.",
    "Xe khách chạy Lào bốc cháy. Tuyến xe chạy Lào mỗi ngày; đám cháy làm cháy rụi xe.",
]


def test_a_found_query_is_respelt_as_the_articles_it_finds_write_it():
    """A syllable typed bare or with a slipped tone beside a typed neighbour, where the
    articles found write it otherwise there twice at least and never as typed; the rest
    of the query, its case and signs as typed."""
    assert spelt_as_found("Rouhani tai đắc cử", read_once(lambda: FOUND)) == "Rouhani tái đắc cử"
    assert (
        spelt_as_found("hụt thu ngân sạch, Tỉnh", read_once(lambda: FOUND))
        == "hụt thu ngân sách, Tỉnh"
    )
    trial = ["Bị cáo Đỗ Cảnh Thìn hầu tòa.", "Đỗ Cảnh Thìn nhận án."]
    assert spelt_as_found("Đỗ Cảnh Thin ấu dâm", read_once(lambda: trial)) == "Đỗ Cảnh Thìn ấu dâm"


def test_a_found_query_keeps_what_the_articles_it_finds_do_not_settle():
    """The spelling typed written there once, a spelling written there once only, a tone
    typed that the articles use more than the one they write there ("cháy"), a letter
    changed with a tone ("ngân sạc"), a capitalised syllable the articles write in lower
    case ("Cần Gi" meant Cần Giờ), and a query typed bare, whose texts are not read."""

    def unread() -> list[str]:
        raise AssertionError("a bare query's articles are read")

    written_once = [*FOUND, "Rouhani tai đắc cử"]
    assert spelt_as_found("Rouhani tai đắc cử", read_once(lambda: written_once)) is None
    assert spelt_as_found("ông tai đắc cử", read_once(lambda: FOUND[:1])) == "ông tái đắc cử"
    assert spelt_as_found("Iran tai đắc cử", read_once(lambda: ["Iran tái đắc cử."])) is None
    assert spelt_as_found("xe khách cháy Lào", read_once(lambda: FOUND)) is None
    assert spelt_as_found("ngân sạc chỉ số", read_once(lambda: FOUND)) is None
    assert (
        spelt_as_found("Cần Gi", read_once(lambda: ["Cần gì nữa?", "Dân cần gì, tỉnh cần gì."]))
        is None
    )
    assert spelt_as_found("rouhani tai dac cu", read_once(unread)) is None


def test_the_engine_respells_a_found_query_as_its_best_matches_write_it(seed_engine):
    """The seed articles' vocabulary is too small to tell "Tỉnh ủy" from "Tình ủy"; the
    articles the query finds write it."""
    result = seed_engine.search(SearchRequest("văn bản chỉ đạo của Tình ủy"))
    assert result["suggestion"] == "văn bản chỉ đạo của Tỉnh ủy"
    assert result["total"] and not result["corrected"]


def test_a_found_querys_suggestion_is_dropped_where_its_articles_write_it_as_typed(lexicon):
    """ "Tiền Gang" is one letter off the province, but where the articles the query finds
    write it so beside its neighbour twice (a person's name, a reader's "Hội thao CAND"),
    the query is written as they write it; a query typed bare finds its letters side by
    side in any article it finds, so they do not settle its suggestion."""
    from types import SimpleNamespace

    from search.query import parse
    from search.spelling import with_suggestion
    from search.suggest import Level

    def suggested(query: str, texts: list[str]) -> str | None:
        chosen = SimpleNamespace(level=Level(parse(query), matches=3))
        return with_suggestion(
            SearchRequest(query), chosen, lambda _: chosen, lexicon, lambda _: texts
        )[1]

    person = ["Ông Tiền Gang, 60 tuổi, kể lại.", "Gia đình ông Tiền Gang ở xã bên."]
    assert suggested("Tiền Gang", person) is None
    assert suggested("Tiền Gang", person[:1]) == "Tiền Giang"
    assert suggested("Tiền Gang", ["Tỉnh Tiền Giang xuất khẩu gạo."]) == "Tiền Giang"
    assert suggested("tien gang", person) == "Tiền Giang"


def test_syllables_a_sign_parts_are_no_name_run():
    """ "ha năm" side by side has the letters of "Hà Nam"; in "200 triệu/ha/năm" the
    slashes part them into units, and the query is written right."""
    counts = {"ha": 3000, "hà": 2500, "nam": 3000, "năm": 5000, "ha_nam": 300, "hà_nam": 300}
    counts |= {
        "trieu": 4000,
        "triệu": 4000,
        "thu": 3000,
        "nhap": 900,
        "nhập": 900,
        "thu_nhap": 800,
        "thu_nhập": 800,
    }
    lexicon = Lexicon(
        lambda words: (ARTICLES, {w: counts.get(w, 0) for w in words}), Names.of(["Hà Nam"])
    )
    assert suggestion_for("thu nhập ha năm", True, lexicon) == "thu nhập Hà Nam"
    assert suggestion_for("thu nhập 200 triệu/ha/năm", True, lexicon) is None

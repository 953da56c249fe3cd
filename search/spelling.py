"""Spelling suggestions: the query as the corpus writes it.

A typo is mostly one edit in one syllable: a letter dropped, doubled, swapped with its
neighbour or struck for another, a tone left out or wrong. So each typed syllable's
candidates are its folded self and the Vietnamese syllables (pyvi's dictionary) one
edit away; the query's words are chosen among their combinations by the vocabulary
counts that segment queries (``search.words``), a known name (place, organisation,
indicator, official) ahead of other words; and each word gets the accents the corpus
writes it with most often, those the user typed kept where the corpus has them. Only
counts of words are asked of the index, so both backends suggest through their
``Lexicon``; and a query found as typed is checked against the texts of its best
matches (``spelt_as_found``), which each backend reads as it reads its results.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from search.abbreviations import spellings as abbreviated
from search.analysis import query_syllables, spelt_pair, syllable_spans
from search.gazetteer import gazetteer
from search.results import SearchRequest
from search.suggest import Level
from search.syllables import accent_variants, folded_syllables, known_syllables
from search.tones import TONE_MARKS, VOWELS, fold, normalize, untoned
from search.understand import indicator_phrases
from search.words import (
    MIN_WORD_DOCUMENTS,
    UNSEEN_DOCUMENTS,
    Lexicon,
    spellings,
    vocabulary_key,
)

_LETTERS = "abcdefghijklmnopqrstuvwxyz"  # of folded syllables: đ folds to d
# One-edit alternatives per syllable, the commonest (as words on their own) first: all of
# them where a word has one edited syllable, the first few where it has two.
CANDIDATES = 40
CANDIDATES_TWICE = 3
# Longest word a correction is looked up as, and longest name (looked up only among
# the names one syllable off the typed run).
MAX_CORRECTED_SYLLABLES = 3
MAX_NAME_RUN = 7  # "Sở Tài nguyên và Môi trường", "Bộ Giao thông vận tải"
# A listed name this long is known without counting it (``_listed_whole``).
LISTED_NAME_SYLLABLES = 3
# Cost of each word, in log probability: twice what segmenting a query for matching
# takes (``search.words.WORD_PENALTY``), so that a run of syllables the corpus has as
# one word is read as that word and spelt as the corpus spells it.
WORD_PENALTY = 6.0
# Log probability an edited letter costs: a typo is rarer than a rare word. Editing a
# stranger (no Vietnamese syllable, in no article) costs little: it is a typo or noise;
# and a stranger as typed counts as a word of ``STRANGER_DOCUMENTS`` articles.
EDIT_COST = 8.0
STRANGER_EDIT_COST = 1.0
# A real syllable typed with its accents ("diễn", "rác") is seldom a slip for another;
# accents that make no syllable on real letters ("phàt") are likelier a tone slip.
ACCENTED_EDIT_COST = 12.0
TONE_SLIP_EDIT_COST = 4.0
# A slip that leaves real syllables, read off a query found as typed, must be this much
# likelier than the words as typed: phrases typed right score up to 5.5 ("mới là" 1.8,
# "hoàng hơn" 4.3: each also a word with other accents), slips 6.8 and more.
REAL_SLIP_COST = 6.0
STRANGER_DOCUMENTS = 0.05
# A syllable no dictionary knows is the corpus's own (a name, a loanword) from this many
# articles on; in fewer it is as likely a typo there.
SEEN_SYLLABLE = 3
# An acronym this long that no article has may be a typo of one ("GRRDP").
MIN_ACRONYM_EDITED = 3
# ... and an accented one no dictionary knows ("tỉn", a typo of "tỉnh" in 4 articles)
# from this many.
SEEN_UNKNOWN_SYLLABLE = 10
# What fitting the accented letters typed takes off an edit's cost, down to the least.
ACCENT_HINT = 2.0
MIN_EDIT_COST = 0.5
NAME_BONUS = 2.0
# A letter struck for a key beside it is a likelier slip than any other letter.
KEY_SLIP_HINT = 2.0
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# a province's name after its unit's word ("tinh", "tp", "thanh pho") is likelier still
PROVINCE_BONUS = 4.0
_PROVINCE_UNITS = frozenset({"tinh", "tp", "pho"})
# A word seen in this many articles is common; a spelling of it seen in less than one
# in ``RARE_SPELLING`` of them is a slip ("trượng" against "trường").
COMMON_WORD = 20
RARE_SPELLING = 100
# Strangers per query looked up one letter longer or changed (53 words a letter each; one
# letter longer only, a query of twelve made-up words took 300 ms with all, 120 ms with
# two, 83 ms with none).
MAX_LENGTHENED = 2
# … and only strangers of at most this many letters: a word no longer than any brand
# ("lienvietpostbank" has 16), so a hostile 400-letter token costs no 20,000 lookups.
LONGEST_EDITED = 20
# Longer queries are not corrected: the combinations grow with the product of candidates.
MAX_SYLLABLES = 12
# ... but for a query up to this long (a title pasted with a slip in it) the words holding
# a syllable no article uses are: "… hụt th ngân sách …". Its real words stay as typed,
# since a long query written right reads as slips in them too ("tiền thuê đất" is no
# "tiền thuế đạt"; 58 of 1,759 titles got a suggestion that way, 22 do not).
MAX_LONG_SYLLABLES = 16
# Accented spellings looked up for one word; past it, the typed accents are kept fixed.
MAX_SPELLINGS = 256
# A spelling chosen for a word typed without (all) its accents must be this share of the
# word's uses: "lúa" is not chosen for "lua" when "lửa" is as common.
DOMINANT_SHARE = 0.5
# How much more a spelling keeping a typed accent counts: the user's accents win unless
# the corpus writes the word otherwise far more often ("Tiên Giang" is a typo in two
# articles, "Tiền Giang" the province in hundreds).
TYPED_ACCENT_WEIGHT = 10
# In an accented query, accents left out by a slip are restored where the corpus gives
# the letters one spelling in this share of their uses: a checked syllable (ending in p,
# t, c, ch: it takes only the sắc or nặng tone, "70 phut"), and neighbours it writes as
# one word ("thu khoa vào lớp 10"). Loanwords written bare ("chat", "top") stay.
CHECKED_ENDINGS = ("p", "t", "c", "ch")
CHECKED_TONES = ("\u0301", "\u0323")  # sắc, nặng: the only tones a checked syllable takes
LEFT_OUT_SHARE = 0.9
# A restored word is no unit when an end makes a common word with the syllable past it,
# used at least this share as often ("do thi công": "thi công", not "đô thị").
CUT_APART_SHARE = 0.25
# A query of bare Vietnamese syllables found in this few articles may hold a real
# syllable mistyped for another ("tong uc ban le": "uc" is Úc, for "mức"): it is
# looked at as one found nowhere, its results kept; a longer query than
# ``FEW_SYLLABLES`` is found in few articles anyway (a title as a query: one).
FEW_MATCHES = 5
# ... and so is one found in up to ``FEW_MATCHES_CHECKED``, when its suggestion is found
# in ``MORE_FOUND`` times as many ("cai cach hanh chin", 11: "cải cách hành chính").
FEW_MATCHES_CHECKED = 20
MORE_FOUND = 10
FEW_SYLLABLES = 6
# Accents in doubt: the ``RIVALS`` likeliest spellings of a word, those within
# ``RIVAL_RANGE`` of the first, are weighed by how often articles use them with the
# query's ``CONTEXT_WORDS`` rarest other words (used in fewer than ``CONTEXT_SHARE``
# of the articles), for at most ``MAX_DOUBTFUL`` words: 36 counts at most. Each count
# is smoothed by the articles that would use both if the words were unrelated (a rare
# context word seen with one spelling only tells more than a common one seen with both).
RIVALS = 3
RIVAL_RANGE = 100
CONTEXT_WORDS = 3
CONTEXT_SHARE = 0.1
MAX_DOUBTFUL = 4
# A query found in few articles, read as typed, may hold a slip its other words tell:
# an edit making a word they are used with this many times more than chance.
SLIP_LIFT = 5.0
SLIP_WORDS = 10
# Bare syllables of an accented query are restored by their context (at most
# ``MAX_BARE_SYLLABLES``, by their ``SYLLABLE_RIVALS`` commonest spellings: "lúa" is
# fourth of "lua"'s) when the articles using its telling words use them this often at
# least (fewer prove nothing): 36 counts at most.
MAX_BARE_SYLLABLES = 2
SYLLABLE_RIVALS = 5
MIN_CONTEXT_USES = 5
# ... and only when the context shifts the odds: a spelling is weighed only when its
# share of the articles using the letters is at most ``LEFT_OUT_SHARE / CONTEXT_LIFT``
# over all. Articles hold several spellings, and the commonest ("còn", "ngày", "thì")
# stand in nearly all of them: "con", "ngay", "thi" written bare are no slip.
CONTEXT_LIFT = 2.0
# A found query's neighbouring syllables that stand side by side in fewer than
# SLIP_PAIR_SEEN articles, and in fewer than this share of those using a common word
# one letter off them, are likelier that word mistyped.
SLIP_PAIR_SEEN = 20
SLIP_PAIR_SHARE = 0.2
# A tone typed is a choice: only a pair no title or summary writes as typed is a slip
# ("chữ tường hình"; "cựu thù" is written, though "cựu thủ" far more often).
SLIPPED_TONE_SEEN = 1
# Syllables whose spellings one tone or one letter off are looked up (a few dozen pairs each).
MAX_SLIPPED_SYLLABLES = 3
# A query of at most this many bare syllables is read for a rare pair meaning a common word.
SHORT_BARE = 3
# An edit of a stranger its neighbours stand beside this many times as often as the
# likeliest edit on its own is the one meant (at 3, "nguyen dinh cheu" became "… chu":
# "dinh chu" pools "định chủ", "đình chú" …, 278 articles to "đình chiểu"'s 53).
NEIGHBOUR_LIFT = 6
# The letters a Vietnamese syllable may open with before its vowel (đ folded to d).
_INITIAL_LETTERS = "bcdghklmnpqrstvx"
# A found query's spelling is checked against the texts of its best this many matches,
# and a syllable respelt where they write another spelling beside a typed neighbour
# this many times at least (and ``LEFT_OUT_SHARE`` of the times), never the one typed.
FOUND_TEXTS = 5
FOUND_USES = 2


def one_edit(folded: str) -> set[str]:
    """Vietnamese syllables (folded) one edit from ``folded``: a letter dropped, added or
    changed, or two neighbours swapped.

    >>> sorted(one_edit("giag") & {"giang", "gia", "giao", "xyz"})
    ['gia', 'giang', 'giao']
    >>> "tre" in one_edit("tree") and "noi" in one_edit("noii") and "tien" in one_edit("tein")
    True
    """
    splits = [(folded[:i], folded[i:]) for i in range(len(folded) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    edits.discard(folded)
    return edits & folded_syllables()


@dataclass(frozen=True)
class _Word:
    """A word of the corrected query: the typed syllables it covers, folded as corrected."""

    start: int
    folded: tuple[str, ...]
    cost: float  # of its edits


def suggest(text: str, lexicon: Lexicon, found: bool = True) -> str | None:
    """The query as the corpus would write it, or None when it is written so already.

    A query typed without any accent and with no letter wrong gets no suggestion:
    it matches as it is; but a suggestion made for a typo carries the accents. A query
    of Vietnamese syllables and words the corpus uses, ``found`` nowhere as typed, must
    hold a real syllable mistyped for another ("xua khau" for "xuất khẩu", "ối thoại
    công nhân Meiko" for "đối thoại"): only then may a real syllable be
    edited into a longer word that is no name (with a syllable no dictionary knows, that
    one is the typo: "hoaat" of "nước sinh hoaat … clo dư", and "clo dư" stays).
    """
    written = normalize(text)
    spans = list(syllable_spans(text))
    typed = [syllable for syllable, _, _ in spans]
    if not typed or len(typed) > MAX_LONG_SYLLABLES:
        return None
    tokens = [written[start:end] for _, start, end in spans]
    fixed = _unknown_acronyms_freed({i for i, t in enumerate(tokens) if _fixed(t)}, tokens, lexicon)
    capitalised = _capitalised(written, spans)
    joined = _side_by_side(text, spans)
    restored = _restored(typed, lexicon, capitalised, joined)
    # the letters a slip changed, once restored, are why the query was found nowhere
    relettered = list(map(fold, restored)) != list(map(fold, typed))
    real_slips = not found and not relettered and _strangers_known(typed, lexicon)
    options = _syllable_options(restored, fixed, lexicon)
    words = _best_words(restored, options, lexicon, real_slips)
    words = _strangers_by_neighbours(words, restored, options, lexicon)
    if real_slips:
        words = _one_real_slip(words, restored, lexicon)
        if not any(word.cost for word in words) and len(typed) <= FEW_SYLLABLES:
            words = _slip_by_context(restored, options, words, lexicon) or words
    if not found and not any(word.cost for word in words):
        words = _initials_restored(words, restored, capitalised, joined, lexicon)
    words = _rare_words_kept(words, restored, lexicon)
    unaccented = all(fold(s) == s for s in typed)
    left_bare = set() if unaccented else _left_bare(typed, capitalised)
    spelt = _spellings(restored, words, lexicon, left_bare)
    spelt = _slips_toned_by_neighbours(spelt, words, restored, left_bare, joined, lexicon)
    if unaccented:
        spelt = _accented_beside(spelt, lexicon, joined)
    if len(typed) > MAX_SYLLABLES:
        spelt = _strangers_respelt(spelt, words, typed, lexicon)
    syllables = [s for word in spelt for s in word]
    if syllables == typed or (unaccented and [fold(s) for s in syllables] == typed):
        return None
    return _rewritten(written, spans, words, spelt, lexicon)


def _strangers_respelt(
    spelt: list[tuple[str, ...]], words: list[_Word], typed: list[str], lexicon: Lexicon
) -> list[tuple[str, ...]]:
    """The new spellings of the words that hold a misfit; the others as typed."""
    misfits = _misfits(typed, lexicon)
    return [
        spelling if misfits.intersection(_span(word)) else tuple(typed[i] for i in _span(word))
        for word, spelling in zip(words, spelt, strict=True)
    ]


def _misfits(syllables: list[str], lexicon: Lexicon) -> set[int]:
    """Where a syllable is a stranger, or none of Vietnamese: its letters ("th", "cônf",
    though some articles use "th" as an abbreviation) or its accents ("nghiềp": a
    syllable ending in p takes no grave) when the corpus hardly writes it so either
    ("chảnh" it does); in an accented query, a checked syllable typed without the tone
    it must carry ("ngân sach")."""
    _, counts = lexicon.counts({fold(s) for s in syllables} | set(syllables))
    accented = any(fold(s) != s for s in syllables)
    return {
        i
        for i, s in enumerate(syllables)
        if _stranger(fold(s), counts)
        or (s.isalpha() and fold(s) not in folded_syllables())
        or (fold(s) != s and not _real(s, counts))
        or (accented and _tone_missing(s))
    }


def _strangers_by_neighbours(
    words: list[_Word], typed: list[str], options: Options, lexicon: Lexicon
) -> list[_Word]:
    """A stranger edited into one syllable takes, of the edits costing the same, the one
    its neighbours stand beside most, when that is ``NEIGHBOUR_LIFT`` times the chosen
    one's and common: "tin nhna" is "tin nhắn", not the commoner "nhà" no article puts
    after "tin". Folded pairs pool every spelling ("dinh chu" is "định chủ", "đình
    chú" …), so the lift asked is high: "nguyen dinh cheu" stays "Chiểu"."""
    folded = [s for word in words for s in word.folded]
    _, counts = lexicon.counts({fold(s) for s in typed})
    picks = {}
    for word in words:
        i = word.start
        if len(word.folded) != 1 or not word.cost or not _stranger(fold(typed[i]), counts):
            continue
        rivals = [e for e, cost in options[i] if cost == word.cost]
        beside = {e: _neighbour_pairs(folded, i, e) for e in rivals}
        picks[i] = beside
    keys = {key for beside in picks.values() for pairs in beside.values() for key in pairs}
    seen = lexicon.adjacent(keys) if keys else {}
    out = []
    for word in words:
        beside = picks.get(word.start)
        if beside:
            uses = {e: sum(seen.get(key, 0) for key in pairs) for e, pairs in beside.items()}
            best = max(uses, key=lambda e: (uses[e], e == word.folded[0]))
            if uses[best] >= COMMON_WORD and uses[best] >= NEIGHBOUR_LIFT * uses[word.folded[0]]:
                word = replace(word, folded=(best,))
        out.append(word)
    return out


def _initials_restored(
    words: list[_Word],
    typed: list[str],
    capitalised: set[int],
    joined: Collection[int],
    lexicon: Lexicon,
) -> list[_Word]:
    """The words of a query found nowhere with the first letters a slip took restored
    (``_initials_dropped``); not a capitalised syllable, a name's ("Mỹ-Úc tập trận" is
    no "Lúc tập"). A found query is spared: "lá ổi" and "ngôn tình ạ" are written, and
    folded pairs pool every spelling ("lá nổi" with "là nơi")."""
    restored = _initials_dropped(typed, joined, lexicon)
    return [
        _Word(word.start, (restored[word.start],), EDIT_COST)
        if len(word.folded) == 1 and word.start in restored and word.start not in capitalised
        else word
        for word in words
    ]


def _openings_rarely_beside(
    typed: list[str], folded: list[str], joined: Collection[int], lexicon: Lexicon
) -> dict[int, int]:
    """{position: the most articles a neighbour stands beside it in} for the first
    ``MAX_SLIPPED_SYLLABLES`` syllables typed with accents and opening with a vowel (not a
    lone one) that stand beside each neighbour in fewer than ``SLIP_PAIR_SEEN``."""
    opening = [
        i
        for i, (s, f) in enumerate(zip(typed, folded, strict=True))
        if f[:1] in VOWELS
        and len(f) > 1
        and f.isalpha()
        and s != f
        and _neighbours(folded, i, joined)
    ]
    sides = {i: _neighbour_pairs(folded, i, folded[i], joined) for i in opening}
    seen = lexicon.adjacent({key for keys in sides.values() for key in keys}) if sides else {}
    most = {i: max(seen.get(key, 0) for key in keys) for i, keys in sides.items()}
    rare = [i for i in opening if most[i] < SLIP_PAIR_SEEN][:MAX_SLIPPED_SYLLABLES]
    return {i: most[i] for i in rare}  # each asks a few dozen pairs


def _initials_dropped(
    typed: list[str], joined: Collection[int], lexicon: Lexicon
) -> dict[int, str]:
    """{position: the syllable meant, folded} for the syllables typed with accents and
    opening with a vowel that a slip took the first letter of ("khảo sát ấm xe máy" is
    "cấm", "ạp nhiên liệu" is "nạp"): each side stands beside the syllable as typed in
    fewer than ``SLIP_PAIR_SEEN`` articles, and one beside it with a consonant put back
    in ``MIN_CONTEXT_USES`` articles and ``1 / SLIP_PAIR_SHARE`` times as many. Not a
    bare syllable ("ao" may be any of a dozen words) nor a lone vowel, a particle
    ("ngôn tình ạ"). Whole words are not asked: "cấm xe" is two words. At most
    ``MAX_SLIPPED_SYLLABLES`` syllables are tried (a few dozen pairs looked up each).

    Of the consonants, the likeliest between both sides: the spelling's own uses (with
    the accents typed) times the share of its letters' uses beside each side; "sát cấm
    xe", though "gầm xe" is commoner, and "năm" stands beside anything."""
    folded = [fold(s) for s in typed]
    rare = _openings_rarely_beside(typed, folded, joined, lexicon)
    meant = {
        i: {
            c + folded[i]: _fitting(typed[i], c + folded[i])
            for c in _INITIAL_LETTERS
            if c + folded[i] in folded_syllables()
        }
        for i in rare
    }
    keys = {
        i: {m: _neighbour_pairs(folded, i, m, joined) for m in options}
        for i, options in meant.items()
    }
    asked = {key for options in keys.values() for pairs in options.values() for key in pairs}
    beside = lexicon.adjacent(asked) if asked else {}
    _, used = lexicon.counts(
        {w for options in meant.values() for m, spelt in options.items() for w in [m, *spelt]}
    )

    def fit(i: int, meant_here: str) -> float:
        spelt = max((used.get(v, 0) for v in meant[i][meant_here]), default=0)
        shares = ((beside.get(key, 0) + 1) / (used[meant_here] + 1) for key in keys[i][meant_here])
        return spelt * math.prod(shares)

    restored = {}
    for i, options in keys.items():
        floor = max(MIN_CONTEXT_USES, rare[i] / SLIP_PAIR_SHARE)
        best = max(options, key=lambda m: fit(i, m), default=None)
        if best is not None and max(beside.get(key, 0) for key in options[best]) >= floor:
            restored[i] = best
    return restored


def _neighbour_pairs(
    folded: list[str], i: int, syllable: str, joined: Collection[int] | None = None
) -> list[str]:
    """The vocabulary keys of ``syllable`` at ``i`` with each neighbour of letters, typed
    side by side with it (``joined``) or, by default, with any sign between them counted
    as a space."""
    joined = range(len(folded)) if joined is None else joined
    return [
        vocabulary_key([folded[j], syllable] if j < i else [syllable, folded[j]])
        for j in _neighbours(folded, i, joined)
    ]


def _slips_toned_by_neighbours(
    spelt: list[tuple[str, ...]],
    words: list[_Word],
    typed: list[str],
    left_bare: Collection[int],
    joined: Collection[int],
    lexicon: Lexicon,
) -> list[tuple[str, ...]]:
    """A syllable typed bare in an accented query and corrected ("phòng chsy chữa cháy",
    "không dsy") spelt as its accented neighbours stand beside most ("phòng cháy",
    "không dây"), where they tell: the commonest spelling ("chạy", "đây") is no guess
    the query's own words back."""
    syllables = [s for word in spelt for s in word]
    edited = [
        word.start
        for word in words
        if len(word.folded) == 1 and word.start in left_bare and typed[word.start] != word.folded[0]
    ]
    sides = {
        i: [j for j in _neighbours(syllables, i, joined) if fold(syllables[j]) != syllables[j]]
        for i in edited
    }
    options = {i: accent_variants(fold(syllables[i])) for i in edited if sides[i]}
    pairs = {
        (i, v): [_side_pair(syllables, i, j, v) for j in sides[i]]
        for i in options
        for v in options[i]
    }
    if not pairs:
        return spelt
    _, counts = lexicon.counts({key for keys in pairs.values() for key in keys})
    chosen = {
        i: _clear_winner({v: sum(counts.get(key, 0) for key in pairs[(i, v)]) for v in variants})
        for i, variants in options.items()
    }
    return [
        (chosen[word.start],) if chosen.get(word.start) else spelling
        for word, spelling in zip(words, spelt, strict=True)
    ]


def _clear_winner(weights: dict[str, int]) -> str | None:
    """The spelling weighing most, if it weighs anything and more than any other.

    >>> _clear_winner({"cháy": 3, "chạy": 1}), _clear_winner({"a": 2, "b": 2})
    ('cháy', None)
    """
    ranked = sorted(weights, key=lambda v: -weights[v])
    if not ranked or not weights[ranked[0]]:
        return None
    return ranked[0] if len(ranked) == 1 or weights[ranked[0]] > weights[ranked[1]] else None


def _accented_beside(
    spelt: list[tuple[str, ...]], lexicon: Lexicon, joined: Collection[int]
) -> list[tuple[str, ...]]:
    """A suggestion for a query typed bare, its bare syllables given the spelling its
    accented ones are written beside, as the rest of it was given accents: "truoong dua
    ngua dat cuoc" is "trường đua ngựa đặt cược", not "… đua ngua …"
    (``_restored_by_neighbours``)."""
    syllables = [s for word in spelt for s in word]
    if all(fold(s) == s for s in syllables):
        return spelt
    bare = [i for i, s in enumerate(syllables) if fold(s) == s and _toneless(s)]
    restored = iter(_restored_by_neighbours(syllables, bare, lexicon, joined)[0])
    return [tuple(next(restored) for _ in word) for word in spelt]


def _left_bare(typed: list[str], capitalised: set[int]) -> set[int]:
    """The syllables typed bare, in a query typed with accents, but for capitalised ones
    (a name may be foreign, "Kim Byung Man"): a slip there took the accents too."""
    return {i for i, s in enumerate(typed) if fold(s) == s and i not in capitalised}


def _left_bare_beside(
    typed: list[str], capitalised: set[int], joined: Collection[int], lexicon: Lexicon
) -> bool:
    """Whether a Vietnamese syllable typed bare (not a capitalised one, a name's) stands
    beside one typed with accents as no title or summary writes them, but some write
    with a tone: a slip took it ("tượng hinh", where "tượng hình" is written). A
    level-tone syllable is written bare ("tai nạn", "thanh tra"), so only pairs tell."""
    bare = [i for i in _left_bare(typed, capitalised) if _toneless(typed[i])]
    pairs = {
        _side_pair(typed, i, j, toned)
        for i in _unwritten(typed, bare, lexicon, joined)
        for j in _telling_sides(typed, i, joined)
        for toned in _tone_options(typed[i])
    }
    return bool(pairs) and any(lexicon.counts(pairs)[1].values())


def _one_real_slip(words: list[_Word], typed: list[str], lexicon: Lexicon) -> list[_Word]:
    """Of several real syllables edited, the one edit that gains most over its syllables
    as typed: a query found nowhere holds one slip, the rest stays as typed ("nước sinh
    host … clo dư" is "sinh hoạt", and "clo dư" is no "cho dù")."""
    slips = [word for word in words if word.cost >= EDIT_COST]
    if len(slips) < 2:
        return words

    def as_typed(word: _Word) -> list[_Word]:
        return _singles(typed, _span(word))

    keys = {vocabulary_key(w.folded) for slip in slips for w in [slip, *as_typed(slip)]}
    _, documents = lexicon.counts(keys)

    def gain(word: _Word) -> float:
        typed_score = sum(_word_score(w, typed, documents, lexicon, True) for w in as_typed(word))
        return _word_score(word, typed, documents, lexicon, True) - typed_score

    kept = max(slips, key=gain)
    return [
        w
        for word in words
        for w in ([word] if word is kept or word not in slips else as_typed(word))
    ]


def _slip_by_context(
    typed: list[str], options: Options, words: list[_Word], lexicon: Lexicon
) -> list[_Word] | None:
    """A query found in no or few articles whose likeliest reading edits nothing: the
    one syllable whose edit makes a word of two or three (of the ``SLIP_WORDS``
    commonest so made) that the query's other telling words are used with
    ``SLIP_LIFT`` times more than chance ("bien doi khi gau": "khí hậu", used with
    "biến đổi"; that "khi" and "gau" are each common says nothing of the two)."""
    made = {
        word
        for i, choices in enumerate(options)
        if len(choices) > 1
        for first in range(max(0, i - 2), i + 1)
        for last in range(max(i + 1, first + 2), min(len(typed), first + 3) + 1)
        for word in _candidate_words(
            first,
            [o if j == i else o[:1] for j, o in enumerate(options[first:last], first)],
            lexicon,
        )
        if word.cost
    }
    total, documents = lexicon.counts({vocabulary_key(w.folded) for w in made | set(words)})
    common = sorted(
        (w for w in made if documents.get(vocabulary_key(w.folded), 0) >= COMMON_WORD),
        key=lambda w: -documents[vocabulary_key(w.folded)],
    )[:SLIP_WORDS]
    telling = _telling_words(words, documents, total)
    contexts = {w: _outside(telling, _span(w)) for w in common}
    used = lexicon.together(
        {(vocabulary_key(w.folded), other) for w in common for other in contexts[w]}
    )

    def lift(word: _Word) -> float:
        key = vocabulary_key(word.folded)
        return min(
            (
                used.get((key, o), 0) * total / (documents[key] * documents[o])
                for o in contexts[word]
            ),
            default=0.0,
        )

    best = max(common, key=lift, default=None)
    if best is None or lift(best) < SLIP_LIFT:
        return None
    kept = [w for w in words if _end(w) <= best.start or w.start >= _end(best)]
    covered = {i for w in [*kept, best] for i in range(w.start, _end(w))}
    rest = _singles(typed, (i for i in range(len(typed)) if i not in covered))
    return sorted([*kept, best, *rest], key=lambda w: w.start)


def _rare_words_kept(words: list[_Word], typed: list[str], lexicon: Lexicon) -> list[_Word]:
    """The words edited from a stranger some article uses, kept as typed where the
    articles using it use the query's other telling words ``SLIP_LIFT`` times more than
    chance: the rare name the user searches for ("… đặt cược Cần Thơ sibc": "SIBC", in
    one article with "đặt cược", is no "sic")."""
    strangers = {
        w.start: fold(typed[w.start])
        for w in words
        if w.cost and len(w.folded) == 1 and fold(typed[w.start]) not in folded_syllables()
    }
    if not strangers:
        return words
    total, documents = lexicon.counts({*strangers.values(), *map(_key, words)})
    strangers = {i: key for i, key in strangers.items() if documents.get(key, 0)}
    telling = _telling_words([w for w in words if w.start not in strangers], documents, total)
    contexts = {i: _outside(telling, range(i, i + 1)) for i in strangers}
    used = lexicon.together({(key, o) for i, key in strangers.items() for o in contexts[i]})

    def lift(key: str, other: str) -> float:
        return used.get((key, other), 0) * total / (documents[key] * documents[other])

    kept = {
        i
        for i, key in strangers.items()
        if contexts[i] and min(lift(key, o) for o in contexts[i]) >= SLIP_LIFT
    }
    return [_Word(w.start, (fold(typed[w.start]),), 0.0) if w.start in kept else w for w in words]


def _key(word: _Word) -> str:
    return vocabulary_key(word.folded)


def _telling_words(words: list[_Word], documents: dict[str, int], total: int) -> list:
    """The query's words (span, key) that tell articles apart (``_telling``)."""
    return _telling([(_span(w), vocabulary_key(w.folded)) for w in words], documents, total)


def _outside(telling: list[tuple[range, str]], span: range) -> list[str]:
    """The ``CONTEXT_WORDS`` rarest telling words that share no syllable with ``span``."""
    return [key for where, key in telling if not set(where) & set(span)][:CONTEXT_WORDS]


def _singles(typed: list[str], positions: Iterable[int]) -> list[_Word]:
    """The syllables at ``positions`` as typed, each a word of its own."""
    return [_Word(i, (fold(typed[i]),), 0.0) for i in positions]


def _span(word: _Word) -> range:
    return range(word.start, _end(word))


def _end(word: _Word) -> int:
    return word.start + len(word.folded)


def _strangers_known(syllables: list[str], lexicon: Lexicon) -> bool:
    """Whether every word-like syllable is a Vietnamese one or a word the corpus uses
    ("Meiko", "Sawaco"): a query of them found nowhere owes that to a slip."""
    strangers = {fold(s) for s in syllables if s.isalpha() and fold(s) not in folded_syllables()}
    if not strangers:
        return True
    _, counts = lexicon.counts(strangers)
    return all(counts.get(s, 0) >= SEEN_SYLLABLE for s in strangers)


def _vietnamese_only(syllables: list[str]) -> bool:
    """Whether every word-like syllable is a Vietnamese one (numbers aside)."""
    return all(fold(s) in folded_syllables() for s in syllables if s.isalpha())


def _fixed(syllable: str) -> bool:
    """Syllables a suggestion leaves alone: numbers, codes, acronyms and initials ("WHO",
    "T.O.P"), and an indicator's acronym typed in lower case ("iip", "cpi": the query
    asks for the indicator, whatever the vocabulary counts of the letters)."""
    lower = syllable.lower()
    return not syllable.isalpha() or syllable.isupper() or (lower,) in indicator_phrases()


def _unknown_acronyms_freed(fixed: set[int], tokens: list[str], lexicon: Lexicon) -> set[int]:
    """The fixed syllables but an acronym typed in capitals, of three letters or more,
    that no article has ("GRRDP" for "GRDP"): a typo, not a rare name ("SIBC", in one)
    nor a listed abbreviation ("KNXK" for "kim ngạch xuất khẩu")."""
    acronyms = {
        i: tokens[i].lower()
        for i in fixed
        if tokens[i].isalpha()
        and tokens[i].isupper()
        and len(tokens[i]) >= MIN_ACRONYM_EDITED
        and len(abbreviated(tokens[i])) == 1
    }
    if not acronyms:
        return fixed
    _, counts = lexicon.counts(set(acronyms.values()))
    return fixed - {i for i, key in acronyms.items() if not counts.get(key)}


def _rewritten(
    written: str,
    spans: list[tuple[str, int, int]],
    words: list[_Word],
    spelt: list[tuple[str, ...]],
    lexicon: Lexicon,
) -> str:
    """The query with only its changed words replaced (a name as its source writes it),
    so numbers, codes, punctuation and the case of the rest stay as typed."""
    parts, at = [], 0
    for word, spelling in zip(words, spelt, strict=True):
        first, last = spans[word.start], spans[word.start + len(spelling) - 1]
        if spelling == tuple(
            syllable for syllable, _, _ in spans[word.start : word.start + len(spelling)]
        ):
            continue
        cased = [
            written[start:end] for _, start, end in spans[word.start : word.start + len(spelling)]
        ]
        parts += [written[at : first[1]], _written(spelling, cased, lexicon)]
        at = last[2]
    return "".join([*parts, written[at:]])


def _written(spelling: tuple[str, ...], typed: list[str], lexicon: Lexicon) -> str:
    """A name as its source writes it; another word in the case its syllables were
    typed in ("Semens" -> "Siemens", not "siemens"; "GRRDP" -> "GRDP").

    >>> from search.names import Names
    >>> _written(("siemens",), ["Semens"], Lexicon(None, Names({})))
    'Siemens'
    >>> _written(("grdp",), ["GRRDP"], Lexicon(None, Names({})))
    'GRDP'
    """
    name = lexicon.names.written(spelling)
    if name != " ".join(spelling):
        return name
    return " ".join(_cased(s, t) for s, t in zip(spelling, typed, strict=True))


def _cased(syllable: str, typed: str) -> str:
    """In the case typed: upper when most letters were ("GRDo" is "GRDP")."""
    if len(typed) > 1 and sum(c.isupper() for c in typed) > len(typed) / 2:
        return syllable.upper()
    return syllable.capitalize() if typed[:1].isupper() else syllable


def suggestion_for(text: str, found: bool, lexicon: Lexicon, few: bool = False) -> str | None:
    """A suggestion, looked for only where one is likely (a look costs 5-50 ms): when the
    query is not found as typed, when a run of its syllables is one letter off a known
    name ("Tiền Gang" holds two real words, both found, but means the province), or when
    an accented syllable is spelt as the corpus hardly ever spells it. A syllable typed
    without its accents in an accented query is no reason (it finds every spelling, and
    phone users leave accents out on purpose) unless its letters have one spelling
    nearly always (``_accents_left_out``), or no title writes it bare beside its accented
    neighbour but some write it toned (``_left_bare_beside``). A short query of bare
    Vietnamese syllables found in ``few`` articles is looked at as one found nowhere: it
    may hold a real syllable mistyped for another ("tong uc ban le", "uc" for "mức",
    finds 5); typed with accents, it is likelier written with care (a title is found in
    few articles, and "thanh tra" is no slip for "thanh trà")."""
    spans = list(syllable_spans(text))
    syllables = [syllable for syllable, _, _ in spans]
    if len(syllables) > MAX_SYLLABLES:
        return _long_query_respelt(text, syllables, found, lexicon)
    bare = all(fold(s) == s for s in syllables)
    if few and len(syllables) <= FEW_SYLLABLES and bare and _vietnamese_only(syllables):
        found = False
    names = _capitalised(normalize(text), spans)
    joined = _side_by_side(text, spans)
    slips = _slipped_pairs(syllables, joined, lexicon, names) if found and not bare else []
    if slips:
        named = [slip for slip in slips if _name_slipped(slip, syllables, names, lexicon)]
        slip = suggest(text, lexicon, found=False) or _pair_meant(text, spans, lexicon, named)
        if slip and _one_slip(slip, syllables):
            return slip
    if (
        not found
        or _near_a_name(syllables, lexicon, joined)
        or _stranger_in_a_word(syllables, lexicon)
        or _accents_off(syllables, lexicon)
        or _word_misaccented(syllables, lexicon)
        or _left_bare_beside(syllables, names, joined, lexicon)
        or _restored(syllables, lexicon, names, joined) != syllables
    ):
        fixed = suggest(text, lexicon, found)
        if fixed:
            return fixed
    if found and bare and len(syllables) <= SHORT_BARE and _vietnamese_only(syllables):
        return _pair_meant(text, spans, lexicon)
    return None


def _long_query_respelt(
    text: str, syllables: list[str], found: bool, lexicon: Lexicon
) -> str | None:
    """A long query's suggestion, only where it holds a syllable no article uses; one
    longer than ``MAX_LONG_SYLLABLES`` gets none and its lookups are spared."""
    if len(syllables) > MAX_LONG_SYLLABLES:
        return None
    if not _misfits(syllables, lexicon):
        return None
    return suggest(text, lexicon, found)


class _Chosen(Protocol):
    level: Level


Chosen = TypeVar("Chosen", bound=_Chosen)


def with_suggestion(
    request: SearchRequest,
    chosen: Chosen,
    choose: Callable[[SearchRequest], Chosen],
    lexicon: Lexicon,
    best_texts: Callable[[Chosen], list[str]],
) -> tuple[Chosen, str | None, bool]:
    """(what to answer, the suggestion, whether the answer is the suggestion's): a query
    found nowhere as typed is answered for its suggestion when that is found (unless
    ``as_typed``); ``choose`` is how a backend selects the matches of a request, and
    ``best_texts`` reads the texts of a selection's ``FOUND_TEXTS`` best matches."""
    found, matches = chosen.level.found_as_typed, chosen.level.matches
    few = found and 0 < matches <= FEW_MATCHES  # 0: exclusions only, not counted
    suggestion = suggestion_for(request.query, found, lexicon, few)
    if suggestion is None and found and FEW_MATCHES < matches <= FEW_MATCHES_CHECKED:
        suggestion = suggestion_for(request.query, found, lexicon, few=True)
        more = suggestion and choose(replace(request, query=suggestion)).level.matches
        suggestion = suggestion if more and more >= MORE_FOUND * matches else None
    texts = read_once(functools.partial(best_texts, chosen))
    if suggestion and found and _written_as_typed(request.query, suggestion, texts):
        suggestion = None
    if suggestion is None and found and matches:
        suggestion = spelt_as_found(request.query, texts)
    if suggestion and not found and not request.as_typed:
        instead = choose(replace(request, query=suggestion))
        if instead.level.found_as_typed:
            return instead, suggestion, True
    return chosen, suggestion, False


# The texts of a query's best matches, each as stored and folded in lower case.
FoundTexts = Callable[[], list[tuple[str, str]]]


def read_once(read: Callable[[], list[str]]) -> FoundTexts:
    """The texts ``read`` gives, read and folded when first asked and kept: the veto
    (``_written_as_typed``) and ``spelt_as_found`` scan the same ones."""
    return functools.cache(lambda: [(text, fold(text).lower()) for text in read()])


def spelt_as_found(text: str, found_texts: FoundTexts) -> str | None:
    """A found query typed with accents, each syllable respelt as the articles it finds
    write it beside its neighbours typed ("Rouhani tai đắc cử" -> "tái đắc cử", "ngân
    sạch chỉ số" -> "ngân sách"), where they never write it as typed there: the titles
    and summaries the vocabulary counts hold too few of a rare pair to tell ("bằng phi
    công" is in 3). A tone typed is kept where the articles use it more than the other
    spelling, though beside other words ("xe khách … cháy Lào" stays, where the articles
    write "chạy Lào" too). A query typed bare gets no accents (``suggest``)."""
    written = normalize(text)
    spans = list(syllable_spans(text))
    typed = [syllable for syllable, _, _ in spans]
    if len(typed) > MAX_SYLLABLES or all(fold(s) == s for s in typed):
        return None
    joined = _side_by_side(text, spans)
    sides = {i: _telling_sides(typed, i, joined) for i in range(len(typed))}
    if not any(sides.values()):
        return None
    names = _capitalised(written, spans)
    texts = found_texts()
    respelt = {
        i: spelt
        for i, neighbours in sides.items()
        if (spelt := _spelt_in(texts, typed, i, neighbours, i in names)) is not None
    }
    if not respelt:
        return None
    parts, at = [], 0
    for i, spelt in sorted(respelt.items()):
        _, start, end = spans[i]
        parts += [written[at:start], _cased(spelt, written[start:end])]
        at = end
    return "".join([*parts, written[at:]])


def _written_as_typed(text: str, suggestion: str, found_texts: FoundTexts) -> bool:
    """Whether the articles a found query finds write a syllable its suggestion changes as
    typed beside a neighbour typed, ``FOUND_USES`` times: the query is written as they
    write it ("Hội thao CAND" is no "Hội thảo", "cầu Ông Cày" no "Ông Này"). Not a query
    typed bare: the articles it finds hold its letters side by side, spelt any way."""
    spans = list(syllable_spans(text))
    typed = [syllable for syllable, _, _ in spans]
    suggested = query_syllables(suggestion)
    if len(suggested) != len(typed) or all(fold(t) == t for t in typed):
        return False
    joined = _side_by_side(text, spans)
    changed = [i for i, (t, s) in enumerate(zip(typed, suggested, strict=True)) if t != s]
    texts = found_texts()
    return any(
        sum(spelt.lower() == typed[i] for spelt in _written_beside(texts, typed, i, j))
        >= FOUND_USES
        for i in changed
        for j in _neighbours(typed, i, joined)
    )


def _spelt_in(
    texts: list[tuple[str, str]], typed: list[str], i: int, neighbours: list[int], name: bool
) -> str | None:
    """The spelling the ``texts`` give the syllable at ``i`` beside its ``neighbours``,
    if they never write it as typed there; only another tone for one typed with accents,
    and one the texts use more than the typed spelling anywhere. A syllable typed with a
    capital, a ``name``'s, only as the texts write it capitalised ("Cần Gi", meaning Cần
    Giờ, is no "cần gì")."""
    beside = Counter(
        spelt.lower()
        for j in neighbours
        for spelt in _written_beside(texts, typed, i, j)
        if not name or spelt[:1].isupper()
    )
    if not beside or beside[typed[i]]:
        return None
    best, uses = beside.most_common(1)[0]
    if uses < max(FOUND_USES, LEFT_OUT_SHARE * beside.total()):
        return None
    if fold(typed[i]) != typed[i] and (
        untoned(best) != untoned(typed[i])
        or _found_uses(texts, typed[i]) >= _found_uses(texts, best)
    ):
        return None
    return best


def _written_beside(texts: list[tuple[str, str]], typed: list[str], i: int, j: int) -> list[str]:
    """How the ``texts`` (each as stored, and folded in lower case) spell the syllable at
    ``i`` beside its neighbour at ``j``, in their case, where they spell the neighbour as
    typed (or any way, typed bare)."""
    first, second = sorted((i, j))
    pattern = _folded_words(typed[first], typed[second])
    spelt = []
    for text, folded in texts:
        for match in pattern.finditer(folded):
            pair = normalize(text[match.start() : match.end()]).split()
            mine, other = (pair[0], pair[1]) if i < j else (pair[1], pair[0])
            if fold(typed[j]) == typed[j] or other.lower() == typed[j]:
                spelt.append(mine)
    return spelt


def _found_uses(texts: list[tuple[str, str]], syllable: str) -> int:
    """How often the ``texts`` (as stored, and folded in lower case) use a syllable spelt
    so."""
    pattern = _folded_words(syllable)
    return sum(
        normalize(text[m.start() : m.end()]).lower() == syllable
        for text, folded in texts
        for m in pattern.finditer(folded)
    )


def _folded_words(*syllables: str) -> re.Pattern:
    """The syllables folded, side by side on a line, as a folded text holds them."""
    return re.compile(r"\b" + r"[^\S\n]+".join(re.escape(fold(s)) for s in syllables) + r"\b")


def _accents_off(syllables: list[str], lexicon: Lexicon) -> bool:
    """Whether a syllable typed with accents is no syllable the corpus writes, alone or
    with a neighbour ("mặtt"; not "gũi" of "gần gũi"), or one it hardly ever spells so
    though it often has its letters ("trượng" against "trường"; not "là" against "lạ")."""
    accented = [i for i, s in enumerate(syllables) if fold(s) != s and s.isalpha()]
    if not accented:
        return False
    singles = {syllables[i] for i in accented}
    _, counts = lexicon.counts(singles | {fold(s) for s in singles})
    odd = [i for i in accented if _oddly_spelt(syllables[i], counts)]
    if not odd:  # the common case, settled without looking up any pair
        return False

    _, paired = lexicon.counts({pair for i in odd for pair in _pairs(syllables, i)})
    return any(not any(paired.get(pair, 0) for pair in _pairs(syllables, i)) for i in odd)


def _pairs(syllables: list[str], i: int) -> list[str]:
    """The syllable with its left and with its right neighbour, as words."""
    return [vocabulary_key(syllables[j : j + 2]) for j in (i - 1, i) if 0 <= j < len(syllables) - 1]


def _word_misaccented(syllables: list[str], lexicon: Lexicon) -> bool:
    """Whether neighbours, one typed with accents, are likelier a word the corpus writes
    otherwise, with one slip, than the words they are as typed: a tone slipped ("thủy
    điên") or left out on one syllable of an accented query ("Phu Yên", "Thổ Nhi Kỳ");
    not "mới là", two common words, though "mới lạ" is one, nor a run one of whose ends
    makes a word with the syllable past it ("cuộc đối đầu"). Bare neighbours are no
    reason: their key is the folded word, and phone users leave accents out."""
    spans = [
        (start, size)
        for size in range(2, MAX_CORRECTED_SYLLABLES + 1)
        for start in range(len(syllables) - size + 1)
        if _accented_words(syllables[start : start + size])
    ]
    if not spans:
        return False
    keys = {vocabulary_key(syllables[start : start + size]) for start, size in spans}
    outer = {span: _outer_words(syllables, *span) for span in spans}
    total, counts = lexicon.counts(
        keys
        | {fold(key) for key in keys}
        | {s for start, size in spans for s in syllables[start : start + size]}
        | {word for words in outer.values() for word in words}
    )
    # a run whose end makes a word with the syllable past it is no unit
    # ("cuộc đối đầu": not "cuộc đời")
    runs = [
        syllables[start : start + size]
        for start, size in spans
        if not any(counts.get(word, 0) >= COMMON_WORD for word in outer[(start, size)])
    ]

    def weight(found: float) -> float:
        """A word's log probability, as ``_word_score`` and the path in ``_best_words``."""
        return math.log(max(found, UNSEEN_DOCUMENTS)) - WORD_PENALTY - math.log(max(total, 1))

    for run in runs:
        key = vocabulary_key(run)
        usual = counts.get(fold(key), 0)
        if counts.get(key, 0) * RARE_SPELLING >= usual or usual < COMMON_WORD:
            continue
        as_typed = sum(weight(counts.get(s, 0)) for s in run)
        if weight(usual) - REAL_SLIP_COST > as_typed:
            return True
    return False


def _restored(
    typed: list[str], lexicon: Lexicon, capitalised: set[int], joined: Collection[int]
) -> list[str]:
    """The syllables with the tones a slip took off restored: a name's, then the
    accents left out of other words. A query longer than ``MAX_SYLLABLES`` gets no
    suggestion, so it is left as typed and its lookups spared."""
    if len(typed) > MAX_SYLLABLES:
        return typed
    named = _names_retoned(typed, lexicon, capitalised)
    return _accents_left_out(named, lexicon, capitalised, joined)


def _names_retoned(typed: list[str], lexicon: Lexicon, capitalised: set[int]) -> list[str]:
    """Capitalised runs of syllables one tone off the one name they may spell: "Cân
    Giờ" -> "Cần Giờ", "Trịnh Đình Dụng" -> "Trịnh Đình Dũng" (not "Trịnh Định Dũng",
    two tones off), where the run as typed is no word of the corpus ("Đông Xuân", the
    crop, is). A name is seldom a pyvi word, so its count tells little: the capitals say
    the user typed a name, and a name we know is nearer than one we do not."""
    restored, start = list(typed), 0
    while start < len(typed) - 1:
        for end in range(min(len(typed), start + MAX_NAME_RUN), start + 1, -1):
            run = typed[start:end]
            spellings = lexicon.names.spellings([fold(s) for s in run])
            if not capitalised.issuperset(range(start, end)) or (
                _typed_whole(run, spellings) and not any(map(_tone_missing, run))
            ):
                continue
            near = [spelt for spelt in spellings if _one_tone_off(run, spelt)]
            if len(near) == 1 and _unused(run, lexicon):
                restored[start:end] = near[0]
                start = end - 1
                break
        start += 1
    return restored


def _typed_whole(run: list[str], spellings: Collection[tuple[str, ...]]) -> bool:
    """Whether a name is typed as it is written, or bare all through (a phone user's
    choice, "Sao Hoa"); not with its accents on some syllables only, where a slip took
    the others ("Nguyễn Thi Kim Ngân").

    >>> name = {("nguyễn", "thị", "kim", "ngân")}
    >>> runs = ("nguyễn thị kim ngân", "nguyen thi kim ngan", "nguyễn thi kim ngân")
    >>> [_typed_whole(run.split(), name) for run in runs]
    [True, True, False]
    """
    return bool(spellings) and (tuple(run) in spellings or all(fold(s) == s for s in run))


def _unused(run: list[str], lexicon: Lexicon) -> bool:
    return lexicon.counts([vocabulary_key(run)])[1].get(vocabulary_key(run), 0) < MIN_WORD_DOCUMENTS


def _one_tone_off(typed: list[str], spelt: Sequence[str]) -> bool:
    """Whether one syllable of ``typed`` has another tone than ``spelt``'s, its letters
    and their marks the same.

    >>> _one_tone_off(["cân", "giờ"], ("cần", "giờ")), _one_tone_off(["côn", "cò"], ("cồn", "cỏ"))
    (True, False)
    """
    off = [(t, s) for t, s in zip(typed, spelt, strict=True) if t != s]
    return len(off) == 1 and untoned(off[0][0]) == untoned(off[0][1])


def _accents_left_out(
    typed: list[str], lexicon: Lexicon, names: set[int], joined: Collection[int]
) -> list[str]:
    """The syllables with the accents a slip left out restored, in an accented query:
    by the words they make (``_restored_words``), then by the words around them
    (``_restored_by_neighbours``, ``_restored_by_context``); not a capitalised syllable
    (a name typed bare, "Sao Hoa"). Then the tones and letters slipped on other
    syllables (``_slipped_by_neighbours``). ``joined``: the syllables typed side by
    side with the next."""
    if all(fold(s) == s for s in typed):
        return typed
    loose = [_toneless(s) and (i not in names or _tone_missing(s)) for i, s in enumerate(typed)]
    in_words = [
        free or (_toneless(s) and _beside_accents(typed, i))
        for i, (s, free) in enumerate(zip(typed, loose, strict=True))
    ]
    restored, taken = _restored_words(typed, in_words, lexicon)
    singles = [i for i in range(len(typed)) if loose[i] and i not in taken]
    singles = _not_in_words(typed, singles[:MAX_BARE_SYLLABLES], lexicon)
    restored, paired = _restored_by_neighbours(restored, singles, lexicon, joined)
    restored = _restored_by_context(restored, [i for i in singles if i not in paired], lexicon)
    unsettled = [i for i in singles if restored[i] == typed[i] and _tone_missing(typed[i])]
    restored = _checked_toned(restored, unsettled, lexicon, joined)
    changed = {i for i, (a, b) in enumerate(zip(typed, restored, strict=True)) if a != b}
    return _slipped_by_neighbours(restored, lexicon, changed, joined)


def _restored_by_neighbours(
    typed: list[str], singles: list[int], lexicon: Lexicon, joined: Collection[int]
) -> tuple[list[str], set[int]]:
    """(syllables, the positions restored): a syllable typed without its tone given the
    spelling the corpus nearly always writes beside its accented neighbours ("tin nhăn
    rác": "nhắn rác"; "nap nhiên liệu": "nạp nhiên", where "nạp" and "nắp" are equally
    common over all): on each side, in ``LEFT_OUT_SHARE`` of the pair's uses, the pair as
    typed in fewer than ``SLIP_PAIR_SEEN`` articles ("từ nam sang" is written, though
    "từ năm" far more often; "đôi công" beside "sẵn sàng đối"), and in
    ``MIN_CONTEXT_USES`` articles over both. A bare syllable making a common word with a
    bare neighbour is that word's ("Gian nan công cuộc")."""
    options = {i: _tone_options(typed[i]) for i in singles}
    return _spelt_as_beside(typed, options, lexicon, joined, SLIP_PAIR_SEEN)


def _slipped_by_neighbours(
    typed: list[str], lexicon: Lexicon, kept: set[int], joined: Collection[int]
) -> list[str]:
    """The syllables typed with accents that no title or summary writes beside their
    neighbours given the spelling the corpus nearly always writes there, one tone or one
    letter off, by the rule of ``_restored_by_neighbours``: "chữ tường hình" -> "tượng
    hình", "vào lợp 10" -> "vào lớp", "thoáo vốn" -> "thoái vốn", "Đà bẵng" -> "Đà
    Nẵng". Not a pair written as typed at all (``SLIPPED_TONE_SEEN``: "cựu thù",
    though "cựu thủ" is commoner), a syllable making a word as typed with a neighbour
    ("lòng thành", beside "Long Thành"), nor the ``kept`` positions, restored already;
    at most ``MAX_SLIPPED_SYLLABLES`` of them, whose spellings are looked up."""
    accented = [i for i, s in enumerate(typed) if i not in kept and s.isalpha() and fold(s) != s]
    unwritten = _not_in_words(typed, _unwritten(typed, accented, lexicon, joined), lexicon)
    unwritten = unwritten[:MAX_SLIPPED_SYLLABLES]
    tones = {i: _other_tones(typed[i]) for i in unwritten}
    retoned, changed = _spelt_as_beside(typed, tones, lexicon, joined, SLIPPED_TONE_SEEN)
    # a tone is likelier slipped than a letter: letters are tried where no tone fits,
    # nor is commonly written beside a neighbour ("tăng trượng kinh tế": "trưởng" beside
    # "tăng", "trường" beside "kinh"; not "tượng", which "tăng" never stands beside)
    toned = _toned_beside(typed, tones, lexicon, joined)
    letters = {i: _one_letter_off(typed[i]) for i in unwritten if i not in changed | toned}
    return _spelt_as_beside(retoned, letters, lexicon, joined, SLIPPED_TONE_SEEN)[0]


def _toned_beside(
    typed: list[str], tones: dict[int, list[str]], lexicon: Lexicon, joined: Collection[int]
) -> set[int]:
    """The positions one of whose other tones a neighbour stands beside in
    ``COMMON_WORD`` articles at least."""
    keys = {
        i: [_side_pair(typed, i, j, v) for j in _telling_sides(typed, i, joined) for v in spelts]
        for i, spelts in tones.items()
    }
    _, counts = lexicon.counts({key for pairs in keys.values() for key in pairs})
    return {i for i, pairs in keys.items() if any(counts.get(k, 0) >= COMMON_WORD for k in pairs)}


def _unwritten(
    typed: list[str], positions: list[int], lexicon: Lexicon, joined: Collection[int]
) -> list[int]:
    """The positions whose syllable as typed no title or summary writes beside any
    neighbour that tells (and one at least tells)."""
    keys = {
        i: [_side_pair(typed, i, j, typed[i]) for j in _telling_sides(typed, i, joined)]
        for i in positions
    }
    _, counts = lexicon.counts({key for pairs in keys.values() for key in pairs})
    return [i for i in positions if keys[i] and not any(counts.get(key, 0) for key in keys[i])]


def _side_pair(typed: list[str], i: int, j: int, spelt: str) -> str:
    """The spelt pair of ``spelt`` at ``i`` with its neighbour at ``j``."""
    return spelt_pair(typed[j], spelt) if j < i else spelt_pair(spelt, typed[j])


def _one_letter_off(syllable: str) -> list[str]:
    """The syllables one letter off a syllable typed with accents, holding them; none
    for a token longer than any syllable (``LONGEST_EDITED``: a hostile one's edits).

    >>> _one_letter_off("hiờ"), _one_letter_off("á" * 400)
    (['giờ', 'hờ', 'hời'], [])
    """
    if len(syllable) > LONGEST_EDITED:
        return []
    return sorted(
        {
            spelt
            for edited in one_edit(fold(syllable))
            for spelt in accent_variants(edited)
            if _holds_typed_accents(syllable, spelt)
        }
    )


def _other_tones(syllable: str) -> list[str]:
    """The syllable's letters and marks with each other tone Vietnamese writes them with.

    >>> _other_tones("hĩnh")
    ['hinh', 'hình', 'hỉnh']
    """
    letters = untoned(syllable)
    return [v for v in accent_variants(fold(syllable)) if untoned(v) == letters and v != syllable]


def _spelt_as_beside(
    typed: list[str],
    others: dict[int, list[str]],
    lexicon: Lexicon,
    joined: Collection[int],
    seen: int,
) -> tuple[list[str], set[int]]:
    """(syllables, the positions respelt): each syllable given the one of its ``others``
    spellings the corpus nearly always writes beside its neighbours, where it writes
    the syllable as typed there in fewer than ``seen`` articles (the rule of
    ``_restored_by_neighbours``)."""
    sides = {i: _telling_sides(typed, i, joined) for i in others}
    options = {i: [typed[i], *spelts] for i, spelts in others.items() if sides[i] and spelts}
    pairs = {
        (i, j, spelt): _side_pair(typed, i, j, spelt)
        for i, spelts in options.items()
        for j in sides[i]
        for spelt in spelts
    }
    bare_words = {i: _bare_words(typed, i, joined) for i in options}
    _, counts = lexicon.counts(
        {*pairs.values(), *(k for keys in bare_words.values() for k in keys)}
    )
    restored, paired = list(typed), set()
    for i, spelts in options.items():
        if any(counts.get(key, 0) >= COMMON_WORD for key in bare_words[i]):
            continue
        uses = [{v: counts.get(pairs[(i, j, v)], 0) for v in spelts} for j in sides[i]]
        best = max(spelts[1:], key=lambda v: sum(side[v] for side in uses))
        if sum(sum(side.values()) for side in uses) >= MIN_CONTEXT_USES and all(
            side[best] >= LEFT_OUT_SHARE * sum(side.values()) and side[typed[i]] < seen
            for side in uses
        ):
            restored[i] = best
            paired.add(i)
    return restored, paired


def _neighbours(typed: list[str], i: int, joined: Collection[int]) -> list[int]:
    """The positions of the syllables of letters left and right of ``i`` and typed
    side by side with it (``joined``): a sign typed between two syllables parts them,
    "quy định 'lạ'" is no "định lạ"."""
    sides = [j for j in (i - 1, i + 1) if min(i, j) in joined]
    return [j for j in sides if 0 <= j < len(typed) and typed[j].isalpha()]


def _telling_sides(typed: list[str], i: int, joined: Collection[int]) -> list[int]:
    """The neighbours whose pair with the syllable as typed the vocabulary counts: one of
    the two is accented (a bare pair says nothing of how its syllables are spelt)."""
    return [j for j in _neighbours(typed, i, joined) if _accented_words([typed[i], typed[j]])]


def _bare_words(typed: list[str], i: int, joined: Collection[int]) -> list[str]:
    """The folded words a syllable makes with its neighbours typed bare."""
    return [
        vocabulary_key(fold(typed[k]) for k in sorted((i, j)))
        for j in _neighbours(typed, i, joined)
        if fold(typed[j]) == typed[j]
    ]


def _beside_accents(typed: list[str], i: int) -> bool:
    """Whether a neighbour of the syllable is typed with accents: a capitalised bare
    syllable beside it may be a slip in one word ("Bí thư Tinh ủy": "Tỉnh ủy"), where a
    name typed bare all through is a choice ("Sao Hoa")."""
    return any(0 <= j < len(typed) and fold(typed[j]) != typed[j] for j in (i - 1, i + 1))


def _restored_words(typed: list[str], loose: list[bool], lexicon: Lexicon) -> tuple[list, set]:
    """(syllables, the positions restored): neighbours the corpus writes as one word
    with one spelling nearly always, where a syllable was typed without its tone (bare,
    or with its letters' marks only): "thu khoa vào lớp 10" -> "thủ khoa" (43 of 43
    articles), "phòng cháy chữa chay" -> "chữa cháy", "xuất khâu" -> "xuất khẩu"; and a
    checked syllable the same ("70 phut" -> "70 phút", 4,206 of 4,222; "đât" -> "đất").
    Not "chat" ("chất" in 57 %), nor neighbours of which one makes a commoner word with
    the next ("nữ sinh khi chở": not "sinh khí"; but "thu ngân sach" is "ngân sách")."""
    runs = [
        (i, 2)
        for i in range(len(typed) - 1)
        if (loose[i] or loose[i + 1]) and typed[i].isalpha() and typed[i + 1].isalpha()
    ]
    runs += [(i, 1) for i, s in enumerate(typed) if loose[i] and s.endswith(CHECKED_ENDINGS)]
    if not runs:
        return typed, set()
    outer = {run: _outer_words(typed, *run, typed_accents=True) for run in runs}
    folded = {run: vocabulary_key(fold(s) for s in typed[run[0] : sum(run)]) for run in runs}
    _, counts = lexicon.counts(
        {*folded.values(), *(pair for pairs in outer.values() for pair in pairs)}
    )
    common = [run for run in runs if counts.get(folded[run], 0) >= COMMON_WORD]
    spellings = {
        run: _spellings_of(typed[run[0] : sum(run)], loose[run[0] : sum(run)]) for run in common
    }
    as_typed = {run: vocabulary_key(typed[run[0] : sum(run)]) for run in common}
    pairs = [  # how each two-syllable spelling stands side by side in titles and summaries
        spelt_pair(*key.split("_"))
        for run in common
        if run[1] == 2
        for key in (as_typed[run], *spellings[run])
    ]
    total, more = lexicon.counts(
        {*typed, *as_typed.values(), *(k for keys in spellings.values() for k in keys), *pairs}
    )
    counts |= more
    restored, taken = list(typed), set()
    for (i, n), keys in sorted(spellings.items(), key=lambda item: (item[0][0], -item[0][1])):
        best = max(keys, key=lambda key: counts.get(key, 0), default="")
        run = typed[i : i + n]
        uses = _uses(as_typed[(i, n)], keys, counts)
        if (
            _word_meant(run, best, uses, outer[(i, n)], counts, total)
            and not {*range(i, i + n)} & taken
        ):
            restored[i : i + n] = best.split("_")
            taken |= {*range(i, i + n)}
    return restored, taken


def _word_meant(
    run: list[str], best: str, uses: int, outer: list[str], counts: dict[str, int], total: int
) -> bool:
    """Whether syllables typed without a tone mean ``best``: its letters' spelling in
    ``LEFT_OUT_SHARE`` of their uses, used at least ``CUT_APART_SHARE`` as often as the
    word an end makes with the syllable past it (``outer``); and, where a syllable typed
    with its marks (a real syllable: "con dâu") changes, more often than its
    syllables as typed would meet by chance, or written side by side where they never
    are as typed ("phòng cháy chưa cháy": "chưa" and "cháy" are too common for
    chance to tell, but no title or summary writes "chưa cháy")."""
    found = counts.get(best, 0)
    if not found or found < LEFT_OUT_SHARE * uses:
        return False
    if any(counts.get(pair, 0) >= max(COMMON_WORD, CUT_APART_SHARE * found) for pair in outer):
        return False
    spelt = best.split("_")
    marked = any(fold(t) != t != b for t, b in zip(run, spelt, strict=True))
    return (
        not marked
        or found * total >= math.prod(counts.get(t, 0) for t in run)
        or _written_side_by_side(run, spelt, counts)
    )


def _written_side_by_side(run: list[str], spelt: list[str], counts: dict[str, int]) -> bool:
    """Whether two syllables stand side by side in ``MIN_CONTEXT_USES`` titles and
    summaries spelt so, and in fewer than ``SLIPPED_TONE_SEEN`` as typed."""
    if len(run) != 2:
        return False
    return (
        counts.get(spelt_pair(*spelt), 0) >= MIN_CONTEXT_USES
        and counts.get(spelt_pair(*run), 0) < SLIPPED_TONE_SEEN
    )


def _not_in_words(typed: list[str], singles: list[int], lexicon: Lexicon) -> list[int]:
    """The syllables but those typed with marks that make a word as typed with a
    neighbour: "dâu" of "con dâu" is a word's part, so its uses alone say nothing of its
    spelling (a bare pair's key counts every spelling, so bare syllables all stay)."""
    pairs = {i: _pairs(typed, i) for i in singles if fold(typed[i]) != typed[i]}
    _, counts = lexicon.counts({pair for keys in pairs.values() for pair in keys})
    return [
        i
        for i in singles
        if not any(counts.get(pair, 0) >= COMMON_WORD for pair in pairs.get(i, []))
    ]


def _restored_by_context(typed: list[str], singles: list[int], lexicon: Lexicon) -> list[str]:
    """Syllables typed without their tone in an accented query given the spelling the
    articles using its rarest accented words nearly always give them ("Phú Yên lua
    Đông Xuân": "lúa" in the articles using "đông xuân", though "lửa" is as common over
    all); the share is of every use of the letters, bare ones too, so a word the corpus
    writes bare ("ban" of "Ban quản lý") stays."""
    if not singles:
        return typed
    accented = [
        (range(j, j + n), vocabulary_key(typed[j : j + n]))
        for n in (1, 2)
        for j in range(len(typed) - n + 1)
        if all(fold(s) != s and s.isalpha() for s in typed[j : j + n])
        and not set(singles) & set(range(j, j + n))
    ]
    variants = {i: _tone_options(typed[i]) for i in singles}
    total, counts = lexicon.counts(
        {key for _, key in accented} | {v for i in singles for v in [typed[i], *variants[i]]}
    )
    telling = _telling(accented, counts, total)
    asked = {}
    for i in singles:
        letters = _uses(typed[i], variants[i], counts)
        # a spelling the context could lift to LEFT_OUT_SHARE; letters as common as
        # a context word could be ("tai", "con") are left: their articles are the
        # longest to read, and they are as often a word written bare
        liftable = [
            v
            for v in variants[i]
            if 0 < counts.get(v, 0) * CONTEXT_LIFT <= LEFT_OUT_SHARE * letters
        ]
        others = _outside(telling, range(i, i + 1))
        if liftable and others and letters < CONTEXT_SHARE * total:
            ranked = sorted(liftable, key=lambda v: -counts[v])[:SYLLABLE_RIVALS]
            asked[i] = (ranked, others)
    used = lexicon.together(
        {(v, key) for i, (vs, others) in asked.items() for v in [typed[i], *vs] for key in others}
    )
    restored = list(typed)
    for i, (vs, others) in asked.items():
        uses = {v: sum(used.get((v, key), 0) for key in others) for v in [typed[i], *vs]}
        best = max(vs, key=uses.__getitem__)
        every = _uses(typed[i], vs, uses)
        if every >= MIN_CONTEXT_USES and uses[best] >= LEFT_OUT_SHARE * every:
            restored[i] = best
    return restored


def _checked_toned(
    typed: list[str], positions: list[int], lexicon: Lexicon, joined: Collection[int]
) -> list[str]:
    """Checked syllables typed bare in an accented query, which no rule above settled,
    given the spelling their accented neighbours stand beside most often, or the
    commonest one where no title or summary tells: "sac" is no spelling at all (a
    checked syllable carries sắc or nặng), so "iPhone 8 sac không dây" means "sạc" (9
    pairs against 3 for "sắc"), not the letters as typed. Not letters the corpus writes
    bare in more than ``1 - LEFT_OUT_SHARE`` of the articles using them (a loanword:
    "hot", "chat"), nor a syllable making a common word as typed with a bare neighbour
    ("Thu hut thu": "thu hút" is read by ``_restored_words``, or left), nor one beside a
    foreign word, being one's part ("Mac Book")."""
    positions = [i for i in positions if not _beside_a_foreign_word(typed, i)]
    options = {i: _tone_options(typed[i]) for i in positions}
    sides = {i: _telling_sides(typed, i, joined) for i in positions}
    pairs = {
        (i, j, spelt): _side_pair(typed, i, j, spelt)
        for i in positions
        for j in sides[i]
        for spelt in [typed[i], *options[i]]
    }
    bare_words = {i: _bare_words(typed, i, joined) for i in positions}
    keys = {*pairs.values(), *(k for words in bare_words.values() for k in words)}
    _, counts = lexicon.counts(keys | {v for i in positions for v in [typed[i], *options[i]]})
    restored = list(typed)
    for i in positions:
        spelt_uses = sum(counts.get(v, 0) for v in options[i])
        if (
            not options[i]
            or spelt_uses < LEFT_OUT_SHARE * counts.get(typed[i], 0)
            or any(counts.get(key, 0) >= COMMON_WORD for key in bare_words[i])
            or any(counts.get(pairs[(i, j, typed[i])], 0) >= SLIP_PAIR_SEEN for j in sides[i])
        ):
            continue
        beside = {v: sum(counts.get(pairs[(i, j, v)], 0) for j in sides[i]) for v in options[i]}
        weights = beside if any(beside.values()) else {v: counts.get(v, 0) for v in options[i]}
        restored[i] = _clear_winner(weights) or restored[i]
    return restored


def _beside_a_foreign_word(typed: list[str], i: int) -> bool:
    """Whether a neighbour of the syllable is a word, not an acronym, that Vietnamese
    has no syllable for.

    >>> _beside_a_foreign_word(["mac", "book"], 0), _beside_a_foreign_word(["ngoc", "hđqt"], 0)
    (True, False)
    """
    return any(
        typed[j].isalpha()
        and fold(typed[j]) not in folded_syllables()
        and any(vowel in fold(typed[j]) for vowel in "aeiouy")
        for j in (i - 1, i + 1)
        if 0 <= j < len(typed)
    )


def _uses(typed: str, spellings: Iterable[str], counts: dict[str, int]) -> int:
    """Articles using the letters typed, any spelling: a bare word's key counts them
    all; a marked one's counts only itself, so its other spellings are added."""
    if fold(typed) == typed:
        return counts.get(typed, 0)
    return counts.get(typed, 0) + sum(counts.get(key, 0) for key in spellings)


def _telling(keys: list[tuple[range, str]], counts: dict[str, int], total: int) -> list:
    """The words (span, key) of a query that tell articles apart, rarest first: used,
    but in fewer than ``CONTEXT_SHARE`` of the articles ("tỉnh" or "của" say nothing)."""
    return sorted(
        (
            (span, key)
            for span, key in keys
            if key.replace("_", "").isalpha() and 0 < counts.get(key, 0) < CONTEXT_SHARE * total
        ),
        key=lambda item: counts[item[1]],
    )


def _outer_words(typed: list[str], start: int, size: int, typed_accents: bool = False) -> list[str]:
    """The words a run's ends make with the syllables outside it: any spelling of both
    (the folded key); with ``typed_accents``, where the outside one is accented, only
    spellings keeping its accents ("biến đổi khi hậu": "đổi" and "khi" make no word,
    though "đôi khi" is common; "nữ sinh khi chở": "nữ sinh" is one)."""
    keys = []
    for outside, inside in ((start - 1, start), (start + size, start + size - 1)):
        if not 0 <= outside < len(typed):
            continue
        if not typed_accents or fold(typed[outside]) == typed[outside]:
            pair = sorted((outside, inside))
            keys.append(vocabulary_key(fold(typed[i]) for i in pair))
            continue
        for spelt in {typed[inside], *accent_variants(fold(typed[inside]))}:
            ends = {outside: typed[outside], inside: spelt}
            keys.append(vocabulary_key(ends[i] for i in sorted(ends)))
    return keys


def _capitalised(written: str, spans: list[tuple[str, int, int]]) -> set[int]:
    """The syllables typed with a capital, as a name is; the first one only when the
    next is capitalised too: a phone capitalises what is typed first ("Toa án")."""
    upper = {i for i, (_, start, _) in enumerate(spans) if written[start].isupper()}
    return upper if 1 in upper else upper - {0}


def _toneless(syllable: str) -> bool:
    """A Vietnamese syllable's letters typed without a tone: bare ("chay"), or with
    their marks only ("nhăn", "đât")."""
    return fold(syllable) in folded_syllables() and untoned(syllable) == syllable


def _tone_missing(syllable: str) -> bool:
    """Whether a syllable is typed without the tone it must have: a checked one (ending
    in p, t, c, ch) always carries sắc or nặng, so "Thap", "Ngoc" are no spelling, even
    of a name.

    >>> [_tone_missing(s) for s in ("thap", "ngoc", "đât", "tháp", "thanh", "mount")]
    [True, True, True, False, False, False]
    """
    return syllable.endswith(CHECKED_ENDINGS) and _toneless(syllable)


def _tone_options(syllable: str) -> list[str]:
    """What a syllable typed without its tone may be: a bare one any spelling of its
    letters ("chay": "cháy", "chạy", "chây"), a marked one its letters with a tone
    ("nhăn": "nhắn", "nhằn")."""
    if fold(syllable) == syllable:
        return [v for v in accent_variants(syllable) if v != syllable]
    return [v for v in accent_variants(fold(syllable)) if v != syllable and untoned(v) == syllable]


def _spellings_of(run: list[str], loose: list[bool]) -> list[str]:
    """The vocabulary keys of the spellings of a run (at most ``MAX_SPELLINGS``) that give
    its ``loose`` syllables a tone, not the run as typed: any of them when the run was
    typed bare, else one (a slip: "khỏa thân trong" holds no "thận trọng")."""
    variants = [[s, *_tone_options(s)] if free else [s] for s, free in zip(run, loose, strict=True)]
    if math.prod(len(v) for v in variants) > MAX_SPELLINGS:
        return []
    spelt = itertools.product(*variants)
    if any(fold(s) != s for s in run):
        spelt = (v for v in spelt if sum(a != b for a, b in zip(v, run, strict=True)) == 1)
    return [vocabulary_key(v) for v in spelt if list(v) != run]


def _accented_words(run: list[str]) -> bool:
    return all(s.isalpha() for s in run) and any(fold(s) != s for s in run)


def _oddly_spelt(spelt: str, counts: dict[str, int]) -> bool:
    """No syllable, or a spelling the corpus hardly ever gives letters it often has."""
    usual = counts.get(fold(spelt), 0)
    return not _real(spelt, counts) or counts.get(spelt, 0) * RARE_SPELLING < usual >= COMMON_WORD


def _near_a_name(syllables: list[str], lexicon: Lexicon, joined: Collection[int]) -> bool:
    """Whether a run of syllables typed side by side (``joined``: a sign parts them, so
    "200 triệu/ha/năm" holds no "Hà Nam") that is no word of the corpus is one
    letter off a name it often has ("Tiền Gang"; not "đô thị", a word itself) or a name
    too long to be a word ("Bộ Gia thông vận tải"), or has a name's letters with accents
    the name does not have ("Lâm Động"); or whether a run after "tỉnh" or "thành phố" is
    one letter off a province's name, word or not ("tinh quan binh": "Quảng Bình"). The
    syllable one letter off makes no common word with a neighbour in the run: "giá trị
    sản xuất nông nghiệp" is no slip for the listed "… công nghiệp"."""
    folded = [fold(s) for s in syllables]
    runs = [
        (start, size)
        for size in range(2, MAX_NAME_RUN + 1)
        for start in range(len(folded) - size + 1)
        if all(k in joined for k in range(start, start + size - 1))
    ]
    held = _typed_names(syllables, lexicon)
    near: dict[tuple[str, str], list[str]] = {}  # (the run as a word, a name) -> slip's words
    for start, size in runs:
        run = folded[start : start + size]
        typed = syllables[start : start + size]
        if any(_cut(start, start + size, a, b) for a, b in held):
            continue  # "xe buýt nhanh Hà Nội": no "Thanh Hà", "Hà Nội" typed whole
        if lexicon.names.spellings(run):  # a name's letters with other accents
            near[(vocabulary_key(typed), vocabulary_key(run))] = []
        for i, syllable in lexicon.names.one_syllable_off(run):
            meant = [*run[:i], syllable, *run[i + 1 :]]
            if not _one_apart(run[i], syllable):
                continue
            if _a_province_named(folded, _Word(start, tuple(meant), 0.0)):
                return True
            near[(vocabulary_key(run), vocabulary_key(meant))] = _neighbour_pairs(run, i, run[i])
    if not near:
        return False
    keys = {key for pair, words in near.items() for key in [*pair, *words]}
    _, counts = lexicon.counts(keys)
    return any(
        counts.get(typed, 0) < MIN_WORD_DOCUMENTS
        and (counts.get(name, 0) >= COMMON_WORD or _listed_whole(name))
        and all(counts.get(word, 0) < COMMON_WORD for word in words)
        for (typed, name), words in near.items()
    )


def _cut(start: int, end: int, name_start: int, name_end: int) -> bool:
    """Whether a run of syllables holds part of a name's, not all of it (or is it).

    >>> _cut(2, 4, 3, 5), _cut(3, 5, 3, 5), _cut(2, 5, 3, 5), _cut(0, 2, 3, 5)
    (True, True, False, False)
    """
    overlaps = name_start < end and start < name_end
    around = start <= name_start and name_end <= end and (start, end) != (name_start, name_end)
    return overlaps and not around


def _stranger_in_a_word(syllables: list[str], lexicon: Lexicon) -> bool:
    """Whether a syllable that is no Vietnamese one, one edit off a syllable, makes with
    a neighbour a word the corpus often uses ("tai nạn iao thông": "giao thông"); a
    stranger that makes no word is a foreign word or a brand ("dbrand", "Hesung")."""
    folded = [fold(s) for s in syllables]
    _, counts = lexicon.counts(set(folded))
    near = set()
    for i, syllable in enumerate(folded):
        if not _stranger(syllable, counts):
            continue
        edits = one_edit(syllable)
        if i > 0 and folded[i - 1].isalpha():
            near |= {vocabulary_key([folded[i - 1], edit]) for edit in edits}
        if i + 1 < len(folded) and folded[i + 1].isalpha():
            near |= {vocabulary_key([edit, folded[i + 1]]) for edit in edits}
    if not near:
        return False
    _, counts = lexicon.counts(near)
    return any(found >= COMMON_WORD for found in counts.values())


def _side_by_side(text: str, spans: list[tuple[str, int, int]]) -> list[int]:
    """The positions of syllables typed next to the following one, with nothing but
    spaces between them ("sắp 'xuất": the quote parts them)."""
    return [i for i in range(len(spans) - 1) if not text[spans[i][2] : spans[i + 1][1]].strip()]


def _slipped_pairs(
    syllables: list[str], starts: list[int], lexicon: Lexicon, capitalised: Collection[int] = ()
) -> list[tuple[int, list[str], int]]:
    """(where, the pair with one syllable edited, articles using it) for each pair of
    neighbouring words of letters (real syllables, or one the corpus uses that no
    dictionary lists: "thy điện" is "thủy điện") side by side in fewer than
    ``SLIP_PAIR_SEEN`` articles that is one letter off a common word used in
    ``1 / SLIP_PAIR_SHARE`` times as many,
    with the accents typed on the syllable kept ("ăng trưởng": "tăng trưởng"): the
    query, though found, likely holds a real syllable mistyped. Folded pairs are
    counted, so "bí tư" is spared: "bị tù" is common. Only the pairs starting at
    ``starts`` are asked, and those written often are spared the lookups of the words
    one letter off them (a few hundred a pair). A pair cutting a name typed whole is
    none ("xe buýt nhanh Hà Nội" holds no "Thanh Hà"), nor is a syllable slipped that
    makes a common word with its other neighbour ("nắng nóng Bắc Bộ" holds no "Đông
    Bắc", "điện thoại Nguyễn" no "Thái Nguyên"; "bo cay" is no word, so "bo cay dung"
    is "Bộ Xây dựng"); nor a pair typed ``capitalised`` but as a name it is one letter
    off ("Phùng Thu Hằng" is a person, no "phòng thủ"; "Phi Yên" is "Phú Yên")."""
    held = _typed_names(syllables, lexicon)
    starts = [i for i in starts if not any(_cut(i, i + 2, a, b) for a, b in held)]
    pairs = {
        i: [fold(s) for s in syllables[i : i + 2]]
        for i in starts
        if all(fold(s).isalpha() for s in syllables[i : i + 2])
    }
    side_by_side = lexicon.adjacent({vocabulary_key(pair) for pair in pairs.values()})
    floor = {
        i: max(COMMON_WORD, seen / SLIP_PAIR_SHARE)
        for i, pair in pairs.items()
        if (seen := side_by_side.get(vocabulary_key(pair), SLIP_PAIR_SEEN)) < SLIP_PAIR_SEEN
    }
    if not floor:
        return []  # the common case, spared the lookups below
    # the pairs beside a rare one, which may hold its syllable in a word
    outer = {k: vocabulary_key(pairs[k]) for i in floor for k in (i - 1, i + 1) if k in pairs}
    _, words = lexicon.counts(set(outer.values()))
    in_words = {k for k, key in outer.items() if words.get(key, 0) >= COMMON_WORD}
    edited = [  # (where, the pair with one syllable edited, the other as typed, its key)
        (i, run, vocabulary_key(map(fold, run)))
        for i in floor
        for j in (0, 1)
        if i + 2 * j - 1 not in in_words
        for edit in one_edit(pairs[i][j])
        for run in [[*syllables[i : i + j], edit, *syllables[i + j + 1 : i + 2]]]
    ]
    _, counts = lexicon.counts({key for _, _, key in edited})
    likely = [
        (i, run, spellings(run))
        for i, run, key in edited
        if counts.get(key, 0) >= floor[i]
        and not ({i, i + 1} <= set(capitalised) and not lexicon.names.holds(run))
    ]
    _, counts = lexicon.counts({key for _, _, keys in likely for key in keys})
    used = [(i, run, sum(counts.get(key, 0) for key in keys)) for i, run, keys in likely]
    return [(i, run, found) for i, run, found in used if found >= floor[i]]


def _pair_meant(
    text: str, spans: list[tuple[str, int, int]], lexicon: Lexicon, slips: list | None = None
) -> str | None:
    """A short query typed without accents, found, but holding a rare pair one letter off
    a common word ("be tre", "han ha"): the query with the commonest such word, spelt
    as the corpus writes it ("Bến Tre", "hành hạ"). An accented query passes the
    ``slips`` that may be meant: names typed as names ("Đồng ai" is "Đồng Nai", not the
    commoner word the reading of the whole query did not find)."""
    syllables = [syllable for syllable, _, _ in spans]
    if slips is None:
        slips = _slipped_pairs(syllables, _side_by_side(text, spans), lexicon)
    if not slips:
        return None
    start, run, _ = max(slips, key=lambda slip: slip[2])
    words = [*_singles(syllables, range(start)), _Word(start, tuple(run), EDIT_COST)]
    words += _singles(syllables, range(start + 2, len(syllables)))
    return _rewritten(normalize(text), spans, words, _spellings(syllables, words, lexicon), lexicon)


def _name_slipped(
    slip: tuple[int, list[str], int], typed: list[str], capitals: set[int], lexicon: Lexicon
) -> bool:
    """Whether a slipped pair is a known name typed as one: its other syllable
    capitalised (``capitals``: not a first word alone), the slipped one typed bare
    ("xuất khẩu Đồng ai", "Phi Yên"; not "Bến re", whose capital a phone may have typed,
    nor "công nghệ in 3D", nor "lý nạn", whose accents were typed with care)."""
    at, run, _ = slip
    edited = [at + j for j in (0, 1) if fold(run[j]) != fold(typed[at + j])]
    kept = [at + j for j in (0, 1) if at + j not in edited]
    return (
        lexicon.names.holds(run)
        and all(fold(typed[i]) == typed[i] for i in edited)
        and all(i in capitals for i in kept)
    )


def _one_slip(suggestion: str, typed: list[str]) -> bool:
    """Whether a suggestion changes the letters of one syllable and no other syllable
    but by giving a bare one its accents: a slipped pair is one letter off its word
    ("chia tay" is no reason to give "chìa tay", nor "nổi xung" to give "nội dung").

    >>> _one_slip("tăng trưởng kinh tế", ["ăng", "trưởng", "kinh", "te"])
    True
    >>> _one_slip("nội dung", ["nổi", "xung"]), _one_slip("chìa tay", ["chia", "tay"])
    (False, False)
    """
    spelt = [syllable for syllable, _, _ in syllable_spans(suggestion)]
    if len(spelt) != len(typed):
        return False
    changed = [
        (t, s) for t, s in zip(typed, spelt, strict=True) if s != t and not fold(s) == t == fold(t)
    ]
    return len(changed) == 1 and fold(changed[0][0]) != fold(changed[0][1])


def _listed_whole(key: str) -> bool:
    """A name of ``LISTED_NAME_SYLLABLES`` or more ("tổng mức bán lẻ", "Bộ Giao thông
    vận tải"): pyvi seldom makes it one vocabulary word, so its count says nothing, and
    it is listed as a name, so known."""
    return key.count("_") + 1 >= LISTED_NAME_SYLLABLES


def _one_apart(typed: str, wanted: str) -> bool:
    """Whether one edit (a letter dropped, added, changed, or neighbours swapped) turns
    ``typed`` into ``wanted``.

    >>> [_one_apart("gang", w) for w in ("giang", "gan", "gnag", "gang", "giangg")]
    [True, True, True, False, False]
    """
    if typed == wanted or abs(len(typed) - len(wanted)) > 1:
        return False
    first = next(
        (i for i, (a, b) in enumerate(zip(typed, wanted, strict=False)) if a != b),
        min(len(typed), len(wanted)),
    )
    if len(typed) == len(wanted):
        rest = typed[first + 1 :] == wanted[first + 1 :]
        swapped = typed[first : first + 2] == wanted[first : first + 2][::-1]
        return rest or (swapped and typed[first + 2 :] == wanted[first + 2 :])
    longer, shorter = (typed, wanted) if len(typed) > len(wanted) else (wanted, typed)
    return longer[first + 1 :] == shorter[first:]


Options = list[list[tuple[str, float]]]


def _syllable_options(typed: list[str], fixed: set[int], lexicon: Lexicon) -> Options:
    """Per typed syllable, (folded candidate, cost of the edit): itself first at no
    cost, then the commonest syllables one edit away: Vietnamese ones, and any the
    corpus knows one letter shorter or with two neighbours swapped ("ggrdp", "Formossa"),
    or, for a stranger, one letter longer or changed ("ipone", "Semens", "GRDo": foreign
    words, names and acronyms).
    A candidate that can carry the accented letters typed costs ``ACCENT_HINT`` less."""
    folded = [fold(syllable) for syllable in typed]
    _, counts = lexicon.counts(set(typed) | set(folded))
    strangers = [i for i, f in enumerate(folded) if i not in fixed and _stranger(f, counts)]
    lengthened = set([i for i in strangers if len(folded[i]) <= LONGEST_EDITED][:MAX_LENGTHENED])
    near = [
        set()
        if i in fixed
        else one_edit(f)
        | _shorter_or_swapped(f)
        | (_longer_or_changed(f) if i in lengthened else set())
        for i, f in enumerate(folded)
    ]
    counts |= lexicon.counts(set().union(*near))[1]
    options = []
    for syllable, f, candidates in zip(typed, folded, near, strict=True):
        cost = _edit_cost(syllable, counts)
        seen = [e for e in candidates if _likelier(e, f, counts)]
        ranked = sorted(seen, key=lambda e: (-counts.get(e, 0), e))[:CANDIDATES]
        options.append([(f, 0.0), *((e, _candidate_cost(cost, syllable, e)) for e in ranked)])
    return options


def _likelier(candidate: str, typed: str, counts: dict[str, int]) -> bool:
    """Whether a candidate may be what was meant by a typed syllable: a Vietnamese one,
    or a word some article uses; a common one when an article writes the syllable as
    typed ("Hesung", in one, is no slip for "Heung", in five; "Harvaard" is for
    "Harvard")."""
    if candidate in folded_syllables():
        return True
    return counts.get(candidate, 0) >= (COMMON_WORD if counts.get(typed) else 1)


def _longer_or_changed(folded: str) -> set[str]:
    """``folded`` with a letter added anywhere or one changed: a letter dropped from or
    mistyped in a word of any language (looked up for strangers only: 53 words a letter).

    >>> "iphone" in _longer_or_changed("ipone"), "grdp" in _longer_or_changed("grdo")
    (True, True)
    """
    longer = {folded[:i] + c + folded[i:] for i in range(len(folded) + 1) for c in _LETTERS}
    changed = {folded[:i] + c + folded[i + 1 :] for i in range(len(folded)) for c in _LETTERS}
    return (longer | changed) - {folded}


def _shorter_or_swapped(folded: str) -> set[str]:
    """``folded`` less a letter, or with two neighbours swapped: a doubled letter or a
    slip in a word of any language."""
    shorter = {folded[:i] + folded[i + 1 :] for i in range(len(folded))}
    swapped = {
        folded[:i] + folded[i + 1] + folded[i] + folded[i + 2 :] for i in range(len(folded) - 1)
    }
    return (shorter | swapped) - {folded, ""}


def _candidate_cost(cost: float, typed: str, candidate: str) -> float:
    """An edit's cost, ``ACCENT_HINT`` less when the candidate can carry the accented
    letters typed, as much more when the user typed some it cannot ("bụii": "bụi", not
    the ten times commoner "buổi"); ``KEY_SLIP_HINT`` less for a letter of a syllable
    typed bare struck for a key beside it ("ohi": "phi", not "thi")."""
    hint = _accent_hint(typed, candidate)
    if not hint and fold(typed) != typed:
        return cost + ACCENT_HINT
    bare = fold(typed).lower()
    if fold(typed) == typed and bare not in folded_syllables() and _key_slip(bare, candidate):
        hint += KEY_SLIP_HINT  # (a real syllable, or one typed with accents, has its costs)
    return max(cost - hint, MIN_EDIT_COST)


def _key_slip(typed: str, candidate: str) -> bool:
    """Whether ``typed`` is ``candidate`` with one letter struck for a key beside it.

    >>> _key_slip("ohi", "phi"), _key_slip("ohi", "thi"), _key_slip("cko", "clo")
    (True, False, True)
    """
    if len(typed) != len(candidate):
        return False
    changed = [(a, b) for a, b in zip(typed, candidate, strict=True) if a != b]
    return len(changed) == 1 and changed[0][0] in _keys_beside(changed[0][1])


@functools.cache
def _keys_beside(letter: str) -> frozenset[str]:
    """The keys around a letter's on a QWERTY keyboard, its row's and the rows above and
    below it (each row set off by a quarter or half a key)."""
    where = {
        key: (row, column + offset)
        for row, (keys, offset) in enumerate(zip(_KEY_ROWS, (0.0, 0.25, 0.75), strict=True))
        for column, key in enumerate(keys)
    }
    if letter not in where:
        return frozenset()
    row, column = where[letter]
    return frozenset(
        key
        for key, (r, c) in where.items()
        if key != letter and abs(r - row) <= 1 and abs(c - column) <= (1 if r == row else 0.75)
    )


def _accent_hint(typed: str, candidate: str) -> float:
    """``ACCENT_HINT`` when some accented spelling of ``candidate`` holds every accented
    letter typed ("trệu" fits "triệu", not "trên")."""
    fits = any(_holds_typed_accents(typed, v) for v in accent_variants(candidate))
    return ACCENT_HINT if fits else 0.0


def _holds_typed_accents(typed: str, spelt: str) -> bool:
    """Whether a spelling holds every accented letter typed, the tone on any vowel the
    user may have put it on: letters swapped in "nớưc" leave its tone where the
    spelling of "nước" does not have it, once normalised ("nơức").

    A "d" typed beside accents is no "đ": a user typing accents types that letter too
    ("dâyy" is "dây", not the commoner "đây").

    >>> _holds_typed_accents("nơức", "nước"), _holds_typed_accents("chủngg", "chửng")
    (True, False)
    >>> _holds_typed_accents("dâyy", "dây"), _holds_typed_accents("dâyy", "đây")
    (True, False)
    """
    if "đ" in spelt and "đ" not in typed:
        return False
    return any(marked and marked <= set(spelt) for marked in _accented_letters(typed))


@functools.lru_cache(maxsize=1024)
def _accented_letters(typed: str) -> tuple[frozenset[str], ...]:
    """The accented letters typed, one set for each vowel the tone could stand on; a
    letter typed twice counts once, toned ("cậận": "ậ", not "â" and "ậ").

    >>> _accented_letters("cậận")
    (frozenset({'ậ'}), frozenset({'ậ'}))
    """
    bare = untoned(typed)
    tone = "".join(m for m in unicodedata.normalize("NFD", typed) if m in TONE_MARKS)
    if bare.endswith(CHECKED_ENDINGS) and tone not in CHECKED_TONES:
        tone = ""  # a tone a checked syllable cannot carry is a slip ("nàp" is no "này")
    if not tone:
        return (frozenset(c for c in bare if fold(c) != c),)
    return tuple(
        _toned_once(
            {
                c
                for c in bare[:i] + unicodedata.normalize("NFC", v + tone) + bare[i + 1 :]
                if fold(c) != c
            }
        )
        for i, v in enumerate(bare)
        if v.lower() in VOWELS
    )


def _toned_once(letters: set[str]) -> frozenset[str]:
    """The letters less any that another of them is with a tone added."""
    return frozenset(c for c in letters if not any(d != c and untoned(d) == c for d in letters))


def _edit_cost(syllable: str, counts: dict[str, int]) -> float:
    """What changing a typed syllable costs: little for one that is no Vietnamese
    syllable as typed ("mặtt", "xnah"); most for one typed with accents as articles
    write it. One only pyvi's dictionary has ("trệu") is likelier a slip."""
    folded = fold(syllable)
    if folded != syllable:
        known = syllable in known_syllables()
        if counts.get(syllable, 0) >= (SEEN_SYLLABLE if known else SEEN_UNKNOWN_SYLLABLE):
            return ACCENTED_EDIT_COST
        return TONE_SLIP_EDIT_COST if folded in folded_syllables() else STRANGER_EDIT_COST
    return STRANGER_EDIT_COST if _stranger(folded, counts) else EDIT_COST


def _real(accented: str, counts: dict[str, int]) -> bool:
    """An accented syllable pyvi's dictionary or the corpus knows ("Khương", a name);
    one or two articles are no proof: typos stand in the corpus too ("iáo")."""
    return accented in known_syllables() or counts.get(accented, 0) >= SEEN_SYLLABLE


def _stranger(folded: str, counts: dict[str, int]) -> bool:
    """A typed syllable that is no Vietnamese syllable and hardly stands in any article."""
    return (
        folded.isalpha()
        and folded not in folded_syllables()
        and counts.get(folded, 0) < SEEN_SYLLABLE
    )


def _best_words(
    typed: list[str], options: Options, lexicon: Lexicon, real_slips: bool
) -> list[_Word]:
    """The likeliest words over the candidates, as ``search.words.segment`` weighs a
    segmentation, less ``EDIT_COST`` per edited letter, plus ``NAME_BONUS`` a name."""
    count = len(typed)
    windows = {
        (start, end): _candidate_words(start, options[start:end], lexicon)
        for start in range(count)
        for end in range(start + 1, min(count, start + MAX_NAME_RUN) + 1)
    }
    counted = [
        w
        for words in windows.values()
        for w in words
        if _may_be_word(w, typed, lexicon, real_slips)
    ]
    keys = {vocabulary_key(w.folded) for w in counted}
    keys |= {key for w in counted if (key := _accented_key(_as_typed(typed, w)))}
    total, documents = lexicon.counts(keys)
    total = max(total, 1)
    names = _typed_names(typed, lexicon)
    Best = tuple[int, float, list[_Word] | None]
    best: list[Best] = [(0, 0.0, [])] + [(-1, -math.inf, None)] * count
    for (start, end), words in sorted(windows.items(), key=lambda item: item[0][1]):
        kept, before, path = best[start]
        if path is None:
            continue
        for word in words:
            score = _word_score(word, typed, documents, lexicon, real_slips)
            if score is None:
                continue
            reached = (kept + _names_kept(word, typed, names), before + score - math.log(total))
            if reached > best[end][:2]:
                best[end] = (*reached, [*path, word])
    return best[count][2] or _singles(typed, range(count))


def _typed_names(typed: list[str], lexicon: Lexicon) -> list[tuple[int, int]]:
    """The spans of the query that are known names as typed ("Phú Quốc")."""
    return [
        (start, end)
        for start in range(len(typed))
        for end in range(start + 2, min(len(typed), start + MAX_NAME_RUN) + 1)
        if lexicon.names.holds(typed[start:end])
    ]


def _names_kept(word: _Word, typed: list[str], names: list[tuple[int, int]]) -> int:
    """The syllables of the word that keep a typed name whole and unedited: as
    ``search.words.segment`` does, a segmentation keeping more of them wins whatever
    the words' frequencies ("ngọc trai Phú Quốc giả" is no "phú | quốc gia")."""
    end = word.start + len(word.folded)
    kept = {
        i
        for first, last in names
        if word.start <= first
        and last <= end
        and all(word.folded[i - word.start] == fold(typed[i]) for i in range(first, last))
        for i in range(first, last)
    }
    return len(kept)


def _candidate_words(start: int, options: Options, lexicon: Lexicon) -> list[_Word]:
    """The words a run of typed syllables may be: as typed, with one syllable edited
    (any candidate), or with two (the first ``CANDIDATES_TWICE`` of each); a run longer
    than ``MAX_CORRECTED_SYLLABLES`` only as a name it spells or is one syllable off."""
    typed = tuple(option[0][0] for option in options)
    if len(typed) > MAX_CORRECTED_SYLLABLES:
        costs = [dict(option) for option in options]
        named = [
            _Word(start, (*typed[:i], s, *typed[i + 1 :]), costs[i][s])
            for i, s in lexicon.names.one_syllable_off(typed)
            if s in costs[i]
        ]
        return named + ([_Word(start, typed, 0.0)] if lexicon.names.spellings(typed) else [])
    words = [_Word(start, typed, 0.0)]
    for i, option in enumerate(options):
        words += [_Word(start, (*typed[:i], s, *typed[i + 1 :]), c) for s, c in option[1:]]
    for i, j in itertools.combinations(range(len(options)), 2):
        for (a, cost_a), (b, cost_b) in itertools.product(
            options[i][1 : CANDIDATES_TWICE + 1], options[j][1 : CANDIDATES_TWICE + 1]
        ):
            folded = list(typed)
            folded[i], folded[j] = a, b
            words.append(_Word(start, tuple(folded), cost_a + cost_b))
    return words


def _accented_key(spelt: tuple[str, ...]) -> str | None:
    """The key of a word of several syllables as typed (``_as_typed``), when every one
    of them was typed with its accents ("gải phóng": "giải_phóng", not "hải_phòng")."""
    if len(spelt) > 1 and all(fold(s) != s for s in spelt):
        return vocabulary_key(spelt)
    return None


def _may_be_word(word: _Word, typed: list[str], lexicon: Lexicon, real_slips: bool) -> bool:
    """Whether ``_word_score`` may count the word: a real syllable edited into a longer
    word only makes a name, unless ``real_slips``. The rest are not looked up: on a long
    query they were most of the vocabulary lookups (11 syllables: 1,745 words, 0.3-0.5 s)."""
    return (
        len(word.folded) == 1
        or word.cost < (2 * EDIT_COST if real_slips else EDIT_COST)
        or lexicon.names.holds(_as_typed(typed, word))
    )


def _word_score(
    word: _Word, typed: list[str], documents: dict[str, int], lexicon: Lexicon, real_slips: bool
) -> float | None:
    """Log(articles using the word) less the word and edit costs; None: not a word (nor
    a real syllable edited into one, unless ``real_slips``)."""
    documents_using = documents.get(vocabulary_key(word.folded), 0)
    spelt = _as_typed(typed, word)
    if accented := _accented_key(spelt):
        # spelt as typed, or a tenth as likely per word: the user's accents tell words apart
        documents_using = max(documents.get(accented, 0), documents_using / TYPED_ACCENT_WEIGHT)
    size = len(word.folded)
    name = size > 1 and lexicon.names.holds(spelt)
    if size == 1 and not word.cost:
        floor = STRANGER_DOCUMENTS if _stranger(word.folded[0], documents) else UNSEEN_DOCUMENTS
        documents_using = max(documents_using, floor)
    elif name:
        documents_using = max(documents_using, 1)
    elif documents_using < (1 if size == 1 else MIN_WORD_DOCUMENTS) or (
        not real_slips and size > 1 and word.cost >= EDIT_COST
    ):
        return None  # not a word; or a real syllable changed to make one: only names may
    bonus = NAME_BONUS + (PROVINCE_BONUS if _a_province_named(typed, word) else 0.0)
    return math.log(documents_using) - WORD_PENALTY - word.cost + (bonus if name else 0.0)


def _a_province_named(typed: list[str], word: _Word) -> bool:
    """Whether the word is a province's name typed after "tỉnh" or "thành phố", as
    people name it ("tinh am dong" is "tỉnh Lâm Đồng", not "ấm đồng" nor "Hà Đông")."""
    before = fold(typed[word.start - 1]).lower() if word.start else ""
    return before in _PROVINCE_UNITS and " ".join(word.folded) in _province_names()


@functools.cache
def _province_names() -> frozenset[str]:
    """The provinces' names folded, as ``_Word.folded`` spells them."""
    return frozenset(fold(name).lower() for name in gazetteer().names.values())


def _spellings(
    typed: list[str], words: list[_Word], lexicon: Lexicon, left_bare: Collection[int] = ()
) -> list[tuple[str, ...]]:
    """Each word as the corpus spells it most, a spelling keeping the accents typed on its
    unchanged syllables counted ``TYPED_ACCENT_WEIGHT`` times per accent kept; as typed
    when the corpus has no accented spelling of it, or none common enough to prefer."""
    choices = [_accent_options(typed, word, lexicon) for word in words]
    keys = {vocabulary_key(spelt) for options in choices for spelt in options}
    slipped = {  # the spellings of corrected syllables ``left_bare``
        v
        for word in words
        for i, f in zip(range(word.start, _end(word)), word.folded, strict=True)
        if i in left_bare and typed[i] != f
        for v in accent_variants(f)
    }
    named_pairs = {
        pair
        for word in words
        for spelt in lexicon.names.spellings(word.folded)
        for pair in _named_pairs(spelt)
    }
    total, documents = lexicon.counts(
        keys | slipped | named_pairs | {vocabulary_key(word.folded) for word in words}
    )
    spelt_words = []
    rivals: dict[int, dict[tuple[str, ...], tuple[float, float]]] = {}
    for word, options in zip(words, choices, strict=True):
        kept = _as_typed(typed, word)
        edited = fold(typed[word.start]) != word.folded[0]
        if len(kept) == 1 and (edited or fold(kept[0]) == kept[0]):
            accents = word.start in left_bare
            spelt_words.append(_single(typed[word.start], word.folded[0], documents, accents))
            continue
        named = lexicon.names.spellings(word.folded)
        if all(fold(k) != k for k in kept) and (
            documents.get(vocabulary_key(kept), 0) >= COMMON_WORD or kept in named
        ):
            spelt_words.append(kept)  # typed with every accent, as the corpus often has it
            continue
        weight = functools.partial(_weight, kept=kept, named=named, documents=documents)
        seen = [s for s in options if s != word.folded and weight(s)[0]]
        best = max(seen, key=weight) if seen else kept
        usual = 0 if _agreement(kept, best) else documents.get(vocabulary_key(word.folded), 0)
        common = documents.get(vocabulary_key(best), 0) >= max(COMMON_WORD, usual * DOMINANT_SHARE)
        end = _end(word)
        fallback = tuple(
            _single(typed[i], f, documents, i in left_bare)[0]
            for i, f in zip(range(word.start, end), word.folded, strict=True)
        )
        unreal = len(kept) == 1 and not _real(kept[0], documents)
        chosen = (
            best
            if common
            or unreal
            or best in named
            or weight(kept)[0]
            or _unwritten_word(kept, fallback, best, documents)
            else fallback
        )
        spelt_words.append(chosen)
        if chosen == best and len(seen) > 1:
            rivals[len(spelt_words) - 1] = {
                s: _found_and_factor(s, kept, named, documents) for s in seen
            }
    return _in_context(words, spelt_words, rivals, lexicon, documents, total)


def _unwritten_word(
    kept: tuple[str, ...],
    fallback: tuple[str, ...],
    best: tuple[str, ...],
    documents: dict[str, int],
) -> bool:
    """Whether the syllables spelt one by one make a word no article uses, where the
    word's best spelling keeps the accents typed and is used in ``MIN_CONTEXT_USES``:
    "giác mạc csn thị" is "cận thị" (15 articles), not "cần thị" (none), though "cần" is
    the commoner syllable; "Bế Tre" is no "bê trễ"."""
    return (
        all(k == b for k, b in zip(kept, best, strict=True) if fold(k) != k)
        and not documents.get(vocabulary_key(fallback), 0)
        and documents.get(vocabulary_key(best), 0) >= MIN_CONTEXT_USES
    )


def _in_context(
    words: list[_Word],
    spelt: list[tuple[str, ...]],
    rivals: dict[int, dict[tuple[str, ...], tuple[float, float]]],
    lexicon: Lexicon,
    documents: dict[str, int],
    total: int,
) -> list[tuple[str, ...]]:
    """Each word whose accents are in doubt spelt as the query's other words say: the
    spelling the articles using them use most ("hai quan lang son" is the customs of
    Lạng Sơn, "hải quan", where "hai quan" alone reads as the commoner navy, "hải
    quân"). Only the rarest other words are asked, those telling articles apart (in
    fewer than ``CONTEXT_SHARE`` of them: "tỉnh" or "của" say nothing)."""
    telling = _telling_words(words, documents, total)
    doubtful = {}
    for i, weights in rivals.items():
        ranked = sorted(weights, key=lambda s: -math.prod(weights[s]))[:RIVALS]
        close = [
            s
            for s in ranked
            if math.prod(weights[s]) * RIVAL_RANGE >= math.prod(weights[ranked[0]])
        ]
        others = _outside(telling, _span(words[i]))
        if len(close) > 1 and others and len(doubtful) < MAX_DOUBTFUL:
            doubtful[i] = (close, others)
    used = lexicon.together(
        {
            (vocabulary_key(s), key)
            for close, others in doubtful.values()
            for s in close
            for key in others
        }
    )
    chosen = list(spelt)
    for i, (close, others) in doubtful.items():

        def fit(spelling: tuple[str, ...], others=others, weights=rivals[i]) -> float:
            found, factor = weights[spelling]
            key = vocabulary_key(spelling)
            logs = [math.log(used.get((key, o), 0) + found * documents[o] / total) for o in others]
            return math.log(factor) + sum(logs) / len(logs)

        chosen[i] = max(close, key=fit)
    return chosen


def _weight(
    spelt: tuple[str, ...],
    kept: tuple[str, ...],
    named: frozenset[tuple[str, ...]],
    documents: dict[str, int],
) -> tuple[float, bool]:
    found, factor = _found_and_factor(spelt, kept, named, documents)
    return found * factor, spelt in named


def _found_and_factor(
    spelt: tuple[str, ...],
    kept: tuple[str, ...],
    named: frozenset[tuple[str, ...]],
    documents: dict[str, int],
) -> tuple[float, float]:
    """Articles using a spelling (a name's at least one, or as many as write its
    syllables side by side), and what keeping the accents typed multiplies them by."""
    found = documents.get(vocabulary_key(spelt), 0)
    if spelt in named:
        found = max(found, 1, min((documents.get(p, 0) for p in _named_pairs(spelt)), default=0))
    return found, TYPED_ACCENT_WEIGHT ** _agreement(kept, spelt)


def _named_pairs(spelt: tuple[str, ...]) -> list[str]:
    """The pairs of a name's neighbouring syllables as spelt: a name pyvi cuts into two
    words has no vocabulary key ("Phạm Văn Đồng", a street, is no word; the official
    "Phạm Văn Đông" is)."""
    return [spelt_pair(a, b) for a, b in itertools.pairwise(spelt)]


def _single(
    typed: str, corrected: str, documents: dict[str, int], left_bare: bool = False
) -> tuple[str]:
    """A one-syllable word typed without accents, or corrected: as typed; when corrected,
    spelt the commonest way that keeps every accented letter typed ("triệy" -> "triệu",
    "cjáy" -> "cháy"), bare when none does; ``left_bare`` in an accented query, as the
    corpus mostly spells its letters ("đứt ruit" -> "đứt ruột": the user writes accents,
    the slip took them)."""
    if fold(typed) == corrected:
        return (typed,)
    if left_bare:
        share = DOMINANT_SHARE * documents.get(corrected, 0)
        fitting = [
            v
            for v in accent_variants(corrected)
            if v != corrected and documents.get(v, 0) >= share > 0
        ]
    else:
        fitting = _fitting(typed, corrected)
    return (max(fitting, key=lambda v: documents.get(v, 0)) if fitting else corrected,)


def _fitting(typed: str, corrected: str) -> list[str]:
    """The spellings of a corrected syllable that hold every accented letter typed.

    >>> _fitting("chủngg", "chung"), _fitting("chungg", "chung")
    (['chủng'], [])
    """
    return [v for v in accent_variants(corrected) if _holds_typed_accents(typed, v)]


def _as_typed(typed: list[str], word: _Word) -> tuple[str, ...]:
    """The word's syllables as typed where the correction left them; an edited one as
    corrected, with the accents typed when one spelling holds them ("chủngg" ->
    "chủng")."""
    return tuple(
        t if fold(t) == f else _only(_fitting(t, f)) or f
        for t, f in zip(typed[word.start : _end(word)], word.folded, strict=True)
    )


def _only(items: list[str]) -> str | None:
    return items[0] if len(items) == 1 else None


def _accent_options(typed: list[str], word: _Word, lexicon: Lexicon) -> list[tuple[str, ...]]:
    """The spellings of a word worth counting: its names', and the accent variants of its
    syllables (the typed accents fixed when there are too many)."""
    variants = [accent_variants(f) for f in word.folded]
    if math.prod(len(v) for v in variants) > MAX_SPELLINGS:
        kept = _as_typed(typed, word)
        variants = [(k,) if fold(k) != k else v for k, v in zip(kept, variants, strict=True)]
    if math.prod(len(v) for v in variants) > MAX_SPELLINGS:
        return sorted(lexicon.names.spellings(word.folded))
    return [*lexicon.names.spellings(word.folded), *itertools.product(*variants)]


def _agreement(kept: tuple[str, ...], spelt: tuple[str, ...]) -> int:
    """How many syllables of ``kept`` the spelling keeps as they are, counting those typed
    with accents and those typed without that are whole syllables so ("Anh" in "Hồ Anh
    Ngọc"), but not a bare syllable of an unaccented query."""
    if all(fold(k) == k for k in kept):
        return 0
    return sum(k == s for k, s in zip(kept, spelt, strict=True) if k in known_syllables())

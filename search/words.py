"""A keyword query segmented into the words its user means.

A hit must hold every query word as a word: the syllables of "Vĩnh Long" next to each
other, not "vĩnh" in one place and "long" in another. pyvi cannot segment text typed
without accents, and a keyword query is no sentence for its model anyway; so the
segmentation is the most probable one under the index's own vocabulary (the
``vocabulary`` view: every pyvi word the indexer saw, with the number of articles
using it), found by dynamic programming, with one rule before probability: names the
index knows (places, organisations, indicators, officials) stay whole.

A run of syllables counts the articles using any word it may spell: typed without
accents, "doi song" is "đời sống" or "đôi song"; typed "đôi song", only the spellings
with "đôi" and any accents on "song" count, so accents keep a query from being glued
into a word its user did not type. A run the vocabulary never saw as one word stays
apart.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from search.analysis import syllable_spans
from search.names import Names
from search.syllables import accent_variants
from search.tones import fold, normalize

# Longest word looked up in the vocabulary (pyvi joins few words past four syllables),
# and longest name ("Cục Cảnh sát điều tra tội phạm về ma túy").
MAX_WORD_SYLLABLES = 4
MAX_NAME_SYLLABLES = 10
# A word of several syllables seen in fewer articles is pyvi's noise, not a word.
MIN_WORD_DOCUMENTS = 2
# Articles counted for a syllable the vocabulary never saw on its own (a typo, a name
# part): rarer than any seen word, but not impossible.
UNSEEN_DOCUMENTS = 0.5
# Most spellings looked up for one run of syllables; past it, only the folded word.
MAX_SPELLINGS = 64
# Cost of each word, in log probability. Articles using a word measure how common it
# is, not how likely a query is to be cut there: most syllables stand alone in half
# the corpus, so without a price per word every compound would split.
WORD_PENALTY = 3.0


def unknown_together(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """No counts of words used together: a lexicon of word counts alone."""
    return {}


def unknown_adjacent(pairs: Iterable[str]) -> dict[str, int]:
    """No counts of syllables side by side: a lexicon of word counts alone."""
    return {}


@dataclass(frozen=True)
class Lexicon:
    """What a backend knows for segmenting: ``counts(words)`` gives the number of
    articles and the number using each folded word (``"vinh_long"``), in one lookup;
    ``names`` are kept whole; ``together(pairs)`` the number of articles using both words
    of each pair (spelling suggestions choose accents by the words around them);
    ``adjacent(pairs)`` the number of articles where the two folded syllables of each
    pair (``"tong_cuc"``) stand side by side in one text, within a word or across two
    (a slip makes a pair no article writes)."""

    counts: Callable[[Iterable[str]], tuple[int, dict[str, int]]]
    names: Names
    together: Callable[[Iterable[tuple[str, str]]], dict[tuple[str, str], int]] = unknown_together
    adjacent: Callable[[Iterable[str]], dict[str, int]] = unknown_adjacent


def vocabulary_key(syllables: Iterable[str]) -> str:
    """How the vocabulary view writes a word: its syllables joined by ``_``."""
    return "_".join(syllables)


def spellings(typed: list[str]) -> tuple[str, ...]:
    """The vocabulary keys a run of typed syllables (lower case) may be: the folded word
    when no syllable carries an accent; otherwise every spelling that keeps the typed
    accents and gives the bare syllables any of theirs.

    >>> spellings(["doi", "song"])
    ('doi_song',)
    >>> spellings(["đôi", "song"])[:3], len(spellings(["đôi", "song"]))
    (('đôi_song', 'đôi_sòng', 'đôi_sóng'), 8)
    """
    folded = [fold(syllable) for syllable in typed]
    if len(typed) == 1 or folded == typed:
        return (vocabulary_key(folded),)
    options = [(s,) if fold(s) != s else accent_variants(s) for s in typed]
    if math.prod(len(option) for option in options) > MAX_SPELLINGS:
        return (vocabulary_key(folded),)
    return tuple(vocabulary_key(spelt) for spelt in itertools.product(*options))


def segment(syllables: list[str], lexicon: Lexicon) -> list[int]:
    """The lengths, in syllables, of the words of ``syllables`` (lower case, as typed).

    Each position keeps its best segmentation so far, compared first by how many
    syllables lie in words that keep a known name whole (the name itself, or a longer
    word of the vocabulary holding it, as "tân sơn nhất" holds the district "tân sơn"),
    then by the sum of the words' log probability (articles using the word / articles)
    less ``WORD_PENALTY`` a word.

    >>> counts = {"so": 40, "tai_chinh": 20, "vinh_long": 5}
    >>> lexicon = Lexicon(lambda words: (100, counts), Names.of(["Sở Tài chính"]))
    >>> segment(["so", "tai", "chinh", "vinh", "long"], lexicon)
    [3, 2]
    >>> segment(["tai", "vinh"], lexicon)
    [1, 1]
    """
    count = len(syllables)
    spans = [
        (start, end)
        for end in range(1, count + 1)
        for start in range(max(0, end - MAX_NAME_SYLLABLES), end)
    ]
    names = {
        (start, end)
        for start, end in spans
        if end - start > 1 and lexicon.names.holds(syllables[start:end])
    }
    keys = {
        (start, end): spellings(syllables[start:end])
        for start, end in spans
        if end - start <= MAX_WORD_SYLLABLES
    }
    total, frequencies = lexicon.counts(set(itertools.chain.from_iterable(keys.values())))
    total = max(total, 1)
    best: list[tuple[int, float]] = [(0, 0.0)] + [(-1, -math.inf)] * count
    previous = [0] * (count + 1)
    for start, end in spans:
        documents = sum(frequencies.get(key, 0) for key in keys.get((start, end), ()))
        if end - start == 1:
            documents = max(documents, UNSEEN_DOCUMENTS)
        elif (start, end) in names:
            documents = max(documents, 1)
        elif documents < MIN_WORD_DOCUMENTS:
            continue
        whole = any(start <= first and last <= end for first, last in names)
        named_before, log_before = best[start]
        option = (
            named_before + (end - start if whole else 0),
            log_before + math.log(documents / total) - WORD_PENALTY,
        )
        if option > best[end]:
            best[end], previous[end] = option, start
    lengths = []
    end = count
    while end:
        lengths.append(end - previous[end])
        end = previous[end]
    return lengths[::-1]


def query_words(text: str, lexicon: Lexicon) -> list[str]:
    """The words of a run of plain query text, each as typed (punctuation inside a word,
    as in "TP.HCM" or "Bà Rịa - Vũng Tàu", kept).

    >>> lexicon = Lexicon(lambda words: (100, {"bến_tre": 9}), Names.of([]))
    >>> query_words("Sở Công Thương Bến Tre", lexicon)
    ['Sở', 'Công', 'Thương', 'Bến Tre']
    """
    text = normalize(text)
    spans = list(syllable_spans(text))
    words, first = [], 0
    for length in segment([syllable for syllable, _, _ in spans], lexicon):
        last = first + length - 1
        words.append(text[spans[first][1] : spans[last][2]])
        first = last + 1
    return words

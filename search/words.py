"""A keyword query segmented into the words its user means.

A hit must hold every query word as a word: the syllables of "Vĩnh Long" next to each
other, not "vĩnh" in one place and "long" in another. Which syllables make a word is
decided on the folded syllables, so "vinh long", "Vĩnh Long" and "VĨNH LONG" are
segmented alike; pyvi cannot segment text typed without accents, and a keyword query
is no sentence for its model anyway.

The segmentation is the most probable one under the index's own vocabulary (the
``vocabulary`` view: every pyvi word the indexer saw, folded, with the number of
articles using it), found by dynamic programming, with one rule before probability:
names the index knows (places, organisations, indicators, officials) stay whole, the
longest first. A run of syllables the vocabulary never saw as one word stays apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from search.analysis import fold, normalize, syllable_spans
from search.names import Name

# Longest word looked up in the vocabulary (pyvi joins few words past four syllables),
# and longest name ("Cục Cảnh sát điều tra tội phạm về ma túy").
MAX_WORD_SYLLABLES = 4
MAX_NAME_SYLLABLES = 10
# A word of several syllables seen in fewer articles is pyvi's noise, not a word.
MIN_WORD_DOCUMENTS = 2
# Articles counted for a syllable the vocabulary never saw on its own (a typo, a name
# part): rarer than any seen word, but not impossible.
UNSEEN_DOCUMENTS = 0.5
# Cost of each word, in log probability. Articles using a word measure how common it
# is, not how likely a query is to be cut there: most syllables stand alone in half
# the corpus, so without a price per word every compound would split.
WORD_PENALTY = 3.0


@dataclass(frozen=True)
class Lexicon:
    """What a backend knows for segmenting: ``counts(words)`` gives the number of
    articles and the number using each folded word (``"vinh_long"``), in one lookup;
    ``names`` are kept whole."""

    counts: Callable[[Iterable[str]], tuple[int, dict[str, int]]]
    names: frozenset[Name]


def vocabulary_key(syllables: Iterable[str]) -> str:
    """How the vocabulary view writes a word: its folded syllables joined by ``_``."""
    return "_".join(syllables)


def segment(syllables: list[str], lexicon: Lexicon) -> list[int]:
    """The lengths, in syllables, of the words of ``syllables`` (folded, lower case).

    Each position keeps its best segmentation so far, compared first by how many
    syllables lie in words that keep a known name whole (the name itself, or a longer
    word of the vocabulary holding it, as "tân sơn nhất" holds the district "tân sơn"),
    then by the sum of the words' log probability (articles using the word / articles)
    less ``WORD_PENALTY`` a word.

    >>> counts = {"so": 40, "tai_chinh": 20, "vinh_long": 5}
    >>> lexicon = Lexicon(lambda words: (100, counts), frozenset({("so", "tai", "chinh")}))
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
        if end - start > 1 and tuple(syllables[start:end]) in lexicon.names
    }
    looked_up = {
        vocabulary_key(syllables[start:end])
        for start, end in spans
        if end - start <= MAX_WORD_SYLLABLES
    }
    total, frequencies = lexicon.counts(looked_up)
    total = max(total, 1)
    best: list[tuple[int, float]] = [(0, 0.0)] + [(-1, -math.inf)] * count
    previous = [0] * (count + 1)
    for start, end in spans:
        documents = frequencies.get(vocabulary_key(syllables[start:end]), 0)
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

    >>> lexicon = Lexicon(lambda words: (100, {"ben_tre": 9}), frozenset())
    >>> query_words("Sở Công Thương Bến Tre", lexicon)
    ['Sở', 'Công', 'Thương', 'Bến Tre']
    """
    text = normalize(text)
    spans = list(syllable_spans(text))
    words, first = [], 0
    for length in segment([fold(syllable) for syllable, _, _ in spans], lexicon):
        last = first + length - 1
        words.append(text[spans[first][1] : spans[last][2]])
        first = last + 1
    return words

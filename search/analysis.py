"""The one Vietnamese analyzer, shared by indexing and querying.

Two views of every text field are indexed:

* words: pyvi segmentation of the tone-unified, original-case text, lower-cased
  ("Sở Công Thương" -> ``sở``, ``công_thương``);
* folded syllables: every syllable lower-cased with its diacritics removed
  ("Sở Công Thương" -> ``so``, ``cong``, ``thuong``), because pyvi cannot segment
  text typed without accents and users often type that way.

All normalisation is length-preserving on NFC text, so token offsets point into
the stored original text and highlighting can mark the user's words there. Tones and
folding live in ``search.tones``, pyvi's segmentation in ``search.segmentation``; this
module makes the Whoosh analyzers of them, and the term lists that match them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator

from whoosh.analysis import BiWordFilter, LowercaseFilter, Token, Tokenizer
from whoosh.analysis.filters import Filter

from search.segmentation import segment
from search.tones import fold, normalize

_WORDLIKE = re.compile(r"\w")
# A number stays whole across a decimal comma and across dots before 3-digit groups
# ("5,1", "1.015", "3.500.000"); any other dot separates, as in the dates "8.10" and
# "8.10.2023", which must match "8/10" and "8-10".
_FOLDED_SYLLABLE = re.compile(r"\d+(?:,\d+|\.\d{3}(?!\d))+|[^\W_]+")


class _SpanTokenizer(Tokenizer):
    """Turns (text, start, end) spans of the normalised input into Whoosh tokens."""

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        raise NotImplementedError

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, (text, start, end) in enumerate(self.spans(normalize(value)), start_pos):
            token.text = text
            token.boost = 1.0
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


class PyviTokenizer(_SpanTokenizer):
    """Whoosh tokenizer yielding pyvi words with offsets into the original text.

    Module-level and stateless so Whoosh can pickle it into the schema; the pyvi
    model loads lazily on first use, not here.

    >>> [t.text for t in PyviTokenizer()("Hội nghị ngành Công Thương")]
    ['Hội_nghị', 'ngành', 'Công_Thương']
    """

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        return (span for span in segment(text) if _WORDLIKE.search(span[0]))


class SyllableTokenizer(_SpanTokenizer):
    """Whoosh tokenizer yielding syllables (and whole numbers such as "5,1") with offsets.

    >>> [t.text for t in SyllableTokenizer()("Kim ngạch 5,1 tỷ USD, 1.015 cây, ngày 8.10")]
    ['Kim', 'ngạch', '5,1', 'tỷ', 'USD', '1.015', 'cây', 'ngày', '8', '10']
    """

    def spans(self, text: str) -> Iterator[tuple[str, int, int]]:
        return ((m.group(), m.start(), m.end()) for m in _FOLDED_SYLLABLE.finditer(text))


class VocabularyTokenizer(Tokenizer):
    """Whoosh tokenizer for the vocabulary view: ``vocabulary_terms``, without positions.

    >>> [t.text for t in VocabularyTokenizer()("Sở Công Thương\x1fBến Tre")][4:]
    ['ben_tre', 'bến_tre', 'sở__công', 'công__thương', 'bến__tre']
    """

    def __call__(self, value: str, mode: str = "", **kwargs) -> Iterator[Token]:
        token = Token(mode=mode, **kwargs)
        for text in vocabulary_terms(value):
            token.text = text
            token.boost = 1.0
            yield token


class FoldFilter(Filter):
    """Strips diacritics from each token ("thương" -> "thuong")."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = fold(token.text)
            yield token


def vocabulary_analyzer() -> Tokenizer:
    return VocabularyTokenizer()


def word_analyzer() -> Tokenizer:
    """pyvi words, lower-cased: the accent-exact view.

    >>> [t.text for t in word_analyzer()("Sở Công Thương tỉnh Bến Tre")]
    ['sở', 'công_thương', 'tỉnh', 'bến_tre']
    """
    return PyviTokenizer() | LowercaseFilter()


def folded_analyzer() -> Tokenizer:
    """Syllables without diacritics: the view that unaccented queries match.

    >>> [t.text for t in folded_analyzer()("Sở Công Thương Bến Tre")]
    ['so', 'cong', 'thuong', 'ben', 'tre']
    """
    return SyllableTokenizer() | LowercaseFilter() | FoldFilter()


def pairs_analyzer() -> Tokenizer:
    """Adjacent folded syllables joined by '_': one term per neighbouring pair.

    >>> [t.text for t in pairs_analyzer()("Sở Công Thương Bến Tre")]
    ['so_cong', 'cong_thuong', 'thuong_ben', 'ben_tre']
    """
    return folded_analyzer() | BiWordFilter(sep="_")


@functools.lru_cache(maxsize=16)
def word_terms(text: str) -> tuple[str, ...]:
    """``word_analyzer``'s terms in order, without a Token per word: how the indexer
    and the query parsers read the words views (cached: the vocabulary view reads
    the same segmentation again).

    >>> word_terms("Sở Công Thương tỉnh Bến Tre")
    ('sở', 'công_thương', 'tỉnh', 'bến_tre')
    """
    return tuple(word.lower() for word, _, _ in PyviTokenizer().spans(normalize(text)))


# Joins an article's texts into the one value of its vocabulary view; each text is
# segmented on its own, as its words view segments it (and from the same cache).
TEXT_SEPARATOR = "\x1f"
# The texts whose spelt pairs are counted: the title and the summary, which the indexer
# joins first. The body's pairs would grow the whole-corpus index by 67 % (0.9 to 1.5
# GB, most of it terms seen once) and corrected 2 more of 665 misspelt queries; the
# title's and summary's grow it by 11 %.
SPELT_PAIR_TEXTS = 2


def vocabulary_terms(texts: str) -> list[str]:
    """Every pyvi word of the ``TEXT_SEPARATOR``-joined texts, lower-cased and folded,
    and each word with accents also as spelt: the words the indexer saw, whose document
    frequencies segment queries into words (the spelt ones tell "đời sống" from "đôi
    song", which fold alike) and give spelling suggestions their accents ("tỉnh");
    then the ``spelt_pairs`` of the first ``SPELT_PAIR_TEXTS``.

    >>> vocabulary_terms(TEXT_SEPARATOR.join(["Sở Công Thương", "tỉnh Bến Tre"]))[:8]
    ['so', 'sở', 'cong_thuong', 'công_thương', 'tinh', 'tỉnh', 'ben_tre', 'bến_tre']
    """
    terms, pairs = [], []
    for number, text in enumerate(texts.split(TEXT_SEPARATOR)):
        words = word_terms(text)
        for word in words:
            folded = fold(word)
            terms.append(folded)
            if folded != word:
                terms.append(word)
        if number < SPELT_PAIR_TEXTS:
            pairs += spelt_pairs(words)
    return terms + pairs


# Joins the two syllables of a spelt pair: pyvi joins a word's syllables by one "_",
# so no word is written with two.
PAIR_SEPARATOR = "__"


def spelt_pair(first: str, second: str) -> str:
    """The vocabulary key of two accented syllables side by side.

    >>> spelt_pair("tin", "nhắn")
    'tin__nhắn'
    """
    return f"{first}{PAIR_SEPARATOR}{second}"


def spelt_pairs(words: Iterable[str]) -> list[str]:
    """Neighbouring syllables of a text's words, within a word or across two, as spelt,
    where one at least is accented: their counts tell which tone a syllable typed
    without one has beside the other ("tin nhăn rác" is "nhắn", "nap nhiên liệu"
    "nạp"), where pyvi makes no word of the two. A number or a sign breaks the run.

    >>> spelt_pairs(["tin", "nhắn", "rác", ",", "5,1", "tỷ", "usd"])
    ['tin__nhắn', 'nhắn__rác', 'tỷ__usd']
    """
    syllables = [s if s.isalpha() else "" for word in words for s in word.split("_")]
    return [
        spelt_pair(first, second)
        for first, second in itertools.pairwise(syllables)
        if first and second and fold(first + second) != first + second
    ]


@functools.lru_cache(maxsize=16)
def folded_terms(text: str) -> tuple[str, ...]:
    """``folded_analyzer``'s terms in order (cached: the pairs view starts from them).

    Lower-casing and folding the syllables joined by spaces gives what doing it per
    syllable does: no syllable holds a space, and neither step makes one.

    >>> folded_terms("Sở Công Thương, 5,1 tỷ")
    ('so', 'cong', 'thuong', '5,1', 'ty')
    """
    syllables = _FOLDED_SYLLABLE.findall(normalize(text))
    return tuple(fold(" ".join(syllables).lower()).split(" ")) if syllables else ()


def pair_terms(text: str) -> list[str]:
    """``pairs_analyzer``'s terms in order; like Whoosh's BiWordFilter, a lone
    syllable stands for itself.

    >>> pair_terms("Sở Công Thương")
    ['so_cong', 'cong_thuong']
    """
    syllables = folded_terms(text)
    if len(syllables) == 1:
        return list(syllables)
    return [f"{a}_{b}" for a, b in zip(syllables, syllables[1:], strict=False)]


def query_syllables(text: str) -> list[str]:
    """Tone-unified, lower-cased syllables of a query, diacritics kept."""
    return [m.group().lower() for m in _FOLDED_SYLLABLE.finditer(normalize(text))]


def syllable_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(lower-cased tone-unified syllable, start, end) for highlighting stored text."""
    for match in _FOLDED_SYLLABLE.finditer(normalize(text)):
        yield match.group().lower(), match.start(), match.end()


_DOCUMENT_NUMBER = re.compile(
    r"\b\d{1,6}(?:/\d{4})?/[A-ZĐ][A-ZĐa-zđ]*(?:-[A-ZĐ0-9][A-ZĐa-zđ0-9]*)+"
)


def document_numbers(text: str) -> list[str]:
    """Official document numbers, whole, in the keyword form both sides use.

    Segmentation splits "28/2017/QĐ-UBND" into pieces; this keeps it findable exactly.

    >>> document_numbers("theo Quyết định số 28/2017/QĐ-UBND và 15/2024/NĐ-CP")
    ['28/2017/qd-ubnd', '15/2024/nd-cp']
    """
    found = (fold(m.group()).lower() for m in _DOCUMENT_NUMBER.finditer(text))
    return list(dict.fromkeys(found))

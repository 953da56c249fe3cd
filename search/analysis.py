"""The one Vietnamese analyzer, shared by indexing and querying.

Two views of every text field are indexed:

* words: pyvi segmentation of the tone-unified, original-case text, lower-cased
  ("Sở Công Thương" -> ``sở``, ``công_thương``);
* folded syllables: every syllable lower-cased with its diacritics removed
  ("Sở Công Thương" -> ``so``, ``cong``, ``thuong``), because pyvi cannot segment
  text typed without accents and users often type that way.

All normalisation is length-preserving on NFC text, so token offsets point into
the stored original text and highlighting can mark the user's words there.
"""

from __future__ import annotations

import functools
import importlib.resources
import itertools
import pickle
import re
import string
import threading
import unicodedata
from collections.abc import Iterator

import pycrfsuite
from whoosh.analysis import BiWordFilter, LowercaseFilter, Token, Tokenizer
from whoosh.analysis.filters import Filter

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
VOWELS = "aăâeêioôơuưy"
MODIFIED_VOWELS = "ăâêôơư"


def _toned_vowel_tables() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    """Map each precomposed toned vowel to (untoned vowel, tone mark) and back."""
    split: dict[str, tuple[str, str]] = {}
    join: dict[tuple[str, str], str] = {}
    for vowel in VOWELS + VOWELS.upper():
        for mark in TONE_MARKS:
            toned = unicodedata.normalize("NFC", vowel + mark)
            if len(toned) == 1:
                split[toned] = (vowel, mark)
                join[(vowel, mark)] = toned
    return split, join


_SPLIT_TONE, _JOIN_TONE = _toned_vowel_tables()


def _vowel_cluster(lower: str) -> list[int]:
    """Indices of the syllable's vowel nucleus; 'qu' and 'gi' count as consonants."""
    start = 0
    if lower.startswith("qu") or (lower.startswith("gi") and len(lower) > 2):
        start = 2
    while start < len(lower) and lower[start] not in VOWELS:
        start += 1
    end = start
    while end < len(lower) and lower[end] in VOWELS:
        end += 1
    if start == end and lower.startswith("gi"):
        return [1]
    return list(range(start, end))


def _tone_position(lower: str) -> int | None:
    """Where the traditional orthography puts the tone ("hòa", "thụy", "người")."""
    cluster = _vowel_cluster(lower)
    if not cluster:
        return None
    modified = [i for i in cluster if lower[i] in MODIFIED_VOWELS]
    if modified:
        return modified[-1]
    if cluster[-1] + 1 < len(lower) or len(cluster) == 1:
        return cluster[-1]
    return cluster[0] if len(cluster) == 2 else cluster[1]


_TONED_VOWELS = "".join(_SPLIT_TONE)
_ALL_VOWELS = VOWELS + VOWELS.upper() + _TONED_VOWELS
# Only a word with a toned vowel next to another vowel can have its tone misplaced
# ("hoà", "thuỵ"); other words are left alone, which is faster and keeps glued words
# such as "Đơnvị" from being rewritten.
_MISPLACEABLE = re.compile(
    rf"[^\W\d_]*(?:[{_TONED_VOWELS}][{_ALL_VOWELS}]|[{_ALL_VOWELS}][{_TONED_VOWELS}])[^\W\d_]*"
)


@functools.lru_cache(maxsize=65536)
def _unify_word(word: str) -> str:
    """One word with its tone moved to the canonical vowel (news reuses few words: cached)."""
    toned = [i for i, ch in enumerate(word) if ch in _SPLIT_TONE]
    if len(toned) != 1:
        return word
    current = toned[0]
    vowel, mark = _SPLIT_TONE[word[current]]
    bare = word[:current] + vowel + word[current + 1 :]
    target = _tone_position(bare.lower())
    if target is None or target == current or (bare[target], mark) not in _JOIN_TONE:
        return word
    return bare[:target] + _JOIN_TONE[(bare[target], mark)] + bare[target + 1 :]


def unify_tones(text: str) -> str:
    """Put every tone mark where the traditional orthography does, length-preserving.

    >>> unify_tones("Khánh Hoà, thuỵ sĩ")
    'Khánh Hòa, thụy sĩ'
    """
    return _MISPLACEABLE.sub(lambda m: _unify_word(m.group()), text)


_MARKED_LETTERS = {"a": "aăâ", "d": "dđ", "e": "eê", "o": "oôơ", "u": "uư"}


@functools.lru_cache(maxsize=4096)
def accent_variants(bare: str) -> tuple[str, ...]:
    """What a syllable typed without accents may mean: itself, and every Vietnamese
    syllable (of pyvi's dictionary, tone placed as ``unify_tones`` places it) that
    folds to it.

    >>> accent_variants("tai")
    ('tai', 'tài', 'tái', 'tãi', 'tải', 'tại')
    >>> accent_variants("a" * 480) == ("a" * 480,)  # a hostile query's "syllable"
    True
    """
    if bare not in folded_syllables():  # also bounds the product below, exponential in
        return (bare,)  # the letters: no Vietnamese syllable is longer than a dozen
    known = _Pyvi.syllables()
    variants = [bare]
    for letters in itertools.product(*(_MARKED_LETTERS.get(ch, ch) for ch in bare)):
        base = "".join(letters)
        position = _tone_position(base)
        toned = (
            [
                base[:position] + _JOIN_TONE[(base[position], mark)] + base[position + 1 :]
                for mark in TONE_MARKS
            ]
            if position is not None
            else []
        )
        variants.extend(v for v in [base, *toned] if v != bare and v in known)
    return tuple(variants)


def known_syllables() -> frozenset[str]:
    """Every Vietnamese syllable pyvi's dictionary knows, lower case, tones unified."""
    return _Pyvi.syllables()


@functools.cache
def folded_syllables() -> frozenset[str]:
    """The same syllables without diacritics."""
    return frozenset(fold(syllable) for syllable in known_syllables())


def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Remove Vietnamese diacritics, length-preserving on NFC text.

    >>> fold("Sở Công Thương Đồng Nai")
    'So Cong Thuong Dong Nai'
    """
    return text.translate(_FOLD)


@functools.lru_cache(maxsize=16)
def normalize(text: str) -> str:
    """NFC plus unified tone placement: the form every analysis step starts from.

    Cached for the few texts in flight: indexing analyses each text once per view.
    """
    return unify_tones(unicodedata.normalize("NFC", text))


PYVI_MODELS = importlib.resources.files("pyvi") / "models"


class _PickledState:
    """Stands in for the ``sklearn_crfsuite`` classes in pyvi's model pickle."""

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)


class _ModelUnpickler(pickle.Unpickler):
    """Reads pyvi's pickled CRF without importing scikit-learn (a second of start-up
    spent on nothing we use): the pickle's only payload is the CRFsuite model file."""

    def find_class(self, module: str, name: str):
        if module.split(".")[0] == "sklearn_crfsuite":
            return _PickledState
        return super().find_class(module, name)


class _Pyvi:
    """pyvi's CRF model and dictionaries, loaded on first use, once per process.

    The same files ``pyvi.ViTokenizer`` loads at import, read the way it reads them.
    """

    _lock = threading.Lock()
    _loaded: tuple | None = None
    _model: bytes = b""  # the tagger reads this buffer in place: it must outlive it

    @classmethod
    def get(cls) -> tuple:
        if cls._loaded is None:
            with cls._lock:
                if cls._loaded is None:
                    cls._loaded = (cls._tagger(), *cls._dictionaries())
        return cls._loaded

    @classmethod
    def _tagger(cls) -> pycrfsuite.Tagger:
        with (PYVI_MODELS / "pyvi3.pkl").open("rb") as handle:
            crf = _ModelUnpickler(handle).load()
        cls._model = crf.modelfile.__dict__["__FILE_RESOURCE_DATA__"]
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(cls._model)
        return tagger

    @staticmethod
    def _dictionaries() -> tuple[set[str], set[str]]:
        """pyvi's two- and three-syllable words."""
        entries = _Pyvi._entries()
        return (
            {e for e in entries if len(e.split(" ")) == 2},
            {e for e in entries if len(e.split(" ")) == 3},
        )

    @staticmethod
    def _entries() -> list[str]:
        return (PYVI_MODELS / "words.txt").read_bytes().decode("utf-8").split("\n")

    @staticmethod
    @functools.cache
    def syllables() -> frozenset[str]:
        """Every syllable of pyvi's dictionary, lower case, tones unified."""
        words = unify_tones(unicodedata.normalize("NFC", " ".join(_Pyvi._entries()).lower()))
        return frozenset(words.split())


# pyvi's own syllable pattern (ViTokenizer.sylabelize), kept verbatim so the CRF
# sees exactly the sequence stock pyvi gives it; finditer adds the offsets.
_SYLLABLE_PATTERN = re.compile(
    "("
    + "|".join(
        [
            r"[A-ZĐ]+\.",
            r"Tp\.",
            r"Mr\.",
            r"Mrs\.",
            r"Ms\.",
            r"Dr\.",
            r"ThS\.",
            r"==>",
            r"->",
            r"\.\.\.",
            r">>",
            "\n",
            r"\w+://[^\s]+",
            r"([a-zA-Z0-9_.+-]+@([a-zA-Z0-9-]+\.)+[a-zA-Z0-9-]+)",
            r"\d+([\.,_]\d+)+",
            r"[^\w\s]",
            r"\w+",
        ]
    )
    + ")",
    re.UNICODE,
)


def _attributes(sylls: list[str], bi_grams: set[str], tri_grams: set[str]) -> list[list[str]]:
    """pyvi's word2features for a sentence, as the CRF attributes they amount to.

    pyvi passes one dict per syllable; python-crfsuite turns ``{key: text}`` into the
    attribute ``key:text`` weighted 1 and ``{key: flag}`` into ``key`` weighted 1 or
    0. An attribute weighted 0 adds exactly nothing to a CRF score, so listing only
    the true flags tags identically (``bench.indexing --check-identity`` compares
    the whole corpus with stock pyvi) in a third less time.

    >>> _attributes(["Bến", "tre"], {"bến tre"}, set())[1]
    ['bias', 'word.lower():tre', '-1:word.lower():bến', '-1:word.istitle()', '-1:word.bi_gram()']
    """
    n = len(sylls)
    lower = [s.lower() for s in sylls]
    own = ["word.lower():" + w for w in lower]
    before = ["-1:word.lower():" + w for w in lower]
    after = ["+1:word.lower():" + w for w in lower]
    title = [s.istitle() for s in sylls]
    upper = [s.isupper() for s in sylls]
    bigram = [f"{lower[i]} {lower[i + 1]}" in bi_grams for i in range(n - 1)]
    trigram = [f"{lower[i]} {lower[i + 1]} {lower[i + 2]}" in tri_grams for i in range(n - 2)]
    items = []
    for i in range(n):
        item = ["bias", own[i]]
        if upper[i]:
            item.append("word.isupper()")
        if title[i]:
            item.append("word.istitle()")
        if sylls[i].isdigit():
            item.append("word.isdigit()")
        if i > 0:
            item.append(before[i - 1])
            if title[i - 1]:
                item.append("-1:word.istitle()")
            if upper[i - 1]:
                item.append("-1:word.isupper()")
            if bigram[i - 1]:
                item.append("-1:word.bi_gram()")
            if i > 1 and trigram[i - 2]:
                item.append("-2:word.tri_gram()")
        if i < n - 1:
            item.append(after[i + 1])
            if title[i + 1]:
                item.append("+1:word.istitle()")
            if upper[i + 1]:
                item.append("+1:word.isupper()")
            if bigram[i]:
                item.append("+1:word.bi_gram()")
            if i < n - 2 and trigram[i]:
                item.append("+2:word.tri_gram()")
        items.append(item)
    return items


def _joins(prev: str, cur: str, label: str) -> bool:
    """pyvi's rule for gluing a syllable to the previous one (ViTokenizer.tokenize)."""
    return (
        label == "I_W"
        and cur not in string.punctuation
        and prev not in string.punctuation
        and not cur[0].isdigit()
        and not prev[0].isdigit()
        and not (cur[0].istitle() and not prev[0].istitle())
    )


def preload() -> None:
    """Load pyvi now, e.g. before forking workers that then share it."""
    _Pyvi.get()


def preload_query_data() -> None:
    """Load what reading queries needs (pyvi, its syllables) before the first query."""
    _Pyvi.get()
    _Pyvi.syllables()


def segment(text: str) -> list[tuple[str, int, int]]:
    """Segment NFC text into pyvi words as (word, start, end), words joined by '_'.

    The segmentation is identical to ``ViTokenizer.tokenize``; unlike it, every
    word keeps its character offsets in ``text``.

    >>> [w for w, _, _ in segment("Sở Công Thương tỉnh Bến Tre")]
    ['Sở', 'Công_Thương', 'tỉnh', 'Bến_Tre']
    """
    spans = [m.span(1) for m in _SYLLABLE_PATTERN.finditer(text)]
    if not spans:
        return []
    tagger, bi_grams, tri_grams = _Pyvi.get()
    sylls = [text[s:e] for s, e in spans]
    labels = tagger.tag(_attributes(sylls, bi_grams, tri_grams))
    words: list[tuple[str, int, int]] = []
    for i, (start, end) in enumerate(spans):
        if i and _joins(sylls[i - 1], sylls[i], labels[i]):
            word, first, _ = words[-1]
            words[-1] = (f"{word}_{sylls[i]}", first, end)
        else:
            words.append((sylls[i], start, end))
    return words


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

    >>> [t.text for t in VocabularyTokenizer()("Sở Công Thương\x1fBến Tre")]
    ['so', 'sở', 'cong_thuong', 'công_thương', 'ben_tre', 'bến_tre']
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


def vocabulary_terms(texts: str) -> list[str]:
    """Every pyvi word of the ``TEXT_SEPARATOR``-joined texts, lower-cased and folded,
    and each word with accents also as spelt: the words the indexer saw, whose document
    frequencies segment queries into words (the spelt ones tell "đời sống" from "đôi
    song", which fold alike) and give spelling suggestions their accents ("tỉnh").

    >>> vocabulary_terms(TEXT_SEPARATOR.join(["Sở Công Thương", "tỉnh Bến Tre"]))
    ['so', 'sở', 'cong_thuong', 'công_thương', 'tinh', 'tỉnh', 'ben_tre', 'bến_tre']
    """
    terms = []
    for text in texts.split(TEXT_SEPARATOR):
        for word in word_terms(text):
            folded = fold(word)
            terms.append(folded)
            if folded != word:
                terms.append(word)
    return terms


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

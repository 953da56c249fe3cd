"""pyvi's word segmentation, with character offsets.

The segmentation is stock pyvi's (``ViTokenizer.tokenize``): the same CRF model,
dictionaries and features, handed to CRFsuite directly, so it takes half the time and
every word keeps its offsets in the text (highlighting marks the user's words in the
stored original). The model is loaded on first use, once per process.
"""

from __future__ import annotations

import importlib.resources
import pickle
import re
import string
import threading

import pycrfsuite

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


def dictionary_words() -> list[str]:
    """pyvi's dictionary entries as written (syllables separated by spaces)."""
    return _Pyvi._entries()

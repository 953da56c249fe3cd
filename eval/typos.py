"""Spelling correction on misspelt real queries: does the suggestion give back what the
user meant, with the right accents?

    python -m eval.typos --draw              # (re)write eval/data/typo_queries.jsonl
    python -m eval.typos --index DIR [--split dev|test] [--fresh SEED]

The set is drawn (seeded) from the hand-written queries of the other evaluations
(``RANKING_QUERIES.md``, ``MATCHING_QUERIES.md``): each misspelt once in
one syllable of at least three letters, by one of ``KINDS`` (a letter dropped,
doubled, swapped with the next, struck for a keyboard neighbour; a tone left out or
wrong), typed with accents or, for letter typos, half the time without any. Queries are
split by the query they come from: ``dev`` to look at, ``test`` only to report.
``--fresh SEED`` misspells the same queries anew (another syllable, another slip): rules
fitted to the stored dev typos score lower there, as on the test split.

A query is corrected when what the engine searches for (its suggestion, else the query
as typed) has every letter of the intended query, and its accents are the intended ones:
all of them when the user typed accents, those it shows when the user typed none. The
same engine's suggestions on the intended queries themselves are counted too: a
suggestion there is a false alarm; and so is one changing letters of an intended query
typed without accents, as phone users type.

    python -m eval.typos --index DIR --titles CORPUS

counts false alarms on longer queries written right: the titles of every
``TITLE_STRIDE``-th article of the corpus, searched as queries (up to
``MAX_QUERY_CHARS``) as written and typed without accents, and lists those given a
suggestion.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from eval.typings import fold

DATA = Path(__file__).parent / "data"
TYPOS = DATA / "typo_queries.jsonl"
# Queries people wrote (not the known-item queries cut from titles).
SOURCES = ("ranking_queries.jsonl", "matching_queries.jsonl")
KINDS = ("dropped", "doubled", "swapped", "neighbour", "tone_left_out", "wrong_tone")
PER_KIND = 33
SEED = 20
TITLE_STRIDE = 20
# QWERTY neighbours, as a thumb slips on a phone keyboard.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SYLLABLE = re.compile(r"[^\W\d_]+")


def _neighbours(letter: str) -> str:
    for row in _ROWS:
        at = row.find(letter)
        if at >= 0:
            return row[max(0, at - 1) : at] + row[at + 1 : at + 2]
    return ""


def _tone_of(syllable: str) -> str:
    return next((m for m in unicodedata.normalize("NFD", syllable) if m in _TONES), "")


def _with_tone(syllable: str, tone: str) -> str:
    """The syllable with its tone mark replaced (on the same vowel) or removed."""
    marks = unicodedata.normalize("NFD", syllable)
    old = _tone_of(syllable)
    if old:
        marks = marks.replace(old, tone)
    return unicodedata.normalize("NFC", marks)


def misspell(text: str, kind: str, rng: random.Random) -> str | None:
    """``text`` with one syllable misspelt by ``kind``; None when it has no syllable for it.

    >>> misspell("Tiền Giang", "dropped", random.Random(0))
    'Tiền Giag'
    """
    spans = [m for m in _SYLLABLE.finditer(text) if len(fold(m.group())) >= 3]
    if kind in ("tone_left_out", "wrong_tone"):
        spans = [m for m in spans if _tone_of(m.group())]
    if not spans:
        return None
    match = rng.choice(spans)
    word = match.group()
    if kind == "tone_left_out":
        changed = _with_tone(word, "")
    elif kind == "wrong_tone":
        changed = _with_tone(word, rng.choice(sorted(_TONES - {_tone_of(word)})))
    else:
        changed = _letter_typo(word, kind, rng)
    if changed is None or changed == word:
        return None
    return text[: match.start()] + changed + text[match.end() :]


def _letter_typo(word: str, kind: str, rng: random.Random) -> str | None:
    at = rng.randrange(len(word) - 1) if kind == "swapped" else rng.randrange(len(word))
    if kind == "dropped":
        return word[:at] + word[at + 1 :]
    if kind == "doubled":
        return word[: at + 1] + word[at] + word[at + 1 :]
    if kind == "swapped":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    near = _neighbours(fold(word[at]))
    return word[:at] + rng.choice(near) + word[at + 1 :] if near else None


def _source_queries() -> list[tuple[str, str]]:
    """(id, query as written) of every source, each query once."""
    seen: dict[str, str] = {}
    for name in SOURCES:
        for line in (DATA / name).read_text("utf-8").splitlines():
            record = json.loads(line)
            text = record.get("written") or record.get("query")
            if text and '"' not in text and " -" not in text and " OR " not in text:
                seen.setdefault(text, f"{name.split('_')[0]}:{record['id']}")
    return [(source, text) for text, source in seen.items()]


def _split(text: str) -> str:
    return "dev" if hashlib.sha256(text.encode()).digest()[0] % 2 == 0 else "test"


def draw(seed: int = SEED) -> list[dict]:
    """The typo set: every source query misspelt once, ``PER_KIND`` of each kind."""
    rng = random.Random(seed)
    queries = _source_queries()
    rng.shuffle(queries)
    rows: list[dict] = []
    used: set[str] = set()  # each query misspelt once
    for kind in KINDS:
        drawn = 0
        for source, text in queries:
            if drawn == PER_KIND:
                break
            if text in used:
                continue
            unaccented = kind not in ("tone_left_out", "wrong_tone") and rng.random() < 0.5
            typed = misspell(fold(text) if unaccented else text, kind, rng)
            if typed is None:
                continue
            used.add(text)
            rows.append(
                {
                    "typed": typed,
                    "intended": text,
                    "kind": kind,
                    "accents": not unaccented,
                    "source": source,
                    "split": _split(text),
                }
            )
            drawn += 1
    return rows


def _syllables(text: str) -> list[str]:
    from search.analysis import query_syllables

    return query_syllables(text)


def corrected(shown: str, intended: str, accents: bool) -> bool:
    """Whether ``shown`` is ``intended``: every letter, and the accents (all of them when
    the user typed accents; those ``shown`` carries when not).

    >>> corrected("Tiền Giang", "Tiền Giang", True), corrected("tien giang", "Tiền Giang", False)
    (True, True)
    >>> corrected("tien giang", "Tiền Giang", True), corrected("tiên giang", "Tiền Giang", False)
    (False, False)
    """
    got, want = _syllables(shown), _syllables(intended)
    if [fold(s) for s in got] != [fold(s) for s in want]:
        return False
    if accents:
        return got == want
    return all(g == w for g, w in zip(got, want, strict=True) if fold(g) != g)


def evaluate(index: Path, split: str, fresh: int | None = None) -> dict:
    """Scores on the split of the stored set, or of a set drawn anew with seed ``fresh``
    (the same queries misspelt elsewhere: rules fitted to the stored typos show here)."""
    from search import SearchEngine, SearchRequest

    drawn = (
        draw(fresh) if fresh is not None else map(json.loads, TYPOS.read_text("utf-8").splitlines())
    )
    rows = [r for r in drawn if r["split"] == split]
    right, by_kind, alarms, bare_alarms = 0, Counter(), 0, 0
    totals = Counter(r["kind"] for r in rows)
    with SearchEngine(index) as engine:
        for row in rows:
            answer = engine.search(SearchRequest(row["typed"], per_page=1))
            if corrected(answer["suggestion"] or row["typed"], row["intended"], row["accents"]):
                right += 1
                by_kind[row["kind"]] += 1
        intended = sorted({r["intended"] for r in rows})
        for text in intended:
            alarms += engine.search(SearchRequest(text, per_page=1))["suggestion"] is not None
            bare = engine.search(SearchRequest(fold(text), per_page=1))["suggestion"]
            bare_alarms += bare is not None and fold(bare).lower() != fold(text).lower()
    return {
        "split": split,
        "queries": len(rows),
        "accuracy": right / len(rows),
        "by_kind": {kind: by_kind[kind] / totals[kind] for kind in KINDS if totals[kind]},
        "intended": len(intended),
        "false_alarms": alarms / len(intended),
        "bare_false_alarms": bare_alarms / len(intended),
    }


def suggested_on_titles(index: Path, corpus: Path) -> tuple[int, list[tuple[str, str]]]:
    """(titles searched, [(title, suggestion)] for those given one): each title as
    written, and typed without accents (as phone users type; a suggestion there changes
    letters, since accents alone are never suggested for a bare query)."""
    from eval.baselines import iter_docs
    from search import SearchEngine, SearchRequest
    from search.query import MAX_QUERY_CHARS

    titles = [title for _, title, _ in itertools.islice(iter_docs(corpus), 0, None, TITLE_STRIDE)]
    titles = [title[:MAX_QUERY_CHARS] for title in titles if title.strip()]
    suggested = []
    with SearchEngine(index) as engine:
        for title in [*titles, *(fold(title) for title in titles)]:
            suggestion = engine.search(SearchRequest(title, per_page=1))["suggestion"]
            if suggestion:
                suggested.append((title, suggestion))
    return len(titles), suggested


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--draw", action="store_true", help="write the typo set anew")
    parser.add_argument("--index", type=Path, help="index of the whole corpus")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--titles", type=Path, help="corpus whose titles to search as queries")
    parser.add_argument("--fresh", type=int, metavar="SEED", help="misspell the queries anew")
    args = parser.parse_args(argv)
    if args.draw:
        rows = draw()
        TYPOS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        print(f"{len(rows)} misspelt queries in {TYPOS}: {dict(Counter(r['split'] for r in rows))}")
        return
    if args.index is None:
        parser.error("--index DIR (or --draw)")
    if args.titles:
        searched, suggested = suggested_on_titles(args.index, args.titles)
        bare = sum(fold(title) == title for title, _ in suggested)
        print(
            f"{len(suggested) - bare} of {searched} titles given a suggestion; "
            f"{bare} of {searched} typed without accents"
        )
        for title, suggestion in suggested:
            print(f"  {title!r} -> {suggestion!r}")
        return
    report = evaluate(args.index, args.split, args.fresh)
    drawn = f" (drawn anew, seed {args.fresh})" if args.fresh is not None else ""
    print(
        f"{report['split']}{drawn}: {report['queries']} misspelt queries, corrected "
        f"{report['accuracy']:.3f}; suggestions on {report['intended']} intended queries: "
        f"{report['false_alarms']:.3f}, typed without accents (other letters suggested): "
        f"{report['bare_false_alarms']:.3f}"
    )
    for kind, share in report["by_kind"].items():
        print(f"  {kind:14} {share:.3f}")


if __name__ == "__main__":
    main()

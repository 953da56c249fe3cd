"""Answer cards on random questions: the wrong cards the written questions cannot show.

    python -m eval.card_audit --index DIR --seed 13 [--questions 500] [--judged FILE]

Draws (seeded) questions a journalist might type about any province: a catalogue
indicator said one of the ways the query reader knows, a province, and a year in 60 %
of them (visitors from abroad, a measure the reader learnt after seeds 13 and 14 were
judged, are not asked: the judged draws stay the same). Most have no figure in the
corpus, and a card then shows whatever figure the province's articles hold: a
district's, a firm's, one day's. Prints one JSON line per
question that gets a card (question, value, unit, kind, period, year, sentence,
article), to be judged against its article; with ``--judged``, a file of such lines
with a ``verdict`` ("right" or "wrong"), it prints instead how many cards are right,
wrong, or not judged yet (a card judged once keeps its verdict while it is shown).

``data/card_audit_judged.jsonl`` holds the cards of seeds 13 and 14 (500 questions
each) shown by the code of 2026-12-03 or 2026-12-04, and of seeds 15 to 18 shown by the
code of 2026-12-04 (judged by helpers), and of seeds 19 and 20, with the cards of
seeds 13 to 18 not judged before, shown by the code of the second session of
2026-12-04 (judged by helpers), and of seeds 21 and 22 shown by the code of the third
session of 2026-12-04 (judged by helpers), and of seeds 23 and 24 shown by that session's
final code, judged from their articles.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).parent / "data"
JUDGED = DATA / "card_audit_judged.jsonl"
YEARS = (None, None, 2015, 2016, 2017, 2018, 2019, 2020)  # 60 % ask a year
_CARD_KEYS = ("value", "unit", "kind", "period", "year", "text")


def questions(seed: int, count: int) -> Iterator[str]:
    """Random questions, the same for a seed.

    >>> list(questions(1, 2)) == list(questions(1, 2))
    True
    """
    from search.answers import FROM_ABROAD
    from search.gazetteer import gazetteer
    from search.understand import indicator_phrases

    rng = random.Random(seed)
    phrases = [
        " ".join(key)
        for key, (ind, unit) in indicator_phrases().items()
        if ind != "-" and unit != FROM_ABROAD
    ]
    provinces = sorted(set(gazetteer().names.values()))
    for _ in range(count):
        phrase, province = rng.choice(phrases), rng.choice(provinces)
        year = rng.choice(YEARS)
        yield f"{phrase} {province}" + (f" {year}" if year else "")


def cards(index: Path, seed: int, count: int) -> Iterator[dict]:
    """The card of each question that gets one, as a line to judge."""
    from search import SearchEngine
    from search.answers import answer_for
    from search.understand import understand

    with SearchEngine(index) as engine:
        for query in questions(seed, count):
            card = answer_for(understand(query), engine.indicator_values)
            if card:
                shown = {key: card[key] for key in _CARD_KEYS}
                yield {"query": query, **shown, "article": card["source"]["id"]}


def key(line: dict) -> tuple:
    return (line["query"], line["article"], *(line[k] for k in _CARD_KEYS))


def tally(shown: list[dict], judged: list[dict]) -> Counter:
    """Right, wrong and not yet judged among the cards shown.

    >>> card = {"query": "q", "article": "a", **dict.fromkeys(_CARD_KEYS)}
    >>> tally([card, {**card, "value": 2}], [{**card, "verdict": "wrong"}])
    Counter({'wrong': 1, 'not judged': 1})
    """
    verdicts = {key(line): line["verdict"] for line in judged}
    return Counter(verdicts.get(key(card), "not judged") for card in shown)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True, help="index of the whole corpus")
    parser.add_argument("--seed", type=int, nargs="+", required=True)
    parser.add_argument("--questions", type=int, default=500, help="questions per seed")
    parser.add_argument("--judged", type=Path, help="judged cards (e.g. " + str(JUDGED) + ")")
    args = parser.parse_args(argv)
    shown = [card for seed in args.seed for card in cards(args.index, seed, args.questions)]
    if args.judged is None:
        for card in shown:
            print(json.dumps(card, ensure_ascii=False))
        return
    judged = [json.loads(line) for line in args.judged.read_text("utf-8").splitlines() if line]
    counts = tally(shown, judged)
    asked = args.questions * len(args.seed)
    print(
        f"{asked} questions, {len(shown)} cards: "
        + ", ".join(f"{what} {counts[what]}" for what in ("right", "wrong", "not judged"))
    )


if __name__ == "__main__":
    main()

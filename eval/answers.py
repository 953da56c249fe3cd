"""Answer cards on questions typed as journalists type them, and on other queries.

    python -m eval.answers --index DIR --split dev|test

``data/answer_questions.jsonl``: indicator questions ("xuat khau binh duong 2019"), each
annotated from the corpus with every figure that answers it (value, unit, period, kind,
article); ``data/answer_other_queries.jsonl``: queries that ask no figure, a third of
them naming an indicator-like word and a province ("xuất khẩu lao động Nghệ An"). Both
are split by indicator and province (questions) or query (others): ``dev`` to look at,
``test`` only to report. A card is right when its figure is one of the annotated ones:
its value within 1 % after normalisation, the same canonical unit, period (a figure
with no period named is the year's) and kind. The time a card adds is that of reading
what the query asks and building the card (``search.answers.answer_for``, what
``search()`` calls), over every query of the split.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from search.indicators import normalised

DATA = Path(__file__).parent / "data"
QUESTIONS = DATA / "answer_questions.jsonl"
OTHERS = DATA / "answer_other_queries.jsonl"
SAME_VALUE = 0.01
# The annotators' word for a kind where the API has another.
_KINDS = {"plan": "target"}


def _rows(path: Path, split: str) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [row for row in rows if row["split"] == split]


def right(card: dict, question: dict) -> bool:
    """Whether the card's figure is one the annotators found for the question.

    >>> gold = {"indicator": "exports", "answers": [
    ...     {"value": 1.2, "unit": "tỷ USD", "period": "năm", "kind": "actual"}]}
    >>> card = {"value_normalised": 1200.0, "unit_normalised": "triệu USD",
    ...         "period": "năm", "kind": "actual"}
    >>> right(card, gold), right({**card, "kind": "estimate"}, gold)
    (True, False)
    """
    return any(_same(card, question["indicator"], answer) for answer in question["answers"])


def _same(card: dict, indicator: str, answer: dict) -> bool:
    value, unit = normalised(indicator, answer["value"], answer["unit"])
    if value is None or unit != card["unit_normalised"]:
        return False
    close = abs(card["value_normalised"] - value) <= SAME_VALUE * max(abs(value), 1e-9)
    period = (answer.get("period") or "năm") == (card["period"] or "năm")
    return close and period and _KINDS.get(answer["kind"], answer["kind"]) == card["kind"]


def evaluate(index: Path, split: str, questions_path: Path = QUESTIONS) -> dict:
    from search import SearchEngine
    from search.answers import answer_for
    from search.understand import understand

    questions, others = _rows(questions_path, split), _rows(OTHERS, split)
    outcome = {"right": [], "wrong": [], "none": []}
    shown_on_others, card_ms = [], []
    with SearchEngine(index) as engine:

        def card(query: str) -> dict | None:
            started = time.perf_counter()
            answer = answer_for(understand(query), engine.indicator_values)
            card_ms.append(1000 * (time.perf_counter() - started))
            return answer

        for question in questions:
            answer = card(question["query"])
            kind = "none" if answer is None else "right" if right(answer, question) else "wrong"
            outcome[kind].append((question, answer))
        for other in others:
            if card(other["query"]) is not None:
                shown_on_others.append(other["query"])
    card_ms.sort()
    return {
        "split": split,
        "questions": len(questions),
        "outcome": outcome,
        "others": len(others),
        "shown_on_others": shown_on_others,
        "card_p95_ms": card_ms[int(0.95 * (len(card_ms) - 1))] if card_ms else 0.0,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True, help="index of the whole corpus")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument(
        "--questions",
        type=Path,
        default=QUESTIONS,
        help="another file of questions (a new batch, scored before its errors are read)",
    )
    parser.add_argument("--misses", action="store_true", help="list wrong and missing cards")
    args = parser.parse_args(argv)
    report = evaluate(args.index, args.split, args.questions)
    count = max(report["questions"], 1)
    print(f"{report['split']}: {report['questions']} indicator questions")
    for kind, label in (
        ("right", "answered correctly"),
        ("wrong", "wrong card"),
        ("none", "no card"),
    ):
        found = len(report["outcome"][kind])
        print(f"  {label:20} {found:4}  {found / count:.3f}")
    shown = len(report["shown_on_others"])
    print(
        f"{report['others']} other queries: a card on {shown} "
        f"({shown / max(report['others'], 1):.3f})"
    )
    print(f"time a card adds, p95 over every query: {report['card_p95_ms']:.1f} ms")
    if args.misses:
        for kind in ("wrong", "none"):
            for question, answer in report["outcome"][kind]:
                got = answer and (answer["value"], answer["unit"], answer["period"], answer["kind"])
                print(f"{kind}: {question['query']!r} got {got}")
        for query in report["shown_on_others"]:
            print(f"card on other query: {query!r}")


if __name__ == "__main__":
    main()

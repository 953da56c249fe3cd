"""Generate known-item queries: a few words a reader would remember of one article.

For each article drawn at random from the corpus, its pyvi words (title, lead and the
first paragraphs, where a reader's memory of an article comes from) are weighted by
how often the article uses them against how many articles do (tf-idf from the
index's ``vocabulary`` view), with names (capitalised words) and title words counted
up; 3 to 5 of the top ones are drawn, and more are added while over ``MAX_SET``
articles hold them all (the truth of ``eval.matching``: each word's syllables
adjacent). The query keeps the words in the order the article first uses them, as
written there; the other typings come from ``eval.typings``. Each article falls in
``dev`` or ``test`` by a hash of its id.

Usage::

    python -m eval.known_items --index DIR [--corpus PATH] [--count 1000] [--seed 17]
                               [--out eval/data/known_item_queries.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
from pathlib import Path

from eval.baselines import DEFAULT_CORPUS
from eval.matching import corpus_fields, records, relevant
from eval.typings import TYPINGS, fold, typed

OUT = Path(__file__).parent / "data" / "known_item_queries.jsonl"
LEAD_PARAGRAPHS = 3
MIN_BODY_CHARS = 400
COMMON = 0.05  # a word in more than this share of the articles is no one's memory of one
TOP_WORDS = 12
MAX_SET = 10  # articles holding all the query's words
MAX_WORDS = 6
NAME_WEIGHT = 1.5
TITLE_WEIGHT = 1.5
_WORDLIKE = re.compile(r"[^\W_]")


def split_of(doc_id: str) -> str:
    """``dev`` or ``test``, half each, fixed by the id."""
    return "dev" if hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0 else "test"


def _candidates(record: dict, frequencies, doc_count: int) -> list[tuple[float, int, str]]:
    """(weight, first position, word as written) of the article's memorable words."""
    from search.segmentation import segment

    lead = "\n".join((record["body"] or "").split("\n")[:LEAD_PARAGRAPHS])
    parts = [(record.get("title") or "", TITLE_WEIGHT), (record.get("summary") or "", 1.0)]
    parts.append((lead, 1.0))
    seen: dict[str, list] = {}
    position = 0
    for text, boost in parts:
        for word, _, _ in segment(text):
            position += 1
            written = word.replace("_", " ").strip(".,;:")
            if len(_WORDLIKE.findall(written)) < 2:  # punctuation, "L.", a lone digit
                continue
            key = fold(written)
            entry = seen.setdefault(key, [0.0, position, written, boost])
            entry[0] += 1
            entry[3] = max(entry[3], boost)
    words = []
    for key, (tf, first, written, boost) in seen.items():
        df = frequencies(key.replace(" ", "_"))
        if df == 0 or df > COMMON * doc_count:
            continue
        weight = tf * math.log(doc_count / df) * boost
        if written[:1].isupper():
            weight *= NAME_WEIGHT
        words.append((weight, first, written))
    return sorted(words, reverse=True)[:TOP_WORDS]


def make_query(record: dict, frequencies, doc_count: int, docs, rng: random.Random) -> dict | None:
    """A known-item query for one article, or None when no few words single it out."""
    candidates = _candidates(record, frequencies, doc_count)
    if len(candidates) < 3:
        return None
    chosen: list[tuple[float, int, str]] = []
    pool = list(candidates)
    size = rng.choice((3, 4, 5))
    while pool and len(chosen) < MAX_WORDS:
        pick = rng.choices(range(len(pool)), weights=[w for w, _, _ in pool])[0]
        chosen.append(pool.pop(pick))
        if len(chosen) < size:
            continue
        found = relevant(docs, [w for _, _, w in chosen])
        if record["id"] in found and len(found) <= MAX_SET:
            words = [w for _, _, w in sorted(chosen, key=lambda c: c[1])]
            written = " ".join(words)
            query = {"id": "", "target": record["id"], "split": split_of(record["id"])}
            query |= {typing: typed(written, typing) for typing in TYPINGS}
            return query | {"words": words, "set": len(found)}
    return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Generate known-item queries.")
    parser.add_argument("--index", type=Path, required=True, help="index with a vocabulary view")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)

    from whoosh import index

    from search.format.schema import VOCABULARY

    articles = list(records(args.corpus))
    docs = corpus_fields(articles)
    reader = index.open_dir(str(args.index)).reader()
    doc_count = reader.doc_count()

    def frequencies(word: str) -> int:
        return reader.doc_frequency(VOCABULARY, word)

    rng = random.Random(args.seed)
    order = list(range(len(articles)))
    rng.shuffle(order)
    queries = []
    for number in order:
        record = articles[number]
        if len(record["body"] or "") < MIN_BODY_CHARS or not record["title"]:
            continue
        query = make_query(record, frequencies, doc_count, docs, rng)
        if query is None:
            continue
        query["id"] = f"k{len(queries) + 1:04d}"
        queries.append(query)
        if len(queries) == args.count:
            break
    with open(args.out, "w", encoding="utf-8") as out:
        for query in queries:
            out.write(json.dumps(query, ensure_ascii=False) + "\n")
    dev = sum(q["split"] == "dev" for q in queries)
    print(f"{len(queries)} queries ({dev} dev, {len(queries) - dev} test) in {args.out}")


if __name__ == "__main__":
    main()

"""Draw articles to annotate for the facet splits: articles nobody tuned the extractor on.

    python -m eval.draw_facets --out DIR [--corpus DIR] [--per-kind 70]   # the test split
    python -m eval.draw_facets --for dev --per-kind 40 --out DIR          # fresh dev articles
    python -m eval.draw_facets --for dev --kinds economy --per-kind 60 --out DIR
    python -m eval.draw_facets --for dev --kinds economy --min-indicators 3 --per-kind 40 --out DIR
    python -m eval.draw_facets --for dev --kinds government --min-titles 4 --per-kind 16 --out DIR

A seeded draw from the whole corpus, leaving out the 1k sample (read by earlier
rule work and the tests) and every article of the dev set, stratified by kind as the
guidelines name them: economy reports (an economic indicator named), other government
news (an authority named), other news. ``--for dev`` draws with its own seed and also
leaves out the frozen test split: new dev material once the rules fit the old dev set
(its errors can be read, the test split's never). Writes the texts to annotate (never
committed: they are the corpus's), one JSON Lines file per annotator batch.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

from eval.facets import (
    DEFAULT_CORPUS,
    DEFAULT_GOLD,
    DEV_FILES,
    FULL_FILE,
    SAMPLE_FILE,
    TEST_SPLIT,
    load_gold,
)

# The seed each split was drawn with: re-running a draw gives the same articles.
SEEDS = {"test": 19, "dev": 2026}
KINDS = ("economy", "government", "other")
_ECONOMY = re.compile(
    r"kim ngạch|GRDP|sản xuất công nghiệp|bán lẻ|thu ngân sách|vốn đầu tư|FDI|CPI|"
    r"tăng trưởng kinh tế|xuất khẩu|giải ngân|thu nội địa",
    re.IGNORECASE,
)
_GOVERNMENT = re.compile(r"UBND|Ủy ban nhân dân|Sở |Bộ |Chủ tịch|Bí thư|HĐND|Thủ tướng")
# Office titles an official is named with: how dense a text is in officials.
_TITLE = re.compile(
    r"Chủ tịch|Giám đốc|Bí thư|Bộ trưởng|Thứ trưởng|Cục trưởng|Vụ trưởng|Trưởng phòng"
    r"|Trưởng ban|Chánh|Viện trưởng|Trưởng Công an|Đại biểu|Thủ tướng",
    re.IGNORECASE,
)


def kind_of(record: dict) -> str:
    """economy, government or other, by what the title, summary and body name."""
    text = _text(record)
    if _ECONOMY.search(text):
        return "economy"
    return "government" if _GOVERNMENT.search(text) else "other"


def reports(record: dict) -> int:
    """How many distinct economic indicators the text names ("kim ngạch", "GRDP", …)."""
    return len({m.group().lower() for m in _ECONOMY.finditer(_text(record))})


def titles(record: dict) -> int:
    """How many office titles the text names, repeats counted ("Chủ tịch", "Giám đốc")."""
    return len(_TITLE.findall(_text(record)))


def _text(record: dict) -> str:
    return " ".join(record.get(key) or "" for key in ("title", "summary", "body"))


def draw(
    corpus: Path,
    per_kind: int,
    split: str = "test",
    kinds: tuple[str, ...] = KINDS,
    min_indicators: int = 0,
    min_titles: int = 0,
) -> list[dict]:
    """``min_indicators`` keeps articles naming at least that many indicators, and
    ``min_titles`` those naming office titles that often: dense material for the
    indicator and official rules (a dev draw only; the test split has neither)."""
    with (corpus / SAMPLE_FILE).open(encoding="utf-8") as handle:
        excluded = {json.loads(line)["id"] for line in handle if line.strip()}
    # The test split was drawn beside the first dev file only; a dev draw leaves out every
    # annotated article, so each one is new material.
    annotated = (DEFAULT_GOLD,) if split == "test" else (*DEV_FILES, TEST_SPLIT)
    excluded |= {record["id"] for path in annotated if path.exists() for record in load_gold(path)}
    by_kind: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    with gzip.open(corpus / FULL_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if (
                record["id"] not in excluded
                and reports(record) >= min_indicators
                and titles(record) >= min_titles
            ):
                by_kind[kind_of(record)].append(record)
    short = {kind: len(by_kind[kind]) for kind in kinds if len(by_kind[kind]) < per_kind}
    if short:
        left = ", ".join(f"{count} {kind}" for kind, count in short.items())
        raise ValueError(f"only {left} articles left unannotated that pass the filters")
    rng = random.Random(SEEDS[split])
    chosen = []
    for kind in kinds:
        for record in rng.sample(by_kind[kind], per_kind):
            chosen.append({**record, "kind": kind})
    rng.shuffle(chosen)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--for", dest="split", choices=sorted(SEEDS), default="test")
    parser.add_argument("--kinds", default=",".join(KINDS), help="e.g. economy")
    parser.add_argument("--min-indicators", type=int, default=0, help="indicators named")
    parser.add_argument("--min-titles", type=int, default=0, help="office titles named")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--per-kind", type=int, default=70)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    kinds = tuple(args.kinds.split(","))
    if unknown := set(kinds) - set(KINDS):
        parser.error(f"unknown kinds {sorted(unknown)}: choose from {', '.join(KINDS)}")
    try:
        chosen = draw(
            args.corpus, args.per_kind, args.split, kinds, args.min_indicators, args.min_titles
        )
    except ValueError as error:
        parser.error(f"{error}: ask for fewer (--per-kind) or loosen the filters")
    args.out.mkdir(parents=True, exist_ok=True)
    fields = ("id", "kind", "title", "summary", "published", "body")
    for batch in range(args.batches):
        with (args.out / f"batch_{batch}.jsonl").open("w", encoding="utf-8") as handle:
            for record in chosen[batch :: args.batches]:
                row = {key: record.get(key) for key in fields}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} articles in {args.batches} batches under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

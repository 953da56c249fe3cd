"""What a change to the facet extractor does over the corpus, where no gold split looks.

    python -m eval.facet_drift snapshot BEFORE.json [--corpus FILE] [--every 5]
    (change the rules)
    python -m eval.facet_drift snapshot AFTER.json
    python -m eval.facet_drift compare BEFORE.json AFTER.json

A snapshot holds the provinces (the article is about), the years, the officials and the
indicator values of every ``--every``-th corpus article; ``compare`` prints, per article,
what the change dropped and what it added, to be read one by one. The gold splits score
a few hundred articles; a rule that fixes a class there can break it elsewhere, and this
shows where (the closing notes' "over every 5th corpus article, N articles change" come
from it).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from eval.baselines import DEFAULT_CORPUS
from eval.facets import _published

Snapshot = dict[str, dict[str, list[str]]]
FACETS = ("provinces", "years", "officials", "indicators")


def snapshot(records: Iterable[Mapping[str, Any]]) -> Snapshot:
    """Per article id, its provinces, years, officials ("name | role") and indicator
    values ("id value unit")."""
    from indexer.facets import extract_facets

    out: Snapshot = {}
    for rec in records:
        facets = extract_facets(
            rec.get("title") or "", rec["body"], _published(rec), summary=rec.get("summary")
        )
        out[rec["id"]] = {
            "provinces": list(facets.provinces),
            "years": [str(year) for year in facets.years],
            "officials": [f"{o['name']} | {o['role']}" for o in facets.official_roles],
            "indicators": [
                f"{v['indicator']} {v['value']} {v['unit']}" for v in facets.indicator_values
            ],
        }
    return out


def compare(before: Snapshot, after: Snapshot) -> list[str]:
    """One line per value an article lost or gained; the role or unit tells which. A facet
    one snapshot lacks (one taken before it was snapshotted) is not compared."""
    lines = []
    for rid in sorted(before.keys() & after.keys()):
        for facet in FACETS:
            if facet not in before[rid] or facet not in after[rid]:
                continue
            old, new = set(before[rid][facet]), set(after[rid][facet])
            lines += [f"{rid} {facet} lost: {v}" for v in sorted(old - new)]
            lines += [f"{rid} {facet} gained: {v}" for v in sorted(new - old)]
    return lines


def _every(corpus: Path, step: int) -> Iterable[dict[str, Any]]:
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, 0, None, step):
            yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="write the facets of every Nth corpus article")
    snap.add_argument("out", type=Path)
    snap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    snap.add_argument("--every", type=int, default=5)
    comp = sub.add_parser("compare", help="print what changed between two snapshots")
    comp.add_argument("before", type=Path)
    comp.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        if args.every < 1:
            parser.error("--every must be at least 1")
        if not args.corpus.is_file():
            parser.error(f"no corpus at {args.corpus} (give its path with --corpus)")
        taken = snapshot(_every(args.corpus, args.every))
        args.out.write_text(json.dumps(taken, ensure_ascii=False), encoding="utf-8")
        print(f"{len(taken)} articles written to {args.out}")
        return 0
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    lines = compare(before, after)
    print("\n".join(lines) if lines else "no change")
    changed = {line.split()[0] for line in lines}
    print(
        f"{len(changed)} of {len(before.keys() & after.keys())} articles changed", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score the facet extractor against an annotated split.

Usage: ``python -m eval.facets [--split dev|test] [--corpus PATH] [--gold PATH...]
[--against PATH...] [--only-sample] [--errors]``.

Two splits, annotated by the same guidelines (``eval/FACETS_GUIDELINES.md``):

- ``dev``: the articles the rules are improved on; look at their errors (``--errors``)
  as much as you like. ``eval/data/facets_gold.jsonl`` (122 articles, the first rules'
  set) and ``eval/data/facets_dev_2.jsonl`` (articles drawn by ``eval.draw_facets --for
  dev`` once the rules fitted the first set, so that new error classes show up: 120
  of all kinds, 60 economy reports with ``--kinds economy``, then 40 reports naming
  several indicators with ``--min-indicators 3``), and ``eval/data/facets_dev_3.jsonl``
  (40 more such reports, drawn once the rules fitted the second set), ``facets_dev_4``,
  ``facets_dev_5`` to ``facets_dev_12.jsonl`` (50 articles of government and other news,
  60 of all kinds, 30 of government news, 60 of all kinds, 30 of government news, 30
  economy reports, 60 of all kinds, 60 of all kinds, 60 of all kinds, each drawn once
  the rules fitted the sets before it, scored before its errors were read), and
  ``facets_dev_13.jsonl`` and ``facets_dev_14.jsonl`` (60 of all kinds each, annotated
  by two helpers, scored likewise), ``facets_dev_15.jsonl`` (40 economy reports, the
  same), ``facets_dev_16.jsonl``, ``facets_dev_17.jsonl``, ``facets_dev_18.jsonl`` and
  ``facets_dev_19.jsonl`` (60 of all kinds each, the same), ``facets_dev_20.jsonl``
  (60 of government news, the same), ``facets_dev_21.jsonl`` and
  ``facets_dev_22.jsonl`` (20 economy reports each, the same), and
  ``facets_dev_23.jsonl`` and ``facets_dev_24.jsonl`` (20 of government news each,
  the same), ``facets_dev_25.jsonl`` and ``facets_dev_26.jsonl`` (21 of all kinds
  each, the same), ``facets_dev_27.jsonl`` (10 economy reports naming at least 3
  indicators, the same), ``facets_dev_28.jsonl`` (24 of government news, the
  same), ``facets_dev_29.jsonl`` (5 more of the economy reports drawn for file 27),
  ``facets_dev_30.jsonl`` (20 of government news, the same),
  ``facets_dev_31.jsonl`` (10 economy reports naming at least 3 indicators, two per
  annotator), ``facets_dev_32.jsonl`` (5 economy reports and 5 government news,
  two per annotator), ``facets_dev_33.jsonl`` (10 of government and other news, the
  same), ``facets_dev_34.jsonl`` (5 economy reports and 5 government news, the
  same), ``facets_dev_35.jsonl`` (16 of government news, the same),
  ``facets_dev_36.jsonl`` (16 economy reports naming at least 2 indicators, the same),
  ``facets_dev_37.jsonl`` (8 of government news and 8 of other news, the same),
  ``facets_dev_38.jsonl`` (16 of government news, the same),
  ``facets_dev_39.jsonl`` (8 economy reports and 8 of other news, the same),
  ``facets_dev_40.jsonl`` (8 of government news and 8 economy reports, the same),
  ``facets_dev_41.jsonl`` (the same), ``facets_dev_42.jsonl`` (16 of government
  news, the same), ``facets_dev_43.jsonl`` (16 economy reports naming at least 2
  indicators, the same), ``facets_dev_44.jsonl`` (16 of government news, the same),
  ``facets_dev_45.jsonl`` (16 of government news naming office titles at least 4
  times, the same), ``facets_dev_46.jsonl`` (16 of other news, the same),
  ``facets_dev_47.jsonl`` (as ``facets_dev_45.jsonl``), ``facets_dev_48.jsonl`` (as
  ``facets_dev_43.jsonl``), ``facets_dev_49.jsonl`` (as ``facets_dev_45.jsonl``) and
  ``facets_dev_50.jsonl`` (8 of government news and 8 of other news naming office titles
  at least 3 times, the same), ``facets_dev_51.jsonl`` (as ``facets_dev_43.jsonl``),
  ``facets_dev_52.jsonl`` (as ``facets_dev_41.jsonl``), ``facets_dev_53.jsonl`` (as
  ``facets_dev_45.jsonl``), ``facets_dev_54.jsonl`` (8 of government news and 8 of
  other news, the same), ``facets_dev_55.jsonl`` (16 economy reports naming at least 3
  indicators, the same), ``facets_dev_56.jsonl`` (5 each of government news,
  economy reports and other news, the same), ``facets_dev_57.jsonl`` (16 of
  government news naming office titles at least 5 times, the same) and
  ``facets_dev_58.jsonl`` (8 of government news and 8 economy reports naming office
  titles at least 3 times, the same), ``facets_dev_59.jsonl`` (8 of government news
  and 8 of other news naming office titles at least 3 times, the same),
  ``facets_dev_60.jsonl`` (8 of government news and 8 economy reports, the same),
  ``facets_dev_61.jsonl`` (8 of government news and 8 of other news, the same),
  ``facets_dev_62.jsonl`` (8 of government news and 8 economy reports naming office
  titles at least 3 times, the same), ``facets_dev_63.jsonl`` (16 economy reports
  naming at least 2 indicators, the same), ``facets_dev_64.jsonl`` (8 of government
  news and 8 of other news naming office titles at least twice, the same),
  ``facets_dev_65.jsonl`` (8 economy reports and 8 of government news naming an office
  title, the same), ``facets_dev_66.jsonl`` (16 economy reports naming at least 2
  indicators, the same), ``facets_dev_67.jsonl`` (8 of government news and 8 of
  other news naming office titles at least 3 times, the same),
  ``facets_dev_68.jsonl`` (8 economy reports and 8 of other news, the same),
  ``facets_dev_69.jsonl`` (16 of government news naming office titles at least 4 times,
  the same), ``facets_dev_70.jsonl`` (8 of government news and 8 economy reports
  naming office titles at least twice, the same), ``facets_dev_71.jsonl`` (8 of
  government news and 8 of other news naming office titles at least twice, the same),
  ``facets_dev_72.jsonl`` (8 of government news and 8 economy reports, the same),
  ``facets_dev_73.jsonl`` (8 of government news and 8 of other news naming office
  titles at least twice, the same), ``facets_dev_74.jsonl`` (8 of government news
  and 8 economy reports naming office titles at least twice, the same),
  ``facets_dev_75.jsonl`` (8 of government news and 8 of other news naming office
  titles at least 3 times, the same), ``facets_dev_76.jsonl`` (8 of government news
  and 8 economy reports naming an office title, the same), ``facets_dev_77.jsonl``
  (8 of government news and 8 economy reports naming office titles at least 3 times,
  the same), ``facets_dev_78.jsonl`` (8 of government news and 8 of other news
  naming office titles at least twice, the same), ``facets_dev_79.jsonl`` (8
  economy reports and 8 of other news, the same), ``facets_dev_80.jsonl`` (8 of
  government news and 8 of other news naming office titles at least 4 times, the
  same), ``facets_dev_81.jsonl`` (8 of government news and 8 economy reports
  naming office titles at least twice, the same), ``facets_dev_82.jsonl`` (8 of
  government news and 8 of other news naming office titles at least 3 times, the
  same), ``facets_dev_83.jsonl`` (8 of government news and 8 economy reports naming
  office titles at least 3 times, the same), ``facets_dev_84.jsonl`` (8 of
  government news and 8 of other news naming office titles at least twice, the
  same), ``facets_dev_85.jsonl`` (8 of government news and 8 economy reports naming
  office titles at least twice, the same), ``facets_dev_86.jsonl`` …
  ``facets_dev_89.jsonl`` (each 6 economy reports, 6 of government news and 6 of other
  news, drawn as the test split was, the same), ``facets_dev_90.jsonl`` …
  ``facets_dev_94.jsonl`` (10 of each kind, drawn the same way), ``facets_dev_95.jsonl``
  … ``facets_dev_106.jsonl`` (20 of each kind, the same), ``facets_dev_107.jsonl`` (40
  economy reports naming at least two indicators, ``--kinds economy --min-indicators 2``),
  ``facets_dev_108.jsonl`` … ``facets_dev_111.jsonl`` (20 of each kind), ``facets_dev_112.jsonl``
  (11 of each kind), ``facets_dev_113.jsonl`` … ``facets_dev_153.jsonl`` (20 of each kind),
  ``facets_dev_154.jsonl`` (60 economy reports, ``--kinds economy``),
  ``facets_dev_155.jsonl`` (the 27 economy reports left unannotated, the same),
  ``facets_dev_156.jsonl`` … ``facets_dev_173.jsonl`` (30 of government news and 30 of
  other news each).
- ``test`` (``eval/data/facets_test.jsonl``, 210 articles drawn by
  ``eval.draw_facets``): held out. Run it only to report; its errors are not shown,
  and its hash is checked, so it stays what it was when frozen.

Annotator agreement: ``--gold FILES --against SECOND`` scores a second annotation of the
same articles (by other annotators, from the same guidelines) as if it were the
extractor's output. Its F1 is how far two readers agree: how much of the gap between
the extractor and the annotation is the annotation's own noise.
``facets_second_110.jsonl`` … ``facets_second_112.jsonl`` annotate ``facets_dev_110``
… ``facets_dev_112`` again, each batch by another helper; file 112 was annotated twice
at once, by helpers told to read no file but the guidelines and their batch.

The files store ids and annotations only; article texts are read from the corpus
(``vn-news-sample-1k.jsonl`` for ``source=sample``, ``vn-news.jsonl.gz`` for
``source=full``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from eval import CORPUS_DIR
from search.indicators import normalised

DEFAULT_CORPUS = CORPUS_DIR
DATA = Path(__file__).resolve().parent / "data"
DEFAULT_GOLD = DATA / "facets_gold.jsonl"
DEV_FILES = (
    DEFAULT_GOLD,
    *(DATA / f"facets_dev_{n}.jsonl" for n in range(2, 174)),
)
TEST_SPLIT = DATA / "facets_test.jsonl"
SPLITS = {"dev": DEV_FILES, "test": (TEST_SPLIT,)}
# The test split as frozen (sha256 of the file): a changed file is a different set.
TEST_SHA256 = "2722edb93c12dec201681bcbfc536e21cc50de8efbf4b9c53d0bbbfc8faf7108"
SAMPLE_FILE = "vn-news-sample-1k.jsonl"
FULL_FILE = "vn-news.jsonl.gz"

FACETS = ("province", "province_mentioned", "official", "year", "indicator")

# NFD tone marks: grave, acute, tilde, hook above, dot below.
_TONE = "\u0300\u0301\u0303\u0309\u0323"
# Old-style placement on an open "oa"/"oe"/"uy" syllable: the mark goes on the first vowel
# ("hoà" -> "hòa", "thuỵ" -> "thụy"); "qu" + "y" keeps it on "y" ("quý").
_OA_OE = re.compile(rf"([oO])([aAeE])([{_TONE}])(?![^\W\d_])")
_UY = re.compile(rf"(?<![qQ])([uU])([yY])([{_TONE}])(?![^\W\d_])")

Predict = Callable[[Mapping[str, Any]], Any]


def normalize_name(text: str) -> str:
    """NFC with tone marks on the first vowel of open oa/oe/uy syllables; a name written
    in capitals ("VŨ VĂN TÁM", as an interview heads an answer) in title case."""
    text = text.strip()
    if text.isupper():
        text = text.title()
    decomposed = unicodedata.normalize("NFD", text)
    decomposed = _OA_OE.sub(r"\1\3\2", decomposed)
    decomposed = _UY.sub(r"\1\3\2", decomposed)
    return unicodedata.normalize("NFC", decomposed)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_gold(path: Path | str = DEFAULT_GOLD, only_sample: bool = False) -> list[dict[str, Any]]:
    """Read the gold JSONL file, optionally keeping only ``source=sample`` records."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                if not only_sample or rec["source"] == "sample":
                    records.append(rec)
    return records


def load_articles(
    gold_records: Iterable[Mapping[str, Any]], corpus: Path | str = DEFAULT_CORPUS
) -> dict[str, dict[str, Any]]:
    """Fetch corpus records for the gold ids (the gzip file is streamed once, if needed)."""
    corpus = Path(corpus)
    if corpus.is_file():
        corpus = corpus.parent
    wanted = {r["id"]: r["source"] for r in gold_records}
    found: dict[str, dict[str, Any]] = {}
    need_sample = {i for i, s in wanted.items() if s == "sample"}
    if need_sample:
        with open(corpus / SAMPLE_FILE, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in need_sample:
                    found[rec["id"]] = rec
    need_full = {i for i in wanted if i not in found}
    if need_full:
        with gzip.open(corpus / FULL_FILE, "rt", encoding="utf-8") as fh:
            for line in fh:
                # Cheap pre-filter on the id field before parsing the whole line.
                head = line[:80]
                start = head.find('"id": "')
                if start < 0:
                    continue
                rid = head[start + 7 : head.find('"', start + 7)]
                if rid in need_full:
                    found[rid] = json.loads(line)
                    if len(found) == len(wanted):
                        break
    missing = sorted(set(wanted) - set(found))
    if missing:
        raise KeyError(f"{len(missing)} gold ids not found in corpus: {missing[:5]}")
    return found


def _published(rec: Mapping[str, Any]) -> datetime | None:
    value = rec.get("published")
    return datetime.fromisoformat(value) if value else None


def extractor_predict(articles: Mapping[str, Mapping[str, Any]]) -> Predict:
    """Build a predictor that runs ``indexer.facets.extract_facets`` on each gold article."""
    from indexer.facets import extract_facets

    def predict(gold: Mapping[str, Any]) -> Any:
        art = articles[gold["id"]]
        return extract_facets(
            art.get("title") or "", art["body"], _published(art), summary=art.get("summary")
        )

    return predict


def annotation_predict(records: Iterable[Mapping[str, Any]]) -> Predict:
    """Build a predictor that answers with another annotation of the same article, in
    the extractor's shape (indicator ids, and the entries as values)."""
    by_id = {record["id"]: record for record in records}

    def predict(gold: Mapping[str, Any]) -> Any:
        other = by_id[gold["id"]]
        indicators = other["indicators"]
        ids = [entry["indicator"] for entry in indicators]
        return {**other, "indicators": ids, "indicator_values": indicators}

    return predict


def _get(pred: Any, name: str) -> Any:
    if pred is None:
        return None
    if isinstance(pred, Mapping):
        return pred.get(name)
    return getattr(pred, name, None)


def _official_names(pred: Any) -> list[str]:
    names = _get(pred, "officials") or []
    out = []
    for item in names:
        name = _get(item, "name") if not isinstance(item, str) else item
        if name:
            out.append(name)
    return out


def _facet_sets(gold: Mapping[str, Any], pred: Any) -> dict[str, tuple[set, set]]:
    """(gold, predicted) value sets per facet."""

    def names(values: Iterable[str] | None) -> set[str]:
        return {normalize_name(v) for v in values or [] if v}

    return {
        "province": (names(gold["provinces"]), names(_get(pred, "provinces"))),
        "province_mentioned": (
            names(gold["provinces_mentioned"]),
            names(_get(pred, "provinces_mentioned")),
        ),
        "official": (names(o["name"] for o in gold["officials"]), names(_official_names(pred))),
        "year": ({int(y) for y in gold["years"]}, {int(y) for y in _get(pred, "years") or []}),
        "indicator": (
            {i["indicator"] for i in gold["indicators"]},
            set(_get(pred, "indicators") or []),
        ),
    }


def _unit(value: Any) -> str:
    return unicodedata.normalize("NFC", str(value or "")).strip()


def _amount(indicator: str, value: Any, unit: Any) -> tuple[float, str]:
    """A value in its indicator's canonical unit where the product knows one ("35 nghìn
    tỷ đồng" is 35,000 tỷ đồng, as the indicator pages compare it), else as written."""
    amount, canonical = normalised(indicator, float(value), _unit(unit))
    return (amount, canonical) if canonical else (float(value), _unit(unit))


def _value_matches(gold_entry: Mapping[str, Any], pred_values: list[Any]) -> list[Any]:
    """Predicted entries with the same indicator and the same amount in the same unit,
    once both are in the canonical unit (rel. tolerance 1e-6)."""
    indicator = gold_entry["indicator"]
    gold_amount, gold_unit = _amount(indicator, gold_entry["value"], gold_entry["unit"])
    out = []
    for p in pred_values:
        value = _get(p, "value")
        if _get(p, "indicator") != indicator or value is None:
            continue
        amount, unit = _amount(indicator, value, _get(p, "unit"))
        if unit == gold_unit and math.isclose(amount, gold_amount, rel_tol=1e-6, abs_tol=1e-9):
            out.append(p)
    return out


def _prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def score(gold_records: Iterable[Mapping[str, Any]], predict: Predict) -> dict[str, Any]:
    """Score ``predict`` (gold record -> facets object or dict) against the gold records.

    Returns ``{"facets": {facet: {tp, gold, pred, precision, recall, f1}}, "values": {...},
    "articles": n, "failures": [...], "errors": [per-article FP/FN]}``.
    """
    counts = {f: {"tp": 0, "gold": 0, "pred": 0} for f in FACETS}
    values = {"gold": 0, "matched": 0, "kind_correct": 0, "dated": 0, "year_correct": 0}
    errors: list[dict[str, Any]] = []
    failures: list[dict[str, str]] = []
    n = 0
    for gold in gold_records:
        n += 1
        try:
            pred = predict(gold)
        except Exception as exc:  # one broken article must not hide the other scores
            failures.append({"id": gold["id"], "error": f"{type(exc).__name__}: {exc}"})
            pred = None
        art_err: dict[str, Any] = {"id": gold["id"]}
        for facet, (g, p) in _facet_sets(gold, pred).items():
            c = counts[facet]
            c["tp"] += len(g & p)
            c["gold"] += len(g)
            c["pred"] += len(p)
            if g - p or p - g:
                art_err[facet] = {"fn": sorted(g - p), "fp": sorted(p - g)}
        pred_values = list(_get(pred, "indicator_values") or [])
        missed = []
        for entry in gold["indicators"]:
            values["gold"] += 1
            matched = _value_matches(entry, pred_values)
            if matched:
                values["matched"] += 1
                if entry.get("year") is not None:  # the year a chart places the value in
                    values["dated"] += 1
                    values["year_correct"] += any(_get(m, "year") == entry["year"] for m in matched)
                if any(_get(m, "kind") == entry["kind"] for m in matched):
                    values["kind_correct"] += 1
                else:
                    missed.append({**entry, "problem": "kind"})
            else:
                missed.append({**entry, "problem": "value"})
        if missed:
            art_err["indicator_values"] = missed
        if len(art_err) > 1:
            errors.append(art_err)
    facets = {f: {**c, **_prf(c["tp"], c["gold"], c["pred"])} for f, c in counts.items()}
    values["accuracy"] = values["matched"] / values["gold"] if values["gold"] else 0.0
    matched = values["matched"]
    values["kind_accuracy"] = values["kind_correct"] / matched if matched else 0.0
    values["year_accuracy"] = values["year_correct"] / values["dated"] if values["dated"] else 0.0
    return {
        "articles": n,
        "facets": facets,
        "values": values,
        "failures": failures,
        "errors": errors,
    }


def format_report(result: Mapping[str, Any], show_errors: bool = False) -> str:
    """Render a score() result as a plain-text table."""
    lines = [f"articles: {result['articles']}", ""]
    lines.append(f"{'facet':<20}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for facet, c in result["facets"].items():
        lines.append(
            f"{facet:<20}{c['gold']:>6}{c['pred']:>6}{c['tp']:>6}"
            f"{c['precision']:>8.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}"
        )
    v = result["values"]
    lines += [
        "",
        f"indicator values: {v['matched']}/{v['gold']} matched (accuracy {v['accuracy']:.3f}); "
        f"kind correct {v['kind_correct']}/{v['matched']} ({v['kind_accuracy']:.3f}); "
        f"year correct {v['year_correct']}/{v['dated']} ({v['year_accuracy']:.3f})",
    ]
    if result["failures"]:
        lines.append(f"extractor failures: {len(result['failures'])}")
        lines += [f"  {f['id']}: {f['error']}" for f in result["failures"]]
    if show_errors:
        lines += ["", "errors (fn = missed gold, fp = spurious prediction):"]
        for err in result["errors"]:
            lines.append(f"- {err['id']}")
            for facet in FACETS:
                if facet in err:
                    lines.append(f"    {facet}: fn={err[facet]['fn']} fp={err[facet]['fp']}")
            for entry in err.get("indicator_values", []):
                lines.append(
                    f"    value ({entry['problem']}): {entry['indicator']} {entry['value']} "
                    f"{entry['unit']} kind={entry['kind']}"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=sorted(SPLITS), default="dev", help="annotated split")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="corpus directory")
    ap.add_argument("--gold", nargs="+", help="other annotated JSONL files than the split")
    ap.add_argument(
        "--against", nargs="+", help="a second annotation of the --gold articles to score"
    )
    ap.add_argument("--only-sample", action="store_true", help="only articles in the 1k sample")
    ap.add_argument("--errors", action="store_true", help="list per-article FP/FN (dev only)")
    args = ap.parse_args(argv)
    if args.split == "test" and not args.gold:
        if args.errors:
            ap.error("the test split is run only to report: its errors are not shown")
        if file_sha256(TEST_SPLIT) != TEST_SHA256:
            ap.error(f"{TEST_SPLIT} is not the frozen test split (sha256 differs)")
    if args.against and not args.gold:
        ap.error("--against scores a second annotation of the --gold files")
    files = args.gold or SPLITS[args.split]
    gold = [record for path in files for record in load_gold(path, args.only_sample)]
    if args.against:
        second = [record for path in args.against for record in load_gold(path)]
        missing = {record["id"] for record in gold} - {record["id"] for record in second}
        if missing:
            ap.error(f"--against lacks {len(missing)} of the --gold articles, e.g. {min(missing)}")
        predict = annotation_predict(second)
    else:
        predict = extractor_predict(load_articles(gold, args.corpus))
    result = score(gold, predict)
    print(format_report(result, show_errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

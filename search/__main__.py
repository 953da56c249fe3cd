"""Command line: ``python -m search QUERY [filters] [--json]``."""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys

from search import IndexMissingError, InvalidRequest, SearchRequest
from search.backend import BACKENDS, open_backend, settings_from_environment
from search.format.schema import FACET_FIELDS
from search.results import SORTS

_MARK = re.compile(r"</?mark>")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m search", description=__doc__)
    parser.add_argument("query", help='words, "phrases", -exclusions, OR')
    settings = settings_from_environment()
    parser.add_argument("--index", default=settings["INDEX_DIR"], help="index directory")
    parser.add_argument("--backend", choices=BACKENDS, default=settings["SEARCH_BACKEND"])
    parser.add_argument("--sphinx-url", default=settings["SPHINX_URL"])
    for facet in FACET_FIELDS:
        option = "--" + facet.replace("_", "-")
        parser.add_argument(option, action="append", default=[], metavar=facet.upper())
    parser.add_argument("--sort", choices=SORTS, default=SORTS[0])
    parser.add_argument("--page", type=int, default=1)
    parser.add_argument("--per-page", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print the API object")
    return parser


def _plain(snippet: str) -> str:
    """Snippet HTML for a terminal: matches in [brackets]."""
    return html.unescape(_MARK.sub(lambda m: "]" if m.group().startswith("</") else "[", snippet))


def _print_readable(result: dict) -> None:
    first = (result["page"] - 1) * result["per_page"] + 1
    print(f"{result['total']} results ({result['took_ms']:.0f} ms)\n")
    for number, hit in enumerate(result["results"], first):
        date = (hit["published"] or "")[:10]
        where = ", ".join(hit["provinces"])
        print(f"{number}. {hit['title']}  [{hit['id']}]")
        print(f"   {' · '.join(part for part in (date, where) if part)}")
        print(f"   {_plain(hit['snippet'])}\n")
    for facet, values in result["facets"].items():
        shown = ", ".join(f"{v['label']} ({v['count']})" for v in values[:8])
        print(f"{facet}: {shown or '-'}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    filters = {f: getattr(args, f) for f in FACET_FIELDS}
    request = SearchRequest(args.query, filters, args.sort, args.page, args.per_page)
    try:
        settings = {"SEARCH_BACKEND": args.backend, "INDEX_DIR": args.index}
        with open_backend(settings | {"SPHINX_URL": args.sphinx_url}) as engine:
            result = engine.search(request)
    except (IndexMissingError, InvalidRequest) as exc:
        print(exc, file=sys.stderr)
        return 2
    except Exception as exc:  # a segment damaged past its table of contents
        print(
            f"cannot search the index at {args.index}: {type(exc).__name__}: {exc}; if it is "
            "damaged, delete it and build it again",
            file=sys.stderr,
        )
        return 2
    try:
        if args.json:
            print(json.dumps(result, ensure_ascii=False, indent=2))
        else:
            _print_readable(result)
        sys.stdout.flush()
    except BrokenPipeError:  # read by `head`: the rest is not wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())

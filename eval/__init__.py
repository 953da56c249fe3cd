"""Evaluation sets and their scorers (``python -m eval.<name> --help``)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The shared corpus lives beside the project, as the tests read it; elsewhere, say where.
CORPUS_DIR = Path(os.environ.get("VNSEARCH_SHARED", ROOT.parent / "shared")) / "corpus"

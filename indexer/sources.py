"""Read articles from .txt files, directories of them, and JSON Lines (optionally gzipped).

Every problem with one file or one record becomes a ``SourceError`` naming the file
and line; the reader skips it and goes on, so one bad record never costs the rest.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dateutil import parser as dateparser

from search.schema import VIETNAM_TZ

MAX_DOCUMENT_CHARS = 2_000_000
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
_DATE_IN_TEXT = re.compile(r"\b(\d{1,2}/\d{1,2}/\d{4})(?:\s*-\s*|\s+)?(\d{1,2}:\d{2})?")
_DATE_SEARCH_LINES = 8


@dataclass
class Article:
    id: str
    title: str
    body: str
    url: str | None = None
    summary: str | None = None
    published: datetime | None = None
    origin: str = ""


@dataclass
class SourceError:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


ErrorSink = Callable[[SourceError], None]


def read_sources(paths: list[str], on_error: ErrorSink) -> Iterator[Article]:
    """Yield articles from every source, reporting and skipping what cannot be read."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                on_error(SourceError(raw, None, "directory holds no .txt files"))
            for file in files:
                yield from _read_text_file(file, on_error)
        elif not path.exists():
            on_error(SourceError(raw, None, "no such file or directory"))
        elif path.name.endswith(JSONL_SUFFIXES):
            yield from _read_jsonl(path, on_error)
        elif path.suffix == ".txt":
            yield from _read_text_file(path, on_error)
        else:
            on_error(SourceError(raw, None, "unsupported source: expected .txt, .jsonl, .jsonl.gz"))


def _decode(data: bytes) -> str:
    """UTF-8 (BOM allowed) or a ValueError that says what the bytes look like."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file (NUL bytes), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("UTF-16 text; convert it to UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} on line {line}); "
            "convert it to UTF-8 (Windows-1258 or Latin-1 files must be re-encoded)"
        ) from None


def _read_text_file(path: Path, on_error: ErrorSink) -> Iterator[Article]:
    try:
        text = _decode(path.read_bytes())
    except (OSError, ValueError) as exc:
        on_error(SourceError(str(path), None, str(exc)))
        return
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip() for line in text.split("\n")]
    content = [line for line in lines if line]
    if not content:
        on_error(SourceError(str(path), None, "empty document"))
        return
    body = "\n".join(content[1:])
    if len(body) > MAX_DOCUMENT_CHARS:
        on_error(SourceError(str(path), None, f"document over {MAX_DOCUMENT_CHARS:,} characters"))
        return
    yield Article(
        id=path.stem,
        title=content[0],
        body=body,
        published=_date_in_text(content[1:_DATE_SEARCH_LINES]),
        origin=str(path),
    )


def _date_in_text(lines: list[str]) -> datetime | None:
    """A dateline such as ``07/02/2023 - 18:34`` near the top, read day first."""
    for line in lines:
        match = _DATE_IN_TEXT.search(line)
        if match:
            stamp = " ".join(part for part in match.groups() if part)
            try:
                return dateparser.parse(stamp, dayfirst=True).replace(tzinfo=VIETNAM_TZ)
            except (ValueError, OverflowError):
                continue
    return None


def _open_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:
        yield from enumerate(handle, start=1)


def _read_jsonl(path: Path, on_error: ErrorSink) -> Iterator[Article]:
    try:
        for number, raw in _open_lines(path):
            if not raw.strip():
                continue
            try:
                yield _record_to_article(raw, f"{path}:{number}")
            except ValueError as exc:
                on_error(SourceError(str(path), number, str(exc)))
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        on_error(SourceError(str(path), None, f"cannot read: {exc}"))


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"'{key}' must be a string or null, not {type(value).__name__}")
    return value


def _record_to_article(raw: bytes, origin: str) -> Article:
    try:
        record = json.loads(_decode(raw))
    except json.JSONDecodeError as exc:
        raise ValueError(f"broken JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise ValueError("record is not a JSON object")
    for key in ("id", "body"):
        if key not in record:
            raise ValueError(f"missing key '{key}'")
    doc_id, body = record["id"], record["body"]
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise ValueError("'id' must be a non-empty string")
    if not isinstance(body, str):
        raise ValueError(f"'body' must be a string, not {type(body).__name__}")
    if not body.strip():
        raise ValueError(f"empty body (id {doc_id})")
    if len(body) > MAX_DOCUMENT_CHARS:
        raise ValueError(f"body over {MAX_DOCUMENT_CHARS:,} characters (id {doc_id})")
    title = _optional_str(record, "title")
    summary = _optional_str(record, "summary")
    return Article(
        id=doc_id.strip(),
        title=_nfc(title) or _fallback_title(summary, body),
        body=_nfc(body),
        url=_optional_str(record, "url"),
        summary=_nfc(summary),
        published=_parse_published(_optional_str(record, "published")),
        origin=origin,
    )


def _nfc(text: str | None) -> str | None:
    return unicodedata.normalize("NFC", text).strip() if text else text


def _fallback_title(summary: str | None, body: str) -> str:
    """Records without a headline get their first sentence, as a reader would scan it."""
    first = (summary or body).strip().split("\n", 1)[0]
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return _nfc(sentence if len(sentence) <= 160 else sentence[:157].rsplit(" ", 1)[0] + "…")


def _parse_published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        stamp = dateparser.isoparse(value)
    except (ValueError, OverflowError):
        raise ValueError(f"'published' is not an ISO 8601 date: {value!r}") from None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=VIETNAM_TZ)

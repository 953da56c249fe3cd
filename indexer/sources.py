"""Read articles from .txt files, directories of them, and JSON Lines (optionally gzipped).

Every problem with one file or one record becomes a ``SourceError`` naming the file
and line; the reader skips it and goes on, so one bad record never costs the rest. A
bad optional field (a date that is none, a link that is no web address) is dropped
with a warning and the article kept; text too long for its field is cut, with a
warning. What is read is made safe to store: control characters and lone surrogates
go, ids must be usable as a URL path segment.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dateutil import parser as dateparser

from search.format.schema import VIETNAM_TZ
from search.results import is_web_address
from search.tones import compose

MAX_DOCUMENT_CHARS = 2_000_000
MAX_TITLE_CHARS = 500
MAX_SUMMARY_CHARS = 5_000
MAX_URL_CHARS = 2_000
MAX_ID_CHARS = 200
# A line is rejected before it is decoded: a body of the largest size, escaped as
# \uXXXX throughout, fits; a gzip bomb expanding to one huge line does not.
MAX_LINE_BYTES = 16 * 2**20
# A .txt file is one article, so no more of it is read: a body of the largest size in
# four-byte characters fits, a log file or a device named ".txt" does not.
MAX_TEXT_FILE_BYTES = 4 * MAX_DOCUMENT_CHARS + MAX_LINE_BYTES
_READ_CHUNK = 2**20
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
# C0 and C1 controls but tab and newline, lone surrogates, and noncharacters: nothing an
# article means, and what makes XML (Atom) or UTF-8 writers fail.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_ID_UNSAFE = re.compile(r"[/\\]")  # the rest (spaces, ?, #, %) url_for escapes
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
    """A problem with one file or record: skipped, or (``skipped`` false) a field
    dropped or cut and the article kept."""

    path: str
    line: int | None
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


ErrorSink = Callable[[SourceError], None]


@dataclass
class BytesRead:
    """How far the readers are through their sources, in bytes as stored on disk (a
    ``.jsonl.gz`` by its compressed bytes): what a progress bar measures."""

    total: int = 0
    done: int = 0

    def file_at(self, start: int) -> Callable[[int], None]:
        """What a reader calls with its offset in a file that begins ``start`` bytes in."""

        def at(offset: int) -> None:
            self.done = start + offset

        return at


def _source_files(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*.txt") if p.is_file()) if path.is_dir() else [path]


def source_bytes(paths: list[str]) -> int:
    """The size of every readable file the sources name."""
    files = (f for raw in paths for f in _source_files(Path(raw)))
    return sum(f.stat().st_size for f in files if f.is_file())


def read_sources(
    paths: list[str], on_error: ErrorSink, position: BytesRead | None = None
) -> Iterator[Article]:
    """Yield articles from every source, reporting and skipping what cannot be read;
    ``position``, if given, follows the bytes read."""
    position = position or BytesRead()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = _source_files(path)
            if not files:
                on_error(SourceError(raw, None, "directory holds no .txt files"))
            for file in files:
                yield from _read_text_file(file, on_error)
                position.done += file.stat().st_size
        elif not path.exists():
            on_error(SourceError(raw, None, "no such file or directory"))
        elif path.name.endswith(JSONL_SUFFIXES):
            start = position.done
            yield from _read_jsonl(path, on_error, position.file_at(start))
            position.done = start + path.stat().st_size
        elif path.suffix == ".txt":
            yield from _read_text_file(path, on_error)
            position.done += path.stat().st_size
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
    yield from _reported(str(path), None, functools.partial(_text_to_article, path), on_error)


def _text_to_article(path: Path) -> tuple[Article, list[str]]:
    """The article of a .txt file (title on its first line), and warnings about cuts."""
    with path.open("rb") as handle:
        data = handle.read(MAX_TEXT_FILE_BYTES + 1)
    if len(data) > MAX_TEXT_FILE_BYTES:
        raise ValueError(f"file over {MAX_TEXT_FILE_BYTES:,} bytes: not one article")
    text = _decode(data)
    text = _clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.strip() for line in text.split("\n")]
    content = [line for line in lines if line]
    if not content:
        raise ValueError("empty document")
    body = "\n".join(content[1:])
    if len(body) > MAX_DOCUMENT_CHARS:
        raise ValueError(f"document over {MAX_DOCUMENT_CHARS:,} characters")
    warnings: list[str] = []
    article = Article(
        id=_checked_id(path.stem),
        title=_cut(content[0], MAX_TITLE_CHARS, "title", warnings),
        body=body,
        published=_date_in_text(content[1:_DATE_SEARCH_LINES]),
        origin=str(path),
    )
    return article, warnings


def _reported(
    path: str, line: int | None, read: Callable[[], tuple[Article, list[str]]], on_error: ErrorSink
) -> Iterator[Article]:
    """The article ``read`` makes, its warnings reported; whatever it raises is reported
    instead, and the reading goes on."""
    try:
        article, warnings = read()
    except Exception as exc:  # whatever one file or record does, the rest go on
        on_error(SourceError(path, line, _reason(exc)))
        return
    for warning in warnings:
        on_error(SourceError(path, line, warning, skipped=False))
    yield article


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


def _open_lines(path: Path, at: Callable[[int], None]) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; None for a line over ``MAX_LINE_BYTES``, read past in chunks
    without keeping it. ``at`` hears the offset reached in the file as stored."""
    with path.open("rb") as stored:
        handle = gzip.GzipFile(fileobj=stored) if path.name.endswith(".gz") else stored
        number = 0
        while line := handle.readline(MAX_LINE_BYTES + 1):
            number += 1
            at(stored.tell())
            if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
                yield number, line
                continue
            while (rest := handle.readline(_READ_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield number, None


def _read_jsonl(path: Path, on_error: ErrorSink, at: Callable[[int], None]) -> Iterator[Article]:
    try:
        for number, raw in _open_lines(path, at):
            if raw is None:
                on_error(SourceError(str(path), number, f"line over {MAX_LINE_BYTES:,} bytes"))
                continue
            if not raw.strip():
                continue
            read = functools.partial(_record_to_article, raw, f"{path}:{number}")
            yield from _reported(str(path), number, read, on_error)
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
        on_error(SourceError(str(path), None, f"cannot read: {exc}"))


def _reason(exc: Exception) -> str:
    """What went wrong, in words; an unexpected exception by its kind."""
    if isinstance(exc, ValueError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply"
    if isinstance(exc, OSError):
        return f"cannot read: {exc}"
    return f"cannot read the record ({type(exc).__name__}: {exc})"


def _optional_text(record: dict, key: str, warnings: list[str]) -> str | None:
    """A text field that may be missing; anything but a string is dropped, with a warning."""
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        warnings.append(f"'{key}' is not a string but {type(value).__name__}; dropped")
        return None
    return _clean(value)


def _record_to_article(raw: bytes, origin: str) -> tuple[Article, list[str]]:
    """The article of one JSON line, and warnings about fields dropped or cut."""
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
    body = _clean(body)
    if not body:
        raise ValueError(f"empty body (id {doc_id})")
    if len(body) > MAX_DOCUMENT_CHARS:
        raise ValueError(f"body over {MAX_DOCUMENT_CHARS:,} characters (id {doc_id})")
    warnings: list[str] = []
    title = _cut(_optional_text(record, "title", warnings), MAX_TITLE_CHARS, "title", warnings)
    summary = _optional_text(record, "summary", warnings)
    summary = _cut(summary, MAX_SUMMARY_CHARS, "summary", warnings)
    article = Article(
        id=_checked_id(doc_id),
        title=title or _fallback_title(summary, body),
        body=body,
        url=_web_address(record.get("url"), warnings),
        summary=summary,
        published=_published(record.get("published"), warnings),
        origin=origin,
    )
    return article, warnings


def _clean(text: str | None) -> str | None:
    """Composed (``search.tones.compose``), without what no article means (``_UNSAFE``),
    stripped."""
    return _UNSAFE.sub("", compose(text)).strip() if text else text


def _cut(text: str | None, limit: int, name: str, warnings: list[str]) -> str | None:
    """``text`` within ``limit`` characters, cut at a space with an ellipsis."""
    if text is None or len(text) <= limit:
        return text
    warnings.append(f"{name} over {limit:,} characters ({len(text):,}); cut")
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _checked_id(doc_id: str) -> str:
    """An id that can stand as one URL path segment: its page must exist."""
    doc_id = _clean(doc_id)
    if (
        not doc_id
        or len(doc_id) > MAX_ID_CHARS
        or _ID_UNSAFE.search(doc_id)
        or doc_id in (".", "..")
    ):
        raise ValueError(
            f"id {doc_id[:60]!r} cannot be a page address (at most {MAX_ID_CHARS} characters, "
            "no '/' or '\\', not '.' or '..')"
        )
    return doc_id


def _web_address(value: object, warnings: list[str]) -> str | None:
    """An http(s) address, or None with a warning: other schemes (javascript:, data:)
    must never become links."""
    if value is None or value == "":
        return None
    url = _clean(value) if isinstance(value, str) else None
    if not is_web_address(url) or len(url) > MAX_URL_CHARS:
        warnings.append(f"'url' is not an http(s) address: {str(value)[:60]!r}; dropped")
        return None
    return url


def _fallback_title(summary: str | None, body: str) -> str:
    """Records without a headline get their first sentence, as a reader would scan it."""
    first = (summary or body).strip().split("\n", 1)[0]
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return sentence if len(sentence) <= 160 else sentence[:157].rsplit(" ", 1)[0] + "…"


def _published(value: object, warnings: list[str]) -> datetime | None:
    """An ISO 8601 date that Vietnam time can hold, or None with a warning."""
    if value is None or value == "":
        return None
    try:
        if not isinstance(value, str):
            raise ValueError
        stamp = dateparser.isoparse(value)
        stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=VIETNAM_TZ)
        stamp.astimezone(VIETNAM_TZ)  # out of range there: 9999-12-31T23:00-12:00
    except (ValueError, OverflowError):
        warnings.append(f"'published' is not an ISO 8601 date: {str(value)[:60]!r}; dropped")
        return None
    return stamp

"""Read articles from .txt files (with optional ``key: value`` headers), JSONL
(plain or gzip), gold JSON files, folders of those, and standard input.

Every problem becomes an ``IngestFailure`` naming the article and what is
wrong; the reader goes on with the next article.
"""
import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import dateparser
from pydantic import BaseModel

from .dateline import find_dateline

MAX_CHARS = 1_000_000
HEADER_KEYS = {"id", "published", "date", "source", "url", "title"}
SUFFIXES = (".txt", ".json", ".jsonl", ".jsonl.gz", ".ndjson")


class Article(BaseModel):
    id: str
    text: str
    published: str | None = None
    published_source: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str
    warnings: list[dict] = []


class IngestFailure(BaseModel):
    id: str | None
    origin: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.id or '?'} ({self.origin}): {self.message}"


class BadArticle(Exception):
    def __init__(self, code: str, message: str, article_id: str | None = None):
        super().__init__(message)
        self.code = code
        self.article_id = article_id


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | IngestFailure]:
    """Articles (or failures) from every input, in order; folders are read recursively."""
    for item in inputs:
        if item == "-":
            yield from _read_stream(sys.stdin.buffer.read(), "stdin")
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and readable(p)):
                yield from read_file(child)
        elif path.exists():
            yield from read_file(path)
        else:
            yield IngestFailure(id=None, origin=item, code="missing_input", message="no such file or folder")


def readable(path: Path) -> bool:
    """A file the folder reader takes: a known suffix, not hidden."""
    return path.name.endswith(SUFFIXES) and not path.name.startswith(".")


def read_file(path: Path) -> Iterator[Article | IngestFailure]:
    name = path.name
    try:
        data = path.read_bytes()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield IngestFailure(id=path.stem, origin=str(path), code="unreadable", message=f"cannot read file: {error}")
        return
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        yield from _read_jsonl(data, str(path), path.name.split(".")[0])
    elif name.endswith(".json"):
        yield _guard(path.stem, str(path), lambda: _from_json_object(_decode(data), path.stem, str(path)))
    else:
        yield _guard(path.stem, str(path), lambda: _from_txt(_decode(data), path.stem, str(path)))


def _read_stream(data: bytes, origin: str) -> Iterator[Article | IngestFailure]:
    if data.lstrip()[:1] == b"{":
        yield from _read_jsonl(data, origin, origin)
    else:
        yield _guard(origin, origin, lambda: _from_txt(_decode(data), origin, origin))


def _read_jsonl(data: bytes, origin: str, stem: str) -> Iterator[Article | IngestFailure]:
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        fallback_id = f"{stem}-{number}"
        yield _guard(fallback_id, where, lambda: _from_json_line(line, fallback_id, where))


def _from_json_line(line: bytes, fallback_id: str, origin: str) -> Article:
    text = _decode(line)
    return _from_json_object(text, fallback_id, origin)


def _from_json_object(text: str, fallback_id: str, origin: str) -> Article:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as error:
        raise BadArticle("broken_json", f"invalid JSON: {error.msg} at line {error.lineno} column {error.colno}")
    if not isinstance(obj, dict):
        raise BadArticle("broken_json", f"expected a JSON object, got {type(obj).__name__}")
    if "text" not in obj:
        raise BadArticle("missing_field", "no 'text' field")
    if not isinstance(obj["text"], str):
        raise BadArticle("missing_field", "'text' is not a string")
    meta = {k: obj.get(k) for k in ("published", "source", "url", "title")}
    if meta["published"] is None and obj.get("date"):
        meta["published"] = obj["date"]
    article_id = str(obj.get("id") or fallback_id)
    try:
        return _article(article_id, obj["text"], meta, origin)
    except BadArticle as problem:
        raise BadArticle(problem.code, str(problem), article_id) from None


def _from_txt(text: str, fallback_id: str, origin: str) -> Article:
    meta: dict = {}
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        key, sep, value = lines[index].partition(":")
        if not sep or key.strip().lower() not in HEADER_KEYS or " " in key.strip():
            break
        meta[key.strip().lower()] = value.strip()
        index += 1
    if meta:
        while index < len(lines) and not lines[index].strip():
            index += 1
        text = "\n".join(lines[index:])
    if "date" in meta and "published" not in meta:
        meta["published"] = meta.pop("date")
    return _article(meta.pop("id", None) or fallback_id, text, meta, origin)


def _article(article_id: str, text: str, meta: dict, origin: str) -> Article:
    if not text.strip():
        raise BadArticle("empty_text", "the article text is empty")
    if len(text) > MAX_CHARS:
        raise BadArticle("too_long", f"the article has {len(text):,} characters; the limit is {MAX_CHARS:,}")
    if "\x00" in text:
        raise BadArticle("binary", "the text contains NUL bytes (binary data, not an article)")
    warnings = []
    published, source_of_date = _normalise_date(meta.get("published"), warnings), "metadata"
    if published is None:
        published, source_of_date = find_dateline(text), "dateline"
    if published is None:
        source_of_date = None
        warnings.append({"code": "no_publication_date",
                         "message": "no publication date in the metadata or a dateline; "
                                    "dates relative to publication are left unresolved"})
    return Article(id=article_id, text=text, published=published, published_source=source_of_date,
                   source=meta.get("source"), url=meta.get("url"), title=meta.get("title"),
                   origin=origin, warnings=warnings)


def _normalise_date(value, warnings: list) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        parsed = dateparser.parse(str(value), languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
        if parsed:
            return parsed.date().isoformat()
    warnings.append({"code": "bad_publication_date",
                     "message": f"published {str(value)[:40]!r} is not a date; treated as unknown"})
    return None


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise BadArticle("binary", "binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise BadArticle("encoding", f"not UTF-8 text: byte 0x{bad:02x} at offset {error.start} "
                                     "(re-save the file as UTF-8)")


def _guard(article_id: str | None, origin: str, build) -> Article | IngestFailure:
    try:
        return build()
    except BadArticle as problem:
        return IngestFailure(id=problem.article_id or article_id, origin=origin, code=problem.code, message=str(problem))

"""Ingest: read a batch of raw files into documents, or say why a file cannot be one.

Grain of the result: one row per document: a .txt or .html file, or one line of a .jsonl file
(``name.jsonl#N``, N from 1). Every input ends up as a row with ``status``:

- ``new``: decoded text ready for cleaning (the warehouse later decides whether it is already
  loaded or a copy of another file);
- ``quarantined``: bad input (empty, binary, undecodable, malformed JSON, too large,
  unreadable, a cut web-archive record), with a reason a person can act on; anything else that
  goes wrong while reading one file quarantines that file alone (``failed in ingest: ...``);
- ``skipped``: not an article format we read, with the reason.

Text that decoded only with repairs (invalid bytes replaced, an encoding guessed) is read with a
``warning`` the flow logs. Raw files are only ever opened for reading.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import logging
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import charset_normalizer
import polars as pl

from flows.records import DOCUMENT_SCHEMA, Document
from flows.stages.rejections import failure_reason

log = logging.getLogger(__name__)

FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".warc": "warc", ".warc.gz": "warc"}


def format_of(source_file: str) -> str | None:
    """The input format a file name says, or None for an extension newsfacts does not read."""
    name = source_file.lower()
    for suffix in sorted(FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return FORMATS[suffix]
    return None


class BadInput(ValueError):
    """Raised for input that cannot become an article; the message is the quarantine reason."""


def content_hash(data: bytes) -> str:
    """Stable 64-bit content hash (hex); also the article_id of the document it names."""
    return hashlib.blake2b(data, digest_size=8).hexdigest()


# Control bytes that text does not contain (tab, newlines and form feed are text).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f")


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return b"\x00" in sample or controls > len(sample) * 0.01


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to text and name the encoding used (see ``decode_with_repairs``)."""
    text, encoding, _ = decode_with_repairs(data)
    return text, encoding


# Below this share of non-ASCII bytes, text that is neither UTF-8 nor cp1252 is Western text with
# a few stray bytes, not text in a multi-byte legacy encoding (Shift-JIS, GBK), whose letters are
# nearly all non-ASCII.
_STRAY_BYTES_SHARE = 0.05
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_NON_ASCII_CHARS = re.compile("[^\x00-\x7f]")


def decode_with_repairs(data: bytes) -> tuple[str, str, str | None]:
    """Decode bytes to text; return it, the encoding used, and what was repaired (or None).

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such, and so is UTF-8 with
    stray invalid bytes when its valid non-ASCII characters outnumber them (they become U+FFFD).
    Other text is read as cp1252, the web's default legacy encoding (WHATWG maps the Latin-1
    label to it): charset-normalizer takes short cp1252 news text for cp1250 and
    garbles its accents. Text that cp1252 cannot decode either is mostly ASCII with a few stray
    bytes (read as WHATWG's windows-1252, which maps the five bytes cp1252 leaves undefined to
    control characters that cleaning drops), or else in another encoding, which
    charset-normalizer guesses. Binary content raises :class:`BadInput`.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError as exc:
            raise BadInput(f"invalid UTF-16 text: {exc.reason}") from exc
    if _looks_binary(data):
        raise BadInput("binary content (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    repaired = data.decode("utf-8", errors="replace")
    invalid = repaired.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(_NON_ASCII_CHARS.findall(repaired)) - repaired.count("\ufffd")
    if valid > invalid:
        return repaired, "utf-8", f"{_count(invalid, 'invalid UTF-8 sequence')} replaced with U+FFFD"
    try:
        return data.decode("cp1252"), "cp1252", None
    except UnicodeDecodeError:
        pass
    if len(_NON_ASCII.findall(data)) <= _STRAY_BYTES_SHARE * len(data):
        undefined = sum(data.count(byte) for byte in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))
        text = data.decode("cp1252", errors="_whatwg_windows_1252")
        return text, "cp1252", f"{_count(undefined, 'byte')} undefined in cp1252 dropped"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise BadInput("text in no encoding we can detect")
    return str(best), best.encoding, f"neither UTF-8 nor cp1252: decoded as {best.encoding}, a guess"


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}{'' if number == 1 else 's'}"


def _whatwg_windows_1252(error: UnicodeError) -> tuple[str, int]:
    """WHATWG's windows-1252 decoder: a byte cp1252 leaves undefined is the C1 control of its value."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return chr(error.object[error.start]), error.start + 1


codecs.register_error("_whatwg_windows_1252", _whatwg_windows_1252)


def _check_text(text: str) -> str:
    if not text.strip():
        raise BadInput("only whitespace, no text")
    return text


# Errors that another try will not cure; anything else (EIO, EAGAIN, a network mount hiccup) is
# retried with backoff before the file is quarantined.
_PERMANENT = (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError)


def read_with_retries(path: Path, attempts: int = 3, backoff_seconds: float = 0.2) -> bytes:
    """The bytes of a file, retrying transient I/O errors with exponential backoff."""
    for attempt in range(attempts):
        try:
            return path.read_bytes()
        except _PERMANENT:
            raise
        except OSError as exc:
            if attempt == attempts - 1:
                raise
            log.warning("reading %s failed (%s), retrying", path, exc.strerror or exc)
            time.sleep(backoff_seconds * 2**attempt)
    raise AssertionError("unreachable")


def read_documents(
    path: Path, source_file: str, size_bytes: int, max_bytes: int, problem: str | None = None
) -> list[Document]:
    """Read one raw file into its documents (one, or one per JSONL line); ``problem`` is why
    discover could not read the entry (see ``discover_files``)."""
    fmt = format_of(source_file)
    if problem is not None:
        return [Document(source_file, fmt, None, "quarantined", problem)]
    if fmt is None:
        suffix = Path(source_file).suffix or "(none)"
        return [Document(source_file, None, None, "skipped", f"unknown extension {suffix}")]
    if fmt == "warc":  # archives are large: streamed record by record, the limit is per record
        return list(_warc_documents(path, source_file, max_bytes))
    if size_bytes > max_bytes:
        reason = f"file is {size_bytes:,} bytes, over the limit of {max_bytes:,} bytes (NEWSFACTS_MAX_FILE_BYTES)"
        return [Document(source_file, fmt, None, "quarantined", reason)]
    try:
        data = read_with_retries(path)
    except OSError as exc:
        return [Document(source_file, fmt, None, "quarantined", f"cannot read: {exc.strerror or exc}")]
    digest = content_hash(data)
    try:
        if not data:
            raise BadInput("empty file")
        text, encoding, repairs = decode_with_repairs(data)
        if fmt == "jsonl":
            return list(_jsonl_documents(source_file, text, encoding))
        return [Document(source_file, fmt, digest, text=_check_text(text), encoding=encoding, warning=repairs)]
    except BadInput as exc:
        return [Document(source_file, fmt, digest, "quarantined", str(exc))]


def _jsonl_documents(source_file: str, text: str, encoding: str) -> Iterable[Document]:
    """One document per non-blank line of a JSONL export; a bad line is quarantined alone."""
    found = False
    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.rstrip("\r")
        if not line.strip():
            continue
        found = True
        name = f"{source_file}#{number}"
        digest = content_hash(line.encode("utf-8"))
        try:
            yield _jsonl_document(name, digest, line, encoding)
        except BadInput as exc:
            yield Document(name, "jsonl", digest, "quarantined", str(exc))
    if not found:
        yield Document(source_file, "jsonl", None, "quarantined", "only whitespace, no JSON lines")


def _warc_documents(path: Path, source_file: str, max_bytes: int) -> Iterable[Document]:
    """One document per HTML response record of a WARC archive (``name.warc.gz#N``, N counting
    every record from 1). Requests, metadata and other non-response records are not pages and
    are passed over; a response that is not HTML is skipped with its content type."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    found = False
    try:
        for number, record in enumerate(ArchiveIterator(str(path), parse_http=True), start=1):
            if record.record_type != WarcRecordType.response:
                continue
            found = True
            name = f"{source_file}#{number}"
            if "Content-Length" not in record.headers:
                yield Document(name, "warc", None, "quarantined", "record cut short: its headers end early")
                continue
            kind = (record.http_content_type or "").lower()
            if "html" not in kind:
                yield Document(name, "warc", None, "skipped", f"not an HTML page ({kind or 'no content type'})")
                continue
            if record.content_length > max_bytes:
                yield Document(
                    name, "warc", None, "quarantined", f"record is {record.content_length:,} bytes, over the limit"
                )
                continue
            payload = record.reader.read()
            if len(payload) < record.content_length:
                yield Document(
                    name,
                    "warc",
                    content_hash(payload),
                    "quarantined",
                    f"record cut short: {len(payload):,} of its {record.content_length:,} bytes",
                )
                continue
            yield _warc_page(name, payload, record)
    except Exception as exc:  # fastwarc raises its own errors on a broken archive
        yield Document(
            source_file if not found else f"{source_file}#rest",
            "warc",
            None,
            "quarantined",
            f"broken WARC archive: {exc}",
        )
        return
    if not found:
        yield Document(source_file, "warc", None, "quarantined", "no response records in the WARC archive")


def _warc_page(name: str, payload: bytes, record) -> Document:
    """A response record's page; anything that goes wrong quarantines this record alone."""
    digest = content_hash(payload)
    try:
        try:
            charset = record.http_charset
            if not charset:
                raise LookupError("no charset declared")
            text, encoding, warning = payload.decode(charset), charset, None
        except (LookupError, UnicodeDecodeError):
            text, encoding, warning = decode_with_repairs(payload)
        url = record.headers.get("WARC-Target-URI")
        crawled = record.record_date.isoformat() if record.record_date else None
        return Document(
            name,
            "warc",
            digest,
            text=_check_text(text),
            encoding=encoding,
            url=url,
            published_at=crawled,
            warning=warning,
        )
    except BadInput as exc:
        return Document(name, "warc", digest, "quarantined", str(exc))
    except Exception as exc:
        log.warning("reading %s failed", name, exc_info=True)
        return Document(name, "warc", digest, "quarantined", failure_reason("ingest", exc))


_SURROGATE = re.compile("[\ud800-\udfff]")
# The names exports give an article's fields, in the order they are looked for: "text" and
# "published_at" first, then what other exporters and scrapers call them.
_TEXT_KEYS = (
    "text", "body", "content", "article_text", "full_text", "article", "body_text", "bodyText", "articleBody",
    "article_body", "story", "story_text", "content_text", "maintext", "full_content",
)  # fmt: skip
# A standfirst an export keeps apart from the body: the article's first paragraph.
_STANDFIRST_KEYS = ("standfirst", "dek", "subtitle", "subheadline", "summary", "description", "lede", "teaser")
_PUBLISHED_KEYS = (
    "published_at", "published", "date_published", "datePublished", "publish_date", "pubDate", "pub_date",
    "publishedAt", "published_utc", "published_time", "firstPublished", "first_published", "date", "datetime",
    "timestamp", "created_at",
)  # fmt: skip
_PUBLISHER_KEYS = (
    "source", "publisher", "outlet", "site_name", "publication", "source_name", "sourceName", "site", "newspaper",
    "agency", "brand",
)  # fmt: skip
_AUTHOR_KEYS = ("author", "byline", "authors", "writer", "by")
# Prose has this many words at least: an export's text field may be named as no list knows.
_PROSE_WORDS = 40


def _first(record: dict, keys: tuple[str, ...]) -> object:
    """The value of the first of ``keys`` the record has and does not leave empty; a name kept
    as an object ("source": {"name": ...}) or a list of names ("authors") as its text."""
    value = next((record[key] for key in keys if record.get(key) not in (None, "", [], {})), None)
    if isinstance(value, dict):
        return value.get("name") or value.get("title")
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    return value


def _body_of(record: dict) -> object:
    """The article's text: the first text field a list knows, else the longest string of prose,
    after the standfirst an export keeps apart, unless the text starts with it."""
    body = next((record[key] for key in _TEXT_KEYS if isinstance(record.get(key), str) and record[key].strip()), None)
    if body is None:
        prose = [v for k, v in record.items() if isinstance(v, str) and k not in _STANDFIRST_KEYS]
        body = max(prose, key=len, default=None)
        if body is not None and len(body.split()) < _PROSE_WORDS:
            body = None
    standfirst = _first(record, _STANDFIRST_KEYS)
    if isinstance(body, str) and isinstance(standfirst, str) and standfirst.strip():
        lead = " ".join(standfirst.split()[:12])
        if lead not in " ".join(body.split()[:400]):
            body = f"{standfirst.strip()}\n\n{body}"
    return body


def _jsonl_document(name: str, digest: str, line: str, encoding: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadInput(f"not valid JSON at column {exc.colno}: {exc.msg}") from exc
    warning = None
    # An escaped half of a surrogate pair ("\\ud83d" alone) decodes to a character no UTF-8 text
    # can hold; only a line that escapes one (the escape's first letter "d" or "D") is checked.
    if "\\ud" in line or "\\uD" in line:
        decoded = json.dumps(record, ensure_ascii=False)
        if _SURROGATE.search(decoded):
            warning = "unpaired surrogate escapes replaced with U+FFFD"
            record = json.loads(_SURROGATE.sub("\ufffd", decoded))
    if not isinstance(record, dict):
        raise BadInput(f"a JSON {type(record).__name__}, not an article object")
    body = _body_of(record)
    if not isinstance(body, str):
        raise BadInput(
            f"no article text in the object: none of {', '.join(repr(k) for k in _TEXT_KEYS)} is a string, "
            f"nor any other field of {_PROSE_WORDS} words or more"
        )

    def field(keys: tuple[str, ...]) -> str | None:
        value = _first(record, keys)
        return str(value).strip() or None if value is not None else None

    return Document(
        name,
        "jsonl",
        digest,
        text=_check_text(body),
        encoding=encoding,
        url=field(("url", "link", "canonical_url", "permalink")),
        title=field(("title", "headline")),
        published_at=field(_PUBLISHED_KEYS),
        publisher=field(_PUBLISHER_KEYS),
        author=field(_AUTHOR_KEYS),
        warning=warning,
    )


def ingest_files(files: pl.DataFrame, max_bytes: int) -> pl.DataFrame:
    """Read a batch of discovered files (see ``discover``) into a frame of documents.

    Whatever goes wrong while reading one file quarantines that file (``failed in ingest:``,
    the traceback in the log) and the others are read.
    """
    documents = []
    for path, source_file, size, mtime, problem in files.select(
        "path", "source_file", "size_bytes", "mtime_ns", "problem"
    ).iter_rows():
        try:
            found = read_documents(Path(path), source_file, size, max_bytes, problem)
        except Exception as exc:
            log.warning("reading %s failed", source_file, exc_info=True)
            found = [Document(source_file, format_of(source_file), None, "quarantined", failure_reason("ingest", exc))]
        documents += [
            {**vars(document), "input_file": source_file, "size_bytes": size, "mtime_ns": mtime} for document in found
        ]
    return pl.DataFrame(documents, schema=DOCUMENT_SCHEMA)


def is_archive(source_file: str) -> bool:
    """Whether a file is a web archive, whose records are read in chunks (``archive_chunks``)."""
    return format_of(source_file) == "warc"


def archive_chunks(archive: pl.DataFrame, max_bytes: int, rows: int) -> Iterator[pl.DataFrame]:
    """The documents of one discovered web archive (a one-row frame from ``discover``), at most
    ``rows`` records a frame, read as the frames are asked for: an archive of any size needs
    the memory of one chunk."""
    ((path, source_file, size, mtime),) = archive.select("path", "source_file", "size_bytes", "mtime_ns").iter_rows()
    records = _warc_documents(Path(path), source_file, max_bytes)
    while chunk := list(itertools.islice(records, rows)):
        yield pl.DataFrame(
            [{**vars(d), "input_file": source_file, "size_bytes": size, "mtime_ns": mtime} for d in chunk],
            schema=DOCUMENT_SCHEMA,
        )

"""What several test modules share: a web-archive record written by hand, and a warehouse
loaded for real from a few articles."""

from __future__ import annotations

import gzip
from pathlib import Path

import duckdb
import polars as pl

from flows import warehouse
from flows.stages.clean.article import clean_documents
from flows.stages.extract.article import extract_batch
from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import ingest_files


def warc_record(
    number: int, url: str, body: str, record_type: str = "response", content_type: str = "text/html; charset=utf-8"
) -> bytes:
    """One gzipped WARC record, written by hand the way crawlers write them."""
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n{body}".encode()
    head = (
        f"WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Date: 2025-06-10T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:{number:08d}-0000-0000-0000-000000000000>\r\n"
        f"Content-Type: application/http; msgtype={record_type}\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def load(raw: Path, articles: dict[str, str]) -> duckdb.DuckDBPyConnection:
    """A warehouse holding the given articles (file name → text), loaded for real."""
    raw.mkdir()
    for name, text in articles.items():
        (raw / name).write_text(text, encoding="utf-8")
    con = duckdb.connect()
    warehouse.apply_schema(con)
    documents = warehouse.triage(con, ingest_files(discover_files(raw), 1_000_000))
    cleaned = clean_documents(documents.filter(pl.col("status") == "new"))
    warehouse.load_batch(con, "r", documents, cleaned, extract_batch(cleaned.articles, cleaned.sentences))
    warehouse.refresh_contradictions(con)
    return con

"""The flow's steps as Prefect tasks: thin wrappers over the stages and the warehouse.

Each works on a batch, never on one article. Task inputs are frames and a live connection:
nothing to cache, and hashing them is waste; results are used once, right away, so Prefect
need not keep them in memory either (it otherwise holds on to recent results, hundreds of MB of
batches over a long run). An error raised because the run was asked to stop (DuckDB turns a
signal's exception into its own error) is reported as the interruption.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import polars as pl
from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows import warehouse
from flows.quality.report import write_report
from flows.quality.validate import SuiteResult, validate_run
from flows.records import DOCUMENT_SCHEMA
from flows.runtime.lifetime import interrupted
from flows.runtime.workers import Workers
from flows.settings import Settings
from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import ingest_files
from flows.stages.transform import (
    TransformedBatch,
    concat_transformed,
    given_up,
    transform_documents,
)

Result = TypeVar("Result")
# Why a document is given up when the worker process working on it ended (flows.runtime.workers).
WORKER_ENDED = (
    "its worker process ended while on it, twice: stuck in compiled code past twice the time budget "
    "(NEWSFACTS_DOCUMENT_SECONDS), or crashed"
)


def stage(fn: Callable[..., Result]) -> Any:
    """A step of the flow as a Prefect task that keeps no result and reports a stop as one."""

    @functools.wraps(fn)
    def step(*args: Any, **kwargs: Any) -> Result:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            stop = interrupted(exc)
            if stop is None:
                raise
            raise stop from exc

    return task(cache_policy=NO_CACHE, cache_result_in_memory=False)(step)


@stage
def discover(raw_dir: Path) -> pl.DataFrame:
    """List the raw folder's files."""
    return discover_files(raw_dir)


@stage
def skip_unchanged(files: pl.DataFrame, con: duckdb.DuckDBPyConnection) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Split the discovered files into those to read and the documents of those unchanged
    since they were last seen (already skipped, with their reasons), in one query."""
    return warehouse.triage_files(con, files, DOCUMENT_SCHEMA)


@stage
def ingest(
    files: pl.DataFrame, con: duckdb.DuckDBPyConnection, max_bytes: int, pending: pl.DataFrame | None
) -> pl.DataFrame:
    """Read a batch of files into documents and mark those already loaded or copies."""
    return warehouse.triage(con, ingest_files(files, max_bytes), pending)


@stage
def ingest_archive_chunk(
    chunk: pl.DataFrame, con: duckdb.DuckDBPyConnection, pending: pl.DataFrame | None
) -> pl.DataFrame:
    """Mark a chunk of a web archive's records already loaded or copies."""
    return warehouse.triage(con, chunk, pending)


@stage
def transform(documents: pl.DataFrame, workers: Workers | None, document_seconds: float) -> TransformedBatch:
    """Clean and extract new documents, across the local worker processes when given."""
    if workers is None:
        return transform_documents(documents, document_seconds)
    chunk_transform = functools.partial(transform_documents, document_seconds=document_seconds)
    return concat_transformed(
        workers.map_chunks(chunk_transform, documents, functools.partial(given_up, reason=WORKER_ENDED))
    )


@stage
def load(con: duckdb.DuckDBPyConnection, run_id: str, documents: pl.DataFrame, transformed: TransformedBatch) -> None:
    """Write the batch in one transaction."""
    warehouse.load_batch(con, run_id, documents, transformed.cleaned, transformed.extracted)


@stage
def detect_contradictions(con: duckdb.DuckDBPyConnection) -> int:
    """Store the contradictions the warehouse's facts now hold; return how many."""
    return warehouse.refresh_contradictions(con)


@stage
def validate(con: duckdb.DuckDBPyConnection, run_id: str, settings: Settings) -> list[SuiteResult]:
    """Run the Great Expectations suites on this run's rows and the warehouse's totals."""
    return validate_run(con, run_id, settings.gx_dir, settings.validation_rows)


@stage
def report(con: duckdb.DuckDBPyConnection, run_id: str, settings: Settings) -> Path:
    """Write the data-quality report and the run's Prefect artifacts."""
    path = write_report(con, settings.reports_dir, settings.warehouse, run_id)
    run = warehouse.fetch_frame(con, "select * from runs where run_id = ?", [run_id])
    create_table_artifact(
        key="newsfacts-run-counts",
        table=run.drop("raw_dir").with_columns(pl.all().cast(pl.String)).to_dicts(),
        description="Counts of this newsfacts run",
    )
    create_markdown_artifact(
        key="newsfacts-report",
        markdown=path.with_suffix(".md").read_text(encoding="utf-8"),
        description="Data-quality report of this run",
    )
    return path

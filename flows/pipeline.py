"""The newsfacts flow: discover → ingest → clean → extract → load → validate → report.

Tasks are thin wrappers over the stage modules' plain functions and work on batches of
documents (``Settings.batch_size``), never on one article at a time. Batches move between
stages as polars frames and enter DuckDB through Arrow. The flow holds the warehouse's single
write connection for the whole run, so a second run waits for nothing and is told it is busy.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows import warehouse
from flows.extract import ExtractedBatch, extract_batch
from flows.clean import CleanedBatch, clean_documents
from flows.discover import discover_files
from flows.ingest import ingest_files
from flows.parallel import Workers
from flows.progress import StageClock, batch_progress
from flows.report import write_report
from flows.settings import Settings
from flows.validate import SuiteResult, validate_run

# Task inputs are frames and a live connection: nothing to cache, and hashing them is waste.
stage = task(cache_policy=NO_CACHE)


@stage
def discover(raw_dir: Path) -> pl.DataFrame:
    """List the raw folder's files."""
    return discover_files(raw_dir)


@stage
def ingest(files: pl.DataFrame, con: duckdb.DuckDBPyConnection, max_bytes: int) -> pl.DataFrame:
    """Read a batch of files into documents and mark those already loaded or copies."""
    return warehouse.triage(con, ingest_files(files, max_bytes))


@stage
def clean(documents: pl.DataFrame, workers: Workers) -> CleanedBatch:
    """Clean the batch's new documents into articles, sentences and near-duplicate signatures."""
    return workers.map_frames(clean_documents, documents.filter(pl.col("status") == "new"))


@stage
def extract(articles: pl.DataFrame, sentences: pl.DataFrame, workers: Workers) -> ExtractedBatch:
    """Extract the batch's claims, entity mentions and quotes."""
    return workers.map_frames(extract_batch, articles, sentences, key="article_id")


@stage
def load(con: duckdb.DuckDBPyConnection, run_id: str, documents: pl.DataFrame, cleaned: CleanedBatch,
         extracted: ExtractedBatch) -> None:
    """Write the batch in one transaction."""
    warehouse.load_batch(con, run_id, documents, cleaned, extracted)


@stage
def validate(con: duckdb.DuckDBPyConnection, run_id: str, gx_dir: Path) -> list[SuiteResult]:
    """Run the Great Expectations suites on this run's rows."""
    return validate_run(con, run_id, gx_dir)


@stage
def report(con: duckdb.DuckDBPyConnection, run_id: str, settings: Settings) -> Path:
    """Write the data-quality report and the run's Prefect artifacts."""
    path = write_report(con, settings.reports_dir, settings.gx_dir, run_id)
    run = warehouse.fetch_frame(con, "select * from runs where run_id = ?", [run_id])
    create_table_artifact(key="newsfacts-run-counts", table=run.drop("raw_dir").with_columns(
        pl.all().cast(pl.String)).to_dicts(), description="Counts of this newsfacts run")
    create_markdown_artifact(key="newsfacts-report", markdown=path.with_suffix(".md").read_text(encoding="utf-8"),
                             description="Data-quality report of this run")
    return path


@flow(name="newsfacts", log_prints=False)
def newsfacts_flow(raw_dir: str = "data/raw", warehouse_path: str = "data/warehouse/news.duckdb",
                   batch_size: int | None = None, show_progress: bool = False) -> dict:
    """Run the whole pipeline on a raw folder into a warehouse; return the run's counts."""
    settings = Settings(raw_dir=Path(raw_dir), warehouse=Path(warehouse_path),
                        **({"batch_size": batch_size} if batch_size else {}))
    logger = get_run_logger()
    clock = StageClock()
    run_id = datetime.now().strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:6]
    con = warehouse.connect(settings.warehouse)
    workers = Workers(settings.workers)
    try:
        warehouse.apply_schema(con)
        warehouse.start_run(con, run_id, settings.raw_dir)
        try:
            with clock.stage("discover (files)", 0):
                files = discover(settings.raw_dir)
            clock.totals["discover (files)"][0] = len(files)
            with batch_progress(len(files), show_progress) as advance:
                for offset in range(0, len(files), settings.batch_size):
                    batch = files.slice(offset, settings.batch_size)
                    with clock.stage("ingest (files)", len(batch)):
                        documents = ingest(batch, con, settings.max_file_bytes)
                    _log_rejects(logger, documents)
                    new = int((documents["status"] == "new").sum())
                    with clock.stage("clean (documents)", new):
                        cleaned = clean(documents, workers)
                    with clock.stage("extract (articles)", len(cleaned.articles)):
                        extracted = extract(cleaned.articles, cleaned.sentences, workers)
                    with clock.stage("load (documents)", len(documents)):
                        load(con, run_id, documents, cleaned, extracted)
                    advance(len(batch))
                    logger.debug("batch %d: %d files, %d new documents", offset // settings.batch_size + 1,
                                 len(batch), new)
            loaded = clock.totals.get("clean (documents)", [0])[0]
            suites: list[SuiteResult] = []
            if loaded:
                with clock.stage("validate (suites)", 0):
                    suites = validate(con, run_id, settings.gx_dir)
                clock.totals["validate (suites)"][0] = len(suites)
            else:
                logger.info("nothing new: validation skipped, the warehouse is unchanged")
            counts = warehouse.finish_run(con, run_id, "completed")
            with clock.stage("report", 1):
                counts["report"] = str(report(con, run_id, settings))
            counts["failed_expectations"] = sum(s.failed for s in suites)
            for line in clock.lines():
                logger.info(line)
            return counts
        except BaseException:
            warehouse.finish_run(con, run_id, "failed")
            raise
    finally:
        workers.close()
        con.close()


def _log_rejects(logger: logging.Logger | logging.LoggerAdapter, documents: pl.DataFrame) -> None:
    """One warning per input that is quarantined, with its file and the reason."""
    for source_file, reason in documents.filter(pl.col("status") == "quarantined").select(
            "source_file", "reason").iter_rows():
        logger.warning("quarantined %s: %s", source_file, reason)

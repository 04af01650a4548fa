"""The newsfacts flow: discover → ingest → transform (clean, extract) → load → contradictions
→ validate → report.

Tasks are thin wrappers over the stage modules' plain functions and work on batches of
documents (``Settings.batch_size`` files, or records of a web archive), never on one article
at a time. Batches move between stages as polars frames and enter DuckDB through Arrow. The
flow's own thread holds the warehouse's single write connection for the whole run and does
every read and write; the CPU-bound transform of a batch runs in worker processes or on a Dask
cluster (see ``flows.runtime.workers``) while the flow loads the batch before it.
"""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl
from prefect import Flow, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture

from flows import warehouse
from flows.stages.ingest.discover import discover_files
from flows.records import DOCUMENT_SCHEMA
from flows.stages.ingest.read import archive_chunks, ingest_files, is_archive
from flows.runtime.workers import DASK_CHUNK_ROWS, Workers, share_api_with_workers, split, task_runner
from flows.runtime.lifetime import interrupted, on_stop
from flows.runtime.progress import StageClock, batch_progress
from flows.stages.rejections import failure_reason
from flows.quality.report import write_report
from flows.settings import Settings
from flows.stages.transform import TransformedBatch, concat_transformed, given_up, transform_documents
from flows.quality.validate import SuiteResult, prefetch, validate_run

# Task inputs are frames and a live connection: nothing to cache, and hashing them is waste;
# results are used once, right away, so Prefect need not keep them in memory either (measured:
# it otherwise holds on to recent results, hundreds of MB of batches over a long run).
_task = task(cache_policy=NO_CACHE, cache_result_in_memory=False)


def stage(fn: Callable) -> Callable:
    """A step of the flow as a Prefect task. An error raised because the run was asked to stop
    (DuckDB turns a signal's exception into its own error) is reported as the interruption."""

    @functools.wraps(fn)
    def step(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            stop = interrupted(exc)
            if stop is None:
                raise
            raise stop from exc

    return _task(step)


# Up to this many files to read, and no web archive (one file, any number of pages), Great
# Expectations is imported on a background thread while the batches are transformed (its
# import costs ~4 s at the end of a run otherwise). It holds ~240 MB beside the workers: in a
# larger run memory comes first (100,000 articles peaked at 2.0 GB with it, 1.7 GB without),
# and 4 s is small beside the run's minutes.
IMPORT_GX_EARLY_MAX_FILES = 20_000


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
def ingest(files: pl.DataFrame, con: duckdb.DuckDBPyConnection, max_bytes: int,
           pending: pl.DataFrame | None) -> pl.DataFrame:
    """Read a batch of files into documents and mark those already loaded or copies."""
    return warehouse.triage(con, ingest_files(files, max_bytes), pending)


@stage
def ingest_archive_chunk(chunk: pl.DataFrame, con: duckdb.DuckDBPyConnection,
                         pending: pl.DataFrame | None) -> pl.DataFrame:
    """Mark a chunk of a web archive's records already loaded or copies."""
    return warehouse.triage(con, chunk, pending)


# Why a document is given up when the worker process working on it ended (flows.runtime.workers).
WORKER_ENDED = ("its worker process ended while on it, twice: stuck in compiled code past twice the time budget "
                "(NEWSFACTS_DOCUMENT_SECONDS), or crashed")


@stage
def transform(documents: pl.DataFrame, workers: Workers | None, document_seconds: float) -> TransformedBatch:
    """Clean and extract new documents, across the local worker processes when given."""
    if workers is None:
        return transform_documents(documents, document_seconds)
    chunk_transform = functools.partial(transform_documents, document_seconds=document_seconds)
    return concat_transformed(workers.map_chunks(chunk_transform, documents,
                                                 functools.partial(given_up, reason=WORKER_ENDED)))


@stage
def load(con: duckdb.DuckDBPyConnection, run_id: str, documents: pl.DataFrame, transformed: TransformedBatch) -> None:
    """Write the batch in one transaction."""
    warehouse.load_batch(con, run_id, documents, transformed.cleaned, transformed.extracted)


@stage
def detect_contradictions(con: duckdb.DuckDBPyConnection) -> int:
    """Store the contradictions the warehouse's facts now hold; return how many."""
    return warehouse.refresh_contradictions(con)


@stage
def validate(con: duckdb.DuckDBPyConnection, run_id: str, gx_dir: Path, sample_rows: int) -> list[SuiteResult]:
    """Run the Great Expectations suites on this run's rows and the warehouse's totals."""
    return validate_run(con, run_id, gx_dir, sample_rows)


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


@dataclass
class InFlight:
    """A batch whose new documents are being transformed while the flow goes on."""

    documents: pl.DataFrame
    transforms: list[tuple[pl.DataFrame, PrefectFuture]]  # each chunk of new documents and its transform
    files: int

    @property
    def new(self) -> pl.DataFrame:
        return self.documents.filter(pl.col("status") == "new")


@dataclass
class BatchQueue:
    """Batches on their way to the warehouse: each batch's transform starts when it is pushed,
    and the batch pushed before it is loaded meanwhile, so the workers and the flow's single
    DuckDB connection work at the same time while at most two batches are held in memory."""

    con: duckdb.DuckDBPyConnection
    run_id: str
    settings: Settings
    local: Workers | None
    clock: StageClock
    advance: Callable[[int], None]
    logger: logging.Logger | logging.LoggerAdapter
    in_flight: InFlight | None = None
    import_gx_early: bool = False

    @property
    def pending(self) -> pl.DataFrame | None:
        """The new documents of the batch not loaded yet (triage tells copies of them)."""
        return self.in_flight.new if self.in_flight else None

    def push(self, documents: pl.DataFrame, files: int) -> None:
        """Start transforming a triaged batch, then load the one before it."""
        _log_inputs(self.logger, documents)
        submitted = InFlight(documents, _submit_transform(documents, self.local, self.settings), files)
        if submitted.transforms and self.import_gx_early:
            prefetch()  # new articles will be validated: GX is imported while they are transformed
        self.logger.debug("batch: %d files, %d documents, %d new", files, len(documents), len(submitted.new))
        self.flush()
        self.in_flight = submitted

    def flush(self) -> None:
        """Load the batch in flight, if any."""
        if self.in_flight is not None:
            _load(self.con, self.run_id, self.in_flight, self.clock, self.logger, self.settings.document_seconds)
            self.advance(self.in_flight.files)
            self.in_flight = None


@flow(name="newsfacts", log_prints=False)
def newsfacts_flow(raw_dir: str = "data/raw", warehouse_path: str = "data/warehouse/news.duckdb",
                   batch_size: int | None = None, show_progress: bool = False, runner: str = "local",
                   workers: int | None = None, dask_address: str | None = None) -> dict:
    """Run the whole pipeline on a raw folder into a warehouse; return the run's counts.

    ``runner``, ``workers`` and ``dask_address`` say where clean and extract run; the flow's
    task runner must match them (``configured_flow`` builds both from one Settings).
    """
    settings = Settings(raw_dir=Path(raw_dir), warehouse=Path(warehouse_path), runner=runner, workers=workers,
                        dask_address=dask_address, **({"batch_size": batch_size} if batch_size else {}))
    logger = get_run_logger()
    clock = StageClock()
    run_id = datetime.now().strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:6]
    con = warehouse.connect(settings.warehouse, memory_limit=settings.duckdb_memory)
    on_stop(con.interrupt)  # a stop asked for during a long query ends the query at once
    local = Workers(settings.workers) if settings.runner == "local" else None
    if local is None and not settings.dask_address:
        share_api_with_workers()  # before the first task starts the local Dask cluster
    try:
        created = warehouse.apply_schema(con)
        previous_status = warehouse.last_run_status(con)
        warehouse.start_run(con, run_id, settings.raw_dir)
        try:
            with clock.stage("discover (files)", 0):
                files = discover(settings.raw_dir)
            clock.totals["discover (files)"][0] = len(files)
            warehouse.limit_memory(con, settings.duckdb_load_memory)  # the workers need the memory now
            with batch_progress(len(files), show_progress) as advance:
                queue = BatchQueue(con, run_id, settings, local, clock, advance, logger)
                with clock.stage("ingest (files)", len(files)):
                    to_read, unchanged = skip_unchanged(files, con)
                archives = to_read["source_file"].map_elements(is_archive, return_dtype=pl.Boolean) & \
                    to_read["problem"].is_null()
                queue.import_gx_early = len(to_read) <= IMPORT_GX_EARLY_MAX_FILES and not archives.any()
                if not unchanged.is_empty():  # recorded in the ledger as one batch
                    queue.push(unchanged, len(files) - len(to_read))
                plain = to_read.filter(~archives)
                for offset in range(0, len(plain), settings.batch_size):
                    batch = plain.slice(offset, settings.batch_size)
                    with clock.stage("ingest (files)", 0):
                        documents = ingest(batch, con, settings.max_file_bytes, queue.pending)
                    queue.push(documents, len(batch))
                for archive in to_read.filter(archives).iter_slices(1):
                    _ingest_archive(archive, queue)
                queue.flush()
            if local is not None:
                local.close()  # the workers' memory is given back before detection and validation
            warehouse.limit_memory(con, settings.duckdb_memory)
            loaded = clock.totals.get("clean (documents)", [0])[0]
            suites: list[SuiteResult] = []
            # Also when the warehouse predates the table, or when the run before stopped before
            # it could refresh them (its batches stay loaded).
            if loaded or "fct_contradictions" in created or previous_status not in (None, "completed"):
                with clock.stage("contradictions", 0):
                    found = detect_contradictions(con)
                clock.totals["contradictions"][0] = found
            if loaded:
                with clock.stage("validate (suites)", 0):
                    suites = validate(con, run_id, settings.gx_dir, settings.validation_rows)
                clock.totals["validate (suites)"][0] = len(suites)
            else:
                logger.info("nothing new: contradictions and validation skipped, the warehouse is unchanged")
            counts = warehouse.finish_run(con, run_id, "completed")
            with clock.stage("report", 1):
                counts["report"] = str(report(con, run_id, settings))
            counts["failed_expectations"] = sum(s.failed for s in suites)
            for line in clock.lines():
                logger.info(line)
            return counts
        except BaseException as exc:
            stop = interrupted(exc)
            if stop is None:
                warehouse.finish_run(con, run_id, "failed")
                raise
            stop.counts = warehouse.finish_run(con, run_id, "interrupted")  # what the CLI reports
            raise stop from (None if stop is exc else exc)
    finally:
        if local is not None:
            local.close()
        con.close()


def _ingest_archive(archive: pl.DataFrame, queue: BatchQueue) -> None:
    """A web archive to read, in chunks of at most a batch of records, each a batch of its own."""
    con, settings, clock = queue.con, queue.settings, queue.clock
    chunks = archive_chunks(archive, settings.max_file_bytes, settings.batch_size)
    files = 1  # the archive counts once, with its first chunk
    while True:
        with clock.stage("ingest (files)", 0):
            chunk = next(chunks, None)
            documents = None if chunk is None else ingest_archive_chunk(chunk, con, queue.pending)
        if documents is None:
            return
        queue.push(documents, files)
        files = 0


def _submit_transform(documents: pl.DataFrame, local: Workers | None,
                      settings: Settings) -> list[tuple[pl.DataFrame, PrefectFuture]]:
    """Start transforming a batch's new documents: one task over the local workers, or one task
    per chunk on a Dask cluster; return each chunk with its task."""
    new = documents.filter(pl.col("status") == "new")
    if new.is_empty():
        return []
    if local is not None:
        return [(new, transform.submit(new, local, settings.document_seconds))]
    return [(chunk, transform.submit(chunk, None, settings.document_seconds))
            for chunk in split(new, -(-len(new) // DASK_CHUNK_ROWS))]


def _load(con: duckdb.DuckDBPyConnection, run_id: str, batch: InFlight, clock: StageClock,
          logger: logging.Logger | logging.LoggerAdapter, document_seconds: float) -> None:
    """Wait for a batch's transform, then load it."""
    with clock.stage("wait for workers", 0):
        parts = [_result(chunk, future, logger) for chunk, future in batch.transforms]
    if parts:
        transformed = concat_transformed(parts)
    else:
        transformed = transform_documents(batch.new, document_seconds)  # nothing new: empty frames of the right shape
    for source_file, reason, detail in transformed.cleaned.rejected.iter_rows():
        logger.warning("quarantined %s: %s%s", source_file, reason, f"\n{detail}" if detail else "")
    clock.add("clean (documents)", len(batch.new), transformed.clean_seconds, in_workers=True)
    clock.add("extract (articles)", len(transformed.cleaned.articles), transformed.extract_seconds, in_workers=True)
    with clock.stage("load (documents)", len(batch.documents)):
        load(con, run_id, batch.documents, transformed)


def _result(chunk: pl.DataFrame, future: PrefectFuture,
            logger: logging.Logger | logging.LoggerAdapter) -> TransformedBatch:
    """A chunk's transform; if the task itself failed (a Dask worker lost, say), its documents
    are quarantined with the reason rather than the run failing."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - documents are given up, the run goes on
        logger.error("transforming %d documents failed; they are quarantined", len(chunk), exc_info=True)
        return given_up(chunk, failure_reason("transform", exc))


def configured_flow(settings: Settings) -> Flow:
    """The flow with the Prefect task runner the settings choose (see ``flows.runtime.workers``)."""
    return newsfacts_flow.with_options(task_runner=task_runner(settings))


def _log_inputs(logger: logging.Logger | logging.LoggerAdapter, documents: pl.DataFrame) -> None:
    """One warning per input that is quarantined, with its file and the reason, and per input
    read only with repairs (invalid bytes replaced, an encoding guessed)."""
    for source_file, status, reason, warning in documents.select("source_file", "status", "reason", "warning").iter_rows():
        if status == "quarantined":
            logger.warning("quarantined %s: %s", source_file, reason)
        elif warning:
            logger.warning("%s: %s", source_file, warning)

"""Batches on their way to the warehouse: read, transformed in the workers, loaded.

Grain: a batch is ``Settings.batch_size`` files, or records of a web archive. Each batch's
transform starts when it is read, and the batch read before it is loaded meanwhile, so the
workers and the run's one DuckDB connection work at the same time while at most two batches
are held in memory. Unchanged files are recorded as one batch without being read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import polars as pl
from prefect.futures import PrefectFuture

from flows import warehouse
from flows.quality.validate import prefetch
from flows.runtime.progress import Stage, batch_progress
from flows.runtime.run import PipelineRun
from flows.runtime.tasks import (
    ingest,
    ingest_archive_chunk,
    load,
    skip_unchanged,
    transform,
)
from flows.runtime.workers import DASK_CHUNK_ROWS, split
from flows.stages.ingest.read import archive_chunks, is_archive
from flows.stages.rejections import failure_reason
from flows.stages.transform import (
    TransformedBatch,
    concat_transformed,
    given_up,
    transform_documents,
)

# Up to this many files to read, and no web archive (one file, any number of pages), Great
# Expectations is imported on a background thread while the batches are transformed: its
# import costs seconds at the end of a run otherwise, and beside the workers it holds memory a
# larger run needs more.
IMPORT_GX_EARLY_MAX_FILES = 20_000


@dataclass
class Loaded:
    """What the batches of a run brought: files seen, and the articles cleaned from them."""

    files: int = 0
    articles: int = 0


def load_files(run: PipelineRun, files: pl.DataFrame, show_progress: bool) -> Loaded:
    """Read, transform and load the discovered files, a batch at a time."""
    settings, clock = run.settings, run.clock
    warehouse.limit_memory(run.con, settings.duckdb_load_memory)  # the workers need the memory now
    loaded = Loaded(files=len(files))
    with batch_progress(len(files), show_progress) as advance:
        queue = BatchQueue(run, advance, loaded)
        with clock.stage(Stage.INGEST, len(files)):
            to_read, unchanged = skip_unchanged(files, run.con)
        archives = (
            to_read["source_file"].map_elements(is_archive, return_dtype=pl.Boolean) & to_read["problem"].is_null()
        )
        queue.import_gx_early = len(to_read) <= IMPORT_GX_EARLY_MAX_FILES and not archives.any()
        if not unchanged.is_empty():
            queue.push(unchanged, len(files) - len(to_read))
        plain = to_read.filter(~archives)
        for offset in range(0, len(plain), settings.batch_size):
            batch = plain.slice(offset, settings.batch_size)
            with clock.stage(Stage.INGEST):
                documents = ingest(batch, run.con, settings.max_file_bytes, queue.pending)
            queue.push(documents, len(batch))
        for archive in to_read.filter(archives).iter_slices(1):
            _push_archive(archive, queue)
        queue.flush()
    return loaded


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
    """Batches on their way to the warehouse: the one in flight is loaded when the next is pushed."""

    run: PipelineRun
    advance: Callable[[int], object]
    loaded: Loaded
    in_flight: InFlight | None = None
    import_gx_early: bool = False

    @property
    def pending(self) -> pl.DataFrame | None:
        """The new documents of the batch not loaded yet (triage tells copies of them)."""
        return self.in_flight.new if self.in_flight else None

    def push(self, documents: pl.DataFrame, files: int) -> None:
        """Start transforming a triaged batch, then load the one before it."""
        _log_inputs(self.run, documents)
        submitted = InFlight(documents, _submit_transform(self.run, documents), files)
        if submitted.transforms and self.import_gx_early:
            prefetch()  # new articles will be validated: GX is imported while they are transformed
        self.run.logger.debug("batch: %d files, %d documents, %d new", files, len(documents), len(submitted.new))
        self.flush()
        self.in_flight = submitted

    def flush(self) -> None:
        """Load the batch in flight, if any."""
        if self.in_flight is not None:
            self.loaded.articles += _load(self.run, self.in_flight)
            self.advance(self.in_flight.files)
            self.in_flight = None


def _push_archive(archive: pl.DataFrame, queue: BatchQueue) -> None:
    """A web archive to read, in chunks of at most a batch of records, each a batch of its own."""
    run = queue.run
    chunks = archive_chunks(archive, run.settings.max_file_bytes, run.settings.batch_size)
    files = 1  # the archive counts once, with its first chunk
    while True:
        with run.clock.stage(Stage.INGEST):
            chunk = next(chunks, None)
            documents = None if chunk is None else ingest_archive_chunk(chunk, run.con, queue.pending)
        if documents is None:
            return
        queue.push(documents, files)
        files = 0


def _submit_transform(run: PipelineRun, documents: pl.DataFrame) -> list[tuple[pl.DataFrame, PrefectFuture]]:
    """Start transforming a batch's new documents: one task over the local workers, or one task
    per chunk on a Dask cluster; return each chunk with its task."""
    new = documents.filter(pl.col("status") == "new")
    if new.is_empty():
        return []
    seconds = run.settings.document_seconds
    if run.workers is not None:
        return [(new, transform.submit(new, run.workers, seconds))]
    return [(chunk, transform.submit(chunk, None, seconds)) for chunk in split(new, -(-len(new) // DASK_CHUNK_ROWS))]


def _load(run: PipelineRun, batch: InFlight) -> int:
    """Wait for a batch's transform, then load it; return how many articles it brought."""
    with run.clock.stage(Stage.WAIT_FOR_WORKERS):
        parts = [_result(run, chunk, future) for chunk, future in batch.transforms]
    # With nothing new, transforming nothing gives empty frames of the right shape.
    transformed = concat_transformed(parts) if parts else transform_documents(batch.new, run.settings.document_seconds)
    for source_file, reason, detail in transformed.cleaned.rejected.iter_rows():
        run.logger.warning("quarantined %s: %s%s", source_file, reason, f"\n{detail}" if detail else "")
    articles = len(transformed.cleaned.articles)
    run.clock.add(Stage.CLEAN, len(batch.new), transformed.clean_seconds)
    run.clock.add(Stage.EXTRACT, articles, transformed.extract_seconds)
    with run.clock.stage(Stage.LOAD, len(batch.documents)):
        load(run.con, run.run_id, batch.documents, transformed)
    return articles


def _result(run: PipelineRun, chunk: pl.DataFrame, future: PrefectFuture) -> TransformedBatch:
    """A chunk's transform; if the task itself failed (a Dask worker lost, say), its documents
    are quarantined with the reason rather than the run failing."""
    try:
        return future.result()
    except Exception as exc:
        run.logger.error("transforming %d documents failed; they are quarantined", len(chunk), exc_info=True)
        return given_up(chunk, failure_reason("transform", exc))


def _log_inputs(run: PipelineRun, documents: pl.DataFrame) -> None:
    """One warning per input that is quarantined, with its file and the reason, and per input
    read only with repairs (invalid bytes replaced, an encoding guessed)."""
    for source_file, status, reason, warning in documents.select(
        "source_file", "status", "reason", "warning"
    ).iter_rows():
        if status == "quarantined":
            run.logger.warning("quarantined %s: %s", source_file, reason)
        elif warning:
            run.logger.warning("%s: %s", source_file, warning)

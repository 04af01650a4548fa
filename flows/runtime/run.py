"""One run of the flow: its warehouse connection, worker processes, clock and log, and how it ends.

Grain: one ``PipelineRun`` per flow run, opened by ``open_run`` and closed whatever happens:
a run that returns is recorded completed by ``finish``, one stopped by a signal interrupted,
one that raises failed, each with the counts of what it committed. The run's own thread holds
the warehouse's only write connection for the whole run.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
from prefect import get_run_logger

from flows import warehouse
from flows.runtime.lifetime import interrupted, on_stop
from flows.runtime.progress import StageClock
from flows.runtime.workers import Workers, share_api_with_workers
from flows.settings import Settings


@dataclass
class RunSummary:
    """How a run ended: its row of ``runs`` (counts from its ledger; claims and contradictions
    the warehouse then held), the warehouse's latest validation (this run's, unless it loaded
    nothing) and the expectations that failed in it, and where its report is."""

    run_id: str
    status: str
    files_seen: int
    loaded: int
    quarantined: int
    skipped: int
    claims: int
    contradictions: int
    validated_run: str | None = None
    failed_expectations: int = 0
    report: Path | None = None

    @classmethod
    def of(cls, row: dict) -> RunSummary:
        return cls(**{field.name: row[field.name] for field in dataclasses.fields(cls) if field.name in row})


@dataclass
class PipelineRun:
    """A run under way (see ``open_run``)."""

    settings: Settings
    run_id: str
    con: duckdb.DuckDBPyConnection
    workers: Workers | None  # local worker processes; None when a Dask cluster does the work
    clock: StageClock
    logger: logging.Logger | logging.LoggerAdapter
    # The contradictions must be refreshed even if nothing is loaded: the warehouse predates
    # their table, or the run before stopped before it refreshed them (its batches stay loaded).
    contradictions_stale: bool

    def release_workers(self) -> None:
        """Stop the worker processes, giving their memory back to DuckDB for what follows."""
        if self.workers is not None:
            self.workers.close()
        warehouse.limit_memory(self.con, self.settings.duckdb_memory)

    def finish(self) -> RunSummary:
        """Record the run as completed; its summary."""
        summary = RunSummary.of(warehouse.finish_run(self.con, self.run_id, "completed"))
        summary.validated_run, summary.failed_expectations = warehouse.latest_validation(self.con)
        return summary


@contextmanager
def open_run(settings: Settings) -> Iterator[PipelineRun]:
    """Open the warehouse, start the run's record and its workers; on the way out, record a run
    that raised as failed, or as interrupted (its summary on the ``RunInterrupted``)."""
    con = warehouse.connect(settings.warehouse, memory_limit=settings.duckdb_memory)
    on_stop(con.interrupt)  # a stop asked for during a long query ends the query at once
    workers = Workers(settings.workers) if settings.runner == "local" else None
    if workers is None and not settings.dask_address:
        share_api_with_workers()  # before the first task starts the local Dask cluster
    try:
        created = warehouse.apply_schema(con)
        previous = warehouse.last_run_status(con)
        run_id = datetime.now().strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:6]
        warehouse.start_run(con, run_id, settings.raw_dir)
        stale = "fct_contradictions" in created or previous not in (None, "completed")
        run = PipelineRun(settings, run_id, con, workers, StageClock(), get_run_logger(), stale)
        try:
            yield run
        except BaseException as exc:
            stop = interrupted(exc)
            if stop is None:
                warehouse.finish_run(con, run_id, "failed")
                raise
            stop.summary = RunSummary.of(warehouse.finish_run(con, run_id, "interrupted"))
            raise stop from (None if stop is exc else exc)
    finally:
        if workers is not None:
            workers.close()
        con.close()

"""One place that decides where things live, how big a batch is and where the work runs.

Every path the pipeline touches resolves from here; values come from keyword arguments, then
environment variables with the ``NEWSFACTS_`` prefix, then the defaults below.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Paths, batch size, limits and runner of one pipeline run."""

    model_config = SettingsConfigDict(env_prefix="NEWSFACTS_")

    raw_dir: Path = Path("data/raw")
    warehouse: Path = Path("data/warehouse/news.duckdb")
    batch_size: int = 300
    max_file_bytes: int = 8 * 1024 * 1024
    # Seconds each document may take to be cleaned, and as long to be extracted, before it is
    # given up and quarantined (flows.stages.time_budget): real pages take milliseconds.
    document_seconds: float = 10.0
    # Where clean and extract run (flows.runtime.workers): local processes, or a Dask cluster.
    runner: Literal["local", "dask"] = "local"
    workers: int | None = None  # local processes, or workers of a temporary Dask cluster; None: one per core
    dask_address: str | None = None  # a running Dask scheduler (tcp://host:8786) for the dask runner
    # Rows of each view handed to Great Expectations per run (a reservoir sample beyond it);
    # whole-table checks run as SQL aggregates, so memory stays bounded as the warehouse grows.
    validation_rows: int = 20_000
    # DuckDB's memory for contradiction detection and validation; larger work spills to disk
    # beside the warehouse.
    duckdb_memory: str = "512MB"
    # DuckDB's memory while the workers run and batches load (which needs little), so that the
    # workers have the machine's memory.
    duckdb_load_memory: str = "256MB"

    # Limits of one `newsfacts query`: seconds before it is interrupted (0: none) and DuckDB's
    # memory for it, so that one query cannot hold the warehouse or the machine.
    query_seconds: float = 120.0
    query_memory: str = "2GB"

    def resolved(self) -> Settings:
        """These settings with the raw folder and the warehouse as absolute paths, as a run
        started elsewhere (a scheduled deployment, a worker) needs them."""
        return self.model_copy(update={"raw_dir": self.raw_dir.resolve(), "warehouse": self.warehouse.resolve()})

    @property
    def reports_dir(self) -> Path:
        """The warehouse's reports, beside its file and named after it (``news-reports/`` for
        ``news.duckdb``), so that warehouses sharing a folder keep their own."""
        return self.warehouse.with_name(f"{self.warehouse.stem}-reports")

    @property
    def gx_dir(self) -> Path:
        """The warehouse's Great Expectations file context (suites and results), named likewise."""
        return self.warehouse.with_name(f"{self.warehouse.stem}-gx")

"""One place that decides where things live and how big a batch is.

Every path the pipeline touches resolves from here; values come from keyword arguments, then
environment variables with the ``NEWSFACTS_`` prefix, then the defaults below.
"""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Paths, batch size and limits of one pipeline run."""

    model_config = SettingsConfigDict(env_prefix="NEWSFACTS_")

    raw_dir: Path = Path("data/raw")
    warehouse: Path = Path("data/warehouse/news.duckdb")
    batch_size: int = 300
    max_file_bytes: int = 8 * 1024 * 1024
    workers: int | None = None  # processes for clean and extract; None: one per core

    @property
    def reports_dir(self) -> Path:
        """Reports live beside the warehouse file."""
        return self.warehouse.parent / "reports"

    @property
    def gx_dir(self) -> Path:
        """The Great Expectations file context (suites, results, Data Docs)."""
        return self.warehouse.parent / "gx"

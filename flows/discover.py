"""Discover: list every file under the raw folder, in a stable order.

Grain of the result: one row per file on disk. Nothing is read here; reading is ingest's job.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

FILE_SCHEMA = {"path": pl.String, "source_file": pl.String, "size_bytes": pl.Int64}


def discover_files(raw_dir: Path) -> pl.DataFrame:
    """Return every regular file under ``raw_dir`` (recursively), sorted by relative path.

    ``source_file`` is the path relative to ``raw_dir`` with forward slashes, the name the
    warehouse uses for the file everywhere.
    """
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist or is not a folder")
    rows = []
    for path in raw_dir.rglob("*"):
        # Anything that is not a folder is an input, even a broken link: ingest says why it
        # cannot be read rather than the file vanishing from the ledger.
        if not path.is_dir():
            size = path.stat().st_size if path.exists() else 0
            rows.append((str(path), path.relative_to(raw_dir).as_posix(), size))
    rows.sort(key=lambda row: row[1])
    return pl.DataFrame(rows, schema=FILE_SCHEMA, orient="row")

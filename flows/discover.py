"""Discover: list every file under the raw folder, in a stable order.

Grain of the result: one row per file on disk, with its size and modification time. Nothing
is read here; reading is ingest's job.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import polars as pl

FILE_SCHEMA = {"path": pl.String, "source_file": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64}
# A file modified this recently may be rewritten within the same clock tick without its size or
# time changing, so its modification time is not recorded and the next run reads it again.
RACY_NANOSECONDS = 2_000_000_000


def discover_files(raw_dir: Path) -> pl.DataFrame:
    """Return every regular file under ``raw_dir`` (recursively), sorted by relative path.

    ``source_file`` is the path relative to ``raw_dir`` with forward slashes, the name the
    warehouse uses for the file everywhere. ``mtime_ns`` is null for a file modified in the
    last two seconds, or one that cannot be read (a broken link).
    """
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist or is not a folder")
    rows = []
    recent = time.time_ns() - RACY_NANOSECONDS
    folders, seen = [raw_dir], {_identity(raw_dir)}
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir():  # links to folders are followed, each folder read once (no loops)
                    if _identity(entry.path) not in seen:
                        seen.add(_identity(entry.path))
                        folders.append(Path(entry.path))
                    continue
                # Anything that is not a folder is an input, even a broken link: ingest says why it
                # cannot be read rather than the file vanishing from the ledger.
                try:
                    info = entry.stat()
                    size, mtime = info.st_size, (info.st_mtime_ns if info.st_mtime_ns < recent else None)
                except OSError:
                    size, mtime = 0, None
                rows.append((entry.path, Path(entry.path).relative_to(raw_dir).as_posix(), size, mtime))
    rows.sort(key=lambda row: row[1])
    return pl.DataFrame(rows, schema=FILE_SCHEMA, orient="row")


def _identity(folder: str | Path) -> tuple[int, int]:
    info = os.stat(folder)
    return info.st_dev, info.st_ino

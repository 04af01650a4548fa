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
    # Every path scandir gives starts with the raw folder's, so the relative path is the rest of
    # the string (pathlib's relative_to took most of a 10,000-file listing's time).
    prefix = len(os.path.join(raw_dir, ""))
    folders, seen = [os.fspath(raw_dir)], {_identity(raw_dir)}
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir():  # links to folders are followed, each folder read once (no loops)
                    identity = _identity(entry.path)
                    if identity not in seen:
                        seen.add(identity)
                        folders.append(entry.path)
                    continue
                # Anything that is not a folder is an input, even a broken link: ingest says why it
                # cannot be read rather than the file vanishing from the ledger.
                try:
                    info = entry.stat()
                    size, mtime = info.st_size, (info.st_mtime_ns if info.st_mtime_ns < recent else None)
                except OSError:
                    size, mtime = 0, None
                rows.append((entry.path, entry.path[prefix:].replace(os.sep, "/"), size, mtime))
    rows.sort(key=lambda row: row[1])
    return pl.DataFrame(rows, schema=FILE_SCHEMA, orient="row")


def _identity(folder: str | Path) -> tuple[int, int]:
    info = os.stat(folder)
    return info.st_dev, info.st_ino

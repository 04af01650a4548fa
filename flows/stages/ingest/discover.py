"""Discover: list every input under the raw folder, in a stable order.

Grain of the result: one row per entry on disk that is not a folder, with its size and
modification time, or the reason it cannot be read (a link that loops or leads nowhere, a
named pipe, a folder that cannot be listed). Nothing is read here; reading is ingest's job, and
an entry with a ``problem`` is quarantined there with that reason rather than vanishing from
the ledger.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import polars as pl

FILE_SCHEMA = {
    "path": pl.String,
    "source_file": pl.String,
    "size_bytes": pl.Int64,
    "mtime_ns": pl.Int64,
    "problem": pl.String,
}
# A file modified this recently may be rewritten within the same clock tick without its size or
# time changing, so its modification time is not recorded and the next run reads it again.
RACY_NANOSECONDS = 2_000_000_000


def discover_files(raw_dir: Path) -> pl.DataFrame:
    """Return every entry under ``raw_dir`` (recursively) that is not a folder, sorted by
    relative path.

    ``source_file`` is the path relative to ``raw_dir`` with forward slashes, the name the
    warehouse uses for the file everywhere. ``mtime_ns`` is null for a file modified in the
    last two seconds, or one that cannot be read. ``problem`` says why an entry cannot be read
    (null for a regular file): links to folders are followed, each folder once, so a loop of
    links ends; a link loop to a file, a broken link, a pipe or a device is an entry with a
    problem, and so is a folder that cannot be listed.
    """
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist or is not a folder")
    rows: list[tuple[str, str, int, int | None, str | None]] = []
    recent = time.time_ns() - RACY_NANOSECONDS
    # Every path scandir gives starts with the raw folder's, so the relative path is the rest of
    # the string (pathlib's relative_to took most of a 10,000-file listing's time).
    prefix = len(os.path.join(raw_dir, ""))
    folders, seen = [os.fspath(raw_dir)], {_identity(os.stat(raw_dir))}
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            rows.append(
                (
                    folder,
                    folder[prefix:].replace(os.sep, "/") + "/",
                    0,
                    None,
                    f"cannot list folder: {exc.strerror or exc}",
                )
            )
            continue
        for entry in entries:
            source_file = entry.path[prefix:].replace(os.sep, "/")
            try:
                info = entry.stat()  # follows links
            except OSError as exc:
                rows.append((entry.path, source_file, 0, None, f"cannot read: {exc.strerror or exc}"))
                continue
            if stat.S_ISDIR(info.st_mode):
                if _identity(info) not in seen:
                    seen.add(_identity(info))
                    folders.append(entry.path)
            elif not stat.S_ISREG(info.st_mode):
                rows.append((entry.path, source_file, 0, None, "not a regular file (a pipe, socket or device)"))
            else:
                mtime = info.st_mtime_ns if info.st_mtime_ns < recent else None
                rows.append((entry.path, source_file, info.st_size, mtime, None))
    rows.sort(key=lambda row: row[1])
    return pl.DataFrame(rows, schema=FILE_SCHEMA, orient="row")


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino

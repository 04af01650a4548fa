"""Both cores for the CPU-bound stages: a batch split into chunks, one chunk per worker process.

Cleaning and extraction are pure Python over text, so threads would share one core; worker
processes (started with "spawn", never forked from a process holding DuckDB and Prefect's
threads) each take a chunk of the batch and hand back polars frames. A small batch stays in
the calling process: starting workers costs about two seconds.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import NamedTuple, TypeVar

import polars as pl

Result = TypeVar("Result", bound=NamedTuple)

# Below this many rows a batch is processed in the calling process.
MIN_ROWS_FOR_WORKERS = 64


class Workers:
    """A lazily started pool of worker processes, shut down with the run."""

    def __init__(self, count: int | None = None):
        self.count = count or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def map_frames(self, fn: Callable[..., Result], frame: pl.DataFrame, *others: pl.DataFrame,
                   key: str | None = None) -> Result:
        """``fn(frame, *others)`` over chunks of ``frame``, results concatenated field by field.

        ``others`` are cut to each chunk's values of ``key`` (e.g. the sentences of the chunk's
        articles); without ``key`` they go whole to every chunk.
        """
        if self.count < 2 or len(frame) < MIN_ROWS_FOR_WORKERS:
            return fn(frame, *others)
        size = -(-len(frame) // self.count)
        chunks = [frame.slice(start, size) for start in range(0, len(frame), size)]
        arguments = [[chunk, *(o.join(chunk.select(key), on=key, how="semi") if key else o for o in others)]
                     for chunk in chunks]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.count, mp_context=multiprocessing.get_context("spawn"))
        results = list(self._pool.map(fn, *zip(*arguments)))
        return type(results[0])(*(pl.concat(parts) for parts in zip(*results)))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

"""Where the CPU-bound transform runs: worker processes on this machine, or a Dask cluster.

Cleaning and extraction are pure Python over text, so threads would share one core.

- ``local`` (the default): Prefect's thread task runner runs the flow's tasks, and the
  transform task splits its batch into one chunk per worker process (started once per run
  with "spawn", never forked from a process holding DuckDB and Prefect's threads). A batch
  under 64 documents stays in the calling process: starting workers costs seconds. Prefect's
  own ProcessPoolTaskRunner starts its workers slower and costs far more a task, so the pool is
  ours. A worker that ends in the middle of a chunk (it
  crashed, or left over a document stuck in compiled code: ``flows.stages.time_budget``) costs only
  the document it was on: the pool is started again, that chunk's documents are run again one
  at a time, and the one a worker ends on again is given up.
- ``dask``: Prefect's DaskTaskRunner (prefect-dask) sends each chunk of a batch as a task to
  a Dask cluster, a temporary local one with ``workers`` processes or a running one at
  ``dask_address``.

Either way chunks come back as polars frames, and only the flow's process writes to DuckDB.
Workers of a temporary local Dask cluster report their task runs to the flow's own Prefect API
(``share_api_with_workers``); workers of a running cluster need ``PREFECT_API_URL`` set to a
Prefect server they can reach.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

import polars as pl
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.runtime.lifetime import exit_with_parent, ignore_group_signals
from flows.settings import Settings
from flows.stages.time_budget import leave_process_when_stuck

Result = TypeVar("Result")
log = logging.getLogger(__name__)

# Below this many rows a batch is processed in the calling process.
MIN_ROWS_FOR_WORKERS = 64
# A worker is replaced after this many chunks: a long run's heap otherwise keeps growing, and a
# new worker's start is small beside the thousands of articles between two.
CHUNKS_PER_WORKER = 25
# Documents per task sent to a Dask cluster: big enough that a task's overhead (tens of ms)
# is small beside its work, small enough to spread a batch over a cluster's workers.
DASK_CHUNK_ROWS = 100


def split(frame: pl.DataFrame, parts: int) -> list[pl.DataFrame]:
    """``frame`` in ``parts`` consecutive chunks of nearly equal size (fewer if it is short)."""
    size = max(1, -(-len(frame) // max(parts, 1)))
    return [frame.slice(start, size) for start in range(0, len(frame), size)]


class Workers:
    """A lazily started pool of local worker processes, shut down with the run."""

    def __init__(self, count: int | None = None):
        self.count = count or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def map_chunks(
        self, fn: Callable[[pl.DataFrame], Result], frame: pl.DataFrame, given_up: Callable[[pl.DataFrame], Result]
    ) -> list[Result]:
        """``fn`` over one chunk of ``frame`` per worker, results in the rows' order.

        A row whose worker ends while on it (twice: once in its chunk, once alone) is handed to
        ``given_up`` instead, whose result takes its place.
        """
        if self.count < 2 or len(frame) < MIN_ROWS_FOR_WORKERS:
            return [fn(frame)]
        chunks = split(frame, self.count)
        futures = [self._executor().submit(fn, chunk) for chunk in chunks]
        results = []
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                results.append(future.result())
            except BrokenProcessPool:
                self._discard()
                results += self._one_at_a_time(fn, chunk, given_up)
        return results

    def _one_at_a_time(
        self, fn: Callable[[pl.DataFrame], Result], chunk: pl.DataFrame, given_up: Callable[[pl.DataFrame], Result]
    ) -> list[Result]:
        """The rows of a chunk a worker ended on, each alone, to find the one it ends on."""
        log.warning(
            "a worker process ended in the middle of %d documents: running them again one at a time", len(chunk)
        )
        results = []
        for row in chunk.iter_slices(1):
            try:
                results.append(self._executor().submit(fn, row).result())
            except BrokenProcessPool:
                self._discard()
                results.append(given_up(row))
        return results

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.count,
                mp_context=multiprocessing.get_context("spawn"),
                max_tasks_per_child=CHUNKS_PER_WORKER,
                initializer=start_worker,
            )
        return self._pool

    def _discard(self) -> None:
        """Forget a broken pool (its processes are gone); the next call starts a new one."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        """Stop the workers: chunks not started are dropped, those under way are finished."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def start_worker() -> None:
    """Set up a worker process: it ends with the run (``flows.runtime.lifetime``), and it may end itself
    over a document stuck in compiled code (``flows.stages.time_budget``)."""
    ignore_group_signals()
    exit_with_parent()
    leave_process_when_stuck()


def share_api_with_workers() -> None:
    """Point worker processes started from now on at this process's Prefect API.

    Without it each worker of a local Dask cluster starts a temporary Prefect server of its
    own (seconds each), and the flow's task runs end up on servers nobody can see.
    """
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        os.environ.setdefault("PREFECT_API_URL", str(client.api_url))


def task_runner(settings: Settings) -> TaskRunner[Any]:
    """The Prefect task runner the settings choose (``runner``, ``workers``, ``dask_address``)."""
    if settings.runner == "local":
        return ThreadPoolTaskRunner(max_workers=2)  # the transform of one batch beside the flow's own thread
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    return DaskTaskRunner(
        cluster_kwargs={
            "n_workers": settings.workers or os.cpu_count() or 1,
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": None,
        }
    )

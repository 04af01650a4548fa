"""Progress of a run: a bar on a terminal, plain log lines elsewhere, and each stage's totals.

Grain: one ``StageClock`` per run; it adds up, per stage, the items handled and the seconds
spent, and reports one line per stage at the end of the run. Stages that run in worker
processes (clean, extract) count the workers' seconds, so their rate is per worker; the
flow's own wait for them is a stage of its own.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)


class Stage(Enum):
    """A stage of a run as its log line names it: what it counts, and whether worker processes do it."""

    DISCOVER = ("discover", "files", False)
    INGEST = ("ingest", "files", False)
    WAIT_FOR_WORKERS = ("wait for workers", None, False)
    CLEAN = ("clean", "documents", True)
    EXTRACT = ("extract", "articles", True)
    LOAD = ("load", "documents", False)
    CONTRADICTIONS = ("contradictions", None, False)
    VALIDATE = ("validate", "suites", False)
    REPORT = ("report", None, False)

    def __init__(self, title: str, unit: str | None, in_workers: bool) -> None:
        self.label = f"{title} ({unit})" if unit else title
        self.in_workers = in_workers


@dataclass
class StageClock:
    """Items and seconds per stage, in the order the stages first ran."""

    totals: dict[Stage, list[float]] = field(default_factory=dict)

    @contextmanager
    def stage(self, stage: Stage, items: int = 0) -> Iterator[None]:
        """Time one call of a stage over ``items`` items."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, items, time.perf_counter() - started)

    def add(self, stage: Stage, items: int, seconds: float = 0.0) -> None:
        """Count ``items`` done in ``seconds`` for a stage (of worker time for a worker stage)."""
        total = self.totals.setdefault(stage, [0, 0.0])
        total[0] += items
        total[1] += seconds

    def lines(self) -> list[str]:
        """One line per stage: items, seconds, items per second (per worker for worker stages)."""
        lines = []
        for stage, (items, seconds) in self.totals.items():
            worker = stage.in_workers
            line = f"{stage.label}: {int(items)} in {seconds:.2f} s{' of worker time' if worker else ''}"
            if seconds > 0 and items > 0:
                line += f" ({items / seconds:,.0f}/s{' per worker' if worker else ''})"
            lines.append(line)
        return lines


@contextmanager
def batch_progress(total: int, enabled: bool) -> Iterator[Callable[[int], object]]:
    """A progress bar over batches on an interactive terminal; a no-op elsewhere.

    Yields ``advance(files)``, to call after each batch.
    """
    if not (enabled and sys.stderr.isatty()):
        yield lambda files: None
        return
    columns = (TextColumn("newsfacts"), BarColumn(), MofNCompleteColumn(), TextColumn("files"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("files", total=total)
        yield lambda files: progress.advance(task, files)

"""Progress of a run: a bar on a terminal, plain log lines elsewhere, and each stage's totals.

Grain: one ``StageClock`` per run; it adds up, per stage, the items handled and the seconds
spent, and reports one line per stage at the end of the run. Stages that run in worker
processes (clean, extract) count the workers' seconds, so their rate is per worker; the
flow's own wait for them is a stage of its own.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


@dataclass
class StageClock:
    """Items and seconds per stage, in the order the stages first ran."""

    totals: dict[str, list[float]] = field(default_factory=dict)
    in_workers: set[str] = field(default_factory=set)

    @contextmanager
    def stage(self, name: str, items: int) -> Iterator[None]:
        """Time one call of a stage over ``items`` items."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, items, time.perf_counter() - started)

    def add(self, name: str, items: int, seconds: float, in_workers: bool = False) -> None:
        """Count ``items`` done in ``seconds`` for a stage (of worker time when ``in_workers``)."""
        total = self.totals.setdefault(name, [0, 0.0])
        total[0] += items
        total[1] += seconds
        if in_workers:
            self.in_workers.add(name)

    def lines(self) -> list[str]:
        """One line per stage: items, seconds, items per second (per worker for worker stages)."""
        lines = []
        for name, (items, seconds) in self.totals.items():
            worker = name in self.in_workers
            line = f"{name}: {int(items)} in {seconds:.2f} s{' of worker time' if worker else ''}"
            if seconds > 0 and items > 0:
                line += f" ({items / seconds:,.0f}/s{' per worker' if worker else ''})"
            lines.append(line)
        return lines


@contextmanager
def batch_progress(total: int, enabled: bool) -> Iterator[callable]:
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

"""Progress of a run: a bar on a terminal, plain log lines elsewhere, and each stage's totals.

Grain: one ``StageClock`` per run; it adds up, per stage, the items handled and the seconds
spent, and reports one line per stage at the end of the run.
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

    @contextmanager
    def stage(self, name: str, items: int) -> Iterator[None]:
        """Time one call of a stage over ``items`` items."""
        started = time.perf_counter()
        try:
            yield
        finally:
            total = self.totals.setdefault(name, [0, 0.0])
            total[0] += items
            total[1] += time.perf_counter() - started

    def lines(self) -> list[str]:
        """One line per stage: items, seconds, items per second."""
        return [f"{name}: {int(items)} in {seconds:.2f} s ({items / seconds:,.0f}/s)" if seconds > 0
                else f"{name}: {int(items)} in {seconds:.2f} s" for name, (items, seconds) in self.totals.items()]


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

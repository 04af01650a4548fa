"""Rejections: why a document that was read is not loaded after all.

Grain: one ``Rejection`` per document (source_file, reason, detail). The reason is what
the quarantine shows ("failed in extract: OverflowError: date value out of range"); the detail,
the traceback, goes to the run's log. Any stage that works document by document makes these
rows, so that one document that fails costs only itself.
"""

from __future__ import annotations

import traceback

import polars as pl

from flows.records import REJECTION_SCHEMA, Rejection, field_values, frame
from flows.stages.time_budget import TimeBudget


def failure_reason(stage: str, exc: BaseException) -> str:
    """The quarantine reason of a document that raised ``exc`` in ``stage``."""
    return f"failed in {stage}: {type(exc).__name__}: {exc}"[:500]


def failure(source_file: str, stage: str, exc: Exception) -> Rejection:
    """The rejection of a document that raised ``exc`` in ``stage``, with its traceback."""
    return Rejection(source_file, failure_reason(stage, exc), "".join(traceback.format_exception(exc)))


def over_budget(source_file: str, stage: str, budget: TimeBudget | None) -> Rejection:
    """The rejection of a document that ran past its time budget in ``stage``."""
    limit = f"{budget.seconds:g} s" if budget else "its time budget"
    return Rejection(source_file, f"took longer than {limit} to {stage} (NEWSFACTS_DOCUMENT_SECONDS); given up")


def rejected_frame(rejections: list[Rejection]) -> pl.DataFrame:
    """Rejections as a frame."""
    return frame([_values(rejection) for rejection in rejections], REJECTION_SCHEMA)


_values = field_values(Rejection)

"""Rejections: why a document that was read is not loaded after all.

Grain: one row per document (REJECTED_SCHEMA: source_file, reason, detail). The reason is what
the quarantine shows ("failed in extract: OverflowError: date value out of range"); the detail,
the traceback, goes to the run's log. Any stage that works document by document makes these
rows, so that one document that fails costs only itself.
"""

from __future__ import annotations

import traceback

import polars as pl

from flows.stages.time_budget import TimeBudget

REJECTED_SCHEMA = {"source_file": pl.String, "reason": pl.String, "detail": pl.String}


def failure_reason(stage: str, exc: BaseException) -> str:
    """The quarantine reason of a document that raised ``exc`` in ``stage``."""
    return f"failed in {stage}: {type(exc).__name__}: {exc}"[:500]


def failure(source_file: str, stage: str, exc: Exception) -> dict:
    """The rejection of a document that raised ``exc`` in ``stage``, with its traceback."""
    return {"source_file": source_file, "reason": failure_reason(stage, exc),
            "detail": "".join(traceback.format_exception(exc))}


def over_budget(source_file: str, stage: str, budget: TimeBudget) -> dict:
    """The rejection of a document that ran past its time budget in ``stage``."""
    return {"source_file": source_file,
            "reason": f"took longer than {budget.seconds:g} s to {stage} (NEWSFACTS_DOCUMENT_SECONDS); given up",
            "detail": None}


def rejected_frame(rows: list[dict]) -> pl.DataFrame:
    """Rejection rows as a frame."""
    return pl.DataFrame(rows, schema=REJECTED_SCHEMA)

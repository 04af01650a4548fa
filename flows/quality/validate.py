"""Validate: Great Expectations suites over the warehouse's public views and its totals.

One suite per public view, plus ``no_contradictions``, which fails while the warehouse holds
contradictions and lists them, and ``warehouse_totals``, one row of whole-table counts of
integrity problems (duplicate keys, facts without an article, offsets outside the text,
units off the list, unbalanced ledgers) computed by SQL aggregates in DuckDB. Each runs
through a GX file context beside the warehouse (``news-gx/`` for ``news.duckdb``) by a
checkpoint. The report renders a page per suite from the stored results
(``flows.quality.report``): GX's own Data Docs load their styles and scripts from the network,
so they are not built.

GX cannot run expectations on DuckDB through SQLAlchemy (every metric fails upstream), so
each view's rows are handed to GX as a pandas frame read from DuckDB: the rows this run
loaded, capped at ``sample_rows`` by a hash-ordered sample (``sql/checks/<suite>.sql``), so
memory is bounded by that cap, not by the warehouse. Results are stored in
``validation_results``; failures never abort the run.

``great_expectations`` takes seconds to import, so it is imported only when a run has
something to validate; in a run of up to 20,000 files (``flows.runtime.batches``), on a background
thread from the moment its first new articles are sent to be transformed (``prefetch``), so that
the import overlaps the transform instead of following it.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from flows.records import PUBLIC_VIEWS

if TYPE_CHECKING:
    from great_expectations.expectations import Expectation
from flows.stages.extract.quantities import UNIT_PATTERN
from flows.warehouse import sql_dir

SUITES = [
    "articles",
    "claims",
    "contradictions",
    "contradiction_candidates",
    "stories",
    "revisions",
    "entities",
    "mentions",
    "quotes",
    "files",
    "quarantine",
    "runs",
    "warehouse_totals",
    "no_contradictions",
]
# The confidence at or above which a candidate is a contradiction (sql/views/contradictions.sql).
CONFIDENCE_LINE = 0.6
PERIOD_PATTERN = r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?|-Q[1-4]|-H[12])?$"


@dataclass
class SuiteResult:
    """How one suite fared in one run."""

    suite: str
    rows: int
    evaluated: int
    failed: int


TOTALS = [
    "duplicate_article_ids",
    "duplicate_claim_ids",
    "duplicate_quote_ids",
    "duplicate_sentences",
    "duplicate_raw_texts",
    "duplicate_signatures",
    "claims_without_article",
    "claims_outside_text",
    "claims_with_unknown_unit",
    "mentions_without_article",
    "quotes_without_article",
    "runs_with_ledger_gap",
    "contradictions_without_article",
]


_import_thread: threading.Thread | None = None


def prefetch() -> None:
    """Start importing Great Expectations on a background thread (once per process); the
    validation that follows waits for it by importing it too."""
    global _import_thread
    if _import_thread is None:
        _import_thread = threading.Thread(
            target=importlib.import_module, args=("great_expectations",), name="import great_expectations", daemon=True
        )
        _import_thread.start()


def _expectations(view: str) -> list[Expectation]:
    import great_expectations.expectations as gxe

    if view == "no_contradictions":
        return [gxe.ExpectColumnValuesToBeNull(column="contradiction_id")]
    if view == "warehouse_totals":
        return [gxe.ExpectColumnValuesToBeInSet(column=column, value_set=[0]) for column in TOTALS]
    key = {
        "articles": "article_id",
        "claims": "claim_id",
        "contradictions": "contradiction_id",
        "contradiction_candidates": "contradiction_id",
        "stories": "article_id",
        "entities": "entity_id",
        "quotes": "quote_id",
    }.get(view)
    found: list[Expectation] = [gxe.ExpectTableColumnsToMatchSet(column_set=PUBLIC_VIEWS[view], exact_match=False)]
    if key:
        found += [gxe.ExpectColumnValuesToNotBeNull(column=key), gxe.ExpectColumnValuesToBeUnique(column=key)]
    in_set = gxe.ExpectColumnValuesToBeInSet
    if view == "articles":
        found += [
            gxe.ExpectColumnValuesToNotBeNull(column="clean_text"),
            in_set(column="format", value_set=["txt", "html", "jsonl", "warc"]),
            in_set(column="status", value_set=["ok", "near_duplicate"]),
        ]
    elif view == "claims":
        found += [
            gxe.ExpectColumnValuesToNotBeNull(column="value"),
            gxe.ExpectColumnValuesToMatchRegex(column="unit", regex=UNIT_PATTERN),
            in_set(column="direction", value_set=["up", "down"]),
            in_set(column="basis", value_set=["yoy", "mom", "qoq"]),
            in_set(
                column="qualifier",
                value_set=[
                    "actual",
                    "forecast",
                    "estimate",
                    "target",
                    "preliminary",
                    "revised",
                    "approximate",
                    "at_least",
                    "at_most",
                    "usual",
                ],
            ),
            in_set(column="state", value_set=["before", "after", "change"]),
            gxe.ExpectColumnValuesToMatchRegex(column="period", regex=PERIOD_PATTERN),
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="char_end", column_B="char_start"),
            gxe.ExpectColumnValuesToBeBetween(column="char_start", min_value=0),
        ]
    elif view in ("contradictions", "contradiction_candidates"):
        found += [
            in_set(column="kind", value_set=["numeric", "name_variant", "role_conflict", "date_anomaly"]),
            in_set(column="severity", value_set=["high", "medium", "low"]),
            # every row shows the file it flags and both sentences
            *(
                gxe.ExpectColumnValuesToNotBeNull(column=column)
                for column in ("source_file_a", "evidence_a", "evidence_b")
            ),
            gxe.ExpectColumnValuesToNotBeNull(column="description"),
            # what users act on is above the line; the candidates span it
            gxe.ExpectColumnValuesToBeBetween(
                column="confidence", min_value=CONFIDENCE_LINE if view == "contradictions" else 0, max_value=1
            ),
        ]
    elif view == "stories":
        found += [
            gxe.ExpectColumnValuesToNotBeNull(column="story_id"),
            gxe.ExpectColumnValuesToBeBetween(column="membership", min_value=0, max_value=1),
        ]
    elif view == "revisions":
        found += [
            gxe.ExpectColumnValuesToNotBeNull(column="preliminary_value"),
            gxe.ExpectColumnValuesToNotBeNull(column="revised_value"),
        ]
    elif view == "files":
        found += [
            gxe.ExpectColumnValuesToNotBeNull(column="source_file"),
            in_set(column="status", value_set=["loaded", "quarantined", "skipped"]),
        ]
    elif view == "quarantine":
        found += [gxe.ExpectColumnValuesToNotBeNull(column="reason")]
    elif view == "runs":
        found += [
            in_set(column="status", value_set=["running", "completed", "interrupted", "failed"]),
            in_set(column="ledger_gap", value_set=[0]),
        ]
    elif view == "mentions":
        found += [gxe.ExpectColumnValuesToNotBeNull(column="entity_id")]
    return found


def suite_rows(con: duckdb.DuckDBPyConnection, suite: str, run_id: str, sample_rows: int):
    """The pandas frame a suite validates (``sql/checks/<suite>.sql`` with its parameters)."""
    sql = (sql_dir() / "checks" / f"{suite}.sql").read_text(encoding="utf-8")
    values = {"run": run_id, "rows": sample_rows, "units": UNIT_PATTERN}
    return con.sql(sql, params={name: value for name, value in values.items() if f"${name}" in sql}).pl().to_pandas()


def validate_run(con: duckdb.DuckDBPyConnection, run_id: str, gx_dir: Path, sample_rows: int) -> list[SuiteResult]:
    """Run every suite on this run's rows (at most ``sample_rows`` a suite) and on the
    warehouse's totals, and store the results."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="file", project_root_dir=str(gx_dir))
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_or_update_pandas("warehouse")
    summaries, stored = [], []
    now = datetime.now()
    for view in SUITES:
        frame = suite_rows(con, view, run_id, sample_rows)
        asset = next((a for a in source.assets if a.name == view), None) or source.add_dataframe_asset(view)
        batch = next((b for b in asset.batch_definitions if b.name == "rows"), None) or (
            asset.add_batch_definition_whole_dataframe("rows")
        )
        suite = context.suites.add_or_update(gx.ExpectationSuite(name=view, expectations=_expectations(view)))
        definition = context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=view, data=batch, suite=suite)
        )
        checkpoint = context.checkpoints.add_or_update(
            gx.Checkpoint(
                name=view,
                validation_definitions=[definition],
                result_format={"result_format": "SUMMARY", "partial_unexpected_count": 20},
            )
        )
        # the run's time given, not read from its id: "20261230T180805-2582ad" parses as a date
        # with an impossible UTC offset, on which Great Expectations fails
        identifier = gx.RunIdentifier(run_name=run_id, run_time=datetime.now(UTC))
        result = checkpoint.run(batch_parameters={"dataframe": frame}, run_id=identifier)
        failed = 0
        for validation in result.run_results.values():
            for outcome in validation.results:
                config = outcome.expectation_config
                if config is None:
                    continue
                details = outcome.result or {}
                failed += not outcome.success
                stored.append(
                    (
                        run_id,
                        view,
                        config.type,
                        config.kwargs.get("column"),
                        bool(outcome.success),
                        details.get("unexpected_count"),
                        str(details.get("observed_value", details.get("partial_unexpected_list", "")))[:500],
                        now,
                    )
                )
        summaries.append(SuiteResult(view, len(frame), len(_expectations(view)), failed))
    con.executemany("insert into validation_results values (?, ?, ?, ?, ?, ?, ?, ?)", stored)
    return summaries

"""Runs: one row per pipeline run in ``pipeline_runs``, opened when it starts and closed with its counts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from flows.warehouse.connection import fetch_frame


def last_run_status(con: duckdb.DuckDBPyConnection) -> str | None:
    """How the latest run ended (running: it was killed), or None before the first run."""
    found = con.execute("select status from pipeline_runs order by started_at desc limit 1").fetchall()
    return found[0][0] if found else None


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, raw_dir: Path) -> None:
    """Record a run as running; a run still marked running was killed (this one holds the only
    write lock), so it is closed as failed, with the counts its ledger holds."""
    for (killed,) in con.execute("select run_id from pipeline_runs where status = 'running'").fetchall():
        finish_run(con, killed, "failed")
    con.execute(
        "insert into pipeline_runs (run_id, started_at, raw_dir, status) values (?, ?, ?, 'running')",
        [run_id, datetime.now(), str(raw_dir)],
    )


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str) -> dict:
    """Close a run (completed, interrupted, failed) with its counts from the ledger and the
    warehouse; return the counts."""
    con.execute(
        """
        update pipeline_runs set
            finished_at = $1,
            status = $2,
            files_seen = (select count(*) from ingest_ledger where run_id = $3),
            loaded = (select count(*) from ingest_ledger where run_id = $3 and status = 'loaded'),
            quarantined = (select count(*) from ingest_ledger where run_id = $3 and status = 'quarantined'),
            skipped = (select count(*) from ingest_ledger where run_id = $3 and status = 'skipped'),
            claims = (select count(*) from fct_claims),
            contradictions = (select count(*) from contradictions)
        where run_id = $3
        """,
        [datetime.now(), status, run_id],
    )
    return fetch_frame(con, "select * from runs where run_id = ?", [run_id]).row(0, named=True)


def latest_validation(con: duckdb.DuckDBPyConnection) -> tuple[str | None, int]:
    """The run of the warehouse's latest validation and how many expectations failed in it
    (None and 0 before any): a run that loads nothing validates nothing, and leaves it standing."""
    found = con.execute(
        """
        select run_id, count(*) filter (where not success)
        from validation_results
        where run_id = (select max_by(run_id, validated_at) from validation_results)
        group by run_id
        """
    ).fetchall()
    return found[0] if found else (None, 0)

"""The dask runner for real: a temporary local Dask cluster of 2 worker processes does the
transform, the flow loads what they hand back, and the warehouse is the one the local runner
writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("prefect_dask")

FACTS = {
    "articles": "select source_file, status, title from articles",
    "claims": "select source_file, char_start, value, unit, metric, subject, period from claims",
    "contradictions": "select kind, source_file_a, value_a, value_b from contradictions",
}


def run(raw: Path, warehouse: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--warehouse", str(warehouse), *options],
        capture_output=True,
        text=True,
        timeout=600,
    )


def facts(warehouse: Path) -> dict[str, set]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {name: set(con.execute(sql).fetchall()) for name, sql in FACTS.items()}
    finally:
        con.close()


def test_two_dask_workers_load_what_the_local_runner_loads(sample_raw, tmp_path):
    local = run(sample_raw, tmp_path / "local" / "news.duckdb")
    dask = run(sample_raw, tmp_path / "dask" / "news.duckdb", "--runner", "dask", "--workers", "2")
    assert local.returncode == 0, local.stderr[-3000:]
    assert dask.returncode == 0, dask.stderr[-3000:]
    log = dask.stdout + dask.stderr
    assert "Creating a new Dask cluster" in log
    # One Prefect API for the run, the flow's: no worker started a temporary server of its own.
    assert log.count("temporary Prefect server on") == 1 and "Starting temporary server" not in log
    assert "5 loaded" in dask.stdout
    found = facts(tmp_path / "dask" / "news.duckdb")
    assert found == facts(tmp_path / "local" / "news.duckdb")
    assert found["claims"] and found["contradictions"]

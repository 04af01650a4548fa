"""One bad document never costs a run: a document that raises, one that spins past its time
budget and one that hangs inside compiled code are each quarantined with their reason, in a
batch whose other documents all load, with the local worker processes, in the flow's own
process and on a Dask cluster. Faults are injected into every process of the run by
``tests/fixtures/fault_injection/sitecustomize.py``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT

INJECTION = PROJECT / "tests" / "fixtures" / "fault_injection"
ARTICLE = (
    "Exports from Norway rose {n}.5% in May from a year earlier, the statistics office said on Monday. "
    "Shipments of salmon led the increase, officials told reporters in Oslo.{marker}\n"
)


def write_articles(raw: Path, count: int, markers: dict[str, str]) -> None:
    """``count`` articles, ``markers`` (file name: marker) among them."""
    for n in range(count):
        (raw / f"story-{n:03d}.txt").write_text(ARTICLE.format(n=n, marker=""), encoding="utf-8")
    for n, (name, marker) in enumerate(markers.items(), start=count):
        (raw / name).write_text(ARTICLE.format(n=n, marker=f" {marker}"), encoding="utf-8")


def run(raw: Path, warehouse: Path, *options: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(INJECTION), str(PROJECT)]),
        "NEWSFACTS_DOCUMENT_SECONDS": "1",
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "run",
            "--quiet",
            "--raw",
            str(raw),
            "--warehouse",
            str(warehouse),
            *options,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


def outcomes(warehouse: Path, run_index: int = -1) -> dict[str, tuple[str, str | None]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        run_id = con.execute("select run_id from runs order by started_at").fetchall()[run_index][0]
        rows = con.execute("select source_file, status, reason from files where run_id = ?", [run_id]).fetchall()
    finally:
        con.close()
    return {name: (status, reason) for name, status, reason in rows}


def assert_only_the_bad_ones_quarantined(found: dict, count: int, expected: dict[str, str]) -> None:
    for name, reason in expected.items():
        assert found[name][0] == "quarantined" and reason in found[name][1], (name, found[name])
    loaded = [name for name, (status, _) in found.items() if status == "loaded"]
    assert len(loaded) == count and not set(loaded) & set(expected)


def test_local_workers_give_up_only_the_failing_the_slow_and_the_hung_document(raw_dir, tmp_path):
    markers = {"fails.txt": "FAIL-IN-EXTRACT", "spins.txt": "SPIN-IN-CLEAN", "hangs.txt": "HANG-IN-CLEAN"}
    write_articles(raw_dir, 70, markers)  # one batch, over the size that goes to the worker processes
    warehouse = tmp_path / "w" / "news.duckdb"
    first = run(raw_dir, warehouse, "--workers", "2")
    assert first.returncode == 0, first.stderr[-3000:]
    assert_only_the_bad_ones_quarantined(
        outcomes(warehouse),
        70,
        {
            "fails.txt": "failed in extract: RuntimeError: injected fault",
            "spins.txt": "took longer than 1 s to clean",
            "hangs.txt": "its worker process ended while on it",
        },
    )
    assert "Traceback" in first.stderr and "RuntimeError: injected fault" in first.stderr  # the detail is logged
    second = run(raw_dir, warehouse, "--workers", "2")  # nothing changed: the failures are not tried again
    assert second.returncode == 0, second.stderr[-3000:]
    assert {status for status, _ in outcomes(warehouse).values()} == {"skipped"}


def test_in_the_flows_own_process_a_failing_and_a_slow_document_cost_only_themselves(raw_dir, tmp_path):
    write_articles(raw_dir, 4, {"fails.txt": "FAIL-IN-EXTRACT", "spins.txt": "SPIN-IN-CLEAN"})
    warehouse = tmp_path / "w" / "news.duckdb"
    done = run(raw_dir, warehouse)
    assert done.returncode == 0, done.stderr[-3000:]
    assert_only_the_bad_ones_quarantined(
        outcomes(warehouse),
        4,
        {"fails.txt": "failed in extract: RuntimeError", "spins.txt": "took longer than 1 s to clean"},
    )


def test_on_a_dask_cluster_a_failing_and_a_slow_document_cost_only_themselves(raw_dir, tmp_path):
    pytest.importorskip("prefect_dask")
    write_articles(raw_dir, 6, {"fails.txt": "FAIL-IN-EXTRACT", "spins.txt": "SPIN-IN-CLEAN"})
    warehouse = tmp_path / "w" / "news.duckdb"
    done = run(raw_dir, warehouse, "--runner", "dask", "--workers", "2")
    assert done.returncode == 0, done.stderr[-3000:]
    assert_only_the_bad_ones_quarantined(
        outcomes(warehouse),
        6,
        {"fails.txt": "failed in extract: RuntimeError", "spins.txt": "took longer than 1 s to clean"},
    )

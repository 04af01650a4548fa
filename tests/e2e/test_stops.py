"""However a run ends, it leaves no process behind and a warehouse that says what happened:
SIGTERM or SIGINT to the run's process group (what systemd or a terminal's Ctrl-C sends), or
SIGTERM to its main process, stop it with one line and the run recorded as interrupted with
its true counts; SIGKILL of the main process takes its Prefect server and workers with it, and
the next run records the killed one as failed with the counts of its ledger."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import psutil
import pytest

STORY = (
    "Exports from Norway rose {n}.5% in May from a year earlier, the statistics office said on Monday. "
    "Shipments of salmon led the increase, officials told reporters in Oslo on Tuesday.\n"
)


@pytest.fixture
def many_raw(raw_dir: Path) -> Path:
    """Enough articles for a run of many batches (100 files each) through the worker processes."""
    for n in range(2000):
        (raw_dir / f"story-{n:04d}.txt").write_text(STORY.format(n=n), encoding="utf-8")
    return raw_dir


def start(raw: Path, warehouse: Path) -> subprocess.Popen:
    """A run in a process group of its own, as a terminal or a service manager starts one."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "run",
            "--raw",
            str(raw),
            "--warehouse",
            str(warehouse),
            "--batch-size",
            "100",
            "--workers",
            "2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        # Prefect's line for each finished task, which a run logs only with --verbose, tells the
        # test how many batches are in
        env={**os.environ, "PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL": "INFO"},
    )


def wait_for_batches(run: subprocess.Popen, batches: int) -> tuple[list[psutil.Process], list[str]]:
    """Read the run's log until it has loaded ``batches`` batches (each batch is read,
    transformed and loaded by three tasks); return its processes then."""
    log = []
    while sum("Finished in state Completed()" in line for line in log) < 3 * batches + 1:
        line = run.stdout.readline()
        assert line, "the run ended before it was stopped:\n" + "".join(log[-30:])
        log.append(line)
    return psutil.Process(run.pid).children(recursive=True), log


def assert_gone(processes: list[psutil.Process], seconds: float = 10) -> None:
    _, alive = psutil.wait_procs(processes, timeout=seconds)
    assert not alive, [" ".join(p.cmdline()[:4]) for p in alive]


def run_rows(warehouse: Path) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute("""
            select r.status, r.files_seen, r.loaded, (select count(*) from files f where f.run_id = r.run_id),
                   (select count(*) from files f where f.run_id = r.run_id and f.status = 'loaded')
            from runs r order by r.started_at""").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(
    ("signal_number", "to_group", "status"),
    [(signal.SIGTERM, True, 143), (signal.SIGINT, True, 130), (signal.SIGTERM, False, 143)],
)
def test_a_signal_stops_the_run_cleanly_and_records_it_interrupted(many_raw, tmp_path, signal_number, to_group, status):
    warehouse = tmp_path / "w" / "news.duckdb"
    run = start(many_raw, warehouse)
    children, _ = wait_for_batches(run, 3)
    assert len(children) >= 2  # the Prefect server and the workers at least
    (os.killpg if to_group else os.kill)(run.pid, signal_number)
    output, _ = run.communicate(timeout=60)
    assert run.returncode == status, output[-3000:]
    (line,) = [line for line in output.splitlines() if line.startswith("newsfacts run: stopped by")]
    assert signal.Signals(signal_number).name in line and "recorded as interrupted" in line
    assert "Traceback" not in output
    assert_gone(children)
    ((state, seen, loaded, ledger, ledger_loaded),) = run_rows(warehouse)
    assert state == "interrupted" and 0 < loaded < 2000
    assert (seen, loaded) == (ledger, ledger_loaded)  # its true counts, from what was committed

    again = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--quiet", "--raw", str(many_raw), "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr[-3000:]
    assert run_rows(warehouse)[-1][:3] == ("completed", 2000, 2000 - loaded)


def test_sigkill_of_the_run_takes_its_server_and_workers_with_it(many_raw, tmp_path):
    warehouse = tmp_path / "w" / "news.duckdb"
    run = start(many_raw, warehouse)
    children, _ = wait_for_batches(run, 3)
    run.kill()
    run.wait(timeout=30)
    assert_gone(children)
    again = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--quiet", "--raw", str(many_raw), "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr[-3000:]
    killed, completed = run_rows(warehouse)
    assert killed[0] == "failed" and killed[3] > 0 and killed[1:3] == (killed[3], killed[4])
    assert completed[0] == "completed" and completed[2] == 2000 - killed[2]

"""The command line's own behaviour, short of running a pipeline: help, the views it lists, and
the one line it gives when no Prefect server can run or schedule what it asks."""

from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import warehouse
from flows.cli import _validation_outcome, build_parser, main
from flows.records import PUBLIC_VIEWS
from flows.runtime.run import RunSummary
from flows.settings import Settings
from tests.conftest import PROJECT, SAMPLES


def test_the_exit_handlers_run_by_the_call_the_console_script_makes():
    # flows.cli.console runs the exit handlers with CPython's own atexit._run_exitfuncs and then
    # leaves with os._exit: this pins that the call still runs them.
    ran = []
    atexit.register(ran.append, "handler")
    try:
        atexit._run_exitfuncs()
    finally:
        atexit.unregister(ran.append)
    assert ran == ["handler"]


def test_help_shows_the_defaults_the_settings_define():
    run = build_parser()._subparsers._group_actions[0].choices["run"].format_help()
    assert f"(default {Settings.model_fields['batch_size'].default})" in run
    assert f"(default {Settings.model_fields['raw_dir'].default})" in run


def newsfacts(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args], capture_output=True, text=True, timeout=120, cwd=PROJECT, env=env
    )


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment with no Prefect API named anywhere, not even in a profile, plus ``extra``."""
    return {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "PREFECT_HOME": str(tmp_path / "prefect"), **extra}


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_without_a_server_says_a_schedule_needs_one_and_how_to_start_it(tmp_path):
    done = newsfacts("serve", "--cron", "0 * * * *", "--raw", str(SAMPLES), env=clean_env(tmp_path))
    assert done.returncode == 2
    assert "prefect server start" in done.stderr and "PREFECT_API_URL" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "serving" not in done.stdout


@pytest.mark.parametrize("command", ["run", "serve"])
def test_a_prefect_server_that_does_not_answer_is_one_line_that_says_how_to_undo_it(tmp_path, command):
    url = f"http://127.0.0.1:{unused_port()}/api"
    schedule = ["--cron", "0 * * * *"] if command == "serve" else []
    done = newsfacts(
        command,
        *schedule,
        "--raw",
        str(SAMPLES),
        "--warehouse",
        str(tmp_path / "w.duckdb"),
        env=clean_env(tmp_path, PREFECT_API_URL=url),
    )
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"newsfacts {command}: Prefect server at {url} does not answer: start it with `")
    assert "prefect server start`" in line
    # a run can do without it; a schedule cannot, so unsetting it is no advice for serve
    assert line.endswith(", or unset PREFECT_API_URL") == (command == "run")
    assert not (tmp_path / "w.duckdb").exists()


def test_a_dead_server_saved_in_the_prefect_profile_is_named_with_how_to_remove_it(tmp_path):
    url = f"http://127.0.0.1:{unused_port()}/api"
    (tmp_path / "prefect").mkdir()
    (tmp_path / "prefect" / "profiles.toml").write_text(
        f'active = "default"\n\n[profiles.default]\nPREFECT_API_URL = "{url}"\n', encoding="utf-8"
    )
    done = newsfacts("run", "--raw", str(SAMPLES), "--warehouse", str(tmp_path / "w.duckdb"), env=clean_env(tmp_path))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert f"Prefect server at {url} does not answer" in done.stderr
    assert "prefect config unset PREFECT_API_URL" in done.stderr


def test_views_lists_every_public_view_with_what_a_row_is_and_its_columns(capsys, tmp_path):
    assert main(["views", "--warehouse", str(tmp_path / "none.duckdb")]) == 0
    listed = capsys.readouterr().out
    for view, columns in PUBLIC_VIEWS.items():
        assert f"\n{view}: one row per" in f"\n{listed}" or f"\n{view}: the " in f"\n{listed}", view
        assert all(column in listed for column in columns)
    assert "fct_claims" not in listed


def test_show_tables_lists_the_public_views_and_show_all_tables_the_rest(capsys, tmp_path):
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    warehouse.apply_schema(con)
    con.close()
    assert main(["query", "show tables", "--warehouse", str(path), "--format", "csv"]) == 0
    shown = capsys.readouterr()
    names = [line.split(",")[0] for line in shown.out.splitlines()[1:]]
    assert names == sorted(PUBLIC_VIEWS) and "show all tables" in shown.err
    assert main(["query", "show all tables", "--warehouse", str(path), "--format", "csv"]) == 0
    assert "fct_claims" in capsys.readouterr().out


def test_a_negative_query_timeout_is_refused_before_the_warehouse_is_opened(capsys, tmp_path):
    assert main(["query", "select 1", "--timeout", "-5", "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    assert "timeout must be 0 (no limit) or more seconds, not -5" in capsys.readouterr().err


def test_the_summary_says_whose_validation_it_reports():
    summary = RunSummary("r2", "completed", 5, 0, 0, 5, 43, 4, validated_run="r2", failed_expectations=1)
    assert _validation_outcome(summary) == "1 failed expectation"
    summary.validated_run = "r1"
    summary.failed_expectations = 2
    assert (
        _validation_outcome(summary)
        == "nothing new to validate; the latest validation (run r1) had 2 failed expectations"
    )
    summary.validated_run = None
    assert _validation_outcome(summary) == "not validated yet"

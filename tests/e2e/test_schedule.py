"""The scheduled deployment registers with its schedule, without waiting for the clock."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import PROJECT

REGISTER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from prefect.client.orchestration import get_client
    from flows.runtime.schedule import build_deployment
    from flows.settings import Settings

    settings = Settings(raw_dir=Path(sys.argv[1]), warehouse=Path(sys.argv[2]))
    deployment_id = build_deployment("0 * * * *", settings).apply()
    with get_client(sync_client=True) as client:
        stored = client.read_deployment(deployment_id)
    print(stored.name, stored.flow_id is not None, [s.schedule.cron for s in stored.schedules],
          stored.parameters["settings"]["raw_dir"])
""")


def test_the_deployment_and_its_cron_schedule_are_registered(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", REGISTER, str(raw), str(tmp_path / "w.duckdb")],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=PROJECT,
        # A new PREFECT_HOME: Prefect's own temporary server first creates its database (the
        # test takes ~26 s here), and Prefect waits only 20 s for it by default: the likely
        # cause of this test's one failure seen in a full suite on a slow minute.
        env={
            "PATH": "/usr/bin:/bin",
            "PREFECT_HOME": str(tmp_path / "prefect"),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "HOME": str(tmp_path),
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        },
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = result.stdout.strip().splitlines()[-1]
    assert line == f"newsfacts-scheduled True ['0 * * * *'] {raw}"


def test_serve_refuses_a_bad_cron_expression():
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", "serve", "--cron", "every hour"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT,
    )
    assert result.returncode == 2 and "not a cron expression" in result.stderr

"""The installed package finds its SQL from a built wheel, not only from a checkout."""

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import PROJECT


def test_a_built_wheel_ships_the_sql_and_uses_it(tmp_path: Path):
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path / "dist"),
            str(PROJECT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("newsfacts-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"flows/sql/{p.relative_to(PROJECT / 'sql').as_posix()}" for p in (PROJECT / "sql").rglob("*.sql")}
    assert shipped and shipped <= names

    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    probe = (
        "import duckdb, flows.warehouse as w; c = duckdb.connect(); w.apply_schema(c); "
        "print(w.sql_dir()); print(c.execute('select count(*) from contradictions').fetchall())"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[0] == str(target / "flows" / "sql")

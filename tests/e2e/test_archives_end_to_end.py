"""A web archive through the whole flow: its records loaded in batches of their own, and a
second run that finds it unchanged records every record without reading the archive."""

from __future__ import annotations

import subprocess
import sys

import duckdb

from tests.helpers import warc_record

STORY = (
    "<html><head><title>Exports {n}</title></head><body><article><p>Exports from Norway rose {n}.5% "
    "in May from a year earlier, the statistics office said on Monday in a statement about trade.</p>"
    "</article></body></html>"
)


def test_an_archive_larger_than_a_batch_is_loaded_in_chunks_then_skipped_unread(raw_dir, tmp_path):
    (raw_dir / "news.warc.gz").write_bytes(
        b"".join(warc_record(n, f"https://example.org/{n}", STORY.format(n=n)) for n in range(1, 8))
    )
    warehouse = tmp_path / "w" / "news.duckdb"

    def run() -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "flows.cli",
                "run",
                "--raw",
                str(raw_dir),
                "--warehouse",
                str(warehouse),
                "--batch-size",
                "3",
                "--verbose",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )

    first = run()
    assert first.returncode == 0, first.stderr[-3000:]
    assert "7 inputs seen: 7 loaded" in first.stdout
    assert (first.stdout + first.stderr).count("batch: ") == 3  # 3 + 3 + 1 records
    second = run()
    assert "7 inputs seen: 0 loaded, 0 quarantined, 7 skipped" in second.stdout
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        reasons = con.execute(
            "select distinct reason from files where run_id = (select max(run_id) from runs)"
        ).fetchall()
        values = sorted(v for (v,) in con.execute("select value from claims").fetchall())
    finally:
        con.close()
    assert reasons == [("already loaded with the same content",)]
    assert values == [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5]

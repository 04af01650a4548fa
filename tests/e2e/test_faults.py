"""Faults for real: a process killed with SIGKILL in the middle of a batch load."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb

from tests.conftest import PROJECT, SAMPLES

# A loader that stops inside the load transaction, after the batch's rows are written and
# before the commit, and waits there to be killed.
KILLED_LOADER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import polars as pl
    from flows import warehouse
    from flows.stages.clean.article import clean_documents
    from flows.stages.ingest.discover import discover_files
    from flows.stages.extract.article import extract_batch
    from flows.stages.ingest.read import ingest_files

    raw, path, run_id = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    con = warehouse.connect(path)
    warehouse.apply_schema(con)
    warehouse.start_run(con, run_id, raw)
    documents = warehouse.triage(con, ingest_files(discover_files(raw), 1_000_000))
    cleaned = clean_documents(documents.filter(pl.col("status") == "new"))
    extracted = extract_batch(cleaned.articles, cleaned.sentences)

    class PauseBeforeCommit:
        def __getattr__(self, name):
            return getattr(con, name)

        def execute(self, sql, *args):
            if sql == "commit":
                print("rows written, commit pending", flush=True)
                time.sleep(60)
            return con.execute(sql, *args)

    warehouse.load_batch(PauseBeforeCommit(), run_id, documents, cleaned, extracted)
""")


def counts(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            table: con.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("dim_articles", "fct_claims", "ingest_ledger", "fct_mentions")
        }
    finally:
        con.close()


def test_sigkill_during_a_load_leaves_the_warehouse_as_before_and_the_next_run_completes(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    first, *rest = sorted(SAMPLES.glob("*.txt"))
    (raw / first.name).write_bytes(first.read_bytes())
    wh = tmp_path / "news.duckdb"
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    completing = KILLED_LOADER.replace("time.sleep(60)", "pass")
    subprocess.run(
        [sys.executable, "-c", completing, str(raw), str(wh), "r1"],
        check=True,
        env=env,
        capture_output=True,
        timeout=120,
    )
    before = counts(wh)
    assert before["dim_articles"] == 1

    for sample in rest:
        (raw / sample.name).write_bytes(sample.read_bytes())
    victim = subprocess.Popen(
        [sys.executable, "-c", KILLED_LOADER, str(raw), str(wh), "r2"], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert victim.stdout.readline().strip() == "rows written, commit pending"
        victim.send_signal(signal.SIGKILL)
    finally:
        victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    print(f"\nbefore the killed batch: {before}; after SIGKILL: {counts(wh)}")
    assert counts(wh) == before

    done = subprocess.run(
        [sys.executable, "-c", completing, str(raw), str(wh), "r3"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    after = counts(wh)
    print(f"after the next run: {after}")
    assert after["dim_articles"] == len(rest) + 1
    con = duckdb.connect(str(wh), read_only=True)
    statuses = dict(con.execute("select run_id, status from runs").fetchall())
    con.close()
    assert statuses["r2"] == "failed"  # the killed run is not left "running"

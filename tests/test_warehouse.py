from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows import warehouse
from flows.claims import extract_batch
from flows.clean import clean_documents
from flows.discover import discover_files
from flows.ingest import ingest_files


@pytest.fixture
def con():
    connection = duckdb.connect()
    warehouse.apply_schema(connection)
    yield connection
    connection.close()


def test_every_sql_file_runs_on_an_empty_warehouse(con):
    """Schema and views apply twice (idempotent); examples and report queries run."""
    warehouse.apply_schema(con)
    root = warehouse.sql_dir()
    for script in sorted((root / "examples").glob("*.sql")) + sorted((root / "report").glob("*.sql")):
        sql = script.read_text(encoding="utf-8")
        con.execute(sql, ["no-run"] if "$1" in sql else []).fetchall()
    views = {row[0] for row in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
    assert {"articles", "claims", "contradictions", "entities", "mentions", "quotes", "files",
            "quarantine", "runs"} <= views


def run_batch(con, raw: Path, run_id: str) -> pl.DataFrame:
    warehouse.start_run(con, run_id, raw)
    documents = warehouse.triage(con, ingest_files(discover_files(raw), 1_000_000))
    articles, sentences, rejected = clean_documents(documents.filter(pl.col("status") == "new"))
    warehouse.load_batch(con, run_id, documents, articles, sentences, extract_batch(articles, sentences), rejected)
    warehouse.finish_run(con, run_id, "completed")
    return documents


ARTICLE = "Exports rose 5.2% in May from a year earlier, the customs office said on Friday in Berlin."


def test_rerun_skips_loaded_files_and_copies_are_skipped_as_duplicates(con, raw_dir):
    (raw_dir / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (raw_dir / "b.txt").write_text(ARTICLE, encoding="utf-8")
    run_batch(con, raw_dir, "r1")
    (raw_dir / "c.txt").write_text(ARTICLE, encoding="utf-8")
    run_batch(con, raw_dir, "r2")

    ledger = dict(con.execute("select source_file || '@' || run_id, coalesce(reason, status) from files").fetchall())
    assert ledger["a.txt@r1"] == "loaded"
    assert ledger["b.txt@r1"] == "duplicate of a.txt"
    assert ledger["a.txt@r2"] == "already loaded with the same content"
    assert ledger["c.txt@r2"] == "duplicate of a.txt"
    assert con.execute("select count(*) from articles").fetchone()[0] == 1
    assert con.execute("select count(*) from claims").fetchone()[0] == 1
    for seen, loaded, quarantined, skipped in con.execute(
            "select files_seen, loaded, quarantined, skipped from runs").fetchall():
        assert seen == loaded + quarantined + skipped


def test_a_changed_file_replaces_its_old_article(con, raw_dir):
    (raw_dir / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run_batch(con, raw_dir, "r1")
    (raw_dir / "a.txt").write_text(ARTICLE.replace("5.2%", "6.1%"), encoding="utf-8")
    run_batch(con, raw_dir, "r2")
    assert con.execute("select value from claims").fetchall() == [(6.1,)]
    assert con.execute("select count(*) from articles").fetchone()[0] == 1


def test_a_failing_batch_leaves_the_warehouse_as_it_was(con, raw_dir):
    (raw_dir / "a.txt").write_text(ARTICLE, encoding="utf-8")
    documents = ingest_files(discover_files(raw_dir), 1_000_000)
    articles, sentences, rejected = clean_documents(documents)
    claims = extract_batch(articles, sentences)
    broken = pl.concat([claims, claims])  # a repeated claim_id violates the key of fct_claims
    with pytest.raises(duckdb.ConstraintException):
        warehouse.load_batch(con, "r1", documents, articles, sentences, broken, rejected)
    for table in ("ingest_ledger", "dim_articles", "stg_sentences", "fct_claims", "stg_raw_articles"):
        assert con.execute(f"select count(*) from {table}").fetchone()[0] == 0, table


def test_a_second_writer_is_told_the_warehouse_is_busy(tmp_path):
    path = tmp_path / "w.duckdb"
    script = (f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ready', flush=True); time.sleep(30)")
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(warehouse.WarehouseBusy, match="in use by another newsfacts process"):
            warehouse.connect(path)
    finally:
        holder.kill()
        holder.wait()

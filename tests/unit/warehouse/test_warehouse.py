import os
import time
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows import warehouse
from flows.records import DOCUMENT_SCHEMA
from flows.stages.clean.article import clean_documents
from flows.stages.extract.article import extract_batch
from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import ingest_files


def test_every_sql_file_runs_on_an_empty_warehouse(con):
    """Schema and views apply twice (idempotent); examples, load, report and check queries run."""
    assert warehouse.apply_schema(con) == set()  # the fixture created every table already
    root = warehouse.sql_dir()
    params = {"run": "no-run", "limit": 10, "rows": 10, "units": "^percent$", "line": 0.6}
    for folder in ("examples", "report", "checks"):
        for script in sorted((root / folder).glob("*.sql")):
            sql = script.read_text(encoding="utf-8")
            con.execute(sql, {k: v for k, v in params.items() if f"${k}" in sql}).fetchall()
    assert warehouse.refresh_contradictions(con) == 0
    views = {row[0] for row in con.execute("select view_name from duckdb_views() where not internal").fetchall()}
    assert {
        "articles",
        "claims",
        "contradictions",
        "entities",
        "mentions",
        "quotes",
        "files",
        "quarantine",
        "runs",
    } <= views


def run_batch(con, raw: Path, run_id: str) -> pl.DataFrame:
    """One batch of the whole folder, as the flow's ingest, transform and load tasks do it."""
    warehouse.start_run(con, run_id, raw)
    to_read, unchanged = warehouse.triage_files(con, discover_files(raw), DOCUMENT_SCHEMA)
    documents = pl.concat([warehouse.triage(con, ingest_files(to_read, 1_000_000)), unchanged])
    cleaned = clean_documents(documents.filter(pl.col("status") == "new"))
    warehouse.load_batch(con, run_id, documents, cleaned, extract_batch(cleaned.articles, cleaned.sentences))
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
        "select files_seen, loaded, quarantined, skipped from runs"
    ).fetchall():
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
    cleaned = clean_documents(documents)
    extracted = extract_batch(cleaned.articles, cleaned.sentences)
    broken = extracted._replace(claims=extracted.claims.with_columns(pl.lit(None, pl.String).alias("unit")))
    with pytest.raises(duckdb.ConstraintException):
        warehouse.load_batch(con, "r1", documents, cleaned, broken)
    for table in (
        "ingest_ledger",
        "dim_articles",
        "stg_sentences",
        "fct_claims",
        "stg_raw_articles",
        "stg_article_minhash",
    ):
        assert con.execute(f"select count(*) from {table}").fetchone()[0] == 0, table


def test_a_second_writer_is_told_the_warehouse_is_busy(tmp_path):
    path = tmp_path / "w.duckdb"
    script = f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ready', flush=True); time.sleep(30)"
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


STORY = """Factory output in the region fell for a third straight month in September as energy costs
and weak export orders weighed on manufacturers, the statistics office said on Tuesday.
Industrial production dropped 1.4% from August, deeper than the 0.5% decline economists had
expected, with the steepest falls in chemicals, metals and paper. Carmakers were the exception,
lifting output after a summer of supply problems eased. Orders from abroad slid 3.1%, led by weaker
demand from Asia, while domestic orders were broadly unchanged. "The industrial recession is not over,"
said one economist at a regional bank, adding that high power prices kept energy-intensive plants
running below capacity. The office revised August's figure to a fall of 0.9% from 0.7%.
Manufacturing accounts for about a fifth of the region's economic output and employs more than
seven million people, making the sector's slump a drag on growth and tax receipts."""


def test_syndicated_copies_are_linked_to_the_original(con, raw_dir):
    (raw_dir / "a_original.txt").write_text(STORY, encoding="utf-8")
    copy = (
        "Regional factories extend slump\n\n"
        + STORY.replace("said on Tuesday", "said Tuesday")
        + "\n\nReporting by a wire service; editing by the desk."
    )
    (raw_dir / "b_syndicated.txt").write_text(copy, encoding="utf-8")
    (raw_dir / "c_other.txt").write_text(
        "Retail sales in the region rose 0.8% in September as shoppers returned to clothing and "
        "furniture stores, the statistics office said on Tuesday, beating forecasts of a 0.3% gain. "
        "Online sales were flat while food sales slipped 0.2% from August, the office added.",
        encoding="utf-8",
    )
    run_batch(con, raw_dir, "r1")
    (raw_dir / "d_late_copy.txt").write_text(STORY.replace("Tuesday", "Wednesday"), encoding="utf-8")
    run_batch(con, raw_dir, "r2")

    status = dict(
        con.execute("select source_file, status || ':' || coalesce(duplicate_of, '') from articles").fetchall()
    )
    original = con.execute("select article_id from articles where source_file = 'a_original.txt'").fetchone()[0]
    assert status["a_original.txt"] == "ok:"
    assert status["c_other.txt"] == "ok:"
    assert status["b_syndicated.txt"] == f"near_duplicate:{original}"
    assert status["d_late_copy.txt"] == f"near_duplicate:{original}"


def test_a_story_syndicated_thirty_times_links_every_copy_while_band_holders_stay_bounded(con, raw_dir):
    (raw_dir / "a_original.txt").write_text(STORY, encoding="utf-8")
    run_batch(con, raw_dir, "r1")
    for i in range(30):
        (raw_dir / f"copy_{i:02d}.txt").write_text(
            f"Site {i} | News\n\n" + STORY.replace("Tuesday", f"Tuesday ({i})"), encoding="utf-8"
        )
    run_batch(con, raw_dir, "r2")
    original = con.execute("select article_id from articles where source_file = 'a_original.txt'").fetchall()[0][0]
    links = con.execute("select count(*) from articles where duplicate_of = ?", [original]).fetchall()[0][0]
    holders = con.execute("select max(n) from (select count(*) as n from stg_article_bands group by band, band_hash)")
    assert links == 30
    assert holders.fetchall()[0][0] <= 20


def test_bad_input_is_quarantined_once_and_skipped_while_unchanged(con, raw_dir):
    (raw_dir / "empty.txt").write_bytes(b"")
    (raw_dir / "feed.jsonl").write_text(
        '{"text": "Prices rose 3% in May, the office said."}\n{oops\n', encoding="utf-8"
    )
    run_batch(con, raw_dir, "r1")
    run_batch(con, raw_dir, "r2")
    assert sorted(con.execute("select source_file from quarantine").fetchall()) == [("empty.txt",), ("feed.jsonl#2",)]
    second = dict(con.execute("select source_file, reason from files where run_id = 'r2'").fetchall())
    assert second["empty.txt"] == "already quarantined: empty file"
    assert second["feed.jsonl#2"].startswith("already quarantined: not valid JSON")
    (raw_dir / "empty.txt").write_text("Now the file has an article: exports rose 4% in June.", encoding="utf-8")
    run_batch(con, raw_dir, "r3")
    assert con.execute("select status from files where run_id = 'r3' and source_file = 'empty.txt'").fetchall() == [
        ("loaded",)
    ]


def _rewrite_keeping_size_and_time(path: Path, text: str) -> None:
    """New content of the same size, with the file's modification time put back."""
    before = path.stat()
    assert len(text.encode()) == before.st_size
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_files_unchanged_since_the_last_run_are_not_read_again(con, raw_dir):
    hour_ago = time.time_ns() - 3600 * 10**9
    for name, text in {"a.txt": ARTICLE, "b.txt": ARTICLE, "notes.md": "x", "empty.txt": ""}.items():
        (raw_dir / name).write_text(text, encoding="utf-8")
        os.utime(raw_dir / name, ns=(hour_ago, hour_ago))
    run_batch(con, raw_dir, "r1")
    # Same size, same time: trusted as unchanged, so the new figure is not seen (not read); a
    # copy stays a copy while the file it copies holds that article.
    _rewrite_keeping_size_and_time(raw_dir / "a.txt", ARTICLE.replace("5.2%", "6.1%"))
    _rewrite_keeping_size_and_time(raw_dir / "b.txt", ARTICLE.replace("5.2%", "7.3%"))
    run_batch(con, raw_dir, "r2")
    ledger = dict(con.execute("select source_file, reason from files where run_id = 'r2'").fetchall())
    assert ledger == {
        "a.txt": "already loaded with the same content",
        "b.txt": "duplicate of a.txt",
        "notes.md": "unknown extension .md",
        "empty.txt": "already quarantined: empty file",
    }
    assert con.execute("select value from claims").fetchall() == [(5.2,)]
    os.utime(raw_dir / "a.txt", ns=(hour_ago + 10**9, hour_ago + 10**9))  # a new time: read again,
    run_batch(con, raw_dir, "r3")  # and so is its copy, whose article may have gone with the old a.txt
    assert sorted(con.execute("select value from claims").fetchall()) == [(6.1,), (7.3,)]
    assert con.execute("select status from files where run_id = 'r3' and source_file = 'b.txt'").fetchone() == (
        "loaded",
    )
    for seen, loaded, quarantined, skipped in con.execute(
        "select files_seen, loaded, quarantined, skipped from runs"
    ).fetchall():
        assert seen == loaded + quarantined + skipped == 4


def test_a_file_written_moments_before_a_run_is_read_again_by_the_next(con, raw_dir):
    (raw_dir / "a.txt").write_text(ARTICLE, encoding="utf-8")  # modified just now: its time is not trusted
    run_batch(con, raw_dir, "r1")
    _rewrite_keeping_size_and_time(raw_dir / "a.txt", ARTICLE.replace("5.2%", "6.1%"))
    run_batch(con, raw_dir, "r2")
    assert con.execute("select value from claims").fetchall() == [(6.1,)]


def test_a_warehouse_made_before_a_table_existed_gets_it_filled(con, raw_dir):
    (raw_dir / "a.txt").write_text(
        "Output has grown every year since 2019, the ministry said. " + ARTICLE, encoding="utf-8"
    )
    run_batch(con, raw_dir, "r1")
    assert con.execute("select latest_year from stg_article_past_years").fetchall() == [(2019,)]
    con.execute("drop table stg_article_past_years")
    assert warehouse.apply_schema(con) == {"stg_article_past_years"}
    assert con.execute("select latest_year from stg_article_past_years").fetchall() == [(2019,)]

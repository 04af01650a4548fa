"""Load: the DuckDB warehouse: schema, triage against what is loaded, atomic batch loads.

The schema lives in ``sql/`` (tables, then the public views), applied idempotently. Each
batch is written in one transaction: a crash leaves the warehouse as it was before the batch.
DuckDB allows one writer; a second run that finds the file locked gets :class:`WarehouseBusy`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import polars as pl

if TYPE_CHECKING:  # the stages import resiliparse, ftfy and the rest: not on the command line's start-up path
    from flows.clean import CleanedBatch
    from flows.extract import ExtractedBatch


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse's write lock."""


def sql_dir() -> Path:
    """The ``sql/`` folder: packaged inside ``flows`` in a wheel, beside it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "sql", here.parent / "sql"):
        if (candidate / "views").is_dir():
            return candidate
    raise FileNotFoundError("newsfacts cannot find its sql/ folder; reinstall the package")


def connect(path: Path, read_only: bool = False, local_files: bool = True,
            memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a locked file raises :class:`WarehouseBusy` with a clear message.

    ``local_files=False`` stops SQL from reading or writing files other than the warehouse
    (``read_csv('/etc/passwd')``): the setting for ad-hoc queries. ``memory_limit`` caps
    DuckDB's memory (e.g. "1GB"); beyond it, large operations spill to a folder beside the file.
    """
    if read_only and not path.is_file():
        raise FileNotFoundError(f"no warehouse at {path}; run `newsfacts run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    config = {} if local_files else {"enable_external_access": False}
    if memory_limit:
        config["memory_limit"] = memory_limit
        if not read_only:  # without insertion order to keep, large inserts and joins can spill beyond the limit
            config["preserve_insertion_order"] = False
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseBusy(
                f"the warehouse {path} is in use by another newsfacts process; "
                "wait for it to finish and try again"
            ) from exc
        raise


def limit_memory(con: duckdb.DuckDBPyConnection, limit: str) -> None:
    """Change DuckDB's memory cap for what follows on this connection (e.g. "256MB")."""
    con.execute("set memory_limit = ?", [limit])


def fetch_frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> pl.DataFrame:
    """Run a query (positional or named parameters) and return all its rows as a polars frame
    (through Arrow). Repeated column names, which SQL allows and a frame does not, get a
    suffix: the second ``period`` becomes ``period_2``."""
    table = con.sql(sql, params=params or None).to_arrow_table()
    seen: dict[str, int] = {}
    names = []
    for name in table.column_names:
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return pl.from_arrow(table.rename_columns(names))


def apply_schema(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Create every table and view of ``sql/`` that does not exist yet (safe to repeat); return
    the tables this call created. A table added since the warehouse was made is filled from
    what the warehouse holds where it can be.

    Order: tables, then internal views the public views build on, then the public views.
    """
    before = {row[0] for row in con.execute("select table_name from duckdb_tables()").fetchall()}
    root = sql_dir()
    for folder in ("tables", "internal", "views"):
        for script in sorted((root / folder).glob("*.sql")):
            con.execute(script.read_text(encoding="utf-8"))
    created = {row[0] for row in con.execute("select table_name from duckdb_tables()").fetchall()} - before
    if before and "stg_article_past_years" in created:  # a warehouse made before the table existed
        con.execute((root / "load" / "backfill_past_years.sql").read_text(encoding="utf-8"))
    return created


def last_run_status(con: duckdb.DuckDBPyConnection) -> str | None:
    """How the latest run ended (running: it was killed), or None before the first run."""
    found = con.execute("select status from pipeline_runs order by started_at desc limit 1").fetchall()
    return found[0][0] if found else None


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, raw_dir: Path) -> None:
    """Record a run as running; a run still marked running was killed (this one holds the only
    write lock), so it is closed as failed, with the counts its ledger holds."""
    for (killed,) in con.execute("select run_id from pipeline_runs where status = 'running'").fetchall():
        finish_run(con, killed, "failed")
    con.execute(
        "insert into pipeline_runs (run_id, started_at, raw_dir, status) values (?, ?, ?, 'running')",
        [run_id, datetime.now(), str(raw_dir)],
    )


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str) -> dict:
    """Close a run (completed, interrupted, failed) with its counts from the ledger and the
    warehouse; return the counts."""
    con.execute(
        """
        update pipeline_runs set
            finished_at = $1,
            status = $2,
            files_seen = (select count(*) from ingest_ledger where run_id = $3),
            loaded = (select count(*) from ingest_ledger where run_id = $3 and status = 'loaded'),
            quarantined = (select count(*) from ingest_ledger where run_id = $3 and status = 'quarantined'),
            skipped = (select count(*) from ingest_ledger where run_id = $3 and status = 'skipped'),
            claims = (select count(*) from fct_claims),
            contradictions = (select count(*) from contradictions)
        where run_id = $3
        """,
        [datetime.now(), status, run_id],
    )
    return fetch_frame(con, "select * from runs where run_id = ?", [run_id]).row(0, named=True)


def triage_files(con: duckdb.DuckDBPyConnection, files: pl.DataFrame,
                 schema: dict) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Split ``files`` (from ``discover``) into those to read and the documents of
    those unchanged since they were last seen, already skipped with their reason, in the
    documents' ``schema`` (see ``sql/load/unchanged_inputs.sql``)."""
    con.register("batch_files", files.select("source_file", "size_bytes", "mtime_ns").to_arrow())
    try:
        found = fetch_frame(con, (sql_dir() / "load" / "unchanged_inputs.sql").read_text(encoding="utf-8"))
    finally:
        con.unregister("batch_files")
    unchanged = found.select(pl.col(name).cast(dtype) if name in found.columns else pl.lit(None, dtype).alias(name)
                             for name, dtype in schema.items())
    to_read = files.join(unchanged.select(pl.col("input_file").alias("source_file")).unique(), on="source_file",
                         how="anti", maintain_order="left")
    return to_read, unchanged


def triage(con: duckdb.DuckDBPyConnection, documents: pl.DataFrame,
           pending: pl.DataFrame | None = None) -> pl.DataFrame:
    """Mark documents already in the warehouse, or exact copies of another, as skipped.

    Same name and same content: "already loaded". Same content under another name, loaded
    earlier, earlier in this batch or in ``pending`` (the new documents of a batch still being
    transformed: source_file, content_hash): "duplicate of <file>". A known name with new
    content is loaded again and replaces the old article. Bad input quarantined before with
    the same content is skipped as "already quarantined", so the quarantine lists each bad
    input once.
    """
    new = documents.filter(pl.col("status") == "new").select("source_file", "content_hash")
    if pending is not None:
        new = pl.concat([pending.select("source_file", "content_hash"), new])
    con.register("batch_hashes", documents.select("source_file", "content_hash").to_arrow())
    known = fetch_frame(
        con,
        """
        select b.source_file, min(a.source_file) as loaded_as
        from batch_hashes b
        join dim_articles a on a.article_id = b.content_hash
        group by b.source_file
        """,
    )
    requarantined = fetch_frame(
        con,
        """
        select distinct b.source_file, 'already quarantined: ' || q.reason as old_reason
        from batch_hashes b
        join quarantined_inputs q on q.source_file = b.source_file and q.content_hash = b.content_hash
        """,
    )
    con.unregister("batch_hashes")
    documents = (
        documents.join(requarantined, on="source_file", how="left")
        .with_columns(
            pl.when((pl.col("status") == "quarantined") & pl.col("old_reason").is_not_null())
            .then(pl.lit("skipped")).otherwise(pl.col("status")).alias("status"),
            pl.when((pl.col("status") == "quarantined") & pl.col("old_reason").is_not_null())
            .then(pl.col("old_reason")).otherwise(pl.col("reason")).alias("reason"),
        )
        .drop("old_reason")
    )
    first_in_batch = new.group_by("content_hash", maintain_order=True).agg(pl.col("source_file").first().alias("first"))
    triaged = (
        documents.join(known, on="source_file", how="left")
        .join(first_in_batch, on="content_hash", how="left")
        .with_columns(
            pl.when(pl.col("status") != "new").then(pl.col("reason"))
            .when(pl.col("loaded_as") == pl.col("source_file")).then(pl.lit("already loaded with the same content"))
            .when(pl.col("loaded_as").is_not_null()).then(pl.lit("duplicate of ") + pl.col("loaded_as"))
            .when(pl.col("first") != pl.col("source_file")).then(pl.lit("duplicate of ") + pl.col("first"))
            .otherwise(None)
            .alias("reason")
        )
        .with_columns(
            pl.when((pl.col("status") == "new") & pl.col("reason").is_not_null())
            .then(pl.lit("skipped")).otherwise(pl.col("status")).alias("status")
        )
    )
    return triaged.drop("loaded_as", "first")


def refresh_contradictions(con: duckdb.DuckDBPyConnection) -> int:
    """Store the contradictions the facts hold now (one transaction); return how many."""
    con.execute("begin transaction")
    try:
        con.execute((sql_dir() / "load" / "refresh_contradictions.sql").read_text(encoding="utf-8"))
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return con.execute("select count(*) from fct_contradictions").fetchall()[0][0]


def load_batch(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    documents: pl.DataFrame,
    cleaned: CleanedBatch,
    extracted: ExtractedBatch,
) -> None:
    """Write one batch in one transaction: ledger, quarantine, articles and their facts.

    Documents that cleaning rejected are quarantined with its reason. Articles whose file was
    loaded before with other content replace the old rows. Articles that copy an earlier one
    are marked ``near_duplicate``.
    """
    now = datetime.now()
    ledger = (
        documents.join(cleaned.rejected.rename({"reason": "rejected_reason"}), on="source_file", how="left")
        .with_columns(
            pl.when(pl.col("rejected_reason").is_not_null()).then(pl.lit("quarantined"))
            .when(pl.col("status") == "new").then(pl.lit("loaded"))
            .otherwise(pl.col("status")).alias("status"),
            pl.coalesce("rejected_reason", "reason").alias("reason"),
            pl.lit(run_id).alias("run_id"),
            pl.lit(now).alias("seen_at"),
        )
        .select("source_file", "content_hash", "status", "reason", "run_id", "seen_at", "input_file", "size_bytes",
                "mtime_ns")
    )
    frames = {"batch_ledger": ledger}
    scripts = ["load_ledger.sql"]
    if not cleaned.articles.is_empty():  # a batch of known files records its ledger and nothing else
        scripts += ["load_articles.sql", "near_duplicates.sql"]
        frames |= {
            "batch_articles": cleaned.articles.with_columns(pl.lit(run_id).alias("run_id"),
                                                            pl.lit(now).alias("loaded_at")),
            "batch_sentences": cleaned.sentences,
            "batch_claims": extracted.claims,
            "batch_mentions": extracted.mentions,
            "batch_quotes": extracted.quotes,
            "batch_sources": cleaned.articles.select("publisher").drop_nulls().unique(),
            "batch_minhash": cleaned.minhashes,
            "batch_bands": cleaned.bands,
        }
    con.execute("begin transaction")
    try:
        for name, frame in frames.items():
            con.register(name, frame.to_arrow())
        for script in scripts:
            con.execute((sql_dir() / "load" / script).read_text(encoding="utf-8"))
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        for name in frames:
            con.unregister(name)

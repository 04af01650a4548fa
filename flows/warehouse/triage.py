"""Triage: which inputs need reading, and which documents are already loaded, copies, or known bad input."""

from __future__ import annotations

import duckdb
import polars as pl

from flows.warehouse.connection import fetch_frame, sql_dir


def triage_files(
    con: duckdb.DuckDBPyConnection, files: pl.DataFrame, schema: dict
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Split ``files`` (from ``discover``) into those to read and the documents of
    those unchanged since they were last seen, already skipped with their reason, in the
    documents' ``schema`` (see ``sql/load/unchanged_inputs.sql``)."""
    con.register("batch_files", files.select("source_file", "size_bytes", "mtime_ns").to_arrow())
    try:
        found = fetch_frame(con, (sql_dir() / "load" / "unchanged_inputs.sql").read_text(encoding="utf-8"))
    finally:
        con.unregister("batch_files")
    unchanged = found.select(
        pl.col(name).cast(dtype) if name in found.columns else pl.lit(None, dtype).alias(name)
        for name, dtype in schema.items()
    )
    to_read = files.join(
        unchanged.select(pl.col("input_file").alias("source_file")).unique(),
        on="source_file",
        how="anti",
        maintain_order="left",
    )
    return to_read, unchanged


def triage(
    con: duckdb.DuckDBPyConnection, documents: pl.DataFrame, pending: pl.DataFrame | None = None
) -> pl.DataFrame:
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
            .then(pl.lit("skipped"))
            .otherwise(pl.col("status"))
            .alias("status"),
            pl.when((pl.col("status") == "quarantined") & pl.col("old_reason").is_not_null())
            .then(pl.col("old_reason"))
            .otherwise(pl.col("reason"))
            .alias("reason"),
        )
        .drop("old_reason")
    )
    first_in_batch = new.group_by("content_hash", maintain_order=True).agg(pl.col("source_file").first().alias("first"))
    triaged = (
        documents.join(known, on="source_file", how="left")
        .join(first_in_batch, on="content_hash", how="left")
        .with_columns(
            pl.when(pl.col("status") != "new")
            .then(pl.col("reason"))
            .when(pl.col("loaded_as") == pl.col("source_file"))
            .then(pl.lit("already loaded with the same content"))
            .when(pl.col("loaded_as").is_not_null())
            .then(pl.lit("duplicate of ") + pl.col("loaded_as"))
            .when(pl.col("first") != pl.col("source_file"))
            .then(pl.lit("duplicate of ") + pl.col("first"))
            .otherwise(None)
            .alias("reason")
        )
        .with_columns(
            pl.when((pl.col("status") == "new") & pl.col("reason").is_not_null())
            .then(pl.lit("skipped"))
            .otherwise(pl.col("status"))
            .alias("status")
        )
    )
    return triaged.drop("loaded_as", "first")

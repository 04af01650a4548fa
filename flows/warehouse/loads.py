"""Loads: a batch of documents and their facts in one transaction, and the contradictions refreshed in one.

A crash leaves the warehouse as it was before the transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import duckdb
import polars as pl

from flows.warehouse.connection import sql_dir
from flows.warehouse.stories import assign_stories

if TYPE_CHECKING:  # the stages import resiliparse, ftfy and the rest: not on the command line's start-up path
    from flows.stages.clean.article import CleanedBatch
    from flows.stages.extract.article import ExtractedBatch


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
            pl.when(pl.col("rejected_reason").is_not_null())
            .then(pl.lit("quarantined"))
            .when(pl.col("status") == "new")
            .then(pl.lit("loaded"))
            .otherwise(pl.col("status"))
            .alias("status"),
            pl.coalesce("rejected_reason", "reason").alias("reason"),
            pl.lit(run_id).alias("run_id"),
            pl.lit(now).alias("seen_at"),
        )
        .select(
            "source_file",
            "content_hash",
            "status",
            "reason",
            "run_id",
            "seen_at",
            "input_file",
            "size_bytes",
            "mtime_ns",
        )
    )
    frames = {"batch_ledger": ledger}
    scripts = ["load_ledger.sql"]
    if not cleaned.articles.is_empty():  # a batch of known files records its ledger and nothing else
        scripts += ["load_articles.sql", "near_duplicates.sql", "stories.sql"]
        frames |= {
            "batch_articles": cleaned.articles.with_columns(
                pl.lit(run_id).alias("run_id"), pl.lit(now).alias("loaded_at")
            ),
            "batch_sentences": cleaned.sentences,
            "batch_claims": extracted.claims,
            "batch_mentions": extracted.mentions,
            "batch_quotes": extracted.quotes,
            "batch_sources": cleaned.articles.select("publisher").drop_nulls().unique(),
            "batch_minhash": cleaned.minhashes,
            "batch_bands": cleaned.bands,
            "batch_terms": extracted.terms,
        }
    con.execute("begin transaction")
    try:
        for name, frame in frames.items():
            con.register(name, frame.to_arrow())
        for script in scripts:
            con.execute((sql_dir() / "load" / script).read_text(encoding="utf-8"))
        if "stories.sql" in scripts:
            assign_stories(con)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        for name in frames:
            con.unregister(name)

"""The warehouse's schema: every table and view of ``sql/``, created when missing (safe to repeat)."""

from __future__ import annotations

import duckdb

from flows.warehouse.connection import sql_dir


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

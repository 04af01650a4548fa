"""A digest of everything a warehouse holds, to show that a change of code left it as it was.

    .venv/bin/python bench/warehouse_digest.py WAREHOUSE [WAREHOUSE ...]

Prints one line per table and view: its rows and a hash of them, sorted, without the columns that differ
from run to run whatever the code (run ids, times). Two warehouses built from the same raw
folder by two versions of the code print the same lines exactly when the versions agree on every
row (run both and `diff` the output).
"""

from __future__ import annotations

import hashlib
import sys

import duckdb

# Columns that name or time a run, not what it found, and surrogate keys numbered in the order
# the workers hand batches back (the public views show what they stand for).
RUN_COLUMNS = {"run_id", "seen_at", "loaded_at", "detected_at", "started_at", "finished_at", "raw_dir", "source_id"}
# Tables that record a run's own bookkeeping, whose rows all differ between runs.
RUN_TABLES = {"pipeline_runs", "validation_results", "runs"}


def digest(path: str) -> list[str]:
    """One line per table and view of the warehouse: name, rows, hash of its sorted rows."""
    con = duckdb.connect(path, read_only=True)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "select table_name from duckdb_tables() where not temporary union all "
                "select view_name from duckdb_views() where not internal and not temporary order by 1"
            ).fetchall()
        ]
        lines = []
        for table in tables:
            if table in RUN_TABLES:
                continue
            columns = [
                name
                for (name,) in con.execute(
                    "select column_name from duckdb_columns() where table_name = ? order by column_index", [table]
                ).fetchall()
                if name not in RUN_COLUMNS
            ]
            select = ", ".join(f'"{name}"' for name in columns)
            rows = con.execute(f'select {select} from "{table}" order by all').fetchall()
            lines.append(f"{table}: {len(rows)} rows, {hashlib.sha256(repr(rows).encode()).hexdigest()[:16]}")
        return lines
    finally:
        con.close()


if __name__ == "__main__":
    for warehouse in sys.argv[1:]:
        print(f"== {warehouse}")
        print("\n".join(digest(warehouse)))

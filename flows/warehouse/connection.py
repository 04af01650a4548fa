"""The warehouse file: opening it (one writer; read-only for queries), its memory, reading query results as frames."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse's write lock."""


def sql_dir() -> Path:
    """The ``sql/`` folder: packaged inside ``flows`` in a wheel, beside it in a checkout."""
    here = Path(__file__).resolve().parents[1]  # flows/
    for candidate in (here / "sql", here.parent / "sql"):
        if (candidate / "views").is_dir():
            return candidate
    raise FileNotFoundError("newsfacts cannot find its sql/ folder; reinstall the package")


def connect(
    path: Path, read_only: bool = False, local_files: bool = True, memory_limit: str | None = None
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a locked file raises :class:`WarehouseBusy` with a clear message.

    ``local_files=False`` stops SQL from reading or writing files other than the warehouse
    (``read_csv('/etc/passwd')``): the setting for ad-hoc queries. ``memory_limit`` caps
    DuckDB's memory (e.g. "1GB"); beyond it, large operations spill to a folder beside the file.
    """
    if read_only and not path.is_file():
        raise FileNotFoundError(f"no warehouse at {path}; run `newsfacts run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    config: dict[str, str | bool | int | float | list[str]] = {} if local_files else {"enable_external_access": False}
    if memory_limit:
        config["memory_limit"] = memory_limit
        if not read_only:  # without insertion order to keep, large inserts and joins can spill beyond the limit
            config["preserve_insertion_order"] = False
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseBusy(
                f"the warehouse {path} is in use by another newsfacts process; wait for it to finish and try again"
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
    return pl.DataFrame(table.rename_columns(names))

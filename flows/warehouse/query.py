"""Ad-hoc SQL on the warehouse: reads only, within a time and a memory limit, streamed out.

Grain: one statement in; its rows out as a table (the first ``TABLE_ROWS``), CSV or JSON, a
batch at a time, so that memory is bounded by DuckDB's limit and one batch, whatever the
result's size. A statement is run only if it reads: SELECT (and the statements DuckDB reads as
one: SHOW, DESCRIBE, SUMMARIZE, VALUES, FROM first), EXPLAIN of one, and the informational
PRAGMAs. The connection is read-only and cannot touch other files. A query that runs past its
time limit is interrupted, one that needs more than its memory limit fails, and either says so.
Columns of types a table, CSV or JSON cannot show as they are (intervals, blobs, maps, unions,
variants, 128-bit integers...) are printed as DuckDB writes them as text.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from typing import TextIO

import duckdb
import polars as pl
from duckdb.sqltypes import DuckDBPyType

from flows.records import PUBLIC_VIEWS
from flows.warehouse.connection import sql_dir

# Rows a table shows; the rest of a longer result is a --format csv or json away.
TABLE_ROWS = 1_000
BATCH_ROWS = 2_048
_READ_PRAGMAS = frozenset(
    """table_info show show_tables show_tables_expanded database_size database_list storage_info
    metadata_info version platform user_agent functions collations""".split()
)
_EXPLAIN = re.compile(r"^\s*explain\b(?:\s+analy[sz]e\b|\s*\([^)]*\))?", re.IGNORECASE)
_PRAGMA_NAME = re.compile(r"^\s*pragma\s+(\w+)", re.IGNORECASE)
# Types polars and the three formats show as they are; lists and structs of them too.
_PLAIN = frozenset(
    (
        "boolean",
        "tinyint",
        "smallint",
        "integer",
        "bigint",
        "utinyint",
        "usmallint",
        "uinteger",
        "ubigint",
        "float",
        "double",
        "varchar",
        "date",
        "timestamp",
        "timestamp_ms",
        "timestamp_ns",
        "timestamp_s",
    )
)


_SHOW_TABLES = re.compile(r"^\s*show\s+tables\s*;?\s*$", re.IGNORECASE)


class QueryStopped(RuntimeError):
    """The query ran past a limit; the message says which."""


def refusal(sql: str) -> str | None:
    """Why this SQL will not be run, or None when it is one statement that only reads."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        return str(exc)
    if len(statements) != 1:
        return f"give exactly one SQL statement, not {len(statements)}"
    kind = statements[0].type
    if kind == duckdb.StatementType.EXPLAIN:
        return refusal(_EXPLAIN.sub("", sql, count=1))
    if kind == duckdb.StatementType.PRAGMA:
        name = _PRAGMA_NAME.match(sql)
        if name and name.group(1).lower() in _READ_PRAGMAS:
            return None
        return "refused: only informational PRAGMAs (table_info, show_tables, database_size...) are reads"
    if kind != duckdb.StatementType.SELECT:
        hint = "; to export results use --format csv or json" if kind.name in ("COPY", "EXPORT") else ""
        return (
            f"refused: {kind.name} is not a read, and newsfacts query only reads "
            f"(the warehouse is opened read-only){hint}"
        )
    return None


def stream(con: duckdb.DuckDBPyConnection, sql: str, seconds: float | None) -> Iterator[pl.DataFrame]:
    """The statement's rows, a frame of at most ``BATCH_ROWS`` at a time; raises
    :class:`QueryStopped` when ``seconds`` pass first (None: no limit) or DuckDB runs out of
    its memory limit."""
    deadline = threading.Timer(seconds, con.interrupt) if seconds else None
    if deadline:
        deadline.daemon = True
        deadline.start()
    try:
        relation = con.sql(sql)
        if relation is None:
            return
        for batch in _showable(relation).to_arrow_reader(BATCH_ROWS):
            yield pl.DataFrame(batch)
    except duckdb.InterruptException as exc:
        raise QueryStopped(
            f"stopped after {seconds:g} s, the time limit (--timeout, NEWSFACTS_QUERY_SECONDS); "
            "what was printed is incomplete"
        ) from exc
    except duckdb.OutOfMemoryException as exc:
        (limit,) = con.execute("select current_setting('memory_limit')").fetchone() or ("?",)
        raise QueryStopped(
            f"needs more than its memory limit of {limit} (--max-memory, NEWSFACTS_QUERY_MEMORY): "
            f"{str(exc).splitlines()[0]}"
        ) from exc
    finally:
        if deadline:
            deadline.cancel()


def _showable(relation: duckdb.DuckDBPyRelation) -> duckdb.DuckDBPyRelation:
    """The relation with unique column names and every column of a type that does not show as
    it is cast to DuckDB's text for it."""
    seen: dict[str, int] = {}
    columns = []
    for position, (name, kind) in enumerate(zip(relation.columns, relation.types, strict=True), start=1):
        seen[name] = seen.get(name, 0) + 1
        alias = name if seen[name] == 1 else f"{name}_{seen[name]}"
        value = f"#{position}" if isinstance(kind, DuckDBPyType) and _shows(kind) else f"cast(#{position} as varchar)"
        columns.append(f'{value} as "{alias.replace(chr(34), chr(34) * 2)}"')
    return relation.project(", ".join(columns))


def _shows(kind: DuckDBPyType) -> bool:
    if kind.id in _PLAIN:
        return True
    if kind.id in ("list", "struct"):
        return all(isinstance(child, DuckDBPyType) and _shows(child) for _, child in kind.children)
    return False


def write(frames: Iterator[pl.DataFrame], fmt: str, out: TextIO, width: int = 200, whole_cells: bool = False) -> bool:
    """Write the rows as ``fmt`` (table, csv, json: an array, one row object a line); a table is
    ``width`` characters wide and cuts text past 120 characters unless ``whole_cells``. Return
    whether a table left rows out."""
    if fmt == "csv":
        for number, frame in enumerate(frames):
            out.write(_flat(frame).write_csv(include_header=number == 0))
        return False
    if fmt == "json":
        out.write("[")
        first = True
        for frame in frames:
            rows = frame.write_ndjson().rstrip("\n").replace("\n", ",\n")  # row objects, a line each
            if rows:
                out.write(("\n" if first else ",\n") + rows)
                first = False
        out.write("\n]\n")
        return False
    shown: list[pl.DataFrame] = []
    count = 0
    for frame in frames:
        shown.append(frame.head(TABLE_ROWS - count))
        count += len(frame)
        if count > TABLE_ROWS:
            break  # enough to say there is more; the rest is not read
    if shown:
        with pl.Config(
            tbl_rows=-1,
            tbl_cols=-1,
            fmt_str_lengths=width if whole_cells else 120,
            tbl_width_chars=width,
            tbl_hide_dataframe_shape=True,
            tbl_hide_column_data_types=True,
        ):
            out.write(f"{pl.concat(shown)}\n")
    return count > TABLE_ROWS


def _flat(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame with nested columns (lists, structs) as JSON text, which CSV can hold."""
    nested = [name for name, dtype in frame.schema.items() if dtype.is_nested()]
    return frame.with_columns(
        pl.Series(name, [json.dumps(v, default=str) for v in frame[name].to_list()], dtype=pl.String) for name in nested
    )


def view_description(view: str) -> str:
    """The first sentence of the comment that opens the view's SQL (``sql/views/<view>.sql``),
    without its ``name: public view,`` and, when long, without its asides in brackets."""
    lines = []
    for line in (sql_dir() / "views" / f"{view}.sql").read_text(encoding="utf-8").splitlines():
        if not line.startswith("--") or line.strip() == "--":
            break
        lines.append(line[2:].strip())
    text = re.sub(rf"^{re.escape(view)}: public view, ", "", " ".join(lines))
    sentence = re.split(r"(?<=\.)\s+", text, maxsplit=1)[0]
    if len(sentence) > 100:
        sentence = re.sub(r"\s*\([^()]*\)", "", sentence)
    return sentence.rstrip(".")


def public_views(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, list[str]]]:
    """Each public view of the warehouse: its name, what a row of it is, and its columns."""
    return [
        (view, view_description(view), [row[0] for row in con.execute(f'describe "{view}"').fetchall()])
        for view in sorted(PUBLIC_VIEWS)
    ]


def public_tables_query(sql: str) -> str | None:
    """For ``show tables``, the query that lists the public views with what a row of each is
    (the warehouse's own tables are a ``show all tables`` away); None for any other SQL."""
    if not _SHOW_TABLES.match(sql):
        return None
    rows = ", ".join(
        "({}, {})".format(*(f"'{value.replace(chr(39), chr(39) * 2)}'" for value in (view, view_description(view))))
        for view in sorted(PUBLIC_VIEWS)
    )
    return f"select * from (values {rows}) as views(name, description)"

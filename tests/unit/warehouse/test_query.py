"""`newsfacts query` reads and only reads, within its limits, and prints every column type in
every format."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.warehouse.query import refusal, stream, write

EXOTIC = """
    select 1 as n, interval 3 day as span, 'ab'::blob as bytes, map {'k': 1} as mapping,
           union_value(s := 'q')::union(i integer, s varchar) as either, 10::hugeint as huge,
           '2025-05-01 10:00:00+02'::timestamptz as stamped, [1, 2] as numbers, {'x': 1, 'y': 'z'} as pair,
           [1, 2, 3]::integer[3] as fixed, '101'::bit as bits, 'ab0c2bb6-6b8e-4f8e-9b1c-07c2b5e3a9f1'::uuid as id,
           1.50::decimal(38, 2) as money, '12:00'::time as noon, 'x'::enum_type as label, 7 as n
"""


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("query") / "news.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create type enum_type as enum ('x', 'y')")
    con.execute("create table numbers as select range as n from range(2500)")
    con.close()
    return path


def query(warehouse: Path, sql: str, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", "query", sql, "--warehouse", str(warehouse), *options],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "sql",
    [
        "select 1",
        "from numbers",
        "show tables",
        "describe numbers",
        "summarize numbers",
        "values (1), (2)",
        "explain select 1",
        "explain analyze select count(*) from numbers",
        "pragma table_info('numbers')",
        "with t as (select 1) select * from t",
    ],
)
def test_reads_are_allowed(sql):
    assert refusal(sql) is None


@pytest.mark.parametrize(
    ("sql", "why"),
    [
        ("drop table numbers", "DROP"),
        ("explain analyze delete from numbers", "DELETE"),
        ("copy numbers to 'out.csv'", "--format"),
        ("set memory_limit = '100GB'", "SET"),
        ("pragma enable_profiling", "PRAGMA"),
        ("attach 'other.duckdb'", "ATTACH"),
        ("checkpoint", "CALL"),
        ("select 1; select 2", "exactly one"),
    ],
)
def test_anything_else_is_refused_with_the_reason(sql, why):
    assert why in refusal(sql)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_every_column_type_prints_in_every_format(warehouse, fmt):
    for sql in (EXOTIC, "select * from duckdb_settings()"):
        done = query(warehouse, sql, "--format", fmt)
        assert done.returncode == 0, done.stderr
        assert "read_only" in done.stdout or "3 days" in done.stdout
    exotic = query(warehouse, EXOTIC, "--format", fmt).stdout
    for shown in ("3 days", "ab0c2bb6-6b8e-4f8e-9b1c-07c2b5e3a9f1", "12:00:00", "101"):
        assert shown in exotic
    if fmt == "json":
        (row,) = json.loads(exotic)
        assert row["numbers"] == [1, 2] and row["pair"] == {"x": 1, "y": "z"} and row["n_2"] == 7


def test_a_table_shows_its_first_rows_and_csv_all_of_them(warehouse):
    table = query(warehouse, "select n from numbers order by n")
    assert "999" in table.stdout and "1000" not in table.stdout and "first 1,000 rows" in table.stderr
    assert len(query(warehouse, "select n from numbers", "--format", "csv").stdout.splitlines()) == 2501


def test_a_query_past_its_time_limit_is_stopped_and_says_why(warehouse):
    done = query(warehouse, "select count(*) from numbers a, numbers b, numbers c, numbers d", "--timeout", "1")
    assert done.returncode == 3 and "time limit" in done.stderr


def test_a_query_past_its_memory_limit_fails_and_says_why(warehouse):
    done = query(
        warehouse,
        "select n, repeat('x', 1000) from range(1000000) t(n) order by random()",
        "--max-memory",
        "50MB",
        "--format",
        "csv",
    )
    assert done.returncode == 3 and "memory limit" in done.stderr


def test_a_query_cannot_read_other_files(warehouse, tmp_path):
    (tmp_path / "secret.csv").write_text("a\n1\n", encoding="utf-8")
    done = query(warehouse, f"select * from read_csv('{tmp_path / 'secret.csv'}')")
    assert done.returncode == 2 and "disabled" in done.stderr.lower()


def test_json_is_one_array_with_a_row_a_line_and_a_piped_table_keeps_whole_cells():
    con = duckdb.connect()
    out = io.StringIO()
    write(stream(con, "select range as n, repeat('x', 300) as long from range(3)", None), "json", out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 5  # greppable, still one JSON value
    assert [row["n"] for row in json.loads(out.getvalue())] == [0, 1, 2]
    piped, terminal = io.StringIO(), io.StringIO()
    write(stream(con, "select repeat('x', 300) as long", None), "table", piped, width=65_535, whole_cells=True)
    write(stream(con, "select repeat('x', 300) as long", None), "table", terminal, width=200)
    assert "x" * 300 in piped.getvalue() and "x" * 300 not in terminal.getvalue()

"""The ``newsfacts`` command line: run the pipeline, query the warehouse, rebuild the report."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

import duckdb
import polars as pl

from flows import warehouse
from flows.settings import Settings


def _run(args: argparse.Namespace) -> int:
    # Runs are offline: no usage reports to Prefect's or GX's servers.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    from flows.pipeline import newsfacts_flow  # Prefect takes a second to import: only here

    settings = Settings(**{k: v for k, v in {"raw_dir": args.raw, "warehouse": args.warehouse,
                                             "batch_size": args.batch_size}.items() if v is not None})
    try:
        counts = newsfacts_flow(str(settings.raw_dir.resolve()), str(settings.warehouse.resolve()),
                                settings.batch_size)
    except (warehouse.WarehouseBusy, FileNotFoundError) as exc:
        print(f"newsfacts run: {exc}", file=sys.stderr)
        return 2
    print(
        f"newsfacts: {counts['files_seen']} inputs seen: {counts['loaded']} loaded, "
        f"{counts['quarantined']} quarantined, {counts['skipped']} skipped; "
        f"{counts['claims']} claims, {counts['contradictions']} contradictions in the warehouse; "
        f"{counts['failed_expectations']} failed expectations.\n"
        f"warehouse: {settings.warehouse}\nreport: {counts['report']}"
    )
    return 0


READ_STATEMENTS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN, duckdb.StatementType.PRAGMA}


def _refusal(sql: str) -> str | None:
    """Why ``newsfacts query`` will not run this SQL, or None when it only reads."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        return str(exc)
    if len(statements) != 1:
        return f"give exactly one SQL statement, not {len(statements)}"
    kind = statements[0].type
    if kind not in READ_STATEMENTS:
        return (f"refused: a {kind.name} statement would change the warehouse, and queries only read "
                "(the connection is read-only); use --format csv to export results")
    return None


def _query(args: argparse.Namespace) -> int:
    refusal = _refusal(args.sql)
    if refusal:
        print(f"newsfacts query: {refusal}", file=sys.stderr)
        return 2
    path = args.warehouse or Settings().warehouse
    try:
        con = warehouse.connect(Path(path), read_only=True)
    except (FileNotFoundError, warehouse.WarehouseBusy) as exc:
        print(f"newsfacts query: {exc}", file=sys.stderr)
        return 2
    try:
        result = warehouse.fetch_frame(con, args.sql)
    except duckdb.Error as exc:
        print(f"newsfacts query: {exc}", file=sys.stderr)
        return 2
    finally:
        con.close()
    if args.format == "csv":
        sys.stdout.write(result.write_csv())
    elif args.format == "json":
        sys.stdout.write(result.write_json() + "\n")
    else:
        width = shutil.get_terminal_size((200, 24)).columns
        with pl.Config(tbl_rows=-1, tbl_cols=-1, fmt_str_lengths=120, tbl_width_chars=width,
                       tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):
            print(result)
    return 0


def _report(args: argparse.Namespace) -> int:
    from flows.report import write_report

    settings = Settings(**({"warehouse": args.warehouse} if args.warehouse else {}))
    try:
        con = warehouse.connect(settings.warehouse, read_only=True)
    except (FileNotFoundError, warehouse.WarehouseBusy) as exc:
        print(f"newsfacts report: {exc}", file=sys.stderr)
        return 2
    try:
        last = con.execute("select run_id from runs order by started_at desc limit 1").fetchall()
        if not last:
            print("newsfacts report: the warehouse has no runs yet", file=sys.stderr)
            return 2
        path = write_report(con, settings.reports_dir, settings.gx_dir, last[0][0])
    finally:
        con.close()
    print(f"report: {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``newsfacts`` and its subcommands."""
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the whole pipeline on a raw folder")
    run.add_argument("--raw", type=Path, help="folder of raw articles (default data/raw)")
    run.add_argument("--warehouse", type=Path, help="DuckDB file (default data/warehouse/news.duckdb)")
    run.add_argument("--batch-size", type=int, help="documents per batch (default 300)")
    run.set_defaults(handler=_run)

    query = commands.add_parser("query", help="run read-only SQL on the warehouse")
    query.add_argument("sql", help="the SQL to run, e.g. \"select * from contradictions\"")
    query.add_argument("--warehouse", type=Path, help="DuckDB file (default data/warehouse/news.duckdb)")
    query.add_argument("--format", choices=["table", "csv", "json"], default="table", help="output format")
    query.set_defaults(handler=_query)

    report = commands.add_parser("report", help="rewrite the report of the latest run")
    report.add_argument("--warehouse", type=Path, help="DuckDB file (default data/warehouse/news.duckdb)")
    report.set_defaults(handler=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``newsfacts`` console script."""
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())

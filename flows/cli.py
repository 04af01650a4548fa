"""The ``newsfacts`` command line: run the pipeline, query the warehouse, rebuild the report.

Only the standard library is imported up front: ``run`` first starts Prefect's temporary
server (its boot is the longest part of a run's start-up), then reads and checks its settings
and imports DuckDB, polars and the stages while it boots.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.runtime.run import RunSummary
    from flows.settings import Settings


def _offline_and_logging(args: argparse.Namespace) -> None:
    """Set the environment Prefect and GX read at import: offline, and as talkative as asked."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    level = "WARNING" if args.quiet else "DEBUG" if args.verbose else "INFO"
    os.environ["PREFECT_LOGGING_LEVEL"] = level  # the flow's own log lines go through Prefect
    if not args.verbose:  # one line per stage, not Prefect's "Finished in state Completed()" per task
        os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL", "WARNING")
    logging.basicConfig(level="WARNING", format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("flows").setLevel(level)
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")  # the Dask runner's cluster chatter


def _settings(args: argparse.Namespace, *names: str) -> Settings:
    """Settings from the command line's options where given, else the environment and defaults."""
    from flows.settings import Settings

    given = {name: getattr(args, name, None) for name in names}
    if given.get("dask_address"):
        given["runner"] = "dask"
    return Settings(**{name: value for name, value in given.items() if value is not None})


RUN_OPTIONS = ("raw_dir", "warehouse", "batch_size", "runner", "workers", "dask_address")


def _run(args: argparse.Namespace) -> int:
    _offline_and_logging(args)
    from flows.runtime.lifetime import RunInterrupted, stop_on_signals
    from flows.runtime.prefect_api import PrefectApiUnreachable, prefect_api

    try:
        with stop_on_signals(), prefect_api() as api:  # what runs before connect() overlaps the server's boot
            settings = _settings(args, *RUN_OPTIONS)
            problem = _bad_settings(settings) or _cannot_open(settings)
            if problem:
                print(f"newsfacts run: {problem}", file=sys.stderr)
                return 2
            from flows.pipeline import configured_flow
            from flows.warehouse import WarehouseBusy

            flow = configured_flow(settings)
            try:
                api.connect()
            except PrefectApiUnreachable as exc:
                print(f"newsfacts run: {exc}", file=sys.stderr)
                return 2
            try:
                summary = flow(settings.resolved(), show_progress=not args.quiet)
            except WarehouseBusy as exc:
                print(f"newsfacts run: {exc}", file=sys.stderr)
                return 2
    except RunInterrupted as stop:
        from flows.quality.report import plural

        done = stop.summary
        recorded = (
            f"run {done.run_id} recorded as interrupted: {plural(done.files_seen, 'input')} seen, "
            f"{done.loaded} loaded, {done.quarantined} quarantined, {done.skipped} skipped"
            if done
            else "before the run started; nothing was recorded"
        )
        print(
            f"newsfacts run: stopped by {stop.signal_name}; {recorded}; a batch under way was rolled back. "
            "Run again to go on.",
            file=sys.stderr,
        )
        return stop.exit_status
    from flows.quality.report import plural

    print(
        f"newsfacts: {plural(summary.files_seen, 'input')} seen: {summary.loaded} loaded, "
        f"{summary.quarantined} quarantined, {summary.skipped} skipped; "
        f"{summary.claims} claims and {plural(summary.contradictions, 'contradiction')} in the warehouse; "
        f"{_validation_outcome(summary)}.\n"
        f"warehouse: {settings.warehouse.resolve()}\nreport: {summary.report}"
    )
    if args.fail_on_contradiction and summary.contradictions:
        print(
            f"newsfacts run: failing because the warehouse holds {plural(summary.contradictions, 'contradiction')} "
            "(--fail-on-contradiction)",
            file=sys.stderr,
        )
        return 1
    return 0


def _validation_outcome(summary: RunSummary) -> str:
    """How the warehouse's latest validation went, saying whose it was when not this run's."""
    from flows.quality.report import plural

    failed = plural(summary.failed_expectations, "failed expectation")
    if summary.validated_run is None:
        return "not validated yet"
    if summary.validated_run != summary.run_id:
        return f"nothing new to validate; the latest validation (run {summary.validated_run}) had {failed}"
    return failed


def _serve(args: argparse.Namespace) -> int:
    _offline_and_logging(args)
    settings = _settings(args, *RUN_OPTIONS)
    problem = _bad_settings(settings) or _cannot_open(settings)
    if problem:
        print(f"newsfacts serve: {problem}", file=sys.stderr)
        return 2
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=args.cron)
    except ValueError:
        print(f'newsfacts serve: {args.cron!r} is not a cron expression (e.g. "0 * * * *" for hourly)', file=sys.stderr)
        return 2
    from flows.runtime.prefect_api import (
        PrefectApiUnreachable,
        configured_api_url,
        require_answer,
        start_server_command,
    )

    url = configured_api_url()
    if not url:
        print(
            "newsfacts serve: a schedule needs a Prefect server that keeps running (a temporary one fires "
            f"nothing): start one with `{start_server_command()}` in another terminal, then run serve with "
            "PREFECT_API_URL=http://127.0.0.1:4200/api set (see the README)",
            file=sys.stderr,
        )
        return 2
    try:
        require_answer(url, can_do_without=False)
    except PrefectApiUnreachable as exc:
        print(f"newsfacts serve: {exc}", file=sys.stderr)
        return 2
    from flows.runtime.schedule import serve_on_schedule

    print(f"newsfacts: serving on schedule {args.cron!r} with the Prefect server at {url}; stop with Ctrl-C")
    serve_on_schedule(args.cron, settings)
    return 0


def _bad_settings(settings: Settings) -> str | None:
    """Why a run cannot start that the settings alone tell (no raw folder, a batch size or
    worker count below one), checked before the flow starts."""
    if not settings.raw_dir.is_dir():
        return f"raw folder {settings.raw_dir} does not exist or is not a folder"
    if settings.batch_size < 1:
        return f"batch size must be at least 1, not {settings.batch_size}"
    if settings.workers is not None and settings.workers < 1:
        return f"workers must be at least 1, not {settings.workers}"
    return None


def _cannot_open(settings: Settings) -> str | None:
    """Why a run cannot start that only trying tells (the Dask runner not installed, the
    warehouse busy or not one DuckDB can open)."""
    import duckdb

    from flows import warehouse

    if settings.runner == "dask":
        try:
            import prefect_dask  # noqa: F401
        except ImportError:
            return "the dask runner needs prefect-dask: pip install 'newsfacts[dask]'"
    if settings.warehouse.exists():
        try:
            warehouse.connect(settings.warehouse).close()
        except warehouse.WarehouseBusy as exc:
            return str(exc)
        except duckdb.Error as exc:
            return f"{settings.warehouse} is not a newsfacts warehouse DuckDB can open: {exc}"
    return None


def _query(args: argparse.Namespace) -> int:
    import duckdb

    from flows import warehouse
    from flows.warehouse.query import TABLE_ROWS, QueryStopped, public_tables_query, refusal, stream, write

    listing = public_tables_query(args.sql)
    if listing:
        print("newsfacts query: the public views; `show all tables` lists every table and view", file=sys.stderr)
        args.sql = listing
    refused = refusal(args.sql)
    if refused:
        print(f"newsfacts query: {refused}", file=sys.stderr)
        return 2
    settings = _settings(args, "warehouse", "query_seconds", "query_memory")
    if settings.query_seconds < 0:
        print(
            f"newsfacts query: the timeout must be 0 (no limit) or more seconds, not {settings.query_seconds:g}",
            file=sys.stderr,
        )
        return 2
    try:
        con = warehouse.connect(
            settings.warehouse, read_only=True, local_files=False, memory_limit=settings.query_memory
        )
    except (FileNotFoundError, warehouse.WarehouseBusy, duckdb.Error) as exc:
        print(f"newsfacts query: {exc}", file=sys.stderr)
        return 2
    try:
        # A table fits the terminal; written to a pipe or a file, it is never cut.
        width = shutil.get_terminal_size().columns if sys.stdout.isatty() else 65_535
        rows = stream(con, args.sql, settings.query_seconds or None)
        more = write(rows, args.format, sys.stdout, width=width, whole_cells=not sys.stdout.isatty())
    except QueryStopped as exc:
        sys.stdout.flush()
        print(f"newsfacts query: {exc}", file=sys.stderr)
        return 3
    except duckdb.Error as exc:
        print(f"newsfacts query: {exc}", file=sys.stderr)
        return 2
    finally:
        con.close()
    if more:
        print(
            f"newsfacts query: the first {TABLE_ROWS:,} rows are shown; --format csv or json prints them all",
            file=sys.stderr,
        )
    return 0


def _views(args: argparse.Namespace) -> int:
    import textwrap

    import duckdb

    from flows import warehouse
    from flows.warehouse.query import public_views

    settings = _settings(args, "warehouse")
    try:
        con = warehouse.connect(settings.warehouse, read_only=True, local_files=False)
    except (FileNotFoundError, warehouse.WarehouseBusy, duckdb.Error):
        con = duckdb.connect()  # no warehouse to read yet: the views as a new one has them
        warehouse.apply_schema(con)
    try:
        views = public_views(con)
    finally:
        con.close()
    width = min(shutil.get_terminal_size().columns, 100)
    for view, description, columns in views:
        print(textwrap.fill(f"{view}: {description}", width, subsequent_indent="  "))
        print(textwrap.fill(", ".join(columns), width, initial_indent="    ", subsequent_indent="    "))
    print('\nQuery them with: newsfacts query "select * from contradictions"')
    return 0


def _report(args: argparse.Namespace) -> int:
    from flows import warehouse
    from flows.quality.report import write_report
    from flows.settings import Settings

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
        path = write_report(con, settings.reports_dir, settings.warehouse.resolve(), last[0][0])
    finally:
        con.close()
    print(f"report: {path}")
    return 0


def _default(name: str) -> object:
    """A setting's default, as ``Settings`` defines it (read without the environment)."""
    from flows.settings import Settings

    return Settings.model_fields[name].default


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    """The options of a pipeline run, shared by ``run`` and ``serve``."""
    parser.add_argument(
        "--raw", dest="raw_dir", type=Path, help=f"folder of raw articles (default {_default('raw_dir')})"
    )
    parser.add_argument("--warehouse", type=Path, help=f"DuckDB file (default {_default('warehouse')})")
    parser.add_argument(
        "--batch-size",
        type=int,
        help=f"raw files, or records of a web archive, per batch (default {_default('batch_size')})",
    )
    parser.add_argument(
        "--runner",
        choices=["local", "dask"],
        help="where clean and extract run: local worker processes (default) or a Dask cluster",
    )
    parser.add_argument(
        "--workers",
        type=int,
        help="worker processes (local), or workers of a temporary local Dask cluster (default: one per core)",
    )
    parser.add_argument(
        "--dask-address", help="a running Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (implies --runner dask)"
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``newsfacts`` and its subcommands."""
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Turn raw news articles into checkable facts in a DuckDB warehouse, validate it, "
        "and report where the articles contradict each other.",
        epilog="Settings also come from NEWSFACTS_* environment variables (see the README).",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run",
        help="run the whole pipeline on a raw folder",
        description="Load the raw folder's new and changed files into the warehouse, refresh the "
        "contradictions, validate, and write the report beside the warehouse.",
    )
    _add_run_options(run)
    talk = run.add_mutually_exclusive_group()
    talk.add_argument("--quiet", action="store_true", help="print only warnings and the summary")
    talk.add_argument("--verbose", action="store_true", help="print debug logs (one line per batch)")
    run.add_argument(
        "--fail-on-contradiction",
        action="store_true",
        help="exit with status 1 when the warehouse holds contradictions (for gating jobs)",
    )
    run.set_defaults(handler=_run)

    serve = commands.add_parser(
        "serve",
        help="run the pipeline on a cron schedule (Prefect deployment)",
        description="Run the pipeline at every tick of a cron schedule, as a Prefect deployment. Needs a "
        "Prefect server that keeps running, named by PREFECT_API_URL (see the README).",
    )
    serve.add_argument("--cron", required=True, help='cron schedule, e.g. "0 * * * *" for every hour')
    _add_run_options(serve)
    serve.set_defaults(handler=_serve, quiet=False, verbose=False)

    query = commands.add_parser(
        "query",
        help="run read-only SQL on the warehouse",
        description="Run one read-only SQL statement on the warehouse. `newsfacts views` lists the "
        "views to query (articles, claims, contradictions...), what a row of each is and their columns; "
        '"show tables" lists their names.',
    )
    query.add_argument("sql", help='the SQL to run, e.g. "select * from contradictions"')
    query.add_argument("--warehouse", type=Path, help=f"DuckDB file (default {_default('warehouse')})")
    query.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        default="table",
        help="output format (default: table, its first 1,000 rows)",
    )
    query.add_argument(
        "--timeout",
        dest="query_seconds",
        type=float,
        help=f"seconds the query may run, 0 for no limit (default {_default('query_seconds'):g}, "
        "or NEWSFACTS_QUERY_SECONDS)",
    )
    query.add_argument(
        "--max-memory",
        dest="query_memory",
        help=f"DuckDB's memory for the query, e.g. 4GB (default {_default('query_memory')}, or NEWSFACTS_QUERY_MEMORY)",
    )
    query.set_defaults(handler=_query)

    views = commands.add_parser(
        "views",
        help="list the views to query, what a row of each is and their columns",
        description="List the public views of the warehouse, the ones to query: what a row of each is, "
        "and their columns.",
    )
    views.add_argument("--warehouse", type=Path, help=f"DuckDB file (default {_default('warehouse')})")
    views.set_defaults(handler=_views)

    report = commands.add_parser(
        "report",
        help="rewrite the report of the warehouse",
        description="Rewrite the report of the warehouse (as of its latest run) beside it.",
    )
    report.add_argument("--warehouse", type=Path, help=f"DuckDB file (default {_default('warehouse')})")
    report.set_defaults(handler=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``newsfacts`` console script."""
    args = build_parser().parse_args(argv)
    return args.handler(args)


def console() -> None:
    """The console script: ``main``, then exit without Python's finalisation of the modules.

    Once a command has returned, its warehouse and report are closed and what it queued for a
    Prefect server is sent (``flows.runtime.prefect_api``); the exit handlers still run, but tearing
    down the modules a run imported (Great Expectations, pandas, Prefect) would take seconds more.
    """
    try:
        code = main()
    except BrokenPipeError:
        # The reader of the output left (`newsfacts query ... | head`): what it read is what it
        # wanted. Output still buffered goes nowhere rather than failing again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    # CPython's own call that runs the exit handlers, not a public API: tests/unit/test_cli.py
    # pins that it runs them (a run's logs and events are sent by them).
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    console()

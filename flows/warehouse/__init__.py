"""The DuckDB warehouse: its file, schema, runs, triage of inputs and atomic loads.

The schema lives in ``sql/`` (tables, then the internal views, then the public views), applied
idempotently. Each batch is written in one transaction: a crash leaves the warehouse as it was
before the batch. DuckDB allows one writer; a second run that finds the file locked gets
:class:`WarehouseBusy`. The package's public functions are imported from here.
"""

from flows.warehouse.connection import (
    WarehouseBusy,
    connect,
    fetch_frame,
    limit_memory,
    sql_dir,
)
from flows.warehouse.loads import load_batch, refresh_contradictions
from flows.warehouse.runs import finish_run, last_run_status, latest_validation, start_run
from flows.warehouse.schema import apply_schema
from flows.warehouse.triage import triage, triage_files

__all__ = [
    "WarehouseBusy",
    "apply_schema",
    "connect",
    "fetch_frame",
    "finish_run",
    "last_run_status",
    "latest_validation",
    "limit_memory",
    "load_batch",
    "refresh_contradictions",
    "sql_dir",
    "start_run",
    "triage",
    "triage_files",
]

"""Report: a data-quality report a person can read, as Markdown and as one HTML page.

Grain: one report per run, written to ``reports/`` beside the warehouse as
``report-<run_id>.{md,html}`` and copied to ``latest.{md,html}``. The HTML stands alone (no
scripts, styles inline, no network) and every value from an article is escaped.
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import duckdb
import polars as pl

from flows.validate import data_docs_index
from flows.warehouse import fetch_frame, sql_dir

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#f3f3f3}.high{color:#a00;font-weight:bold}
.medium{color:#b60}.low{color:#555}.fail{color:#a00}.ok{color:#070}
"""


def _query(con: duckdb.DuckDBPyConnection, name: str, *params) -> pl.DataFrame:
    sql = (sql_dir() / "report" / f"{name}.sql").read_text(encoding="utf-8")
    return fetch_frame(con, sql, list(params))


def _md_table(frame: pl.DataFrame) -> str:
    if frame.is_empty():
        return "_none_\n"

    def cell(value) -> str:
        return str("" if value is None else value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.iter_rows()]
    return "\n".join(lines) + "\n"


def _html_table(frame: pl.DataFrame, classes: str | None = None) -> str:
    if frame.is_empty():
        return "<p><em>none</em></p>"
    head = "".join(f"<th>{html.escape(c)}</th>" for c in frame.columns)
    rows = []
    for row in frame.iter_rows(named=True):
        css = f' class="{html.escape(str(row[classes]))}"' if classes else ""
        rows.append(f"<tr{css}>" + "".join(
            f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row.values()) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def write_report(con: duckdb.DuckDBPyConnection, reports_dir: Path, gx_dir: Path, run_id: str) -> Path:
    """Write this run's report (Markdown and HTML); return the HTML path."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    run = fetch_frame(con, "select * from runs where run_id = ?", [run_id])
    counts = run.select("files_seen", "loaded", "quarantined", "skipped", "claims", "contradictions", "status")
    contradictions = _query(con, "contested_claims")
    validation = _query(con, "validation_summary", run_id)
    rejected = _query(con, "quarantined_inputs", run_id)
    docs = data_docs_index(gx_dir)

    markdown = "\n".join([
        f"# newsfacts data-quality report, run {run_id}\n",
        "## Counts\n", _md_table(counts),
        "## Contradictions\n", _md_table(contradictions),
        "## Validation (Great Expectations)\n", _md_table(validation),
        f"Data Docs: {docs}\n",
        "## Inputs not loaded\n", _md_table(rejected),
    ])
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsfacts report {html.escape(run_id)}</title>
<style>{_STYLE}</style></head><body>
<h1>newsfacts data-quality report</h1><p>Run {html.escape(run_id)}</p>
<h2>Counts</h2>{_html_table(counts)}
<h2>Contradictions</h2>{_html_table(contradictions, classes="severity")}
<h2>Validation (Great Expectations)</h2>{_html_table(validation)}
<p><a href="{html.escape(docs.resolve().as_uri())}">Data Docs</a> (GX's own pages; they need the network for their styles)</p>
<h2>Inputs not loaded</h2>{_html_table(rejected)}
</body></html>
"""
    md_path = reports_dir / f"report-{run_id}.md"
    html_path = reports_dir / f"report-{run_id}.html"
    md_path.write_text(markdown, encoding="utf-8")
    html_path.write_text(page, encoding="utf-8")
    shutil.copyfile(md_path, reports_dir / "latest.md")
    shutil.copyfile(html_path, reports_dir / "latest.html")
    return html_path

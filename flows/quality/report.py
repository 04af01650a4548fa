"""Report: what the warehouse holds that a reader should check, as one HTML page and as Markdown.

Grain: one report per warehouse, rewritten by every run, even one with nothing new: it
describes the warehouse, not just its last run. It lives beside the warehouse file in a
folder named after it (``news.duckdb`` → ``news-reports/``): ``latest.html`` and ``latest.md``,
a copy of each per run (``report-<run_id>``), and one page per validation suite
(``suites/<suite>.html``) that the report links to relatively, so the folder can be moved or
shared. The page opens with a headline (how many contradictions of each kind and severity,
which outlets are most often the odd one out), then the worst ``CARDS`` contradictions with
their evidence, confidence and story, the chart of contested figures
(``flows.quality.chart``), the latest validation and the latest run's inputs. Every page stands
alone: styles inline, no scripts, nothing fetched, readable at phone width; every value taken
from an article is escaped before the quantities in it are highlighted.
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import duckdb
import polars as pl

from flows.quality.chart import STYLE as CHART_STYLE
from flows.quality.chart import chart_html, chart_markdown
from flows.quality.validate import CONFIDENCE_LINE
from flows.warehouse import fetch_frame, sql_dir

STYLE = (
    """
*{box-sizing:border-box}body{font-family:system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;
color:#222;line-height:1.45}h1{font-size:1.6rem;margin:.2rem 0}h2{margin-top:2rem;
border-bottom:1px solid #ddd;padding-bottom:.2rem}.meta{color:#555;font-size:.9rem}code{font-size:.85rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;margin:.6rem 0;min-width:50%}td,th{border:1px solid #ccc;
padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}td.n{text-align:right}
.rows td:last-child{overflow-wrap:anywhere}
.headline{background:#f7f7f2;border:1px solid #e2e2d0;border-radius:6px;padding:.6rem 1rem}
.headline p{margin:.3rem 0}.card,.meta,.headline,.values{overflow-wrap:anywhere}
th{white-space:nowrap}.big{font-size:1.25rem;font-weight:600}
.card{border:1px solid #ddd;border-left:6px solid #999;padding:.5rem .9rem;margin:1rem 0;border-radius:4px}
.card.high{border-left-color:#b00}.card.medium{border-left-color:#d80}.card.low{border-left-color:#888}
.kind{font-size:.8rem;font-weight:600;color:#555}.card p{margin:.3rem 0}
blockquote{margin:.4rem 0 .4rem .6rem;padding-left:.6rem;border-left:3px solid #ccc}mark{background:#ffe066}
.file{font-family:monospace;font-size:.8rem;color:#555}
@media (max-width:40rem){.rows tr:first-child{display:none}.rows tr{display:block;border:1px solid #ccc;
margin:.4rem 0;padding:.2rem 0}.rows td{display:block;border:none;padding:.1rem .5rem;text-align:left;
overflow-wrap:anywhere}.rows td:empty{display:none}
.rows td[data-label]::before{content:attr(data-label) ": ";font-weight:600}.big{font-size:1.1rem}}
"""
    + CHART_STYLE
)
_HEAD = (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
    "<title>{title}</title><style>{style}</style></head><body>"
)

# Contradictions shown with their evidence; the report counts all of them.
CARDS = 100
# The outlets the headline names as most often the odd one out.
OUTLIERS = 3

# Each kind in words: one, many, and what a card of it is called.
KINDS = {
    "numeric": ("figure disputed", "figures disputed", "Disputed figure"),
    "name_variant": ("name spelled two ways", "names spelled two ways", "Name spelled two ways"),
    "role_conflict": ("role in conflict", "roles in conflict", "Conflicting role"),
    "date_anomaly": ("doubtful date", "doubtful dates", "Doubtful date"),
}


def _query(con: duckdb.DuckDBPyConnection, name: str, **params) -> pl.DataFrame:
    """The rows of ``sql/report/<name>.sql`` with the named parameters it uses ($run, $limit…)."""
    sql = (sql_dir() / "report" / f"{name}.sql").read_text(encoding="utf-8")
    return fetch_frame(con, sql, {key: value for key, value in params.items() if f"${key}" in sql})


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 failed expectation``, ``2 failed expectations``."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _md_cell(value) -> str:
    """Text from articles and file names, shown as text by any Markdown renderer."""
    return html.escape(str("" if value is None else value), quote=False).replace("|", "\\|").replace("\n", " ")


def _md_table(frame: pl.DataFrame, headings: dict[str, str]) -> str:
    if frame.is_empty():
        return "_none_\n"
    lines = ["| " + " | ".join(headings.get(c, c) for c in frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(_md_cell(v) for v in row) + " |" for row in frame.iter_rows()]
    return "\n".join(lines) + "\n"


def _html_table(
    frame: pl.DataFrame, headings: dict[str, str], links: dict[str, str] | None = None, pairs: bool = False
) -> str:
    """A table; on a narrow screen each row becomes a block of labelled lines, so nothing runs off
    it (and what still does scrolls), unless it is a table of name and value ``pairs``, which
    fits as it is. Cells of the first column may link to a page (``links``)."""
    if frame.is_empty():
        return "<p><em>none</em></p>"
    head = "".join(f"<th>{html.escape(headings.get(c, c))}</th>" for c in frame.columns)

    labels = [html.escape(headings.get(c, c)) for c in frame.columns]

    def cell(value, column: int) -> str:
        text = html.escape("" if value is None else f"{value:,}" if isinstance(value, int) else str(value))
        if column == 0 and links and value in links:
            text = f"<a href='{html.escape(links[value])}'>{text}</a>"
        number = " class='n'" if isinstance(value, int | float) else ""
        label = f" data-label='{labels[column]}'" if labels[column] and text else ""
        return f"<td{number}{label}>{text}</td>"

    rows = "".join("<tr>" + "".join(cell(v, i) for i, v in enumerate(row)) + "</tr>" for row in frame.iter_rows())
    if pairs:
        return f"<div class='scroll'><table>{rows}</table></div>"
    return f"<div class='scroll'><table class='rows'><tr>{head}</tr>{rows}</table></div>"


def highlight(sentence: str | None, surface: str | None) -> str:
    """The sentence, escaped, with the quantity it states marked."""
    text = html.escape(sentence or "")
    if surface:
        quantity = html.escape(surface)
        text = text.replace(quantity, f"<mark>{quantity}</mark>", 1)
    return text


def _cards(contradictions: pl.DataFrame) -> str:
    cards = []
    for row in contradictions.iter_rows(named=True):
        evidence = (
            f"<blockquote>{highlight(row['evidence_a'], row['surface_a'])}"
            f"<br><span class='file'>{html.escape(row['source_file_a'] or '')}</span></blockquote>"
        )
        if row["evidence_b"]:
            file_b = (
                f"<br><span class='file'>{html.escape(row['source_file_b'])}</span>" if row["source_file_b"] else ""
            )
            evidence += f"<blockquote>{highlight(row['evidence_b'], row['surface_b'])}{file_b}</blockquote>"
        story = f" · story {html.escape(row['story_id'])}" if row["story_id"] else ""
        title = KINDS.get(row["kind"], (row["kind"],) * 3)[2]
        cards.append(
            f"<div class='card {html.escape(row['severity'])}'><div class='kind'>{html.escape(title)} · "
            f"{html.escape(row['severity'])} severity · confidence {row['confidence']:.2f}{story}</div>"
            f"<p>{html.escape(row['description'])}</p>{evidence}</div>"
        )
    return "".join(cards) or "<p><em>No contradictions found.</em></p>"


_GATE = "no_contradictions"  # the suite that fails while contradictions stand


def headline(
    by_kind: pl.DataFrame, outliers: pl.DataFrame, below_line: int, validation: pl.DataFrame, quarantined: int = 0
) -> list[str]:
    """What the page says first, in sentences: what to check, who is most often the odd one out,
    what lies below the confidence line, what was quarantined, and how the latest validation went."""
    total = int(by_kind["contradictions"].sum()) if not by_kind.is_empty() else 0
    if total:
        high = int(by_kind["high"].sum())
        medium = int(by_kind["medium"].sum())
        low = total - high - medium
        severity = ", ".join(f"{n:,} {name}" for n, name in ((high, "high"), (medium, "medium"), (low, "low")) if n)
        order = {kind: i for i, kind in enumerate(KINDS)}
        kinds = ", ".join(
            plural(int(n), *KINDS.get(kind, (kind, kind))[:2])
            for kind, n in sorted(
                by_kind.select("kind", "contradictions").iter_rows(), key=lambda r: order.get(r[0], 9)
            )
        )
        lines = [f"{plural(total, 'contradiction')} to check ({severity} severity): {kinds}."]
    else:
        lines = ["No contradictions to check."]
    if not outliers.is_empty():
        named = "; ".join(f"{outlet}, in {n:,} of {total:,}" for outlet, n in outliers.iter_rows())
        lines.append(f"Most often the odd one out: {named}.")
    if below_line:
        lines.append(
            f"{plural(below_line, 'more candidate')} below the confidence line of {CONFIDENCE_LINE}, for a second look."
        )
    if quarantined:
        lines.append(f"{plural(quarantined, 'input')} quarantined by the latest run: see Inputs, at the end.")
    if validation.is_empty():
        lines.append("The warehouse has not been validated yet.")
    else:
        failed = validation.filter(pl.col("failed") > 0)["suite"].to_list()
        why = ": no_contradictions fails while the warehouse holds contradictions" if failed == [_GATE] else ""
        lines.append(
            f"Validation: {plural(len(failed), 'suite')} of {len(validation)} failed ({', '.join(failed)}){why}."
            if failed
            else f"Validation: all {len(validation)} suites passed."
        )
    return lines


def _suite_page(suite: str, rows: pl.DataFrame, run_id: str) -> str:
    """The page of one suite: every expectation of its latest validation and what was found."""
    headings = {
        "expectation": "Expectation",
        "column_name": "Column",
        "success": "Held",
        "unexpected_count": "Rows against it",
        "observed": "What was found",
    }
    shown = rows.drop("suite").with_columns(pl.col("success").replace_strict({True: "yes", False: "no"}))
    return (
        _HEAD.format(title=f"newsfacts validation: {html.escape(suite)}", style=STYLE)
        + f"<p class='meta'><a href='../latest.html'>← report</a></p><h1>Suite {html.escape(suite)}</h1>"
        f"<p class='meta'>Great Expectations, validation of run {html.escape(run_id)}</p>"
        + _html_table(shown, headings)
        + "</body></html>\n"
    )


COUNTS = {
    "files_seen": "Inputs seen",
    "loaded": "Loaded",
    "quarantined": "Quarantined",
    "skipped": "Skipped",
    "claims": "Claims in the warehouse",
    "contradictions": "Contradictions in the warehouse",
    "status": "Status",
}
VALIDATION = {"suite": "Suite", "expectations": "Expectations", "failed": "Failed", "failures": "What failed"}
QUARANTINED = {"source_file": "Input", "reason": "Why it was quarantined"}
SKIPPED = {"reason": "Why skipped", "inputs": "Inputs", "example": "For example"}


def write_report(con: duckdb.DuckDBPyConnection, reports_dir: Path, warehouse: Path, run_id: str) -> Path:
    """Write the report of the warehouse as of run ``run_id`` (HTML, Markdown, a page per
    suite) into ``reports_dir``; return the path of its latest HTML page."""
    (reports_dir / "suites").mkdir(parents=True, exist_ok=True)
    runs = _query(con, "runs_shown", run=run_id).row(0, named=True)
    contradictions = _query(con, "contested_claims", limit=CARDS)
    by_kind = _query(con, "contradiction_counts")
    total = int(by_kind["contradictions"].sum()) if not by_kind.is_empty() else 0
    below_line = int(_query(con, "candidates_below_line", line=CONFIDENCE_LINE)["candidates"][0])
    validation = _query(con, "validation_summary")
    outliers = _query(con, "outliers", limit=OUTLIERS)
    said_first = headline(by_kind, outliers, below_line, validation, runs["quarantined"] or 0)

    more = []
    if total > len(contradictions):
        more.append(
            f"Showing the worst {len(contradictions)} of {total:,} contradictions; the rest: "
            '`newsfacts query "select * from contradictions"`.'
        )
    if below_line:
        more.append(
            f'Below the line: `newsfacts query "select * from contradiction_candidates '
            f'where confidence < {CONFIDENCE_LINE}"`.'
        )
    counts = pl.DataFrame({"what": list(COUNTS.values()), "count": [runs[c] for c in COUNTS]}, strict=False)
    counts = counts.with_columns(pl.col("count").cast(pl.String))
    quarantined = _query(con, "quarantined_inputs", run=run_id, limit=CARDS)
    skipped = _query(con, "skipped_inputs", run=run_id)
    if (runs["quarantined"] or 0) > len(quarantined):
        more_quarantined = (
            f"Showing {len(quarantined)} of {runs['quarantined']:,}; the rest: `newsfacts query "
            f"\"select * from quarantine where run_id = '{run_id}'\"`."
        )
    else:
        more_quarantined = ""

    findings_run = runs["findings_run"] or run_id
    as_of = (
        f"Findings as of run {findings_run}, the latest that loaded articles."
        if findings_run != run_id
        else "Findings of this run."
    )
    validated = (
        f"As of run {runs['validated_run']}, the latest that loaded articles: a run with nothing new validates nothing."
        if runs["validated_run"] and runs["validated_run"] != run_id
        else ""
    )
    where = f"Warehouse {warehouse} · raw folder {runs['raw_dir']}"
    latest = (
        f"Latest run {run_id} ({runs['status']}, started {runs['started_at']:%Y-%m-%d %H:%M}): "
        f"{plural(runs['files_seen'] or 0, 'input')} seen, {runs['loaded'] or 0:,} loaded. {as_of}"
    )
    suite_links = {suite: f"suites/{suite}.html" for suite in validation["suite"]}

    markdown = "\n".join(
        [
            f"# newsfacts report: {_md_cell(warehouse.name)}\n",
            f"{_md_cell(where)}  \n{_md_cell(latest)}\n",
            *(f"- {_md_cell(line)}" for line in said_first),
            "\n## Contradictions\n",
            *(f"{line}\n" for line in more),
            _md_table(
                contradictions.select(
                    "kind", "severity", "confidence", "story_id", "description", "evidence_a", "evidence_b"
                ),
                {},
            ),
            "## Contested figures\n",
            chart_markdown(contradictions) or "_none_\n",
            "## Validation (Great Expectations)\n",
            f"{validated}\n" if validated else "",
            _md_table(validation, VALIDATION),
            "## Inputs of the latest run\n",
            _md_table(counts, {"what": "", "count": ""}),
            "### Quarantined\n",
            _md_table(quarantined, QUARANTINED),
            f"{more_quarantined}\n" if more_quarantined else "",
            "### Skipped\n",
            _md_table(skipped, SKIPPED),
        ]
    )

    def note(text: str) -> str:
        return f"<p>{html.escape(text)}</p>" if text else ""

    chart = chart_html(contradictions)
    page = (
        _HEAD.format(title=f"newsfacts report: {html.escape(warehouse.name)}", style=STYLE)
        + f"<h1>newsfacts report: {html.escape(warehouse.name)}</h1>"
        + f"<p class='meta'>{html.escape(where)}<br>{html.escape(latest)}</p>"
        + "<div class='headline'>"
        + "".join(f"<p{' class=big' * (i == 0)}>{html.escape(line)}</p>" for i, line in enumerate(said_first))
        + "</div>"
        + f"<h2>Contradictions</h2>{''.join(note(m) for m in more)}{_cards(contradictions)}"
        + (f"<h2>Contested figures</h2><p class='meta'>Consensus in blue, outliers in red.</p>{chart}" if chart else "")
        + f"<h2>Validation (Great Expectations)</h2>{note(validated)}{_html_table(validation, VALIDATION, suite_links)}"
        + "<p class='meta'>Each suite's name opens its page: every expectation and what was found.</p>"
        + f"<h2>Inputs of the latest run</h2>{_html_table(counts, {}, pairs=True)}"
        + f"<h3>Quarantined</h3>{_html_table(quarantined, QUARANTINED)}{note(more_quarantined)}"
        + f"<h3>Skipped</h3>{_html_table(skipped, SKIPPED)}"
        + "</body></html>\n"
    )
    details = _query(con, "validation_details")
    for suite in validation["suite"]:
        page_of_suite = _suite_page(suite, details.filter(pl.col("suite") == suite), runs["validated_run"])
        (reports_dir / "suites" / f"{suite}.html").write_text(page_of_suite, encoding="utf-8")
    md_path = reports_dir / f"report-{run_id}.md"
    html_path = reports_dir / f"report-{run_id}.html"
    md_path.write_text(markdown, encoding="utf-8")
    html_path.write_text(page, encoding="utf-8")
    shutil.copyfile(md_path, reports_dir / "latest.md")
    shutil.copyfile(html_path, reports_dir / "latest.html")
    return reports_dir / "latest.html"

"""Report: a data-quality report a person can read, as Markdown and as one HTML page.

Grain: one report per run, written to ``reports/`` beside the warehouse as
``report-<run_id>.{md,html}`` and copied to ``latest.{md,html}``. It shows how many
contradictions of each kind and severity the warehouse holds and the worst ``CARDS`` of them
with their evidence, confidence and story, and how many candidates fall below the confidence
line; the rest are a query away, so the page stays readable (and small) however
many there are. The HTML page stands alone:
styles inline, the chart embedded as a PNG data URI, no scripts, nothing fetched; every value
taken from an article is escaped before the quantities in it are highlighted.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import shutil
from pathlib import Path

import duckdb
import polars as pl

from flows.quality.validate import CONFIDENCE_LINE, data_docs_index
from flows.warehouse import fetch_frame, sql_dir

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#f3f3f3}.card{border:1px solid #ddd;border-left:6px solid #999;
padding:.6rem 1rem;margin:1rem 0;border-radius:4px}.card.high{border-left-color:#b00}
.card.medium{border-left-color:#d80}.card.low{border-left-color:#888}.kind{font-size:.8rem;text-transform:uppercase;color:#666}
blockquote{margin:.4rem 0 .4rem 1rem;padding-left:.6rem;border-left:3px solid #ccc}mark{background:#ffe066}
.file{font-family:monospace;font-size:.85rem;color:#555}.fail{color:#b00;font-weight:bold}.ok{color:#070}
"""


# Contradictions shown with their evidence; the report counts all of them.
CARDS = 100


def _query(con: duckdb.DuckDBPyConnection, name: str, **params) -> pl.DataFrame:
    """The rows of ``sql/report/<name>.sql`` with the named parameters it uses ($run, $limit)."""
    sql = (sql_dir() / "report" / f"{name}.sql").read_text(encoding="utf-8")
    return fetch_frame(con, sql, {key: value for key, value in params.items() if f"${key}" in sql})


def _md_table(frame: pl.DataFrame) -> str:
    if frame.is_empty():
        return "_none_\n"

    def cell(value) -> str:  # text from articles and file names, shown as text by any Markdown renderer
        return html.escape(str("" if value is None else value), quote=False).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.iter_rows()]
    return "\n".join(lines) + "\n"


def _html_table(frame: pl.DataFrame) -> str:
    if frame.is_empty():
        return "<p><em>none</em></p>"
    head = "".join(f"<th>{html.escape(c)}</th>" for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        for row in frame.iter_rows()
    )
    return f"<table><tr>{head}</tr>{rows}</table>"


def _note(text: str) -> str:
    return f"<p>{html.escape(text)}</p>" if text else ""


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
            # a date anomaly flags one article: the description names the other one
            file_b = (
                f"<br><span class='file'>{html.escape(row['source_file_b'])}</span>" if row["source_file_b"] else ""
            )
            evidence += f"<blockquote>{highlight(row['evidence_b'], row['surface_b'])}{file_b}</blockquote>"

        story = f" · story {html.escape(row['story_id'])}" if row["story_id"] else ""
        cards.append(
            f"<div class='card {html.escape(row['severity'])}'><div class='kind'>{html.escape(row['kind'])} · "
            f"{html.escape(row['severity'])} · confidence {row['confidence']:.2f}{story}</div>"
            f"<p>{html.escape(row['description'])}</p>{evidence}</div>"
        )
    return "".join(cards) or "<p><em>No contradictions found.</em></p>"


CHARTED = 12  # contested figures drawn in the chart


def _chart(reports_dir: Path, contradictions: pl.DataFrame) -> tuple[str, bytes | None]:
    """The chart's file name and PNG, drawn once per set of contested figures.

    The file is named by a hash of what it shows, so a run that changed none of them (every
    scheduled run with nothing new) reuses the last one instead of drawing it again.
    """
    numeric = contradictions.filter(pl.col("kind") == "numeric").head(CHARTED)
    if numeric.is_empty():
        return "", None
    shown = numeric.select("description", "source_file_a", "value_a", "value_b")
    name = f"chart-{hashlib.blake2b(shown.write_csv().encode(), digest_size=8).hexdigest()}.png"
    path = reports_dir / name
    if not path.is_file():
        path.write_bytes(chart_png(numeric))
    return name, path.read_bytes()


def chart_png(numeric: pl.DataFrame) -> bytes:
    """A PNG of each contested figure of the numeric contradictions (one or more): the outlier
    against the consensus, labelled by source."""
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["text.parse_math"] = False  # labels come from file names: "$...$" is text, not math
    import matplotlib.pyplot as plt

    rows = numeric.head(CHARTED).to_dicts()
    fig, ax = plt.subplots(figsize=(8, 0.8 + 0.7 * len(rows)), dpi=100)
    for i, row in enumerate(rows):
        ax.plot([row["value_a"], row["value_b"]], [i, i], color="#bbb", zorder=1)
        ax.scatter([row["value_b"]], [i], color="#1f6fb2", s=60, zorder=2, label="consensus" if i == 0 else None)
        ax.scatter([row["value_a"]], [i], color="#c0392b", s=60, zorder=2, label="outlier" if i == 0 else None)
        ax.annotate(
            row["source_file_a"],
            (row["value_a"], i),
            textcoords="offset points",
            xytext=(0, 8),
            ha="center",
            fontsize=7,
        )
    ax.set_yticks(range(len(rows)), [r["description"].split(":")[0][:48] for r in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("value stated")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.35 / max(len(rows), 1) - 0.2), ncol=2, fontsize=8)
    ax.set_title("Contested figures: outlier against consensus", fontsize=10)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()


def write_report(con: duckdb.DuckDBPyConnection, reports_dir: Path, gx_dir: Path, run_id: str) -> Path:
    """Write this run's report (Markdown and HTML); return the HTML path."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    run = fetch_frame(con, "select * from runs where run_id = ?", [run_id])
    counts = run.select("files_seen", "loaded", "quarantined", "skipped", "claims", "contradictions", "status")
    contradictions = _query(con, "contested_claims", limit=CARDS)
    by_kind = _query(con, "contradiction_counts")
    total = int(by_kind["contradictions"].sum()) if not by_kind.is_empty() else 0
    more = (
        (
            f"Showing the worst {len(contradictions)} of {total:,} contradictions; the rest: "
            '`newsfacts query "select * from contradictions"`.'
        )
        if total > len(contradictions)
        else ""
    )
    below_line = int(_query(con, "candidates_below_line", line=CONFIDENCE_LINE)["candidates"][0])
    if below_line:
        more += (
            f"{' ' if more else ''}{below_line:,} more candidates fall below the confidence line of "
            f'{CONFIDENCE_LINE}: `newsfacts query "select * from contradiction_candidates '
            f'where confidence < {CONFIDENCE_LINE}"`.'
        )
    validation = _query(con, "validation_summary", run=run_id)
    quarantined = _query(con, "quarantined_inputs", run=run_id, limit=CARDS)
    skipped = _query(con, "skipped_inputs", run=run_id)
    quarantined_total = int(run["quarantined"][0] or 0)
    more_quarantined = (
        (
            f"Showing {len(quarantined)} of {quarantined_total:,}; the rest: `newsfacts query "
            f"\"select * from quarantine where run_id = '{run_id}'\"`."
        )
        if quarantined_total > len(quarantined)
        else ""
    )
    docs = data_docs_index(gx_dir)
    chart_name, png = _chart(reports_dir, contradictions)

    evidence = contradictions.select(
        "kind",
        "severity",
        "confidence",
        "story_id",
        "description",
        "source_file_a",
        "evidence_a",
        "source_file_b",
        "evidence_b",
    )
    markdown = "\n".join(
        [
            f"# newsfacts data-quality report, run {run_id}\n",
            "## Counts\n",
            _md_table(counts),
            "## Contradictions\n",
            _md_table(by_kind),
            more + "\n" if more else "",
            _md_table(evidence),
            f"![Contested figures]({chart_name})\n" if png else "",
            "## Validation (Great Expectations)\n",
            _md_table(validation),
            f"Data Docs: {docs}\n",
            "## Inputs quarantined\n",
            _md_table(quarantined),
            more_quarantined + "\n" if more_quarantined else "",
            "## Inputs skipped\n",
            _md_table(skipped),
        ]
    )
    chart = (
        (
            f"<img id='chart' alt='Contested figures: outlier against consensus' style='max-width:100%' "
            f"src='data:image/png;base64,{base64.b64encode(png).decode()}'>"
        )
        if png
        else ""
    )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsfacts report {html.escape(run_id)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<style>{_STYLE}</style></head><body>
<h1>newsfacts data-quality report</h1><p>Run {html.escape(run_id)}</p>
<h2>Counts</h2>{_html_table(counts)}
<h2>Contradictions</h2>{_html_table(by_kind)}{_note(more)}{chart}{_cards(contradictions)}
<h2>Validation (Great Expectations)</h2>{_html_table(validation)}
<p><a href="{html.escape(docs.resolve().as_uri())}">Data Docs</a>
(GX's own pages; they load their styles from the network)</p>
<h2>Inputs quarantined</h2>{_html_table(quarantined)}{_note(more_quarantined)}
<h2>Inputs skipped</h2>{_html_table(skipped)}
</body></html>
"""
    md_path = reports_dir / f"report-{run_id}.md"
    html_path = reports_dir / f"report-{run_id}.html"
    md_path.write_text(markdown, encoding="utf-8")
    html_path.write_text(page, encoding="utf-8")
    shutil.copyfile(md_path, reports_dir / "latest.md")
    shutil.copyfile(html_path, reports_dir / "latest.html")
    return html_path

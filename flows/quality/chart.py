"""The report's chart of contested figures, drawn in HTML and CSS: no image, no script.

One row per contested figure (a story's measure and period): the consensus and every outlier
as dots on a track, with the axis shared by the figures of one unit (logarithmic when they
span orders of magnitude). The values and their
sources are written as text under each track, where they wrap, so no label is ever cut or
covered however narrow the screen; the dots only show where they lie.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field

import polars as pl

CHARTED = 12  # contested figures drawn

STYLE = """
.chart{margin:1rem 0}.chart h3{font-size:1rem;margin:1.2rem 0 .2rem}.fig{margin:.2rem 0 .9rem}
.fig .label{font-weight:600;font-size:.92rem}.track{position:relative;height:1.1rem;margin:.25rem .5rem;
border-bottom:2px solid #ccc}.dot{position:absolute;bottom:-.45rem;width:.8rem;height:.8rem;margin-left:-.4rem;
border-radius:50%}.dot.consensus{background:#1f6fb2}.dot.outlier{background:#c0392b}
.values{font-size:.85rem;color:#333;display:flex;flex-wrap:wrap;gap:.1rem 1rem}.values .key{font-weight:600}
.values .consensus{color:#1f6fb2}.values .outlier{color:#c0392b}
.axis{display:flex;justify-content:space-between;font-size:.75rem;color:#666;margin:0 .5rem;
border-top:1px solid #eee}
"""

# The heading of a unit's figures, where "Figures in <unit>" does not read.
_HEADINGS = {
    "percent": "Percentages",
    "percentage_point": "Percentage points",
    "count": "Counts",
    "people": "Counts of people",
}


@dataclass
class Figure:
    """One contested figure: its consensus value and the outliers against it."""

    label: str
    consensus: float
    consensus_text: str
    outliers: list[tuple[float, str, str]] = field(default_factory=list)  # value, as written, file


# How a unit follows a number on the axis, where its name does not read.
_SYMBOLS = {"percent": "%", "percentage_point": " points", "count": ""}


def figures(contradictions: pl.DataFrame) -> dict[str, list[Figure]]:
    """The contested figures of the numeric contradictions (worst first), by unit: the
    outliers of one figure against one consensus share a row."""
    numeric = contradictions.filter(pl.col("kind") == "numeric", pl.col("value_a").is_not_null())
    by_unit: dict[str, dict[tuple, Figure]] = {}
    shown = 0
    for row in numeric.iter_rows(named=True):
        label = row["description"].split(":", 1)[0]
        key = (row["story_id"], label, row["value_b"])
        rows = by_unit.get(row["unit"] or "value", {})
        if key not in rows:
            if shown == CHARTED:
                continue
            shown += 1
            rows = by_unit.setdefault(row["unit"] or "value", rows)
            rows[key] = Figure(label, row["value_b"], row["surface_b"] or f"{row['value_b']:g}")
        rows[key].outliers.append((row["value_a"], row["surface_a"] or f"{row['value_a']:g}", row["source_file_a"]))
    return {unit: list(rows.values()) for unit, rows in by_unit.items()}


@dataclass
class Axis:
    """The axis of one unit's figures: linear, or logarithmic when they span more than
    ``LOG_SPAN`` times, so that a figure of hundreds still shows beside one of millions."""

    low: float
    high: float

    LOG_SPAN = 50

    @property
    def is_log(self) -> bool:
        return self.low > 0 and self.high > self.LOG_SPAN * self.low

    def position(self, value: float) -> str:
        """Where a value lies on the track, in per cent of it (kept off the very ends)."""
        low, high, value = (
            (math.log10(self.low), math.log10(self.high), math.log10(value))
            if self.is_log
            else (self.low, self.high, value)
        )
        share = 0.5 if high == low else (value - low) / (high - low)
        return f"{3 + 94 * share:.1f}%"


def readable(value: float) -> str:
    """A number as a reader says it: 14,800, 9.35 million, 4.28 billion."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.3g} {word}"
    return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"


def chart_html(contradictions: pl.DataFrame) -> str:
    """The chart's HTML, or an empty string when no figure is contested."""
    sections = []
    for unit, shown in figures(contradictions).items():
        values = [v for f in shown for v in (f.consensus, *(o[0] for o in f.outliers))]
        axis = Axis(min(values), max(values))
        rows = []
        for figure in shown:
            dots = f"<span class='dot consensus' style='left:{axis.position(figure.consensus)}'></span>"
            dots += "".join(
                f"<span class='dot outlier' style='left:{axis.position(value)}'></span>"
                for value, _, _ in figure.outliers
            )
            consensus = html.escape(figure.consensus_text)
            texts = f"<span class='consensus'>● <span class='key'>consensus</span> {consensus}</span>"
            texts += "".join(
                f"<span class='outlier'>● <span class='key'>{html.escape(text)}</span> {html.escape(source)}</span>"
                for _, text, source in figure.outliers
            )
            rows.append(
                f"<div class='fig'><div class='label'>{html.escape(figure.label)}</div>"
                f"<div class='track'>{dots}</div><div class='values'>{texts}</div></div>"
            )
        scale = " (log scale)" if axis.is_log else ""
        symbol = _SYMBOLS.get(unit, f" {unit.replace('_', ' ')}")
        low, high = (html.escape(f"{readable(end)}{symbol}") for end in (axis.low, axis.high))
        ticks = f"<div class='axis'><span>{low}</span><span>{high}{scale}</span></div>"
        heading = html.escape(_HEADINGS.get(unit, f"Figures in {unit.replace('_', ' ')}"))
        sections.append(f"<h3>{heading}</h3>{''.join(rows)}{ticks}")
    return f"<div class='chart' id='chart'>{''.join(sections)}</div>" if sections else ""


def chart_markdown(contradictions: pl.DataFrame) -> str:
    """The same figures as a Markdown table: figure, consensus, outliers."""
    lines = []
    for shown in figures(contradictions).values():
        for figure in shown:
            outliers = "; ".join(f"{text} ({source})" for _, text, source in figure.outliers)
            cells = (figure.label, figure.consensus_text, outliers)
            lines.append("| " + " | ".join(html.escape(c, quote=False).replace("|", "\\|") for c in cells) + " |")
    if not lines:
        return ""
    return "| figure | consensus | outliers |\n|---|---|---|\n" + "\n".join(lines) + "\n"

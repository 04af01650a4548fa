"""Tables: what each figure of a table row is, by its column's header and its row's label.

Grain: one cell per figure of a table whose header row names its columns. A saved page's table
reaches the clean text as lines of tab-separated cells ("Marrow Vale\t\t64\t\t17"), a row a line,
under a header row of words ("District\t\tCases\t\tHospitalised"). A figure alone in its cell has
no unit or noun of its own: the header says what it counts ("64 cases"), the row whose it is
("Marrow Vale"). A header that names only a period ("Q2 2026", "2025") leaves the measure to the
row's label ("Operating profit").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator

from flows.stages.extract.quantities import CONVERSIONS, CURRENCY_SYMBOLS, TIME_UNITS, UNITS

# A cell that is a figure: a sign, a currency, digits, a scale or a percent, perhaps a figure in
# brackets after it ("0.8 (1.2)": this forecast, then the last one).
_FIGURE = re.compile(
    r"[+−–-]?\s*[$€£]?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|pts?|pp|m|bn|k)?(?:\s*\([^()]*\))?\*?",
    re.IGNORECASE,
)
# A header that names nothing but a period: "2025", "Q2 2026", "Same point 2024", "On March 2026",
# "February".
_PERIOD_ONLY = re.compile(
    r"(?:(?:same\s+point|on|in|to|year\s+to|since)\s+)?"
    r"(?:(?:q[1-4]|h[1-2]|fy|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)?\s*"
    r"(?:19|20)\d\d(?:[-/]\d\d)?"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december))",
    re.IGNORECASE,
)


_YEAR = re.compile(r"(?:19|20)\d\d")
_PLACES = re.compile(
    r"(?:polling\s+)?(?:regions?|district|province|area|municipality|ward|town|city|county|state|constituency)",
    re.IGNORECASE,
)
_CHANGE = re.compile(r"\bchange\b", re.IGNORECASE)
_CAPTION_LENGTH = 100  # a longer line above a table is a paragraph, not its title
_SOURCE_AFTER = re.compile(r"(?<=[.)])\s+Source:")  # "... (% change on a year earlier). Source: Statistics Calvennia"


@dataclasses.dataclass(frozen=True, slots=True)
class Cell:
    """A figure's cell: where it is in the clean text, its column's header and its row's label."""

    start: int
    end: int
    header: str
    label: str

    sign: str = ""  # the figure's written sign, "+" or "-": a change up or down
    caption: str = ""  # the line of prose right above the table: "Full result after recount"
    labels: str = ""  # the header of the rows' labels: "District", "Party"

    @property
    def label_is_place(self) -> bool:
        """Whether the row's label names a place, as its column's header says ("Region")."""
        return _PLACES.fullmatch(self.labels.strip()) is not None

    @property
    def header_is_period(self) -> bool:
        """Whether the header names only a period ("Q2 2026"): then the row's label is the measure."""
        return _PERIOD_ONLY.fullmatch(self.header.strip()) is not None


# What a header says its figures are in: "Share (%)", "Change (pts)", "$bn", "(€m)", "Ore milled
# (million tonnes)", "Subscriptions (m)".
_SHARE = re.compile(r"\bshare\b", re.IGNORECASE)
_CHANGE_POINTS = re.compile(r"\bchange\b.*\bpts\b", re.IGNORECASE)  # not a box score's "Pts"
_MONEY = re.compile(r"([$€£])\s*(bn|m|k)?\b", re.IGNORECASE)
# A scale in words: "(million tonnes)", "(000s)"; a bare "(m)" says no unit.
_SCALE_WORD = re.compile(r"\b(bn|billions?|millions?|thousands?|(?<![\d,.])000s?)\b", re.IGNORECASE)
_SCALE_LETTER = re.compile(r"\(m\)", re.IGNORECASE)
_TIMES = TIME_UNITS | {"second"}
_BRACKETED = re.compile(r"\s*\)")
_UNIT_WORDS = [
    (unit, re.compile(rf"(?<!\w)(?:{spelling})(?!\w)", re.IGNORECASE)) for unit, (spelling, _) in UNITS.items()
]


def _factor(scale: str | None) -> float:
    word = (scale or "").lower()
    return 1e9 if word.startswith("b") else 1e6 if word.startswith("m") else 1e3 if word else 1.0


def header_unit(header: str) -> tuple[str, float] | None:
    """(unit, factor) of the figures a column's header (or a row's label) names: a currency, a
    unit of the vocabulary, percentage points of a change, a share, or else a count; in
    thousands, millions or billions when it says so. None when it cannot say: "(m)" is
    millions or metres."""
    if money := _MONEY.search(header):
        return CURRENCY_SYMBOLS[money.group(1)], _factor(money.group(2))
    if _CHANGE_POINTS.search(header):
        return "percentage_point", 1.0
    scale = _SCALE_WORD.search(header)
    factor = _factor(scale.group(1)) if scale else 1.0
    for unit, spelled in _UNIT_WORDS:
        # a time names the period of a column ("Cases this week") unless it stands in brackets
        if (found := spelled.search(header)) and (unit not in _TIMES or _BRACKETED.search(header, found.end())):
            if unit in CONVERSIONS:
                base, conversion = CONVERSIONS[unit]
                return base, factor * conversion
            return unit, factor
    if _SHARE.search(header):
        return "percent", 1.0
    if _SCALE_LETTER.search(header) and not scale:
        return None  # "(m)": millions, or metres
    return "count", factor


def cell_unit(cell: Cell) -> tuple[str, float] | None:
    """(unit, factor) of a cell's figure: what its column's header names (or, under a header
    that names a period, its row's label), or else what the table's caption names: "Unemployment
    rate by region, February 2026 (%)" over "Tarnholm | 4.7 | 4.5", "Who cuts what (million
    barrels a day)" over "Almarra | 10.4"."""
    unit = header_unit(cell.label if cell.header_is_period else cell.header)
    if unit == ("count", 1.0) and cell.caption and (captioned := header_unit(cell.caption)):
        if captioned[0] == "percent" and _CHANGE.search(cell.header) and not _CHANGE.search(cell.caption):
            return "percentage_point", 1.0  # the change of a share, under "How Tollmere North voted (% share)"
        if captioned[0] not in _TIMES and captioned[0] != "count":
            return captioned
    return unit


def caption_measure(caption: str) -> str:
    """The words of a caption that say what its table measures: "Unemployment rate" of
    "Unemployment rate by region, February 2026 (%)", "share of the valid vote" of "How Brask
    voted: share of the valid vote by district (%)"."""
    return _CAPTION_MEASURE.match(caption.rpartition(":")[2].strip()).group(1)  # type: ignore[union-attr]


_CAPTION_MEASURE = re.compile(r"(.*?)(?:\s+by\s|\s+in\s|\s+per\s|\s*[,(]|$)")


def _cells(line: str) -> list[str]:
    """A row's cells: a page's cells are set apart by two tabs (an empty cell by four), or one."""
    return line.split("\t\t") if "\t\t" in line else line.split("\t")


def _is_figure(cell: str) -> bool:
    return _FIGURE.fullmatch(cell.strip()) is not None


@dataclasses.dataclass(frozen=True, slots=True)
class _Row:
    """A table's row under its header: each cell's start in the text, its text and its column's name."""

    cells: list[tuple[int, str, str]]
    caption: str


def _rows(text: str) -> Iterator[_Row]:
    """The rows of every table in ``text`` that has a header row.

    A table is a run of lines with tabs, blank lines allowed between; its header is a line of
    words (or years) only, and every line after it a row its columns name. A header one cell
    shorter than its rows names no first column (the rows' labels)."""
    header: list[str] | None = None
    caption = last_line = ""
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if "\t" not in line:
            if line.strip():
                header, last_line = None, line.strip()  # prose ends the table
            continue
        row = _cells(line)
        years = [_YEAR.fullmatch(cell.strip()) is not None for cell in row if cell.strip()]
        if (
            not any(_is_figure(cell) for cell in row)
            or all(years)
            or (
                header is None and any(years) and not any(_is_figure(c) and not _YEAR.fullmatch(c.strip()) for c in row)
            )
        ):
            # a row of words or years only: a header ("Region | 2025 | Same point 2024" opens a table)
            header = [cell.strip() for cell in row]
            title = _SOURCE_AFTER.split(last_line, maxsplit=1)[0]
            caption = title if len(title) <= _CAPTION_LENGTH else ""
            continue
        if header is None:
            continue
        names = ["", *header] if len(header) == len(row) - 1 else header
        if len(names) != len(row):
            continue
        cells, offset = [], start
        for cell, name in zip(row, names, strict=True):
            cells.append((offset + len(cell) - len(cell.lstrip()), cell.strip(), name))
            offset += len(cell) + (2 if "\t\t" in line else 1)
        yield _Row(cells, caption)


def table_cells(text: str) -> list[Cell]:
    """The figures' cells of every table in ``text`` that has a header row, in text order: each
    named by its column's header and its row's label, the row's first cell of words."""
    found: list[Cell] = []
    for row in _rows(text):
        labelled = next((i for i, (_, cell, _) in enumerate(row.cells) if cell and not _is_figure(cell)), None)
        if labelled is None:
            continue
        _, label, labels = row.cells[labelled]
        for start, cell, name in row.cells[labelled + 1 :]:  # a figure before the label is a rank or lane
            if cell and name and _is_figure(cell):
                sign = "+" if cell[0] == "+" else "-" if cell[0] in "-−–" else ""
                found.append(Cell(start, start + len(cell), name, label, sign, row.caption, labels))
    return found


def word_cells(text: str) -> list[tuple[int, int, str, dict[str, str]]]:
    """(start, end, column's header, the row's cells of words by header in lower case) of every
    cell of words in a table with a header row: a name under "Rider" or "Candidate" says what
    that person is, and the cell under "Team" or "Party" whose."""
    found = []
    for row in _rows(text):
        words = {name.lower(): cell for _, cell, name in row.cells if cell and name and not _is_figure(cell)}
        found += [
            (start, start + len(cell), name, words)
            for start, cell, name in row.cells
            if cell and name and not _is_figure(cell)
        ]
    return found


def cell_at(cells: list[Cell], starts: list[int], position: int) -> Cell | None:
    """The cell of ``cells`` (``starts`` their starts) that holds ``position``, if any."""
    i = bisect.bisect_right(starts, position) - 1
    return cells[i] if i >= 0 and position < cells[i].end else None

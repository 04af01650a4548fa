"""The report page: what it says first, its chart, and the pages it links to."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest

from flows import warehouse
from flows.quality.chart import Axis, chart_html, figures, readable
from flows.quality.report import headline, plural, write_report
from tests.helpers import load


def test_plural_agrees_with_its_count():
    assert plural(1, "failed expectation") == "1 failed expectation"
    assert plural(2, "failed expectation") == "2 failed expectations"
    assert plural(1_200, "name spelled two ways", "names spelled two ways") == "1,200 names spelled two ways"


def test_the_headline_says_what_to_check_who_is_the_odd_one_out_and_how_validation_went():
    by_kind = pl.DataFrame(
        {"kind": ["name_variant", "numeric"], "contradictions": [1, 3], "high": [0, 2], "medium": [1, 1], "low": [0, 0]}
    )
    outliers = pl.DataFrame({"outlet": ["Daily Clarion"], "contradictions": [3]})
    validation = pl.DataFrame({"suite": ["claims", "no_contradictions"], "failed": [0, 1]})
    lines = headline(by_kind, outliers, 5, validation)
    assert (
        lines[0]
        == "4 contradictions to check (2 high, 2 medium severity): 3 figures disputed, 1 name spelled two ways."
    )
    assert lines[1] == "Most often the odd one out: Daily Clarion, in 3 of 4."
    assert lines[2].startswith("5 more candidates below the confidence line")
    assert lines[3] == (
        "Validation: 1 suite of 2 failed (no_contradictions): no_contradictions fails while the warehouse "
        "holds contradictions."
    )


def test_a_clean_warehouse_has_a_calm_headline():
    empty = pl.DataFrame(schema={"kind": pl.String, "contradictions": pl.Int64, "high": pl.Int64, "medium": pl.Int64})
    lines = headline(empty, pl.DataFrame(schema={"outlet": pl.String}), 0, pl.DataFrame(schema={"suite": pl.String}))
    assert lines == ["No contradictions to check.", "The warehouse has not been validated yet."]


def _numeric(description: str, story: str, unit: str, a: float, b: float, file: str) -> dict:
    return {
        "kind": "numeric",
        "description": description,
        "story_id": story,
        "unit": unit,
        "value_a": a,
        "surface_a": f"{a:g}",
        "source_file_a": file,
        "value_b": b,
        "surface_b": f"{b:g}",
    }


def test_outliers_of_one_figure_share_its_row_and_units_get_their_own_axis():
    rows = pl.DataFrame(
        [
            _numeric("jobless rate, May 2025: a.txt says 5.8%...", "s1", "percent", 5.8, 5.1, "a.txt"),
            _numeric("jobless rate, May 2025: b.txt says 6.1%...", "s1", "percent", 6.1, 5.1, "b.txt"),
            _numeric("deaths: c.txt says 12...", "s2", "people", 12, 21, "c.txt"),
        ]
    )
    shown = figures(rows)
    assert list(shown) == ["percent", "people"]
    (jobless,) = shown["percent"]
    assert jobless.label == "jobless rate, May 2025" and [o[2] for o in jobless.outliers] == ["a.txt", "b.txt"]
    page = chart_html(rows)
    assert page.count("class='fig'") == 2 and page.count("dot outlier") == 3
    assert "<h3>Percentages</h3>" in page and "<h3>Counts of people</h3>" in page


def test_an_axis_goes_logarithmic_only_across_orders_of_magnitude():
    assert not Axis(134, 143).is_log
    narrow = Axis(134, 143)
    assert narrow.position(134) == "3.0%" and narrow.position(143) == "97.0%"
    wide = Axis(134, 9_800_000)
    assert wide.is_log and 3 < float(wide.position(9_300)[:-1]) < 97
    assert not Axis(-5, 900).is_log  # no logarithm of a negative figure


def test_numbers_on_an_axis_read_as_words():
    assert readable(9_350_000) == "9.35 million"
    assert readable(4_280_000_000) == "4.28 billion"
    assert readable(14_800) == "14,800"
    assert readable(5.8) == "5.8"


@pytest.fixture
def reported(tmp_path):
    con = load(
        tmp_path / "raw",
        {
            "a.txt": "Japan's GDP grew 0.6% in the fourth quarter, the Cabinet Office said. Consumer spending "
            "and exports of cars and machinery recovered from a weak summer, Tokyo said.",
            "b.txt": "Japan's GDP grew 1.6% in the fourth quarter, official data showed. Consumer spending "
            "and exports of cars and machinery recovered from a weak summer, the Cabinet Office in Tokyo said.",
            "c.txt": "Japan's GDP grew 1.6% in the fourth quarter, the government said on Monday, as consumer "
            "spending and exports of cars and machinery recovered from a weak summer.",
        },
    )
    warehouse.start_run(con, "r", tmp_path / "raw")
    con.executemany(
        "insert into validation_results values ('r', ?, ?, ?, ?, ?, ?, ?)",
        [
            ("claims", "expect_column_values_to_not_be_null", "value", True, 0, "[]", datetime.now()),
            (
                "no_contradictions",
                "expect_column_values_to_be_null",
                "contradiction_id",
                False,
                1,
                "['numeric:x']",
                datetime.now(),
            ),
        ],
    )
    warehouse.finish_run(con, "r", "completed")
    path = write_report(con, tmp_path / "news-reports", tmp_path / "news.duckdb", "r")
    con.close()
    return path


def test_the_page_reads_top_down_and_fits_a_phone(reported, tmp_path):
    page = reported.read_text(encoding="utf-8")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "<script" not in page and "http" not in page.split("</head>")[0].replace("http-equiv", "")
    order = [
        page.index(marker) for marker in ("class='headline'", "<h2>Contradictions", "id='chart'", "<h2>Validation")
    ]
    assert order == sorted(order)
    assert f"Warehouse {tmp_path / 'news.duckdb'} · raw folder {tmp_path / 'raw'}" in page
    assert "1 figure disputed" in page and "Disputed figure · high severity" in page
    assert "files_seen" not in page and "Inputs seen" in page  # headings in words, not column names


def test_each_suite_has_a_page_the_report_links_to_relatively(reported):
    page = reported.read_text(encoding="utf-8")
    assert "href='suites/no_contradictions.html'" in page and "file://" not in page
    suite = (reported.parent / "suites" / "no_contradictions.html").read_text(encoding="utf-8")
    assert (
        "href='../latest.html'" in suite
        and "numeric:x" in suite
        and ">no<" in suite
        and "column values to be null" in suite
    )
    assert (reported.parent / "suites" / "claims.html").is_file()
    assert (reported.parent / "latest.md").read_text(encoding="utf-8").startswith("# newsfacts report")

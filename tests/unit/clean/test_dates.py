"""Publication dates: read in the shapes pages write them, and refused when no article can have one."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from flows.stages.clean.article import clean_article
from flows.stages.clean.dates import find_date, publication_date

STORY = (
    "Revenue rose 12% to $4.5 billion in the third quarter, the company said on Monday, beating the "
    "forecasts of analysts polled by the news agency."
)


@pytest.mark.parametrize(
    "written",
    [
        "0001-01-01T00:00:00Z",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-05:00",
        "1970-01-01T00:00:00Z",
        "1985-06-01",
        (datetime.now() + timedelta(days=3)).isoformat(),
        "Monday",
        "May 5",
        "not a date",
    ],
)
def test_placeholder_impossible_and_partial_dates_are_no_dates(written):
    assert publication_date(written) is None and find_date(written) is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025-10-31T09:00:00+02:00", datetime(2025, 10, 31, 7)),
        ("Published July 1, 2007", datetime(2007, 7, 1)),
    ],
)
def test_real_dates_are_read(written, expected):
    assert (find_date(written) or publication_date(written)) == expected


def test_a_placeholder_date_gives_way_to_the_date_the_page_shows():
    page = (
        f'<html><head><script type="application/ld+json">{{"datePublished": "0001-01-01T00:00:00Z"}}</script>'
        f"<title>Revenue rises</title></head><body><article><p>By Jane Doe, March 3, 2025</p><p>{STORY}</p>"
        f"<p>{STORY.replace('12%', '13%')}</p></article></body></html>"
    )
    assert clean_article(page, "html").published_at == datetime(2025, 3, 3)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Published July 1, 2007", datetime(2007, 7, 1)),
        ("Sept. 9 2025 - updated", datetime(2025, 9, 9)),
        ("Updated 14 Feb 2024", datetime(2024, 2, 14)),
        ("2025-10-31T09:00:00+02:00", datetime(2025, 10, 31, 7, 0)),
        ("2025-10-31", datetime(2025, 10, 31)),
        ("Oct 31, 2025 11:42 PM EST", datetime(2025, 11, 1, 4, 42)),
        ("February 30, 2025", None),  # no such day: no date rather than a wrong one
    ],
)
def test_dates_in_the_shapes_pages_write_them(written, expected):
    assert find_date(written) == expected


def test_a_page_that_declares_no_date_is_dated_by_the_byline_it_shows():
    page = (
        f"<html><head><title>Revenue rises</title></head><body><article><h1>Revenue rises</h1>"
        f"<p class='byline'>By Staff Reporter · December 20, 2024</p><p>{STORY}</p><p>{STORY}</p>"
        "</article></body></html>"
    )
    assert clean_article(page, "html").published_at == datetime(2024, 12, 20)

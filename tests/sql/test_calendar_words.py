"""Periods as a reader says them, in the descriptions of contradictions."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("period", "words"),
    [
        ("2025", "2025"),
        ("2025-05", "May 2025"),
        ("?-05", "May"),
        ("2025-12-14", "14 December 2025"),
        ("2025-Q2", "Q2 2025"),
        ("?-H1", "H1"),
        ("2025-W07", "2025-W07"),  # a form it does not know stays as it is
        (None, None),
    ],
)
def test_a_period_in_words(con, period, words):
    assert con.execute("select calendar_words(?)", [period]).fetchone() == (words,)

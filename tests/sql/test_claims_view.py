"""The public claims view: what a user reads of a claim, loaded for real."""

from tests.helpers import load

ARTICLE = """Marathon record falls in Haverstad
Published April 14, 2025

Josphat Serem won the Haverstad Marathon on Sunday, cheered by a crowd along the route.

He crossed the line in 2:06:48. Organisers said 16,109 runners finished, against 15,200 in 2024.
"""


def test_a_figure_no_sentence_dates_shows_the_day_of_the_event_its_article_reports(tmp_path):
    con = load(tmp_path / "raw", {"race.txt": ARTICLE})
    rows = con.execute("select value, period, period_stated from claims").fetchall()
    got = {value: (period, stated) for value, period, stated in rows}
    assert got[16109] == ("2025-04-13", False)  # Sunday, the day before publication
    assert got[15200] == ("2024", True)
    # figures are compared by what their text states: the day is not a period of fct_claims
    assert con.execute("select period from fct_claims where value = 16109").fetchone() == (None,)

import pytest

from flows.stages.extract.tables import header_unit, table_cells

CASES = (
    "Cases by district this week\n\n"
    "District\t\tCases\t\tHospitalised\n\n"
    "Pellborough city\t\t203\t\t51\n\n"
    "Total\t\t\t\t64\t\t23\n\n"
    "The agency said more.\n"
)


def test_a_figure_is_named_by_its_columns_header_and_its_rows_label():
    cells = table_cells(CASES)
    assert [(CASES[c.start : c.end], c.header, c.label) for c in cells] == [
        ("203", "Cases", "Pellborough city"),
        ("51", "Hospitalised", "Pellborough city"),
        ("64", "Cases", "Total"),  # an empty cell keeps the columns in place
        ("23", "Hospitalised", "Total"),
    ]
    assert all(c.caption == "Cases by district this week" for c in cells)


def test_a_header_one_cell_short_names_no_label_column_and_a_rank_is_no_figure():
    text = "Q2 2026\t\tQ2 2025\n\nPassengers\t\t9.80m\t\t9.23m\n\nRank\t\tLane\t\tRower\t\tGap\n\n2\t\t3\t\tYlva Marken\t\t+1.26\n"
    cells = table_cells(text)
    assert [(c.header, c.label, c.header_is_period) for c in cells[:2]] == [
        ("Q2 2026", "Passengers", True),
        ("Q2 2025", "Passengers", True),
    ]
    assert [text[c.start : c.end] for c in cells[2:]] == ["+1.26"]  # not the rank 2 nor the lane 3
    assert cells[2].sign == "+"


def test_a_header_of_words_and_years_opens_a_table_and_a_source_after_its_caption_is_no_part_of_it():
    text = (
        "Flu vaccine uptake by region (%). Source: Health Protection Agency\n\n"
        "Region\t\t2025\t\tSame point 2024\n\n"
        "Brackwater\t\t66.1\t\t67.4\n"
    )
    cells = table_cells(text)
    assert [(text[c.start : c.end], c.header, c.label) for c in cells] == [
        ("66.1", "2025", "Brackwater"),
        ("67.4", "Same point 2024", "Brackwater"),
    ]
    assert cells[0].caption == "Flu vaccine uptake by region (%)."


def test_a_row_of_a_name_and_years_under_a_header_is_a_row():
    text = "Ward\t\tVotes 2021\t\tVotes 2025\n\nHarbourside\t\t1998\t\t2004\n"
    assert [(text[c.start : c.end], c.header) for c in table_cells(text)] == [
        ("1998", "Votes 2021"),
        ("2004", "Votes 2025"),
    ]


def test_rows_without_a_header_and_prose_are_no_table():
    assert table_cells("Pellborough city\t\t203\t\t51\n") == []
    assert table_cells("District\t\tCases\n\nSome prose.\n\nMarrow Vale\t\t64\n") == []


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Share (%)", ("percent", 1.0)),
        ("Change (pts)", ("percentage_point", 1.0)),
        ("Pts", ("count", 1.0)),  # a box score's points
        ("$bn", ("USD", 1e9)),
        ("Revenue (€m)", ("EUR", 1e6)),
        ("Ore milled (million tonnes)", ("tonne", 1e6)),
        ("Rainfall (mm)", ("millimetre", 1.0)),
        ("Cases this week", ("count", 1.0)),  # a time names the column's period
        ("Wait (days)", ("day", 1.0)),
        ("Height (m)", None),  # metres or millions
    ],
)
def test_a_header_says_what_its_figures_are_in(header, unit):
    assert header_unit(header) == unit

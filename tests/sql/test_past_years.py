"""Which years a text speaks of as past (sql/internal/latest_past_year.sql): the evidence of a
misdated article."""

import pytest


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Sales fell in 2024, the agency said.", 2024),
        ("Prices have risen since February 2020. Output fell in October 2023.", 2023),
        ("The plant closed in late 2022; it was founded in 1987.", 2022),
        ("Exports fell 3% in May 2024.", 2024),
        ("For the first half of 2025, the airline carried 17.6 million passengers.", 2025),
        ("Revenue\tQ2 2025\tQ2 2024", 2025),
        # plans, forecasts and targets
        ("Then, in 2031, the press will publish the unfinished novel.", None),
        ("The agency expects growth to slow in 2030.", None),
        ("Beijing aims to double exports by 2030.", None),
        ("They don't expect to act until at least 2029.", None),
        ("The airline raised its outlook for the second half of 2026.", None),
        # promises
        ("Research Minister Clara Wendt has promised another voyage in 2028.", None),
        ("The mayor pledged in 2024 to build 900 homes in 2029.", None),
        # offers and proposals
        ("Morvenrail has offered 4.5%, made up of 2.5% in 2026 and 2% in 2027.", None),
        ("The council proposed a 3% rise in 2027.", None),
        # warnings and conditions
        ("She warned councillors that the council faced a gap of €60 million in 2027.", None),
        ("The region faced a deficit in 2028 unless funding improved, the report found.", None),
        # a calendar, told in the present tense
        ("The result is a setback for Harrow, whose party faces a general election in 2028.", None),
        ("The new charges take effect on 2 March; the workplace levy follows in January 2027.", None),
        ("Work began on 41,870 homes in 2025. The levy follows in January 2027.", 2025),
        ("The reservoir was built in 1964 and was due for a refurbishment in 2027.", None),
        # a quote in the present tense, reported; a participle after "being"
        ('"Most of the savings come in 2028, as plants are being consolidated," Salvesen said.', None),
        # a hope told in the past tense, and a relative clause with a verb of its own
        ("The chief executive said the company hoped to launch it in 2027.", None),
        ("Its revenue was €1.46 billion last year, whose main product loses patent protection in 2028.", None),
        ("The firm was sold last year, which lowered its debt in 2024.", 2024),
        # a year that names a thing, or starts a span
        ("The 2021 RAV4 Prime can go 39 miles on battery power alone.", None),
        ("It is very similar to the RTX 2060 in raw performance.", None),
        ("He signed until the end of the 2022/23 season.", None),
    ],
)
def test_a_year_is_past_when_a_sentence_reports_it_or_tells_what_happened_in_it_and_plans_nothing(con, text, year):
    assert con.execute("select latest_past_year(?)", [text]).fetchone() == (year,)

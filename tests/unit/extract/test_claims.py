import math
import re
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.stages.clean.sentences import sentence_spans
from flows.stages.extract.claim_context import (
    BOUND_OF_PHRASE,
    OUTLOOK_STEM,
    bound,
    qualifier,
    state_of_lead,
)
from flows.stages.extract.claims import extract_claims
from flows.stages.extract.quantities import UNIT_PATTERN


def claims_of(text: str, published: datetime | None = None):
    return extract_claims(text, sentence_spans(text), published)


def only(text: str, published: datetime | None = None):
    found = claims_of(text, published)
    assert len(found) == 1, [c.surface for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Exports reached $28.8 billion in May.", 28.8e9, "USD"),
        ("He was jailed for 11½ years.", 11.5, "year"),
        ("He was handed thirteen and a half years.", 13.5, "year"),
        ("The walk took two and a half hours.", 2.5, "hour"),
        ("He was jailed for six years and eight months.", 6 + 8 / 12, "year"),
        ("The planet lies 41.3 light-years from Earth.", 41.3, "light_year"),
        ("The range held 21.6 cubic kilometres of ice in 1985.", 21.6, "cubic_kilometre"),
        ("The mine produced 380,000 ounces of gold.", 380000.0, "ounce"),
        ("The port handled 1.2 million TEU in the quarter.", 1.2e6, "teu"),
        ("Some 1,248,600 twenty-foot boxes passed over the quays.", 1248600.0, "teu"),
        ("The wheat crop came in at 5.13mn t.", 5.13e6, "tonne"),
        ("Exports reached 340,000 t of grain.", 340000.0, "tonne"),
        ("The deal covers the 483k-strong public workforce.", 483000.0, "count"),
        ("A 500-strong crowd gathered outside.", 500.0, "count"),
        ("She won the by-election with a majority of 632.", 632.0, "count"),
        ("Green gain from People's Alliance. Majority: 632.", 632.0, "count"),
        ("Demand peaked at 14.2 GW on Tuesday.", 14200.0, "megawatt"),  # gigawatts are megawatts
        ("The ferry was doing 11.2 knots when it hit the wall.", 11.2 * 1.852, "km_per_hour"),
        ("The bank raised €1.3bn from investors.", 1.3e9, "EUR"),
        ("The club paid £450m for the stadium.", 450e6, "GBP"),
        ("Inflation eased to 2.1 per cent last month.", 2.1, "percent"),
        ("Turnout was 70 percent on Sunday.", 70.0, "percent"),
        ("The reservoirs held just 34.8pc of capacity.", 34.8, "percent"),  # the British press's "pc"
        ("Prices rose 5 pc last year.", 5.0, "percent"),
        ("Exports fell 34.5% on the year.", 34.5, "percent"),
        ("The jobless rate rose 3.2 percentage points.", 3.2, "percentage_point"),
        ("The storm dumped 120 mm of rain.", 120.0, "millimetre"),
        ("The group cut output by 1.2mn barrels a day.", 1.2e6, "barrel_per_day"),
        ("Gusts reached 148 km/h near the coast.", 148.0, "km_per_hour"),
        ("At least 14 people died in the fire.", 14.0, "people"),
        ("The firm shed a third of its staff.", 100 / 3, "percent"),
        ("Seven rare earth minerals were restricted.", 7.0, "count"),
        ("Twelve ships were stranded at the port.", 12.0, "count"),
        ("The truce lasts 90 days.", 90.0, "day"),
        ("They granted six-month licences.", 6.0, "month"),
        ("The miners were trapped 460m underground.", 460.0, "metre"),
        ("The biggest of the aftershocks measured 5.7.", 5.7, "magnitude"),
        ("He won the marathon in 2:06:48.", 7608.0, "second"),
        ("Mikael Torsvik won the 1500m in 3:36.42.", 216.42, "second"),  # minutes and seconds to hundredths
        ("She won in two hours, eight minutes and 46 seconds.", 7726.0, "second"),
        ("The repair took 3 hours 20 minutes.", 12000.0, "second"),
        ("Orlavsky won the stage in 4h 31min 52sec.", 16312.0, "second"),  # hours abbreviated to "h"
        ("Telvik agreed to pay 38.6 billion kroner for Norlink.", 38.6e9, "NOK"),
        ("The council will take 83 million crowns from its reserves.", 83e6, "NOK"),  # crowns as kroner are
        ("The average rent rose to kr13,480 a month.", 13480.0, "NOK"),
        ("It paid 45 million zloty for the plant.", 45e6, "PLN"),
        # a number word multiplied by "hundred" or "dozen", and "a" as one before them or a scale
        ("Two hundred homes burned.", 200.0, "count"),
        ("Some two dozen ships waited.", 24.0, "count"),
        ("Rain reached four hundred millimetres.", 400.0, "millimetre"),
        ("A thousand homes burned.", 1000.0, "count"),
        ("Nearly a million people were evacuated.", 1e6, "people"),
        # a rate in a population, its population no figure of its own
        ("The province recorded 48.7 cases per 100,000 residents.", 48.7, "per_100000"),
        # temperatures, below zero too
        ("Temperatures reached 39C in the afternoon.", 39.0, "degree_celsius"),
        ("The mercury hit 41.2 degrees Celsius.", 41.2, "degree_celsius"),
        ("Forecasters expect highs of 36°C.", 36.0, "degree_celsius"),
        ("Temperatures plunged to minus 4C overnight.", -4.0, "degree_celsius"),
        # a currency no country uses today is money, not a count of coins
        ("A season ticket will cost 4,523 ducats from January.", 4523.0, "DUC"),
        ("The state lends 1.2 billion thalers a year.", 1.2e9, "THA"),
        # a currency's code before an amount with a scale, whether or not it is listed
        ("Savers lost HVK 38.6million in the fraud.", 38.6e6, "HVK"),
    ],
)
def test_quantities_get_value_in_base_units_and_a_unit(text, value, unit):
    claim = only(text)
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
    assert re.fullmatch(UNIT_PATTERN, claim.unit)
    assert text[claim.char_start : claim.char_end] == claim.surface


@pytest.mark.parametrize(
    "text",
    [
        "The steepest drop since February 2020 came during the COVID-19 outbreak.",
        "GDP shrank in Q1 while the G20 met on May 12 at 11:30.",
        "The A320 fleet was grounded in 2018, the No. 1 carrier said.",
        "The #1 players beat the # 2 players and the № 3 players.",
        "The 45-year-old driver was aged 45, police said.",
        "The S&P 500 index closed higher on Friday.",
        "Call 555-0199 for details.",
        "It was one of the key topics.",
        "The post has 15 views and 4 comments.",
        "Her mother was treated on ward 9C.",  # a name, not a temperature
    ],
)
def test_years_dates_names_and_counters_are_not_claims(text):
    assert claims_of(text) == []


def test_letters_that_ignorecase_reads_as_ascii_are_read_so_everywhere():
    # "ſix" (long s) is "six" to a case-insensitive pattern: a number word, a count.
    assert [(c.value, c.unit) for c in claims_of("Ten buses and ſix cars were hit.")] == [
        (10.0, "count"),
        (6.0, "count"),
    ]
    assert only("Output grew 2.1% on a ſequential basis.").basis == "qoq"


def test_direction_period_and_basis():
    claim = only(
        "China's exports to the United States plummeted 34.5% year-on-year in May.", published=datetime(2025, 6, 10)
    )
    assert (claim.subject, claim.object, claim.metric) == ("China", "United States", "exports")
    assert claim.direction == "down"
    assert claim.basis == "yoy"
    assert (claim.period_year, claim.period_part) == (2025, "05")


@pytest.mark.parametrize("phrase", ["a month earlier", "in the previous month", "the prior month"])
def test_the_figure_a_change_starts_from_is_of_the_period_before(phrase):
    now, before = claims_of(f"Consumer prices rose 1.8% in February 2025, slowing from 4.3% {phrase}.")
    assert (now.period, before.period, before.state) == ("2025-02", "2025-01", "before")


def test_the_period_a_change_is_measured_from_is_not_the_changes_own():
    (fell,) = claims_of(
        "Shoppers cut back last month, their purchases dropping by 0.3% compared with March.", datetime(2026, 5, 22)
    )
    assert fell.period == "2026-04"  # last month, not March
    (unknown,) = claims_of("Sales fell 0.3% compared with March.", datetime(2026, 5, 22))
    assert unknown.period is None


def test_next_year_and_next_month_are_periods_of_their_own_figures_and_of_no_others():
    (growth,) = claims_of("The bank expects the economy to grow by 1.7% next year.", datetime(2025, 12, 11))
    assert growth.period == "2026"
    fares, members = claims_of(
        "Fares will rise to €4.20 next month. The union has 2.4 million members.", datetime(2025, 11, 25)
    )
    assert (fares.period, fares.measure) == ("2025-12", "fare")
    assert members.period != "2025-12"  # a plan's month is no period of what the next sentence reports


@pytest.mark.parametrize(
    "text",
    [
        "Output was 1.9% higher than in the fourth quarter of 2025.",
        "Retail sales were 7.4 per cent higher than in the same month of 2025.",
        "Turnout was 41.5 per cent, well down on the general election of 2023.",
    ],
)
def test_the_period_a_figure_is_set_against_after_it_is_not_its_own(text):
    (figure,) = claims_of(text, datetime(2026, 3, 15))
    assert figure.period is None


@pytest.mark.parametrize(
    ("between", "period"),
    [
        ("Output slowed in the July-September quarter.", "2024-Q3"),  # the sentence before names the period
        ("Output slowed in September. Demand was weak.", "2024-09"),  # so does one further back
        ("Output slowed in May. It recovered in June.", "2024-06"),  # the nearest one does
        ("Output slowed in September. Figures came out on Monday.", "2024-09"),  # a weekday is no period
        ("Output slowed in September.\n\nDemand was weak.", "2025-03"),  # another paragraph: the lead's
        ("Demand was weak.", "2025-03"),
    ],
)
def test_a_figure_without_a_period_takes_the_one_named_before_it_in_its_paragraph(between, period):
    text = (
        f"Factory output rose 0.4% in March 2025.\n\nShipments were delayed by storms.\n\n{between} Exports fell 3.1%."
    )
    claim = claims_of(text, published=datetime(2025, 4, 10))[-1]
    assert (claim.surface, claim.period) == ("3.1%", period)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The flood killed 23 people on Monday.", "2025-04-07"),  # the Monday before a Thursday's publication
        # "on" inside a word names no Monday: the toll is read as of the day of publication
        ("The flood killed 23 people at the Canon Monday fair.", "2025-04-10"),
        ("Turnout in Sunday's referendum was 68.3 per cent.", "2025-04-06"),  # a day's event, by its possessive
        ("Turnout in Sunday’s referendum was 68.3 per cent.", "2025-04-06"),
        ("Exports rose 2% in the January-March quarter.", "2025-Q1"),
        ("Exports rose 2% in the January–June half.", "2025-H1"),  # "half" is no figure there
        # the months to one that ends a quarter or a half are that quarter or half, not a figure
        ("Net profit for the three months to March was €1.48 billion.", "2025-Q1"),
        ("Sales dropped to 1.48 billion euros in the first six months of the year.", "2025-H1"),
        ("Sales in the quarter ended March 31 fell 2%.", "2025-Q1"),
        ("Revenue for the six months to December 2024 was €2.1bn.", "2024-H2"),
        # a full year is reported once it is over: in April, the year before
        ("For the full year, revenue was 5.21 billion euros.", "2024"),
        ("Full-year revenue rose to €4.1bn.", "2024"),
        # a month or quarter named with the year it is of, told relatively
        ("The jobless rate was 6.9 per cent in February last year.", "2024-02"),
        ("Prices rose 4.1 per cent in the first quarter of last year.", "2024-Q1"),
        ("The jobless rate was 6.2 per cent in February this year.", "2025-02"),
    ],
)
def test_weekdays_and_month_ranges_name_periods(text, period):
    assert only(text, published=datetime(2025, 4, 10)).period == period


def test_a_full_year_named_late_in_a_year_is_that_year():
    assert only("The group kept its full-year forecast of 3% growth.", published=datetime(2025, 7, 20)).period == "2025"


def test_year_of_a_month_is_inferred_from_publication_across_new_year():
    claim = only("Retail sales rose 1.2% in December.", published=datetime(2026, 1, 15))
    assert (claim.period_year, claim.period_part) == (2025, "12")


def test_before_and_after_states_and_subjects_of_a_two_way_tariff_cut():
    text = "The deal cut US tariffs on Chinese goods from 145% to 30% and China's tariffs on American goods from 125% to 10%."
    found = {c.value: c for c in claims_of(text)}
    assert (found[145].state, found[30].state, found[125].state, found[10].state) == (
        "before",
        "after",
        "before",
        "after",
    )
    assert (found[145].subject, found[145].object) == ("United States", "China")
    assert (found[10].subject, found[10].object) == ("China", "United States")
    assert {c.metric for c in found.values()} == {"tariff_rate"}


def test_what_a_thing_can_hold_is_a_bound_not_what_it_holds():
    capacity = claims_of("The operator will charter a ferry that can carry 350 passengers and 60 cars.")
    assert [(c.value, c.qualifier) for c in capacity] == [(350, "at_most"), (60, "at_most")]
    assert only("The arena, which has a capacity of 12,400, was full.").qualifier == "at_most"
    assert only("A capacity crowd of 12,400 watched.").qualifier == "actual"
    assert [c.qualifier for c in claims_of("The ferry was carrying 87 cars and 12 lorries.")] == ["actual", "actual"]


def test_qualifiers():
    forecast = only("Growth was lower than the estimate of 5.0% from a Reuters poll of economists.")
    assert forecast.qualifier == "forecast"
    assert only("China mines approximately 70 percent of the world's supply.").qualifier == "approximate"
    assert only("At least 14 people died.").qualifier == "at_least"
    assert only("At least a dozen ships waited.").qualifier == "at_least"  # the hedge before "a"
    assert only("About a dozen vehicles fell.").qualifier == "approximate"
    assert only("Licences run for up to six months.").qualifier == "at_most"
    assert only("Economists polled by the agency had pencilled in a surplus of €780m.").qualifier == "forecast"
    assert only("Profit fell short of the €104m analysts had pencilled in.").qualifier == "forecast"
    assert only("The union has threatened a 72-hour strike if there is no deal.").qualifier == "forecast"
    plus = only("• 1,100+ firefighters")  # more than the figure, of what follows the plus
    # a first reading gives its sentence's figures however far before them
    text = "Monday's preliminary count, without postal votes, gave the OPP 69 seats, on a turnout of 67.7%."
    assert {c.qualifier for c in claims_of(text)} == {"preliminary"}
    assert (plus.qualifier, plus.measure) == ("at_least", "firefighter")
    # a verb moving a figure up to its level makes no bound of it
    assert only("Core inflation edged up to 2.8% in October.").qualifier == "actual"
    assert only("Growth was revised up to 0.4% in the quarter.").qualifier == "revised"
    assert only("The fire burned no more than 40 hectares.").qualifier == "at_most"  # not "more than"
    assert only("Handsome 40 hectares burned.").qualifier == "actual"  # "some" only as a word
    assert only("Net profit rose 12% in the quarter.").qualifier == "actual"
    assert only("The agency estimated 2,000 homes were lost.").qualifier == "estimate"
    actual, forecast = claims_of("The surplus was $5.5bn, against a consensus forecast of $4.6bn.")
    assert (actual.qualifier, forecast.qualifier) == ("actual", "forecast")
    actual, forecast = claims_of("Net profit reached €1.84 billion, beating the €1.71 billion analysts had expected.")
    assert (actual.qualifier, forecast.qualifier) == ("actual", "forecast")
    assert only("Net profit reached €1.84 billion, more than expected.").qualifier == "actual"
    assert only("The bank had previously guided to about €6.8bn.").qualifier == "forecast"
    assert only("The bank aims for 2% inflation.").qualifier == "target"
    assert only("Inflation is still far above the 2% target.").qualifier == "target"
    assert only("The league's rule limits spending on wages to 70% of revenue.").qualifier == "target"
    assert only("Rent rises are capped at 5% a year.").qualifier == "target"
    assert only("Its market cap rose to $3bn.").qualifier == "actual"
    assert only("Home fees, capped by the government, rise to £9,310.").qualifier == "actual"
    assert only("Councils face a 5% cap on rises.").qualifier == "target"


@given(
    st.lists(
        st.sampled_from(
            [
                "no ",
                "more",
                "less",
                " than",
                "about",
                "some",
                "hand",
                "up to",
                "at least",
                " ",
                "\n",
                "x",
                "(",
                "_",
                "é",
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_a_bound_is_the_longest_bound_phrase_that_ends_the_lead_before_a_space(lead):
    ending = [
        (len(phrase), bound) for phrase, bound in BOUND_OF_PHRASE.items() if re.search(r"\b" + phrase + r"\s+$", lead)
    ]
    assert bound(lead) == (max(ending)[1] if ending else None)


@given(
    st.lists(
        st.sampled_from(["from", "after", "to", "up", "a", "an", "the", "x", " ", "\t", "(", "_", "é"]), max_size=8
    ).map("".join)
)
def test_a_state_lead_is_what_the_state_regexes_find(lead):
    before = re.search(r"\b(?:from|after)\s+(?:a|an|the)?\s*$", lead)
    after = re.search(r"(?<!\bup )\bto\s+(?:a|an|the)?\s*$", lead)
    assert state_of_lead(lead) == ("before" if before else "after" if after else None)


OUTLOOK_WORDS = [
    "will",
    "would",
    "could",
    "aimed",
    "goal",
    "estimates",
    "forecasters",
    "polls",
    "consensus",
    "targets",
    "outlook",
    "expected",
    "projects",
    "predicted",
    "anticipates",
    "guidance",
]


@given(
    st.lists(st.sampled_from(["the", "of", "$", "5", "%", " ", " ", ",", "-", "x", "in"]), min_size=1, max_size=20),
    st.sampled_from(OUTLOOK_WORDS),
    st.data(),
)
def test_a_sentence_without_an_outlook_stem_needs_no_outlook_scan(pieces, word, data):
    """qualifier skips the window scans where OUTLOOK_STEM finds nothing: what it returns
    must be what the scans would have found."""
    pieces.insert(data.draw(st.integers(0, len(pieces))), word)
    folded = "".join(pieces)
    start = data.draw(st.integers(0, len(folded) - 1))
    end = data.draw(st.integers(start + 1, len(folded)))
    lead = folded[max(0, start - 25) : start]
    gated = qualifier(folded, start, end, lead, OUTLOOK_STEM.search(folded) is not None)
    assert gated == qualifier(folded, start, end, lead, True)


def test_incident_and_company_metrics():
    assert only("The flood killed 23 people on Monday.").metric == "deaths"
    assert only("Revenue climbed 8% in the third quarter.").metric == "revenue"
    assert only("Annual consumer price inflation eased to 2.2% in April.").metric == "cpi"
    unknown = only("China controls 90% of global rare earth processing.")
    assert unknown.metric == "global rare earth processing"


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("The death toll rose to 95, with 177 people injured and 20 still missing.", ["deaths", "injured", "missing"]),
        ("The storm killed 12 people and injured 40 on Tuesday.", ["deaths", "injured"]),
        ("Fires forced the evacuation of 14 villages and about 4,500 residents.", ["evacuated", "evacuated"]),
        ("Two people died and 300 homes were destroyed.", ["deaths", "homes"]),
    ],
)
def test_each_count_of_an_incident_takes_the_incident_of_its_own_clause(text, metrics):
    assert [c.metric for c in claims_of(text)] == metrics


@pytest.mark.parametrize(
    "employer",
    [
        "economist at Kestrel Bank",
        "economist at the Kestrel Bank",
        "analyst at  Kestrel Bank",
        "professor of\nKestrel Institute",
    ],
)
def test_an_experts_employer_is_not_the_subject_of_the_figures_after_the_quote(employer):
    text = (
        f'Consumer prices in Norway rose 3.1% in May. "Services remain sticky," said Ana Ruiz, chief '
        f"{employer}. Imports slipped 3.4%."
    )
    assert [c.subject for c in claims_of(text)] == ["Norway", "Norway"]


def test_precision_as_written_is_kept():
    assert only("Exports fell 34.50% last year.").decimals == 2
    assert only("Imports were worth $28.8 billion.").decimals == -8
    assert only("WeWork has 12,000 employees.").decimals == -3  # a round figure
    assert only("WeWork has 12,500 employees.").decimals == -2
    assert only("WeWork has 12,513 employees.").decimals == 0
    assert only("Some 300 homes flooded.").decimals == 0  # hundreds may be exact
    assert only("The plan costs Rs 2.5 lakh  crore.").decimals == -11  # a scale written with two spaces


def test_no_date_arithmetic_leaves_the_calendar():
    text = "Exports fell 3% on Monday, the ministry said."
    for published in (datetime(1, 1, 1), datetime(9999, 12, 31)):
        (claim,) = extract_claims(text, sentence_spans(text), published)
        assert claim.value == 3.0


def test_a_string_of_digits_is_not_a_figure():
    text = f"The fund grew by {'9' * 400} dollars, and revenue rose 12% last year, officials said."
    claims = extract_claims(text, sentence_spans(text))
    assert [c.value for c in claims] == [12.0] and all(math.isfinite(c.value) for c in claims)


def test_a_period_beyond_a_figure_set_against_another_is_that_figures():
    text = (
        "The trade surplus widened in June, the bureau said. "
        "Imports grew 4.2 per cent, leaving a surplus of $5.5bn, against $3.9bn in May."
    )
    periods = {c.surface: c.period for c in claims_of(text, datetime(2025, 7, 14))}
    assert periods == {"4.2 per cent": "2025-06", "$5.5bn": "2025-06", "$3.9bn": "2025-05"}


def test_a_period_right_after_a_figure_set_against_another_is_that_figures():
    text = "The jobless rate fell to 6.1% in November from 6.3% in October, as the number of people employed rose by 42,000."
    periods = {c.surface: c.period for c in claims_of(text, datetime(2025, 12, 5))}
    assert periods["6.1%"] == "2025-11" and periods["6.3%"] == "2025-10"
    assert periods["42,000"] != "2025-10"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Kestland has confirmed 412 cases of measles, up from 318 a week earlier.", "318", "count"),
        ("The town has recorded 203 of the 356 measles cases in the province.", "203", "count"),
        ("The airport cancelled 212 flights, out of 460 scheduled.", "460", "count"),
        ("Police arrested 14 people, up from 9 last year.", "9", "people"),
        ("Twelve of the victims were children.", "Twelve", "people"),  # a part of a whole of no number
        ("All 23 of Hollin's schools are closed.", "23", "count"),
        ("Six of the seven members of the committee backed the cut.", "Six", "count"),  # a part in words
        ("Of the 214 glaciers mapped in 2000, 13 have vanished.", "13", "count"),
    ],
)
def test_a_bare_number_set_against_a_count_counts_what_its_clause_named(text, surface, unit):
    assert {c.surface: c.unit for c in claims_of(text)}.get(surface) == unit


@pytest.mark.parametrize("text", ["The score rose to 54 from 52.", "The vote was 6 to 3 against."])
def test_a_bare_number_with_no_count_named_before_it_is_no_claim(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The IMS consumer confidence index rose to 94.6 in April.", 94.6, "consumer confidence index"),
        ("The manufacturing PMI fell to 48.2 points in March.", 48.2, "manufacturing pmi"),
        ("Consumer confidence index: 94.6", 94.6, "consumer confidence index"),
    ],
)
def test_an_index_level_is_a_figure_in_index_points_of_the_index_named(text, value, measure):
    (found,) = claims_of(text)
    assert (found.value, found.unit, found.measure) == (value, "index_point", measure)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("People's Renewal fell 14.3 points to 31.9 per cent.", 14.3, "percentage_point"),
        ("That is a swing of 10.4 points between the two parties.", 10.4, "percentage_point"),
        ("She took 41.6 per cent, up 6.5 points on her party's share in 2023.", 6.5, "percentage_point"),
        ("Mawle scored 41 points and grabbed 12 rebounds.", 41, "count"),
    ],
)
def test_points_of_a_share_are_percentage_points_and_points_scored_a_count(text, value, unit):
    assert {c.value: c.unit for c in claims_of(text)}[value] == unit


def test_the_level_an_index_moved_from_and_a_magnitude_revised_from_are_figures_of_their_units():
    found = claims_of("The consumer confidence index rose to 94.6 from 91.8 in March.")
    assert [(c.value, c.unit, c.state) for c in found] == [
        (94.6, "index_point", "after"),
        (91.8, "index_point", "before"),
    ]
    found = claims_of("The institute revised its estimate of the quake's magnitude to 6.4, from a preliminary 6.6.")
    assert [(c.value, c.unit) for c in found] == [(6.4, "magnitude"), (6.6, "magnitude")]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The carrier flew 14.6 million passengers between July and September.", "2025-Q3"),
        ("Sales rose 5% in April-June.", "2025-Q2"),
        ("Output fell 2% from January to June.", "2025-H1"),
        ("Prices rose 2% from May to June.", "2025-06"),  # two months, no quarter: the nearer month
    ],
)
def test_a_span_of_months_that_is_a_quarter_or_a_half_names_it(text, period):
    (found,) = claims_of(text, datetime(2025, 11, 6))
    assert found.period == period


def test_a_figure_without_an_owner_is_the_organisation_the_article_is_about():
    text = (
        "CALDEN AIRPORT, July 30 – Passengers queued at Calden Airport as Corvane Air reported its results. "
        "Corvane Air said revenue rose 8.1% to €2.31 billion. Operating profit rose to €214 million. "
        "Corvane has added routes."
    )
    assert {c.subject for c in claims_of(text)} == {"Corvane Air"}  # not the dateline's airport


def test_numbers_written_as_two_words_are_one_number():
    found = claims_of("Thirty-eight people were rushed to hospital and sixty five homes were destroyed.")
    assert [c.value for c in found] == [38, 65]
    assert found[0].measure == "hospitalised"


def test_a_period_does_not_reach_across_a_semicolon():
    found = claims_of(
        "The crew launched in October 2025.\n\n"
        "The 9.4-tonne capsule is the heaviest flown; its predecessor in 2023 weighed 8.1 tonnes."
    )
    assert [(c.value, c.period) for c in found] == [(9.4, "2025-10"), (8.1, "2023")]


def test_a_tables_later_columns_have_no_measure_of_their_own():
    found = claims_of("Results for the quarter.\n\nOperating profit\t€214m\t€167m\t+28.1%")
    assert [(c.surface, c.measure) for c in found if c.unit == "EUR"] == [
        ("€214m", "operating profit"),
        ("€167m", None),
    ]


def test_a_figure_compared_with_is_the_state_before():
    found = claims_of("Net profit reached €151 million, compared with €109 million.")
    assert [(c.value, c.measure, c.state) for c in found] == [
        (151e6, "net profit", None),
        (109e6, "net profit", "before"),
    ]


def test_an_organisation_named_in_passing_does_not_take_over_a_countrys_figures():
    text = (
        "China's exports rose 4.8% in May, customs data showed. The White House said talks would go on, "
        "and the White House welcomed the data.\n\nOfficials were upbeat. Analysts agreed. Traders were calm. "
        "Markets rose. Imports fell 3.4%."
    )
    assert [c.subject for c in claims_of(text)] == ["China", "China"]


def test_each_figure_of_a_list_is_held_by_the_name_before_it():
    found = claims_of(
        "The Civic Union won 31.2% of the vote and 29 seats, up from 33, the Green-Left Alliance 24.8% and 22 seats."
    )
    assert [(c.value, c.holder) for c in found] == [
        (31.2, "Civic Union"),
        (29, "Civic Union"),
        (33, "Civic Union"),  # compared with the 29 seats before it
        (24.8, "Green-Left Alliance"),
        (22, "Green-Left Alliance"),
    ]


def test_a_period_after_a_comma_and_another_figure_is_that_figures():
    found = claims_of(
        "For the first half of 2025, the airline made an operating profit of €231 million, "
        "after a small profit of €17 million in the first quarter.",
        datetime(2025, 7, 30),
    )
    assert [(c.value, c.period) for c in found] == [(231e6, "2025-H1"), (17e6, "2025-Q1")]


def test_a_first_reading_and_its_revision_are_told_apart_by_the_nearer_word():
    found = claims_of("The agency revised its count of jobs added to 31,000 from a preliminary 24,000.")
    assert [(c.value, c.qualifier) for c in found] == [(31000, "revised"), (24000, "preliminary")]


def test_a_product_name_between_a_count_and_its_noun_is_not_a_figure():
    found = claims_of("The company sold 2.4 million Arc 3 units in the first ten days.")
    assert [(c.value, c.unit) for c in found if c.unit == "count"] == [(2.4e6, "count")]


def test_an_m_of_millions_is_read_before_a_unit_or_a_counted_noun_an_m_of_metres_before_a_dimension_but_not_alone():
    text = "The group agreed a 1.4m b/d cut. Oxbrindle sold 2.7m handsets. The wall is 5m high. Sales reached 5m."
    found = claims_of(text)
    assert [(c.value, c.unit) for c in found] == [(1.4e6, "barrel_per_day"), (2.7e6, "count"), (5.0, "metre")]


def test_lengths_in_metres_and_nautical_miles_and_a_crew_are_figures():
    found = claims_of("The ferry carried 12 crew and sank 3 nautical miles offshore in 36 metres of water.")
    assert [(round(c.value, 3), c.unit) for c in found] == [(12, "count"), (5.556, "kilometre"), (36, "metre")]


def test_an_earthquakes_magnitude_is_a_figure_with_its_unit():
    found = claims_of("A magnitude 6.8 earthquake struck on Saturday. A 6.8-magnitude quake is rare there.")
    assert [(c.value, c.unit, c.measure) for c in found] == [(6.8, "magnitude", "earthquake")] * 2


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: An earlier version of this story misstated the tax rate. It is 1.18%, not 1.81%.",
        "An earlier version of this article said the fare was £4.20. We regret the error.",
        "This story has been corrected to show that 312 homes, not 213, were flooded.",
        "An earlier version said the fare was £4.20.",
    ],
)
def test_a_correction_notice_states_no_claim_to_the_end_of_its_paragraph(notice):
    text = f"The council set the tax rate at 1.18% on Tuesday.\n{notice}\nFares rose 5% in May."
    assert sorted(c.value for c in claims_of(text)) == [1.18, 5.0]


@pytest.mark.parametrize(
    ("text", "value", "state"),
    [
        ("The firm took £14.6 million from 312 investors.", 312, None),
        ("Police evacuated residents from 14 villages overnight.", 14, None),
        ("Membership rose to 2,400 from 2,100 last year.", 2100, "before"),
        ("The council cut staff from 240 posts to 204.", 240, "before"),
    ],
)
def test_a_count_after_from_is_the_state_before_only_in_a_sentence_of_change(text, value, state):
    (claim,) = [c for c in claims_of(text) if c.value == value]
    assert claim.state == state


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Profit was 520 million to 560 million euros last year.", 520e6, 560e6, "EUR"),
        ("The hull lies in water between 30 and 40 metres deep.", 30, 40, "metre"),
        ("The outbreak could reach between 450 and 600 cases by May.", 450, 600, "count"),
        ("Prices rose 2-3% in May.", 2, 3, "percent"),
        ("The hull lies 30–40 metres deep.", 30, 40, "metre"),
    ],
)
def test_the_lower_end_of_a_range_takes_the_upper_ends_unit_and_scale(text, low, high, unit):
    found = {c.value: c for c in claims_of(text)}
    assert (found[low].unit, found[low].qualifier) == (unit, "at_least")
    assert (found[high].unit, found[high].qualifier) == (unit, "at_most")


@pytest.mark.parametrize(
    "text",
    [
        "Tuition will rise from 8,950 to 9,310 pounds.",
        "The bank raised rates by 0.25 to 4.5%.",
        "It fell 40 to 30 points.",
    ],
)
def test_a_change_is_no_range(text):
    assert all(c.qualifier not in ("at_least", "at_most") for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "before", "after", "unit"),
    [
        ("The recount cut her majority from 242 to 219 votes.", 242, 219, "count"),
        ("Unemployment fell from 6.3 to 6.1 per cent.", 6.3, 6.1, "percent"),
    ],
)
def test_a_change_from_a_bare_number_gives_the_figure_before_it_in_the_unit_after(text, before, after, unit):
    found = {c.value: c for c in claims_of(text)}
    assert (found[before].unit, found[before].state) == (unit, "before")
    assert (found[after].unit, found[after].state) == (unit, "after")


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("The party won 29 of the assembly's 81 seats.", 29, 81),
        ("Pellborough has recorded 203 of the 356 measles cases.", 203, 356),
        ("Of the 240 posts, 95 are vacant.", 95, 240),
    ],
)
def test_a_part_of_a_count_and_the_count_are_both_claims(text, part, whole):
    found = {c.value: c.unit for c in claims_of(text)}
    assert found[part] == found[whole] == "count"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Measles cases rose to 571.", "measles case"),
        ("Confirmed cases have now climbed to 412.", "case"),
        ("MEASLES cases have rocketed to 571 across Orlesia.", "measles case"),
    ],
)
def test_a_number_a_count_has_risen_or_fallen_to_counts_what_rose(text, measure):
    (count,) = claims_of(text, datetime(2026, 3, 9))
    assert (count.unit, count.measure) == ("count", measure)


@pytest.mark.parametrize("text", ["Prices rose to 112 in March.", "Temperatures soared to 17 on Tuesday."])
def test_a_level_or_an_amount_that_rose_to_a_bare_number_is_no_count(text):
    assert not claims_of(text, datetime(2026, 3, 9))


def test_a_number_set_to_a_count_counts_what_that_one_does():
    found = {c.value: c.unit for c in claims_of("The budget was passed by 41 votes to 22, with four abstentions.")}
    assert found[22] == found[41] == "count"
    # but not what some count earlier in the clause counts
    found = {c.value: c.unit for c in claims_of("An amendment to keep all 14 libraries open was defeated 40 to 26.")}
    assert 26 not in found


def test_a_period_of_a_figure_set_against_another_is_passed_on_to_no_other():
    text = (
        "The Civic Union won 31.2% of the vote, down from 33 seats in 2021. "
        "The Green-Left Alliance took 24.8% of the vote and 22 seats, up from 16."
    )
    periods = {c.value: c.period for c in claims_of(text, datetime(2025, 10, 20))}
    assert periods[33] == "2021"
    assert periods[31.2] is None and periods[24.8] is None and periods[22] is None


def test_a_hedged_forecast_is_a_forecast():
    assert only("Winds are forecast to ease to around 35 km/h by Sunday.").qualifier == "forecast"
    assert only("About 2,400 people were evacuated.").qualifier == "approximate"


def test_a_quarter_named_without_a_year_takes_the_year_its_sentence_named_before():
    text = "For the first half of 2025, it made a profit of €231 million, after €17 million in the first quarter."
    periods = {c.value: c.period for c in claims_of(text, datetime(2021, 7, 30))}
    assert periods[17e6] == "2025-Q1"


def test_a_figure_after_after_is_the_state_before_only_in_a_sentence_of_change():
    assert only("The capsule landed after a 5.8 billion km round trip.").state is None
    rose = {c.value: c.state for c in claims_of("Inflation rose to 3.1% after 2.9% in April.")}
    assert rose[2.9] == "before"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("On March 14, 2025, 300 people were evacuated.", "2025-03-14"),  # a day, not the month
        ("About 300 people were evacuated by 14 March.", "2025-03-14"),
        ("On Friday, 300 people were evacuated.", "2025-04-04"),
        ("Exports fell 3% in March.", "2025-03"),
        ("Coverage was 83.6% in the 2023/24 season.", "2024"),  # a split year, named by its end
    ],
)
def test_days_of_a_month_and_split_years_are_periods_of_their_own(text, period):
    assert only(text, published=datetime(2025, 4, 10)).period == period


def test_a_month_something_began_in_is_not_the_period_of_the_articles_figures():
    text = (
        "Officials have confirmed cases in the region since an outbreak began in early January. "
        "Health officials said 286 cases had been confirmed."
    )
    # running counts given for no day are read as of the day of publication, not of January
    assert [c.period for c in claims_of(text, published=datetime(2025, 3, 14)) if c.value == 286] == ["2025-03-14"]
    own = only("In all, 47 patients have been admitted since the outbreak began in January.", datetime(2025, 3, 14))
    assert (own.measure, own.period) == ("admitted", "2025-03-14")  # a running count, of its day


def test_a_quarter_of_a_game_is_no_quarter_of_the_year():
    claim = only("Oyelaran scored 33 points in the fourth quarter.", published=datetime(2025, 6, 15))
    assert claim.period is None
    assert only("Revenue rose 4% in the fourth quarter.", published=datetime(2025, 6, 15)).period == "2024-Q4"


def test_figures_listed_after_a_name_are_that_names_and_a_surname_alone_is_the_persons():
    text = (
        "Teodric Mawle scored 41 points for the Gulls. Levi Okonjo had 16 points and 11 rebounds for Ashbury. "
        "Mawle added 12 rebounds."
    )
    found = {c.value: c for c in claims_of(text)}
    assert found[16].holder == found[11].holder == "Levi Okonjo"
    assert found[12].holder == "Teodric Mawle"
    assert found[11].subject == "Levi Okonjo"  # a player's statistic is about the player


def test_a_person_who_speaks_of_a_figure_holds_it_but_is_not_its_subject():
    text = (
        "Corvane Group reported a record year. Ruben Alcott, the chief financial officer, said the company "
        "would pay for its €780m expansion out of its own cash."
    )
    (expansion,) = [c for c in claims_of(text) if c.value == 780e6]
    assert expansion.holder == "Ruben Alcott" and expansion.subject == "Corvane Group"
    (points,) = claims_of("Levi Okonjo said he had scored 16 points.")
    assert points.subject == "Levi Okonjo"  # what he says of himself


def test_the_owner_of_a_figures_metric_stays_its_subject_and_a_place_before_it_is_its_scope():
    found = {c.value: c for c in claims_of("Sarvani Infotech said revenue in North America rose 58%.")}
    assert found[58].subject != "North America"


def test_a_name_in_a_possessive_apposition_holds_no_figure_after_it():
    text = "Mattias Grell was convicted. Jonas Wexler, Grell's former chief of staff, was sentenced to four years."
    assert [c.holder for c in claims_of(text)] == ["Jonas Wexler"]


def test_a_figure_after_a_verb_of_another_clause_keeps_no_holder_of_a_list():
    text = "Caldera said it would buy Pennick Lowe in a deal worth $12.6 billion, paying $45.80 a share."
    holders = {c.value: c.holder for c in claims_of(text)}
    assert holders[45.8] is None


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit", "holder"),
    [
        ("Kelmsford now has 39 cases and Dunmere 19.", "19", 19, "count", "Dunmere"),
        ("The Social Democrats won 26 seats and the Liberals on 20.", "20", 20, "count", "Liberals"),
        (
            "Ostel has 6.1 million mobile customers and Linkwave 3.7 million.",
            "3.7 million",
            3.7e6,
            "people",
            "Linkwave",
        ),
        ("Telvik booked revenue of 31.4 billion kroner and Norlink 12.1.", "12.1", 12.1e9, "NOK", "Norlink"),
    ],
)
def test_a_figure_whose_clause_leaves_out_the_noun_takes_the_one_before(text, figure, value, unit, holder):
    first, gapped = claims_of(text)
    assert (gapped.surface, gapped.unit, gapped.holder) == (figure, unit, holder)
    assert math.isclose(gapped.value, value) and gapped.measure == first.measure is not None


def test_each_entry_of_a_list_after_a_counted_figure_takes_its_noun_and_its_name():
    found = claims_of(
        "With National Renewal on 30 seats, the Green Left on 20, the Liberal Alliance on 13 (down from 19) "
        "and the Agrarian Centre on 11, no bloc has a majority."
    )
    seats = {c.holder: c.value for c in found if c.measure == "seat"}
    assert seats == {"National Renewal": 30, "Green Left": 20, "Liberal Alliance": 13, "Agrarian Centre": 11}


def test_a_date_after_a_list_comma_is_no_entry_of_the_list():
    found = claims_of("The party won 30 seats, May 20 was the day it ended.")
    assert [c.value for c in found if c.measure == "seat"] == [30]


def test_a_figure_in_brackets_with_the_time_it_is_of_is_the_earlier_level_not_a_conversion():
    found = claims_of(
        "Flu test positivity was 27.3% (29.8% the week before). The fire burned 18,400 hectares (45,500 acres)."
    )
    assert [(c.value, c.state) for c in found] == [(27.3, None), (29.8, "before"), (18400, None)]


def test_a_share_in_brackets_after_a_count_is_its_share_not_a_conversion():
    found = claims_of(
        "The Greens' Mira Hallqvist won 3,102 votes (8.0%). The fire burned 18,400 hectares (45,500 acres)."
    )
    assert [(c.value, c.measure, c.holder) for c in found if c.unit == "percent"] == [
        (8.0, "vote share", "Mira Hallqvist")
    ]
    assert 45500 not in [c.value for c in found]


def test_a_score_after_a_name_is_no_figure_left_without_its_noun():
    found = claims_of("Play was held up for 25 minutes by rain with Liv 4-2 down.")
    assert [c.value for c in found] == [25]


@pytest.mark.parametrize("margin", ["± 0.4", "±0.4", "+/- 0.4", "plus or minus 0.4"])
def test_the_margin_of_a_measurement_is_no_figure_of_its_own(margin):
    found = claims_of(f"The survey put support at 43% {margin}%, the pollster said.")
    assert [c.value for c in found] == [43]


def test_the_year_of_a_record_dates_the_record_alone():
    text = (
        "River breaks 1994 record as floods force thousands from homes\n"
        "The river peaked at 6.42 metres on Monday, beating the record of 5.97 metres set in 1994. "
        "Rescue crews lifted 320 people from flooded houses."
    )
    periods = {c.surface: c.period for c in claims_of(text, datetime(2025, 10, 21, 9, 0))}
    assert periods["5.97 metres"] == "1994"
    assert periods["6.42 metres"] != "1994" and periods["320"] != "1994"


def test_a_head_count_is_not_measured_by_a_physical_cue_near_it():
    found = claims_of("After three days of torrential rain, forcing 4,600 people from their homes.")
    (claim,) = [c for c in found if c.value == 4600]
    assert claim.measure is None or "rain" not in claim.measure


def test_a_race_time_is_a_time_a_clock_time_is_no_figure_and_separate_durations_stay_apart():
    found = claims_of("Serem ran 2:06:48 to win, 43 seconds clear. The gun fired at 09:30; the rain lasted 2 hours.")
    assert [(c.surface, c.value, c.unit) for c in found] == [
        ("2:06:48", 7608.0, "second"),
        ("43 seconds", 43.0, "second"),
        ("2 hours", 2.0, "hour"),
    ]
    assert found[0].measure == "time"


def test_a_rival_named_after_clear_of_or_beating_holds_no_figure_after_it():
    (time,) = [
        c for c in claims_of("Almaz Tadesse pulled clear of Ruth Wanjala and won in 2:21:09.") if c.unit == "second"
    ]
    assert time.holder == "Almaz Tadesse"
    (lead,) = [c for c in claims_of("Dmitri Orlavsky now leads Jorrit Maaskant by 38 seconds.") if c.unit == "second"]
    assert (lead.measure, lead.holder) == ("lead", "Dmitri Orlavsky")


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lindqvist won the Tour of Brekka by 42 seconds.",
        "Anna Lindqvist took the Vellmark City Marathon in a course record 2:19:40.",
        "Anna Lindqvist won the Nordic Indoor Championships final in 2 hours 38 minutes.",
    ],
)
def test_a_contest_named_before_a_figure_is_not_its_holder(text):
    (figure,) = [c for c in claims_of(text) if c.unit in ("second", "hour", "minute")][:1]
    assert figure.holder == "Anna Lindqvist"


def test_a_bare_number_taken_to_hospital_counts_people_in_hospital():
    found = claims_of("Medics treated 212 runners, and 14 were taken to hospital.")
    assert [(c.value, c.unit, c.measure) for c in found if c.value == 14] == [(14, "people", "hospitalised")]


def test_a_running_count_given_for_no_day_is_read_as_of_the_day_of_publication():
    published = datetime(2025, 3, 14, 9, 0)
    assert only("A total of 143 people have been hospitalised this year.", published).period == "2025-03-14"
    assert only("The death toll rose to 40 on Saturday.", published).period == "2025-03-08"
    assert only("In the 2019 fire, 12 people died.", published).period == "2019"


@pytest.mark.parametrize(
    "text",
    [
        "The electoral office says 29.8% of registered voters had voted by 3pm.",
        "Turnout at 6pm was 44.1%.",
        "By noon, 24.9% of registered voters had cast their ballots.",
    ],
)
def test_a_reading_taken_at_a_clock_time_is_a_running_figure(text):
    assert only(text, datetime(2026, 4, 26, 20, 0)).running_count
    assert not only("Turnout was 46.7%.", datetime(2026, 4, 27)).running_count


@pytest.mark.parametrize(
    "text",
    [
        "Just 41.9 per cent of Brask's voters bothered to turn out.",
        "Some 36.8% of the city's registered voters cast a ballot.",
        "Turnout was 46.7%.",
    ],
)
def test_the_share_of_voters_who_voted_is_the_turnout(text):
    assert only(text).measure == "turnout"
    assert only("About 52% of voters backed the plan.").measure != "turnout"


def test_profit_before_tax_is_pre_tax_profit_and_bln_a_billion():
    before_tax, pre_tax = (
        only(t).measure for t in ("Profit before tax was €1.72 billion.", "Pre-tax profit was €1.72bn.")
    )
    assert before_tax == pre_tax != only("Net profit was €1.28bn.").measure
    assert only("Exports: €22.46 bln").value == 22_460_000_000


def test_a_reading_is_not_of_the_day_named_for_the_reading_it_is_set_against():
    found = {
        c.value: c
        for c in claims_of("Some 780 firefighters are now deployed, up from 520 on Sunday.", datetime(2025, 8, 12))
    }
    assert (found[520].period, found[780].period) == ("2025-08-10", "2025-08-12")


def test_a_figure_no_sentence_dates_is_told_of_the_day_the_lead_names():
    text = (
        "Josphat Serem won the Haverstad Marathon on Sunday. Crowds lined the route. "
        "He ran 2:06:48. The race had 18,500 entrants in 2023."
    )
    found = {c.value: c for c in claims_of(text, datetime(2025, 4, 14, 7, 30))}
    assert found[7608].period is None and found[7608].told_day == "2025-04-13"  # Sunday before the Monday
    assert found[18500].period == "2023" and found[18500].told_day is None  # its sentence dates it


def test_a_figure_no_sentence_dates_is_told_of_the_day_of_publication_without_a_day_in_the_lead():
    (claim,) = claims_of("The company employs 24,500 people.", datetime(2025, 3, 25, 11, 30))
    assert (claim.period, claim.told_day) == (None, "2025-03-25")
    (undated,) = claims_of("The company employs 24,500 people.")
    assert undated.told_day is None  # no date to tell it by


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The standard requires 92% of patients to start treatment within 18 weeks.", "92%"),
        ("Only 54.6% were treated in time, against a legal standard of 92%.", "92%"),
        # what people are asked to hold their use to
        ("Households are asked to cut their use to 120 litres per person a day.", "120 litres"),
        ("Households are being told to get by on just 120 litres a day.", "120 litres"),
        ("Drivers were urged to keep their speed below 50 km/h.", "50 km/h"),
        # a cap set on something, the figure after its object
        ("The rule will cap spending on wages, transfers and agents' fees at 70 per cent of revenue.", "70 per cent"),
    ],
)
def test_a_standard_a_figure_must_meet_is_a_target(text, surface):
    (found,) = [c for c in claims_of(text) if c.surface == surface]
    assert found.qualifier == "target"


def test_a_count_a_hedge_leaves_without_its_noun_is_the_count_it_changed_to():
    before, after = claims_of("The party fell from 71 seats to just 49.")
    assert (before.value, before.state, before.measure) == (71, "before", "seat")
    assert (after.value, after.unit, after.measure) == (49, "count", "seat")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Sixty-one patients have been hospitalised, nine of them in intensive care.", 9, "people"),
        ("Of the 35 people injured, 11 remain in hospital, four of them in a critical condition.", 4, "people"),
        ("The 18 councillors voted, four of whom abstained.", 4, "count"),
    ],
)
def test_a_part_of_a_count_told_as_of_them_counts_what_it_counted(text, value, unit):
    (part,) = [c for c in claims_of(text) if c.value == value]
    assert part.unit == unit and part.measure is None  # what the part is stays untold


def test_an_average_alone_names_no_measure():
    (found,) = claims_of("Import containers now sit on the quay for an average of 11.2 days.")
    assert found.measure != "average"


def test_a_request_to_do_something_else_sets_no_target():
    (found,) = claims_of("Police were asked to investigate 12 complaints.")
    assert found.qualifier == "actual"


def test_a_sum_in_a_currency_named_by_word_measures_what_follows_the_word():
    (found, _) = claims_of("The court ordered him to pay 180,000 euros in compensation: 120,000 euros to his widow.")
    assert (found.unit, found.measure) == ("EUR", "compensation")


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        (
            "The outlook for 2025, operating profit of €100 million to €110 million, implies a recovery.",
            ["forecast"] * 2,
        ),
        ("Growth of 4% to 5% is forecast.", ["forecast", "forecast"]),
        ("Some 20 to 30 people were hurt.", ["at_least", "at_most"]),
        ("Profit rose from €100 million to €110 million.", ["actual", "actual"]),  # a change, not a range
    ],
)
def test_the_two_ends_of_a_range_are_bounds_of_one_kind(text, qualifiers):
    assert [c.qualifier for c in claims_of(text)] == qualifiers


def test_years_ago_is_a_period_and_no_quantity():
    (claim,) = claims_of("Inflation hit a whopping 11.8 per cent three years ago.", datetime(2025, 11, 13))
    assert (claim.value, claim.period) == (11.8, "2022")


def test_capitals_before_a_number_without_a_scale_are_no_currency():
    assert only("The CAC 40 rose 1.2% on Monday.").unit == "percent"


def test_the_amount_a_count_changed_by_is_no_level():
    found = {c.surface: c.state for c in claims_of("The number of unemployed fell by 6,000 to 312,000.")}
    assert found == {"6,000": "change", "312,000": "after"}
    assert only("Profit rose by €12m.").state == "change"
    assert only("Prices rose by 2% in May.").state is None  # a percentage is a change whatever its words


def test_a_count_with_part_of_the_results_declared_is_preliminary():
    partial = claims_of("The Alliance had a net gain of 88 seats with 11 of the 14 councils declared.")
    assert {c.surface: c.qualifier for c in partial}["88"] == "preliminary"
    # and how far the count has gone is a reading of the night, not a result
    progress = claims_of("She won 34.2% of the vote with 99.6% of polling stations counted.")
    assert {c.surface: c.qualifier for c in progress} == {"34.2%": "preliminary", "99.6%": "preliminary"}
    complete = claims_of("With 100% of the vote counted, she had 52.1%.")
    assert {c.surface: c.qualifier for c in complete}["52.1%"] == "actual"


def test_a_comparative_after_a_figure_makes_it_a_difference_not_a_count():
    assert only("The operator had 412 fewer drivers at the start of 2025 than in 2019.").state == "change"
    assert only("The chain has 78 stores, more than any rival.").state is None


def test_a_first_reading_named_after_a_figure_makes_it_preliminary_not_a_later_figure_of_the_sentence():
    quake = claims_of(
        "A magnitude 6.4 earthquake struck at 04:26, according to a preliminary reading by the institute."
    )
    assert [c.qualifier for c in quake if c.unit == "magnitude"] == ["preliminary"]
    rain = {
        c.surface: c.qualifier
        for c in claims_of("It said 148mm fell, rather than the 151mm in its preliminary reading.")
    }
    assert rain == {"148mm": "actual", "151mm": "preliminary"}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The river smashed its record, hitting a high of 6.48m at Tarrow Bridge.", "metre"),
        ("The Aske began to fall after cresting at 6.28m in Penmarra.", "metre"),
        ("The club paid 6.5m for the striker's 40 goals.", None),  # no length named: no figure at all
    ],
)
def test_m_after_the_name_of_a_length_is_metres(text, unit):
    assert [c.unit for c in claims_of(text) if c.surface.endswith("m")] == ([unit] if unit else [])


def test_a_tables_figures_are_claims_of_their_column_and_row():
    text = (
        "Result after recount\n\nCandidate\t\tParty\t\tVotes\t\tChange (pts)\n\n"
        "Liesl Dovrane\t\tGreen-Civic League\t\t24,971\t\t+9.2\n\n"
        "Corvane Air, second quarter\n\nQ2 2025\t\tQ2 2024\n\nPassengers\t\t9.80m\t\t9.23m\n\n"
        "Segment\t\tRevenue (€m)\n\nOnline\t\t160\n\nGroup\t\t1,840\n"
    )
    found = {c.surface: c for c in claims_of(text, datetime(2025, 7, 20))}
    votes, change = found["24,971"], found["+9.2"] if "+9.2" in found else found["9.2"]
    assert (votes.unit, votes.measure, votes.holder, votes.qualifier) == ("count", "vote", "Liesl Dovrane", "revised")
    assert (change.value, change.unit, change.direction) == (9.2, "percentage_point", "up")
    this_year, last_year = found["9.80m"], found["9.23m"]
    assert (this_year.value, this_year.measure, this_year.period) == (9.8e6, "passenger", "2025-Q2")
    assert (last_year.value, last_year.period) == (9.23e6, "2024-Q2")
    assert (found["160"].value, found["160"].unit, found["160"].measure) == (160e6, "EUR", "online revenue")
    assert (found["1,840"].value, found["1,840"].measure) == (1.84e9, "revenue")  # the whole's row


def test_a_tables_caption_gives_the_unit_and_measure_its_headers_leave_out():
    text = (
        "Unemployment rate by region, January 2026 (%)\n\nRegion\t\tJanuary\t\tDecember\n\n"
        "Kallmora\t\t7.6\t\t7.3\n\n"
        "How Tollmere North voted (% share)\n\nParty\t\t2025 by-election\t\tChange\n\nGreens\t\t8.0\t\t-3.6\n"
    )
    found = {c.surface: c for c in claims_of(text, datetime(2026, 2, 20))}
    january, december = found["7.6"], found["7.3"]
    assert (january.unit, january.measure, january.scope, january.period) == (
        "percent",
        "unemployment rate",
        "Kallmora",
        "2026-01",
    )
    assert (december.unit, december.scope, december.period) == ("percent", "Kallmora", "2025-12")
    assert found["8.0"].unit == "percent"
    change = found["-3.6"] if "-3.6" in found else found["3.6"]
    assert change.unit == "percentage_point"  # a share's change is in points


def test_a_table_without_a_header_gives_no_bare_figures():
    assert claims_of("Pellborough city\t\t203\t\t51\n") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Revenue rose to €6.84 billion. The interim dividend is 4.2 cents a share.", "EUR"),
        ("The interim dividend is 4.2 cents a share.", "USD"),  # no other currency: the dollar's
        ("Profit was £12m. The shares rose 4.2 cents in New York.", "USD"),  # the pound has pence
    ],
)
def test_cents_are_hundredths_of_the_currency_the_article_counts_in(text, unit):
    assert {c.surface: c.unit for c in claims_of(text)}["4.2 cents"] == unit


def test_a_period_a_possessive_gives_another_thing_is_not_the_figures():
    published = datetime(2025, 9, 21)
    prize = claims_of("Her cheque for €12,000 is half as much again as last year's winner took home.", published)[0]
    assert (prize.surface, prize.period) == ("€12,000", None)
    assert only("Last year's winner took home €8,000.", published).period == "2024"


def test_a_sentence_opening_a_year_earlier_steps_back_from_the_period_before_it():
    text = "The jobless rate fell to 6.3 per cent in February. A year earlier the rate stood at 6.9 per cent."
    assert [c.period for c in claims_of(text, datetime(2026, 3, 17))] == ["2026-02", "2025-02"]


def test_a_name_in_an_aside_about_another_holds_no_figure_after_it():
    text = "The court sentenced Mattias Krell, the founder of Brightwater Capital, to eight and a half years."
    assert only(text, datetime(2025, 11, 18)).holder == "Mattias Krell"


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        ("On the evening of 16 August, 75 people were hurt.", 75, "2025-08-16"),
        ("In March, 40 people were hurt.", 40, "2025-03"),
    ],
)
def test_a_count_after_a_dates_comma_is_a_figure_of_that_date(text, value, period):
    claim = only(text, datetime(2025, 8, 20))
    assert (claim.value, claim.unit, claim.period) == (value, "people", period)


def test_a_year_after_a_dates_comma_is_no_figure():
    assert claims_of("It was signed on August 16, 2025, in Oslo.", datetime(2025, 8, 20)) == []


def test_members_of_parliament_counted_by_their_initials_are_seats():
    found = claims_of("His Social Democrats were left with just 58 MPs, down from 74. The Greens won 12 seats.")
    assert [(c.value, c.measure) for c in found] == [(58, "seat"), (74, "seat"), (12, "seat")]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Kovanen took 50.9 per cent in the city, the first time his party has won it.", "city"),
        ("Turnout was 61% in the capital.", "capital"),
        ("Kovanen won 52.7% of the vote.", None),
    ],
)
def test_a_share_in_the_city_or_the_capital_is_scoped_to_it(text, scope):
    assert only(text).scope == scope


def test_what_happens_as_a_rule_is_usual_and_the_days_figure_actual():
    found = claims_of(
        "Counters recorded 31,000 vehicles on Monday, against about 9,000 on a normal weekday. "
        "The viaduct normally carries about 78,000 vehicles a day, but on Monday it carried 12,000."
    )
    assert [(c.value, c.qualifier) for c in found] == [
        (31000, "actual"),
        (9000, "usual"),
        (78000, "usual"),
        (12000, "actual"),
    ]


def test_the_harmonised_index_is_another_inflation_than_consumer_prices():
    found = claims_of("The harmonised index of consumer prices rose 3.2% on the year. Consumer prices rose 3.4%.")
    assert [(c.value, c.measure) for c in found] == [(3.2, "harmonised inflation"), (3.4, "inflation")]


@pytest.mark.parametrize(
    "text",
    [
        "Lorenza has weakened, with maximum sustained winds of 55 km/h.",
        "The ash plume has reached about 5km.",
        "Staff have screened 1,150 patients since the outbreak was declared.",
    ],
)
def test_a_storms_winds_an_ash_plume_and_patients_screened_so_far_are_readings_of_their_time(text):
    assert only(text).running_count


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "Unemployment in the valley rose to 8.9 per cent in February from 8.2 per cent in January.",
            ["valley", "valley"],
        ),
        ("The SDU won 24.1 per cent here, and National Renewal 16.9 per cent.", ["here", None]),
        ("Nationally, unemployment was 6.1%.", ["national"]),
    ],
)
def test_a_place_told_in_lower_case_or_here_scopes_a_clauses_figures_and_a_partys_name_is_no_nation(text, scopes):
    assert [c.scope for c in claims_of(text)] == scopes


def test_a_count_made_already_is_a_reading_of_its_time():
    assert only("Estravia have made 82 tackles already.").running_count


def test_a_period_labelling_a_bracketed_figure_is_that_figures_not_the_one_before_it():
    text = "• Load factor: 76.9% (H1 2025: 80.4%)"
    periods = {c.surface: c.period for c in claims_of(text, datetime(2026, 7, 20))}
    assert periods["80.4%"] == "2025-H1"
    assert periods["76.9%"] != "2025-H1"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("He crossed the line a minute and 12 seconds clear.", 72), ("The match lasted an hour and 20 minutes.", 4800)],
)
def test_one_of_a_unit_written_as_a_word_opens_a_duration(text, seconds):
    (found,) = claims_of(text)
    assert (found.value, found.unit) == (seconds, "second")


def test_a_person_whose_figure_a_sentence_opens_with_is_no_place_it_is_scoped_to():
    text = "Rowan Fairclough won the seat. Fairclough's tally of 14,682 put him 3,655 votes clear."
    (tally,) = [c for c in claims_of(text) if c.value == 14682]
    assert tally.scope is None and tally.holder == "Rowan Fairclough"


def test_a_figure_compared_with_a_preliminary_one_is_its_revision():
    found = claims_of("Turnout was 62.1%, up from 61.8% in the preliminary count, after postal votes were added.")
    assert [(c.value, c.qualifier) for c in found] == [(62.1, "revised"), (61.8, "preliminary")]


def test_the_first_nine_months_of_a_year_are_a_span_of_the_measure():
    (profit,) = claims_of("For the first nine months of the year, net profit reached €5.31 billion.")
    assert profit.measure == "net profit over 9 month"


def test_a_level_before_an_event_is_the_earlier_level():
    (assets,) = [
        c for c in claims_of("The fund had assets of €4.1bn before the fraud was uncovered.") if c.unit == "EUR"
    ]
    assert assets.state == "before"
    (profit,) = claims_of("Profit before tax was €3.2bn.")
    assert profit.state != "before"  # a measure's name, not a time


def test_votes_a_candidate_polled_are_no_poll_and_bare_degrees_of_heat_are_a_temperature():
    (votes,) = claims_of("Brennick, who polled 1,874 votes, took the seat.")
    assert votes.qualifier == "actual"
    (heat,) = claims_of("Thermometers in Orlanne hit a scorching 46.4 degrees on Saturday.")
    assert (heat.unit, heat.measure) == ("degree_celsius", None)
    assert claims_of("The road climbs at 12 degrees.")[0].unit != "degree_celsius"  # an angle


def test_a_scaled_value_is_stored_without_a_binary_remainder():
    (gdp,) = claims_of("Nominal GDP was 68.4 billion euros in the quarter.")
    assert gdp.value == 68_400_000_000


def test_a_count_read_for_its_grouped_digits_that_opens_a_range_is_in_the_ranges_unit():
    low, high = claims_of("The mine produced 240,000 to 255,000 tonnes of copper a year.")
    assert (low.value, low.unit, low.qualifier) == (240000.0, "tonne", "at_least")
    assert (high.unit, high.qualifier) == ("tonne", "at_most")
    before, after = claims_of("Output rose from 95,000 to 105,000 tonnes.")
    assert (before.unit, before.state, after.qualifier) == ("tonne", "before", "actual")


def test_a_speed_no_words_name_is_a_speed():
    assert only("The ferry hit the sea wall at 12.1 knots.").measure == "speed"


def test_a_year_long_past_in_the_sentence_before_is_history_not_the_period_of_the_next_figures():
    text = "The viaduct opened in 1972. Eleven vehicles, including a bus carrying 17 passengers, fell into the river."
    assert [c.period for c in claims_of(text, published=datetime(2025, 10, 16))] == [None, None]
    # last year, named the sentence before, is still the period of the figures after it
    text = "The figures are for 2024. Sales rose 4.1% to €6.9bn."
    assert {c.period for c in claims_of(text, published=datetime(2025, 3, 10))} == {"2024"}


def test_a_plans_horizon_in_the_lead_is_not_the_period_of_the_articles_figures():
    text = (
        "Housebuilders are betting the government will deliver 250,000 new homes by 2030.\n\n"
        "Turnout was 71.6% among the country's 642,000 registered voters."
    )
    turnout, voters = claims_of(text, published=datetime(2025, 10, 1))[1:]
    assert (turnout.period, voters.period) == (None, None)
    assert turnout.measure == "turnout"  # "among the country's voters" is the whole electorate


def test_a_payout_per_share_is_a_dividend():
    assert only("The board rewarded shareholders with a payout of 86 cents a share.").measure == "dividend"


def test_a_percentage_named_only_as_a_change_measures_what_its_sentence_changed():
    text = "The glaciers' combined area fell to 226 square kilometres from 318 square kilometres, a loss of 29%."
    assert claims_of(text)[-1].measure == "combined area"


def test_a_sum_in_cents_or_pence_is_written_to_the_cent():
    assert [(c.value, c.decimals) for c in claims_of("A dividend of 44 cents a share. Fares rose 9.8p.")] == [
        (0.44, 2),
        (0.098, 3),
    ]


def test_a_final_dividend_and_the_years_total_are_two_measures():
    text = "The board proposed a final dividend of 30 cents a share, bringing the total for the year to 48 cents."
    assert [c.measure for c in claims_of(text)] == ["final dividend", "dividend"]
    text = "Shareholders will receive a final dividend of 30 cents a share, making 48 cents for the year."
    assert [c.measure for c in claims_of(text)] == ["final dividend", "dividend"]


def test_a_level_at_the_end_of_a_year_is_of_its_last_month_and_a_count_a_day_is_a_frequency():
    text = "The jobless rate fell to 5.8 per cent at the end of last year. Rail plans 32 trains a day."
    rate, trains = claims_of(text, published=datetime(2026, 2, 20))
    assert rate.period == "2025-12"  # not the year's average
    assert trains.measure == "train per day"


def test_the_number_of_people_in_work_is_a_count_of_employment():
    text = "The number of people in work rose to 4.21 million. A record 4.12 million of us are now in work."
    assert [(c.value, c.unit, c.measure) for c in claims_of(text)] == [
        (4.21e6, "count", "employment"),
        (4.12e6, "count", "employment"),
    ]

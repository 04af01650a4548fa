"""What a figure measures: the key two articles must share before their figures are compared."""

from datetime import datetime

import pytest

from flows.stages.clean.sentences import sentence_spans
from flows.stages.extract.claims import extract_claims
from flows.stages.extract.measures import is_running_count, singular

PUBLISHED = datetime(2025, 7, 24, 9, 0)


def claims_of(text: str):
    return extract_claims(text, sentence_spans(text), PUBLISHED)


def claim(text: str, surface: str):
    found = [c for c in claims_of(text) if c.surface == surface]
    assert len(found) == 1, [(c.surface, c.measure) for c in claims_of(text)]
    return found[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # synonyms and wordings of one quantity
        ("The jobless rate rose to 5.2% in May.", "The unemployment rate climbed to 5.4% in May."),
        ("Inbound shipments grew 4.2 per cent in May.", "Imports rose 2.4% in May."),
        ("The fire has scorched 14,800 hectares.", "The fire has burnt 18,400 hectares of forest."),
        ("The company was fined £35.8 million.", "The firm was hit with a £38.5 million fine."),
        ("At least 40 people were killed, officials said.", "The death toll rose to 44."),
        ("Exports rose 7.9%, while imports increased 2.4%.", "Imports rose 4.2% last month."),
        # an apposition between the measure and its verb
        (
            "The youth unemployment rate, covering 15- to 24-year-olds, fell to 17.8%.",
            "The youth unemployment rate was 18.7% in May.",
        ),
        ("Average weekly earnings rose 4.6% from a year earlier.", "Pay packets were up 4.6% on a year ago."),
        ("The participation rate held at 64.8%.", "The participation rate was 64.8%."),
        ("The ship was carrying 134 travellers.", "The ship had 143 passengers on board."),
        ("Participation across the region reached 64.3 per cent.", "Turnout was 63.4%."),
        ("The mine employs 1,240 people.", "The mine's 1,420 workers fear for their jobs."),
        ("Maddick was handed thirteen and a half years.", "Maddick received 11 years and six months."),
        ("He was handed a prison term of eight and a half years.", "He was jailed for seven and a half years."),
        ("A court sentenced Mattias Grell, the governor, to 7.5 years.", "The judge jailed Grell for 8.5 years."),
        ("Kjellgren was jailed for nine years.", "Kjellgren received a seven-year custodial term."),
        ("Maddick was jailed for 11 and a half years.", "Maddick received 11 years and six months."),
        ("House prices in Vessmark rose 4.6% in the year to February.", "House prices rose 4.3% on a year ago."),
        ("Sixty-nine people have lost their lives.", "The quake killed at least 96 people."),
        ("There were 74 patients needing hospital care.", "47 people have been admitted to hospital."),
        ("Twenty-nine patients have now tested positive.", "In all, 92 patients have tested positive so far."),
        ("Household spending rose 0.7% on the quarter.", "Household consumption grew 0.4% in the quarter."),
        ("Velto sold 14.2 million smartphones.", "Velto sold 14.7 million handsets."),
        ("The number of mortgages approved fell to 41,300.", "Mortgage approvals rose to 39,800."),
        # the food component of consumer prices, by its statistical name or its plain one
        ("Food and non-alcoholic beverages were up 5.2% on the year.", "Food prices rose 5.2% on a year ago."),
        ("Prices of food and non-alcoholic drinks rose 4.6 per cent.", "Food price inflation was 4.6%."),
        # a headline's or standfirst's present tense
        ("Annual growth reaches 4.7 per cent.", "Annual growth reached 4.2 per cent in March."),
        ("Pre-tax profits slump to £96.4m.", "Pre-tax profit fell to £94.6m."),
        ("The council closed a £38.2m gap.", "The council plugged a £42.5m funding shortfall."),
        ("The council blamed a £38.2million black hole.", "It faces a £42.5m budget shortfall."),
        # a lead, by its verb or as the noun a figure written as an adjective qualifies
        ("Orlavsky now leads Maaskant by 38 seconds.", "Orlavsky now holds a 48-second lead over Maaskant."),
        ("Labour trailed the Greens by four points.", "The Greens led Labour by six points."),
        # a hedge between "of" and the figure, a conversion between the figure and its noun
        ("The quake struck at a depth of only 9km.", "Its focus lay 19 kilometres (12 miles) underground."),
        ("It struck just 9km (six miles) below the surface.", "The quake struck at a depth of 9 km."),
        # a winning margin, by its verb or its noun, the figure no word of it
        ("Voronkov won the Tour of Havrenne by 18 seconds.", "He clinched victory by an eight-second margin."),
        ("Inflation in services eased to 3.7%.", "Services inflation was 3.9%."),
        ("Inflation in Tarvessa eased to 2.8%.", "Inflation was 3.1%."),  # a place after "in" is no part
        ("About 1,600 properties have been flooded.", "About 2,300 homes have been flooded."),
        ("A total of 36,215 homes were finished in 2025.", "Completions reached 36,125 last year."),
        ("Airlines cancelled 640 flights on Monday.", "Some 460 flights were axed on Monday."),
        ("Some 870,000 holidaymakers have been caught up.", "The airline carried 87,000 passengers."),
        ("Forty-six patients at St Aldric's have now tested positive.", "In all, 64 patients have tested positive."),
        ("She held the seat with a majority of 2,772.", "He won by a margin of 2,272 votes."),
        # a gap between two finishers, by the winner's verb or said after the time
        ("He crossed the line a minute and 12 seconds clear of the pack.", "Voronkov won the Tour by 27 seconds."),
        ("He finished 27 seconds ahead of Lucien Ferrandou.", "He won by 72 seconds."),
        ("The total dividend per share for 2025 is 44 cents.", "It will pay a total dividend of 48 cents a share."),
        ("The interim dividend is 4.2 cents a share.", "It declared an interim dividend of 4.5 cents per share."),
        # the people who watched an event
        ("A record 58,124 supporters packed into the stadium.", "They won in front of 58,214 fans."),
        ("A crowd of 41,200 watched the final.", "The attendance has been announced: 42,100, a record."),
        # jobs an employer will shed, counted by the jobs or by the people who hold them
        ("The closures put 2,900 jobs at risk.", "About 1,900 employees will lose their jobs."),
        ("It will close 14 stores, putting 1,800 staff at risk of redundancy.", "It puts 1,150 jobs at risk."),
        ("Some 1,500 posts will go across both businesses.", "Ostel will cut 1,200 jobs."),
        ("Up to 1,200 workers face losing their jobs.", "The firm is to lay off 2,100 staff."),
    ],
)
def test_one_quantity_worded_two_ways_has_one_measure(first, second):
    units = ("percent", "hectare", "GBP", "USD", "people", "count", "year", "kilometre", "second", "point")
    (a,) = [c for c in claims_of(first) if c.unit in units][-1:]
    (b,) = [c for c in claims_of(second) if c.unit == a.unit or {c.unit, a.unit} == {"people", "count"}][-1:]
    assert a.measure is not None
    assert a.measure == b.measure


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The unemployment rate rose to 5.2%.", "The youth unemployment rate rose to 15.2%."),
        ("Sustained winds reached 150 km/h.", "Wind gusts reached 190 km/h."),
        ("Core inflation eased to 2.9%.", "Inflation eased to 2.4%."),
        ("Inflation in services eased to 3.7%.", "Inflation eased to 2.8%."),  # a part, named after "in"
        ("Twelve homes were destroyed.", "Forty homes were damaged."),
        ("Revenue rose to $4.2 billion.", "Cloud revenue rose to $1.2 billion."),
        ("Revenue rose 3.8%.", "Fixed (broadband and TV) revenue rose 2.1%."),  # a segment's, past its brackets
        ("The retailer will close 14 stores.", "The retailer will be left with 78 stores."),  # closures
        ("Inflation was 3.1% in May.", "Own-brand goods were 31 per cent cheaper than big brands."),  # a gap
        ("The expedition was led by 12 volunteers.", "The team leads the league by 12 points."),  # "led by": who led
        ("The mine employs 1,240 people.", "The mine will cut 420 jobs."),  # a workforce, not its cuts
        ("The final dividend is 30 cents.", "The interim dividend is 30 cents."),
        ("A crowd of 41,200 watched the final.", "About 5,000 fans travelled from Drossen."),
        ("The shares closed at $48.50.", "The dividend was 48 cents a share."),
        ("The 300 staff will go on strike.", "Another 300 jobs will go."),
        ("Some 2,000 homes are at risk of flooding.", "The closures put 2,000 jobs at risk."),
    ],
)
def test_different_quantities_have_different_measures(first, second):
    (a,) = claims_of(first)
    (b,) = claims_of(second)
    assert a.measure is not None and b.measure is not None
    assert a.measure != b.measure


def test_the_noun_a_figure_is_of_names_it_rather_than_an_earlier_measure_of_its_sentence():
    text = "The club reported revenue of €412.6m for the season and a pre-tax loss of €38.2m."
    assert claim(text, "€412.6m").measure == "revenue"
    assert claim(text, "€38.2m").measure == "pre-tax loss"


@pytest.mark.parametrize(
    "text",
    [
        "Overseas students will make up 34.1% this autumn after a record year.",
        "My take: at 3.5 percent, policy is still restrictive.",
        "Cops solved just 19.8 per cent of crimes last year.",
        "Official figures showed prices still rising at 2.7 per cent a year.",
        "Households now see prices rising 4.9 per cent over the coming year.",
        "Official figures out yesterday show rents have rocketed 6.8 per cent in a year.",
    ],
)
def test_times_conjunctions_and_verbs_are_never_the_measure(text):
    words = {"autumn", "after", "last", "year", "take", "while", "think", "solved", "showed", "see", "show"}
    for found in claims_of(text):
        assert not (set((found.measure or "").split()) & words), found.measure


def test_a_label_opening_a_sentence_names_its_figure():
    assert claim("Station altitude: 481 km", "481 km").measure == "station altitude"


def test_a_figure_in_a_named_quantity_takes_its_name():
    spending = claim("The headline number: $4,280 million in total spending.", "$4,280 million")
    budget = claim("The council passed a $4.82 billion budget.", "$4.82 billion")
    assert spending.measure == budget.measure


@pytest.mark.parametrize(
    "text",
    ["Between 1.2 million and 1.4 million workers walked out on Tuesday.", "Between 40 and 50 people were hurt."],
)
def test_the_figures_of_a_range_are_bounds_not_actual_figures(text):
    found = claims_of(text)
    assert found
    assert {c.qualifier for c in found} <= {"at_least", "at_most"}
    assert found[-1].qualifier == "at_most"


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("The death toll rose to 214 on Saturday evening.", True),
        ("Authorities have evacuated 9,300 residents.", True),
        ("About 2,300 homes have been flooded.", True),
        ("More than 80 aftershocks have been recorded.", True),
        ("The quake struck at a depth of 12 km.", False),
        ("The airline's load factor rose to 87.3%.", False),
        # a total kept since a day, or read part of the way through an event
        ("The company has handed out 120,000 litres of bottled water since Tuesday.", True),
        ("The strike has led to 2,050 outpatient appointments being postponed in its first few days.", True),
        ("The hospital has 450 beds.", False),
        ("About 350 rescuers are now at the scene.", True),
        ("The fire was 20% contained on Tuesday.", True),  # a fire's containment grows day by day
    ],
)
def test_counts_that_grow_while_a_story_is_told_are_running_counts(text, running):
    (found,) = claims_of(text)
    assert found.running_count is running


def test_shares_of_one_population_are_told_apart_by_the_time_the_sentence_bounds():
    seen = claim("Only 63.1% of patients who attended were seen within four hours.", "63.1%").measure
    dealt = claim("Across its three sites, 61.3% of patients were dealt with within four hours.", "61.3%").measure
    waited = claim("Only 54.6% of patients had waited less than 18 weeks.", "54.6%").measure
    longer = claim("In diagnostics, 31.4% of patients had waited longer than six weeks.", "31.4%").measure
    within = claim("Just 61.3% of patients had a test within six weeks.", "61.3%").measure
    assert seen == dealt
    assert len({seen, waited, longer, within}) == 4


def test_earnings_before_interest_and_tax_are_operating_profit():
    ebit = claim("Earnings before interest and tax fell to €69.4 million.", "€69.4 million")
    assert ebit.measure == claim("Operating profit fell to €96.4 million.", "€96.4 million").measure


def test_a_running_count_carries_the_part_of_day_it_was_read():
    found = claim("By Thursday morning the fire had scorched 14,800ha.", "14,800ha")
    assert found.time_of_day == "morning"


def test_a_clock_time_or_an_opening_time_dates_a_reading_but_a_compared_figures_time_does_not():
    early = "At the 6am briefing, the chief fire officer said the fire had burned 3,200 hectares overnight and destroyed 38 homes."
    late = (
        "At the evening briefing in Lindmo, the chief fire officer said the fire had now burned 5,750 hectares, "
        "up from 3,200 hectares this morning, and destroyed 61 homes."
    )
    assert claim(early, "38").time_of_day == "morning"  # 6am, not "overnight"
    assert claim(late, "61").time_of_day == "evening"
    assert claim(late, "5,750 hectares").time_of_day == "evening"
    assert claim(late, "3,200 hectares").time_of_day == "morning"


def test_a_national_figure_is_scoped_as_national_and_a_regions_by_its_name():
    national = claim("Nationally, 412 cases have been confirmed.", "412")
    regional = claim("In Orrindale, 318 cases have been confirmed.", "318")
    assert national.scope == "national"
    assert regional.scope == "Orrindale"
    assert national.measure == regional.measure


@pytest.mark.parametrize(
    ("share", "growth"),
    [
        ("Electronics now make up almost 30 per cent of exports.", "Exports rose 7.9% in October."),
        ("Police solved just 19.8 per cent of crimes last year.", "Crime fell 4.1% last year."),
    ],
)
def test_a_percentage_of_a_whole_is_a_share_not_a_change_of_it(share, growth):
    (a,) = claims_of(share)
    (b,) = claims_of(growth)
    assert a.measure is not None and a.measure.endswith(" share")
    assert a.measure != b.measure


def test_what_a_cue_is_of_makes_it_another_quantity():
    (energy,) = claims_of("Imports of energy fell 9.7% as oil prices eased.")
    (total,) = claims_of("Imports increased 2.4% to $33.1 billion.")[:1]
    assert energy.measure != total.measure and "import" in energy.measure


@pytest.mark.parametrize(
    "text",
    [
        "When fewer than one in five crimes are solved, that is a green light.",
        "Three in four trains were cancelled on Tuesday.",
        "Just 12% of five-year-olds were vaccinated.",
    ],
)
def test_ratios_and_ages_are_not_counts(text):
    assert all(c.unit not in ("count", "people", "year") for c in claims_of(text))


def test_the_whole_of_a_part_is_not_what_the_part_did():
    text = "Six members backed the cut, but three of the nine members wanted to hold."
    six, three, nine = (claim(text, surface) for surface in ("Six", "three", "nine"))
    assert six.measure != nine.measure  # the six backed the cut; the nine are the committee
    assert three.measure != nine.measure


@pytest.mark.parametrize("text", ["NASA tapped three of those companies.", "Two of the victims were children."])
def test_a_part_of_a_group_is_not_a_count_of_the_group(text):
    assert [c.measure for c in claims_of(text)] == [None]


def test_cancellations_are_a_running_count():
    (found,) = claims_of("The airport has cancelled 310 flights so far.")
    assert found.running_count


def test_a_cue_in_another_clause_does_not_name_the_figure():
    (cost,) = claims_of("On the earnings call, the finance chief said unit costs excluding fuel rose 2.9 percent.")
    (profit,) = claims_of("Net profit rose 12.7 percent.")
    assert cost.measure is not None and "cost" in cost.measure
    assert cost.measure != profit.measure


def test_a_name_between_a_figure_and_its_noun_is_skipped():
    (found,) = claims_of("The crew's 9.8-tonne Halcyon capsule thundered off the pad.")
    assert found.measure == "capsule"


def test_a_share_that_has_a_name_takes_it():
    (share,) = claims_of("The airline said 83.7 percent of seats were filled in the quarter.")
    (named,) = claims_of("Its load factor rose to 87.3 percent.")
    assert share.measure == named.measure


def test_a_figure_compared_with_another_measures_the_same_thing_but_a_bound_does_not():
    text = (
        "Turnout was 63.4%, up from 58.9% four years ago. At least 214 people were killed and more than 1,000 injured."
    )
    assert claim(text, "58.9%").measure == claim(text, "63.4%").measure == "turnout"
    assert claim(text, "1,000").measure != claim(text, "214").measure


def test_all_of_a_whole_counts_the_whole_and_a_part_is_left_unnamed():
    assert claim("Troops were sent in, and all 41 of Ardley's schools are shut.", "41").measure == "school"
    assert claim("Of the 41 schools, 17 of them are shut.", "17").measure is None


def test_people_in_shelters_are_not_all_who_were_evacuated():
    text = "Authorities evacuated 7,400 people on Saturday. On Sunday night, 2,150 people slept in public shelters."
    assert (claim(text, "7,400").measure, claim(text, "2,150").measure) == ("evacuated", "sheltered")


def test_a_count_of_people_is_not_named_by_the_parts_after_a_dash():
    text = "The ferry had 155 people on board – 143 passengers and 12 crew."
    assert claim(text, "155").measure != claim(text, "143").measure


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        ("But in Lathmoor, where he lives, unemployment is at 7.9%.", "7.9%", "Lathmoor"),
        (
            "Lathmoor's unemployment rate was 7.9 per cent, compared with 4.8 per cent in the Calden region.",
            "7.9 per cent",
            "Lathmoor",
        ),
        (
            "Lathmoor's unemployment rate was 7.9 per cent, compared with 4.8 per cent in the Calden region.",
            "4.8 per cent",
            "Calden",
        ),
        ("Kestrel Bank's net profit rose 5% in May.", "5%", None),  # an organisation's figure
        ("Inflation was 3.4% nationally, while in Lowmere it was 3.0%.", "3.0%", "Lowmere"),
        # the place between a measure and its verb, at the sentence's start too, or a region's
        ("Prices in Saltcoast climbed 7.9 per cent.", "7.9 per cent", "Saltcoast"),
        ("Rates in the province of Orrindale were 4.1%.", "4.1%", "Orrindale"),
        # the place a "where" clause tells the figures of
        ("The party did best in Porthaven, where it won 31.5 per cent.", "31.5 per cent", "Porthaven"),
        ("But in Lathmoor, where Jake lives, unemployment is at 7.9%.", "7.9%", "Lathmoor"),
        (
            "She won 47.5 per cent in the Duraso capital region, where turnout reached 66.3 per cent.",
            "66.3 per cent",
            "Duraso",
        ),
        ("In the capital region, where rents rose fastest, inflation was 3.7%.", "3.7%", "capital region"),
        ("Across the city's 14 seats in the assembly, turnout was 61.9 per cent.", "61.9 per cent", "city"),
        # the part of a whole a "where" clause tells the figures of
        ("Most of the growth came from mobile, where revenue rose to €3.52bn.", "€3.52bn", "mobile"),
        ("The biggest change came in mathematics, where 78.4% passed.", "78.4%", "mathematics"),
        ("The river reached the town in the early hours, where it topped 5.2 metres.", "5.2 metres", None),
        ("In May, exports fell 4%.", "4%", None),  # a month opens no place
        ("Regular pay rose 4.6% in October-December.", "4.6%", None),  # nor a span of months
        # what is not a place: a name cut at a digit, a place in an aside about a person, an
        # organisation's possessive that is not what the figure measures
        ("In the ORBIT-2 study, 3,410 people took part.", "3,410", None),
        ("Forward Jan Meier, who was born in the Harbour district, scored 28 points.", "28", None),
        (
            "A court sentenced Mattias Grell, the governor of Orlesia's Kaldmark region, to 7.5 years.",
            "7.5 years",
            None,
        ),
        ("Tarnfield's latest survey found that 2,150 homes had flooded.", "2,150", None),
        ("Tarnfield's flood count rose to 2,150 homes.", "2,150", "Tarnfield"),
        # a level is read where it is measured
        ("The Wendle peaked at 5.93 metres at the Ashby gauge on Friday.", "5.93 metres", "Ashby"),
    ],
)
def test_a_place_opening_a_sentence_or_clause_or_right_after_a_figure_scopes_it(text, surface, scope):
    assert claim(text, surface).scope == scope


@pytest.mark.parametrize(
    "text",
    [
        "The river peaked at 5.93 metres on Friday, the highest level on record.",
        "The swollen river crested at an alarming 5.93 metres overnight.",
        "The River Wendle reached a record 5.93 metres at Ashby.",
        "The river burst its banks, hitting a high of 5.93 metres at dawn.",
    ],
)
def test_the_peak_of_a_river_is_a_peak_water_level_reached_not_an_earlier_level(text):
    peak = next(c for c in claims_of(text) if c.value == 5.93)
    assert (peak.measure, peak.state) == ("peak water level", None)


def test_a_length_that_peaked_is_no_water_level_when_the_sentence_names_no_water():
    assert (
        claim("The ash cloud peaked at 11 kilometres above the crater.", "11 kilometres").measure != "peak water level"
    )


def test_a_peak_the_level_fell_from_is_the_earlier_level():
    assert claim("Inflation eased to 3.1%, down from a peak of 9.4%.", "9.4%").state == "before"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Storm Maren brought gusts of up to 148km/h to the coast.", "148km/h"),
        ("Maren's winds gusted to 184 kilometres an hour at Skarnes Point.", "184 kilometres an hour"),
        ("The institute says the highest gust was 148km/h at Skarnes Point.", "148km/h"),
    ],
)
def test_a_gust_by_its_noun_or_its_verb_is_the_wind_gust(text, surface):
    assert claim(text, surface).measure == "wind gust"


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("The temperature in the city did not fall below 27.6C overnight.", "27.6C", "minimum temperature"),
        ("The mercury never dropped below 26.7C on Tuesday night.", "26.7C", "minimum temperature"),
        ("Overnight lows of 24C are forecast for the weekend.", "24C", "minimum temperature"),
        ("The river water it uses for cooling had warmed to 27C.", "27C", "water temperature"),
        ("The mercury hit 39C in Orvane.", "39C", "temperature"),
        ("Temperatures hit 43.1C in Orvane on Tuesday.", "43.1C", "temperature"),
    ],
)
def test_a_nights_low_and_the_waters_warmth_are_temperatures_of_their_own(text, surface, measure):
    assert claim(text, surface).measure == measure


def test_a_basis_written_after_a_change_names_no_measure():
    assert claim("The harvest came in at 9.42 million tonnes, +6.8% y/y, officials said.", "6.8%").measure != "y"


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        (
            "Ostvald Power Networks says 168,000 homes and businesses are without electricity.",
            "168,000",
            "without power",
        ),
        ("The storm cut power to 214,000 properties on Sunday.", "214,000", "without power"),
        ("At the height of the storm, 241,000 households were plunged into darkness.", "241,000", "peak without power"),
        ("The storm flooded 640 homes and at its height cut power to 214,000 properties.", "640", "home flooded"),
    ],
)
def test_those_left_without_power_are_one_measure_and_its_peak_another(text, surface, measure):
    assert claim(text, surface).measure == measure


def test_a_peak_is_no_reading_of_a_running_count():
    assert is_running_count("without power") and not is_running_count("peak without power")


def test_people_pulled_out_alive_are_the_rescued_and_shelters_open_a_running_count():
    text = "Rescue teams have pulled 74 people alive from collapsed buildings since the quake struck."
    assert claim(text, "74").measure == "rescued"
    assert is_running_count(claim("About 27,800 people were in 41 shelters by Wednesday evening.", "41").measure)


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("He now holds a 31-second cushion over Maravec.", "31-second", "lead"),
        ("It found 214 people sleeping rough, up from 167.", "214", "rough sleeper"),
        ("• 241 sleeping rough", "241", "rough sleeper"),
    ],
)
def test_a_cushion_is_a_lead_and_those_sleeping_rough_are_rough_sleepers(text, surface, measure):
    assert claim(text, surface).measure == measure


def test_what_has_been_declared_so_far_is_a_running_count():
    # "Nine hospitals had declared critical incidents by Thursday afternoon", "ELEVEN hospitals have declared"
    assert is_running_count(claim("Nine hospitals have declared critical incidents.", "Nine").measure)


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("Builders broke ground on 9,840 homes in the final quarter.", "9,840", "home started"),
        ("Construction started on 9,860 new homes in the first quarter.", "9,860", "home started"),
        ("Housing starts fell to 9,840.", "9,840", "home started"),
        ("We have permission for 4,000 homes that nobody has started building.", "4,000", "home approved"),
    ],
)
def test_homes_begun_and_homes_approved_are_two_measures(text, surface, measure):
    assert claim(text, surface).measure == measure


def test_a_change_in_brackets_after_a_labelled_figure_measures_what_the_label_names():
    assert claim("• Average monthly rent: €1,284 (+8.6% on a year earlier)", "8.6%").measure == "rent"


def test_species_are_counted_as_their_own_plural():
    assert claim("Biologists identified 14 species new to science.", "14").measure == "species"


def test_the_whole_a_part_was_lost_from_is_the_earlier_level():
    assert claim("The Green Left, which lost three of its 23 seats, said so.", "23").state == "before"
    assert claim("The firm will shed 300 of its 2,100 staff.", "2,100").state == "before"
    assert claim("The council will close five of its 19 branch libraries.", "19").state == "before"


def test_what_remains_after_a_change_is_the_later_level():
    assert claim("The city will keep 14 branch libraries and the Central Library.", "14").state == "after"
    assert claim("The retailer will be left with 78 stores.", "78").state == "after"


def test_a_rate_among_part_of_the_population_is_another_measure():
    text = "The jobless rate among under-25s is stuck at 18.7 per cent. The unemployment rate fell to 6.1%."
    assert claim(text, "18.7 per cent").measure != claim(text, "6.1%").measure == "unemployment rate"


def test_exports_to_a_place_no_gazetteer_knows_are_not_all_exports():
    text = "Exports rose 7.9% in October. Exports to Oskiria fell 3.1 per cent."
    assert claim(text, "3.1 per cent").measure == "export to oskiria" != claim(text, "7.9%").measure


def test_a_length_of_rain_is_rainfall_not_the_head_count_before_it():
    text = "More than 5,598 residents were evacuated after 543 mm of rain fell. Rainfall of 410mm was recorded."
    assert claim(text, "543 mm").measure == claim(text, "410mm").measure == "rainfall"


def test_a_verb_inside_a_compound_word_is_not_what_happened_to_a_count():
    text = "The 1991-built ferry was carrying 134 travellers."
    assert claim(text, "134").measure == "passenger"


def test_a_partys_percentage_after_won_or_took_is_its_vote_share():
    text = (
        "The Farmers' Party won 16.1% and 14 seats. The Civic Union took 31.2 per cent of the vote. It won a 20% stake."
    )
    assert claim(text, "16.1%").measure == claim(text, "31.2 per cent").measure == "vote share"
    assert claim(text, "20%").measure != "vote share"


def test_confirmed_cases_of_measles_are_one_measure_however_worded():
    text = "Officials have confirmed 61 cases of measles. Some 52 measles cases were confirmed in May."
    assert claim(text, "61").measure == claim(text, "52").measure == "measles case"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Savers have been told the compensation pot has paid out £31.2m so far.", "£31.2m"),
        ("Penhallow now faces up to 10 years behind bars when he is sentenced.", "10 years"),
    ],
)
def test_a_measure_never_ends_in_a_word_that_is_no_noun(text, surface):
    measure = claim(text, surface).measure
    assert measure is None or measure.split()[-1] not in {"far", "when", "over", "went", "so"}


def test_court_counts_are_told_apart_by_their_verdict():
    convicted = claim("A jury found him guilty of six counts of fraud.", "six").measure
    cleared = claim("He was cleared of two further counts of fraud.", "two").measure
    assert convicted and cleared and convicted != cleared


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("• Mission cost: £740 million", "£740 million", "mission cost"),  # a label after a bullet
        ("• Time at Corvina: 17 months", "17 months", "time"),  # the label's noun, not its place
        ("Passengers rose 6.2%, load factor 84.6%.", "84.6%", "load factor"),  # an item of a list
        ("Costs rose despite a 4.1% increase in capacity.", "4.1%", "capacity"),  # a change in a thing
        ("The capsule, a cone weighing 38 kg, landed.", "38 kg", "weight"),  # a verb that names it
        ("A comet mission would cost well over £1bn.", "£1bn", "cost"),
        ("Analysts forecast rent growth of 4% next year.", "4%", "rent"),  # what grows, not the growth
        ("House price growth of 2.2% was the slowest in a year.", "2.2%", "house price"),
        ("Reserves are now expected to fall to £24.8m.", "£24.8m", "reserve"),  # an outlook before the verb
        ("Output is set to rise to 9.4 million barrels a day.", "9.4 million barrels a day", "output"),
        # what "the number of" counts, when the words before the verb name nothing
        ("The number of homes flooded has risen to 2,610, the fire service said.", "2,610", "home flooded"),
        ("The number of unemployed people fell by 11,000 to 316,000.", "316,000", "unemployed"),
        # the period a measure is told for is no part of it
        ("The airline's fuel bill for the half came to $482 million, it said.", "$482 million", "fuel bill"),
        ("Some 55.9% of the city's 251,600 registered voters cast a ballot.", "55.9%", "turnout"),
        ("Samuel Tereki crosses the line in 2:06:38 and that is a new course record!", "2:06:38", "time"),
    ],
)
def test_labels_list_items_changes_verbs_and_counts_name_the_measure(text, surface, measure):
    assert claim(text, surface).measure == measure


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The station recorded 148 mm of rain on Monday, double the 74 mm that normally falls in October.", "74 mm"),
        ("Only 12 trains ran each hour instead of the usual 40 trains.", "40"),
    ],
)
def test_a_figure_of_what_is_usual_is_not_the_figure_of_what_happened(text, surface):
    usual = claim(text, surface)
    happened = next(c for c in claims_of(text) if c.surface != surface and c.unit == usual.unit)
    assert usual.measure is not None and happened.measure is not None
    assert usual.measure != happened.measure


def test_the_name_of_a_currency_is_no_measure():
    assert claim("He handed over 8,000 euros in an envelope.", "8,000 euros").measure is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("She took home a cheque for 8,000 euros as champion.", "8,000 euros"),
        ("The win was worth €12,000 to Stromvik.", "€12,000"),
        ("The title, her second in three years, is worth €164,000.", "€164,000"),
        ("Haraldsen pockets €123,000 in prize money.", "€123,000"),
    ],
)
def test_what_a_win_pays_is_prize_money(text, surface):
    assert claim(text, surface).measure == "prize money"


def test_a_prize_fund_is_not_a_winners_prize():
    assert claim("The federation raised the prize fund to €96,000.", "€96,000").measure != "prize money"


def test_doses_given_are_not_doses_on_order():
    given = claim("So far 1.24 million doses have been given in the campaign.", "1.24 million").measure
    ordered = claim("We have 2.1 million doses on order and more in the system.", "2.1 million").measure
    assert given != ordered


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("The SMI recorded a gust of 187 km/h, with sustained winds of 118 km/h.", "118 km/h", "sustained wind"),
        ("The headline wind figure is the 187 km/h gust at Cape Hallor.", "187 km/h", "wind gust"),  # its own noun
        ("Mobile (prepaid and contract) revenue rose 5.2%.", "5.2%", "mobile revenue"),  # past the brackets
    ],
)
def test_a_figures_own_noun_and_its_modifiers_name_it(text, surface, measure):
    assert claim(text, surface).measure == measure


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("cases", "case"),
        ("casualties", "casualty"),
        ("branches", "branch"),
        ("losses", "loss"),
        ("taxes", "tax"),
        ("headaches", "headache"),
        ("measles", "measles"),
    ],
)
def test_a_plural_head_noun_is_named_in_the_singular(plural, one):
    assert singular(plural) == one


def test_a_place_between_a_measure_and_its_verb_scopes_the_figure():
    figure = claim("House prices in Eldermoor rose 7.9% in the year to February.", "7.9%")
    assert (figure.measure, figure.scope) == ("house price", "Eldermoor")
    # a month there is the period, not a place
    assert claim("Sales in May rose 3.1%.", "3.1%").scope is None


def test_a_time_allowed_for_something_is_no_prison_sentence():
    assert claim("Borrowers were given five years to repay.", "five years").measure != "prison sentence"


def test_a_change_against_a_time_before_is_no_gap_between_two_things():
    assert claim("Exports were 5% lower than a year earlier.", "5%").measure == "export"


def test_a_time_of_day_is_no_sum_in_pence():
    assert [c.surface for c in claims_of("The fire had burned 5,750 hectares by 6 p.m. on Tuesday.")] == [
        "5,750 hectares"
    ]


def test_a_name_opening_a_sentence_is_no_part_of_the_measure():
    assert claim("Haraldsen hit 11 aces and 34 winners.", "11").measure == "ace"
    assert claim("Inflation rose to 2.4% in May.", "2.4%").measure == "inflation"


def test_of_a_part_and_its_whole_the_part_counts_the_jobs_to_go():
    text = "About 1,200 of the two firms' combined 9,400 jobs will go."
    assert claim(text, "1,200").measure == claim("The merger will cut 1,500 jobs.", "1,500").measure
    assert claim(text, "9,400").measure != claim(text, "1,200").measure


def test_a_part_named_after_its_whole_is_measured_by_what_happened_to_it():
    text = "Of the 214 glaciers mapped in 2000, 13 have vanished."
    assert claim(text, "13").measure == claim("Some 31 glaciers have vanished.", "31").measure


def test_an_amount_a_noun_follows_measures_that_noun_not_the_cue_before_it():
    text = "The group lifted earnings by 5.2% last year, but a €118m write-down and 850 job cuts overshadowed them."
    assert claim(text, "€118m").measure == claim("It booked a €181m write-down.", "€181m").measure
    assert claim(text, "€118m").measure != claim(text, "5.2%").measure
    assert claim(text, "850").measure == claim("The firm announced 580 job cuts.", "580").measure


def test_both_ends_of_a_range_measure_what_the_upper_end_names():
    found = claims_of("Officials expect between 40,000 and 42,000 new homes to be built this year.")
    assert [(c.qualifier, c.measure) for c in found] == [("at_least", "home"), ("at_most", "home")]


def test_an_institutions_view_of_what_is_to_come_is_a_forecast_of_what_it_names():
    found = claim("The bank now sees GDP expanding 1.6% in 2026, against 1.3% in November.", "1.6%")
    assert (found.qualifier, found.measure) == ("forecast", "gdp")


def test_a_capital_named_after_the_word_opens_its_scope():
    found = claim("In the capital Brenmouth it's even worse, with rents rocketing 11.2 per cent.", "11.2 per cent")
    assert (found.measure, found.scope) == ("rent", "Brenmouth")


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        (
            "Core inflation, which excludes food, energy, alcohol and tobacco, eased to 2.9% in October.",
            "2.9%",
            "core inflation",
        ),
        (
            "Underlying inflation – the figure the bank watches most closely, which leaves out food and fuel – jumped "
            "to 3.8 per cent.",
            "3.8 per cent",
            "core inflation",
        ),
        (
            "The harmonised index of consumer prices (HICP), the measure used for comparisons, rose 3.6% y/y.",
            "3.6%",
            "harmonised inflation",
        ),
    ],
)
def test_an_aside_between_a_figures_subject_and_its_verb_names_nothing(text, surface, measure):
    assert claim(text, surface).measure == measure


def test_a_list_item_after_a_comma_is_no_aside():
    text = "By model, the Arca range accounted for 142,000 deliveries, the Sollen compact for 97,500."
    assert claim(text, "97,500").measure == "delivery"


def test_exports_of_goods_and_services_are_all_exports_and_of_goods_a_part():
    assert claim("Exports of goods and services rose 2.7% in the quarter.", "2.7%").measure == "export"
    assert claim("Exports of goods rose 3.4% in the quarter.", "3.4%").measure == "good export"


def test_a_gap_by_which_one_thing_exceeds_another_measures_neither():
    assert claim("Exports exceeded imports by €21.4bn, the widest gap in two years.", "€21.4bn").measure is None


def test_an_aside_with_figures_of_its_own_still_names_nothing_of_the_figure_after_it():
    text = "The fund, which covers losses of up to €20,000 per person, has paid out €14.6 million to investors."
    assert "loss" not in (claim(text, "€14.6 million").measure or "")


def test_a_change_against_the_same_quarter_before_is_no_gap_between_two_things():
    assert (
        claim("Output was 1.5 per cent higher than in the third quarter of 2024.", "1.5 per cent").measure == "output"
    )


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        ("Wage growth slowed to 4.1% in March.", "4.1%", "wage"),
        ("Inflation cooled to 2.1% in May.", "2.1%", "inflation"),
        ("The bank now sees the economy growing 0.6% this year.", "0.6%", "gdp"),
        ("The economy is now 1.9% bigger than a year ago.", "1.9%", "gdp"),
        ("• Rent growth, year on year: 8.4%", "8.4%", "rent"),  # a label's qualifier after a comma
        ("• Completions, 2025: 21,400", "21,400", "home completed"),
    ],
)
def test_a_verb_of_a_changes_pace_and_a_qualified_label_name_the_measure(text, surface, measure):
    assert claim(text, surface).measure == measure


def test_others_counted_with_a_counts_people_are_part_of_its_measure():
    assert claim("The doomed ship had 321 passengers and crew on board.", "321").measure == "passenger and crew"
    assert claim("It carried 287 passengers and 25 crew.", "287").measure == "passenger"


def test_shares_of_gdp_are_told_apart_by_what_they_measure():
    text = (
        "Defence gets €4.1bn, or 1.7% of GDP, up from 1.5% this year. The deficit will narrow to 3.1% of GDP "
        "in 2026. Public debt stands at 68% of GDP."
    )
    shares = [c.measure for c in claims_of(text) if c.unit == "percent"]
    assert shares == ["defence gdp share", "defence gdp share", "deficit gdp share", "debt gdp share"]


def test_a_publications_title_names_no_measure():
    text = "In its quarterly Inflation Report, the bank cut its forecast for growth to 1.4 per cent."
    assert claim(text, "1.4 per cent").measure != "inflation"
    assert claim("Inflation rose to 3.1% in May.", "3.1%").measure == "inflation"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The River Veska hit a terrifying 6.78 metres (22ft) at Tullenbrook yesterday.", "6.78 metres"),
        ("The river rose to a record 5.2m at Dorrin on Sunday.", "5.2m"),
    ],
)
def test_a_level_water_rose_to_is_its_peak_and_is_read_where_it_was_measured(text, surface):
    level = claim(text, surface)
    assert (level.unit, level.measure) == ("metre", "peak water level")
    assert level.scope in ("Tullenbrook", "Dorrin")


def test_a_height_a_wave_reached_is_no_water_level():
    assert claim("The wave hit a height of 7m.", "7m").measure != "peak water level"

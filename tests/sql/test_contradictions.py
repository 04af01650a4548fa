"""The numeric contradiction rule (sql/internal/numeric_contradictions.sql) on given rows."""

import duckdb
import pytest

from flows import warehouse

PUBLISHERS = {}


def add_claim(
    con,
    article: str,
    value: float,
    *,
    decimals: int = 1,
    measure="export to united states",
    found_by="cue",
    scope=None,
    scope_is_country=False,
    unit="percent",
    period="2025-05",
    basis=None,
    qualifier="actual",
    state=None,
    running_count=False,
    time_of_day=None,
    in_list=False,
    duplicate_of=None,
    published_at="2025-06-10",
    story="story",
    publisher=None,
    text=None,
):
    """One article (if new, in ``story``, by ``publisher``, its ``text`` or words of its own) with
    one sentence holding one claim: the whole text, its figure where ``text`` first gives the value
    as a whole number, or else at the start."""
    if not con.execute("select 1 from dim_articles where article_id = ?", [article]).fetchall():
        source_id = None
        if publisher:
            con.execute(
                "insert into dim_sources (publisher) select ? where ? not in (select publisher from dim_sources)",
                [publisher, publisher],
            )
            source_id = con.execute("select source_id from dim_sources where publisher = ?", [publisher]).fetchone()[0]
        con.execute(
            "insert into dim_articles (article_id, source_file, format, clean_text, duplicate_of, published_at, "
            "source_id, run_id, loaded_at) values (?, ?, 'txt', ?, ?, ?, ?, 'r', now())",
            [article, f"{article}.txt", text or f"{article}.", duplicate_of, published_at, source_id],
        )
        con.execute("insert into stg_story_members values (?, ?, 1.0)", [article, story])
    number = con.execute("select count(*) + 1 from stg_sentences where article_id = ?", [article]).fetchone()[0]
    figure_at = max((text or "").find(f"{value:g}"), 0)
    con.execute("insert into stg_sentences values (?, ?, 0, 200)", [article, number])
    con.execute(
        """insert into fct_claims by name select
            ? as claim_id, ? as article_id, ? as sentence_no, ? as char_start, ? as char_end, ? as surface,
            ? as value, ? as decimals, ? as unit, ? as period, ? as basis, ? as qualifier, ? as state,
            ? as measure, ? as measure_found_by, ? as scope, ? as scope_is_country, ? as time_of_day,
            ? as running_count, ? as in_list""",
        [
            f"{article}:{number}",
            article,
            number,
            figure_at,
            figure_at + len(f"{value:g}"),
            f"{value}",
            value,
            decimals,
            unit,
            period,
            basis,
            qualifier,
            state,
            measure,
            found_by,
            scope,
            scope_is_country,
            time_of_day,
            running_count,
            in_list,
        ],
    )


def rows(con, view="contradictions"):
    warehouse.refresh_contradictions(con)
    return con.execute(
        "select source_file_a, value_a, source_file_b, value_b, has_consensus, description, confidence, story_id "
        f"from {view} where kind = 'numeric' order by value_a"
    ).fetchall()


def test_an_outlier_is_paired_with_consensus_evidence(con):
    for article in ("a", "b", "c"):
        add_claim(con, article, 34.5, basis="yoy", publisher=article)
    add_claim(con, "d", 12.7, publisher="d")  # an unstated basis takes the one the others state
    (found,) = rows(con)
    assert found[:2] == ("d.txt", 12.7)
    assert found[2] in {"a.txt", "b.txt", "c.txt"} and found[3] == 34.5
    assert found[4] is True and "3 independent sources" in found[5]
    assert found[6] >= 0.9 and found[7] == "story"


def test_an_article_contradicting_itself_is_flagged(con):
    add_claim(con, "a", 12.7, publisher="a")
    add_claim(con, "a", 34.5, basis="yoy")
    add_claim(con, "b", 34.5, publisher="b")
    add_claim(con, "c", 34.5, publisher="c")
    (found,) = rows(con)
    assert (found[0], found[1], found[3]) == ("a.txt", 12.7, 34.5)


def test_two_values_one_article_gives_against_one_other_witness_stay_below_the_line(con):
    # the storm's winds before and after it weakened, two parties' shares: one other source
    # saying one of them does not make the other an error
    add_claim(con, "a", 12.7, publisher="a")
    add_claim(con, "a", 34.5, basis="yoy")
    add_claim(con, "b", 34.5, publisher="b")
    assert rows(con) == []
    (candidate,) = rows(con, "contradiction_candidates")
    assert candidate[1] == 12.7 and candidate[6] < 0.6


def test_a_value_two_witnesses_state_is_a_quantity_of_its_own(con):
    # the airport's gust against the cape's record one
    for article in ("a", "b", "c"):
        add_claim(con, article, 187.0, unit="km_per_hour", publisher=article)
    for article in ("d", "e"):
        add_claim(con, article, 130.0, unit="km_per_hour", publisher=article)
    assert rows(con) == []


def test_a_value_three_witnesses_of_the_story_state_under_any_measure_is_a_quantity_of_the_story(con):
    # the main shock's magnitude 6.4 that every outlet gives, against the strongest aftershock's 5.2
    quake = {"unit": "magnitude", "period": None}
    for article in ("a", "b", "c"):
        add_claim(con, article, 6.4, measure="earthquake", publisher=article, **quake)
    for article in ("d", "e"):
        add_claim(con, article, 5.2, measure="magnitude", publisher=article, **quake)
    add_claim(con, "c", 6.4, measure="magnitude", **quake)
    assert rows(con) == []
    assert [row[:2] for row in rows(con, "contradiction_candidates")] == [("c.txt", 6.4)]


@pytest.mark.parametrize(
    "demand", ["Prosecutors had asked for 21 years.", "It was close to the 21 years sought by the prosecution."]
)
def test_a_figure_asked_for_is_no_quantity_of_the_story(con, demand):
    # the sentence the prosecution asked for, 21 years, given by an article as the one imposed
    sentence = {"measure": "prison sentence", "unit": "year", "period": None, "decimals": 0}
    for article in ("a", "b", "c"):
        add_claim(con, article, 19.0, publisher=article, **sentence)
        add_claim(
            con, f"{article}-demand", 21.0, publisher=f"{article}-demand", text=demand, **sentence | {"measure": None}
        )
    add_claim(con, "d", 21.0, publisher="d", text="He was caged for 21 years.", **sentence)
    (found,) = rows(con)
    assert found[:2] == ("d.txt", 21.0) and found[3] == 19.0


@pytest.mark.parametrize(
    ("measure", "unit", "text"),
    [
        ("prison sentence", "year", "The prosecutor, who wanted him locked up for 9 years, spoke."),
        ("margin", "count", "Strategists had privately hoped for a majority of about 9."),
    ],
)
def test_a_figure_asked_or_hoped_for_is_no_error_against_the_one_that_came_about(con, measure, unit, text):
    figure = {"measure": measure, "unit": unit, "period": None, "decimals": 0}
    for article in ("a", "b", "c"):
        add_claim(con, article, 7.0, publisher=article, **figure)
    add_claim(con, "d", 9.0, publisher="d", text=text, **figure)
    assert rows(con) == []


def test_a_figure_its_sentence_says_the_consensus_changed_into_is_an_update(con):
    # "the recount cut her majority from 242 to 219 votes"
    for article in ("a", "b", "c"):
        add_claim(con, article, 242.0, unit="count", publisher=article)
    add_claim(con, "d", 219.0, unit="count", state="after", publisher="d")
    con.execute(
        "insert into fct_claims by name select 'd:0' as claim_id, 'd' as article_id, 1 as sentence_no, "
        "0 as char_start, 3 as char_end, '242' as surface, 242.0 as value, 0 as decimals, 'count' as unit, "
        "'2025-05' as period, 'actual' as qualifier, 'before' as state, 'export to united states' as measure, "
        "'cue' as measure_found_by"
    )
    assert rows(con) == []
    (candidate,) = rows(con, "contradiction_candidates")
    assert candidate[1] == 219.0


def test_a_figure_whose_sentence_names_the_consensus_value_after_from_is_an_update(con):
    for article in ("a", "b", "c"):
        add_claim(con, article, 212, decimals=0, unit="count", measure="shelter", publisher=article)
    text = "By Saturday night, 9,800 people were still in 164 shelters, down from 14,600 in 212 shelters that morning."
    add_claim(con, "d", 164, decimals=0, unit="count", measure="shelter", publisher="d", text=text)
    assert rows(con) == []
    assert [row[1] for row in rows(con, "contradiction_candidates")] == [164.0]


def test_rows_grow_with_outliers_not_with_articles(con):
    for i in range(300):
        add_claim(con, f"a{i}", 34.5)
    add_claim(con, "odd", 12.7)
    assert len(rows(con)) == 1


def test_two_sources_two_values_say_there_is_no_consensus(con):
    add_claim(con, "a", 4.8)
    add_claim(con, "b", 5.6)
    (found,) = rows(con, "contradiction_candidates")
    assert found[4] is False and "no consensus" in found[5]
    assert rows(con) == []  # one source against one: below the line


def test_two_values_one_article_gives_side_by_side_are_no_contradiction_without_a_consensus(con):
    # "the Game 7 record of 39 points ... clawed back from 17 points down": two quantities
    add_claim(con, "a", 39, measure="point", unit="count", period=None, publisher="a")
    add_claim(con, "a", 17, measure="point", unit="count", period=None)
    add_claim(con, "b", 39, measure="point", unit="count", period=None, publisher="b")
    add_claim(con, "c", 17, measure="point", unit="count", period=None, publisher="c")
    assert rows(con, "contradiction_candidates") != []
    assert rows(con) == []


def test_one_source_against_one_crosses_the_line_in_one_sentence_with_a_figure_changed(con):
    add_claim(con, "a", 7.1, text="Annual inflation in Vietnam eased to 7.1% in March, official data said.")
    add_claim(con, "b", 4.7, text="Annual inflation in Vietnam eased to 4.7% in March, official data said.")
    (found,) = rows(con)
    assert found[4] is False and {found[1], found[3]} == {7.1, 4.7}


def test_one_source_against_one_crosses_the_line_with_a_typos_digits(con):
    add_claim(con, "a", 38.6, measure="orbital period", publisher="a")
    add_claim(con, "b", 36.8, measure="orbital period", publisher="b")
    (found,) = rows(con)
    assert found[4] is False and {found[1], found[3]} == {38.6, 36.8}


def test_a_publisher_is_one_witness_however_many_articles_repeat_a_figure(con):
    add_claim(con, "a1", 4.8, publisher="Wire")
    add_claim(con, "a2", 4.8, publisher="Wire")
    add_claim(con, "b", 5.6, publisher="Gazette")
    (found,) = rows(con, "contradiction_candidates")
    assert found[4] is False  # one publisher against one: no consensus


def test_a_near_duplicate_copy_is_not_a_second_witness(con):
    add_claim(con, "a", 4.8)
    add_claim(con, "a_copy", 4.8, duplicate_of="a")
    add_claim(con, "b", 5.6)
    (found,) = rows(con, "contradiction_candidates")
    assert found[4] is False


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"value": 34.5}, {"value": 34.50, "decimals": 2}),  # same figure, more digits
        ({"value": 2.1}, {"value": 2.13, "decimals": 2}),  # agree at one decimal
        ({"value": 12000, "decimals": -3}, {"value": 12500, "decimals": -2}),  # a round figure for 12,500
        ({"value": 145, "state": "before"}, {"value": 30, "state": "after"}),  # from 145% to 30%
        ({"value": 4.8}, {"value": 5.0, "qualifier": "forecast"}),  # poll vs actual
        ({"value": 4.8}, {"value": 5.0, "qualifier": "preliminary"}),  # a first estimate, revised
        ({"value": 34.5}, {"value": 21, "period": "2025-04"}),  # May vs April
        ({"value": 4.8, "period": "2024"}, {"value": 5.6, "period": "2025"}),  # two years
        ({"value": 90, "measure": "processing share"}, {"value": 70, "measure": "mining share"}),
        ({"value": 0.5, "basis": "mom"}, {"value": 2.0, "basis": "yoy"}),
        ({"value": 5.1}, {"value": 11.2, "measure": "youth unemployment rate"}),  # a component
        ({"value": 5.1, "scope": "Tollmarsh"}, {"value": 3.8}),  # a region against the whole
        ({"value": 34.5}, {"value": 12.7, "story": "another story"}),  # another event
        ({"value": 30, "qualifier": "at_least"}, {"value": 34}),  # a bound and a figure within it
        # a hedge holds a whole unit of its last digit: "almost €2.85 billion" and €2.84 billion
        ({"value": 2.85, "decimals": 2, "qualifier": "approximate"}, {"value": 2.84, "decimals": 2}),
        ({"value": 4.8, "measure": None}, {"value": 5.6, "measure": None}),  # nothing says what they measure
        (  # a toll read at two times of one day
            {"value": 12, "unit": "people", "measure": "death", "running_count": True, "time_of_day": "morning"},
            {"value": 19, "unit": "people", "measure": "death", "running_count": True, "time_of_day": "evening"},
        ),
        (  # a queue counted on two days its sentences name
            {"value": 46, "unit": "count", "measure": "lorry", "period": "2025-06-09"},
            {"value": 31, "unit": "count", "measure": "lorry", "period": "2025-06-10"},
        ),
        (  # a toll read on two days
            {"value": 12, "unit": "people", "measure": "death", "running_count": True, "published_at": "2025-06-10"},
            {"value": 19, "unit": "people", "measure": "death", "running_count": True, "published_at": "2025-06-11"},
        ),
    ],
)
def test_false_friends_are_not_contradictions(con, first, second):
    add_claim(con, "a", first.pop("value"), **first)
    add_claim(con, "b", second.pop("value"), **second)
    assert rows(con, "contradiction_candidates") == []


def test_figures_of_one_list_in_one_article_are_not_a_contradiction(con):
    add_claim(con, "a", 12.7, in_list=True)
    add_claim(con, "a", 34.5, in_list=True)
    assert rows(con, "contradiction_candidates") == []


def test_a_coarse_figure_does_not_blur_finer_ones():
    connection = duckdb.connect()
    warehouse.apply_schema(connection)
    add_claim(connection, "a", 3.8)
    add_claim(connection, "b", 3.8)
    add_claim(connection, "c", 4.1)
    add_claim(connection, "d", 2, decimals=0)
    outliers = {(file, value) for file, value, *_ in rows(connection)}
    assert outliers == {("c.txt", 4.1), ("d.txt", 2)}


def test_evidence_comes_from_another_article_when_one_agrees(con):
    add_claim(con, "a", 12.7, publisher="a")
    add_claim(con, "a", 34.5)
    add_claim(con, "b", 34.5, publisher="b")
    add_claim(con, "c", 34.5, publisher="c")
    (found,) = rows(con)
    assert found[0] == "a.txt" and found[2] in {"b.txt", "c.txt"}


def test_a_weaker_key_lowers_confidence_below_the_line(con):
    weak = {"found_by": "phrase", "running_count": True, "unit": "people", "measure": "death"}
    add_claim(con, "a", 12, **weak)
    add_claim(con, "b", 19, **weak)
    (candidate,) = rows(con, "contradiction_candidates")
    assert candidate[6] < 0.6
    assert rows(con) == []


def test_a_slipped_scale_is_a_contradiction_but_a_total_and_a_share_are_not_confidently_one(con):
    add_claim(con, "a", 4.82e9, unit="USD", measure="budget", decimals=-7)
    add_claim(con, "b", 4.82e9, unit="USD", measure="budget", decimals=-7)
    add_claim(con, "c", 4.82e6, unit="USD", measure="budget", decimals=-4)
    add_claim(con, "d", 9130, unit="USD", measure="budget", decimals=0)
    found = {value: confidence for _, value, _, _, _, _, confidence, _ in rows(con, "contradiction_candidates")}
    assert found[4.82e6] >= 0.6 > found[9130]


def test_forecasts_are_compared_with_forecasts_and_need_two_other_witnesses(con):
    forecast = {"qualifier": "forecast", "measure": "gdp", "period": "2025"}
    add_claim(con, "a", 0.8, publisher="a", **forecast)
    add_claim(con, "c", 0.6, publisher="c", **forecast)
    assert rows(con) == []  # one outlet against another may be quoting two forecasters
    assert len(rows(con, "contradiction_candidates")) == 1
    add_claim(con, "b", 0.8, publisher="b", **forecast)
    (found,) = rows(con)
    assert found[:2] == ("c.txt", 0.6) and "forecast" in found[5]


def test_forecasts_for_two_days_are_two_forecasts_but_a_plan_told_the_day_before_is_not(con):
    weather = {"qualifier": "forecast", "measure": "temperature", "unit": "degree_celsius", "decimals": 0}
    add_claim(con, "a", 39, publisher="a", period="2025-08-13", published_at="2025-08-13", **weather)
    add_claim(con, "b", 39, publisher="b", period="2025-08-13", published_at="2025-08-13", **weather)
    add_claim(con, "c", 37, publisher="c", period="2025-08-14", published_at="2025-08-14", **weather)
    assert rows(con, "contradiction_candidates") == []  # "39C this afternoon" and, a day later, "37C today"
    cuts = {"qualifier": "forecast", "measure": "job cut", "unit": "count", "decimals": 0, "published_at": "2025-03-07"}
    add_claim(con, "d", 480, publisher="d", period="2025", **cuts)
    add_claim(con, "e", 480, publisher="e", period="2025", **cuts)
    add_claim(con, "f", 350, publisher="f", period="2025-03-06", **cuts)  # "in a restructuring announced yesterday"
    assert [row[:2] for row in rows(con)] == [("f.txt", 350)]


def test_two_small_counts_are_as_often_two_parts_as_a_count_and_its_error(con):
    planes = {"measure": "water-bombing plane", "unit": "count", "decimals": 0, "period": None}
    for article, value in (("a", 2), ("b", 2), ("c", 5)):
        add_claim(con, article, value, publisher=article, story="fire", **planes)
    crews = {"measure": "fire crew", "unit": "count", "decimals": 0, "period": None}
    for article, value in (("d", 20), ("e", 20), ("f", 50)):
        add_claim(con, article, value, publisher=article, story="flood", **crews)
    assert [row[:2] for row in rows(con)] == [("f.txt", 50)]
    assert [row[:2] for row in rows(con, "contradiction_candidates")] == [("c.txt", 5), ("f.txt", 50)]
    con.execute("update fct_claims set holder = 'Lessara' where article_id in ('a', 'b', 'c')")
    assert [row[:2] for row in rows(con)] == [("c.txt", 5), ("f.txt", 50)]  # one name's planes


def test_an_old_forecast_and_a_new_one_in_one_article_are_not_a_contradiction(con):
    add_claim(con, "a", 0.8, qualifier="forecast", measure="gdp", period="2025")
    add_claim(con, "a", 1.2, qualifier="forecast", measure="gdp", period="2025")
    assert rows(con, "contradiction_candidates") == []


def test_a_figure_said_to_be_national_is_the_storys_own(con):
    add_claim(con, "a", 61, unit="people", measure="hospitalised", scope="national", publisher="a")
    add_claim(con, "b", 61, unit="people", measure="hospitalised", publisher="b")
    add_claim(con, "c", 16, unit="people", measure="hospitalised", publisher="c")
    assert [row[:2] for row in rows(con)] == [("c.txt", 16)]


def test_an_article_dated_years_from_its_story_is_compared_on_the_storys_period(con):
    for article in ("a", "b", "c"):
        add_claim(con, article, 87.3, measure="load factor", period="2025-Q3", publisher=article)
    # a wrong byline year turned "in the quarter" into 2019's third quarter
    add_claim(con, "d", 83.7, measure="load factor", period="2019-Q3", published_at="2019-06-10", publisher="d")
    assert [row[:2] for row in rows(con)] == [("d.txt", 83.7)]


def test_a_figure_of_a_year_named_outright_keeps_it_in_an_article_dated_elsewhere(con):
    for article in ("a", "b", "c"):
        add_claim(con, article, 87.3, measure="load factor", period="2025-Q3", publisher=article)
    add_claim(con, "d", 83.7, measure="load factor", period="2011-Q3", published_at="2019-06-10", publisher="d")
    assert rows(con, "contradiction_candidates") == []


def test_the_one_country_a_storys_figures_name_is_the_storys_own(con):
    korea = {"scope": "South Korea", "scope_is_country": True, "measure": "core inflation"}
    add_claim(con, "a", 3.0, publisher="a", measure="core inflation")
    add_claim(con, "b", 3.0, publisher="b", **korea)
    add_claim(con, "c", 1.8, publisher="c", **korea)
    assert [row[:2] for row in rows(con)] == [("c.txt", 1.8)]


@pytest.mark.parametrize(
    ("told", "compared"),
    [
        ("Tarvonia's central bank held rates.", True),
        ("Registered in Tarvonia. All rights reserved.", True),
        ("Tarvonia's trade surplus widened.", True),
        ("Tarvonia's unemployment rate fell.", False),  # a region has one too
    ],
)
def test_a_place_no_gazetteer_knows_is_a_country_when_its_story_says_so(con, told, compared):
    tarvonia = {"scope": "Tarvonia", "scope_is_country": False, "measure": "trade surplus"}
    add_claim(con, "a", 5.5, publisher="a", measure="trade surplus", text=told)
    add_claim(con, "b", 5.5, publisher="b", **tarvonia)
    add_claim(con, "c", 5.5, publisher="c", measure="trade surplus")
    add_claim(con, "d", 5.8, publisher="d", measure="trade surplus")
    found = [row[:2] for row in rows(con)]
    assert found == [("d.txt", 5.8)]
    assert (rows(con, "contradiction_candidates")[0][5].count("2 independent sources") == 0) is compared


def test_figures_of_two_countries_are_not_compared_with_each_other_or_the_unscoped(con):
    add_claim(con, "a", 3.0, measure="export", scope="China", scope_is_country=True)
    add_claim(con, "b", 4.5, measure="export", scope="Japan", scope_is_country=True)
    add_claim(con, "c", 1.8, measure="export")
    assert rows(con, "contradiction_candidates") == []


def test_one_article_listing_many_figures_of_a_measure_is_one_witness_and_no_contradiction(con):
    bonds = {"unit": "USD", "measure": "bond", "period": None}
    for value, decimals in ((70000, -4), (72500, -2), (326000, -3), (268500, -2), (516000, -3)):
        add_claim(con, "log", value, decimals=decimals, **bonds)  # an arrest log, one person a line
    assert rows(con, "contradiction_candidates") == []


def test_several_values_each_given_by_two_sources_are_several_quantities_not_one_fact(con):
    seats = {"unit": "count", "measure": "seat", "decimals": 0, "period": "2025"}
    for article in ("a", "b", "c"):  # every outlet lists each party's seats
        for value in (29, 22, 14):
            add_claim(con, article, value, publisher=article, **seats)
    assert rows(con) == []  # nothing above the line: each party's seats, not one figure and its errors


def test_an_unstated_period_takes_the_one_most_sources_state(con):
    add_claim(con, "a", 5.5, publisher="a", period="2025-10")
    add_claim(con, "b", 5.5, publisher="b", period="2025-10")
    add_claim(con, "c", 5.5, publisher="c", period="2025-10")
    add_claim(con, "d", 5.5, publisher="d", period="2025-09")  # a stray period one article resolved
    add_claim(con, "e", 5.8, publisher="e", period=None)
    assert [row[:2] for row in rows(con)] == [("e.txt", 5.8)]


def test_readings_of_a_running_count_without_a_time_are_not_confidently_a_contradiction(con):
    toll = {"unit": "people", "measure": "death", "decimals": 0, "period": None, "running_count": True}
    for article in ("a", "b", "c"):
        add_claim(con, article, 214, publisher=article, **toll)
    add_claim(con, "early", 48, publisher="early", **toll)  # an earlier reading
    add_claim(con, "typo", 241, publisher="typo", **toll)  # the same digits in another order
    assert [row[:2] for row in rows(con)] == [("typo.txt", 241)]
    assert {row[:2] for row in rows(con, "contradiction_candidates")} == {("early.txt", 48), ("typo.txt", 241)}


@pytest.mark.parametrize(
    ("outlier", "confident"),
    [
        (39, True),  # near the consensus: an old figure, a misread
        (43, True),  # its digits in another order: a typo
        (340, True),  # its digits at another scale
        (150, False),  # more than three times the consensus with other digits: the fleet, not the ships hit
        (714, False),
    ],
)
def test_figures_far_apart_with_other_digits_are_more_often_two_quantities(con, outlier, confident):
    ships = {"unit": "count", "measure": "vessel", "decimals": 0, "period": "2026"}
    for article in ("a", "b", "c"):
        add_claim(con, article, 34, publisher=article, **ships)
    add_claim(con, "d", outlier, publisher="d", **ships)
    assert {row[:2] for row in rows(con, "contradiction_candidates")} == {("d.txt", outlier)}
    assert ([row[:2] for row in rows(con)] == [("d.txt", outlier)]) is confident


def test_figures_held_by_two_different_names_are_not_confidently_a_contradiction(con):
    seats = {"unit": "count", "measure": "seat", "decimals": 0, "period": "2021", "state": "before"}
    add_claim(con, "a", 27, publisher="a", **seats)
    add_claim(con, "b", 24, publisher="b", **seats)
    add_claim(con, "c", 24, publisher="c", **seats)
    con.execute(
        "update fct_claims set holder = case article_id when 'a' then 'Green-Left Alliance' else 'Aldvere First' end"
    )
    assert rows(con) == []
    con.execute("update fct_claims set holder = null")
    assert [row[:2] for row in rows(con)] == [("a.txt", 27)]


def test_a_figure_given_to_a_name_no_consensus_claim_is_given_to_is_not_confidently_a_contradiction(con):
    sentence = {"unit": "year", "measure": "sentence", "decimals": 2, "period": "2025-10"}
    add_claim(con, "a", 3.33, publisher="a", **sentence)  # the finance director's
    add_claim(con, "b", 6.67, publisher="b", **sentence)  # the chief executive's, named
    add_claim(con, "c", 6.67, publisher="c", **sentence)  # the chief executive's, unnamed
    con.execute("update fct_claims set holder = 'Ines Calloway' where article_id = 'a'")
    con.execute("update fct_claims set holder = 'Darragh Pelow' where article_id = 'b'")
    assert rows(con) == []
    con.execute("update fct_claims set holder = null where article_id = 'b'")
    assert [row[:2] for row in rows(con)] == [("a.txt", 3.33)]  # nothing says whose the six years are


def test_a_preliminary_figure_and_its_revision_are_a_revision_not_a_contradiction(con):
    gain = {"unit": "count", "measure": "job", "decimals": -3, "period": "2025-10"}
    add_claim(con, "wire", 24000, publisher="wire", qualifier="preliminary", **gain)
    add_claim(con, "wire", 31000, publisher="wire", qualifier="revised", **gain)
    add_claim(con, "daily", 31000, publisher="daily", **gain)
    assert rows(con, "contradiction_candidates") == []
    assert con.execute("select preliminary_value, revised_value, period from revisions").fetchall() == [
        (24000, 31000, "2025-10")
    ]


def test_a_year_long_past_that_one_source_names_does_not_date_the_storys_own_figures(con):
    quake = {"unit": "magnitude", "measure": "earthquake", "period": None, "published_at": "2025-06-14"}
    for article in ("a", "b", "c"):
        add_claim(con, article, 6.8, publisher=article, **quake)
    add_claim(con, "history", 7.2, publisher="history", **(quake | {"period": "1987"}))  # "since 1987, when ..."
    assert rows(con, "contradiction_candidates") == []


def test_a_year_long_past_that_several_sources_name_does_not_date_the_storys_own_figures(con):
    share = {"unit": "percent", "measure": "vote share", "published_at": "2025-06-10"}
    for article in ("a", "b"):
        add_claim(con, article, 11.7, publisher=article, period="2021", **share)  # "it won 11.7% in 2021"
    for article in ("c", "d", "e"):
        add_claim(con, article, 11.2, publisher=article, period=None, **share)  # this election's
    assert rows(con, "contradiction_candidates") == []


def misprint_story(con, outlier: float, **outlier_key):
    """Three publishers give 2,314 victims; a fourth words it its own way with ``outlier``."""
    for article in ("a", "b", "c"):
        add_claim(con, article, 2314, decimals=0, unit="people", measure="victim", publisher=article)
    key = {"decimals": 0, "unit": "people", "measure": "borrower", **outlier_key}
    add_claim(con, "d", outlier, publisher="d", **key)


def test_the_consensus_digits_in_another_order_are_a_misprint_however_the_measure_is_worded(con):
    misprint_story(con, 2341)
    (found,) = rows(con)
    assert found[:4] == ("d.txt", 2341, found[2], 2314) and found[2] != "d.txt"
    assert "same digits" in found[5] and found[6] >= 0.6


@pytest.mark.parametrize(
    ("outlier", "outlier_key"),
    [
        (2500, {}),  # other digits: two quantities worded two ways
        (2341, {"period": "2024-05"}),  # another period
        (2341, {"unit": "EUR"}),  # another unit
        (23410, {}),  # another scale, and the measures do not say it is one quantity
        (12340, {}),  # its digits in another order and scale: another quantity, not a slip
        (2341, {"qualifier": "at_least"}),  # a bound
    ],
)
def test_a_figure_worded_its_own_way_is_no_misprint_without_the_same_digits_and_key(con, outlier, outlier_key):
    misprint_story(con, outlier, **outlier_key)
    assert rows(con, "contradiction_candidates") == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (2314, 2341, True),
        (14800, 18400, True),
        (48, 480, True),  # another scale
        (204, 240, True),  # a zero moved within as many digits
        (204, 24, False),  # a zero dropped is another figure, not a transposition
        (2314, 2315, False),
        (68.4 * 1e9, 68.4e6, True),  # a scaled value's binary remainder is no digit
    ],
)
def test_same_digits_are_the_significant_digits_in_another_order_or_scale(con, a, b, same):
    assert con.execute("select same_digits(?, ?)", [a, b]).fetchone() == (same,)


def test_last_years_figure_beside_this_years_passed_off_as_this_years_is_a_contradiction(con):
    # a results table's row gives 9.80m for Q2 2025 and 9.23m for Q2 2024; another outlet gives
    # 9.23m for Q2 2025: last year's figure, not a second quantity of this year's
    key = {"decimals": -4, "unit": "count", "measure": "passenger", "period": "2025-Q2"}
    for article in ("a", "b", "c"):
        add_claim(con, article, 9.8e6, publisher=article, **key)
    con.execute(
        "insert into fct_claims by name select 'a:last' as claim_id, 'a' as article_id, 1 as sentence_no, "
        "5 as char_start, 10 as char_end, '9.23m' as surface, 9.23e6 as value, -4 as decimals, "
        "'count' as unit, '2024-Q2' as period, 'actual' as qualifier, 'passenger' as measure, "
        "'column' as measure_found_by, false as scope_is_country, false as running_count, true as in_list"
    )
    add_claim(con, "d", 9.23e6, publisher="d", **key)
    (found,) = rows(con)
    assert (found[0], found[1], found[3]) == ("d.txt", 9.23e6, 9.8e6)


@pytest.mark.parametrize(
    ("outlier_day", "flagged"),
    [
        ({"period": None, "published_at": "2025-06-11"}, True),  # told the morning after, no day of its own
        ({"period": "2025-06-11"}, False),  # a reading its sentence dates to the next day
        ({"period": None, "published_at": "2025-06-12"}, False),  # two days on: a count that moved
    ],
)
def test_a_running_count_misprinted_the_morning_after_is_a_misprint(con, outlier_day, flagged):
    toll = {"decimals": 0, "unit": "people", "measure": "evacuated", "running_count": True}
    for article in ("a", "b", "c"):
        add_claim(con, article, 3200, publisher=article, period="2025-06-10", **toll)
    add_claim(con, "d", 2300, publisher="d", **{**toll, **outlier_day})
    found = [row for row in rows(con) if row[0] == "d.txt"]
    assert bool(found) is flagged
    assert not found or "same digits" in found[0][5]


def test_a_plan_told_in_the_future_tense_is_misprinted_like_a_figure_reached(con):
    misprint_story(con, 2341, qualifier="forecast")  # "will repay 2,341 borrowers"
    ((file_a, value_a, _, value_b, *_),) = rows(con)
    assert (file_a, value_a, value_b) == ("d.txt", 2341, 2314)


def test_a_period_the_consensus_witnesses_disagree_on_does_not_tell_a_misprint_apart(con):
    for article, period in (("a", "2025-05"), ("b", "2025-05"), ("c", "2025-05")):
        add_claim(con, article, 2314, decimals=0, unit="people", measure="victim", period=period, publisher=article)
    add_claim(con, "d", 2341, decimals=0, unit="people", measure="borrower", period="2024", publisher="d")
    assert rows(con, "contradiction_candidates") == []  # the witnesses agree on May: 2024 is another period
    con.execute("update fct_claims set period = '2026' where article_id = 'c'")
    ((file_a, value_a, *_),) = rows(con, "contradiction_candidates")
    assert (file_a, value_a) == ("d.txt", 2341)


def test_a_slipped_scale_is_a_misprint_when_no_measure_tells_the_figures_apart(con):
    for article in ("a", "b", "c"):
        add_claim(con, article, 5.8e9, decimals=-8, unit="kilometre", measure="round trip", publisher=article)
    add_claim(con, "d", 5.8e6, decimals=-5, unit="kilometre", measure=None, publisher="d")
    add_claim(con, "d", 8.5e6, decimals=-5, unit="kilometre", measure=None)  # its digits, but no power of ten
    ((file_a, value_a, _, value_b, *_),) = rows(con)
    assert (file_a, value_a, value_b) == ("d.txt", 5.8e6, 5.8e9)


@pytest.mark.parametrize(("outlier", "flagged"), [(2.5e6, True), (25, True), (250000, False), (2.5, False)])
def test_a_slipped_scale_is_a_decimal_point_one_place_off_or_a_wrong_scale_word(con, outlier, flagged):
    # three sources give a €25m fund; "€2.5 million" and "€25" are slips, "€250,000" and "€2.50" two sums
    for article in ("a", "b", "c"):
        add_claim(con, article, 25e6, decimals=-6, unit="EUR", measure=None, publisher=article)
    add_claim(con, "d", outlier, decimals=1 if outlier < 10 else 0, unit="EUR", measure=None, publisher="d")
    assert bool(rows(con, "contradiction_candidates")) == flagged


def test_a_slipped_scale_is_a_misprint_though_another_article_of_its_outlet_gives_the_right_figure(con):
    burned = {"decimals": -1, "unit": "hectare", "period": None}
    for article in ("a", "b", "c"):
        add_claim(con, article, 5750, measure="area burned", publisher=article, **burned)
    add_claim(con, "c-later", 57500, measure="area", publisher="c", **burned)  # the same outlet's next article
    ((file_a, value_a, _, value_b, *_),) = rows(con, "contradiction_candidates")
    assert (file_a, value_a, value_b) == ("c-later.txt", 57500, 5750)


def test_a_misprint_held_by_another_name_is_less_confident(con):
    misprint_story(con, 2341)
    (plain,) = rows(con, "contradiction_candidates")
    con.execute("update fct_claims set holder = 'Savers Alliance' where article_id = 'd'")
    con.execute("update fct_claims set holder = 'Fennock Mutual' where article_id <> 'd'")
    (held,) = rows(con, "contradiction_candidates")
    assert held[6] < plain[6]


def test_an_article_telling_one_figure_twice_with_its_digits_in_another_order_has_misprinted_it(con):
    # "5,600 residents have been evacuated" and later "the 6,500 people evacuated"
    misprint_story(con, 2341)
    add_claim(con, "d", 2314, decimals=0, unit="people", measure="borrower")
    (found,) = rows(con)
    assert found[:2] == ("d.txt", 2341) and "as it does itself elsewhere" in found[5]


def test_digits_shared_within_one_articles_table_are_no_misprint(con):
    # a party table: 41 seats for one, 14 for another, 31 for a third
    for article in ("a", "b", "c"):
        add_claim(con, article, 14, decimals=0, unit="count", measure="seat", publisher=article)
    for value in (41, 14, 31):
        add_claim(con, "d", value, decimals=0, unit="count", measure="seat", publisher="d")
    assert rows(con) == []


def test_a_round_figure_of_one_significant_digit_does_not_state_a_finer_one(con):
    # a headline's "400,000 customers" does not make 421,000 a value two witnesses give
    for article in ("a", "b", "c"):
        add_claim(con, article, 412000, decimals=-3, unit="people", measure="customer", publisher=article)
    add_claim(con, "d", 421000, decimals=-3, unit="count", measure="home", publisher="d")
    add_claim(con, "e", 400000, decimals=-5, unit="people", measure="customer cut", publisher="e")
    assert [row[:2] for row in rows(con)] == [("d.txt", 421000)]


def test_a_power_of_ten_does_not_stand_for_every_figure_half_its_size(con):
    # "10,000 football pitches" in one article does not make 6,500 a value another witness gives
    for article in ("a", "b", "c"):
        add_claim(con, article, 5600, decimals=-2, unit="people", measure="evacuated", publisher=article)
    add_claim(con, "d", 6500, decimals=-2, unit="people", measure="resident", publisher="d")
    add_claim(con, "e", 10000, decimals=-4, unit="count", measure="football pitch", publisher="e")
    assert [row[:2] for row in rows(con)] == [("d.txt", 6500)]


def test_an_article_giving_both_in_two_wordings_is_less_confidently_a_misprint(con):
    misprint_story(con, 2341)
    (alone,) = rows(con, "contradiction_candidates")
    add_claim(con, "d", 2314, decimals=0, unit="people", measure="victim")
    (both,) = rows(con, "contradiction_candidates")
    assert both[:2] == ("d.txt", 2341) and both[2] != "d.txt" and "3 independent sources" in both[5]
    assert both[6] < alone[6]


def test_an_article_giving_both_in_wordings_with_a_word_in_common_has_told_one_figure_twice(con):
    # "fined 2.4 million euros" and later "the €4.2m financial penalty"
    for article in ("a", "b", "c"):
        add_claim(con, article, 2.4e6, decimals=5, unit="EUR", measure="fine", publisher=article)
    add_claim(con, "d", 4.2e6, decimals=5, unit="EUR", measure="financial fine", publisher="d")
    add_claim(con, "d", 2.4e6, decimals=5, unit="EUR", measure="fine")
    (found,) = rows(con)
    assert found[:2] == ("d.txt", 4.2e6) and "as it does itself elsewhere" in found[5]


def test_a_value_one_source_gives_is_no_consensus_to_misprint(con):
    add_claim(con, "a", 2314, decimals=0, unit="people", measure="victim", publisher="a")
    add_claim(con, "d", 2341, decimals=0, unit="people", measure="borrower", publisher="d")
    assert rows(con, "contradiction_candidates") == []


def test_a_hedged_round_figure_neither_states_the_misprint_nor_witnesses_for_a_value(con):
    # "almost 62,000" holds 61,842 and a misprinted 61,482 alike: the misprint stays lone
    misprint_story(con, 2341)
    add_claim(con, "e", 2300, decimals=-2, unit="people", measure="victim", qualifier="approximate", publisher="e")
    ((file_a, value_a, _, value_b, *_),) = rows(con)
    assert (file_a, value_a, value_b) == ("d.txt", 2341, 2314)


def test_two_precise_figures_agreeing_only_with_one_hedged_figure_are_no_misprints_of_each_other(con):
    # "$71.36" and "$71.63" from two sources, with one "around $71": no value has two witnesses
    add_claim(con, "a", 71.36, decimals=2, unit="USD", publisher="a")
    add_claim(con, "b", 71.63, decimals=2, unit="USD", publisher="b")
    add_claim(con, "c", 71, decimals=0, unit="USD", qualifier="approximate", publisher="c")
    assert rows(con, "contradiction_candidates") == []


def test_a_figure_written_in_miles_is_as_precise_as_a_mile_in_the_kilometres_it_is_kept_in(con):
    # "gusts of up to 30km/h" in three sources, "gusts of up to 19mph" (30.58 km/h) in a fourth
    for article in ("a", "b", "c"):
        add_claim(con, article, 30, decimals=0, unit="km_per_hour", measure="wind gust", publisher=article)
    add_claim(con, "d", 30.577536, decimals=0, unit="km_per_hour", measure="wind gust", publisher="d")
    assert [row[:2] for row in rows(con, "contradiction_candidates")] == [("d.txt", 30.577536)]
    con.execute("update fct_claims set surface = '19mph' where article_id = 'd'")
    assert rows(con, "contradiction_candidates") == []


def test_a_period_only_the_outlier_states_makes_a_weak_key(con):
    # three sources give this week's 96-hour strike, stating no period; one gives last November's 48
    for article in ("a", "b", "c"):
        add_claim(con, article, 96, decimals=0, unit="hour", measure="strike", period=None, publisher=article)
    add_claim(con, "d", 48, decimals=0, unit="hour", measure="strike", period="2024-11", publisher="d")
    assert rows(con) == []
    ((*_, confidence, _),) = rows(con, "contradiction_candidates")
    assert confidence < 0.6


def test_figures_an_article_gives_of_other_places_are_no_table_its_misprint_hides_in(con):
    # "Turnout across the province was 53.8 per cent", beside its districts' 67.4% and 61.9%
    for article in ("a", "b", "c"):
        add_claim(con, article, 58.3, unit="percent", measure="turnout", publisher=article)
    add_claim(con, "d", 53.8, unit="percent", measure="voter share", publisher="d")
    add_claim(con, "d", 67.4, unit="percent", measure="voter share", scope="Bayside")
    add_claim(con, "d", 61.9, unit="percent", measure="voter share", scope="Eastgate")
    assert [row[:2] for row in rows(con)] == [("d.txt", 53.8)]
    con.execute("update fct_claims set scope = null")  # the three side by side: a table of turnouts
    assert rows(con) == []


def test_a_forecast_does_not_state_the_reading_a_misprint_gives(con):
    # forecasts of "44C" do not make a reading of 43.6 (for 46.3) a value another witness gives
    for article in ("a", "b", "c"):
        add_claim(con, article, 46.3, unit="degree_celsius", measure="temperature", publisher=article)
    add_claim(con, "d", 43.6, unit="degree_celsius", measure=None, publisher="d")  # "the mercury hit 43.6"
    for article in ("a", "b"):
        add_claim(con, article, 44, decimals=0, unit="degree_celsius", measure="temperature", qualifier="forecast")
    assert [row[:2] for row in rows(con)] == [("d.txt", 43.6)]


def test_a_coarser_figure_of_another_named_quantity_does_not_state_the_misprint(con):
    # "did not fall below 27.6C" twice, "the warmest night: 26.7C", and the river water's "27C"
    for article in ("a", "b"):
        add_claim(con, article, 27.6, unit="degree_celsius", measure="minimum temperature", publisher=article)
    add_claim(con, "d", 26.7, unit="degree_celsius", measure="warmest night", publisher="d")
    add_claim(con, "e", 27, decimals=0, unit="degree_celsius", measure="water temperature", publisher="e")
    assert [row[:2] for row in rows(con)] == [("d.txt", 26.7)]
    con.execute("update fct_claims set measure = 'warmest night' where article_id = 'e'")
    assert rows(con) == []  # "27C" of the same night rounds the 26.7C it tells


def test_a_figure_told_in_words_is_misprinted_against_the_storys_digits_for_a_quantity_named_alike(con):
    # "Thirty-two miners had been cut off" against "23 miners were trapped" in three sources
    for article in ("a", "b", "c"):
        add_claim(con, article, 23, decimals=0, unit="people", measure="miner", publisher=article)
    add_claim(con, "d", 32, decimals=0, unit="people", measure="miner cut", publisher="d")
    con.execute("update fct_claims set surface = 'Thirty-two' where article_id = 'd'")
    assert [row[:2] for row in rows(con)] == [("d.txt", 32)]
    con.execute("update fct_claims set measure = 'aircraft' where article_id <> 'd'")
    assert rows(con) == []  # "Thirty-two miners" are no misprint of 23 aircraft
    con.execute("update fct_claims set measure = 'miner', surface = 'twenty-three' where article_id <> 'd'")
    assert rows(con) == []  # no digits on either side to misprint


def test_a_share_told_in_words_is_no_misprint_of_the_storys_digits(con):
    # "Fifty-one percent of owners" against "15 per cent of owners" in three sources
    for article in ("a", "b", "c"):
        add_claim(con, article, 15, decimals=0, measure="owner share", publisher=article)
    add_claim(con, "d", 51, decimals=0, measure="owner share", publisher="d")
    con.execute("update fct_claims set surface = 'Fifty-one percent', measure = 'share' where article_id = 'd'")
    assert rows(con) == []


def test_the_figure_a_result_rose_from_and_the_forecast_it_beat_are_no_table_its_misprint_hides_in(con):
    # "Operating profit climbed to €421 million from €318 million, above the €395 million analysts
    # had pencilled in", and "Operating profit: €412m" in the same article's box and three others
    for article in ("a", "b", "c"):
        add_claim(con, article, 412e6, decimals=-6, unit="EUR", measure="operating profit", publisher=article)
    mine = {"decimals": -6, "unit": "EUR", "measure": "group operating profit"}  # its own wording
    add_claim(con, "d", 421e6, publisher="d", **mine)
    add_claim(con, "d", 412e6, **mine)
    add_claim(con, "d", 318e6, state="before", **mine)
    add_claim(con, "d", 395e6, qualifier="forecast", **mine)
    assert [row[:2] for row in rows(con)] == [("d.txt", 421e6)]
    con.execute("update fct_claims set state = null, qualifier = 'actual'")  # four results: a table
    assert rows(con) == []


def test_a_figure_the_story_gives_as_its_provisional_count_is_a_revision_more_than_an_error(con):
    # "She won 61,012 votes" against the final 61,068 two sources give, while a third article
    # says "On Friday evening's provisional count she had 61,012 votes"
    for article in ("a", "b"):
        add_claim(con, article, 61068, decimals=0, unit="count", measure="vote", period=None, publisher=article)
    add_claim(con, "d", 61012, decimals=0, unit="count", measure="vote", period=None, publisher="d")
    assert [row[:2] for row in rows(con)] == [("d.txt", 61012)]
    add_claim(con, "b", 61012, decimals=0, unit="count", measure="vote", period=None, qualifier="preliminary")
    assert rows(con) == []
    ((*_, description, confidence, _),) = rows(con, "contradiction_candidates")
    assert "provisional" in description and confidence < 0.6

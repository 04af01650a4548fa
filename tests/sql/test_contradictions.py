"""The numeric contradiction rule (sql/internal/numeric_contradictions.sql) on given rows."""

import duckdb
import pytest

from flows import warehouse


def add_claim(
    con,
    article: str,
    value: float,
    *,
    decimals: int = 1,
    subject="China",
    object="United States",
    metric="exports",
    unit="percent",
    period_part="05",
    period_year=None,
    basis=None,
    qualifier="actual",
    state=None,
    duplicate_of=None,
    published_at=None,
):
    """One article (if new) with one sentence holding one claim."""
    if not con.execute("select 1 from dim_articles where article_id = ?", [article]).fetchall():
        con.execute(
            "insert into dim_articles (article_id, source_file, format, clean_text, duplicate_of, published_at, run_id, "
            "loaded_at) values (?, ?, 'txt', ?, ?, ?, 'r', now())",
            [article, f"{article}.txt", "x" * 200, duplicate_of, published_at],
        )
    number = con.execute("select count(*) + 1 from stg_sentences where article_id = ?", [article]).fetchone()[0]
    con.execute("insert into stg_sentences values (?, ?, 0, 10)", [article, number])
    con.execute(
        "insert into fct_claims values (?, ?, ?, 0, 4, ?, ?, ?, ?, ?, ?, ?, null, null, ?, ?, ?, ?, ?)",
        [
            f"{article}:{number}",
            article,
            number,
            f"{value}%",
            value,
            decimals,
            unit,
            subject,
            object,
            metric,
            period_year,
            period_part,
            basis,
            qualifier,
            state,
        ],
    )


def rows(con):
    warehouse.refresh_contradictions(con)
    return con.execute(
        "select source_file_a, value_a, source_file_b, value_b, has_consensus, description "
        "from contradictions order by value_a"
    ).fetchall()


def test_an_outlier_is_paired_with_consensus_evidence(con):
    for article in ("a", "b", "c"):
        add_claim(con, article, 34.5, basis="yoy")
    add_claim(con, "d", 12.7)  # an unstated basis is compatible with a stated one
    (found,) = rows(con)
    assert found[:2] == ("d.txt", 12.7)
    assert found[2] in {"a.txt", "b.txt", "c.txt"} and found[3] == 34.5
    assert found[4] is True and "3 independent sources" in found[5]


def test_an_article_contradicting_itself_is_flagged(con):
    add_claim(con, "a", 12.7)
    add_claim(con, "a", 34.5, basis="yoy")
    add_claim(con, "b", 34.5)
    (found,) = rows(con)
    assert (found[0], found[1], found[3]) == ("a.txt", 12.7, 34.5)


def test_rows_grow_with_outliers_not_with_articles(con):
    for i in range(300):
        add_claim(con, f"a{i}", 34.5)
    add_claim(con, "odd", 12.7)
    assert len(rows(con)) == 1


def test_two_sources_two_values_say_there_is_no_consensus(con):
    add_claim(con, "a", 4.8)
    add_claim(con, "b", 5.6)
    (found,) = rows(con)
    assert found[4] is False and "no consensus" in found[5]


def test_a_near_duplicate_copy_is_not_a_second_witness(con):
    add_claim(con, "a", 4.8)
    add_claim(con, "a_copy", 4.8, duplicate_of="a")
    add_claim(con, "b", 5.6)
    (found,) = rows(con)
    assert found[4] is False


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"value": 34.5}, {"value": 34.50, "decimals": 2}),  # same figure, more digits
        ({"value": 2.1}, {"value": 2.13, "decimals": 2}),  # agree at one decimal
        ({"value": 145, "state": "before"}, {"value": 30, "state": "after"}),  # from 145% to 30%
        ({"value": 4.8}, {"value": 5.0, "qualifier": "forecast"}),  # poll vs actual
        ({"value": 34.5}, {"value": 21, "period_part": "04"}),  # May vs April
        ({"value": 90, "metric": "processing share"}, {"value": 70, "metric": "mining share"}),
        ({"value": 30}, {"value": 10, "subject": "United States", "object": "China"}),
        ({"value": 0.5, "basis": "mom"}, {"value": 2.0, "basis": "yoy"}),
        ({"value": 4.8, "period_year": 2024}, {"value": 5.6, "period_year": 2025}),
    ],
)
def test_false_friends_are_not_contradictions(con, first, second):
    add_claim(con, "a", first.pop("value"), **first)
    add_claim(con, "b", second.pop("value"), **second)
    assert rows(con) == []


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
    add_claim(con, "a", 12.7)
    add_claim(con, "a", 34.5)
    add_claim(con, "b", 34.5)
    (found,) = rows(con)
    assert (found[0], found[2]) == ("a.txt", "b.txt")


def test_durations_are_not_compared(con):
    add_claim(con, "a", 12, unit="month", metric="duration", decimals=0)
    add_claim(con, "b", 6, unit="month", metric="duration", decimals=0)
    assert rows(con) == []


def test_figures_without_a_period_are_compared_only_within_their_publication_month(con):
    undated = {"unit": "people", "metric": "deaths", "subject": "Kerala", "object": None, "period_part": None}
    add_claim(con, "a", 12, published_at="2024-07-03", **undated)
    add_claim(con, "b", 12, published_at="2024-07-04", **undated)
    add_claim(con, "c", 40, published_at="2022-08-10", **undated)  # another flood, two years before
    assert rows(con) == []
    add_claim(con, "d", 19, published_at="2024-07-05", **undated)
    assert [r[:2] for r in rows(con)] == [("d.txt", 19.0)]

"""The contradiction detector on hand-written cases across subjects (tests/fixtures/contradictions).

Each case is two short articles run through clean, extract and load for real; a true case must
produce a numeric contradiction candidate pairing its two values (two articles, one against the
other, with no consensus: often below the line `contradictions` draws), a false friend
(before/after, forecast vs actual, other month, metric, subject, basis or year, a toll update,
equal at stated precision, a target) must produce no candidate at all. Run with ``-s`` to see
precision and recall.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from flows.stages.extract.entities import extract_mentions
from tests.conftest import FIXTURES
from tests.helpers import load

CASES = json.loads((FIXTURES / "contradictions" / "cases.json").read_text(encoding="utf-8"))


def _pairs(tmp: Path, case: dict) -> set[frozenset]:
    con = load(tmp / case["id"], {"a.txt": case["a"], "b.txt": case["b"]})
    rows = con.execute("select value_a, value_b from contradiction_candidates where kind = 'numeric'").fetchall()
    con.close()
    return {frozenset((round(a, 6), round(b, 6))) for a, b in rows}


def test_detector_precision_and_recall(tmp_path):
    found = flagged_falsely = 0
    misses = []
    true_cases = [c for c in CASES["cases"] if c["expect"] == "contradiction"]
    false_friends = [c for c in CASES["cases"] if c["expect"] == "false_friend"]
    for case in CASES["cases"]:
        pair = frozenset(round(v, 6) for v in case["values"])
        hit = pair in _pairs(tmp_path, case)
        if case["expect"] == "contradiction":
            found += hit
            if not hit:
                misses.append(f"missed: {case['id']}")
        elif hit:
            flagged_falsely += 1
            misses.append(f"false flag: {case['id']}")
    precision = found / max(found + flagged_falsely, 1)
    recall = found / len(true_cases)
    print(
        f"\ncontradictions: {len(true_cases)} true cases, {len(false_friends)} false friends; "
        f"precision {precision:.3f}, recall {recall:.3f}\n" + "\n".join(misses)
    )
    # A false contradiction costs an analyst's time (DESIGN.md: precision over volume).
    assert flagged_falsely == 0, misses
    assert recall >= 0.8, misses


def kinds(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {}
    for kind, description, file_a in con.execute(
        "select kind, description, source_file_a from contradictions where kind <> 'numeric'"
    ).fetchall():
        found.setdefault(kind, []).append((description, file_a))
    return found


def test_former_versus_current_office_is_a_role_conflict_but_equivalent_titles_are_not(tmp_path):
    con = load(
        tmp_path / "roles",
        {
            "a.txt": "Former President Maria Santos said the reform was overdue. Council director Paul Okoye agreed. "
            "Former bus driver Walter Ibsen said fares would rise.",
            "b.txt": "President Maria Santos signed the budget on Monday. Paul Okoye, director of the Fiscal Council, "
            "said it was prudent. Bus driver Walter Ibsen was not convinced.",
            "c.txt": "President Maria Santos will travel to Lisbon. Paul Okoye, head of the Fiscal Council, welcomed "
            "the visit. Fiscal Council Chairman Paul Okoye said more.",
        },
    )
    found = kinds(con)
    ((description, file_a),) = found["role_conflict"]  # a former trade is a life story, no post left
    assert file_a == "a.txt" and "Maria Santos" in description
    assert "Okoye" not in description


def test_a_deputy_against_the_plain_title_is_a_role_conflict_flagging_the_side_fewer_sources_take(tmp_path):
    story = "The central bank cut its policy rate by a quarter point to 3.75% on Thursday, its second cut this year."
    con = load(
        tmp_path / "ranks",
        {
            "a.txt": f"{story} Deputy Governor Tobias Wrenfield voted to hold.",
            "b.txt": f"{story} Tobias Wrenfield, the deputy governor, voted against the cut.",
            "c.txt": f"{story} Governor Tobias Wrenfield was among the three who wanted to hold.",
            "d.txt": f"{story} Former housing minister Calum Brodrick welcomed the cut.",
            "e.txt": f"{story} Calum Brodrick, the housing minister, said buyers would gain.",
            "f.txt": f"{story} The league's deputy commissioner, Odile Brannock, was there.",
            "g.txt": f"{story} League commissioner Odile Brannock said little.",
            "h.txt": f"{story} Odile Brannock, the league's commissioner, agreed.",
            "i.txt": f"{story} Vice-captain Callum Adeyemi said it was a good day.",
            "j.txt": f"{story} Captain Callum Adeyemi lifted the trophy.",
            "k.txt": f"{story} Callum Adeyemi, the captain, said little.",
            "l.txt": f"{story} Selim Varga, the authority's acting chief executive, said so.",
            "m.txt": f"{story} Selim Varga, the HPA's chief executive, said more.",
            "n.txt": f"{story} Selim Varga, the HPA's chief executive, agreed.",
            # the body an office is held at, named by its initials or not
            "o.txt": f"{story} Hanne Vesterlund, deputy head of retail statistics at the statistics office, said so.",
            "p.txt": f"{story} Hanne Vesterlund, head of retail statistics at the BSO, said more.",
            "q.txt": f"{story} Hanne Vesterlund, head of retail statistics at the BSO, agreed.",
        },
    )
    found = {
        description.split(" calls ")[1].split(" ")[1]: file_a for description, file_a in kinds(con)["role_conflict"]
    }
    # "the league's commissioner" and "League commissioner" are one office; "Vice-captain" is a rank of
    # captain; "the authority's acting chief executive" the acting one of the office "the HPA's" names
    assert found == {
        "Wrenfield": "c.txt",
        "Brodrick": "d.txt",
        "Brannock": "f.txt",
        "Adeyemi": "i.txt",
        "Varga": "l.txt",
        "Vesterlund": "o.txt",
    }


def test_two_countries_rate_decisions_of_one_day_sharing_an_institutions_title_are_two_stories(tmp_path):
    decision = (
        "cut its benchmark interest rate by a quarter point on Thursday after its Monetary Policy Committee "
        "voted for the move, saying inflation was easing and the economy was slowing. Mortgage holders on "
        "variable rates will see monthly repayments fall, while savers face lower returns on deposits."
    )
    quenmark = "The Quenmark Central Bank {verb} Governor Elske Brandvold said the committee was united."
    halvoria = "The Halvorian National Bank {verb} Governor Ingrid Malstad said further cuts were possible."
    con = load(
        tmp_path / "banks",
        {
            "q1.txt": "Published March 12, 2026\n\n" + quenmark.format(verb=decision),
            "q2.txt": "Published March 12, 2026\n\n" + quenmark.format(verb=decision + " Borrowers cheered."),
            "h1.txt": "Published March 12, 2026\n\n" + halvoria.format(verb=decision),
            "h2.txt": "Published March 12, 2026\n\n" + halvoria.format(verb=decision + " Markets rallied."),
        },
    )
    stories = dict(con.execute("select source_file, story_id from stories").fetchall())
    assert stories["q1.txt"] == stories["q2.txt"] and stories["h1.txt"] == stories["h2.txt"]
    assert stories["q1.txt"] != stories["h1.txt"]


def test_a_name_spelt_apart_in_one_story_is_a_name_variant_but_two_names_in_one_article_are_two_people(tmp_path):
    story = (
        "The Lantern capsule landed in the Skarrow Flats desert on Sunday carrying 143 grams of dust from the "
        "asteroid Corvina, after a 5.8 billion km round trip. The Merrowland Space Agency said the canister was "
        "intact and would be opened at its Castlebury laboratory within 12 days."
    )
    con = load(
        tmp_path / "story_names",
        {
            "a.txt": f"{story} Yevgenia Strelnikova, who led the recovery, said the seal held.",
            "b.txt": f"{story} Yevgenia Strelnikova said the team would open it next week.",
            "c.txt": f"{story} Yevgeniya Strelnikova said the engineers had done well.",
            "d.txt": f"{story} Maria Santos said it was a relief. Mario Santos said he had watched.",
        },
    )
    ((description, file_a),) = kinds(con)["name_variant"]
    assert file_a == "c.txt" and "Yevgeniya Strelnikova" in description and "Yevgenia Strelnikova" in description


@pytest.mark.parametrize(
    ("name", "variant"),
    [("Yusuf al-Khadri", "Youssef al-Khadri"), ("Kasimir Dovlatyan", "Kazimir Dovlatian")],
)
def test_a_name_transliterated_a_letter_apart_once_folded_is_a_name_variant(tmp_path, name, variant):
    story = (
        "The Sarvane Group of oil producers agreed on Sunday to cut its combined output by 1.2 million barrels "
        "a day from November, its biggest cut since 2020, after a five-hour meeting in Sarvane."
    )
    con = load(
        tmp_path / "transliterated",
        {
            "a.txt": f"{story} Secretary-General {name} said the market needed support.",
            "b.txt": f"{story} {name} told reporters the cut would last until March.",
            "c.txt": f"{story} Secretary-General {variant} told reporters the cut was needed.",
        },
    )
    ((description, file_a),) = kinds(con)["name_variant"]
    assert file_a == "c.txt" and variant in description and name in description


def test_a_defendants_former_post_in_a_sentence_of_their_trial_is_no_role_conflict(tmp_path):
    story = (
        "Solvane Energy Partners collapsed in 2023 owing investors HVK 38.6 million, and its founder "
        "Tobias Kjellgren was convicted of fraud at Dunmarrow District Court on Tuesday."
    )
    con = load(
        tmp_path / "trial",
        {
            "a.txt": f"{story} Finance director Helena Marsk was sentenced to six years.",
            "b.txt": f"{story} Finance director Helena Marsk, 47, was sentenced to six years in prison.",
            "c.txt": f"{story} Former finance director Helena Marsk was sentenced to six years.",
            "d.txt": f"{story} Former finance director Helena Marsk said she would appeal on Wednesday.",
        },
    )
    conflicts = kinds(con).get("role_conflict", [])
    assert [file for _, file in conflicts] == ["d.txt"]  # only the "former" said outside her trial


def test_a_defendants_former_post_in_a_sentence_of_their_acquittal_is_no_role_conflict(tmp_path):
    story = "Tobias Kjellgren, founder of Solvane Energy Partners, was convicted of fraud at Dunmarrow District Court."
    con = load(
        tmp_path / "acquittal",
        {
            "a.txt": f"{story} Finance director Helena Marsk walked free.",
            "b.txt": f"{story} Finance director Helena Marsk, 47, left the court.",
            "c.txt": f"{story} His former finance director, Helena Marsk, was cleared on all counts.",
        },
    )
    assert kinds(con).get("role_conflict", []) == []


def test_titles_given_years_apart_or_in_one_article_are_history_not_a_role_conflict(tmp_path):
    con = load(
        tmp_path / "history",
        {
            "old.txt": "Published March 3, 2012\n\nVice President Maria Santos opened the new bridge on Monday.",
            "new.txt": "Published May 5, 2025\n\nFormer Vice President Maria Santos opened a library on Monday.",
            "quote.txt": 'Published May 6, 2025\n\nFormer Vice President Maria Santos spoke. "Vice President '
            'Maria Santos never asked me," the envoy said of their 2012 talks.',
        },
    )
    assert "role_conflict" not in kinds(con)


def test_a_misspelt_name_is_a_name_variant(tmp_path):
    con = load(
        tmp_path / "names",
        {
            "a.txt": "Finance Minister Elena Marchetti presented the budget on Monday.",
            "b.txt": "Finance Minister Elena Marchetti said the deficit would narrow.",
            "c.txt": "Finance Minister Elena Marchetty defended the tax plan in parliament.",
        },
    )
    ((description, file_a),) = kinds(con)["name_variant"]
    assert file_a == "c.txt" and "Elena Marchetty" in description and "Elena Marchetti" in description


def test_a_name_transliterated_or_with_its_accents_dropped_is_a_name_variant(tmp_path):
    story = (
        "The River Oster burst its banks on Monday, flooding the centre of Brannholm and forcing 4,600 "
        "people from their homes, the Civil Protection Agency said."
    )
    con = load(
        tmp_path / "transliterated",
        {
            "a.txt": f"{story} The agency's director-general, Sigrun Aasen, said the walls held.",
            "b.txt": f"{story} Sigrun Aasen, the agency's director-general, praised the crews.",
            "c.txt": f"{story} The agency's director-general, Sigrún Åsen, defended the defences.",
        },
    )
    ((description, file_a),) = kinds(con)["name_variant"]
    assert file_a == "c.txt" and "Sigrún Åsen" in description and "Sigrun Aasen" in description


def test_a_name_typed_or_transliterated_apart_keeps_its_article_in_the_story_and_is_a_name_variant(tmp_path):
    race = (
        "won the women's single sculls at the Ostreny Rowing Championships on Lake Sevra on Saturday, "
        "overhauling the record holder in the final 500 metres to win by 1.26 seconds."
    )
    con = load(
        tmp_path / "sculls",
        {
            "a.txt": f'Hedda Stromvik {race} "I had enough left," Stromvik said.',
            "b.txt": f"Hedda Stromvik {race} Stromvik, 27, said it was her third title.",
            "c.txt": f'Harnvik\'s Hedda Stromvick {race} "I could hear them," Stromvick said.',
        },
    )
    stories = con.execute("select count(distinct story_id) from stories").fetchone()
    ((description, file_a),) = kinds(con)["name_variant"]
    assert stories == (1,)  # the misspelt name is still the one the three share
    assert file_a == "c.txt" and "Hedda Stromvick" in description and "Hedda Stromvik" in description


def test_a_slavic_name_transliterated_and_a_forecaster_by_title_are_read(tmp_path):
    story = (
        "Rail workers walked out across Saldavia on Monday, and National Rail Saldavia cancelled 4,120 of "
        "its 5,300 booked services, the company said."
    )
    con = load(
        tmp_path / "strike",
        {
            "a.txt": f'{story} "We will not back down," said Radoslav Kovač, the union\'s general secretary.',
            "b.txt": f"{story} General secretary Radoslav Kovač told a rally the union would strike again.",
            "c.txt": f"{story} General secretary Radoslav Kovach said the next strike would last 48 hours.",
        },
    )
    ((description, file_a),) = kinds(con)["name_variant"]
    assert file_a == "c.txt" and "Radoslav Kovach" in description and "Radoslav Kovač" in description
    forecaster = extract_mentions("Chief forecaster Mireille Castagna of the Institute said it was rare.")
    assert [(m.name, m.type) for m in forecaster if m.type == "person"] == [("Mireille Castagna", "person")]


def test_a_deputy_cfo_against_the_chief_financial_officer_is_a_role_conflict(tmp_path):
    story = "Saldatel Group's third-quarter revenue rose 3.8% to €2.14bn and its net profit rose to €241m."
    con = load(
        tmp_path / "cfo",
        {
            "a.txt": f"{story} Chief financial officer Teodor Brask said the dividend would rise.",
            "b.txt": f"{story} Chief Financial Officer Teodor Brask told analysts costs were under control.",
            "c.txt": f"{story} Deputy CFO Teodor Brask said the dividend would rise.",
        },
    )
    ((description, file_a),) = kinds(con)["role_conflict"]
    assert file_a == "c.txt" and "Teodor Brask" in description


def test_a_byline_years_before_the_events_is_a_date_anomaly_but_a_target_year_is_not(tmp_path):
    con = load(
        tmp_path / "dates",
        {
            "old.txt": "Published July 1, 2007\n\nChina's exports to the United States fell 34.5% in May. "
            "China's consumer prices fell 0.1% in May, the statistics bureau said.",
            "new.txt": "Published June 10, 2025\n\nChina's exports to the United States fell 34.5% in May, the "
            "steepest drop since February 2020. China's consumer prices fell 0.1% in May.",
            "plan.txt": "Published June 11, 2025\n\nChina's exports to the United States fell 34.5% in May. "
            "China's consumer prices fell 0.1% in May. Beijing aims to double exports by 2030.",
            "horizon.txt": "Published June 12, 2025\n\nChina's exports to the United States fell 34.5% in May. "
            "Warming will exceed 2C before 2050, and China's consumer prices fell 0.1% in May.",
        },
    )
    anomalies = kinds(con).get("date_anomaly", [])
    assert [file_a for _, file_a in anomalies] == ["old.txt"]
    assert "2007" in anomalies[0][0] and "2020" in anomalies[0][0]
    # the row flags the misdated article alone: both pieces of evidence are its own (its date,
    # and its sentence with a figure the later article reports too), and the description names
    # the article that speaks of the later year
    ((description, file_b, evidence_a, evidence_b),) = con.execute(
        "select description, source_file_b, evidence_a, evidence_b from contradictions where kind = 'date_anomaly'"
    ).fetchall()
    assert file_b == "old.txt" and "2007" in evidence_a and "new.txt" in description
    assert evidence_b == "China's exports to the United States fell 34.5% in May."


def test_a_byline_years_before_the_rest_of_its_story_is_a_date_anomaly(tmp_path):
    # a misdated article resolves "on Monday" against its wrong date, so it shares too few
    # figures dated alike; its story, told only four years later by two publishers, dates it
    report = (
        "Castlegate Rovers signed striker Kasimir Dovlatyan from Varnholm on Monday for an initial €58m, "
        "with €7m in add-ons, on a five-year contract. A crowd of 18,500 watched his unveiling at Greyfield "
        "Park on Monday evening, and the club sold 2,300 shirts within the hour."
    )
    con = load(
        tmp_path / "story_dates",
        {
            "old.txt": f"Published September 2, 2021\n\n{report}",
            "new.txt": f"Published September 2, 2025\n\n{report} Manager Ivo Brant called him the final piece.",
            "other.txt": f"Published September 3, 2025\n\n{report} Fans queued from dawn.",
        },
    )
    anomalies = kinds(con).get("date_anomaly", [])
    assert [file_a for _, file_a in anomalies] == ["old.txt"]
    assert "2021" in anomalies[0][0] and "2025" in anomalies[0][0]
    # its own lead is the sentence the later articles tell too
    ((evidence_b,),) = con.execute("select evidence_b from contradictions where kind = 'date_anomaly'").fetchall()
    assert evidence_b.startswith("Castlegate Rovers signed striker Kasimir Dovlatyan")


def test_a_date_anomaly_from_the_articles_own_sentence_names_its_file_for_both_pieces_of_evidence(tmp_path):
    con = load(
        tmp_path / "own",
        {
            "old.txt": "Published March 1, 2019\n\nThe council closed a £38m budget gap in January 2025, "
            "after cutting 240 posts in 2024, officials said.",
        },
    )
    ((file_a, file_b, evidence_b),) = con.execute(
        "select source_file_a, source_file_b, evidence_b from contradictions where kind = 'date_anomaly'"
    ).fetchall()
    assert file_a == file_b == "old.txt" and "2025" in evidence_b


def test_an_article_of_one_story_sharing_plain_figures_with_articles_years_later_is_misdated(tmp_path):
    body = (
        "The Lantern capsule landed in the Skarrow Flats desert on Sunday after a 5.8 billion km round trip, "
        "carrying 143 grams of dust from the asteroid Corvina. The 38 kg canister came down 2.4 km from its "
        "target, and the £740 million mission's scientists will open it within 12 days."
    )
    con = load(
        tmp_path / "plain",
        {
            "old.txt": f"Published December 8, 2021\n\n{body} The team cheered.",
            "new.txt": f"Published December 7, 2025\n\n{body} Engineers said the seal held.",
            "later.txt": f"Published December 8, 2025\n\n{body} Officials praised the recovery crews.",
        },
    )
    anomalies = kinds(con).get("date_anomaly", [])
    assert [file_a for _, file_a in anomalies] == ["old.txt"]


def test_a_misdated_article_that_says_last_month_is_still_a_date_anomaly(tmp_path):
    # dated July 2007, its "last month" is June: the figures it shares are the May ones
    con = load(
        tmp_path / "relative",
        {
            "old.txt": "Published July 1, 2007\n\nChina's exports to the United States fell 34.5% last month. "
            "China's producer prices fell 3.3% in May, the statistics bureau said.",
            "new.txt": "Published June 10, 2025\n\nChina's exports to the United States fell 34.5% in May, the "
            "steepest drop since February 2020. China's producer prices fell 3.3% in May.",
        },
    )
    assert [file_a for _, file_a in kinds(con).get("date_anomaly", [])] == ["old.txt"]


def test_two_releases_years_apart_sharing_two_plain_figures_are_not_a_date_anomaly(tmp_path):
    con = load(
        tmp_path / "plain",
        {
            "earlier.txt": "Published September 13, 2022\n\nAustralia's consumer prices rose 0.3% in August from July, "
            "when annual inflation was 6.8% in July, the bureau said.",
            "later.txt": "Published September 12, 2024\n\nAustralia's consumer prices rose 0.3% in August from July, "
            "when annual inflation was 6.8% in July, the highest since March 2024, the bureau said.",
        },
    )
    assert "date_anomaly" not in kinds(con)


def test_unrelated_reports_years_apart_sharing_one_figure_and_unperiodised_shares_are_not_a_date_anomaly(tmp_path):
    # the grocer's €96.4m, given for the year and again, is one figure; its 4.0% and 5.1% have no
    # period, and the retailer's reports a year later are another story
    grocer = (
        "Published March 6, 2025\n\nThe grocer reported operating profit of €96.4m for the year to 31 December.\n\n"
        "The €96.4m includes a property sale. Like-for-like sales rose 4.0% and online sales 5.1%."
    )
    retailer = (
        "Brannock & Vey said underlying pre-tax profit fell to €96.4 million. Footfall fell 4.0% and "
        "store sales 5.1%, the chain said, as it announced 38 closures."
    )
    con = load(
        tmp_path / "unrelated",
        {
            "grocer.txt": grocer,
            "retailer.txt": f"Published March 26, 2026\n\n{retailer}",
            "copy.txt": f"Published March 27, 2026\n\n{retailer} Shares fell.",
        },
    )
    assert "date_anomaly" not in kinds(con)


def test_shares_one_side_dates_count_beside_an_article_that_speaks_of_a_later_year_as_past(tmp_path):
    con = load(
        tmp_path / "shares",
        {
            "old.txt": "Published July 1, 2007\n\nSince May 12, US tariffs on Chinese goods have stood at 145%. "
            "China's exports to the United States fell 34.5% last month.",
            "new.txt": "China's exports to the United States fell 34.5% in May.\n\nUS tariffs on Chinese goods "
            "stood at 145% in 2025, the highest since 2020.",
        },
    )
    assert [file_a for _, file_a in kinds(con).get("date_anomaly", [])] == ["old.txt"]


def test_shares_an_unrelated_story_gives_are_no_date_anomaly_beside_its_later_past_year(tmp_path):
    # a results table of vote shares meets two of a housing report's shares by chance
    rows = "".join(
        f"<tr><td>{region}</td><td>{turnout}%</td><td>{alliance}%</td><td>{homeland}%</td></tr>"
        for region, turnout, alliance, homeland in (
            ("Lowmarch", 69.2, 27.4, 15.8),
            ("Calder Coast", 70.1, 33.0, 16.9),
            ("Eskerfell", 66.4, 30.8, 18.2),
        )
    )
    paragraph = (
        "<p>The Civic Alliance won the general election in Arvenholm, the electoral commission said on Monday, "
        "with the strongest showing in the capital and losses in the rural north of the country.</p>"
    )
    election = (
        '<html><head><meta property="article:published_time" content="2025-10-13T10:00:00Z"></head><body>'
        f"<article><h1>Alliance wins</h1>{paragraph * 3}<figure><figcaption>How the regions voted</figcaption>"
        "<table><tr><th>Region</th><th>Turnout</th><th>Civic Alliance</th><th>Homeland</th></tr>"
        f"{rows}</table></figure>{paragraph}</article></body></html>"
    )
    con = load(
        tmp_path / "unrelated",
        {
            "election.html": election,
            "housing.txt": "Published March 3, 2028\n\nHome ownership in Tellmark fell to 70.1% in 2027, and "
            "16.9% of renters spent more than half their income on rent, the housing agency said.",
        },
    )
    assert con.execute("select count(*) from claims where value = 16.9").fetchone() == (2,)
    assert "date_anomaly" not in kinds(con)


def test_an_articles_own_past_year_is_evidence_whatever_other_articles_share_its_figures(tmp_path):
    results = "78,412 candidates sat the exams and 91.3% passed, down from 92.8%."
    con = load(
        tmp_path / "own",
        {
            "old.txt": f"Published July 7, 2023\n\n{results} Grades fell for the first time since 2025.",
            "new.txt": f"Published July 7, 2026\n\n{results}",
        },
    )
    assert [file_a for _, file_a in kinds(con).get("date_anomaly", [])] == ["old.txt"]


def test_a_report_two_later_articles_repeat_is_misdated_even_when_none_names_a_past_year(tmp_path):
    body = (
        "Caldera Brands agreed to buy Pennick & Lowe for $12.64 billion in cash, paying $48.50 a share, "
        "a premium of 32 per cent to the closing price of $36.74, the companies said on Monday."
    )
    con = load(
        tmp_path / "copies",
        {
            "old.txt": f"Published September 8, 2021\n\n{body}",
            "a.txt": f"Published September 8, 2025\n\n{body} Shares jumped in early trading.",
            "b.txt": f"Published September 9, 2025\n\n{body} Analysts called the price fair.",
        },
    )
    ((description, file_a),) = kinds(con)["date_anomaly"]
    assert file_a == "old.txt" and "September 8, 2021" in description


def test_a_years_results_two_articles_of_another_story_a_year_later_quote_are_no_misdated_report(tmp_path):
    con = load(
        tmp_path / "quoted",
        {
            "old.txt": "Published March 25, 2025\n\nVandel Retail said revenue rose to €3,274 million in 2024 and "
            "its pre-tax profit was €163.5 million, as shoppers returned to its stores across Aldvere.",
            "a.txt": "Published February 26, 2026\n\nTarrow Foods, the Ostrevian grocer, said its chief executive "
            "Lena Marsk will step down. Analysts compared its €3,274 million of sales with the €163.5 million "
            "profit of a rival, as Tarrow shares fell 4.1% in Kelmouth.",
            "b.txt": "Published February 27, 2026\n\nTarrow Foods named a new chairman on Friday. Its sales of "
            "€3,274 million and the €163.5 million a rival earned were cited by its new chairman, Pieter Holm, "
            "as Tarrow's warehouse in Kelmouth reopened.",
        },
    )
    assert "date_anomaly" not in kinds(con)


def test_an_outlying_figure_an_article_states_twice_is_one_contradiction(tmp_path):
    lead = "Published June 10, 2025\n\nThe River Oster burst its banks in Brannholm on Monday. "
    consensus = (
        "Rescue crews in boats had lifted 320 people from flooded houses by late afternoon, the Civil "
        "Protection Agency said."
    )
    con = load(
        tmp_path / "twice",
        {
            "a.txt": f"{lead}{consensus} Officials said the river was still rising.",
            "b.txt": f"{lead}{consensus} Rain was expected to ease overnight.",
            "c.txt": f"{lead}{consensus} Schools in the valley were closed.",
            # a live blog's heading and its entry give one figure twice
            "d.txt": f"{lead}Rescue crews in boats were still at work by late afternoon.\n\n3,200 evacuated so "
            "far\n\nThe number of people evacuated has risen to 3,200, the Civil Protection Agency says.",
        },
    )
    rows = con.execute("select source_file_a, value_a from contradiction_candidates where kind = 'numeric'").fetchall()
    assert rows == [("d.txt", 3200.0)]


def test_a_figure_given_to_one_name_of_several_is_compared_with_that_names_figures(tmp_path):
    # each defendant's sentence is that defendant's fact: the outlet that gives the getaway driver
    # another sentence contradicts the others, whose sentences for the rest agree
    lead = "Published November 7, 2025\n\nThree men were jailed at Tollmarsh Crown Court on Friday over the raid."
    sentences = {
        "kell": "Ringleader Darius Kell was jailed for 14 years.",
        "maddick": "Connor Maddick, the getaway driver, was jailed for 11 and a half years.",
        "ashby": "Leon Ashby-Rowe was jailed for nine years.",
    }
    told = " ".join(sentences.values())
    con = load(
        tmp_path / "held",
        {
            "a.txt": f"{lead} {told} The judge praised the police.",
            "b.txt": f"{lead} {told} The victims' families wept.",
            "c.txt": f"{lead} {sentences['kell']} Connor Maddick, the getaway driver, was handed thirteen and a "
            f"half years. {sentences['ashby']}",
        },
    )
    rows = con.execute("select source_file_a, value_a, value_b from contradictions where kind = 'numeric'").fetchall()
    assert rows == [("c.txt", 13.5, 11.5)]


def test_a_recounts_figure_is_a_revision_not_a_contradiction(tmp_path):
    lead = "Published October 13, 2025\n\nLiesl Dovrane won Harnvik's mayoral by-election."
    first = "Dovrane took 24,987 votes to 24,745 for Aksel Brunholm in the first count."
    con = load(
        tmp_path / "recount",
        {
            "a.txt": f"{lead} {first} Turnout was low.",
            "b.txt": f"{lead} {first} Brunholm asked for a recount.",
            "c.txt": f"{lead} The recount gave Dovrane 24,971 votes to Brunholm's 24,752.",
        },
    )
    assert con.execute("select count(*) from contradictions where kind = 'numeric'").fetchone() == (0,)


def test_another_ministers_portfolio_is_a_role_conflict_but_two_names_of_one_post_are_not(tmp_path):
    lead = "Published April 13, 2026\n\nFlights were cancelled across Solvenn as the volcano erupted."
    con = load(
        tmp_path / "posts",
        {
            "a.txt": f"{lead} Transport Minister Rasmus Eide said ferries would run. Finance director Tobias Renk "
            "of Solvenn Air said losses would be large. Economy and Industry Minister Tobias Wendt met airlines.",
            "b.txt": f"{lead} Transport Minister Rasmus Eide promised help. Solvenn Air's finance director, "
            "Tobias Renk, declined to comment. Economy and Industry Minister Tobias Wendt spoke later.",
            "c.txt": f"{lead} Interior Minister Rasmus Eide visited the shelter. Chief financial officer Tobias Renk "
            "said the airline would recover. Economy Minister Tobias Wendt said help would come.",
        },
    )
    rows = kinds(con).get("role_conflict", [])
    assert [file_a for _, file_a in rows] == ["c.txt"]
    assert "Interior Minister" in rows[0][0] and "Transport Minister" in rows[0][0]


def test_a_sentence_that_gives_both_values_sets_two_quantities_side_by_side(tmp_path):
    con = load(
        tmp_path / "side",
        {
            "a.txt": "Published March 12, 2026\n\nFood and soft drinks cost 4.7% more than a year earlier, with "
            "butter up 18% and coffee up 22%, the statistics office said.",
            "b.txt": "Published March 12, 2026\n\nButter cost 18% more than a year earlier, the office said.",
            "c.txt": "Published March 12, 2026\n\nButter cost 18 per cent more than a year earlier.",
        },
    )
    # a candidate at most, below the line users act on
    rows = con.execute("select value_a, value_b from contradictions where kind = 'numeric'").fetchall()
    assert (4.7, 18.0) not in rows and (18.0, 4.7) not in rows


def test_a_follow_up_in_figures_of_its_own_joins_its_story_by_the_names_it_shares(tmp_path):
    day_one = (
        "Published October 18, 2025\n\nFloods swept through the Veska valley on Saturday after two days of "
        "torrential rain. The river peaked at 6.87 metres at the Tullenbrook gauge, the Calverian Meteorological "
        "Institute said, and five people died. Governor Dmitri Kostava said 4,600 homes had been damaged. "
        "Interior Minister Clara Voss released emergency money and Inger Holloway of Civil Protection led the "
        "rescue.{extra}"
    )
    follow_up = (
        "Published October 20, 2025\n\nThe number of people killed has risen to nine, after searchers found "
        "two bodies on Monday. Governor Dmitri Kostava said about 5,200 houses were affected and that the "
        "cost would reach at least 1.9 billion dalens. Clara Voss called the money a first instalment, and Inger "
        "Holloway said the search for the missing would continue. Insurers expect claims of 620 million dalens, "
        "and about 3,400 residents could not go home."
    )
    budget = (
        "Published October 20, 2025\n\nParliament passed the 2026 budget on Monday by 88 votes to 61. Finance "
        "Minister Petra Lund said spending would rise 3.1% to 84 billion dalens. Interior Minister Clara Voss "
        "won 120 million dalens more for the police, and Governor Dmitri Kostava welcomed road money for the "
        "province."
    )
    con = load(
        tmp_path / "floods",
        {
            "a.txt": day_one.format(extra=""),
            "b.txt": day_one.format(extra=" Schools were closed."),
            "c.txt": follow_up,
            "d.txt": budget,
        },
    )
    stories = dict(con.execute("select source_file, story_id from stories").fetchall())
    assert stories["a.txt"] == stories["b.txt"] == stories["c.txt"]
    assert stories["d.txt"] != stories["a.txt"]

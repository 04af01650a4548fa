from datetime import datetime

import pytest

from flows.stages.clean.article import clean_article, normalise
from flows.stages.clean.page_lines import is_furniture, is_prose

PAGE = """Skip to content
Home
World
Business
Weather
Sign in
Subscribe
Storm Delia leaves 14 dead as floods sweep northern coast
By Maria Lopez | October 31, 2025 · 11:42 CET
Share on Facebook
Share on X
Email
At least 14 people were killed and 2,300 evacuated after Storm Delia brought 120 mm of rain to the northern coast on Thursday, officials said.
Winds reached 148 km/h in the port city of Calvera, where the harbour wall collapsed.Rescue teams worked through the night to reach villages cut off by landslides.
Advertisement
"We have never seen water rise this fast," said Ana Ruiz, the town's mayor.
At least 14 people were killed and 2,300 evacuated after Storm Delia brought 120 mm of rain to the northern coast on Thursday, officials said.
The national weather agency expects the storm to weaken by Saturday.
Related stories
Heatwave records broken in 12 cities
October 12, 2025
Ferry operator posts €1.3bn loss
September 30, 2025
Sign up for our morning newsletter
Get the latest news in your inbox
© 2025 Coastal Daily. All rights reserved.
The views expressed in comments do not necessarily reflect those of Coastal Daily.
"""


def test_page_furniture_is_removed_and_the_body_kept():
    article = clean_article(PAGE, "txt")
    text = article.clean_text
    assert text.startswith("At least 14 people were killed")
    for kept in ("Winds reached 148 km/h", "said Ana Ruiz", "expects the storm to weaken by Saturday."):
        assert kept in text
    for dropped in (
        "Skip to content",
        "Share on",
        "Subscribe",
        "Advertisement",
        "Related stories",
        "Heatwave records",
        "€1.3bn",
        "newsletter",
        "All rights reserved",
        "views expressed",
    ):
        assert dropped not in text


def test_headline_and_byline_become_metadata():
    article = clean_article(PAGE, "txt")
    assert article.title == "Storm Delia leaves 14 dead as floods sweep northern coast"
    assert article.published_at == datetime(2025, 10, 31, 10, 42)  # 11:42 CET in UTC
    assert article.author == "Maria Lopez"
    assert article.publisher == "Coastal Daily"
    assert article.title not in article.clean_text
    assert "Maria Lopez" not in article.clean_text


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe says",
        "© 2025 Acme Media. All Rights Reserved.",
        "Flooded streets in Calvera (Photo: Reuters)",
        "Home | World | Business | Sport",
        "News   Video   Weather",
        "FTSE 100 ▲ 0.4%   Dow ▼ 0.2%",
        "Lisbon 21°C",
    ],
)
def test_page_phrases_anywhere_in_a_line_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister says the plan will cost 2 billion euros over five years.",
        "Reserved seats sold out within an hour, the organisers said on Friday.",
        "Temperatures reached 41°C in Seville, the highest reading since records began in 1951.",
    ],
)
def test_article_sentences_with_those_words_are_not(line):
    assert not is_furniture(line)


def test_repeated_sentences_appear_once_and_glued_sentences_are_split():
    text = clean_article(PAGE, "txt").clean_text
    assert text.count("At least 14 people were killed") == 1
    assert "collapsed. Rescue teams" in text


def test_sentence_offsets_point_into_the_clean_text():
    article = clean_article(PAGE, "txt")
    sentences = [article.clean_text[s:e] for s, e in article.sentences]
    assert sentences[0].startswith("At least 14 people") and sentences[0].endswith("officials said.")
    assert any(s == "The national weather agency expects the storm to weaken by Saturday." for s in sentences)


def test_mojibake_is_repaired_and_language_detected():
    garbled = "Die Exporte sind im Mai um 3,4 Prozent gesunken, teilte das Statistische Bundesamt mit. Die HÃ¤ndler waren Ã¼berrascht."
    article = clean_article(garbled, "txt")
    assert "Händler waren überrascht" in article.clean_text
    assert article.language == "de"


def test_html_goes_through_main_content_extraction_with_metadata():
    page = """<html><head><title>Acme profit jumps | Daily Ledger</title>
    <meta name="author" content="Sam Lee"><meta property="og:site_name" content="Daily Ledger">
    <meta property="article:published_time" content="2025-02-14T08:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
    <article><h1>Acme profit jumps</h1>
    <p>Acme Corp. said on Thursday that net income rose 12% to $450 million in the fourth quarter, beating analysts' forecasts.</p>
    <p>Revenue climbed 8% to $2.1 billion, the company said in a statement to the stock exchange.</p></article>
    <footer>© 2025 Daily Ledger. All rights reserved. <a href="/privacy">Privacy policy</a></footer></body></html>"""
    article = clean_article(page, "html")
    assert "net income rose 12% to $450 million" in article.clean_text
    assert "Revenue climbed 8%" in article.clean_text
    assert "Privacy policy" not in article.clean_text and "Markets" not in article.clean_text
    assert article.author == "Sam Lee"
    assert article.publisher == "Daily Ledger"
    assert article.published_at is not None and article.published_at.year == 2025


def test_given_metadata_wins_over_what_the_text_suggests():
    article = clean_article(
        "Prices rose 2% in March, the statistics office said on Friday.",
        "jsonl",
        title="Prices",
        published_at="2025-04-11T10:00:00Z",
        publisher="Wire",
    )
    assert (article.title, article.publisher) == ("Prices", "Wire")
    assert article.published_at.date().isoformat() == "2025-04-11"


def test_a_large_file_of_one_repeated_paragraph_is_cleaned_to_one_paragraph():
    paragraph = "The river burst its banks on Saturday, flooding 300 homes, officials said.\n\n"
    article = clean_article(paragraph * (3_000_000 // len(paragraph)), "txt")
    assert article.clean_text == paragraph.strip()


def test_truncated_html_keeps_what_is_there():
    page = (
        "<html><head><title>Quake</title></head><body><article><p>A strong earthquake struck the coast "
        "on Monday, killing at least 12 people and injuring 40, officials said.</p><p>Rescue teams were sear"
    )
    article = clean_article(page, "html")
    assert article.clean_text.startswith("A strong earthquake struck the coast on Monday")


def test_language_english_by_its_function_words_and_others_by_the_model():
    english = (
        "The central bank said on Tuesday that inflation had eased for a third month, and that "
        "it would keep rates on hold while wages were still rising faster than prices. "
    ) * 2
    german = (
        "Die Zentralbank teilte am Dienstag mit, die Inflation habe sich den dritten Monat in Folge "
        'abgeschwächt. "The worst is over", sagte ein Analyst, doch die Löhne steigen weiter. '
    ) * 2
    spanish = (
        "El banco central dijo el martes que la inflación se moderó por tercer mes consecutivo y que "
        "mantendrá los tipos sin cambios mientras los salarios sigan subiendo. "
    ) * 2
    assert [clean_article(text, "txt").language for text in (english, german, spanish)] == ["en", "de", "es"]


def test_the_language_is_told_by_the_prose_not_by_a_list_of_names_and_results_above_it():
    results = (
        "Women's 400m: 1 Sanna Lindqvist (Ravensholt AC) 50.38 NR; 2 Ayo Fairweather (Vennholt Striders) 51.20; "
        "3 Katrin Sel (Selport AC) 51.64\n\nWomen's 5,000m: 1 Tilde Oakes (Brackwater Harriers) 15:21.84; "
        "2 Ines Carvalho-Reid (Vennholt Striders) 15:25.04\n\nMen's 1500m: 1 Mikael Torsvik (Lindevale AC) "
        "3:36.42\n\nMen's pole vault: 1 Lukas Fenner (Kelby AC) 5.72m CR\n\nWomen's long jump: 1 Freya Dunmore "
        "(Dunmarsh AC) 6.71m\n\n"
    )
    prose = (
        "A tearful Sanna Lindqvist has been speaking to reporters after her record run. She said her coach "
        "had told her to be brave in the back straight, and that she would never forget the crowd.\n\n"
        "The 23-year-old's time is also well inside the qualifying standard for the World Championships, "
        "which the federation will confirm when it names its team next week.\n\n"
    )
    assert clean_article(results + prose, "txt").language == "en"


def test_control_characters_never_reach_the_clean_text():
    assert normalise("Growth was 3%\x00 in\x0b the first \x85quarter.") == "Growth was 3% in the first quarter."


def test_a_page_nested_deeper_than_any_real_one_keeps_its_text():
    depth = 100_000  # the HTML parser's time grows with the square of the depth: 13 s for this page unflattened
    story = "Revenue rose 12% to $4.5 billion in the third quarter, the company said on Monday."
    page = f"<html><body>{'<div>' * depth}<p>{story}</p>{'</div>' * depth}</body></html>"
    assert story[:40] in clean_article(page, "html").clean_text


# A pasted page whose cookie banner reads as prose, whose standfirst opens the body before the
# byline, and whose author line names a role instead of starting with "By".
BANNERED_PAGE = """THE HARBOUR HERALD
News | Sport | Business | Weather
This site uses cookies to remember your settings and to measure how the site is used. Continue browsing to accept, or change your settings. [OK] [Settings]
News › Coast
Ferry operator cancels 40 sailings as storm closes the strait
Crossings will resume once winds drop below gale force, the company said.
Anna Vik, Transport Correspondent
October 5, 2025 · 9:47 PM GMT · Updated October 6, 2025 · 3:15 AM GMT · 4 min read
Share on Facebook · Share on X
The ferry operator Strait Lines cancelled 40 sailings on Sunday as a storm closed the strait to shipping, leaving about 6,000 passengers to find another way across.
"Safety comes first," a spokesperson said, adding that the fleet would stay in port until the wind eased.
The company said it would refund all tickets for the cancelled crossings in full within 14 days.
"""


def test_a_cookie_banner_is_page_furniture_however_its_sentences_read():
    assert "cookies" not in clean_article(BANNERED_PAGE, "txt").clean_text


@pytest.mark.parametrize(
    "banner",
    [
        "We use cookies. Some are necessary for this site to work; others help us improve it. [Accept all] [Necessary only]",
        "We and our 214 partners store and access information on your device to serve personalised ads. I ACCEPT | MORE OPTIONS",
        "This blog uses cookies from WordPress and Google Analytics. OK",
    ],
)
def test_consent_banners_of_several_wordings_are_furniture(banner):
    assert is_furniture(banner)


def test_a_consent_banner_that_an_html_page_keeps_in_its_main_text_is_furniture():
    page = """<html><head><title>Fire shuts line</title></head><body>
    <div class="cmp"><p>We and our 214 partners store and access information on your device to serve
    personalised ads and content.</p><button>I ACCEPT</button></div>
    <p>A fire at a signalling centre shut the main line for most of Monday, forcing the operator to
    cancel 1,240 services and leaving thousands of passengers stranded, the company said.</p>
    <p>Engineers worked through the night to restore power to the signals, and trains ran again by dawn.</p>
    </body></html>"""
    text = clean_article(page, "html").clean_text
    assert "cancel 1,240 services" in text
    assert "partners" not in text


def test_a_bulleted_list_of_sentences_is_kept_and_a_menu_is_not():
    page = """<html><head><title>Wildfire live</title></head><body>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li>Weather</li></ul></nav>
    <main><h1>Wildfire live: 61 homes destroyed</h1>
    <section class="key-points"><h2>Summary</h2><ul>
    <li>A wildfire in the Tarnwald forest has burned 5,750 hectares, officials said at their 6pm briefing</li>
    <li>61 homes have been destroyed and 3,600 people have been forced from their homes</li>
    </ul></section>
    <p>At the evening briefing, the chief fire officer said the fire had now burned 5,750 hectares and
    destroyed 61 homes, and that 4,100 people had been evacuated from seven villages.</p>
    <p>Crews from three provinces were fighting the flames through the night, he said.</p></main>
    </body></html>"""
    text = clean_article(page, "html").clean_text
    assert "3,600 people have been forced from their homes" in text  # a live page's key points
    assert "Sport" not in text


def test_the_standfirst_under_the_headline_is_kept_as_the_articles_first_paragraph():
    page = """<html><head><title>Outbreak spreads</title></head><body>
    <header class="masthead"><a href="/">Home</a> <a href="/health">Health</a></header>
    <article><h1 class="headline">Hospital outbreak spreads to a second ward</h1>
    <p class="standfirst">Thirty-one patients have now tested positive, and the ward has closed to new admissions</p>
    <p class="byline">By Kim Ode</p>
    <div class="article-body">
    <p>The first case was found on ward 4 on 2 October, and infection-control staff hoped it would be the
    only one. A month later the hospital says the outbreak is the largest it has recorded.</p>
    <p>Visiting has been restricted on both wards until further notice, the hospital said.</p>
    <p>Staff on the two wards have been screened twice a week since the second case, and every patient
    moved in from another hospital is now kept apart until two swabs have come back negative.</p>
    <p>The hospital's director of nursing said the wards had been running above their planned
    capacity for most of the autumn, which made it harder to keep infected patients apart.</p>
    <p>Patients' groups have asked for an independent review of how the outbreak was handled, and
    the regional health board said it would publish its own findings before the end of the year.</p>
    <p>The bacterium does not harm most healthy people, doctors said, but it can cause serious
    infections in patients who are already ill, and few antibiotics still work against it.</p>
    </div></article></body></html>"""
    text = clean_article(page, "html").clean_text
    assert text.startswith("Thirty-one patients have now tested positive, and the ward has closed")
    assert text.count("Thirty-one patients") == 1


def test_a_factbox_of_key_facts_is_kept_as_bulleted_lines_and_a_related_box_is_not():
    body = "".join(
        f"<p>Paragraph {n} of the report says the line will stay closed while investigators examine the "
        "curve, the signals and the train's recorder, and that services will run by bus until then.</p>"
        for n in range(1, 7)
    )
    page = f"""<html><head><title>Derailment</title></head><body><article><h1>Train derails</h1>
    <div class="article-body">{body}
    <aside class="factbox"><h2>What we know</h2><ul><li>On board: 212 passengers and four crew</li>
    <li>Dead: three. Injured: 41</li></ul></aside></div>
    <aside class="related"><h2>Related</h2><ul><li><a href="/a">Rail strike called off</a></li></ul></aside>
    </article></body></html>"""
    text = clean_article(page, "html").clean_text
    assert "• On board: 212 passengers and four crew" in text and "• Dead: three. Injured: 41" in text
    assert "Rail strike called off" not in text


def test_an_aside_headed_key_figures_is_kept_with_its_terms_and_values_on_one_line():
    body = "".join(
        f"<p>Paragraph {n} of the report says the airline's summer bookings are strong, but the grounding of "
        "part of its fleet for engine checks cost it dearly in the spring and will weigh on the year.</p>"
        for n in range(1, 7)
    )
    page = f"""<html><head><title>Airline loss</title></head><body><article><h1>Airline loss widens</h1>
    <aside class="box"><h3>Key figures: first half</h3><dl><dt>Revenue</dt><dd>€2,184m (+4.2%)</dd>
    <dt>Load factor</dt><dd>76.9% (H1 2025: 80.4%)</dd></dl></aside>
    <div class="story__body">{body}</div>
    <aside class="more"><h3>More from Business</h3><ul><li><a href="/a">Rail strike called off</a></li></ul></aside>
    </article></body></html>"""
    text = clean_article(page, "html").clean_text
    assert "• Load factor: 76.9% (H1 2025: 80.4%)" in text and "• Revenue: €2,184m (+4.2%)" in text
    assert "Rail strike called off" not in text


def test_a_box_of_key_figures_in_a_table_is_kept():
    body = "".join(
        f"<p>Paragraph {n} of the release says the economy grew in the fourth quarter, helped by household "
        "spending, while business investment fell again and exports rose more slowly than imports.</p>"
        for n in range(1, 7)
    )
    page = f"""<html><head><title>GDP</title></head><body><article><h1>Economy grows</h1>
    <div class="lp-body">{body}
    <aside class="lp-keyfigures"><h2>Key figures</h2><table><thead><tr><th></th><th>q/q</th><th>y/y</th></tr></thead>
    <tbody><tr><th>GDP</th><td>+0.4%</td><td>+1.6%</td></tr>
    <tr><th>Household consumption</th><td>+0.7%</td><td>+2.1%</td></tr>
    <tr><th>Government consumption</th><td>+0.5%</td><td>+1.3%</td></tr>
    <tr><th>Exports</th><td>+0.8%</td><td>+2.2%</td></tr></tbody></table></aside>
    <p>The agency will publish its third estimate of the quarter's growth at the end of March, with new data.</p></div>
    </article></body></html>"""
    assert "Government consumption\t\t+0.5%\t\t+1.3%" in clean_article(page, "html").clean_text


def test_a_table_in_a_figure_is_kept_with_its_caption_above_it_and_a_photo_is_not():
    body = "".join(
        f"<p>Paragraph {n} of the report says the alliance won the election, taking the capital by a wide "
        "margin while the rural regions split between the two largest parties of the old coalition.</p>"
        for n in range(1, 5)
    )
    page = f"""<html><head><title>Election</title></head><body><article><h1>Alliance wins</h1>{body}
    <figure><img src="count.jpg" alt="Officials count ballots"><figcaption>Counting in Lowmarch</figcaption></figure>
    <figure class="wp-block-table"><figcaption>How the regions voted</figcaption><table>
    <thead><tr><th>Region</th><th>Turnout</th><th>Civic Alliance</th></tr></thead>
    <tbody><tr><td>Lowmarch</td><td>69.2%</td><td>27.4%</td></tr><tr><td>Eskerfell</td><td>66.4%</td><td>30.8%</td></tr>
    </tbody></table></figure>{body}</article></body></html>"""
    text = clean_article(page, "html").clean_text
    assert "How the regions voted\n\nRegion\t\tTurnout\t\tCivic Alliance" in text
    assert "Eskerfell\t\t66.4%\t\t30.8%" in text
    assert "Officials count ballots" not in text and "Counting in Lowmarch" not in text


def test_a_table_header_of_years_alone_is_kept_not_taken_for_a_date():
    body = "".join(
        f"<p>Paragraph {n} of the report says the central bank cut its policy rate and lowered its growth "
        "forecasts for the next two years, while warning that core inflation was still too high.</p>"
        for n in range(1, 5)
    )
    page = f"""<html><head><title>Rates</title></head><body><article><h1>Bank cuts</h1>{body}
    <table><caption>Staff projections</caption><thead><tr><th></th><th>2026</th><th>2027</th></tr></thead>
    <tbody><tr><td>GDP growth</td><td>0.8%</td><td>1.3%</td></tr><tr><td>CPI inflation</td><td>2.2%</td><td>1.9%</td></tr>
    </tbody></table>{body}</article></body></html>"""
    assert "2026\t\t2027\n\nGDP growth\t\t0.8%\t\t1.3%" in clean_article(page, "html").clean_text


def test_a_bulleted_key_figure_is_no_menu_entry():
    assert not is_furniture("• Monthly pass: €64 to €69")
    assert not is_furniture("• Turnout: 61.2%")
    assert is_furniture("• Sport")


def test_an_article_paragraph_about_cookies_is_not_a_banner():
    paragraph = (
        "The regulator said that 62% of the 500 websites it checked placed advertising cookies before "
        "visitors could refuse them, and that it would write to the worst offenders this month."
    )
    assert not is_furniture(paragraph)


def test_a_byline_met_after_the_standfirst_still_dates_the_article_and_names_its_author():
    article = clean_article(BANNERED_PAGE, "txt")
    assert article.published_at == datetime(2025, 10, 5, 21, 47)
    assert article.author == "Anna Vik"
    assert article.title == "Ferry operator cancels 40 sailings as storm closes the strait"
    assert "Anna Vik" not in article.clean_text and "4 min read" not in article.clean_text


def test_a_wire_storys_credits_keep_the_short_paragraph_before_them():
    body = " ".join(["The court heard evidence from 46 witnesses over a trial that lasted seven weeks."] * 3)
    text = (
        "Jury convicts businessman of murder\n\n"
        f"{body}\n\n"
        "Tournament director Camilla Roos said a record 61,400 spectators had attended.\n\n"
        "(Reporting by Ida Rasmussen; Editing by Jonas Berg)\n\n"
        "Related stories\n"
    )
    clean = clean_article(text, "txt").clean_text
    assert "Camilla Roos said a record 61,400 spectators" in clean
    assert "Reporting by" not in clean


def test_a_photo_credit_still_takes_its_caption_with_it():
    body = " ".join(["The court heard evidence from 46 witnesses over a trial that lasted seven weeks."] * 3)
    text = f"{body}\n\nThe defendant arrives at court on Monday\n(Photo: Lena Berg/Agency)\n\n{body}\n"
    assert "The defendant arrives" not in clean_article(text, "txt").clean_text


def test_a_comment_count_above_the_article_does_not_end_it():
    page = (
        "The Ostmere Courant\nYour county. Your news. Since 1902.\nHome  News  Farming  Sport\n\n"
        "Record harvest for Ostmere farmers\n\nNils Harrower\nWednesday, 15 October 2025, 6:00 am\n\n"
        "0 comments\n\n"
        "Ostmere farmers grew 3.27 million tonnes of grain this year, the most the province has ever "
        "produced, according to figures released by Statistics Corvennia yesterday.\n\n"
        "That is 10.5 per cent more than the 2.96 million tonnes harvested in the province in 2024, "
        "and it means Ostmere grew 34.7 per cent of the national harvest of 9.42 million tonnes.\n\n"
        "Prices at the Dunmarrow grain market have slipped to 183 euros a tonne for milling wheat, and "
        "several farmers said they were holding grain back in the hope of a recovery.\n\n"
        "3 comments\n\nGreat news for the valley, well done to all.\n"
    )
    text = clean_article(page, "txt").clean_text
    assert text.startswith("Ostmere farmers grew 3.27 million tonnes")
    assert "slipped to 183 euros a tonne" in text
    assert "Great news for the valley" not in text


def test_a_comment_count_under_a_short_line_of_prose_ends_only_that_line():
    page = (
        "Home  News  Sport\n\nRead our full coverage of the harvest in the e-edition today.\n\n"
        "2 comments\n\n"
        "Ostmere farmers grew 3.27 million tonnes of grain this year, the most the province has ever "
        "produced, according to figures released by Statistics Corvennia yesterday.\n\n"
        "That is 10.5 per cent more than the 2.96 million tonnes harvested in the province in 2024, "
        "and it means Ostmere grew 34.7 per cent of the national harvest of 9.42 million tonnes.\n"
    )
    text = clean_article(page, "txt").clean_text
    assert text.startswith("Ostmere farmers grew 3.27 million tonnes")
    assert "9.42 million tonnes" in text


@pytest.mark.parametrize("motto", ["Your county. Your news. Since 1902.", "All the news. All the time. Every day!"])
def test_a_mastheads_motto_is_no_prose(motto):
    assert not is_prose(motto)
    assert is_prose("The council met on Tuesday. It voted to raise rates by 4%.")

"""A synthetic but realistic news corpus for benchmarks: shared events, varied pages, known errors.

The corpus is a small world of news events (economic releases, company results, disasters),
each with its own true figures, reported by several articles in their own words: different
sentence templates and paragraph orders, background paragraphs without figures, quotes, a
headline and byline, and the page furniture a saved page carries (menus, share bars,
"Related posts" with dates and view counts, a newsletter box, a cookie banner, a copyright
line). A page is about the size of the samples' median page (3.4 KB against 3.5 KB), of which
about 2.2 KB is article text: the samples carry little furniture, and their median article text
is 3.1 KB, so a generated article is about two thirds of theirs.

Half the sites set their text in typographic style: curly quotes and apostrophes, and a
dateline with an em dash ("NAIROBI — ..."); their clean text is not ASCII, as most real pages'
is not. About 60% of the articles are .txt pages, 25% .html pages (with scripts, navigation and
asides) and 15% lines of .jsonl exports; about 5% of the files are exact copies. About 3% of
the articles misreport one figure of their event: those are the contradictions a run should
find, and ``write_corpus`` returns them as the answer key.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [
    "Germany",
    "Japan",
    "India",
    "Brazil",
    "Canada",
    "France",
    "Italy",
    "Spain",
    "Mexico",
    "Indonesia",
    "South Korea",
    "Australia",
    "Poland",
    "Turkey",
    "Chile",
    "Kenya",
    "Vietnam",
    "Sweden",
    "Norway",
    "Thailand",
    "Egypt",
    "Colombia",
    "Peru",
    "Nigeria",
    "Malaysia",
    "Portugal",
    "Austria",
    "Ireland",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
QUARTERS = ["first", "second", "third", "fourth"]
FIRST = [
    "Anna",
    "Kenji",
    "Priya",
    "Lars",
    "Maria",
    "Tunde",
    "Elena",
    "David",
    "Mei",
    "Omar",
    "Sofia",
    "Jonas",
    "Ingrid",
    "Rafael",
    "Amara",
    "Tomasz",
    "Leila",
    "Hiroshi",
    "Camila",
    "Viktor",
]
LAST = [
    "Keller",
    "Sato",
    "Nair",
    "Berg",
    "Silva",
    "Bello",
    "Rossi",
    "Cohen",
    "Chen",
    "Haddad",
    "Moreau",
    "Novak",
    "Lindqvist",
    "Okafor",
    "Duarte",
    "Kowalski",
    "Tanaka",
    "Ferreira",
    "Mensah",
    "Petrov",
]
COMPANY_A = [
    "Halvorsen",
    "Takumi",
    "Corvane",
    "Ostmark",
    "Brightwell",
    "Sarvani",
    "Meridian",
    "Kestrel",
    "Aurora",
    "Valdora",
    "Quillon",
    "Norrland",
    "Perivale",
    "Castellan",
    "Zephyra",
    "Obsidia",
]
COMPANY_B = [
    "Foods",
    "Electronics",
    "Semiconductor",
    "Automobil",
    "Group",
    "Infotech",
    "Energy",
    "Airlines",
    "Motors",
    "Pharmaceuticals",
    "Holdings",
    "Industries",
]
PLACES = [
    "Santa Catarina",
    "West Sulawesi",
    "Attica",
    "Ayacucho",
    "Kerala",
    "Queensland",
    "Sichuan",
    "Oaxaca",
    "Mindanao",
    "Sindh",
    "Veneto",
    "Bahia",
    "Assam",
    "Chiapas",
    "Hokkaido",
    "Galicia",
]
SITES = ["Daily", "Times", "Post", "Herald", "Wire", "Chronicle", "Observer", "Ledger"]
DATELINES = ["TOKYO", "BERLIN", "MUMBAI", "SÃO PAULO", "OTTAWA", "JAKARTA", "MADRID", "NAIROBI", "SEOUL", "LIMA"]


YEARS = [2021, 2022, 2023, 2024, 2025]


@dataclass
class Event:
    """One piece of news: who, when, and its true figures (name → value as written).

    ``period`` is what the figures measure (a month, a quarter, the month of a disaster) and
    ``announced`` the day they were made public; articles appear on that day or up to two
    days later. No two events share a kind, subject and period.
    """

    kind: str
    subject: str
    period: str
    year: int
    announced: date
    figures: dict[str, float]
    people: list[str] = field(default_factory=list)


@dataclass
class Misreport:
    """An article that states one figure of its event wrongly: a contradiction to find."""

    source_file: str
    figure: str
    true_value: float
    stated_value: float  # in the warehouse's base units (percent as 34.5, money in units)


def _person(r: random.Random) -> str:
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def _month_after(year: int, month: int, r: random.Random, first: int = 1, last: int = 25) -> date:
    """A working day in the month after ``month`` of ``year``."""
    day = date(year + month // 12, month % 12 + 1, r.randint(first, last))
    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() > 4 else 0)


def _economy_event(r: random.Random, subject: str, period: str, year: int) -> Event:
    return Event(
        "economy",
        subject,
        period,
        year,
        _month_after(year, MONTHS.index(period) + 1, r, 5, 20),
        {
            "cpi": round(r.uniform(0.5, 7), 1),
            "cpi_prev": round(r.uniform(0.5, 7), 1),
            "cpi_mom": round(r.uniform(0.1, 0.9), 1),
            "core": round(r.uniform(1, 5), 1),
            "energy": round(r.uniform(0.5, 9), 1),
            "food": round(r.uniform(0.5, 6), 1),
            "unemployment": round(r.uniform(3, 9), 1),
            "exports": round(r.uniform(0.5, 9), 1),
            "exports_bn": round(r.uniform(10, 90), 1),
            "imports": round(r.uniform(0.5, 7), 1),
            "policy_rate": round(r.uniform(1, 6), 2),
            "poll": round(r.uniform(0.5, 7), 1),
            "cuts": r.randint(2, 7),
        },
        [_person(r), _person(r)],
    )


def _company_event(r: random.Random, subject: str, period: str, year: int) -> Event:
    revenue = round(r.uniform(2, 60), 1)
    announced = _month_after(year, 3 * (QUARTERS.index(period) + 1), r, 10, 28)
    return Event(
        "company",
        subject,
        period,
        year,
        announced,
        {
            "revenue_bn": revenue,
            "growth": round(r.uniform(1, 30), 1),
            "net_income_bn": round(revenue * r.uniform(0.05, 0.2), 2),
            "margin": round(r.uniform(12, 30), 1),
            "margin_prev": round(r.uniform(5, 11.9), 1),
            "guidance_bn": round(revenue * 1.05, 1),
            "dividend": r.randint(2, 15),
            "plants": r.randint(2, 9),
            "hires": r.randint(1, 9) * 1000 + r.randint(100, 999),
            "shares": round(r.uniform(0.5, 12), 1),
            "value_bn": r.randint(1, 20),
            "employees": r.randint(20, 300) * 1000,
        },
        [_person(r), _person(r)],
    )


def _disaster_event(r: random.Random, subject: str, period: str, year: int) -> Event:
    return Event(
        "disaster",
        subject,
        period,
        year,
        date(year, MONTHS.index(period) + 1, r.randint(1, 26)),
        {
            "deaths": r.randint(3, 120),
            "injured": r.randint(130, 600),
            "missing": r.randint(2, 40),
            "evacuated": r.randint(1, 9) * 1000 + r.randint(100, 999),
            "rain_mm": r.randint(150, 600),
            "hours": r.randint(24, 96),
            "wind": r.randint(80, 190),
            "homes": r.randint(100, 900),
            "damage_m": r.randint(10, 900),
            "municipalities": r.randint(3, 20),
        },
        [_person(r), _person(r)],
    )


# kind → (event maker, every subject, every period); an event's key is (subject, period, year).
EVENT_KINDS = {
    "economy": (_economy_event, COUNTRIES, MONTHS),
    "company": (_company_event, [f"{a} {b}" for a in COMPANY_A for b in COMPANY_B], QUARTERS),
    "disaster": (_disaster_event, PLACES, MONTHS),
}


def _events(r: random.Random, count: int) -> list[Event]:
    """``count`` events (fewer if the world runs out of distinct ones), a third of each kind."""
    events = []
    for make, subjects, periods in EVENT_KINDS.values():
        keys = [(s, p, y) for s in subjects for p in periods for y in YEARS]
        events += [make(r, *key) for key in r.sample(keys, k=min(len(keys), -(-count // 3)))]
    r.shuffle(events)
    return events


# Figures an article may misreport, and how a stated value maps to the warehouse's base units.
MISREPORTABLE = {
    "cpi": 1.0,
    "unemployment": 1.0,
    "core": 1.0,
    "revenue_bn": 1e9,
    "growth": 1.0,
    "margin": 1.0,
    "deaths": 1.0,
    "injured": 1.0,
    "rain_mm": 1.0,
}


def _pick(r: random.Random, *variants: str) -> str:
    return r.choice(variants)


def _economy_body(r: random.Random, e: Event, f: dict) -> tuple[str, list[str]]:
    c, m, y = e.subject, e.period, e.year
    stats = _pick(r, "the national statistics office", "the statistics agency", "official data")
    figures = [
        _pick(
            r,
            f"Annual consumer price inflation in {c} eased to {f['cpi']}% in {m} {y} from {f['cpi_prev']}% a "
            f"month earlier, {stats} said on {e.announced:%A}.",
            f"Consumer prices in {c} rose {f['cpi']}% year-on-year in {m} {y}, slowing from {f['cpi_prev']}% in "
            f"the previous month, according to {stats}.",
        ),
        _pick(
            r,
            f"Economists polled by a news agency had expected a rate of {f['poll']}%.",
            f"Analysts had forecast inflation of {f['poll']}% for the month.",
        ),
        _pick(
            r,
            f"On the month, consumer prices rose {f['cpi_mom']}%.",
            f"Month-on-month, prices climbed {f['cpi_mom']}%.",
        ),
        _pick(
            r,
            f"Core inflation, which excludes food and energy, slowed to {f['core']}% in {m}.",
            f"Stripping out volatile food and energy, core inflation in {c} came in at {f['core']}% in {m}.",
        ),
        f"Energy prices fell {f['energy']}% from a year earlier while food prices rose {f['food']}%.",
        _pick(
            r,
            f"The unemployment rate in {c} stood at {f['unemployment']}% in {m}.",
            f"Unemployment held at {f['unemployment']}% in {m}, separate figures showed.",
        ),
        f"The central bank has cut its key rate {f['cuts']} times since it began easing and now holds it at "
        f"{f['policy_rate']}%.",
        _pick(
            r,
            f"Exports rose {f['exports']}% from a year earlier to ${f['exports_bn']} billion in {m}, while imports "
            f"fell {f['imports']}%.",
            f"Exports from {c} grew {f['exports']}% year-on-year to ${f['exports_bn']} billion, and imports slipped "
            f"{f['imports']}%.",
        ),
    ]
    person, other = e.people
    background = [
        f'"The disinflation process is intact, but services remain sticky," said {person}, chief economist at '
        f"{r.choice(COMPANY_A)} Bank.",
        "Policymakers have signalled that they want to see a sustained slowdown in wage growth before they "
        "consider further easing, and several board members warned that the last stretch would be the hardest.",
        "Households have felt the pressure of higher rents and insurance premiums, which have proved slower to "
        "adjust than goods prices, and consumer confidence surveys remain near their lows of the past decade.",
        f"{other}, an analyst at {r.choice(COMPANY_A)} Capital, said the figures gave the central bank room to keep "
        f"cutting, but warned that a weaker currency could push import prices back up in the coming months.",
        "The government is due to present its budget next month, and the finance ministry has said it will "
        "keep spending in check while it tries to bring down public debt.",
        "Markets took the data calmly, with bond yields little changed in early trading and the currency "
        "holding steady against the dollar.",
        "Rents, which make up a large share of the basket, rose at their slowest pace in more than two years, "
        "while airfares and package holidays fell as the travel season ended.",
        "Business surveys published earlier in the week pointed to a modest recovery in manufacturing, with "
        "new orders rising for the first time since the spring and firms reporting shorter delivery times.",
        f"Opposition lawmakers said the figures masked the strain on lower-income families in {c}, and called "
        f"on the government to extend support for energy bills through the winter.",
        "The statistics office will publish a revised estimate at the end of the month, which economists "
        "expect to confirm the slowdown in services prices.",
    ]
    title = _pick(
        r,
        f"{c} inflation eases in {m}",
        f"{c} consumer prices slow as core pressures persist",
        f"Inflation in {c} cools, central bank seen easing further",
    )
    return title, _with_asides(r, figures) + r.sample(background, k=r.randint(7, 10))


def _company_body(r: random.Random, e: Event, f: dict) -> tuple[str, list[str]]:
    n, q, y = e.subject, e.period, e.year
    figures = [
        _pick(
            r,
            f"{n} reported {q}-quarter revenue of ${f['revenue_bn']} billion on {e.announced:%A}, up "
            f"{f['growth']}% from a year earlier, as demand recovered in its main markets.",
            f"{n} said revenue for the {q} quarter of {y} rose {f['growth']}% year-on-year to "
            f"${f['revenue_bn']} billion.",
        ),
        _pick(
            r,
            f"Net income rose to ${f['net_income_bn']} billion, while the operating margin widened to "
            f"{f['margin']}% from {f['margin_prev']}%.",
            f"Its operating margin improved to {f['margin']}% from {f['margin_prev']}%, and net income reached "
            f"${f['net_income_bn']} billion.",
        ),
        f"The company forecast revenue of about ${f['guidance_bn']} billion for the current quarter and raised its "
        f"dividend by {f['dividend']}%.",
        f"Chief Executive {e.people[0]} said the group would open {f['plants']} plants and hire {f['hires']:,} workers "
        f"this year.",
        _pick(
            r,
            f"Shares of {n} rose {f['shares']}% in early trading, adding about ${f['value_bn']} billion to its "
            f"market value.",
            f"The stock jumped {f['shares']}% after the results.",
        ),
        f"The group employs about {f['employees']:,} people worldwide.",
    ]
    background = [
        f'"We are seeing customers come back across all our regions, and our order book has never been '
        f'stronger," {e.people[0]} told analysts on a conference call.',
        "The company has spent the past two years cutting costs, closing older sites and moving production "
        "closer to its largest customers, a strategy that analysts say is now paying off.",
        f"{e.people[1]}, an analyst at {r.choice(COMPANY_A)} Securities, said the guidance looked cautious given the "
        f"strength of demand, but noted that input costs remain a risk for the rest of the year.",
        "Competition has intensified as rivals expand capacity, and the company has warned that prices in its "
        "largest segment may come under pressure in the second half.",
        "The board also approved a plan to simplify the group's structure, which it said would make it easier "
        "for investors to value the separate businesses.",
        "Regulators are still reviewing a planned acquisition announced earlier in the year, and the company "
        "said it expects a decision before the end of the year.",
        "Demand from data centres and electric vehicles has lifted orders across the industry, although "
        "customers in Europe have been slower to commit to new contracts than those in Asia.",
        f"{e.people[0]}, who took over as chief executive last year, has promised to return more cash to "
        f"shareholders and to focus the group on its most profitable products.",
        "Labour unions have criticised the plant closures announced last year and are pressing for job "
        "guarantees at the sites the company plans to keep.",
        "The results were published before the market opened, and the company will hold its annual investor "
        "day next month, where it is expected to set out new medium-term targets.",
    ]
    title = _pick(
        r,
        f"{n} profit beats forecasts",
        f"{n} lifts dividend as revenue climbs",
        f"{n} shares jump after strong {q} quarter",
    )
    return title, _with_asides(r, figures) + r.sample(background, k=r.randint(7, 10))


def _disaster_body(r: random.Random, e: Event, f: dict) -> tuple[str, list[str]]:
    p, m = e.subject, e.period
    figures = [
        _pick(
            r,
            f"Floods and landslides in {p} province killed {f['deaths']} people and injured {f['injured']}, "
            f"officials said on {e.announced:%A}, as rescuers searched for at least {f['missing']} people "
            f"who remain missing.",
            f"The death toll from floods in {p} province rose to {f['deaths']}, with {f['injured']} people injured "
            f"and {f['missing']} still missing, the disaster agency said.",
        ),
        f"More than {f['evacuated']:,} residents were evacuated after {f['rain_mm']} mm of rain fell in {f['hours']} "
        f"hours, the meteorological agency said.",
        f"Winds reached {f['wind']} km/h near the coast, and about {f['homes']} homes were destroyed.",
        f"The provincial government estimated damage at ${f['damage_m']} million and declared a state of emergency "
        f"in {f['municipalities']} municipalities.",
    ]
    background = [
        f'"Entire neighbourhoods are under water, and we are still reaching villages that have been cut off," '
        f"said {e.people[0]}, who leads the provincial rescue effort.",
        "Soldiers and volunteers used boats to reach families stranded on rooftops, and helicopters dropped food "
        "and drinking water to communities whose roads had been washed away.",
        f"{e.people[1]}, a climate scientist at the national university, said warmer seas were making heavy "
        f"downpours more frequent in the region, and that building on flood plains had worsened the damage.",
        "Schools in the worst-hit districts were closed and turned into shelters, and the health ministry sent "
        "medical teams to prevent outbreaks of waterborne disease.",
        f"The rainy season usually peaks in {m}, but forecasters said this year's storms had arrived earlier and "
        f"lingered longer than usual.",
        "Power was cut to large parts of the province, and the electricity company said it could take several "
        "days to restore supplies to remote areas.",
        "Residents described water rising within minutes in the night, forcing families to flee with only "
        "what they could carry as rivers burst their banks.",
        "Aid agencies appealed for donations of tents, blankets and clean water, and neighbouring provinces sent "
        "rescue teams and heavy equipment to clear blocked roads.",
        "The national government said it would release emergency funds for reconstruction and promised to review "
        "building rules in areas at risk of landslides.",
        "Forecasters warned that more heavy rain was expected over the weekend, raising the risk of further "
        "landslides on hillsides already saturated by the storms.",
    ]
    title = _pick(
        r,
        f"Floods kill {f['deaths']} in {p}",
        f"{p} floods: rescuers search for missing as toll rises",
        f"Thousands evacuated as floods hit {p}",
    )
    return title, _with_asides(r, figures) + r.sample(background, k=r.randint(7, 10))


BODIES = {"economy": _economy_body, "company": _company_body, "disaster": _disaster_body}


# Sentences that follow a figure in a paragraph without adding one.
ASIDES = [
    "The figure was broadly in line with what markets had priced in.",
    "That was the clearest sign yet that the trend of recent months is holding.",
    "Officials gave no further detail, and a revised estimate is due later.",
    "The number surprised some observers, who had expected a weaker reading.",
    "It is the first time in several months that the measure has moved in that direction.",
    "Local media, citing people familiar with the matter, reported similar numbers.",
]


def _with_asides(r: random.Random, paragraphs: list[str]) -> list[str]:
    return [p + " " + r.choice(ASIDES) if r.random() < 0.5 else p for p in paragraphs]


def _misreport(r: random.Random, event: Event) -> tuple[dict, str | None]:
    """The figures as one article states them: about 3% get one figure wrong."""
    figures = dict(event.figures)
    candidates = [k for k in figures if k in MISREPORTABLE]
    if r.random() >= 0.03 or not candidates:
        return figures, None
    key = r.choice(candidates)
    true = figures[key]
    wrong = true * r.choice([0.6, 0.75, 1.3, 1.5])
    figures[key] = round(wrong) if isinstance(true, int) else round(wrong, 1 if key != "net_income_bn" else 2)
    if figures[key] == true:
        return dict(event.figures), None
    return figures, key


def _typographic(text: str) -> str:
    """Curly quotes and apostrophes for straight ones."""
    return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text).replace("'", "\u2019")


def _furniture(r: random.Random, site: str) -> tuple[list[str], list[str]]:
    head = [
        f"{site} | Breaking News, Markets & World",
        "Home | World | Business | Markets | Sport | Opinion | Video",
        "Subscribe",
        "Sign in",
        "Search",
        "Menu",
    ]
    tail = ["Share on Facebook", "Share on X", "Copy link", "Related Posts"]
    for _ in range(r.randint(3, 5)):
        tail += [
            f"{r.choice(COUNTRIES)} {r.choice(['votes', 'rallies', 'braces for storm', 'cuts rates'])} as "
            f"{r.randint(2, 90)} {r.choice(['towns', 'firms', 'teams'])} react",
            f"{r.choice(MONTHS)} {r.randint(1, 28)}, 2025 · {r.randint(100, 9000):,} views",
        ]
    tail += [
        "Sign up for our morning newsletter",
        "We use cookies to improve your experience. Accept all cookies",
        f"© 2025 {site}. All rights reserved.",
    ]
    return head, tail


def _html_page(title: str, site: str, byline: str, head: list[str], body: list[str], tail: list[str]) -> str:
    nav = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in head[1].split(" | "))
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    related = "".join(f"<li><a href='/story'>{line}</a></li>" for line in tail[4:-3])
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title} | {site}</title>"
        f"<meta name='author' content='Staff Reporter'><meta property='og:site_name' content='{site}'>"
        f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>"
        f"<style>body{{font-family:serif}} nav li{{display:inline}}</style></head><body>"
        f"<header><div class='logo'>{site}</div><nav><ul>{nav}</ul></nav></header>"
        f"<main><article><h1>{title}</h1><p class='byline'>By Staff Reporter · {byline}</p>{paragraphs}</article>"
        f"<div class='share'>{' '.join(tail[:3])}</div>"
        f"<aside><h2>Related Posts</h2><ul>{related}</ul></aside></main>"
        f"<footer><p>{tail[-3]}</p><p>{tail[-2]}</p><p>{tail[-1]}</p></footer></body></html>"
    )


def write_corpus(folder: Path, articles: int, seed: int = 7) -> tuple[int, list[Misreport]]:
    """Write about ``articles`` articles into ``folder``; return the bytes written and the misreports."""
    r = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    events = _events(r, max(1, articles // 4))  # about four articles an event, more past the world's size
    written = 0
    jsonl: list[str] = []
    files: list[Path] = []
    misreports: list[Misreport] = []
    for i in range(articles):
        event = r.choice(events)
        figures, wrong = _misreport(r, event)
        title, paragraphs = BODIES[event.kind](r, event, figures)
        rest = paragraphs[1:] + [p.replace("said", "reported") for p in r.sample(paragraphs, k=r.randint(0, 2))]
        r.shuffle(rest)  # the lead stays first; some pages repeat a paragraph in other words
        paragraphs = paragraphs[:1] + rest
        if r.random() < 0.5:  # a site with a typographic house style
            title = _typographic(title)
            paragraphs = [f"{r.choice(DATELINES)} \u2014 " + paragraphs[0], *paragraphs[1:]]
            paragraphs = [_typographic(p) for p in paragraphs]
        site = f"{r.choice(COMPANY_A)} {r.choice(SITES)}"
        head, tail = _furniture(r, site)
        published = event.announced + timedelta(days=r.randint(0, 2))
        byline = f"{published:%B} {published.day}, {published.year}"
        kind = r.random()
        if kind < 0.15:
            name = f"export{len(jsonl) // 50:04d}.jsonl#{len(jsonl) % 50 + 1}"
            jsonl.append(
                json.dumps(
                    {
                        "url": f"https://example.org/{i}",
                        "title": title,
                        "published_at": byline,
                        "source": site,
                        "text": "\n\n".join(paragraphs + tail[-2:]),
                    }
                )
            )
        elif kind < 0.40:
            name = f"a{i:06d}.html"
            text = _html_page(title, site, byline, head, paragraphs, tail)
        else:
            name = f"a{i:06d}.txt"
            text = "\n".join([*head, title, f"By Staff Reporter | {byline}", *paragraphs, *tail])
        if not name.startswith("export"):
            (folder / name).write_text(text, encoding="utf-8")
            files.append(folder / name)
            written += len(text.encode())
        if wrong:
            misreports.append(
                Misreport(
                    name, wrong, event.figures[wrong] * MISREPORTABLE[wrong], figures[wrong] * MISREPORTABLE[wrong]
                )
            )
    for start in range(0, len(jsonl), 50):
        chunk = "\n".join(jsonl[start : start + 50]) + "\n"
        (folder / f"export{start // 50:04d}.jsonl").write_text(chunk, encoding="utf-8")
        written += len(chunk.encode())
    for original in r.sample(files, k=len(files) // 20):  # about 5% exact duplicates
        copy = original.with_name("copy_" + original.name)
        copy.write_bytes(original.read_bytes())
        written += copy.stat().st_size
    return written, misreports

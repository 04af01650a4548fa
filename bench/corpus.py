"""A synthetic but realistic news corpus for benchmarks: varied subjects, formats and page furniture.

Each article is a page as a user would save it: economic releases, company results or
disasters, with invented names and numbers, a headline and byline, menus, share bars,
"Related posts" with dates and view counts, a newsletter box and a copyright line. About 60%
are .txt, 25% .html and 15% lines of .jsonl exports; about 5% of the files are exact copies.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

COUNTRIES = ["Germany", "Japan", "India", "Brazil", "Canada", "France", "Italy", "Spain", "Mexico", "Indonesia",
             "South Korea", "Australia", "Poland", "Turkey", "Chile", "Kenya", "Vietnam", "Sweden"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FIRST = ["Anna", "Kenji", "Priya", "Lars", "Maria", "Tunde", "Elena", "David", "Mei", "Omar", "Sofia", "Jonas"]
LAST = ["Keller", "Sato", "Nair", "Berg", "Silva", "Bello", "Rossi", "Cohen", "Chen", "Haddad", "Moreau", "Novak"]
COMPANY_A = ["Halvorsen", "Takumi", "Corvane", "Ostmark", "Brightwell", "Sarvani", "Meridian", "Kestrel", "Aurora"]
COMPANY_B = ["Foods", "Electronics", "Semiconductor", "Automobil", "Group", "Infotech", "Energy", "Airlines", "Motors"]
PLACES = ["Santa Catarina", "West Sulawesi", "Attica", "Ayacucho", "Kerala", "Queensland", "Sichuan", "Oaxaca"]


def _economy(r: random.Random) -> tuple[str, list[str]]:
    country, month = r.choice(COUNTRIES), r.choice(MONTHS)
    cpi, prev = round(r.uniform(0.5, 6), 1), round(r.uniform(0.5, 6), 1)
    person = f"{r.choice(FIRST)} {r.choice(LAST)}"
    return f"{country} inflation eases to {cpi}% in {month}", [
        f"Annual consumer price inflation in {country} eased to {cpi}% in {month} from {prev}% a month earlier, "
        f"the national statistics office said on Friday.",
        f"Economists polled by a news agency had expected a rate of {round(cpi + r.uniform(-0.4, 0.4), 1)}%. "
        f"On the month, consumer prices rose {round(r.uniform(0, 0.9), 1)}%.",
        f"Core inflation, which excludes food and energy, slowed to {round(r.uniform(1, 5), 1)}%. Energy prices "
        f"fell {round(r.uniform(0.5, 8), 1)}% from a year earlier while food prices rose {round(r.uniform(0.5, 6), 1)}%.",
        f"\"The disinflation process is intact, but services remain sticky,\" said {person}, chief economist at "
        f"{r.choice(COMPANY_A)} Bank.",
        f"The central bank has cut its key rate {r.randint(2, 7)} times since it began easing and now holds it at "
        f"{round(r.uniform(1, 6), 2)}%. Unemployment stood at {round(r.uniform(3, 9), 1)}% in {month}.",
        f"Exports rose {round(r.uniform(-5, 9), 1)}% from a year earlier to ${round(r.uniform(10, 90), 1)} billion, "
        f"while imports fell {round(r.uniform(0.5, 7), 1)}%.",
    ]


def _company(r: random.Random) -> tuple[str, list[str]]:
    name = f"{r.choice(COMPANY_A)} {r.choice(COMPANY_B)}"
    revenue, growth = round(r.uniform(1, 60), 1), round(r.uniform(-10, 30), 1)
    person = f"{r.choice(FIRST)} {r.choice(LAST)}"
    return f"{name} profit beats forecasts", [
        f"{name} reported fourth-quarter revenue of ${revenue} billion on Wednesday, up {abs(growth)}% from a year "
        f"earlier, as demand recovered in its main markets.",
        f"Net income rose to ${round(revenue * r.uniform(0.05, 0.2), 2)} billion, while the operating margin widened "
        f"to {round(r.uniform(5, 30), 1)}% from {round(r.uniform(5, 30), 1)}%.",
        f"The company forecast revenue of about ${round(revenue * 1.05, 1)} billion for the current quarter and "
        f"raised its dividend by {r.randint(2, 15)}%.",
        f"Chief Executive {person} said the group would open {r.randint(2, 9)} plants and hire "
        f"{r.randint(1, 9)},{r.randint(100, 999)} workers this year.",
        f"Shares of {name} rose {round(r.uniform(0.5, 12), 1)}% in early trading, adding about "
        f"${r.randint(1, 20)} billion to its market value.",
    ]


def _disaster(r: random.Random) -> tuple[str, list[str]]:
    place = r.choice(PLACES)
    dead, injured = r.randint(3, 120), r.randint(10, 600)
    return f"Floods kill {dead} in {place}", [
        f"Floods and landslides in {place} province killed {dead} people and injured {injured}, officials said on "
        f"Sunday, as rescuers searched for at least {r.randint(2, 40)} people who remain missing.",
        f"More than {r.randint(1, 9)},{r.randint(100, 999)} residents were evacuated after {r.randint(150, 600)} mm of "
        f"rain fell in {r.randint(24, 96)} hours, the meteorological agency said.",
        f"Winds reached {r.randint(80, 190)} km/h near the coast, and about {r.randint(100, 900)} homes were destroyed.",
        f"The provincial government estimated damage at ${r.randint(10, 900)} million and declared a state of "
        f"emergency in {r.randint(3, 20)} municipalities.",
    ]


SUBJECTS = [_economy, _company, _disaster]


def _furniture(r: random.Random) -> tuple[list[str], list[str]]:
    site = f"{r.choice(COMPANY_A)} {r.choice(['Daily', 'Times', 'Post', 'Herald', 'Wire'])}"
    head = [f"{site} | Breaking News, Markets & World", "Home | World | Business | Markets | Sport | Opinion",
            "Subscribe", "Sign in"]
    tail = ["Share on Facebook", "Share on X", "Copy link", "Related Posts"]
    for _ in range(3):
        tail += [f"{r.choice(COUNTRIES)} {r.choice(['votes', 'rallies', 'braces for storm'])} as "
                 f"{r.randint(2, 90)} {r.choice(['towns', 'firms', 'teams'])} react",
                 f"{r.choice(MONTHS)} {r.randint(1, 28)}, 2025 · {r.randint(100, 9000):,} views"]
    tail += ["Sign up for our morning newsletter", f"© 2025 {site}. All rights reserved."]
    return head, tail


def article(r: random.Random) -> tuple[str, list[str], list[str], list[str], str]:
    """(title, header lines, body paragraphs, trailer lines, byline date) of one article."""
    title, body = r.choice(SUBJECTS)(r)
    extra = r.sample(body, k=min(len(body), r.randint(1, 3)))  # longer pages repeat some paragraphs' facts
    head, tail = _furniture(r)
    date = f"{r.choice(MONTHS)} {r.randint(1, 28)}, 2025"
    return title, head, body + [p.replace("said", "reported") for p in extra], tail, date


def write_corpus(folder: Path, articles: int, seed: int = 7) -> int:
    """Write about ``articles`` articles into ``folder``; return the bytes written."""
    r = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written, jsonl, files = 0, [], []
    for i in range(articles):
        title, head, body, tail, date = article(r)
        kind = r.random()
        if kind < 0.15:
            jsonl.append(json.dumps({"url": f"https://example.org/{i}", "title": title, "published_at": date,
                                     "source": "Example Wire", "text": "\n\n".join(body + tail[-2:])}))
            continue
        if kind < 0.40:
            name = folder / f"a{i:06d}.html"
            paragraphs = "".join(f"<p>{p}</p>" for p in body)
            text = (f"<html><head><title>{title}</title><meta name='author' content='Staff'></head><body><nav>"
                    f"{' '.join(head)}</nav><article><h1>{title}</h1><p>By Staff · {date}</p>{paragraphs}</article>"
                    f"<aside>{' '.join(tail)}</aside><footer>{tail[-1]}</footer></body></html>")
        else:
            name = folder / f"a{i:06d}.txt"
            text = "\n".join(head + [title, f"By Staff Reporter | {date}"] + body + tail)
        name.write_text(text, encoding="utf-8")
        files.append(name)
        written += len(text.encode())
    for start in range(0, len(jsonl), 50):
        chunk = "\n".join(jsonl[start:start + 50]) + "\n"
        (folder / f"export{start // 50:04d}.jsonl").write_text(chunk, encoding="utf-8")
        written += len(chunk.encode())
    for original in r.sample(files, k=len(files) // 20):  # about 5% exact duplicates
        copy = original.with_name("copy_" + original.name)
        copy.write_bytes(original.read_bytes())
        written += copy.stat().st_size
    return written

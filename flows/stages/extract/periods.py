"""Periods: the months, quarters, halves, years and days a sentence names, and the one a figure refers to.

Grain: a period mention is (start, end, year, part) in a sentence, part ``05``, ``Q1``, ``H1``,
``05-12`` or None; a figure takes the one nearest it, else the one its paragraph or article is
about, with a year anchored to the publication date when none is written.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flows.lexicon import lexicon
from flows.records import Claim
from flows.stages.extract.patterns import by_first_letter, caseless, find_whole_words

MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_MONTH_NAMES = [m.capitalize() for m in MONTHS]
MONTH_ALTERNATION = by_first_letter(_MONTH_NAMES, ignore_case=False)
MONTH_NAME = re.compile(r"\b" + MONTH_ALTERNATION + r"\b")
# Found with find_whole_words: it starts with a capital letter, which re skips to.
_MONTH_RE = re.compile(r"(" + MONTH_ALTERNATION + r")\b(?:\s+(\d{4}))?")
_QUARTER_RE = caseless(r"\b(?:q([1-4])|(first|second|third|fourth)[\s-]quarter)\b(?:\s+(?:of\s+)?(\d{4}))?")
# A year's first or last quarter or half named by its place: "the final quarter of 2025", "the
# last three months of 2025", "the first six months of 2024" or "of the year" (the year the
# sentence or the article is of).
_EDGE_OF_YEAR_RE = caseless(
    r"\b(first|opening|last|final|closing)\s+(quarter|three[\s-]months|3[\s-]months|six[\s-]months|6[\s-]months)"
    r"\s+of\s+(?:(\d{4})|the\s+year)\b"
)
_HALF_RE = caseless(r"\b(?:h([12])|(first|second)[\s-]half)\b(?:\s+(?:of\s+)?(\d{4}))?")
_MONTH_RANGE_RE = re.compile(
    r"\b(" + "|".join(_MONTH_NAMES) + r")[-–](" + "|".join(_MONTH_NAMES) + r")\s+(quarter|half)\b"
)
# The months up to one that ends a quarter or a half: "the three months to September", "the
# quarter ended March 31", "the six months to June".
_MONTHS_TO_RE = caseless(
    r"\b(three[\s-]months?|3[\s-]months?|quarter|six[\s-]months?|6[\s-]months?|half[\s-]year)"
    r"\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?("
    + "|".join(MONTHS)
    + r")\b(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+((?:19|20)\d\d)\b)?"
)
# What follows "three months" that makes them a quarter, not a length of time: " to September".
TO_QUARTER_END = r"\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?:march|june|september|december)\b"
# A span of months that is a quarter or a half: "between July and September", "April-June",
# "in April, May and June".
_MONTH_SPAN_RE = re.compile(
    r"\b(?:between\s+|from\s+)?("
    + "|".join(_MONTH_NAMES)
    + r")(?:\s*[-–]\s*|(?:,\s+(?:"
    + "|".join(_MONTH_NAMES)
    + r"),?)?\s+(?:and|to|through)\s+)("
    + "|".join(_MONTH_NAMES)
    + r")\b(?!\s+\d)"
)
# A year, not part of a number or an amount: found with find_whole_words, it starts with a
# literal digit; the character before it is checked once the year is read ("(?<![...]....)").
YEAR_RE = re.compile(r"(19[5-9]\d|20[0-9]\d)(?<![\d.,$€£-]....)\b(?![\d%-]|[.,]\d)")
# A year that runs into the next: "the 2023/24 year", "the 2024-25 season".
_SPLIT_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)[/–-](\d\d)\b(?![/–-]?\d)")
_RELATIVE_YEAR_RE = caseless(r"\b(this|last|next)\s+year\b(?!['’]s\s+(?:level|figure))")
# A whole year named without its number: "for the full year", "full-year revenue", "the year as a whole".
_FULL_YEAR_RE = caseless(
    r"\b(?:full|whole|entire)[\s-]year\b(?!\s+(?:to|ending|ended)\b)|\bthe\s+year\s+as\s+a\s+whole\b"
)
# "three years ago": the year so many before the article's.
_YEARS_AGO_NUMBERS = {word: n for n, word in enumerate("two three four five six seven eight nine ten".split(), start=2)}
_YEARS_AGO_RE = re.compile(r"\b(" + "|".join(_YEARS_AGO_NUMBERS) + r"|\d{1,2})\s+years\s+ago\b")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Found with find_whole_words: it starts with the literal "on", which re skips to.
# "on Saturday", "Saturday evening", "Sunday's election"; not "the Canon Monday fair".
_WEEKDAY_RE = re.compile(
    r"(?:(?<=\b[Oo]n )|(?=\w+\s+(?:morning|afternoon|evening|night)\b)|(?=\w+['’]s\s))("
    + "|".join(d.capitalize() for d in _WEEKDAYS)
    + r")\b"
)
# Days and months named from the publication date: "yesterday", "last night", "last month".
_RELATIVE_DAY_RE = caseless(r"\b(yesterday|last\s+night|today|tonight|this\s+(?:morning|afternoon|evening))\b")
# The day of a month named with it: "March 14", "March 14, 2025", "14 March", "the 14th of March";
# not "March 14 per cent" or "in March 12,000 people".
_DAY_AFTER = re.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]\d|\s*(?:%|per\b|percent\b))(?:,?\s+(\d{4})\b)?")
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_RELATIVE_MONTH_RE = caseless(r"\b(last|this|next)\s+month\b(?!['’]s)")
# How far "last", "this" and "next" year or month step from the publication date.
_STEP = {"last": -1, "this": 0, "next": 1}
_GAME_WORDS = frozenset(lexicon("claims")["game_words"].split())
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def period_mentions(
    sentence: str, folded: str, published: datetime | None
) -> list[tuple[int, int, int | None, str | None]]:
    """(start, end, year, part) of every period the sentence names; part is 05, Q1, H1, 05-12 or None.

    ``folded`` is ``fold_case(sentence)``."""
    # Each pattern is tried only where a word it needs occurs: most sentences name no quarter.
    found: list[tuple[int, int, int | None, str | None]] = []
    ranged = ("quarter" in sentence or "half" in sentence) and ("-" in sentence or "–" in sentence)
    for m in _MONTH_RANGE_RE.finditer(sentence) if ranged else ():  # "the January-March quarter"
        last = MONTHS[m.group(2).lower()]
        kind = "Q" if m.group(3).lower() == "quarter" else "H"
        found.append((m.start(), m.end(), None, f"{kind}{(last - 1) // (3 if kind == 'Q' else 6) + 1}"))
    for m in _MONTHS_TO_RE.finditer(folded) if " to " in folded or " end" in folded or "through" in folded else ():
        last = MONTHS[m.group(2)]
        six = m.group(1).startswith(("six", "6", "half"))
        if last % (6 if six else 3) == 0:
            part = f"H{last // 6}" if six else f"Q{last // 3}"
            found.append((m.start(), m.end(), int(m.group(3)) if m.group(3) else None, part))
    months = list(find_whole_words(_MONTH_RE, sentence))
    for m in _MONTH_SPAN_RE.finditer(sentence) if len(months) >= 2 and not found else ():
        first, last = MONTHS[m.group(1).lower()], MONTHS[m.group(2).lower()]
        if last - first == 2 and first % 3 == 1:
            found.append((m.start(), m.end(), None, f"Q{(first - 1) // 3 + 1}"))
        elif last - first == 5 and first % 6 == 1:
            found.append((m.start(), m.end(), None, f"H{(first - 1) // 6 + 1}"))
    for m in months:
        if any(a <= m.start() < b for a, b, _, _ in found):
            continue
        month = MONTHS[m.group(1).lower()]
        day_after = None if m.group(2) else _DAY_AFTER.match(sentence, m.end())
        day_before = _DAY_BEFORE.search(sentence, max(0, m.start() - 8), m.start())
        dated = day_after or day_before
        if dated is not None and 1 <= int(dated.group(1)) <= 31:  # "March 14", "14 March 2025": a day
            year = m.group(2) or (day_after.group(2) if day_after else None)
            start = day_before.start() if day_before else m.start()
            stop = day_after.end() if day_after else m.end()
            found.append((start, stop, int(year) if year else None, f"{month:02d}-{int(dated.group(1)):02d}"))
            continue
        found.append((m.start(), m.end(), int(m.group(2)) if m.group(2) else None, f"{month:02d}"))
    quarters = list(_QUARTER_RE.finditer(folded)) if "q" in folded else []
    halves = list(_HALF_RE.finditer(folded)) if "half" in folded or "h1" in folded or "h2" in folded else []
    in_a_game = bool(quarters or halves) and any(w in _GAME_WORDS for w in re.findall(r"[a-z-]+", folded))
    for m in quarters:
        if in_a_game and not m.group(3):
            continue  # "in the fourth quarter" of a game
        q = m.group(1) or _ORDINAL[m.group(2).lower()]
        found.append((m.start(), m.end(), int(m.group(3)) if m.group(3) else None, f"Q{q}"))
    for m in _EDGE_OF_YEAR_RE.finditer(folded) if " of " in folded else ():
        first = m.group(1).lower() in ("first", "opening")
        kind = "Q" if m.group(2).lower() in ("quarter", "three months", "three-months", "3 months", "3-months") else "H"
        year = int(m.group(3)) if m.group(3) else None
        found.append((m.start(), m.end(), year, f"{kind}1" if first else ("Q4" if kind == "Q" else "H2")))
    for m in halves:
        if in_a_game and not m.group(3):
            continue
        h = m.group(1) or _ORDINAL[m.group(2).lower()]
        found.append((m.start(), m.end(), int(m.group(3)) if m.group(3) else None, f"H{h}"))
    for m in _SPLIT_YEAR_RE.finditer(sentence) if "/" in sentence or "-" in sentence or "–" in sentence else ():
        first, last = int(m.group(1)), int(m.group(2))
        if last == (first + 1) % 100:  # "2023/24": a financial year or season, named by its end
            found.append((m.start(), m.end(), first + 1, None))
    taken = [(a, b) for a, b, _, _ in found]
    for m in find_whole_words(YEAR_RE, sentence) if "19" in sentence or "20" in sentence else ():
        if not any(a <= m.start() < b for a, b in taken):
            found.append((m.start(), m.end(), int(m.group(1)), None))
    if published is not None:
        relative = "year" in folded and ("this" in folded or "last" in folded or "next" in folded)
        for m in _RELATIVE_YEAR_RE.finditer(folded) if relative else ():
            found.append((m.start(), m.end(), published.year + _STEP[m.group(1).lower()], None))
        for m in _FULL_YEAR_RE.finditer(folded) if "year" in folded else ():
            # "for the full year": a year reported once it is over, the one before in its first months
            found.append((m.start(), m.end(), published.year - (published.month <= 4), None))
        for m in _YEARS_AGO_RE.finditer(folded) if " ago" in folded else ():  # "three years ago"
            years = _YEARS_AGO_NUMBERS.get(m.group(1)) or int(m.group(1))
            found.append((m.start(), m.end(), published.year - years, None))
        for m in find_whole_words(_WEEKDAY_RE, sentence) if "day" in sentence else ():
            day = published - timedelta(days=(published.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7)
            found.append((m.start(), m.end(), day.year, f"{day.month:02d}-{day.day:02d}"))
        for m in _RELATIVE_DAY_RE.finditer(folded) if ("y" in folded or "ni" in folded or "this" in folded) else ():
            day = published - timedelta(days=m.group(1).lower() in ("yesterday", "last night"))
            found.append((m.start(), m.end(), day.year, f"{day.month:02d}-{day.day:02d}"))
        for m in _RELATIVE_MONTH_RE.finditer(folded) if "month" in folded else ():
            month = (published.year * 12 + published.month - 1) + _STEP[m.group(1).lower()]
            found.append((m.start(), m.end(), month // 12, f"{month % 12 + 1:02d}"))
    if " end of " in folded:
        # "at the end of last year", "at the end of 2025": a level read in the year's last month,
        # not the year's average or total
        found = [
            (a, b, y, "12")
            if p is None and y is not None and _AT_THE_END_OF.search(folded, max(0, a - 25), a)
            else (a, b, y, p)
            for a, b, y, p in found
        ]
    return _with_their_years(found, folded)


_AT_THE_END_OF = re.compile(r"\b(?:at|by)\s+the\s+end\s+of\s+$")
# Between a month, quarter or half and the year it is of: "February last year", "the first
# quarter of last year".
_OF_YEAR = re.compile(r",?\s+(?:of\s+)?")


def _with_their_years(
    found: list[tuple[int, int, int | None, str | None]], folded: str
) -> list[tuple[int, int, int | None, str | None]]:
    """``found`` with each month, quarter or half named without a year joined to the year named
    right after it ("in February last year" is February of last year, not of this one)."""
    years = [p for p in found if p[2] is not None and p[3] is None]
    if not years:
        return found
    joined: list[tuple[int, int, int | None, str | None]] = []
    used = set()
    for period in found:
        if period[2] is None and period[3] is not None:
            year = next((y for y in years if y[0] >= period[1] and _OF_YEAR.fullmatch(folded, period[1], y[0])), None)
            if year is not None:
                joined.append((period[0], year[1], year[2], period[3]))
                used.add(year)
                continue
        joined.append(period)
    return [p for p in joined if p not in used]


def _anchor_year(year: int | None, part: str | None, published: datetime | None) -> int | None:
    """The year of a month, quarter or half named without one: the latest not after publication."""
    if year is not None or published is None or part is None:
        return year
    first_month = int(part[:2]) if part[0].isdigit() else {"Q": 3, "H": 6}[part[0]] * (int(part[1]) - 1) + 1
    return published.year - (1 if first_month > published.month + (1 if part[0].isdigit() else 0) else 0)


def _period(
    mentions,
    start: int,
    end: int,
    published: datetime | None,
    folded: str = "",
    before_state: bool = False,
    compared: tuple[int, ...] = (),
    figures: tuple[int, ...] = (),
) -> tuple[int | None, str | None]:
    """The period mentioned nearest the quantity (within 80 characters), its year anchored.

    A weekday says when something was announced, a month, quarter or year what a figure
    measures, so weekdays come last; "since June" is no figure's period; "from December" is
    the period of the figure a change starts from, so only a before-state figure takes it, or
    one no other period is named for; "compared with March" only a before-state figure; a
    period beyond or right after a figure the quantity is compared with (``compared``: where
    such figures start, "against $3.9bn in September") is that figure's, as is one after a comma and another
    of the sentence's ``figures`` ("a profit of €231m, after one of €17m in the first quarter"); a
    period named after the quantity as another thing's ("last year's winner", "January's fall") is not its.
    """
    best = None
    for m_start, m_end, year, part in mentions:
        distance = start - m_end if m_end <= start else max(m_start - end, 0)
        if distance > 80:
            continue
        if named_for_another(start, end, m_start, m_end, compared):
            continue  # "fell to 6.1% in November from 6.3% in October, as ... climbed by 420,000"
        if m_start >= end and any(end <= f < m_start for f in figures) and "," in folded[end:m_start]:
            continue
        if m_start >= end and _BRACKET_OPENS.fullmatch(folded, end, m_start) and _LABEL_COLON.match(folded, m_end):
            continue  # "76.9% (H1 2025: 80.4%)": the year-earlier figure's label
        if m_start >= end and folded.startswith(("'s ", "’s "), m_end):
            continue  # "€12,000 is half as much again as last year's winner took home": the winner's year
        if folded and _CLAUSE_END.search(folded, min(end, m_end), max(start, m_start)):
            continue  # "the 9.4-tonne capsule is the heaviest; Halcyon-1 in 2023 weighed 8.1 tonnes"
        lead = folded[max(0, m_start - 8) : m_start]
        if _SINCE.search(folded, max(0, m_start - 50), m_start) and not folded.startswith(", when", m_end):
            # "since June", "since the outbreak began in January" is no figure's period; "since
            # 2021, when 5,120 ..." is that figure's
            continue
        if not before_state and _BASE_BEFORE.search(folded, max(0, m_start - 30), m_start):
            continue  # "0.3% lower compared with March": the period the change is measured from
        if not before_state and m_start >= end and _COMPARED_BETWEEN.search(folded, end, m_start):
            continue  # "1.9% higher than in the fourth quarter of 2025", "well down on the election of 2023"
        rank = (bool(part and "-" in part), lead.endswith(("from ", "than ")) != before_state, distance)
        if best is None or rank < best[0]:
            best = rank, year, part, m_start
    if best is None:
        return None, None
    _, year, part, at = best
    if year is None and part is not None and "-" not in part:
        # "for the first half of 2025, ... in the first quarter": the year the sentence named before
        years = {y for m_start, _, y, _ in mentions if y is not None and m_start < at}
        if len(years) == 1 and not (folded and _CLAUSE_END.search(folded, 0, at)):
            year = years.pop()
    return _anchor_year(year, part, published), part


def named_for_another(start: int, end: int, p_start: int, p_end: int, compared: tuple[int, ...]) -> bool:
    """Whether the period at ``p_start:p_end`` is named for a figure set against the one at
    ``start:end`` (``compared``: where such figures start): beyond it, or right after it."""
    return any(end <= c < p_start or p_end <= c < start or 0 < p_start - c <= 20 for c in compared)


# A bracket opening right after a figure, and the colon after a period that makes it a label.
_BRACKET_OPENS = re.compile(r"[^\s()]{0,12}\s*\(\s*")  # past the unit: "76.9% ("
_LABEL_COLON = re.compile(r"\s*:")
# What ends a clause a period does not reach across: a semicolon, a dash between spaces.
_CLAUSE_END = re.compile(r";| [–—] | - ")


def dated_periods(
    periods: list[tuple[int, int, int | None, str | None]],
) -> list[tuple[int, int, int | None, str | None]]:
    """The periods a sentence names that a figure of the next sentence can take: not its weekdays."""
    return [p for p in periods if not (p[3] and "-" in p[3])]


def own_periods(
    folded: str, periods: list[tuple[int, int, int | None, str | None]]
) -> list[tuple[int, int, int | None, str | None]]:
    """The periods a sentence (``fold_case``d) names for its own figures, not for a figure it sets
    against them ("down from 33 seats in 2021", "against $3.9bn in September"), nor the period a
    change is measured from ("0.3% lower compared with March", "higher than in the fourth
    quarter"), nor the time something began ("since the outbreak began in January"), nor the
    period of a thing a possessive names ("last year's winner"): those it may pass on to the next
    sentence, or to the article."""
    return [
        p
        for p in periods
        if not OF_COMPARED.search(folded, max(0, p[0] - 50), p[0])
        and not _BASE_BEFORE.search(folded, max(0, p[0] - 30), p[0])
        and not _COMPARED_BEFORE.search(folded, max(0, p[0] - 60), p[0])
        and not _SINCE.search(folded, max(0, p[0] - 50), p[0])
        and not _RECORD_BEFORE.search(folded, max(0, p[0] - 50), p[0])
        and not folded.startswith(" record", p[1])
        and not folded.startswith(("'s ", "’s "), p[1])  # "last year's winner": the winner's year
        and not folded.startswith("next ", p[0])  # "a strike next month": a plan, no period of what is reported
        and not (folded.endswith("(", 0, p[0]) and _LABEL_COLON.match(folded, p[1]))  # "76.9% (H1 2025: 80.4%)"
    ]


# The period a change is measured from, named right after the comparison: "dropping by 0.3%
# compared with March", "up 4% versus the same quarter of 2024".
_BASE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:same\s+(?:month|quarter|period)\s+(?:of|in|last)\s+)?$"
)
# What sets a figure against something in a period named after it: that period is what the
# figure is compared with, not its own ("7.4 per cent more than in the same month of 2024",
# "41.5 per cent, well down on the general election of 2023").
_COMPARED_BETWEEN = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|(?:down|up)\s+on|on\s+the\s+same\s+(?:day|week|month|quarter|period))\b"
)
_COMPARED_BEFORE = re.compile(_COMPARED_BETWEEN.pattern + r"[^;:,.\d]{0,50}$")
# The year a record was set: "beating the record of 5.97 metres set in 1994", "the 1994 record".
_RECORD_BEFORE = re.compile(r"\brecord\b[^,;:]{0,40}\b(?:in|of|from)\s+$")
# A period something started in: "since an outbreak began in early January".
_SINCE = re.compile(r"\b(?:since|began|begun|started|starting)\b[^,;:]{0,40}$")


# A figure set against another, right before what is said of it: "from 3,200 hectares ", "against
# $3.9bn in ".
OF_COMPARED = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|than)\s+(?:a\s+|the\s+)?[$€£]?\d[\d.,]*[^;:,.\d]{0,30}$"
)


def periods_without_a_number(sentence: str, folded: str, published: datetime | None):
    """The periods a sentence without a number names: one scan first, for most name none."""
    if next(find_whole_words(_MAY_NAME_PERIOD, sentence), None) is None:
        return []
    return period_mentions(sentence, folded, published)


def is_history(mention: tuple[int, int, int | None, str | None], published: datetime | None) -> bool:
    """Whether a period mention is of a year two or more before the article's: history a sentence
    recalls ("the bridge opened in 1972", "River breaks 1994 record"), not the period of the figures
    the article goes on to report."""
    return published is not None and mention[2] is not None and mention[2] < published.year - 1


def lead_period(lead_periods: list[list[tuple[int, int, int | None, str | None]]], published: datetime | None = None):
    """The period the article is about: the first one its first three sentences name (not a
    weekday, not history, not the horizon of a plan two years or more ahead: "250,000 new homes
    by 2030"), given the periods each of them names."""
    for mentions in lead_periods:
        for mention in sorted(mentions):
            if mention[3] and "-" in mention[3]:
                continue
            if is_history(mention, published):
                continue
            if published is not None and mention[2] is not None and mention[2] > published.year + 1:
                continue
            return mention
    return None


# Found with find_whole_words: each alternative starts with a literal, which re skips to.
_MAY_NAME_PERIOD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|quarter|half|Q[1-4]|H[12]|year|19\d\d|20\d\d)\b"
)


def attach_period(
    claim: Claim,
    folded: str,
    m: re.Match,
    periods,
    inherited,
    published,
    compared: tuple[int, ...] = (),
    figures: tuple[int, ...] = (),
) -> None:
    """The period the claim refers to: named near it, else the one period of the sentence before
    (a year or a month before it when the sentence opens "A year earlier")."""
    others = tuple(c for c in compared if c != m.start())
    year, part = _period(periods, m.start(), m.end(), published, folded, claim.state == "before", others, figures)
    if year is None and part is None and inherited is not None:
        year, part = _anchor_year(inherited[2], inherited[3], published), inherited[3]
        if year is not None and (opening := _EARLIER_OPENING.match(folded)):
            year, part = _shift(year, part, opening.group(1).lower())  # "A year earlier the rate stood at 6.9%"
    earlier = _EARLIER.match(folded, m.end()) if year is not None and claim.state == "before" else None
    if earlier and year is not None:
        year, part = _shift(year, part, (earlier.group(1) or earlier.group(2)).lower())
    claim.period_year, claim.period_part = year, part
    claim.period = format_period(year, part)


def compared_figures(folded: str, starts: list[int]) -> tuple[int, ...]:
    """Of the quantities starting at ``starts``, those a sentence sets against another: after
    "against", "from", "compared with", "versus" or "than"."""
    return tuple(s for s in starts if _COMPARED_LEAD.search(folded, max(0, s - 20), s))


_COMPARED_LEAD = re.compile(r"\b(?:against|from|compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:a\s+|the\s+)?$")


# A sentence that opens by stepping back from the period before it: "A year earlier, the rate ...".
_EARLIER_OPENING = caseless(r"\s*(?:a|one)\s+(year|quarter|month)\s+(?:earlier|ago|before)\b")
# "from 6.3% a month earlier", "slowing from 4.3% in the previous month"
_EARLIER = caseless(
    r"[^.;]{0,40}?\b(?:(?:a|one)\s+(year|quarter|month)\s+(?:earlier|ago|before)"
    r"|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(year|quarter|month))\b"
)


def _shift(year: int, part: str | None, step: str) -> tuple[int, str | None]:
    """The period one year, quarter or month before (year, part)."""
    if step == "year" or part is None:
        return year - 1, part
    if step == "quarter" and part.startswith("Q"):
        quarter = int(part[1]) - 1
        return (year, f"Q{quarter}") if quarter else (year - 1, "Q4")
    if step == "month" and part[:2].isdigit() and len(part) == 2:
        month = int(part) - 1
        return (year, f"{month:02d}") if month else (year - 1, "12")
    return year, part


def format_period(year: int | None, part: str | None) -> str | None:
    """The contract's period string: 2025-05, 2025-Q1, 2025-H1 or 2025; None without a year."""
    if year is None:
        return None
    return f"{year}-{part}" if part else str(year)

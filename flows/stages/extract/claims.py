"""Extract: numeric claims from an article's sentences.

Grain: one claim per quantity in the clean text ("34.5%", "$28.8 billion", "90 days",
"at least 14 people"), with what it measures (subject, object, metric), how (direction,
basis, qualifier, state) and when (period). Offsets point at the quantity in clean_text.

Rules, not a model: a quantity needs a unit, a currency or a counted plural noun, so years,
dates, times, ranks, ages and numbers inside names (COVID-19, G20, Q1, A320) are not claims.
Context words are looked for in a window of the sentence around the quantity. Patterns that
ignore case are written in lower case and matched against the case-folded text
(``flows.stages.extract.patterns.caseless``): the same matches, found faster.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import attrgetter
from typing import NamedTuple

import polars as pl

from flows.stages.clean.dates import can_be_published
from flows.stages.extract.entities import candidate_subjects, extract_mentions
from flows.records import frame_of_rows
from flows.stages.extract.patterns import (WordPattern, by_first_letter, caseless, find_whole_words, fold_case, is_word_character,
                            top_level_alternatives)
from flows.stages.extract.places import government_of

# Closed vocabulary of units (GX validates it): unit → (regex of its spellings, factor to base).
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12,
}
FRACTIONS = {"a third": 100 / 3, "one third": 100 / 3, "a quarter": 25.0, "one quarter": 25.0,
             "half": 50.0, "a half": 50.0, "two thirds": 200 / 3, "three quarters": 75.0}
SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6,
          "mn": 1e6, "m": 1e6, "mln": 1e6, "thousand": 1e3, "k": 1e3,
          "lakh crore": 1e12, "crore": 1e7, "lakh": 1e5}
CURRENCY_SYMBOLS = {"us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "rmb": "CNY",
                    "usd": "USD", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "jpy": "JPY",
                    "chf": "CHF", "inr": "INR", "rs": "INR", "a$": "AUD", "c$": "CAD", "r$": "BRL",
                    "brl": "BRL", "hk$": "HKD", "s$": "SGD"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
                  "pounds": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
                  "rupees": "INR", "francs": "CHF", "reais": "BRL", "real": "BRL"}
# Currency subunits written after the number: "22 cents", "9.8p".
SUBUNITS = {"cent": ("USD", 0.01), "penny": ("GBP", 0.01)}
# unit → (spellings, factor to the base unit)
UNITS: dict[str, tuple[str, float]] = {
    "percentage_point": (r"percentage[- ]points?|pp|ppts?", 1.0),
    "basis_point": (r"basis[- ]points?|bps", 1.0),
    "percent": (r"%|per\s?cent|pct", 1.0),
    "km_per_hour": (r"km/h|kph|kilomet(?:re|er)s?\s+(?:per|an)\s+hour", 1.0),
    "mph": (r"mph|miles\s+per\s+hour", 1.0),
    "millimetre": (r"mm|millimet(?:re|er)s?", 1.0),
    "centimetre": (r"cm|centimet(?:re|er)s?", 1.0),
    "kilometre": (r"km|kilomet(?:re|er)s?", 1.0),
    "mile": (r"miles?", 1.0),
    "tonne": (r"tonnes?|metric\s+tons?|tons?", 1.0),
    "hectare": (r"hectares?|ha", 1.0),
    "acre": (r"acres?", 1.0),
    "cent": (r"cents?", 1.0),
    "penny": (r"pence|p(?=[\s.,;:)]|$)", 1.0),
    "barrel": (r"barrels?|bbl", 1.0),
    "hour": (r"hours?|hrs?", 1.0),
    "minute": (r"minutes?|mins?", 1.0),
    "day": (r"days?", 1.0),
    "week": (r"weeks?", 1.0),
    "month": (r"months?", 1.0),
    "year": (r"years?", 1.0),
}
# Conversions into the contract's base units.
CONVERSIONS = {"basis_point": ("percentage_point", 0.01), "mph": ("km_per_hour", 1.609344),
               "mile": ("kilometre", 1.609344), "centimetre": ("millimetre", 10.0),
               "acre": ("hectare", 0.40468564)}
ALLOWED_UNITS = sorted(
    {u for u in UNITS if u not in CONVERSIONS and u not in SUBUNITS} | {u for u, _ in CONVERSIONS.values()}
    | set(CURRENCY_SYMBOLS.values()) | {"count", "people"}
)
CURRENCY_CODES = frozenset(CURRENCY_SYMBOLS.values())
TIME_UNITS = frozenset({"hour", "minute", "day", "week", "month", "year"})
PEOPLE_NOUNS = frozenset(
    "people persons residents passengers workers employees children students victims soldiers "
    "civilians migrants refugees protesters patients customers users voters households families "
    "deaths fatalities casualties".split()
)
# Counted nouns that describe the page, not the news.
NOT_COUNTED = frozenset("views comments shares likes followers reads times years-old".split())

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_FRACTION_ALT = "|".join(f.replace(" ", r"\s+") for f in FRACTIONS)
# Each unit's spellings, then an empty group named after it: re skips a spelling whose first
# letter does not match in one step, which it cannot do for one inside a group (15% fewer
# instructions a match).
_UNIT_ALT = "|".join(f"(?:{spelling})(?P<u_{name}>)" for name, (spelling, _) in UNITS.items())
# Where a quantity can start: a digit, a currency sign, a "US$"-style prefix, or a word
# starting like a currency code or number word. Checked first, it spares the full pattern
# most positions of a sentence (twice as fast, the same matches).
_CODES = ["USD", "EUR", "GBP", "CNY", "JPY", "CHF", "INR", "BRL", "RMB", "Rs"]
_CURRENCY_LAST_CHARACTERS = frozenset("$€£¥.") | {code[-1].lower() for code in _CODES}  # "US$", "Rs.", "USD"
_QUANTITY_START = (r"(?=[\d$€£¥]|(?:us|a|c|r|hk|s)\$|\b["
                   + "".join(sorted({w[0].lower() for w in [*_CODES, *NUMBER_WORDS, *FRACTIONS]})) + "])")
_CURRENCY = r"us\$|a\$|c\$|r\$|hk\$|s\$|[$€£¥]|\b(?:usd|eur|gbp|cny|jpy|chf|inr|brl|rmb|rs\.?)\s?"
# The first characters of the units' spellings: the unit alternation is tried only after one of them.
_UNIT_FIRST_CHARACTERS = "".join(sorted({spelling[0] for pattern, _ in UNITS.values()
                                         for spelling in top_level_alternatives(pattern)}))
_QUANTITY = caseless(
    _QUANTITY_START +
    rf"""(?P<cur>{_CURRENCY})?
        (?:(?P<num>{_NUM})|(?P<frac>\b(?:{_FRACTION_ALT})\b)|(?P<word>\b(?:{_WORDNUM})\b))
        (?:[\s-]?(?P<scale>trillion|billion|million|thousand|lakh\s+crore|crore|lakh|tn|bn|mn|mln|m|b|k)\b)?
        (?:[\s-]?(?=[{re.escape(_UNIT_FIRST_CHARACTERS)}])(?:{_UNIT_ALT})(?![\w/]))?""",
    re.VERBOSE,
)
# A currency that ends where a number starts ("US$" in "US$5", "usd " in "USD 5").
_CURRENCY_BEFORE = caseless(rf"(?:{_CURRENCY})\Z")
# The counted noun after a bare number: up to two modifiers, then a plural ("17 elements",
# "seven rare earth minerals", "14 people").
_COUNTED_NOUN = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+s|people|children|[a-z]*men|staff|police|aircraft|personnel)\b")
_POINT_AFTER = re.compile(r"\s+(?:of\s+)?(?:a\s+)?(?:percentage[- ])?points?\b")
# Bare numbers that count people: "injuring 29", "the toll rose to 57 from 42", "14 remain missing".
_PEOPLE_BEFORE = caseless(r"\b(?:killing|killed|injuring|injured|wounding|wounded|leaving|rescued|evacuated"
                          r"|toll\s+\w+\s+(?:to|at)|to|from)\s+"
                          r"(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|nearly\s+)?$")
_PEOPLE_AFTER = caseless(r"\s+(?:(?:were|are|remain|remained|have\s+been|had\s+been|was)\s+)?(?:still\s+)?"
                         r"(?:killed|dead|injured|hurt|wounded|missing|evacuated|displaced|rescued)\b")
_INCIDENT = caseless(r"\b(?:toll|killed|killing|dead|died|deaths|injur\w*|wound\w*|missing|evacuat\w*|rescued|hurt)\b")
_CURRENCY_AFTER = caseless(r"\s*(" + "|".join(CURRENCY_WORDS) + r")\b")

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTH_NAMES = [m.capitalize() for m in MONTHS]
_MONTH_ALTERNATION = by_first_letter(_MONTH_NAMES, ignore_case=False)
_MONTH_NAME = re.compile(r"\b" + _MONTH_ALTERNATION + r"\b")
# Found with find_whole_words: it starts with a capital letter, which re skips to.
_MONTH_RE = re.compile(r"(" + _MONTH_ALTERNATION + r")\b(?:\s+(\d{4}))?")
_QUARTER_RE = caseless(r"\b(?:q([1-4])|(first|second|third|fourth)[\s-]quarter)\b(?:\s+(?:of\s+)?(\d{4}))?")
_HALF_RE = caseless(r"\b(?:h([12])|(first|second)[\s-]half)\b(?:\s+(?:of\s+)?(\d{4}))?")
_MONTH_RANGE_RE = re.compile(r"\b(" + "|".join(_MONTH_NAMES) + r")[-–](" + "|".join(_MONTH_NAMES)
                             + r")\s+(quarter|half)\b")
# A year, not part of a number or an amount: found with find_whole_words, it starts with a
# literal digit; the character before it is checked once the year is read ("(?<![...]....)").
_YEAR_RE = re.compile(r"(19[5-9]\d|20[0-9]\d)(?<![\d.,$€£-]....)\b(?![\d%-]|[.,]\d)")
_RELATIVE_YEAR_RE = caseless(r"\b(this|last)\s+year\b(?!['’]s\s+(?:level|figure))")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Found with find_whole_words: it starts with the literal "on", which re skips to.
_WEEKDAY_RE = re.compile(r"on\s+(" + "|".join(d.capitalize() for d in _WEEKDAYS) + r")\b")
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}

_DOWN_WORDS = (
    r"fell|fall(?:s|ing)?|drop(?:s|ped|ping)?|declin\w*|decreas\w*|plummet\w*|plung\w*|slump\w*|slipp?\w*|sank"
    r"|sink\w*|shr[aiu]nk\w*|contract\w*|slid\w*|tumbl\w*|lower\w*|cut|down|los[st]\w*|deflation|worsen\w*"
    r"|eas(?:ed|ing)|slow(?:ed|ing)|narrow\w*")
_UP_WORDS = (
    r"rose|ris(?:e|es|ing)|climb\w*|increas\w*|grow\w*|grew|growth|gain\w*|jump\w*|surg\w*|soar\w*|rall\w*"
    r"|quicken\w*|accelerat\w*|expand\w*|higher|up(?!\s+to\b)|boost\w*|rais\w*|widen\w*|improv\w*")
DOWN = caseless(r"\b" + by_first_letter([_DOWN_WORDS]) + r"\b")
UP = caseless(r"\b" + by_first_letter([_UP_WORDS]) + r"\b")
# Both in one scan; no word is both, so each match is one of them.
_CHANGE = WordPattern(by_first_letter([_DOWN_WORDS, _UP_WORDS]) + r"\b")
# Each alternative starts with a letter, so that re skips to where one can start (twice as
# fast): "y(?<!\w.)oy" is "\byoy", the boundary checked after the first letter.
BASES = [("yoy", caseless(r"year[- ](?:on|over)[- ]year|y(?<!\w.)oy\b"
                          r"|from (?:a|the) year (?:earlier|ago|before)|than (?:a|the) year (?:earlier|ago|before)"
                          r"|on (?:a|the) year (?:earlier|ago|before)"
                          r"|compared with (?:a|the) year (?:earlier|ago|before)"
                          r"|compared to (?:a|the) year (?:earlier|ago|before)"
                          r"|same (?:month|period|quarter) (?:a|last|of the previous) year"
                          r"|annual(?:ly| basis| rate| growth| inflation)?|on the year")),
         ("mom", caseless(r"month[- ](?:on|over)[- ]month|m(?<!\w.)om\b|from the previous month"
                          r"|than the previous month|on the previous month|from a month (?:earlier|ago)"
                          r"|than a month (?:earlier|ago)|on a monthly basis|on the month|monthly")),
         ("qoq", caseless(r"quarter[- ](?:on|over)[- ]quarter|q(?<!\w.)oq\b|from the previous quarter"
                          r"|than the previous quarter|on the previous quarter|a quarter earlier"
                          r"|sequential(?:ly)?|on a quarterly basis|annuali[sz]ed"))]
FORECAST = caseless(r"\b(expect\w*|forecast\w*|project\w*|poll\w*|consensus|predict\w*|anticipat\w*|outlook|guidance"
                    r"|will|would|could)\b")
ESTIMATE = caseless(r"\b(estimat\w*)\b")
TARGET = caseless(r"\b(target\w*|goal|aim\w*)\b")
# Words right before a quantity that bound it.
_BOUND_PHRASES = {
    "approximate": ["about", "around", "approximately", "roughly", "nearly", "almost", "some", "close to",
                    "an estimated"],
    "at_least": ["at least", "more than", "over", "upwards of", "no fewer than", "no less than"],
    "at_most": ["at most", "up to", "less than", "fewer than", "no more than", "under"],
}
# Each phrase and its bound, the longest first: "no more than" bounds from above, not "more than".
_BOUND_OF_PHRASE = dict(sorted(((phrase, bound) for bound, phrases in _BOUND_PHRASES.items() for phrase in phrases),
                               key=lambda pair: -len(pair[0])))
_ALL_BOUND_PHRASES = tuple(_BOUND_OF_PHRASE)

# Metric ontology: key → cue words. Economic releases, company results, incidents.
METRICS: list[tuple[str, str]] = [
    ("core_inflation", r"core (?:inflation|prices|cpi|consumer prices)|underlying inflation"),
    ("cpi", r"consumer price index|consumer price inflation|consumer prices|\bcpi\b|\bhicp\b"),
    ("ppi", r"producer price index|producer prices|factory-gate|\bppi\b"),
    ("inflation", r"inflation"),
    ("gdp", r"\bgdp\b|gross domestic product|economy (?:grew|expanded|shrank|contracted)|economic growth"),
    ("unemployment_rate", r"unemployment|jobless rate"),
    ("interest_rate", r"interest rates?|policy rate|benchmark rate|base rate|bank rate|deposit (?:facility )?rate"
                      r"|overnight rate|repo rate|cash rate|key rate|lending rate|rate cut|rate hike|borrowing costs"),
    ("tariff_rate", r"tariffs?|dut(?:y|ies)|levies|levy"),
    ("trade_balance", r"trade (?:surplus|deficit|balance)"),
    ("exports", r"exports?|overseas shipments|outbound shipments|shipments abroad"),
    ("imports", r"imports?"),
    ("retail_sales", r"retail sales"),
    ("industrial_output", r"industrial (?:output|production)|factory output"),
    ("operating_income", r"operating (?:income|profit)|ebitda|ebit"),
    ("net_income", r"net (?:income|profit)|profits?|earnings"),
    ("dividend", r"dividends?|payout"),
    ("capital_expenditure", r"capital (?:spending|expenditure)|capex"),
    ("headcount", r"headcount|workforce|employs|employees|staff"),
    ("job_cuts", r"job cuts|cut [\d,]+ jobs|layoffs|redundancies"),
    ("deliveries", r"deliveries|delivered"),
    ("exchange_rate", r"exchange rate"),
    ("share_buyback", r"buy ?back|repurchase"),
    ("margin", r"margins?"),
    ("revenue", r"revenues?|sales|turnover"),
    ("share_price", r"shares (?:of \w+ )?(?:rose|fell|gained|jumped|slid|dropped|climbed|closed|were|have|slumped|surged)"
                    r"|stock (?:price|rose|fell|has|gained|jumped|slid|dropped)|share price"),
    ("market_value", r"market (?:value|capitali[sz]ation)|valuing"),
    ("deaths", r"killed|killing|dead|deaths?|died|death toll|fatalities|toll"),
    ("injured", r"injur\w+|wounded|hurt"),
    ("missing", r"missing"),
    ("evacuated", r"evacuat\w+|fled|displaced|shelters?"),
    ("rainfall", r"rain(?:fall)?|precipitation"),
    ("wind_speed", r"winds?|gusts?"),
    ("area_burned", r"burn(?:ed|t)|scorched"),
    ("damage", r"damages?|losses"),
    ("market_share", r"market share"),
]
ONTOLOGY_METRICS = [key for key, _ in METRICS] + ["duration", "earnings_per_share", "speed", "distance", "area"]
# Cues so broad that a more specific one within reach wins ("Consumer Price Index (CPI), a
# benchmark for measuring inflation, dropped 0.1%": cpi, not inflation).
_SPECIFIC_METRICS = {"inflation": {"cpi", "ppi", "core_inflation"}, "revenue": {"retail_sales"},
                     "net_income": {"operating_income"}}
# A measure's unit decides its metric when no cue does.
_UNIT_METRICS = {"km_per_hour": "speed", "kilometre": "distance", "hectare": "area", "millimetre": "rainfall"}
# All cues in one scan (grouped by first letter: see flows.stages.extract.patterns); each match is then named
# by the first metric whose cue matches it whole, the one the plain alternation would have taken.
_METRIC_CUES = WordPattern(by_first_letter(cue for _, cue in METRICS) + r"\b")
_METRIC_OF_CUE = [(key, caseless(cue)) for key, cue in METRICS]

_OBJECT_LEAD = caseless(r"\b(?:to|on|from|with|into|against|for)\s+(?:the\s+)?$")


@dataclass(slots=True)
class Claim:
    """One quantity stated in an article, with what, when and how it was measured."""

    char_start: int
    char_end: int
    sentence_no: int
    value: float
    decimals: int
    unit: str
    surface: str
    subject: str | None = None
    object: str | None = None
    metric: str | None = None
    direction: str | None = None
    period: str | None = None
    period_year: int | None = None
    period_part: str | None = None
    basis: str | None = None
    qualifier: str = "actual"
    state: str | None = None
    noun: str | None = None  # the counted noun of a count ("passengers"), a metric of last resort


class Named(NamedTuple):
    """A place or organisation named in an article, as a candidate subject of its figures."""

    offset: int
    name: str
    is_object: bool  # right after "to", "on", "from"…: the counterpart ("exports to the US")
    is_organisation: bool


# Organisations that report figures rather than have them: statistics offices, agencies, police.
_SOURCE_WORDS = re.compile(r"\b(?:Agency|Administration|Bureau|Office|Ministry|Department|Cent(?:er|re)|Service"
                           r"|Statistics|Statistical|Police|Institute|Commission|Authority|Survey|Reuters|News)\b")


# An expert's employer: "chief economist at X", "an analyst with X", "a professor of X".
_EMPLOYER_LEAD = caseless(r"\b(?:economist|analyst|strategist|scientist|researcher|professor|fellow|lecturer)s?"
                          r"\s+(?:at|of|with|from)\s+(?:the\s+)?$")
_EURO_AREA = caseless(r"\beuro[ -]?(?:area|zone)\b")


def _subjects(folded: str, named: list[tuple[int, int, str, bool]]) -> list[Named]:
    """Every place and organisation the article names that a figure can be about, in order.

    ``folded`` is the article's ``fold_case``d text, ``named`` the entity mentions (start, end,
    name, is_organisation); a capital stands for its country. Organisations that only report figures,
    and those named as the employer of an expert who comments on them ("an economist at Kestrel
    Bank"), are left out.
    """
    found = [(start, name if is_org else (government_of(name) or name), is_org) for start, _, name, is_org in named
             if not (is_org and (_SOURCE_WORDS.search(name) or _is_employer(folded, start)))]
    found += [(m.start(), "euro area", False) for m in _EURO_AREA.finditer(folded)] if "euro" in folded else []
    return [Named(offset, name, _is_object(folded, offset), is_org) for offset, name, is_org in sorted(found)]


def _is_employer(folded: str, offset: int) -> bool:
    """Whether the organisation at ``offset`` employs an expert named just before it; only a
    lead that ends with one of _EMPLOYER_LEAD's last words is scanned."""
    start = max(0, offset - 40)
    return (folded[start:offset].rstrip().endswith(("at", "of", "with", "from", "the"))
            and _EMPLOYER_LEAD.search(folded, start, offset) is not None)


# The last two letters of the words _OBJECT_LEAD ends with: a name after none of them is no object.
_OBJECT_LEAD_ENDINGS = frozenset(word[-2:] for word in ("to", "on", "from", "with", "into", "against", "for", "the"))


def _is_object(folded: str, offset: int) -> bool:
    """Whether the name at ``offset`` is the counterpart of a figure ("exports to the US")."""
    lead = folded[max(0, offset - 12):offset]
    return lead.rstrip()[-2:] in _OBJECT_LEAD_ENDINGS and bool(_OBJECT_LEAD.search(lead))


_OFFSET = attrgetter("offset")


def _in_sentence(subjects: list[Named], start: int, end: int) -> list[Named]:
    """The subjects inside one sentence, with offsets relative to it."""
    first = bisect.bisect_left(subjects, start, key=_OFFSET)
    last = bisect.bisect_left(subjects, end, lo=first, key=_OFFSET)
    return [Named(n.offset - start, n.name, n.is_object, n.is_organisation) for n in subjects[first:last]]


def _number_value(num: str | None, frac: str | None, word: str | None) -> float:
    """The value of a quantity's number: its digits, fraction or number word (lower case)."""
    if num:
        return float(num.replace(",", ""))
    if frac:
        return FRACTIONS[" ".join(frac.split())]
    return float(NUMBER_WORDS[word])


def _unit_of(m: re.Match) -> str | None:
    # The unit's group is the last capturing group of _QUANTITY: when it matched, it closed last.
    group = m.lastgroup
    return group[2:] if group and group.startswith("u_") else None


_GLUED_BEFORE = re.compile(r"[A-Za-z]-?$|[#№]\s?$|\bNo\.\s?$|\d-$")  # COVID-19, G20, Q1, #1, No. 1
_CODE_OR_AGE_AFTER = re.compile(r"-\d|-?\s?(?:years?-)?old\b")  # 555-0199; 45-year-old
_LETTERS_OR_TIME_AFTER = caseless(r"[a-z]{1,2}\b|:\d|\s?[ap]\.?m\b|-year-old|\s?years?\s+old")
_AGED_BEFORE = re.compile(r"\b(?:aged|age)\s+$")
_DAY_OF_MONTH_AFTER = re.compile(r"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_ALTERNATION + r"\b")


def _is_not_a_quantity(sentence: str, folded: str, start: int, end: int, unit: str | None, scale: str | None,
                       cur: str | None) -> bool:
    """Years, dates, times, ranks, ages and numbers glued into names: the number at ``start:end``
    of a sentence (digits, with its ``unit``, ``scale`` and ``cur``rency as matched, or None)."""
    before = sentence[max(0, start - 12):start]
    after = sentence[end:end + 12]
    # _GLUED_BEFORE ends the text and spans at most 4 characters: it is tried only there, and
    # not after a plain space (most numbers) unless "#", "№" or "No." come before that space;
    # _CODE_OR_AGE_AFTER needs a hyphen first or an "old".
    glued_lead = before[-1:] != " " or before[-2:-1] in ("#", "№", ".")
    if glued_lead and _GLUED_BEFORE.search(before, max(0, len(before) - 4)):
        return True
    if (after[:1] == "-" or "old" in after) and _CODE_OR_AGE_AFTER.match(after):
        return True
    if not (unit or scale) and _LETTERS_OR_TIME_AFTER.match(folded, end, end + 12):
        return True
    if "age" in before and _AGED_BEFORE.search(before):
        return True
    if unit or cur:  # a date comes without a unit or a currency
        return False
    # A month's name has a capital: text that is all lower case has none (most of it).
    near_before = before[-10:]
    return bool((not near_before.islower() and _MONTH_NAME.search(near_before))
                or (not after.islower() and _DAY_OF_MONTH_AFTER.match(after)))


def _window(sentence: str, start: int, end: int, words: int = 8) -> tuple[str, str]:
    """The ``words`` words before ``start`` and after ``end`` (split off from that end only)."""
    left = sentence[:start].rsplit(None, words)[-words:]
    right = sentence[end:].split(None, words)[:words]
    return " ".join(left), " ".join(right)


def _period_mentions(sentence: str, folded: str,
                     published: datetime | None) -> list[tuple[int, int, int | None, str | None]]:
    """(start, end, year, part) of every period the sentence names; part is 05, Q1, H1, 05-12 or None.

    ``folded`` is ``fold_case(sentence)``."""
    # Each pattern is tried only where a word it needs occurs: most sentences name no quarter.
    found = []
    ranged = ("quarter" in sentence or "half" in sentence) and ("-" in sentence or "–" in sentence)
    for m in _MONTH_RANGE_RE.finditer(sentence) if ranged else ():  # "the January-March quarter"
        last = MONTHS[m.group(2).lower()]
        kind = "Q" if m.group(3).lower() == "quarter" else "H"
        found.append((m.start(), m.end(), None, f"{kind}{(last - 1) // (3 if kind == 'Q' else 6) + 1}"))
    for m in find_whole_words(_MONTH_RE, sentence):
        if any(a <= m.start() < b for a, b, _, _ in found):
            continue
        found.append((m.start(), m.end(), int(m.group(2)) if m.group(2) else None, f"{MONTHS[m.group(1).lower()]:02d}"))
    for m in _QUARTER_RE.finditer(folded) if "q" in folded else ():
        q = m.group(1) or _ORDINAL[m.group(2).lower()]
        found.append((m.start(), m.end(), int(m.group(3)) if m.group(3) else None, f"Q{q}"))
    for m in _HALF_RE.finditer(folded) if "half" in folded or "h1" in folded or "h2" in folded else ():
        h = m.group(1) or _ORDINAL[m.group(2).lower()]
        found.append((m.start(), m.end(), int(m.group(3)) if m.group(3) else None, f"H{h}"))
    taken = [(a, b) for a, b, _, _ in found]
    for m in find_whole_words(_YEAR_RE, sentence) if "19" in sentence or "20" in sentence else ():
        if not any(a <= m.start() < b for a, b in taken):
            found.append((m.start(), m.end(), int(m.group(1)), None))
    if published is not None:
        relative = "year" in folded and ("this" in folded or "last" in folded)
        for m in _RELATIVE_YEAR_RE.finditer(folded) if relative else ():
            found.append((m.start(), m.end(), published.year - (m.group(1).lower() == "last"), None))
        for m in find_whole_words(_WEEKDAY_RE, sentence) if "day" in sentence else ():
            day = published - timedelta(days=(published.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7)
            found.append((m.start(), m.end(), day.year, f"{day.month:02d}-{day.day:02d}"))
    return found


def _anchor_year(year: int | None, part: str | None, published: datetime | None) -> int | None:
    """The year of a month, quarter or half named without one: the latest not after publication."""
    if year is not None or published is None or part is None:
        return year
    first_month = int(part[:2]) if part[0].isdigit() else {"Q": 3, "H": 6}[part[0]] * (int(part[1]) - 1) + 1
    return published.year - (1 if first_month > published.month + (1 if part[0].isdigit() else 0) else 0)


def _period(mentions, start: int, end: int, published: datetime | None, folded: str = "",
            before_state: bool = False) -> tuple[int | None, str | None]:
    """The period mentioned nearest the quantity (within 80 characters), its year anchored.

    A weekday says when something was announced, a month, quarter or year what a figure
    measures, so weekdays come last; "since June" is no figure's period; "from December" is
    the period of the figure a change starts from, so only a before-state figure takes it.
    """
    best = None
    for m_start, m_end, year, part in mentions:
        distance = start - m_end if m_end <= start else max(m_start - end, 0)
        if distance > 80:
            continue
        lead = folded[max(0, m_start - 8):m_start]
        if lead.endswith("since "):
            continue
        rank = (bool(part and "-" in part), lead.endswith(("from ", "than ")) != before_state, distance)
        if best is None or rank < best[0]:
            best = rank, year, part
    if best is None:
        return None, None
    _, year, part = best
    return _anchor_year(year, part, published), part


def _metric_cues(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, metric key) of every metric cue in a sentence (``fold_case``d), in one regex pass."""
    return [(start, end, _metric_of_cue(folded[start:end])) for start, end in _METRIC_CUES.spans(folded)]


@functools.lru_cache(maxsize=4096)
def _metric_of_cue(cue: str) -> str:
    """The metric a cue found by ``_METRIC_CUES`` names (cues repeat: cached)."""
    return next(key for key, pattern in _METRIC_OF_CUE if pattern.fullmatch(cue))


def _metric(cues: list[tuple[int, int, str]], start: int, end: int) -> tuple[int, int, str] | None:
    """The metric cue nearest before the quantity (within 70 chars), else just after it (40);
    a generic cue yields to a specific one within reach. ``cues`` are in text order, apart (as
    ``_metric_cues`` finds them): the nearer a cue before the quantity, the later it comes."""
    before = []
    for cue in cues:
        if cue[1] > start:
            break
        if start - cue[1] <= 70:
            before.append(cue)
    if before:
        nearest = before[-1]
        specific = _SPECIFIC_METRICS.get(nearest[2], ())
        return next((cue for cue in reversed(before) if cue[2] in specific), nearest)
    after = next((cue for cue in cues if cue[0] >= end), None)
    return after if after is not None and after[0] - end <= 40 else None


_INCIDENT_METRICS = frozenset({"deaths", "injured", "missing", "evacuated"})
# What ends the clause a count belongs to, looking after it ("rose to 95, with 177 people
# injured and 20 missing") and before it ("killed 12, injured 40").
_CLAUSE_BREAK_AFTER = re.compile(r"[,;:()]|\b(?:and|with|while|but)\b|\d")
_CLAUSE_BREAK_BEFORE = re.compile(r"[,;:()]|\b(?:with|while|but)\b")
_AND = re.compile(r"\band\b")
# A count with a verb of its own after it starts a clause: "... and 300 homes were destroyed".
_OWN_PREDICATE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:have|has|had|were|was|are|is|remain|remained)\b")


def _incident_metric(sentence: str, start: int, end: int, cues) -> str | None:
    """What an incident count counts: the incident word after it in its clause ("177 people
    injured", "20 still missing"), else the nearest one before it in its clause ("killed 95",
    "the death toll rose to 95", "the evacuation of 14 villages and 4,500 residents")."""
    incidents = [c for c in cues if c[2] in _INCIDENT_METRICS]
    for c_start, _, metric in incidents:
        if end <= c_start <= end + 40 and not _CLAUSE_BREAK_AFTER.search(sentence, end, c_start):
            return metric
    own_clause = bool(_OWN_PREDICATE.match(sentence, end))
    before = [metric for _, c_end, metric in incidents
              if c_end <= start and start - c_end <= 60 and not _CLAUSE_BREAK_BEFORE.search(sentence, c_end, start)
              and not (own_clause and _AND.search(sentence, c_end, start))]
    return before[-1] if before else None


_PER_SHARE = re.compile(r"\s*(?:per|a)\s+share\b")


def _metric_of(claim: Claim, sentence: str, m: re.Match, cue, cues) -> str | None:
    """The metric a quantity measures, from its unit, the noun it counts and the cues around it."""
    if claim.unit in TIME_UNITS:
        return "duration"
    key = cue[2] if cue else None
    if claim.unit in ("count", "people"):
        incident = _incident_metric(sentence, m.start(), m.end(), cues)
        if incident:
            return incident
        return key if claim.noun in (None, "people", "persons") else claim.noun
    if claim.unit in _UNIT_METRICS and key not in ("wind_speed", "rainfall", "area_burned", "damage"):
        return _UNIT_METRICS[claim.unit]
    if claim.unit not in ("percent", "percentage_point") and _PER_SHARE.match(sentence, claim.char_end):
        return "dividend" if key == "dividend" else "earnings_per_share" if key in ("net_income", None) else key
    return key or _fallback_metric(sentence, m.end(), claim.unit)


_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
_PREPOSITION = re.compile(r"\s+(?:in|on|for|by|from|to|at|and|as|that|which|with)\b")


def _fallback_metric(sentence: str, end: int, unit: str) -> str | None:
    """An unknown metric degrades to its head noun phrase."""
    after = sentence[end:end + 60]
    of_np = _OF_PHRASE.match(after)
    if unit in ("percent", "percentage_point") and of_np:
        words = _PREPOSITION.split(of_np.group(1), maxsplit=1)[0]
        return words.lower().strip() or None
    return None


def extract_claims(text: str, sentences: list[tuple[int, int]], published: datetime | None = None,
                   named: list[tuple[int, int, str, bool]] | None = None) -> list[Claim]:
    """All numeric claims of one article's clean text, given its sentence offsets.

    ``named`` are the (start, end, name, is_organisation) of the places and organisations the
    article names, the candidate subjects; found here with ``flows.stages.extract.entities`` when not given.
    """
    if named is None:
        named = candidate_subjects(extract_mentions(text))
    if published is not None and not can_be_published(published):
        published = None  # periods are anchored to no date rather than to an impossible one
    claims = []
    folded_text = fold_case(text)
    subjects = _subjects(folded_text, list(named))
    main_subject = _main_subject(subjects, sentences)
    # The periods of the first three sentences: what the article is about, and theirs below.
    lead_periods = [_period_mentions(text[start:end], folded_text[start:end], published)
                    for start, end in sentences[:3]]
    lead_period = _lead_period(lead_periods)
    previous_periods: list = []  # periods named by the previous sentence of the same paragraph
    # The sentences without a number since the last one with a number, in the same paragraph:
    # their periods matter only if a figure follows them there, so they are read only then.
    unread: list[int] = []
    letters, digits = _letters_and_digits(folded_text)
    for number, (s_start, s_end) in enumerate(sentences, start=1):
        if number > 1 and "\n" in text[sentences[number - 2][1]:s_start]:
            previous_periods, unread = [], []
        sentence_letters = letters[s_start:s_end]
        has_number_word = _has_number_word(sentence_letters)
        if not (has_number_word or _has_digit(text, digits, s_start, s_end)):
            unread.append(number)
            continue
        for earlier_number in reversed(unread):
            e_start, e_end = sentences[earlier_number - 1]
            if dated := _dated(_periods_without_a_number(text[e_start:e_end], folded_text[e_start:e_end], published)):
                previous_periods = dated
                break
        unread = []
        sentence, folded = text[s_start:s_end], folded_text[s_start:s_end]
        periods = lead_periods[number - 1] if number <= 3 else _period_mentions(sentence, folded, published)
        inherited = previous_periods[0] if len(previous_periods) == 1 else lead_period
        context = None
        for m in _quantities(folded, _number_starts(sentence_letters) if has_number_word else []):
            claim = _claim(sentence, folded, m)
            if claim is None:
                continue
            if context is None:
                earlier = _earlier_subject(subjects, sentences, number)
                context = (_in_sentence(subjects, s_start, s_end), _metric_cues(folded),
                           _OUTLOOK_STEM.search(folded) is not None, earlier, main_subject)
            claim.sentence_no = number
            _attach_context(claim, sentence, folded, m, *context)
            _attach_period(claim, folded, m, periods, inherited, published)
            claim.char_start += s_start
            claim.char_end += s_start
            claims.append(claim)
        previous_periods = _dated(periods) or previous_periods
    return claims


def _main_subject(subjects: list[Named], sentences: list[tuple[int, int]]) -> Named | None:
    """What the article is about: the first organisation its first sentence names, else the first
    subject there, else the subject it names most."""
    if sentences:
        first = [n for n in _in_sentence(subjects, *sentences[0]) if not n.is_object]
        if first:
            return next((n for n in first if n.is_organisation), first[0])
    named = [n for n in subjects if not n.is_object]
    if not named:
        return None
    names = [n.name for n in named]
    return max(named, key=lambda n: names.count(n.name))


def _dated(periods: list[tuple[int, int, int | None, str | None]]) -> list[tuple[int, int, int | None, str | None]]:
    """The periods a sentence names that a figure of the next sentence can take: not its weekdays."""
    return [p for p in periods if not (p[3] and "-" in p[3])]


def _periods_without_a_number(sentence: str, folded: str, published: datetime | None):
    """The periods a sentence without a number names: one scan first, for most name none."""
    if next(find_whole_words(_MAY_NAME_PERIOD, sentence), None) is None:
        return []
    return _period_mentions(sentence, folded, published)


def _lead_period(lead_periods: list[list[tuple[int, int, int | None, str | None]]]):
    """The period the article is about: the first one its first three sentences name (not a
    weekday), given the periods each of them names."""
    for mentions in lead_periods:
        for mention in sorted(mentions):
            if not (mention[3] and "-" in mention[3]):
                return mention
    return None


# Where numbers can be: a digit, or a number word, a run of the letters a-z that is one. Both
# are found in byte strings with one byte for each character of the article
# (``_letters_and_digits``) with ``split`` and ``find``, several times faster than a regex scan.
_NUMBER_WORD_BYTES = frozenset(word.encode() for word in [*NUMBER_WORDS, "half", "third", "quarter", "thirds",
                                                            "quarters"])
_SPACE = ord(" ")
_LETTERS_ONLY = bytes(byte if ord("a") <= byte <= ord("z") else _SPACE for byte in range(256))
_DIGITS_ONLY = bytes(ord("0") if byte in b"0123456789" else ord("?") if byte == ord("?") else _SPACE
                     for byte in range(256))


def _letters_and_digits(folded: str) -> tuple[bytes, bytes]:
    """``folded`` (``fold_case``d) as two byte strings with one byte for each character, made once
    for an article and sliced for its sentences at the same offsets: its letters a-z, every other
    character a space; and its digits 0-9 as 0, every character that is not ASCII (perhaps a
    digit of another script) or is a ``?`` as ``?``, every other a space."""
    encoded = folded.encode("ascii", "replace")
    return encoded.translate(_LETTERS_ONLY), encoded.translate(_DIGITS_ONLY)


def _has_number_word(letters: bytes) -> bool:
    """Whether a sentence (given by its letters, see ``_letters_and_digits``) has a number word."""
    return not _NUMBER_WORD_BYTES.isdisjoint(letters.split())


def _has_digit(text: str, digits: bytes, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a digit (``\\d``), given the text's digits (see
    ``_letters_and_digits``): a regex looks only where a character is not ASCII."""
    return digits.find(b"0", start, end) >= 0 or (
        digits.find(b"?", start, end) >= 0 and _DIGIT.search(text, start, end) is not None)


def _number_starts(letters: bytes) -> list[int]:
    """Where a number in words can start in a sentence (given by its letters, see
    ``_letters_and_digits``), in order: at a number word, or at the word before one ("a third",
    "one quarter")."""
    starts = []
    for word in _NUMBER_WORD_BYTES.intersection(letters.split()):
        at = letters.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or letters[at - 1] == _SPACE) and (end == len(letters) or letters[end] == _SPACE):
                head = letters[:at].rstrip()
                starts += [at, head.rfind(b" ") + 1] if head else [at]
            at = letters.find(word, end)
    return sorted(starts)


def _quantities(folded: str, number_starts: list[int]) -> Iterator[re.Match]:
    """The matches of ``_QUANTITY`` in a sentence (``fold_case``d), as ``finditer`` finds them;
    ``number_starts`` are where a number in words can start (``_number_starts``).

    Every quantity holds a number, and only a currency ("USD 5", "HK$5") comes before it. So
    ``_QUANTITY`` is tried only at each digit and number start, or where a currency that ends
    there starts (up to 4 characters before it); not at every position of the sentence (the
    same matches in half the instructions of ``finditer``'s scan).
    """
    words = iter(number_starts)
    word_at = next(words, None)
    position, end = 0, len(folded)
    while True:
        digit = _DIGIT.search(folded, position)
        at = digit.start() if digit else end
        while word_at is not None and word_at < position:
            word_at = next(words, None)
        if word_at is not None and word_at < at:
            at = word_at
        if at == end:
            return
        before = folded[max(position, at - 2):at]
        if before[-1:].isspace():
            before = before[:-1]  # "USD 5"
        earliest = max(position, at - 4) if before[-1:] in _CURRENCY_LAST_CHARACTERS else at
        currency = _CURRENCY_BEFORE.search(folded, earliest, at) if earliest < at else None
        m = _QUANTITY.match(folded, currency.start() if currency else at)
        if m is None:  # a word that starts no number ("first quarter"); a digit always does
            word_at = next(words, None)
            continue
        yield m
        position = m.end()


_DIGIT = re.compile(r"\d")


# Found with find_whole_words: each alternative starts with a literal, which re skips to.
_MAY_NAME_PERIOD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November"
                              r"|December|quarter|half|Q[1-4]|H[12]|year|19\d\d|20\d\d)\b")


def _attach_period(claim: Claim, folded: str, m: re.Match, periods, inherited, published) -> None:
    """The period the claim refers to: named near it, else the one period of the sentence before."""
    year, part = _period(periods, m.start(), m.end(), published, folded, claim.state == "before")
    if year is None and part is None and inherited is not None:
        year, part = _anchor_year(inherited[2], inherited[3], published), inherited[3]
    earlier = _EARLIER.match(folded, m.end()) if year is not None and claim.state == "before" else None
    if earlier:
        year, part = _shift(year, part, (earlier.group(1) or earlier.group(2)).lower())
    claim.period_year, claim.period_part = year, part
    claim.period = format_period(year, part)


# "from 6.3% a month earlier", "slowing from 4.3% in the previous month"
_EARLIER = caseless(r"[^.;]{0,40}?\b(?:(?:a|one)\s+(year|quarter|month)\s+(?:earlier|ago|before)"
                    r"|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(year|quarter|month))\b")


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


def _subject(named: list[Named], start: int, earlier: str | None, main: Named | None) -> str | None:
    """The subject of a quantity whose metric has no owner in front of it.

    An organisation named before it in the sentence; else, in an article about an
    organisation, that organisation (places there are mostly markets and locations); else a
    place named before it, the subject of the previous sentences, or the article's subject.
    """
    before = [n for n in named if n.offset < start and not n.is_object]
    organisations = [n.name for n in before if n.is_organisation]
    if organisations:
        return organisations[-1]
    if main is not None and main.is_organisation:
        return main.name
    if before:
        return before[-1].name
    return earlier or (main.name if main else None)


def _earlier_subject(subjects: list[Named], sentences: list[tuple[int, int]], number: int,
                     reach: int = 4) -> str | None:
    """The first subject named in the nearest of the previous sentences ("Its exports...")."""
    for s_start, s_end in reversed(sentences[max(0, number - 1 - reach):number - 1]):
        for n in subjects[bisect.bisect_left(subjects, s_start, key=_OFFSET):]:
            if n.offset >= s_end:
                break
            if not n.is_object:
                return n.name
    return None


# "the first half", "the January-June half" name a period
_PERIOD_HALF_LEAD = re.compile(r"\b(?:first|second|the|other)\s+$|[-–]" + _MONTH_ALTERNATION + r"\s+$")
_YEAR_NUMBER = re.compile(r"1[89]\d\d|20\d\d")


# Larger than any figure news reports (the world's GDP is about 1e14 US dollars).
LARGEST_VALUE = 1e18


def _claim(sentence: str, folded: str, m: re.Match) -> Claim | None:
    """The claim a quantity found in ``folded`` (``fold_case(sentence)``) makes, if it is one."""
    # The groups are matched in folded text: already lower case.
    num, frac, word, cur, written_scale = m.group("num", "frac", "word", "cur", "scale")
    unit = _unit_of(m)
    if num is not None and _is_not_a_quantity(sentence, folded, m.start(), m.end(), unit, written_scale, cur):
        return None
    value = _number_value(num, frac, word)
    scale = " ".join(written_scale.split()) if written_scale else ""
    currency = counted = None
    if cur:
        currency = CURRENCY_SYMBOLS.get(cur.strip().rstrip("."))
    end = m.end()
    if currency is None and unit is None:
        after = _CURRENCY_AFTER.match(folded, end)
        if after and (scale or num):
            currency, end = CURRENCY_WORDS[after.group(1)], after.end()
    if scale and scale in ("m", "b", "k") and currency is None:
        return None  # "5m" without money is too ambiguous (metres? minutes?)
    if frac:
        if _PERIOD_HALF_LEAD.search(sentence[max(0, m.start() - 12):m.start()]):
            return None  # "the first half" names a period
        point = _POINT_AFTER.match(sentence, end) if unit is None else None
        if point:  # "a quarter of a percentage point"
            unit, value, end = "percentage_point", value / 100, point.end()
        unit = unit or "percent"
    if unit in SUBUNITS and currency is None and num:
        currency, factor = SUBUNITS[unit]
        value *= factor
        unit = None
    if currency:
        unit = currency
        value *= SCALES.get(scale, 1.0)
    elif unit is None:
        value *= SCALES.get(scale, 1.0)
        if num and _YEAR_NUMBER.fullmatch(num) and not scale:
            return None  # a year
        noun = _COUNTED_NOUN.match(sentence, end)
        if noun and noun.group(1).lower() not in NOT_COUNTED:
            unit = "people" if _is_people(noun.group(1).lower()) else "count"
            counted = noun.group(1).lower()
        elif _incident_count(folded, m):
            unit = "people"
        elif num and "," in num:
            unit = "count"  # "headcount rose to 224,600": grouped digits are a quantity
        else:
            return None
    elif unit in CONVERSIONS:
        unit, factor = CONVERSIONS[unit]
        value *= factor
    elif unit in SUBUNITS:
        return None
    if word and unit in ("count", "people") and value == 1:
        return None  # "one of the ..." is not a count
    if not value < LARGEST_VALUE:
        return None  # a serial number or a string of digits, not a figure (and no infinity in the warehouse)
    surface = m.group(0)
    start = m.start() + (len(surface) - len(surface.lstrip()))
    claim = Claim(start, end, 0, value, _decimals(num, scale, unit), unit, sentence[start:end])
    claim.noun = counted
    return claim


def _is_people(noun: str) -> bool:
    return noun in PEOPLE_NOUNS or noun.endswith("men")


def _incident_count(folded: str, m: re.Match) -> bool:
    """A bare number that counts people in an incident: "injuring 29", "14 remain missing"."""
    if not m.group("num") or not _INCIDENT.search(folded):
        return False
    before = folded[max(0, m.start() - 40):m.start()]
    return bool(_PEOPLE_BEFORE.search(before) or _PEOPLE_AFTER.match(folded, m.end()))


def _decimals(num: str | None, scale: str, unit: str) -> int:
    """Precision as written, in base units: "34.50%" → 2, "$28.8 billion" → -8; ``num`` is the
    number's digits (None for a number word), ``scale`` its scale word ("billion") or ""."""
    places = len(num) - num.index(".") - 1 if num and "." in num else 0
    return places - round(math.log10(SCALES[scale])) if scale and unit not in UNITS else places


def _attach_context(claim: Claim, sentence: str, folded: str, m: re.Match, named: list[Named], cues,
                    outlook_in_sentence: bool, earlier: str | None, main: Named | None) -> None:
    start, end = m.start(), m.end()
    cue = _metric(cues, start, end)
    claim.metric = _metric_of(claim, sentence, m, cue, cues)
    if cue is not None:
        cue_start, cue_end, _ = cue
        owner = [n.name for n in named if cue_start - 30 <= n.offset < cue_start and not n.is_object]
        located = _LOCATED_AFTER.match(sentence, cue_end, cue_end + 12)  # "inflation in the euro area"
        if located:
            owner += [n.name for n in named if n.offset == located.end()]
        claim.subject = owner[-1] if owner else None
        claim.object = next((n.name for n in named if cue_end <= n.offset <= cue_end + 20 and n.is_object
                             and n.name != claim.subject), None)
    claim.subject = claim.subject or _subject(named, start, earlier, main)
    claim.direction = _direction(claim, folded, start, end)
    if claim.unit in ("percent", "percentage_point") and claim.direction:
        claim.basis = _basis(folded, start, end)  # a basis qualifies a change, not a level
    lead = folded[max(0, start - 25):start]
    claim.qualifier = _qualifier(folded, start, end, lead, outlook_in_sentence)
    state = _state_lead(lead)
    if state == "before" or (state == "after" and _CHANGE_BEFORE.search(folded, 0, start)):
        claim.state = state


def _bound(lead: str) -> str | None:
    """at_least, at_most or approximate when ``lead``, the text right before a quantity
    (``fold_case``d), ends with a phrase of ``_BOUND_PHRASES`` that starts a word, then space: what
    ``\\b(?:phrase)\\s+$`` finds, with string tests instead of a regex scan of every lead."""
    bare = lead.rstrip()
    if len(bare) == len(lead) or not bare.endswith(_ALL_BOUND_PHRASES):
        return None
    for phrase, bound in _BOUND_OF_PHRASE.items():
        if bare.endswith(phrase) and (len(bare) == len(phrase) or not is_word_character(bare[-len(phrase) - 1])):
            return bound
    return None


def _qualifier(folded: str, start: int, end: int, lead: str, outlook_in_sentence: bool) -> str:
    """at_least, at_most or approximate from the words right before a quantity; else forecast,
    estimate or target from the words around it; else actual. Most quantities have none of
    them: one string test of the lead rules out a bound, and a sentence without an
    ``_OUTLOOK_STEM`` (``outlook_in_sentence``) has no forecast, estimate or target."""
    if bound := _bound(lead):
        return bound
    if not outlook_in_sentence:
        return "actual"
    left, right = _window(folded, start, end)
    # Which of FORECAST, ESTIMATE and TARGET occur before it, in one scan: no word is of two.
    kinds = {m.lastindex for m in _OUTLOOK_WORD.finditer(left)}
    forecast_after = ("poll" in right or "consensus" in right or "forecast" in right) and _FORECAST_AFTER.search(right)
    if 1 in kinds or forecast_after:
        return "forecast"
    if 2 in kinds:
        return "estimate"
    if 3 in kinds or _TARGET_AFTER.match(folded, end, end + 20):
        return "target"
    return "actual"


_LOCATED_AFTER = re.compile(r"\s+in\s+(?:the\s+)?")
# FORECAST, ESTIMATE and TARGET in one: group 1, 2 or 3 says which matched.
_OUTLOOK_WORD = caseless("|".join(p.pattern for p in (FORECAST, ESTIMATE, TARGET)))
# What every word _qualifier looks for starts with, boundaries aside: a sentence without one has none.
_OUTLOOK_STEM = caseless(by_first_letter(["expect|forecast|project|poll|consensus|predict|anticipat|outlook|guidance"
                                          "|will|would|could|estimat|target|goal|aim"]))
_FORECAST_AFTER = caseless(r"\bpoll|consensus|forecast")
_TARGET_AFTER = caseless(r"\s*(?:inflation\s+)?target\b")
_STATE_WORDS = {"from": "before", "after": "before", "to": "after"}
_STATE_LEAD_LAST_WORDS = (*_STATE_WORDS, "a", "an", "the")


def _state_lead(lead: str) -> str | None:
    """before when ``lead``, the text right before a quantity (``fold_case``d), ends with "from"
    or "after", then space and perhaps an article ("from 145%", "from a 3% rise");
    after when it so ends with "to" ("to 30%"), but not "up to". What
    ``\\b(?:from|after)\\s+(?:a|an|the)?\\s*$`` and ``(?<!\\bup )\\bto\\s+(?:a|an|the)?\\s*$``
    find, with string tests."""
    bare = lead.rstrip()
    if not bare.endswith(_STATE_LEAD_LAST_WORDS):
        return None  # most leads
    heads = [bare] if len(bare) < len(lead) else []  # the word, then space
    for article in ("the", "an", "a"):
        if bare.endswith(article) and bare[-len(article) - 1:-len(article)].isspace():
            heads.append(bare[:-len(article)].rstrip())  # the word, space, an article
    for head in heads:
        for word, state in _STATE_WORDS.items():
            at = len(head) - len(word)
            if head.endswith(word) and (at == 0 or not is_word_character(head[at - 1])):
                up_to = word == "to" and at >= 3 and head[at - 3:at] == "up " and (
                    at == 3 or not is_word_character(head[at - 4]))
                return None if up_to else state
    return None


_CHANGE_BEFORE = caseless(r"\bfrom\b|\b(?:rose|fell|cut|raised|reduced|lowered|down|up|increased|decreased|climbed"
                          r"|dropped)\b")


@functools.lru_cache(maxsize=64)
def _change_words(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, up|down) of the change words of a sentence (``fold_case``d), in order; cached
    for its quantities."""
    return [(start, end, _direction_of(folded[start:end])) for start, end in _CHANGE.spans(folded)]


@functools.lru_cache(maxsize=1024)
def _direction_of(word: str) -> str:
    return "down" if DOWN.fullmatch(word) else "up"


@functools.lru_cache(maxsize=64)
def _basis_phrases(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, basis) of the basis phrases of a sentence (``fold_case``d); cached for its quantities."""
    return [(m.start(), m.end(), basis) for basis, regex in BASES if any(w in folded for w in _BASIS_WORDS[basis])
            for m in regex.finditer(folded)]


# A word every phrase of a basis contains: a sentence without one of them is not scanned for it.
_BASIS_WORDS = {"yoy": ("year", "yoy", "annual"), "mom": ("month", "mom"), "qoq": ("quarter", "qoq", "sequential", "annuali")}


def _direction(claim: Claim, folded: str, start: int, end: int) -> str | None:
    """up or down from the change word nearest the quantity. A level (a count, a rainfall, a
    price) takes a direction only from a change word right before it ("rose to 57")."""
    changes = claim.unit in ("percent", "percentage_point") or claim.unit in CURRENCY_CODES
    reach = 60 if changes else 25
    candidates = []
    for w_start, w_end, direction in _change_words(folded):
        if w_end <= start and start - w_end <= reach:
            candidates.append((start - w_end, direction))
        elif changes and w_start >= end and w_start - end <= 40:
            candidates.append((w_start - end + 1, direction))
    return min(candidates)[1] if candidates else None


def _basis(folded: str, start: int, end: int) -> str | None:
    """yoy, mom or qoq from the basis phrase nearest the quantity in its sentence."""
    near = [(start - b_end if b_end <= start else max(b_start - end, 0), basis)
            for b_start, b_end, basis in _basis_phrases(folded)]
    near = [c for c in near if c[0] <= 80]
    return min(near)[1] if near else None


CLAIM_SCHEMA = {
    "claim_id": pl.String, "article_id": pl.String, "sentence_no": pl.Int32,
    "char_start": pl.Int32, "char_end": pl.Int32, "surface": pl.String, "value": pl.Float64,
    "decimals": pl.Int32,
    "unit": pl.String, "subject": pl.String, "object": pl.String, "metric": pl.String,
    "direction": pl.String, "period": pl.String, "period_year": pl.Int32, "period_part": pl.String,
    "basis": pl.String, "qualifier": pl.String, "state": pl.String,
}


def format_period(year: int | None, part: str | None) -> str | None:
    """The contract's period string: 2025-05, 2025-Q1, 2025-H1 or 2025; None without a year."""
    if year is None:
        return None
    return f"{year}-{part}" if part else str(year)


def claim_rows(article_id: str, claims: list[Claim]) -> list[tuple]:
    """The rows of ``claims_frame`` for the claims of one article."""
    return [(f"{article_id}:{claim.char_start}", article_id, *_CLAIM_FIELDS(claim)) for claim in claims]


def claims_frame(rows: list[tuple]) -> pl.DataFrame:
    """The claims of a batch (``CLAIM_SCHEMA``, and whether each metric is in the ontology)."""
    frame = frame_of_rows(rows, CLAIM_SCHEMA)
    return frame.with_columns(pl.col("metric").is_in(ONTOLOGY_METRICS).alias("metric_in_ontology"))


# The columns of CLAIM_SCHEMA a Claim holds (all but the first two), read off each claim in one call.
_CLAIM_FIELDS = attrgetter(*list(CLAIM_SCHEMA)[2:])

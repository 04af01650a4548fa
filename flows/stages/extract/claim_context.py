"""What a quantity measures and how: its metric, subject and object, direction, basis,
qualifier and before/after state, from the words around it in its sentence.

Grain: one ``Claim`` completed at a time (``attach_context``). Patterns that ignore case are
written in lower case and matched against the case-folded text (``caseless``).
"""

from __future__ import annotations

import functools
import re

from flows.lexicon import alternation, lexicon
from flows.records import Claim
from flows.stages.extract.measures import is_running_count, measure_of, scope_of, time_of_day
from flows.stages.extract.patterns import (
    WordPattern,
    by_first_letter,
    caseless,
    is_word_character,
)
from flows.stages.extract.places import place_name
from flows.stages.extract.quantities import TIME_UNITS, is_currency
from flows.stages.extract.subjects import Named, subject_before

_WORDS = lexicon("claims")
_DOWN_WORDS = alternation(_WORDS["down_words"])
_UP_WORDS = alternation(_WORDS["up_words"])
DOWN = caseless(r"\b" + by_first_letter([_DOWN_WORDS]) + r"\b")
UP = caseless(r"\b" + by_first_letter([_UP_WORDS]) + r"\b")
# Both in one scan; no word is both, so each match is one of them.
_CHANGE = WordPattern(by_first_letter([_DOWN_WORDS, _UP_WORDS]) + r"\b")
# Each alternative starts with a letter, so that re skips to where one can start (twice as
# fast): "y(?<!\w.)oy" is "\byoy", the boundary checked after the first letter.
BASES = [(basis, caseless(alternation(phrases))) for basis, phrases in _WORDS["bases"].items()]
FORECAST = caseless(r"\b(" + alternation(_WORDS["forecast_words"]) + r")\b")
ESTIMATE = caseless(r"\b(" + alternation(_WORDS["estimate_words"]) + r")\b")
TARGET = caseless(r"\b(" + alternation(_WORDS["target_words"]) + r")\b")
PRELIMINARY = caseless(r"\b(" + alternation(_WORDS["preliminary_words"]) + r")\b")
REVISED = caseless(r"\b(" + alternation(_WORDS["revised_words"]) + r")\b")
# Words right before a quantity that bound it.
_BOUND_PHRASES: dict[str, list[str]] = _WORDS["bounds"]
# Each phrase and its bound, the longest first: "no more than" bounds from above, not "more than".
BOUND_OF_PHRASE = dict(
    sorted(
        ((phrase, bound) for bound, phrases in _BOUND_PHRASES.items() for phrase in phrases),
        key=lambda pair: -len(pair[0]),
    )
)
_ALL_BOUND_PHRASES = tuple(BOUND_OF_PHRASE)

# Metric ontology: key → cue words. Economic releases, company results, incidents.
METRICS: list[tuple[str, str]] = [(key, alternation(cues)) for key, cues in _WORDS["metrics"].items()]
# Cues so broad that a more specific one within reach wins ("Consumer Price Index (CPI), a
# benchmark for measuring inflation, dropped 0.1%": cpi, not inflation).
_SPECIFIC_METRICS = {broad: set(specific) for broad, specific in _WORDS["specific_metrics"].items()}
# A measure's unit decides its metric when no cue does.
_UNIT_METRICS: dict[str, str] = _WORDS["unit_metrics"]
# All cues in one scan (grouped by first letter: see flows.stages.extract.patterns); each match is then named
# by the first metric whose cue matches it whole, the one the plain alternation would have taken.
_METRIC_CUES = WordPattern(by_first_letter(cue for _, cue in METRICS) + r"\b")
_METRIC_OF_CUE = [(key, caseless(cue)) for key, cue in METRICS]


_AT_CLOCK = re.compile(
    r"\b(?:by|as\s+of|at)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:by|as\s+of)\s+\d\d:\d\d\b"
    r"|\b(?:by|as\s+of|at)\s+(?:noon|midday)\b"
)
_SO_FAR = re.compile(
    r"[^.;]*?\b(?:so\s+far|to\s+date|already|at\s+the\s+latest\s+count|at\s+last\s+count"
    # a total kept since a day or the event's start: "120,000 litres handed out since Tuesday"
    r"|since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+week"
    r"|the\s+(?:start|outbreak|strike|storm|fire|flood|quake|earthquake|eruption|disaster)\b)"
    # a reading part of the way through: "437 operations postponed in its first two days"
    r"|in\s+(?:its|the)\s+first\s+[\w-]+\s+(?:days?|hours?|weeks?))\b"
)


# An aside between a figure's subject and its verb: ", which excludes food and energy,", " – the
# figure the bank watches most closely –", " (HICP),". It closes one to four words before the
# figure, its verb ("eased to", "edged up to"), not a list's next item ("the Sollen compact for").
_ASIDE_CLOSE = re.compile(r"(?:,|\s[–—]|\))\s+(?!(?:the|a|an|and|or|but|its|their|with|while)\s)(?:[a-z]+\s+){1,4}$")
_ASIDE_OPEN = {
    ",": re.compile(r",\s+(?:which|who|whose|the|a|an)\b"),
    "–": re.compile(r"\s–\s"),
    "—": re.compile(r"\s—\s"),
    ")": re.compile(r"\s?\("),
}


def _aside_before(folded: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the aside that ends right before the verb of the figure at ``start``, if
    any: from its opening (", which", a dash, a bracket) to its closing mark, both within 160
    characters before the figure."""
    low = max(0, start - 160)
    close = _ASIDE_CLOSE.search(folded, low, start)
    if close is None or any(c.isdigit() for c in folded[close.end() : start]):
        return None
    mark = folded[close.start() : close.start() + 2].strip()[:1]
    opening = next(reversed(list(_ASIDE_OPEN[mark].finditer(folded, low, close.start()))), None)
    if opening is None or opening.start() == low:
        return None
    if opening.group().rstrip().endswith(("the", "a", "an")) and any(
        c.isdigit() for c in folded[opening.start() : close.start()]
    ):
        return None  # a phrase with figures is a clause of its own: "142,000 deliveries, the Sollen compact for 97,500"
    return opening.start(), close.start() + (2 if mark in "–—" else 1)


def _window(sentence: str, start: int, end: int, words: int = 8) -> tuple[str, str]:
    """The ``words`` words before ``start`` and after ``end`` (split off from that end only)."""
    left = sentence[:start].rsplit(None, words)[-words:]
    right = sentence[end:].split(None, words)[:words]
    return " ".join(left), " ".join(right)


def metric_cues(folded: str, sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, metric key) of every metric cue in a sentence (``folded``, its ``fold_case``d
    text), in one regex pass; a cue in the title of a publication ("the bank's Inflation Report")
    names no figure."""
    return [
        (start, end, _metric_of_cue(folded[start:end]))
        for start, end in _METRIC_CUES.spans(folded)
        if not (sentence[start : start + 1].isupper() and _PUBLICATION_AFTER.match(sentence, end))
    ]


# The title word of a publication after a capitalised cue: "Inflation Report", "Labour Market Review".
_PUBLICATION_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+){0,2}\s+(?:Report|Review|Bulletin|Survey|Statement|Outlook)\b")


@functools.lru_cache(maxsize=4096)
def _metric_of_cue(cue: str) -> str:
    """The metric a cue found by ``_METRIC_CUES`` names (cues repeat: cached)."""
    return next(key for key, pattern in _METRIC_OF_CUE if pattern.fullmatch(cue))


def _metric(cues: list[tuple[int, int, str]], start: int, end: int, skipped: int = 0) -> tuple[int, int, str] | None:
    """The metric cue nearest before the quantity (within 70 chars, not counting the ``skipped``
    characters of an aside), else just after it (40); a generic cue yields to a specific one
    within reach, and any to one right after the quantity, its own noun ("the headline wind
    figure is the 187 km/h gust": a gust). ``cues`` are in text order, apart (as
    ``metric_cues`` finds them): the nearer a cue before the quantity, the later it comes."""
    own = next((cue for cue in cues if end <= cue[0] <= end + 2), None)
    if own is not None:
        return own
    before = []
    for cue in cues:
        if cue[1] > start:
            break
        if start - cue[1] - skipped <= 70:
            before.append(cue)
    if before:
        nearest = before[-1]
        specific = _SPECIFIC_METRICS.get(nearest[2], ())
        return next((cue for cue in reversed(before) if cue[2] in specific), nearest)
    after = next((cue for cue in cues if cue[0] >= end), None)
    return after if after is not None and after[0] - end <= 40 else None


_INCIDENT_METRICS = frozenset({"deaths", "injured", "missing", "evacuated", "sheltered"})
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
    before = [
        metric
        for _, c_end, metric in incidents
        if c_end <= start
        and start - c_end <= 60
        and not _CLAUSE_BREAK_BEFORE.search(sentence, c_end, start)
        and not (own_clause and _AND.search(sentence, c_end, start))
    ]
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
    after = sentence[end : end + 60]
    of_np = _OF_PHRASE.match(after)
    if unit in ("percent", "percentage_point") and of_np:
        words = _PREPOSITION.split(of_np.group(1), maxsplit=1)[0]
        return words.lower().strip() or None
    return None


def attach_context(
    claim: Claim,
    sentence: str,
    folded: str,
    m: re.Match,
    named: list[Named],
    cues,
    outlook_in_sentence: bool,
    earlier: str | None,
    main: Named | None,
) -> None:
    # a claim may start before its match: "eight and a half years" is read at "a half years"
    start, end = min(m.start(), claim.char_start), m.end()
    aside = _aside_before(folded, start)
    if aside is not None:
        # "Core inflation, which excludes food and energy, eased to 2.9%": what the aside names is
        # not what the figure measures; the figure's clause is read as if the aside were not there
        cues = [cue for cue in cues if not aside[0] <= cue[0] < aside[1]]
    cue = _metric(cues, start, end, aside[1] - aside[0] if aside is not None else 0)
    claim.metric = _metric_of(claim, sentence, m, cue, cues)
    if cue is not None:
        cue_start, cue_end, _ = cue
        owner = [n.name for n in named if cue_start - 30 <= n.offset < cue_start and not n.is_object]
        located = _LOCATED_AFTER.match(sentence, cue_end, cue_end + 12)  # "inflation in the euro area"
        if located:
            owner += [n.name for n in named if n.offset == located.end()]
        claim.subject = owner[-1] if owner else None
        claim.subject_owns_metric = bool(owner)
        claim.object = next(
            (n.name for n in named if cue_end <= n.offset <= cue_end + 20 and n.is_object and n.name != claim.subject),
            None,
        )
        trade = claim.object is None and claim.metric in ("exports", "imports")
        counterpart = _COUNTERPART_AFTER.match(sentence, cue_end) if trade else None
        if counterpart and counterpart.group(1).split()[0].lower() not in _NOT_COUNTERPARTS:
            claim.object = counterpart.group(1)  # "exports to Oskiria": a place no gazetteer knows
    claim.subject = claim.subject or subject_before(named, start, earlier, main)
    read, read_folded = sentence, folded
    if aside is not None:
        blank = " " * (aside[1] - aside[0])
        read = sentence[: aside[0]] + blank + sentence[aside[1] :]
        read_folded = folded[: aside[0]] + blank + folded[aside[1] :]
    claim.measure, claim.measure_found_by = measure_of(claim, read, read_folded, start, end, cue)
    claim.scope = scope_of(sentence, folded, start, end, named, claim.measure)
    claim.scope_is_country = claim.scope is not None and place_name(claim.scope) is not None
    claim.time_of_day = time_of_day(folded, start, end)
    # a count of something still happening: "have treated 96 runners so far"
    claim.running_count = (
        is_running_count(claim.measure)
        or (claim.unit not in ("percent", "percentage_point") and _SO_FAR.match(folded, end, end + 90) is not None)
        # a reading taken at a clock time: "29.8% of voters had voted by 3pm", "turnout at 6pm"
        or _AT_CLOCK.search(folded, max(0, start - 40), end + 50) is not None
    )
    claim.direction = _direction(claim, folded, start, end)
    if claim.unit in ("percent", "percentage_point") and claim.direction:
        claim.basis = _basis(folded, start, end)  # a basis qualifies a change, not a level
    lead = folded[max(0, start - 25) : start]
    claim.qualifier = qualifier(folded, start, end, lead, outlook_in_sentence)
    if claim.qualifier in ("actual", "approximate", "forecast") and _CAPACITY_BEFORE.search(
        folded, max(0, start - 60), start
    ):
        claim.qualifier = "at_most"  # "a ferry that can carry 350 passengers and 60 cars": a capacity, not a load
    if (
        claim.qualifier in ("actual", "forecast")
        and " of " in folded
        and (partial := _PARTIAL_COUNT.search(folded))
        and (claim.qualifier == "actual" or partial.start() <= start < partial.end())
    ):
        # "a net gain of 88 seats with 11 of the 14 councils declared", and how far the count has
        # gone: "with 87.4% of polling stations counted"
        claim.qualifier = "preliminary"
    state = state_of_lead(lead)
    if state == "before" and not change_words(folded) and (claim.unit in ("count", "people") or _AFTER.search(lead)):
        state = None  # "took £14.6m from 312 investors", "after a 5.8 billion km trip": not what changed
    if state == "before" or (state == "after" and _CHANGE_BEFORE.search(folded, 0, start)):
        claim.state = state
    elif (
        _EARLIER_LEVEL_LEAD.search(lead) and not _LEVEL_REACHED_LEAD.search(folded, max(0, start - 50), start)
    ) or _EARLIER_LEVEL_AFTER.match(folded, end):
        claim.state = "before"  # "down from a peak of 9%", "stood at 4.50% at the start of the year"
    elif _REMAINING_LEAD.search(lead):
        claim.state = "after"
    if claim.unit not in ("percent", "percentage_point") and (
        _CHANGE_AMOUNT_LEAD.search(lead) or _DIFFERENCE_AFTER.match(folded, end)
    ):
        # "fell by 6,000 to 312,000", "a rise of 21,500", "412 fewer drivers than in 2019": how
        # much, not how many
        claim.state = "change"


def bound(lead: str) -> str | None:
    """at_least, at_most or approximate when ``lead``, the text right before a quantity
    (``fold_case``d), ends with a phrase of ``_BOUND_PHRASES`` that starts a word, then space: what
    ``\\b(?:phrase)\\s+$`` finds, with string tests instead of a regex scan of every lead."""
    bare = lead.rstrip()
    if len(bare) == len(lead) or not bare.endswith(_ALL_BOUND_PHRASES):
        return None
    for phrase, bound in BOUND_OF_PHRASE.items():
        if bare.endswith(phrase) and (len(bare) == len(phrase) or not is_word_character(bare[-len(phrase) - 1])):
            return None if phrase == "up to" and _MOVED_UP_TO.search(lead) else bound
    return None


# A verb that moves a figure up to its new level is no bound: "edged up to 2.8%", "was revised up to 0.4%".
_MOVED_UP_TO = re.compile(
    r"\b(?:edg|creep|crept|tick|mov|went|climb|rose|ris|jump|shot|inch|revis|mark|ramp|step|nudg|crawl)\w*"
    r"\s+up\s+to\s+$"
)


def qualifier(folded: str, start: int, end: int, lead: str, outlook_in_sentence: bool) -> str:
    """at_least or at_most from the words right before a quantity; else preliminary, revised,
    forecast, estimate or target from the words around it ("forecast to ease to around 35
    km/h" is a forecast); else approximate from the words right before it; else actual. Most
    quantities have none of them: one string test of the lead rules out a bound, and a sentence
    without an ``OUTLOOK_STEM`` (``outlook_in_sentence``) has no forecast, estimate or target."""
    limit = "at_least" if folded[end : end + 1] == "+" else bound(lead)  # "1,100+ firefighters"
    if limit in ("at_least", "at_most"):
        return limit
    if RANGE_END.search(folded, max(0, start - 50), start):
        return "at_most"
    if ("normal" in folded or "usual" in folded or "typical" in folded or "ordinar" in folded) and (
        _USUAL.match(folded, end, end + 40)
        or ((usual := _USUAL_BEFORE.search(folded, max(0, start - 60), start)) and not usual.group(1))
    ):
        return "usual"  # "normally carries about 78,000 vehicles a day", "2,140 trains on a normal weekday"
    if not outlook_in_sentence:
        return limit or "actual"
    left, right = _window(folded, start, end)
    # Which of FORECAST, ESTIMATE, TARGET, PRELIMINARY and REVISED occur before it, in one scan:
    # no word is of two; of a first reading and its revision, the nearer word says which it is
    # ("revised October's gain to 31,000 from a preliminary estimate of 24,000").
    found = list(_OUTLOOK_WORD.finditer(left))
    kinds = {m.lastindex for m in found}
    readings = [m.lastindex for m in found if m.lastindex in (4, 5)]
    if readings:
        return "preliminary" if readings[-1] == 4 else "revised"
    if _FIRST_READING_AFTER.match(folded, end, end + 140):
        return "preliminary"  # "6.4, according to a preliminary reading", "151mm in its preliminary reading"
    if _FIRST_READING_GAVE.search(folded, 0, start):
        return "preliminary"  # "the preliminary count gave the OPP 69 seats, ... on a turnout of 67.7%"
    after = _FORECAST_AFTER.search(right) if ("poll" in right or "consensus" in right or "forecast" in right) else None
    # "$5.5bn, against a consensus forecast of $4.6bn": the forecast is the figure after it
    forecast_after = (
        after is not None
        and not any(ch.isdigit() for ch in right[: after.start()])
        and not _FIGURE_SOON.match(right, after.end())
    )
    if 1 in kinds or forecast_after or _FORECASTERS_AFTER.match(folded, end):
        return "forecast"
    if 2 in kinds:
        return "estimate"
    if (
        3 in kinds
        or _TARGET_AFTER.match(folded, end, end + 20)
        or _CAPPED_AT.search(folded, max(0, start - 100), start)
    ):
        return "target"
    return limit or "actual"


# What happens as a rule, not on the day a story tells: "normally carries about 78,000 vehicles a
# day", "runs 2,140 trains on a normal weekday", "usually 9,000 in a typical week". A figure so
# described is compared only with figures described so.
_USUAL_WORDS = (
    r"(?:\b(?:normally|usually|typically|ordinarily)\b"
    r"|\b(?:on|in)\s+an?\s+(?:normal|typical|usual|ordinary)\s+(?:day|weekday|weekend|night|week|month|year)\b)"
)
_USUAL = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+" + _USUAL_WORDS)
# ... before the figure, with no other figure between: (group 1) a digit there
_USUAL_BEFORE = re.compile(_USUAL_WORDS + r"[^.;]*?(\d)?[^\d.;]*$")
# What a thing can hold, right before a figure or the figures listed after it: "can carry 350
# passengers and 60 cars", "able to seat 41,200", "a capacity of 1,200" (not "a capacity crowd of").
_CAPACITY_BEFORE = re.compile(
    r"(?:\b(?:can|could|able\s+to)\s+(?:carry|hold|seat|accommodate|house|sleep|transport|take)\b"
    r"|\bcapacity\s+of\b)"
    r"(?:\s+up\s+to)?\s+(?:[\d.,]+\s+[a-z]+(?:\s+[a-z]+)?,?\s+(?:and\s+)?)*(?:about\s+|around\s+)?$"
)
# The second figure of a range, "between 1.2 million and 1.4 million": an upper bound.
RANGE_END = re.compile(r"\bbetween\s+[$£€]?[\d.,]+(?:\s*(?:%|per\s?cent|percent|[a-z]+))?\s+and\s+[$£€]?$")
_LOCATED_AFTER = re.compile(r"\s+in\s+(?:the\s+)?")
# A trade flow's capitalised counterpart right after its cue: "exports to Oskiria", "imports from
# the Calder Isles".
_COUNTERPART_AFTER = re.compile(r"\s+(?:to|from)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_NOT_COUNTERPARTS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# FORECAST, ESTIMATE and TARGET in one: group 1, 2 or 3 says which matched.
_OUTLOOK_WORD = caseless("|".join(p.pattern for p in (FORECAST, ESTIMATE, TARGET, PRELIMINARY, REVISED)))
# What every word qualifier looks for starts with, boundaries aside: a sentence without one has none.
OUTLOOK_STEM = caseless(
    by_first_letter(
        [
            "expect|forecast|project|poll|consensus|predict|anticipat|outlook|guid|warn|see|pencil|threaten"
            "|will|would|could|estimat|target|goal|aim|limit|cap|ceiling|standard|requir|ask|told|urg"
            "|preliminary|provisional|flash|initial|first reading"
            "|revis|final|corrected|recount"
        ]
    )
)
_FORECAST_AFTER = caseless(r"\bpoll|consensus|forecast")
# A first reading that gives a sentence's figures, however far before them: "Monday's preliminary
# count, without them, gave the OPP 69 seats ... on a turnout of 67.7%".
_FIRST_READING_GAVE = re.compile(
    r"\b(?:preliminary|provisional|initial)\s+(?:count|results?|figures?|tally|data)\b[^;]{0,40}?"
    r"\b(?:gave|gives|showed|shows|put|puts)\b"
)
# A difference given by a comparative after the figure and its noun: "412 fewer drivers ... than in
# 2019", "300 more staff than a year earlier", "€2m less than planned".
_DIFFERENCE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:more|fewer|less)\b(?=[^.;]{0,60}\bthan\b)")
# A first reading named after the figure, with no other figure between: "6.4 earthquake has struck
# at 04:26, according to a preliminary reading by", not the 148mm of "148mm fell, rather than the
# 151mm in its preliminary reading".
_FIRST_READING_AFTER = caseless(
    r"(?:(?!\d[\d,.]*\s*(?:mm|cm|km|m|%|per\s+cent|million|billion|bn)\b)[^.;]){0,100}?"
    r"\b(?:according\s+to|in|by)\s+(?:a|the|its|their)\s+(?:preliminary|provisional|initial|flash|first)"
    r"\s+(?:reading|estimate|figure|count|result|data|assessment)s?\b"
)

# "beating the €1.71 billion analysts had expected": the forecasters right after a figure
_FORECASTERS_AFTER = caseless(
    r"\s+(?:the\s+)?(?:analysts|economists|markets?|traders|investors|forecasters|experts|pollsters)\s+"
    r"(?:had\s+|have\s+|were\s+|was\s+)?(?:been\s+)?(?:expected|expecting|forecast|predicted|anticipated"
    r"|pencill?ed\s+in)\b"
)
_FIGURE_SOON = re.compile(r"\w*\W+(?:\w+\W+){0,2}?[$€£]?\d")  # "forecast of $4.6bn"
_TARGET_AFTER = caseless(r"\s*(?:inflation\s+)?(?:target|cap|ceiling|limit)\b")
# A cap set on something, the figure after its object: "will cap spending on wages, transfers and
# agents' fees at 70 per cent of revenue".
_CAPPED_AT = caseless(r"\b(?:cap|caps|capped|capping|limit|limits|limited|limiting)\s+(?:[\w'’,-]+\s+){1,10}?at\s+$")
_STATE_WORDS = {"from": "before", "after": "before", "to": "after"}
_AFTER = re.compile(r"\bafter\s+(?:a\s+|an\s+|the\s+)?$")
_STATE_LEAD_LAST_WORDS = (*_STATE_WORDS, "a", "an", "the")


def state_of_lead(lead: str) -> str | None:
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
        if bare.endswith(article) and bare[-len(article) - 1 : -len(article)].isspace():
            heads.append(bare[: -len(article)].rstrip())  # the word, space, an article
    for head in heads:
        for word, state in _STATE_WORDS.items():
            at = len(head) - len(word)
            if head.endswith(word) and (at == 0 or not is_word_character(head[at - 1])):
                up_to = (
                    word == "to"
                    and at >= 3
                    and head[at - 3 : at] == "up "
                    and (at == 3 or not is_word_character(head[at - 4]))
                )
                return None if up_to else state
    return None


_EARLIER_LEVEL_LEAD = re.compile(
    r"\b(?:peak|high|low|record|level)\s+of\s+(?:about\s+|around\s+)?$"
    # "lost three of its 23 seats", "shed 300 of its 2,100 staff", "close five of its 19
    # libraries": the whole it had before
    r"|\b(?:lost|lose|loses|losing|shed|sheds|shedding|close|closes|closing|closed|shut|shuts|shutting|cut|cuts"
    r"|cutting|axe|axes|axing|axed|scrap|scraps|scrapping|scrapped)\s+(?:[\w,.-]+\s+){1,2}of\s+(?:its|their|his|her)\s+$"
)
# "will keep 14 branch libraries", "will be left with 78 stores": what remains after the change
_REMAINING_LEAD = re.compile(
    r"\b(?:keep|keeps|keeping|retain|retains|retaining|(?:be|is|are|was|were|been|being)\s+left\s+with"
    r"|leav(?:e|es|ing)\s+(?:it|them|the\s+\w+)\s+with)\s+(?:only\s+|just\s+)?(?:its\s+|their\s+)?$"
)
# "hitting a high of 6.48m", "hit a record low of 4.872 per dollar": the level reached, not one before
_LEVEL_REACHED_LEAD = re.compile(
    r"\b(?:hit|hitting|reached|reaching|touched|touching)\s+(?:an?|its|their)\s+(?:(?:new|record|all-time)\s+)?"
    r"(?:peak|high|low|record|level)\s+of\s+(?:about\s+|around\s+)?$"
)
_EARLIER_LEVEL_AFTER = re.compile(
    r",?\s+(?:at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this|last)\s+(?:year|month|quarter)"
    r"|a\s+(?:year|month|week|decade)\s+(?:ago|earlier|before)|the\s+(?:day|week|month|quarter|year)\s+before"
    r"|previously|before\s+the\s+(?:cut|rise|hike|change)"
    # "had assets of €4.1bn before the fraud was uncovered", "before the storm hit"
    r"|before\s+(?:the|its|their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:(?:was|were|had\s+been)\s+[a-z]+ed|began|started|hit|struck|broke))\b"
)
# A count not yet complete: "with 11 of the 14 councils declared", "with 80% of the vote counted".
_PARTIAL_COUNT = re.compile(
    r"\bwith\s+(?!100\b|all\b)(?:\d[\d.,]*\s*(?:%|per\s?cent)?|[a-z]+(?:[\s-][a-z]+)?)\s+of\s+(?:the\s+)?(?:\d+\s+|[a-z]+\s+)?"
    r"(?:votes?|ballots?|councils?|constituencies|seats|results|districts|wards|precincts|counties|municipalities"
    r"|polling\s+stations)\s+(?:now\s+|so\s+far\s+)?(?:declared|counted|in|reported|tallied)\b"
)
# Words right before the amount a level changed by (a percentage is a change whatever its words).
_CHANGE_AMOUNT_LEAD = re.compile(
    r"\b(?:(?:rose|fell|grew|dropped|declined|climbed|increased|decreased|jumped|shrank|slipped|up|down"
    r"|rising|falling|growing|dropping)\s+by"
    r"|(?:a|an|the)\s+(?:\w+\s+)?(?:fall|rise|increase|decrease|drop|decline|jump|gain)\s+of)"
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|just\s+)?[$€£]?$"
)
_CHANGE_BEFORE = caseless(
    r"\bfrom\b|\b(?:rose|fell|cut|raised|reduced|lowered|down|up|increased|decreased|climbed"
    r"|dropped)\b"
)


@functools.lru_cache(maxsize=64)
def change_words(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, up|down) of the change words of a sentence (``fold_case``d), in order; cached
    for its quantities."""
    return [(start, end, _direction_of(folded[start:end])) for start, end in _CHANGE.spans(folded)]


@functools.lru_cache(maxsize=1024)
def _direction_of(word: str) -> str:
    return "down" if DOWN.fullmatch(word) else "up"


@functools.lru_cache(maxsize=64)
def _basis_phrases(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, basis) of the basis phrases of a sentence (``fold_case``d); cached for its quantities."""
    return [
        (m.start(), m.end(), basis)
        for basis, regex in BASES
        if any(w in folded for w in _BASIS_WORDS[basis])
        for m in regex.finditer(folded)
    ]


# A word every phrase of a basis contains: a sentence without one of them is not scanned for it.
_BASIS_WORDS = {
    "yoy": ("year", "yoy", "y/y", "annual"),
    "mom": ("month", "mom", "m/m"),
    "qoq": ("quarter", "qoq", "q/q", "sequential", "annuali"),
}


def _direction(claim: Claim, folded: str, start: int, end: int) -> str | None:
    """up or down from the change word nearest the quantity. A level (a count, a rainfall, a
    price) takes a direction only from a change word right before it ("rose to 57")."""
    changes = claim.unit in ("percent", "percentage_point") or is_currency(claim.unit)
    reach = 60 if changes else 25
    candidates = []
    for w_start, w_end, direction in change_words(folded):
        if w_end <= start and start - w_end <= reach:
            candidates.append((start - w_end, direction))
        elif changes and w_start >= end and w_start - end <= 40:
            candidates.append((w_start - end + 1, direction))
    return min(candidates)[1] if candidates else None


def _basis(folded: str, start: int, end: int) -> str | None:
    """yoy, mom or qoq from the basis phrase nearest the quantity in its sentence."""
    near = [
        (start - b_end if b_end <= start else max(b_start - end, 0), basis)
        for b_start, b_end, basis in _basis_phrases(folded)
    ]
    near = [c for c in near if c[0] <= 80]
    return min(near)[1] if near else None

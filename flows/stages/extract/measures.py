"""Measures: what exactly a figure measures, as a short noun phrase two articles can agree on.

A claim's metric (``claim_context``) is a coarse label; its measure names the quantity: the
head noun with the words before it that make it another quantity ("youth unemployment rate",
"homes destroyed", "wind gusts", "rainfall over 1 day"), in one canonical form (lower case,
singular, synonyms to one name: "jobless rate" is "unemployment rate", "16 people were admitted
to hospital" counts the "hospitalised"). Found, in order, from an incident the count belongs
to, the noun it counts, the metric cue before it, or the noun phrase a verb or "of" ties to it
("the load factor rose to 87.3%", "a depth of 12km"). A figure whose measure cannot be named
has none, and is never compared with another.

Also here: the place a figure is scoped to ("Orrindale's rate", "nationally"), the time of day a
running count is given for ("on Saturday evening", "at 19:40"), and whether a sentence is a
correction notice, whose figures are the wrong ones.
"""

from __future__ import annotations

import functools
import re

from flows.lexicon import lexicon
from flows.records import Claim
from flows.stages.extract.periods import OF_COMPARED, TO_QUARTER_END
from flows.stages.extract.places import place_name
from flows.stages.extract.quantities import CURRENCY_WORDS, SINGULAR_IN_S, is_currency
from flows.stages.extract.subjects import Named
from flows.stages.extract.word_classes import is_participle, may_be_noun, tag_of

_MEASURES = lexicon("claims")["measures"]


_CHE_NOUNS = ("aches", "iches", "avalanches", "psyches", "creches", "douches")


def singular(word: str) -> str:
    """A word in the singular, by its ending ("cases" → "case", "casualties" → "casualty",
    "branches" → "branch");
    "measles" and the like are singular as they are."""
    if word in SINGULAR_IN_S:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    # "branches", "crashes", "losses", "taxes"; not "headaches" or "niches"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")) and not word.endswith(_CHE_NOUNS):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _phrase(text: str) -> str:
    return " ".join(singular(w) for w in re.findall(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*", text.lower()))


_DISTINGUISHING = frozenset(_MEASURES["distinguishing_modifiers"].split())
# Words before a head noun that never make it another quantity.
_NEUTRAL = frozenset(
    "latest new current official overall key benchmark headline main record provisional final reported "
    "confirmed recorded registered "
    "estimated shallow deep big small large high low strong weak whopping massive huge modest sharp steep "
    "slight only just about almost nearly roughly around some further additional another own total".split()
)
# Words a noun phrase can pick up on its way to a figure that never name what is measured:
# conjunctions, comparatives, times and verbs of saying ("while imports", "last year"), and
# the quarter or month a figure is of, which is its period, not another quantity ("first-quarter
# revenue"); a full year is another span than the quarter an article reports, so it stays.
_NOT_MEASURE = frozenset(
    "while whereas although though after before among both either neither more most less fewer than "
    "last next this year years month months week weeks today yesterday tomorrow autumn spring summer winter "
    "think thinks thought expect expects say says said told tell received receive through via per "
    "meanwhile however also still now number figure average first-quarter second-quarter third-quarter fourth-quarter "
    "quarterly monthly out million billion trillion thousand bn mn y q m yoy qoq mom".split()
)  # "1.63 million passengers", "+6.8% y/y"
_VERB_PAST = re.compile(r"[a-z]{2,}[^e]ed")  # "received", not "speed"
_GENERIC = frozenset(singular(w) for w in _MEASURES["generic_nouns"].split())
_SYNONYM = {_phrase(phrase): _phrase(line[0]) for line in _MEASURES["synonyms"] for phrase in line}
_EVENT_VERBS = frozenset(_MEASURES["event_verbs"].split())
# Every name of a measure as written, plurals allowed ("forced from their homes").
_SYNONYM_PHRASES = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(p.lower()) for line in _MEASURES["synonyms"] for p in line), key=len, reverse=True))
    + r")(?:s|es)?\b"
)
# The endings of a people's or a country's adjective: "Veltrian", "European", "Icelandic".
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ic")
_OF_ONLY = re.compile(r"\s*(?:of\s+)?")
_RUNNING = frozenset(_MEASURES["running_counts"].split())
CORRECTION = re.compile("|".join(_MEASURES["correction_markers"]), re.IGNORECASE)
_INCIDENTS = {
    "deaths": "death",
    "injured": "injured",
    "missing": "missing",
    "evacuated": "evacuated",
    "sheltered": "sheltered",  # "2,150 people slept in public shelters": not all who were evacuated
}
# Metrics of a physical quantity (a depth of rain, a wind's speed, an area), which no count measures.
_MEASURED_NOT_COUNTED = frozenset(
    {"rainfall", "wind_speed", "area_burned", *lexicon("claims")["unit_metrics"].values()}
)
# Word classes never part of a measure: pronouns, determiners, prepositions, conjunctions.
_FUNCTION_TAGS = frozenset("PRP PRP$ DT PDT IN CC WP WP$ WDT WRB EX MD TO POS".split())
# Words that head a measure whatever their word class ("the missing", "killed").
_KNOWN_HEADS = _EVENT_VERBS | _RUNNING | frozenset(_INCIDENTS.values()) | {m.split()[-1] for m in _SYNONYM.values()}
_WORD = re.compile(r"[a-z][a-z0-9]*(?:[-'’][a-z0-9]+)*")
# Words after which the noun phrase before a figure has ended.
_STOP_BEFORE = frozenset(
    "a an the its their his her our this that these those of in on at for to by from with and or but as "
    "has have had is are was were be been will would could should may might said says".split()
)
# Verbs that tie a figure to the noun phrase before them: "X rose to N", "X was N".
_LEVEL_VERBS = frozenset(
    "rose fell was were is are stood reached hit totalled totaled climbed jumped dropped declined decreased "
    "increased grew slipped edged widened narrowed amounted came slumped surged eased soared plunged "
    "fell rising falling climbing reaching standing hitting rise fall grow expand expanded contract contracted "
    "shrink shrank increase decrease decline climb drop jump held unchanged steady remained stayed sits sat "
    "stands up down "
    # a headline's or standfirst's present tense: "Profits slump to €96.4m", "Annual growth reaches 4.7%"
    "rises falls reaches reach hits climbs jumps drops declines grows slips edges widens narrows eases ease "
    "soars soar plunges plunge slumps slump surges surge tops top totals total dips dip sinks sink "
    "rocketed rockets tumbled tumbles risen fallen grown "
    # the pace of a change: "Wage growth slowed to 4.1%", "inflation cooled to 2.1%"
    "slowed slows accelerated accelerates quickened cooled cools moderated moderates rebounded rebounds "
    "recovered doubled tripled halved sank dipped "
    # a change still under way: "the economy growing 0.6%", "pay is growing at 1.3%"
    "growing expanding shrinking contracting narrow widen".split()
)
_BETWEEN_VERB_AND_FIGURE = frozenset(
    "to at of around about some just nearly almost a an record further for well over under roughly only barely "
    "approximately exactly precisely now still already currently".split()
)
# A sentence or fine handed to a name, an aside about it perhaps between: "sentenced Mattias Grell,
# the governor of the region, to seven years", "fined Quillmark £21.7m".
_PUNISHED_NAME = re.compile(
    r"\b(sentenced|jailed|imprisoned|fined)\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*"
    r"(?:,\s+[^,;:()]{1,80},)?\s+(?:to\s+|for\s+)?(?:a\s+|an\s+)?$"
)
# Verbs that name what the figure after them is: "fined £38.5m" is a fine.
_VERB_MEASURES = {
    "fined": "fine",
    "priced": "price",
    "valued": "value",
    "sentenced": "sentence",
    "jailed": "sentence",
    "imprisoned": "sentence",
    "ordered": "payment",
    "pumped": "output",
    "earned": "earnings",
    "produced": "output",
    "weighing": "weight",
    "weighed": "weight",
    "weighs": "weight",
    "lasting": "duration",
    "lasted": "duration",
    "cost": "cost",
    "costs": "cost",
    "costing": "cost",
    "aged": "age",
    "employs": "employee",
    "employing": "employee",
    "employed": "employee",
}
# Verbs a party's share of the vote follows: "won 16.1%", "took 24.8 per cent".
_VOTE_VERBS = frozenset("won took secured polled garnered captured".split())
_PERCENT_AT = re.compile(
    r"[\d.,]+\s*(?:%|per\s*cent|percent)(?!\s+(?:of|stake|share|interest|rise|increase|jump|fall|drop)\b)"
)
_CHANGE_VERBS = frozenset(
    "cut cuts cutting raise raised raises lift lifted lower lowered reduce reduced increase increased "
    "boost boosted trim trimmed".split()
)
_MONEY_NAMES = frozenset(singular(word) for word in CURRENCY_WORDS)
_MONEY_WORD_AFTER = re.compile(r"\s*(?:" + "|".join(CURRENCY_WORDS) + r")\b")
_AUXILIARIES_ALL = frozenset("is are was were be been being has have had".split())
_AUXILIARIES = frozenset(
    "has have had also now still already has been have been will would could may might should".split()
)
# Words of an outlook: before "to" and the verb that ties a figure ("reserves are expected to fall
# to £24.8m"), or before what they foresee ("forecast rent growth of 4%").
_OUTLOOK_BEFORE_TO = frozenset("expected forecast projected predicted set due likely poised tipped".split())
_SPAN = re.compile(
    r"\b(?:in|over|within|during|for|less\s+than|(longer|more)\s+than)\s+(?:the\s+)?"
    r"(?:past\s+|last\s+|previous\s+|first\s+|preceding\s+)?"
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|24|48|72)[\s-]"
    r"(hour|day|week|month)s?\b"
    # not the months to one that ends a quarter or a half, nor a year's first or last three or
    # six months: a period, not a span of the measure ("the first nine months" is a span)
    r"(?!" + TO_QUARTER_END + r"|(?:(?<=three\smonths)|(?<=six\smonths)|(?<=3\smonths)|(?<=6\smonths))"
    r"\s+of\s+(?:(?:19|20)\d\d|the\s+year)\b)"
)
_NATIONAL = re.compile(r"\b(?:nationally|nationwide|national|across the country|countrywide|overall)\b")
_NAME_WORD = re.compile(r"[A-Z]\w*\s+[A-Z]")  # "National Renewal", "National Assembly"
_NATIONAL_RIGHT_AFTER = re.compile(r"[^,;.]{0,12}?\b(?:nationally|nationwide|across the country)\b")
# "In Tollmarsh, offences fell 5.1%", "But in Lathmoor, where he lives, ...", "Lathmoor's
# unemployment rate was 7.9%": a place opening the sentence scopes its figures.
_OPENING_PLACE = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?[Ii]n\s+((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),"
    r"|\s*([A-Z][\w-]+)['’]s\s+(?=([a-z][a-z\s-]*))"
    r"|\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?[Ii]n\s+the\s+((?:[a-z]+\s+){1,2}(?:region|area|district|county|province))\b"
    # "Across the city's 14 seats, turnout was 61.9 per cent": a part of the country the story is told in
    r"|\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:[Aa]cross|[Ii]n)\s+the\s+(city|town|capital|province|region|county|district)"
    r"['’]s\s+[^,;]+,"
    # "In the capital Brenmouth it's even worse, with rents rocketing 11.2 per cent"
    r"|\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?[Ii]n\s+the\s+(?:capital|city|town|province|region|county),?\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)
# "..., while in Lowmere it was 3.0%": a place a clause opens with scopes the clause's figures.
_CLAUSE_PLACE = re.compile(
    r"(?:^\s*|(?:[,;]|\bwhile|\bwhereas|\bbut|\band)\s+)[Ii]n\s+(?:the\s+)?"
    r"([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})\b(?![\d-])"  # not "In the VESTA-3 trial"
)
# "in Porthaven, where it won 31.5 per cent": the place a "where" clause tells the figures of
_WHERE_PLACE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})"
    r"(?:\s+(?:capital\s+)?(?:region|province|district|county|area))?,\s+where\b"  # "in the Duraso capital region"
)
# "in mathematics, where the pass rate climbed to 78.4%", "from mobile, where revenue rose 4 per
# cent": the part of the whole a "where" clause tells the figures of
_WHERE_PART = re.compile(r"\b(?:in|from|among)\s+(?:the\s+)?([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}),\s+where\b")
_TIME_WORDS = frozenset(
    "hour hours morning afternoon evening night day days week weeks month months year years quarter past "
    "meantime end spring summer autumn winter time".split()
)
# ", who grew up in the Saltmarsh district,", "Mattias Grell, the governor of Orlesia's Kaldmark
# region,": a relative clause or a name's apposition, whose places are a person's or a thing's
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which|where)\b[^,;]*,|(?<=[a-z]),\s+the\s+[a-z][^,;]*,")
_PLACE_BEFORE_VERB = re.compile(
    r"(?:\b[a-z][\w'’-]*|^\s*[A-Z][a-z'’-]+)\s+in\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:region|province|district|county|state|city|town)\s+of\s+)?"
    # "House prices in Eldermoor rose", "Unemployment in the valley rose"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|(?<=the\s)(?:valley|region|north|south|east|west|city|capital|town))\s+"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?(?:" + "|".join(sorted(_LEVEL_VERBS)) + r")\b"
    r"(?:\s+(?:by|to|at|of|around|about|some|just|nearly|almost|a|an|record|roughly)\b)*"
)
# What lies between a figure a level changed to and the one it changed from: "8.9 per cent in
# February from "
_FROM_AFTER_CHANGE = re.compile(r"\s*[\d.,]+\s*(?:%|per\s?cent|[a-z]+)?(?:\s+(?:in|on)\s+[A-Z]\w+)?,?\s+from\s+")
_PLACE_RIGHT_AFTER = re.compile(
    r"\s+in\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"|\s+in\s+the\s+((?:[a-z]+\s+)?(?:region|area|district|county|province|north|south|east|west|city|capital"
    r"|town|borough|constituency|ward))\b"
    r"|\s+(here)\b(?!\s+(?:is|are|was|were)\b)"  # "The SDU won 24.1 per cent here": where the article is told
)
# "peaked at 6.82 metres at Penmarra", "7.46 metres at the Hollin gauge": a level is read where it is measured
_GAUGE_AFTER = re.compile(
    r"\s+at\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=\s+(?:gauge|station)\b|[\s,.;]|$)"
)
_LEVEL_UNIT = re.compile(r"(?:\d|\s)(?:m|metres?|meters?|cm|centimet(?:re|er)s?)$")
_MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_TIME_OF_DAY = re.compile(
    r"\b(\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|morning|afternoon|evening|night|overnight"
    r"|midday|noon|midnight)\b"
)


def measure_of(
    claim: Claim, sentence: str, folded: str, start: int, end: int, cue: tuple[int, int, str] | None
) -> tuple[str | None, str | None]:
    """(measure, how it was found: cue, noun or phrase) of the figure at ``start:end`` of a
    sentence (``folded`` its ``fold_case``d text), given its nearest metric cue."""
    found: tuple[str | None, str | None] = (None, None)
    if is_currency(claim.unit) and (word := _MONEY_WORD_AFTER.match(folded, end)):
        end = word.end()  # "180,000 euros in compensation": the compensation, not the euros
    if conversion := _CONVERSION_AFTER.match(folded, end):
        end = conversion.end()  # "19 kilometres (12 miles) underground": what follows the conversion
    if claim.unit == "index_point" and (index := _INDEX_NAMED_BEFORE.search(folded, max(0, start - 90), start)):
        return _canonical(index.group(1)), "cue"  # "the IMS consumer confidence index rose to 94.6"
    if claim.unit == "km_per_hour" and _GUST_BEFORE.search(folded, max(0, start - 40), start):
        return _canonical("wind gust"), "cue"  # "gusts of up to 148km/h", "winds gusted to 184 kilometres an hour"
    if (
        claim.unit in ("metre", "centimetre")
        and _WATER_PEAK_BEFORE.search(folded, max(0, start - 40), start)
        and _WATER.search(folded, max(0, start - 60), start)
    ):
        return "peak water level", "cue"  # "The River Veska hit a terrifying 6.78 metres"
    if claim.unit == "degree_celsius" and _MINIMUM_BEFORE.search(folded, max(0, start - 40), start):
        return "minimum temperature", "cue"  # "the temperature did not fall below 27.6C", "overnight lows of 24C"
    if claim.unit in ("hour", "minute", "second") and _GAP_AFTER.match(folded, end):
        return "margin", "cue"  # "finished 27 seconds ahead of", "a minute and 12 seconds clear of the pack"
    if claim.unit in ("hour", "minute", "second") and _RACE_VERB_BEFORE.search(folded, max(0, start - 40), start):
        return "time", "phrase"  # "ran 2:06:48", "won in two hours, eight minutes and 46 seconds"
    if is_currency(claim.unit) and (
        _PRIZE_BEFORE.search(folded, max(0, start - 130), start) or _PRIZE_AFTER.match(folded, end)
    ):
        return "prize money", "cue"
    if claim.unit in ("count", "people") and _job_cuts(folded, start, end):
        return _canonical("job cuts"), "cue"
    if claim.unit in ("count", "people") and (
        _ATTENDANCE_BEFORE.search(folded, max(0, start - 60), start) or _ATTENDANCE_AFTER.match(folded, end)
    ):
        return "attendance", "cue"  # "in front of 58,214 fans", "58,124 supporters packed into the stadium"
    if _GAP_BEFORE.search(folded, max(0, start - 60), start):
        return None, None  # "exports exceeded imports by €21.4bn": a gap between two quantities, neither of them
    if claim.unit != "people" and _LEAD_BEFORE.search(folded, max(0, start - 60), start):
        return "lead", "cue"  # "leads Maaskant by 38 seconds", "trailed the Greens by four points"
    if claim.unit != "people" and _MARGIN_BEFORE.search(folded, max(0, start - 70), start):
        return "margin", "cue"
    if (
        claim.unit in ("year", "month")
        and _SENTENCED_BEFORE.search(folded, max(0, start - 40), start)
        and not _TIME_ALLOWED_AFTER.match(folded, end)
    ):
        return _canonical("prison sentence"), "cue"
    if claim.unit == "percent" and (than := _COMPARED_AFTER.match(folded, end)):
        # "31 per cent cheaper than big-name brands": a gap between two things, not a rate of either
        return f"{' '.join(than.group(1).split())} than", "phrase"
    if cue is not None and cue[2] in _INCIDENTS and claim.unit not in ("count", "people"):
        cue = None  # "residents were evacuated after 543 mm of rain fell": a head-count names no length
    if cue is not None and cue[2] in _MEASURED_NOT_COUNTED and claim.unit in ("count", "people"):
        cue = None  # "after three days of torrential rain, forcing 4,600 people from their homes"
    if claim.unit in ("count", "people") and _IN_WORK_AFTER.match(folded, end):
        return "employment", "phrase"  # "a record 4.12 million of us are now in work"
    if claim.unit == "percent" and _CONTAINED_AFTER.match(folded, end):
        return "containment", "phrase"  # "the fire was 20% contained": how much of its edge is held
    if claim.unit == "percent" and _VOTERS_WHO_VOTED.match(folded, end):
        return _canonical("turnout"), "phrase"  # "41.9 per cent of Brask's voters bothered to turn out"
    if claim.unit == "percent" and (of := _SHARE_OF.match(folded, end)):  # "30 per cent of exports"
        whole = _noun_after(sentence, folded, of.end() - 1)
        if whole:
            # "83.7% of seats were filled" is a named measure, the load factor
            said = [w for w in _WORD.findall(folded, of.end(), of.end() + 40)[:5] if w not in _AUXILIARIES_ALL]
            named = next(
                (_SYNONYM[p] for k in (3, 2) if (p := _phrase("share of " + " ".join(said[:k]))) in _SYNONYM), None
            )
            found = named or f"{whole} share", "noun"  # "30% of the vote": the vote share
            ratio = _tied_phrase(sentence, folded, start) if whole == "gdp" else None
            if whole == "gdp" and ratio is None and cue is not None and cue[1] <= start:
                ratio = _cued(sentence, folded, cue)
            if ratio and ratio != "gdp":
                # "the deficit will narrow to 3.1% of GDP": the deficit's ratio, not the debt's or defence's
                found = f"{ratio} gdp share", "phrase"
    if claim.unit in ("count", "people") and _PART_OF.match(folded, end):
        if claim.noun and folded.endswith("all ", 0, start):
            return _canonical(claim.noun), "noun"  # "all 23 of Hollin's schools": the whole, a count of schools
        return None, None  # "six of the nine members": a part, measured by what the sentence says of it
    specific_noun = claim.noun is not None and singular(claim.noun) not in _GENERIC
    if claim.unit in ("count", "people") and not specific_noun and claim.metric in _INCIDENTS:
        found = _canonical(_INCIDENTS[claim.metric]), "cue"
    elif claim.unit in ("count", "people"):
        # "Violence against the person rose 2.1% to 31,870 offences": the phrase, not the noun
        tied = _tied_phrase(sentence, folded, start)
        found = (tied, "phrase") if tied else _counted(claim, sentence, folded, start, end)
    if (
        found[0] is None
        and is_currency(claim.unit)
        and cue is not None
        and _DETERMINER_BEFORE.search(folded, max(0, start - 6), start)
    ):
        # "lifted earnings by 5.2%, but a €118m write-down": the noun the amount qualifies, not the cue
        found = _noun_after(sentence, folded, end), "noun"
    if found[0] is None and cue is not None and cue[1] <= start and _CLAUSE_BREAK.search(folded, cue[1], start):
        # "On the earnings call, the CFO said unit costs rose 2.9%": the cue is another clause's
        found = _tied_phrase(sentence, folded, start), "phrase"
    if (
        found[0] is None
        and cue is not None
        and cue[1] <= start
        and (of := _NOUN_OF_BEFORE.search(folded, max(0, start - 60), start))
        and cue[1] <= of.start()
    ):
        # "revenue of €412.6m and a pre-tax loss of €38.2m": the noun a figure is "of" is nearer than the cue
        found = _tied_phrase(sentence, folded, start), "phrase"
    if found[0] is None and cue is not None and (cue[1] <= start or _OF_ONLY.fullmatch(folded, end, cue[0])):
        found = _cued(sentence, folded, cue), "cue"  # "rainfall of 410mm", "410mm of rain"
    if found[0] is None and claim.unit not in ("count", "people"):
        found = _noun_after(sentence, folded, end), "noun"
        if found[0] is None and (of := _OF_AFTER.match(folded, end)):  # "543 mm of rain"
            found = _noun_after(sentence, folded, of.end() - 1), "noun"
    if found[0] is None:
        found = _tied_phrase(sentence, folded, start), "phrase"
    if found[0] is None and (
        label := _LABEL.fullmatch(folded, 0, start) or _LABELLED_CHANGE.fullmatch(folded, 0, start)
    ):
        # "Station altitude: 481 km", "• Time at Corvina: 17 months" (the time, not Corvina), and
        # the change in brackets after a labelled figure: "• Average monthly rent: €1,284 (+8.6%)"
        label_words = _PREPOSITION_IN_LABEL.split(label.group(1), maxsplit=1)[0].split()
        if len(label_words) > 1 and singular(label_words[-1]) in _CHANGE_NOUNS:
            label_words.pop()  # "Rent growth, year on year: 8.4%": the rent changes
        found = _canonical(" ".join(label_words)), "phrase"
    if found[0] is None and (item := _LIST_ITEM.search(folded, max(0, start - 40), start)):
        # "Passengers up 6.2%, load factor 84.6%"; a headline's "Annual growth reaches 4.7%" is a
        # noun phrase and its verb
        item_words = item.group(1).split()
        while len(item_words) > 1 and item_words[-1] in _LEVEL_VERBS:
            item_words.pop()
        found = _canonical(" ".join(item_words)), "phrase"
    if found[0] is None and claim.metric and " " in claim.metric:  # "N% of <noun phrase>"
        found = _canonical(claim.metric), "phrase"
    if (
        found[0] is None
        and claim.unit in ("metre", "centimetre")
        and _WATER_PEAK_BEFORE.search(folded, max(0, start - 40), start)
        and _WATER.search(folded)
    ):
        found = "peak water level", "cue"
    measure, how = found
    if (
        measure in ("final dividend", "interim dividend")
        and cue is not None
        and (_TOTAL.search(folded, cue[1], start) or _FOR_THE_YEAR.match(folded, end))
    ):
        # "a final dividend of 30 cents, bringing the total for the year to 48 cents", "making 48
        # cents for the year": the year's whole dividend
        measure = "dividend"
    if measure and (own := folded[start:end]) in measure.split():
        # "by an eight-second margin": the figure is not a word of what it measures
        measure = " ".join(word for word in measure.split() if word != own) or None
    if (
        measure in _MONEY_NAMES
        or (measure == "point" and claim.unit == "percentage_point")
        or (measure == "degree" and claim.unit == "degree_celsius")
    ):
        # "a cheque for 8,000 euros", "fell 14.3 points", "hit 46.4 degrees": the unit's name says
        # nothing of what it measures
        measure, how = None, None
    if is_currency(claim.unit) and _PER_SHARE.match(folded, end):  # "$48.50 a share"
        if measure and measure.split()[-1] == "dividend":
            return measure, how  # a dividend is given per share, said or not
        per_share = f"{measure or 'price'} per share"
        return _SYNONYM.get(per_share, per_share), how or "noun"  # "a payout of 86 cents a share": a dividend
    if measure is None and claim.unit == "km_per_hour":
        measure, how = "speed", "phrase"  # "hit the sea wall at 12.1 knots": a speed, whatever is moving
    if (
        measure is None
        and claim.unit == "degree_celsius"
        and _WATER_WARMED_BEFORE.search(folded, max(0, start - 80), start)
    ):
        measure, how = "water temperature", "cue"  # "the river water it uses for cooling had warmed to 27C"
    if measure is None:
        return None, None
    among = _AMONG.match(folded, end) or (_AMONG.match(folded, cue[1]) if cue is not None and cue[1] <= start else None)
    if among:  # "the jobless rate among under-25s": the rate of a part of the population
        measure = f"{measure} among {singular(among.group(1))}"
    part = _IN_PART.match(folded, end) or (
        _IN_PART.match(folded, cue[1]) if cue is not None and cue[1] <= start else None
    )
    if part and part.group(1) in _DISTINGUISHING and part.group(1) not in measure.split():
        # "inflation in services eased to 3.7%": services inflation, a part of the headline rate
        measure = _canonical(f"{part.group(1)} {measure}") or measure
    rate = _PER_POPULATION.match(folded, end, min(len(folded), end + 40))
    if rate:
        measure = f"{measure} per {rate.group(1)}"
    elif claim.unit in ("count", "people") and (often := _PER_TIME.match(folded, end, min(len(folded), end + 30))):
        measure = f"{measure} per {often.group(1) or 'day'}"  # "32 trains a day": a frequency, not a count
    spans = [span for span in _SPAN.finditer(folded) if not (span.start() < end and start < span.end())]
    if spans:
        span = min(spans, key=lambda m: min(abs(m.start() - end), abs(m.end() - start)))
        # "within four hours" and "less than 18 weeks" bound a span from above; "longer than six
        # weeks" from below: a share of patients seen within a time is not of those who waited longer
        beyond = "longer than" if span.group(1) else "over"
        measure = f"{measure} {beyond} {_span_length(span.group(2), span.group(3))}"
    if (
        claim.unit in ("count", "people")
        and claim.noun
        and (at := folded.find(claim.noun.lower(), end, end + 40)) >= 0
        and (others := _AND_OTHERS.match(folded, at + len(claim.noun)))
    ):
        measure = f"{measure} and {singular(others.group(1))}"  # "321 passengers and crew": all on board
    if claim.object:
        measure = f"{measure} to {claim.object.lower()}"  # exports to the US are not all exports
    if _USUAL_AFTER.match(folded, end) or _USUAL_BEFORE.search(folded, max(0, start - 30), start):
        measure = f"usual {measure}"  # "double the 74 mm that normally falls": what is usual, not what happened
    elif _OTHER_TIME_BEFORE.search(folded, max(0, start - 30), start):
        measure = f"other {measure}"  # "a previous 24-hour strike": another strike's figure, not this one's
    elif "peak" not in measure.split() and (
        _PEAK_AFTER.match(folded, end)
        or _PEAK_BEFORE.search(folded, max(0, start - 30), start)
        or _AT_THE_HEIGHT_BEFORE.search(folded, max(0, start - 80), start)
    ):
        # "214,000 customers off supply at the peak", "at its height cut power to 214,000
        # properties": the most there were, not how many there are now
        measure = f"peak {measure}"
    return measure, how


def _job_cuts(folded: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` counts jobs to be cut: "1,500 posts will go", "lay
    off 700 workers", and of a part and its whole, the part ("1,200 of the two companies'
    combined 9,400 jobs will go")."""
    if _PART_BEFORE.search(folded, max(0, start - 60), start):
        return False
    if whole := _WHOLE_AFTER_PART.match(folded, end):
        end = whole.end()
    return bool(
        _JOB_LOSS_AFTER.match(folded, end)
        or _PEOPLE_LOSING_JOBS.match(folded, end)
        or _LAY_OFF_BEFORE.search(folded, max(0, start - 30), start)
    )


def _span_length(number: str, unit: str) -> str:
    """A span in one wording: digits, and whole days for hours that make them ("in the 72 hours"
    is "over three days": "3 day")."""
    n = int(number) if number.isdigit() else _SPAN_NUMBERS[number]
    return f"{n // 24} day" if unit == "hour" and n % 24 == 0 else f"{n} {unit}"


_SPAN_NUMBERS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), start=1)} | {
    "twelve": 12,
    "twenty-four": 24,
}


# A count of a part of a counted whole: "six of the committee's nine members", "three of those
# companies".
_PART_OF = re.compile(
    r"\s+of\s+(?:\d|(?:the|those|these|them|whom|which|us|its|their|our|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twelve|twenty)\b|[a-z]+['’]s\s)"
)
_WHOLE_OF_A_PART = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|most|half|some|none)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+['’]s\s+)?$"
)
# A figure of what is usual, the baseline a story's figure is set against: "the 74 mm that
# normally falls there in October", "the usual 40 trains an hour".
_USUAL_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:that\s+|which\s+|who\s+)?(?:would\s+)?(?:normally|usually|typically)\b"
)
_USUAL_BEFORE = re.compile(r"\b(?:normal|usual|typical)\s+(?:[a-z]+\s+)?$")
# Another occasion's figure right before it: "a previous 24-hour strike", "the next 48-hour walkout".
_OTHER_TIME_BEFORE = re.compile(r"\b(?:previous|earlier|next|another|further)\s+$")
# The highest reading of a count that has since fallen: "214,000 customers at the peak", "a peak of 9%".
_PEAK_AFTER = re.compile(r"(?:(?!\band\b)[^,;.]){0,40}?\bat\s+(?:the|its)\s+(?:peak|height)\b")  # not the next clause's
_AT_THE_HEIGHT_BEFORE = re.compile(r"\bat\s+(?:the|its)\s+(?:peak|height)\b[^.;:!?]{0,60}$")
_PEAK_BEFORE = re.compile(r"\bpeak(?:ed)?\s+(?:of|at)\s+(?:about\s+|around\s+|some\s+)?$")
# What a win pays its winner: "a cheque for 8,000 euros", "a winner's prize of €12,000", "The
# title ... is worth €164,000", "€123,000 in prize money"; not a prize fund or a total purse
_PRIZE_BEFORE = re.compile(
    r"(?<!total )(?<!overall )\b(?:cheque|check|prize(?:\s+money)?)\s+(?:for|of)\s+$"
    r"|\b(?:win|title|victory|triumph|crown)\b[^.;]{0,100}?\b(?:is|was|will\s+be)\s+worth\s+$"
)
_PRIZE_AFTER = re.compile(r"\s+in\s+prize\s+money\b")
# Jobs a company or an employer says will go, worded by the jobs or by the people who hold them:
# "1,500 posts will go", "putting 2,900 jobs at risk", "1,200 workers face losing their jobs",
# "making 300 staff redundant" all count the job cuts.
_JOB_LOSS_AFTER = re.compile(
    r"\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:jobs?|posts?|roles?|positions?|workers?|employees?|staff(?:ers?)?"
    r"|colleagues)\b"
    r"(?:\s+(?:at|in|across)\s+[^,;.]{1,40}?)?"  # "1,500 posts across the two businesses will go"
    r"\s+(?:(?:will|would|could|may|might|are|is|were|set|expected|due|likely|now|be|being|been)\s+)*"
    r"(?:(?:to|will|would|could|may|might)\s+go\b(?!\s+(?:on|to|into|home|back|ahead|out|up|for|through))"
    r"|at\s+risk(?:\s+of\s+(?:redundancy|losing\s+their\s+jobs?|the\s+axe|being\s+(?:made\s+redundant|laid\s+off|cut)))?"
    r"\b(?!\s+(?:of|from))|under\s+threat|face\s+(?:losing|the\s+axe|redundancy)|made\s+redundant"
    r"|laid\s+off|lose\s+their\s+jobs?|losing\s+their\s+jobs?|redundant)\b"
)
# "450 people will lose their jobs": people in general, only with the loss of their jobs
_PEOPLE_LOSING_JOBS = re.compile(
    r"\s+people\s+(?:[a-z]+\s+){0,3}?(?:lose|losing|lost)\s+their\s+jobs?\b|\s+people\s+(?:[a-z]+\s+){0,2}?made\s+redundant"
)
# Of a part and its whole ("1,200 of the two firms' combined 9,400 jobs"), the whole after the
# part's "of", and the part before the whole's
_PART_BEFORE = re.compile(r"\d\s+of\s+[^,;.\d]{1,50}$")
_WHOLE_AFTER_PART = re.compile(r"\s+of\s+[^,;.\d]{1,50}?\d[\d,.]*")
# "will lay off 700 workers"
_LAY_OFF_BEFORE = re.compile(r"\b(?:lay|lays|laying|laid)\s+off\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?$")
# "The river peaked at 6.82 metres", "crested at a terrifying 7.64 metres", "hitting a high of
# 6.48m", "reached a record 7.46 metres": the highest a water level rose, when nothing else says
# what the length measures
_WATER_PEAK_BEFORE = re.compile(
    r"\b(?:(?:peak|crest)(?:ed|ing)?\s+at|(?:a|its|the)\s+(?:record\s+)?(?:peak|high|crest)\s+of"
    r"|reach(?:ed|ing)?\s+a\s+record|(?:hit|hitting|reached|reaching|topped|topping)\s+an?"
    r"|(?:rose|rising|climbed|climbing|surged|surging)\s+to\s+an?)\s+(?:an?\s+)?(?:[a-z]+\s+)?$"
)
_WATER = re.compile(r"\b(?:rivers?|water|lake|reservoir|tide|sea|estuary|gauge|flood(?:s|water)?)\b")
# The index a level is of: its name, up to two words before "index" ("consumer confidence index").
_INDEX_NAMED_BEFORE = re.compile(r"((?:[a-z][a-z-]*\s+){0,2}(?:index|pmi|barometer))\b[^.;!?\d]{0,60}$")
# The lowest a temperature went: "did not fall below", "never dropped below", "overnight lows of".
_MINIMUM_BEFORE = re.compile(
    r"\b(?:(?:not|never)\s+(?:fall|fell|drop|dropped|dip|dipped|go|went|sink|sank)\s+(?:any\s+)?below"
    r"|lows?\s+of|minimum\s+(?:temperature\s+)?of)\s+(?:about\s+|around\s+|just\s+)?$"
)
# Water that warmed to a temperature: a river's, a lake's or the sea's, not the air's.
_WATER_WARMED_BEFORE = re.compile(
    r"\b(?:water|sea|river|lake)\b[^.;:!?]{0,60}?\b(?:warmed|heated\s+up|rose|reached|climbed)\s+(?:to\s+)?"
    r"(?:about\s+|around\s+)?$"
)
# A gust named right before a speed, by its noun or its verb.
_GUST_BEFORE = re.compile(
    r"\bgust(?:s|ed|ing)?\s+(?:(?:of|to|at|reaching|hitting)\s+)?(?:up\s+to\s+|as\s+high\s+as\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
)
# What a race time follows: "ran 2:06:48", "won in 2:21:09", "finished in a time of 1:03:10".
_RACE_VERB_BEFORE = re.compile(
    r"\b(?:ran|runs|run|won|wins|finished|finishes|clocked|timed|completed\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"|cross(?:es|ed)?\s+the\s+(?:finish\s+)?line)"
    r"\s*(?:it\s+)?(?:in\s+)?(?:a\s+(?:\w+\s+)?time\s+of\s+)?$"
)
# The people who watched an event: "in front of 58,214 fans", "a crowd of 41,000", "the
# attendance has been announced: 58,214", "58,124 supporters packed into the stadium".
_ATTENDANCE_BEFORE = re.compile(
    r"\b(?:in\s+front\s+of|crowd\s+of|attendance\b[^.;,\d]{0,30}?(?:of|was|is|:)|watched\s+by)\s+"
    r"(?:an?\s+)?(?:record\s+|sell-out\s+|capacity\s+|full\s+house\s+of\s+)?(?:crowd\s+of\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$"
)
_ATTENDANCE_AFTER = re.compile(
    r"\s+(?:fans|supporters|spectators)\s+(?:packed|crammed|filled|squeezed|watched|were\s+in\s+attendance|attended)\b"
)
# An article or possessive right before an amount: "a €118m write-down", "its €5m fine"
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$")
# The winner's gap to the rest, said after the time: "27 seconds ahead of", "a minute clear of the
# pack"; not "18.9 seconds behind", which any finisher may be.
_GAP_AFTER = re.compile(r"\s+(?:clear\b|ahead\s+of\b|in\s+front\s+of\b)")
# A lead given by its verb, a few words before "by" and the figure: "leads Maaskant by",
# "trailed the Greens by just"; "led" only with an object between ("a team led by 12").
_LEAD_BEFORE = re.compile(
    r"\b(?:(?:leads?|leading|trails?|trailed|trailing)\s+(?:[\w'’.-]+\s+){0,4}?|led\s+(?:[\w'’.-]+\s+){1,4}?)"
    r"by\s+(?:just\s+|only\s+|almost\s+|nearly\s+|more\s+than\s+)?$"
)
# The year's whole dividend, told after a final one: "bringing the total to", "48 cents for the year".
_TOTAL = re.compile(r"\btotal\b")
_FOR_THE_YEAR = re.compile(r"\s+(?:a\s+share\s+)?for\s+the\s+(?:full\s+)?year\b")
# Those in work, after their count: "4.12 million of us are now in work", "2.1 million people were in jobs".
_IN_WORK_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(?:are|were|is|was)\s+(?:now\s+|still\s+)?in\s+(?:work|employment|jobs?)\b"
)
# A fire's containment, right after its percentage: "20% contained".
_CONTAINED_AFTER = re.compile(r"\s+contained\b")
# Others counted with a count's people, no figure of their own: "321 passengers and crew".
_AND_OTHERS = re.compile(
    r"\s+and\s+(crew|staff|volunteers|officials|visitors|workers|employees|contractors|guests|spectators)\b"
    r"(?!\s*(?:\d|were|was))"
)
# A gap given by the verb of one thing going past another: "exports exceeded imports by",
# "applications outnumbered places by".
_GAP_BEFORE = re.compile(
    r"\b(?:exceed(?:ed|s|ing)?|outstrip(?:ped|s|ping)?|outnumber(?:ed|s|ing)?|outpac(?:ed|es|ing)"
    r"|outs(?:old|ell|ells|elling)|surpass(?:ed|es|ing)?|overt(?:ook|akes|aking))\s+(?:[\w'’.-]+\s+){0,4}?"
    r"by\s+(?:just\s+|only\s+|almost\s+|nearly\s+|more\s+than\s+|some\s+)?$"
)
# A winning margin given by its verb: "won the Tour of Havrenne by 18 seconds", "beat Brancale by
# two points", "wins by 2,011 votes".
_MARGIN_BEFORE = re.compile(
    r"\b(?:won|wins|win|winning|clinched|beat|beats|beating|defeated|edged)\s+(?:[\w'’.-]+\s+){0,5}?"
    r"by\s+(?:just\s+|only\s+|almost\s+|nearly\s+|more\s+than\s+|some\s+)?$"
)
# A comparative right after a percentage: "31 per cent cheaper than", "20% higher than".
_COMPARED_AFTER = re.compile(
    r"\s+(cheaper|dearer|(?:more|less)\s+expensive|higher|lower|bigger|smaller|larger|greater|faster|slower"
    r"|longer|shorter|heavier|lighter|wider|narrower|older|younger|more|less|fewer)\s+than\b"
    # not a change over time ("5% lower than a year earlier") nor against a forecast
    r"(?!\s+(?:(?:a|the|one)\s+(?:year|month|quarter|week|day)\b|last\b|(?:the\s+)?previous\b|prior\b"
    r"|expected|forecast|anticipated|predicted|before|earlier|ever|in\s+(?:19|20)\d\d"
    r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|in\s+the\s+(?:same|first|second|third|fourth|last|previous|corresponding)\b|in\s+q[1-4]\b))"
)
# What a court does to a defendant right before a term of years: "was handed thirteen and a half
# years", "received 11 years and six months", "jailed for nine years".
_SENTENCED_BEFORE = re.compile(
    r"\b(?:jailed|imprisoned|sentenced|locked\s+up|caged|handed(?:\s+down)?|given|received|receives|got|gets)"
    r"\s+(?:(?:to|for|a|an|of|at\s+least|just|only|almost|nearly|more\s+than|a\s+total\s+of)\s+)*"
    r"(?:[a-z0-9-]+\s+and\s+)?$"  # the whole years before "and a half" (eleven, 11)
)
# ... but not a time allowed for something: "given five years to repay".
_TIME_ALLOWED_AFTER = re.compile(r"\s+(?:to|in\s+which)\b")
# A figure's conversion in brackets right after it: "(12 miles)", "(about 57.5 sq km)", "(six miles)".
_CONVERSION_AFTER = re.compile(
    r"\s*\((?:about |around |roughly |some |nearly |almost |more than |over |up to )?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[a-z°$€£][^()]{0,24}\)"
)
# A noun and "of" right before a figure: "a pre-tax loss of 38.2 million euros".
_NOUN_OF_BEFORE = re.compile(
    r"[a-z][\w'’-]*\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|only\s+|just\s+|roughly\s+)?$"
)
_EXCLUDING = frozenset("excluding including except ex".split())
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:said|says|while|whereas)\b")
# A percentage of a whole: "almost 30 per cent of exports", "19.8 per cent of crimes".
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?=[a-z])")
# A figure after a label that opens its sentence: "Station altitude: 481 km", "Rent growth, year on
# year: 8.4%" (what follows a comma qualifies the label).
_LABEL = re.compile(
    r"\s*(?:[•·▪*-]\s*)?((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)(?:,\s*[\w ]{1,20})?\s*[:–—]\s*(?:about\s+|around\s+)?"
)
# ... and a change in brackets after the label's figure: "• Average monthly rent: €1,284 (+8.6%)".
_LABELLED_CHANGE = re.compile(
    r"\s*(?:[•·▪*-]\s*)?((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)(?:,\s*[\w ]{1,20})?\s*[:–—]\s*[^():]{1,25}\(\s*[+−-]?"
)
_PREPOSITION_IN_LABEL = re.compile(r"\s+(?:at|of|in|on|for|per|to|from)\s+")
# An item of a list of figures: a bare noun phrase right before its figure, after a comma or a
# bullet ("..., load factor 84.6%").
_LIST_ITEM = re.compile(r"(?:^|[,;•·▪]\s*)((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+$")
# Not a whole named by its owner ("among the country's 642,000 registered voters") nor a figure.
_AMONG = re.compile(
    r"\s+among\s+(?:the\s+)?(?!the\b)((?:young|older|black|white|disabled)\s+[a-z]+|[a-z0-9][\w-]*)(?![\w-]*['’]s?\b)"
)
_IN_PART = re.compile(r"\s+in\s+(?:the\s+)?([a-z][a-z-]*)\b")
_OF_AFTER = re.compile(r"\s+of\s")
_PER_SHARE = re.compile(r"\s+(?:a|per|for each)\s+share\b")
# A rate per so many people: "48.7 cases per 100,000 residents", "per head", "per capita".
# How often, right after a count's noun: "32 trains a day", "400 flights per week", "12 sailings daily".
_PER_TIME = re.compile(r"(?:\s+[a-z-]+){1,2}?\s+(?:(?:a|per|each|an)\s+(day|week|hour|month)\b|(daily)\b)")
_PER_POPULATION = re.compile(r"[\s\w-]{0,25}?\bper\s+(\d[\d,]*|head|capita|person|household)\b")


def measure_named(phrase: str) -> str | None:
    """The measure a phrase names on its own, a table's header ("Confirmed cases"), canonical."""
    return _canonical(phrase.lower())


@functools.lru_cache(maxsize=8192)
def _canonical(phrase: str) -> str | None:
    """A phrase in canonical form: singular, synonyms to one name, and of the words before its
    head only those that make it another quantity: a distinguishing modifier anywhere ("youth
    unemployment rate"), or the noun right before the head ("load factor", "trade surplus")."""
    written = _phrase(phrase)
    if written in _SYNONYM:
        return _SYNONYM[written]
    words = [
        w
        for w in written.split()
        if w not in _NEUTRAL and w not in _STOP_BEFORE and w not in _NOT_MEASURE and tag_of(w) not in _FUNCTION_TAGS
    ]
    if len(words) == 1 and _VERB_PAST.fullmatch(words[0]) and words[0] not in _EVENT_VERBS:
        return None  # "had received": a verb alone is no measure ("members backed" is one)
    words = _to_noun_head(words)
    if not words:
        return None
    whole = " ".join(words)
    if whole in _SYNONYM:
        return _SYNONYM[whole]
    for size in range(min(3, len(words) - 1), 0, -1):  # "youth jobless rate": youth + unemployment rate
        tail = " ".join(words[-size:])
        if tail in _SYNONYM:
            return " ".join([*_modifiers(words[:-size]), _SYNONYM[tail]])
    *before, head = words
    if before and head in _EVENT_VERBS and (counted := _SYNONYM.get(" ".join(before))):
        return f"{counted} {head}"  # "handsets sold" are "smartphones sold"
    return " ".join([*_modifiers(before), head])


def _to_noun_head(words: list[str]) -> list[str]:
    """The words up to the last that can head the measure: a noun, a word the vocabularies
    name as a measure ("missing", "killed"), or a participle after a noun ("homes destroyed").
    Words a phrase picked up past its noun go ("investigation into", "fare went", "so far")."""
    while words:
        head = words[-1]
        if (
            head in _KNOWN_HEADS
            or may_be_noun(head)
            or (len(words) > 1 and is_participle(head) and may_be_noun(words[-2]))
        ):
            return words
        words = words[:-1]
    return words


def _modifiers(before: list[str]) -> list[str]:
    """Of the words before a head noun, those that make it another quantity: distinguishing
    modifiers anywhere, and the word right before it ("load factor", "electronics exports")."""
    return [w for w in before[:-1] if w in _DISTINGUISHING] + before[-1:]


def _words_before(sentence: str, folded: str, at: int, limit: int = 3) -> list[str]:
    """Up to ``limit`` words right before ``at`` that belong to the noun phrase ending there:
    back to punctuation, a function word, a possessive or a capitalised name. A bracket right
    before ``at`` is passed over: "Fixed (broadband and TV) revenue" is fixed revenue."""
    written_before = folded[:at].rstrip()
    if written_before.endswith(")") and 0 <= at - (opening := written_before.rfind("(")) <= 60:
        at = opening
    words: list[str] = []
    boundary = at
    opening = len(sentence) - len(sentence.lstrip(" •·▪*-\"“'‘"))  # the sentence's first word is capitalised
    for m in reversed(list(_WORD.finditer(folded, max(0, at - 60), at))):
        if folded[m.end() : boundary].strip(" -"):
            break
        word = m.group()
        written = sentence[m.start() : m.end()]
        if m.start() and (folded[m.start() - 1] == "/" or folded[m.start() - 1].isdigit()):
            break  # a unit's letters ("187 km/h gust", "5m"), not the noun phrase's
        if word in _EXCLUDING:  # "unit costs excluding fuel rose": the unit costs rose
            words.clear()
            boundary = m.start()
            continue
        if place_name(written) or (written[0].isupper() and word.endswith(_DEMONYM_ENDINGS)):
            break  # "Chinese exports", "Veltrian inflation": the place is the scope, not the measure
        if word in _STOP_BEFORE or word.endswith(("'s", "’s")) or (m.start() > opening and written[0].isupper()):
            break
        if written[0].isupper() and not written.isupper() and tag_of(word) in (None, "NNP"):
            break  # "Haraldsen hit 11 aces": a name opening the sentence, not a noun of the measure
        words.insert(0, word)
        boundary = m.start()
        if len(words) == limit:
            break
    return words


def _cued(sentence: str, folded: str, cue: tuple[int, int, str]) -> str | None:
    """The measure a metric cue names, with the words before it that make it another quantity.
    A cue that is a verb ("killed", "scorched") names its metric."""
    cue_start, cue_end, key = cue
    if (named := _SYNONYM_PHRASES.match(folded, cue_start)) and named.end() > cue_end:
        cue_end = named.end()  # "profit before tax": a name longer than its cue
    if (whole := _named_before(folded, cue_end)) is not None:
        return whole  # "the harmonised index of consumer prices": a name with "of" that ends with the cue
    text = _phrase(folded[cue_start:cue_end])
    if text not in _SYNONYM and text.endswith(("ed", "ing")):
        text = key.replace("_", " ")
    before = _words_before(sentence, folded, cue_start, 2)
    kept = [w for w in before[:-1] if w in _DISTINGUISHING] + [
        w
        for w in before[-1:]
        if w in _DISTINGUISHING or not _is_verb(w)  # "sustained winds" are no verb's
    ]
    measure = _canonical(" ".join([*kept, text]))
    if measure and (part := _IN_CATEGORY.match(folded, cue_end)):
        return f"{' '.join(part.group(1).split())} {measure}"  # "inflation in the housing category"
    of = _OF_COMPLEMENT.match(folded, cue_end)
    if measure and of and of.group(1) not in _STOP_BEFORE and of.group(1) not in _NOT_MEASURE:
        return f"{singular(of.group(1))} {measure}"  # "imports of energy" are energy imports
    return measure


# The part of a whole a cue is given for, right after it: "inflation in the housing and
# household energy category", "revenue in the consumer segment".
_IN_CATEGORY = re.compile(
    r"\s+in\s+the\s+((?:[a-z&-]+\s+){1,4}?)(?:category|sector|segment|component|division|unit|business)\b"
)
# What a cue is of, right after it: "imports of energy".
# "Exports of goods and services" are all exports: two things joined name no part.
_OF_COMPLEMENT = re.compile(r"\s+of\s+([a-z][a-z-]+)\b(?!\s+(?:of|per|and|or)\b|\s*&)")


# A verb a noun phrase's words cannot run back past: a finite one ("showed prices rising"), or one
# of seeing, expecting or showing the lexicon knows in another form ("households see prices
# rising", "figures show rents have rocketed").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_VIEW_VERBS = frozenset(
    verb + ending
    for verb in ("see", "expect", "reckon", "think", "believe", "show", "reveal", "indicate", "confirm")
    for ending in ("", "s")
)


def _is_verb(word: str) -> bool:
    return word in _LEVEL_VERBS or word in _EVENT_VERBS or word in _VIEW_VERBS or word.endswith(("ed", "ing"))


def _counted(claim: Claim, sentence: str, folded: str, start: int, end: int) -> tuple[str | None, str | None]:
    """A count's measure: the noun it counts, with its modifiers, and what happened to it
    ("homes destroyed", "shoplifting offences", "measles cases"), or, for people in general,
    what happened to them ("16 people were admitted to hospital": the hospitalised)."""
    # "and" between two names does not end the clause: "1,900 residents of Hesketh and Bramvik were evacuated"
    after_text = folded[end : end + 80]
    for named in _NAMES_AND.finditer(sentence, end, end + 80):
        at = named.start(1) - end
        after_text = after_text[:at] + "&&&" + after_text[at + 3 :]
    if _OUTAGE_AFTER.match(folded, end, end + 80) or _OUTAGE_BEFORE.search(folded, max(0, start - 40), start):
        # "168,000 homes and businesses are without electricity", "cut power to 214,000 properties"
        return "without power", "noun"
    clause_after = re.split(r"[,;:()–—]| - |\b(?:and|while|but|with)\b", after_text, maxsplit=1)[0]
    clause_before = re.split(r"[,;:()\d]|\b(?:while|but|with|and)\b", folded[max(0, start - 40) : start])[-1]
    noun = singular(claim.noun) if claim.noun else None
    if noun is None or noun in _GENERIC:
        phrase = _SYNONYM_PHRASES.search(clause_after)
        if phrase:
            return _SYNONYM[_phrase(phrase.group())], "noun"
        verbs = _event_verbs(clause_before)
        if verbs:
            return _canonical(verbs[-1]), "noun"
        # "64 patients have now tested positive": what happened to them, said after
        said = claim.noun and folded.startswith(claim.noun, end + 1)
        if claim.noun and said:
            # "46 patients at St Aldric's have tested positive": past where they are
            noun_end = end + 1 + len(claim.noun)
            noun_end = place.end() if (place := _WHERE_AFTER_NOUN.match(folded, noun_end)) else noun_end
            after = _VERB_AFTER_NOUN.match(folded, noun_end)
            if after and after.group(1) in _EVENT_VERBS:
                return _canonical(after.group(1)), "noun"
        return None, None
    at = folded.find(claim.noun or "", end, end + 40)
    if at < 0:
        # a noun the clause named before: "of the 214 glaciers mapped, 13 have vanished"
        after = _VERB_AFTER_NOUN.match(folded, end)
        done = (
            after.group(1)
            if after
            and after.group(1) not in _NEUTRAL
            and (after.group(1) in _EVENT_VERBS or _PAST_TENSE.fullmatch(after.group(1)))
            else None
        )
        return _canonical(f"{noun} {done}" if done else noun), "noun"
    modifiers = [w for w in _WORD.findall(folded[end:at]) if w not in _STOP_BEFORE]
    after = _VERB_AFTER_NOUN.match(folded, at + len(claim.noun or ""))
    of = _OF_NOUN.match(folded, at + len(claim.noun or ""))
    verb = (
        after.group(1)
        if after
        and after.group(1) not in _NEUTRAL
        and (after.group(1) in _EVENT_VERBS or _PAST_TENSE.fullmatch(after.group(1)))
        else None
    )
    if verb is None:
        before = _event_verbs(clause_before)
        verb = before[-1] if before else None
    if verb is None and (begun := _BEGUN_BEFORE.search(folded, max(0, start - 50), start)):
        # "builders broke ground on 9,840 homes", "construction started on 9,860 new homes": the
        # homes started; "permission for 4,000 homes": the homes approved
        verb = "approved" if begun.group("approved") else "started"
    if _WHOLE_OF_A_PART.search(folded, max(0, start - 30), start):
        verb = None  # "three of the nine members wanted": the three wanted, the nine are members
    head = f"{singular(of.group(1))} {noun}" if of and of.group(1) not in _STOP_BEFORE else noun
    if verb not in _EVENT_VERBS and modifiers and _phrase(" ".join([*modifiers, head])) in _SYNONYM:
        verb = None  # a named measure is not what the sentence's verb does: "850 job cuts overshadowed"
    return _canonical(" ".join([*modifiers, head, *([verb] if verb else [])])), "noun"


# A count of those left without power, said after it or by the cut before it.
_OUTAGE_AFTER = re.compile(
    r"[^.;:!?]{0,50}?(?:\b(?:without|no)\s+(?:power|electricity)\b|\boff\s+supply\b"
    r"|\bplunged\s+into\s+(?:darkness|the\s+dark)\b|\bin\s+the\s+dark\b)"
)
_OUTAGE_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|knocked\s+out)\s+(?:the\s+)?(?:power|electricity|supply)\s+(?:to|for)\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|almost\s+)?$"
)


_BEGUN_BEFORE = re.compile(
    r"(?:\b(?:broke|break|breaks|breaking)\s+ground\s+on|\b(?:construction|work|building)\s+(?:started|began|starts|begins)\s+on"
    r"|\b(?:builders|developers|they|it)\s+(?:started|began)(?:\s+(?:work|building|construction)\s+on)?"
    r"|(?P<approved>\b(?:planning\s+)?(?:permission|consent|approval)\s+for))"
    r"\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|almost\s+)?$"
)


def _event_verbs(text: str) -> list[str]:
    """The event verbs of ``text`` that stand as words: not the tail of "1991-built"."""
    return [
        m.group() for m in _WORD.finditer(text) if m.group() in _EVENT_VERBS and text[m.start() - 1 : m.start()] != "-"
    ]


# "and" between two capitalised names ("Hesketh and Bramvik").
_NAMES_AND = re.compile(r"[A-Z][\w'’-]*\s+(and)\s+[A-Z]")
# A verb right after a counted noun, auxiliaries allowed: "38 homes have been damaged".
_VERB_AFTER_NOUN = re.compile(r"\s+(?:(?:have|has|had|were|was|are|is|been|be|being|now|also)\s+){0,3}([a-z]+)")
_WHERE_AFTER_NOUN = re.compile(
    r"\s+(?:at|in|across)\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?(?=\s+(?:have|has|had|were|was|are|is)\b)"
)
_PAST_TENSE = re.compile(r"[a-z]{3,}ed")
_OF_NOUN = re.compile(r"\s+of\s+([a-z][a-z-]+)")


_CHANGE_IN = re.compile(
    r"[\s-]+(?:decline|rise|fall|increase|decrease|drop|growth|jump|gain|cut|reduction|surge|dip)\s+(?:in|of)"
    r"(?=\s+(?:the\s+|its\s+|their\s+)?[a-z])(?:\s+(?:the|its|their))?"
)
_COMPARATIVES = frozenset(
    "more less fewer higher lower up down above below than year-on-year each per apiece "
    "last this next year month week quarter day today yesterday ago earlier later".split()
)
_IN_OR_SPACE = re.compile(r"\s*(?:in\s+)?")
_NOUN_AFTER = re.compile(r"(?:-|\s+(?:in\s+)?)((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")


def _noun_after(sentence: str, folded: str, end: int) -> str | None:
    """The noun a figure qualifies when it comes right after it: "a £35.8m fine", "a $4.82
    billion budget", "the 9.4-tonne capsule", "$540 million in bonds", "12km below the surface"."""
    space = _IN_OR_SPACE.match(folded, end)  # matches everywhere: both parts are optional
    named = _SYNONYM_PHRASES.match(folded, space.end() if space else end)  # "$4,280 million in total spending"
    if named:
        return _SYNONYM[_phrase(named.group())]
    change = _CHANGE_IN.match(folded, end)
    if change:  # "a 4.1% increase in capacity": the capacity
        return _noun_after(sentence, folded, change.end())
    m = _NOUN_AFTER.match(folded, end)
    if not m:
        return None
    words: list[str] = []
    for w in m.group(1).split():
        at = folded.index(w, m.start(1))
        if place_name(sentence[at : at + len(w)]):
            continue  # "in Chinese exports"
        if sentence[at].isupper() and not words and w not in _MONTHS_AND_DAYS:
            continue  # "a 9.8 metric ton Halcyon capsule": a name before the noun
        if w in _STOP_BEFORE or w in _NEUTRAL or w in _COMPARATIVES or w.endswith("ly") or sentence[at].isupper():
            break
        words.append(w)
    while words and (words[-1] in _LEVEL_VERBS or words[-1].endswith(("ed", "ing"))):
        words.pop()  # "the 9.4-tonne capsule reached orbit": the capsule
    if not words:
        return None
    found = _canonical(" ".join(words))
    if found is None and _AS_ADJECTIVE.search(folded, max(0, end - 24), end) and tag_of(words[0]) in _NOUN_OR_VERB_TAGS:
        # "a 48-second lead", "a 72-hour stoppage": after a figure written as an adjective comes
        # its noun, whatever the word is more often elsewhere ("lead" is mostly a verb)
        found = singular(words[0])
    return found


# A figure written as an adjective, its unit joined by a hyphen: "48-second", "10-point".
_AS_ADJECTIVE = re.compile(r"\d-[a-z]+$")
_NOUN_OR_VERB_TAGS = frozenset({"NN", "NNS", "VB", "VBP", "VBZ"})


def _named_before(folded: str, at: int) -> str | None:
    """The measure a name with "of" in the synonym table ("cost of living", "rate of inflation"),
    ending right at ``at``, names: the noun phrase before a verb stops at "of"."""
    end = len(folded[:at].rstrip())
    for m in _SYNONYM_PHRASES.finditer(folded, max(0, end - 40), end):
        if m.end() == end and " of " in m.group():
            return _SYNONYM[_phrase(m.group())]
    return None


# "The number of households in temporary accommodation rose to 12,480": what is counted is the
# noun phrase after "number of", up to what places or qualifies it.
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+")
_COUNTED_ENDS = frozenset(
    "in on at for to over under with without from of by that who which whose where waiting known living "
    "available such".split()
)


def _number_of(folded: str, at: int) -> str | None:
    """What "the number of ..." counts, when the subject that ends at ``at`` (before its verb) is
    one and the words right before the verb name nothing: "homes flooded", "unemployed people";
    "customers without power" are those without power."""
    found = next(reversed(list(_NUMBER_OF.finditer(folded, max(0, at - 100), at))), None)
    if found is None or re.search(r"[;:()]", folded[found.end() : at]):
        return None
    counted: list[re.Match[str]] = []
    for word in _WORD.finditer(folded, found.end(), at):
        if folded[found.end() if not counted else counted[-1].end() : word.start()].strip():
            break  # punctuation ends the phrase
        if word.group() in _COUNTED_ENDS:
            if word.group() == "without" and folded.startswith(("power", "electricity"), word.end() + 1):
                return "without power"
            break
        counted.append(word)
        if len(counted) == 4 or (len(counted) > 1 and _PAST_TENSE.fullmatch(word.group())):
            break  # "homes flooded": a noun and what happened to it
    return _canonical(" ".join(w.group() for w in counted)) if counted else None


# Punctuation that parts a figure from the words before it; not a figure's own comma ("fell by
# 11,000 to 316,000").
_CLAUSE_MARK = re.compile(r"[;:()]|,(?!\d)")


def _tied_phrase(sentence: str, folded: str, start: int) -> str | None:
    """The noun phrase a figure is tied to by a verb or "of" right before it: "the load factor
    rose to 87.3%", "at a depth of 12km", "revenue of $4.2bn"."""
    if punished := _PUNISHED_NAME.search(sentence, max(0, start - 160), start):
        return _canonical(_VERB_MEASURES[punished.group(1).lower()])  # "sentenced Mattias Grell to 7 years"
    words = list(_WORD.finditer(folded, max(0, start - 120), start))
    n = len(words) - 1
    while n >= 0 and words[n].group() in _BETWEEN_VERB_AND_FIGURE and words[n].group() != "of":
        n -= 1
    if n < 0 or _CLAUSE_MARK.search(folded, words[n].end(), start):
        return None
    tie = words[n].group()
    if tie in _VERB_MEASURES:  # "was fined £38.5m", "jailed for six years"
        return _VERB_MEASURES[tie]
    if tie in _VOTE_VERBS and folded[start:].lstrip()[:1].isdigit() and _PERCENT_AT.match(folded, start):
        return "vote share"  # "the Farmers' Party won 16.1%": a share of the vote
    if tie == "by" and n >= 2:  # "cut output by 1.2m", "cut its combined output by 1.2m"
        verb = next((k for k in range(n - 2, max(-1, n - 5), -1) if words[k].group() in _CHANGE_VERBS), None)
        if verb is not None:
            return _canonical(f"{words[n - 1].group()} {words[verb].group()}")
    if tie == "by" and n >= 1:  # "rose by 5%"
        n -= 1
        tie = words[n].group()
    if tie == "of":
        at = words[n].start()
    elif tie in _LEVEL_VERBS:
        n -= 1
        while n >= 0 and (
            words[n].group() in _AUXILIARIES
            or words[n].group() in _AUXILIARIES_ALL
            or words[n].group() == "to"
            or (words[n].group() in _OUTLOOK_BEFORE_TO and words[n + 1].group() == "to")
        ):
            n -= 1  # "GDP has grown 2%", "the economy to expand by 0.6%", "reserves are expected to fall to"
        if n < 0:
            return None
        at = words[n].end()
        if spread := _SPREAD_OVER.search(folded, max(0, at - 40), at):  # "participation across the region"
            at = spread.start()
        elif timed := _FOR_THE_PERIOD.search(folded, max(0, at - 40), at):  # "the fuel bill for the half came to"
            at = timed.start()
        elif (placed := _IN_PLACE.search(folded, max(0, at - 40), at)) and sentence[placed.start(1)].isupper():
            at = placed.start()  # "House prices in Vessmark rose 4.6%": the place is the scope (scope_of)
        if folded[at : words[n + 1].start()].strip() == ",":  # "The youth rate, covering 15- to 24-year-olds, fell"
            opening = folded.rfind(",", 0, words[n].start())
            at = opening if opening > 0 else at
    else:
        return None
    if tie != "of" and (name := _named_before(folded, at)):
        return name  # "the cost of living rose 3.3%": a measure's name, "of" and all
    phrase = _words_before(sentence, folded, at, 4)
    if phrase and singular(phrase[-1]) in _CHANGE_NOUNS:  # "a decline of 34.5% in exports"
        after = _IN_PHRASE.match(folded, start + len(folded[start:].split(None, 1)[0]))
        changed = _noun_after(sentence, folded, after.start(1) - 1) if after else None
        # the words of its noun phrase: after the last verb ("analysts forecast rent growth")
        verbs = [i for i, w in enumerate(phrase[:-1]) if _is_verb(w) or w in _OUTLOOK_BEFORE_TO]
        named = phrase[verbs[-1] + 1 if verbs else 0 : -1]
        # "rent growth of 4%": the rent changes; "a surge of 2.7 metres" is a height, not a change
        if changed is None and named:
            changed = _canonical(" ".join(named))
        return changed
    # the noun phrase after the last verb before it: "figures showed prices rising", "households
    # see prices rising": the prices
    verbs = [i for i, w in enumerate(phrase[:-1]) if tag_of(w) in _FINITE_TAGS or w in _VIEW_VERBS]
    phrase = phrase[verbs[-1] + 1 :] if verbs else phrase
    return (_canonical(" ".join(phrase)) if phrase else None) or (_number_of(folded, at) if tie != "of" else None)


# The voters who voted, after a share: turnout ("of the city's registered voters cast a ballot",
# "of voters turned out", "of the constituency's voters went to the polls").
_VOTERS_WHO_VOTED = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:[\d.,]+\s+(?:million\s+)?)?(?:registered\s+|eligible\s+)?"
    r"(?:voters|electorate|electors)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:voted|turned\s+out|turn\s+out|cast|went\s+to\s+the\s+polls)\b"
)
# The period a measure is told for, after its noun: "the fuel bill for the half", "revenue in the quarter".
_FOR_THE_PERIOD = re.compile(
    r"\s+(?:for|in|over|during)\s+the\s+(?:first\s+|second\s+|third\s+|fourth\s+|latest\s+)?"
    r"(?:half|quarter|year|period|month|week|season)$"
)
# Where a measure is spread over, after its noun: "participation across the region".
_SPREAD_OVER = re.compile(r"\s+(?:across|throughout)\s+(?:the\s+|all\s+)?[a-z]+(?:\s+[a-z]+)?$")
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)$")
_CHANGE_NOUNS = frozenset(
    "decline rise fall increase decrease drop growth jump slump gain cut reduction surge plunge dip".split()
)
_IN_PHRASE = re.compile(r"\S*\s+(?:[a-z%]+\s+)?in\s+(\w)")


def is_running_count(measure: str | None) -> bool:
    """Whether a measure counts what changes while the story is told (the dead, the evacuated)."""
    if measure is None:
        return False
    words = measure.split(" over ")[0].split()
    if words[0] == "peak":
        return False  # the most there were is one figure of the story, not a reading of the moment
    # the head noun, or the noun before what happened to it ("aftershocks recorded")
    return words[-1] in _RUNNING or (
        len(words) > 1 and bool(_PAST_TENSE.fullmatch(words[-1])) and words[-2] in _RUNNING
    )


def scope_of(
    sentence: str, folded: str, start: int, end: int, named: list[Named], measure: str | None = None
) -> str | None:
    """The place a figure is about when its sentence says: "nationally" right after it ("91.2%
    nationally"), else the nearest of a place named before it in its clause ("Orrindale's rate
    of 48.7", "while in Lowmere it was 3.0%") and a national word before it ("Overall, offences
    fell 3.8%"), else a place right after it ("52 cases in Orrindale", a level's "at the Hollin
    gauge"), else the place or region that opens the sentence ("In Tollmarsh, ...", "In the
    capital region, ...", "Lathmoor's jobless rate" when the figure measures what it owns).
    Places in an aside (", who grew up in Saltmarsh,") scope nothing."""
    if _NATIONAL_RIGHT_AFTER.match(folded, end):
        return "national"
    clause_start = max(0, *(folded.rfind(mark, 0, start) for mark in (";", ":", "(", " but ", " while ")))
    nationals = (
        # not a name's word: "National Renewal 16.9 per cent" is a party's share
        [m.start() for m in _NATIONAL.finditer(folded, 0, start) if not _NAME_WORD.match(sentence, m.start())]
        if "nation" in folded or "overall" in folded or "countr" in folded
        else []
    )
    asides = [m.span() for m in _RELATIVE_CLAUSE.finditer(folded, clause_start, start)]
    places = [
        (n.offset, n.name)
        for n in named
        if not n.is_organisation
        and not n.is_object  # not "exports to the US"
        and clause_start <= n.offset < start
        and not any(a <= n.offset < b for a, b in asides)
    ]
    named_in = "in " in folded[clause_start:start]  # both patterns below name a place after "in"
    opened = [
        (m.start(1), m.group(1))
        for m in (_CLAUSE_PLACE.finditer(sentence, clause_start, start) if named_in else ())
        if not _is_time(m.group(1)) and not any(n.is_organisation and m.start(1) <= n.offset < m.end(1) for n in named)
    ]
    told_where = [
        (m.start(1), m.group(1))
        for m in (_WHERE_PLACE.finditer(sentence, clause_start, start) if named_in else ())
        if not _is_time(m.group(1)) and not any(n.is_organisation and m.start(1) <= n.offset < m.end(1) for n in named)
    ]
    if ", where " in folded[clause_start:start]:
        told_where += [
            (m.start(1), m.group(1))
            for m in _WHERE_PART.finditer(sentence, clause_start, start)
            if _TIME_WORDS.isdisjoint(m.group(1).split())
        ]
    # "House prices in Eldermoor rose 7.9%": the place between a measure and its verb
    between = [
        (m.start(1), m.group(1))
        for m in (_PLACE_BEFORE_VERB.finditer(sentence, clause_start, start) if named_in else ())
        # the figure right after the verb, or the one it changed from: "rose to 8.9% in February from 8.2%"
        if (m.end() == len(sentence[:start].rstrip()) or _FROM_AFTER_CHANGE.fullmatch(sentence, m.end(), start))
        and not _is_time(m.group(1))
    ]
    before = max(
        [*places, *opened, *between, *told_where, *((offset, "national") for offset in nationals)], default=None
    )
    if before is not None:
        return before[1]
    near = next(
        (
            n
            for n in named
            if not n.is_organisation and end < n.offset <= end + 40 and folded[: n.offset].endswith("in ")
        ),
        None,
    )
    if near:
        return near.name
    # "4.8% in the Calden capital region", "in the north", "50.9 per cent in the city"
    # past a conversion in brackets: "hit 6.78 metres (22ft) at Tullenbrook"
    past = conversion.end() if (conversion := _CONVERSION_AFTER.match(folded, end)) else end
    after = _PLACE_RIGHT_AFTER.match(sentence, past)
    if after is None and _LEVEL_UNIT.search(folded, start, end):
        after = _GAUGE_AFTER.match(sentence, past)
    if after and after.group(1) and not _is_time(after.group(1)):
        return after.group(1)
    if after and (after.group(2) or after.group(3)):
        return after.group(2) or after.group(3)
    opening = _OPENING_PLACE.match(sentence)
    if opening is None or opening.end() > start:
        return None
    place = opening.group(1) or opening.group(2) or opening.group(4) or opening.group(5) or opening.group(6)
    if _is_time(place) or any(n.is_organisation and n.offset < opening.end() for n in named):
        return None  # "Corvane's revenue": an organisation's figure, not a place's
    if opening.group(2) and not (
        measure and {singular(w) for w in opening.group(3).split()[:3]} & {singular(w) for w in measure.split()}
    ):
        # "Lathmoor's jobless rate was 7.9%" is Lathmoor's; in "NEMO's first damage assessment
        # found 3,200 homes damaged" or "Castlegate's chairman said the €53m outlay" the owner is
        # not a place the figure is of
        return None
    return place


def _is_time(name: str) -> bool:
    """Whether a capitalised name is a month or a day ("May", "Tuesday"), or a span of them
    ("April-June"), not a place."""
    return re.split(r"[\s-]", name, maxsplit=1)[0].lower() in _MONTHS_AND_DAYS


def time_of_day(folded: str, start: int, end: int) -> str | None:
    """The time of day a figure is given for, when its sentence says ("at 19:40", "on Saturday
    evening"): what tells two counts of a rising toll apart. A clock time anywhere in the
    sentence says it more surely than a part of the day ("At the 6am briefing, ... the fire had
    burned 3,200 hectares overnight and destroyed 38 homes": the count is of 6am), and a time
    that opens the sentence frames all of it; a time right after a figure set against another
    is that figure's ("5,750 hectares, up from 3,200 hectares this morning")."""
    near = [
        m
        for m in _times_of_day(folded)
        if (m.group(1)[0].isdigit() or m.start() < 30 or abs(m.start() - start) <= 80 or abs(m.start() - end) <= 80)
        and not _of_another_figure(folded, m.start(), start)
    ]
    if not near:
        return None
    closest = min(near, key=lambda m: (not m.group(1)[0].isdigit(), min(abs(m.start() - start), abs(m.start() - end))))
    return part_of_day(re.sub(r"\s+|\.", "", closest.group(1)))


@functools.lru_cache(maxsize=64)
def _times_of_day(folded: str) -> tuple[re.Match[str], ...]:
    """The times of day a sentence names, found once for all its figures."""
    return tuple(_TIME_OF_DAY.finditer(folded))


def _of_another_figure(folded: str, at: int, start: int) -> bool:
    """Whether the time named at ``at`` follows a figure set against another ("up from 3,200
    hectares this morning") that is not the one starting at ``start``."""
    compared = OF_COMPARED.search(folded, max(0, at - 50), at)
    return compared is not None and not compared.start() <= start < at


def part_of_day(time: str) -> str:
    """A time as the part of the day it falls in: night (before 5), morning, afternoon (from
    noon), evening (from 5pm)."""
    clock = re.fullmatch(r"(\d{1,2})(?:[:.](\d\d))?\s*(am|pm|a\.m\.|p\.m\.)?", time.strip().lower())
    if not clock:
        return {"overnight": "night", "midnight": "night", "midday": "afternoon", "noon": "afternoon"}.get(time, time)
    hour = int(clock.group(1)) % 24
    meridiem = (clock.group(3) or "").replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return "night" if hour < 5 else "morning" if hour < 12 else "afternoon" if hour < 17 else "evening"

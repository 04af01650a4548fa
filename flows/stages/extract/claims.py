"""Claims: every numeric claim of an article's clean text, with what, when and how it was measured.

Grain: one claim per quantity in the clean text ("34.5%", "$28.8 billion", "90 days", "at least
14 people"), with what it measures (subject, object, metric), how (direction, basis,
qualifier, state) and when (period). Offsets point at the quantity in clean_text. Rules, not a
model: ``quantities`` finds the figures, ``periods`` when they are of, ``subjects`` and
``claim_context`` what and how they measure.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from datetime import datetime

import polars as pl

from flows.lexicon import lexicon
from flows.records import CLAIM_SCHEMA, Claim, Mention, field_values, frame
from flows.stages.clean.dates import can_be_published
from flows.stages.extract.claim_context import (
    OUTLOOK_STEM,
    PRELIMINARY,
    REVISED,
    attach_context,
    metric_cues,
)
from flows.stages.extract.entities import candidate_subjects, extract_mentions, proper_names
from flows.stages.extract.measures import CORRECTION, measure_named, part_of_day
from flows.stages.extract.patterns import fold_case
from flows.stages.extract.periods import (
    TO_QUARTER_END,
    attach_period,
    compared_figures,
    dated_periods,
    format_period,
    is_history,
    lead_period,
    named_for_another,
    own_periods,
    period_mentions,
    periods_without_a_number,
)
from flows.stages.extract.places import place_name
from flows.stages.extract.quantities import (
    RACE_TIME,
    SCALES,
    figure_claim,
    has_digit,
    has_number_word,
    is_currency,
    joined_durations,
    letters_and_digits,
    mark_range,
    number_starts,
    quantities,
    quantity_claim,
    race_time,
    race_time_claim,
    range_start,
)
from flows.stages.extract.subjects import (
    earlier_subject,
    in_sentence,
    main_subject,
    subjects_of,
)
from flows.stages.extract.tables import Cell, caption_measure, cell_at, cell_unit, table_cells
from flows.stages.extract.word_classes import tag_of


def extract_claims(
    text: str,
    sentences: list[tuple[int, int]],
    published: datetime | None = None,
    mentions: list[Mention] | None = None,
) -> list[Claim]:
    """All numeric claims of one article's clean text, given its sentence offsets.

    ``mentions`` are the people, organisations and places the article names (found here with
    ``flows.stages.extract.entities`` when not given): its places and organisations are the
    candidate subjects of its figures, and any of them a figure's holder.
    """
    if mentions is None:
        mentions = extract_mentions(text)
    named = candidate_subjects(mentions)
    holders = proper_names(text, mentions)
    names = {name for _, _, name in holders}
    people = {m.char_end for m in mentions if m.type == "person"}  # where each name of a person ends
    if published is not None and not can_be_published(published):
        published = None  # periods are anchored to no date rather than to an impossible one
    claims = []
    folded_text = fold_case(text)
    subjects = subjects_of(folded_text, list(named))
    about = main_subject(subjects, sentences)
    # The periods of the first three sentences: what the article is about, and theirs below.
    lead_periods = [period_mentions(text[start:end], folded_text[start:end], published) for start, end in sentences[:3]]
    article_period = lead_period(
        [
            own_periods(folded_text[start:end], mentions)
            for (start, end), mentions in zip(sentences[:3], lead_periods, strict=True)
        ],
        published,
    )
    previous_periods: list = []  # periods named by the previous sentence of the same paragraph
    # The sentences without a number since the last one with a number, in the same paragraph:
    # their periods matter only if a figure follows them there, so they are read only then.
    unread: list[int] = []
    in_correction = False  # a correction notice runs to the end of its paragraph
    letters, digits = letters_and_digits(folded_text)
    cells = table_cells(text) if "\t" in text else []
    cell_starts = [cell.start for cell in cells]
    has_correction = CORRECTION.search(folded_text) is not None  # most articles have none to look for
    for number, (s_start, s_end) in enumerate(sentences, start=1):
        if number > 1 and "\n" in text[sentences[number - 2][1] : s_start]:
            previous_periods, unread, in_correction = [], [], False
        in_correction = in_correction or (has_correction and bool(CORRECTION.search(folded_text, s_start, s_end)))
        if in_correction:  # it quotes the figure that was wrong ("It is 1.18%, not 1.81%")
            continue
        sentence_letters = letters[s_start:s_end]
        words_of_numbers = has_number_word(sentence_letters)
        if not (words_of_numbers or has_digit(text, digits, s_start, s_end)):
            unread.append(number)
            continue
        for earlier_number in reversed(unread):
            e_start, e_end = sentences[earlier_number - 1]
            earlier_folded = folded_text[e_start:e_end]
            if dated := dated_periods(
                own_periods(earlier_folded, periods_without_a_number(text[e_start:e_end], earlier_folded, published))
            ):
                previous_periods = dated
                break
        unread = []
        sentence, folded = text[s_start:s_end], folded_text[s_start:s_end]
        periods = lead_periods[number - 1] if number <= 3 else period_mentions(sentence, folded, published)
        inherited = (
            previous_periods[0]
            if len(previous_periods) == 1 and not is_history(previous_periods[0], published)
            else article_period
        )
        context = None
        found = race_time(folded, list(quantities(folded, number_starts(sentence_letters) if words_of_numbers else [])))
        starts = tuple(m.start() for m in found)
        compared = compared_figures(folded, list(starts)) if len(found) > 1 else ()
        in_sentence_found: list[tuple[int, Claim]] = []
        in_cells: list[tuple[Claim, Cell]] = []
        bare: list[int] = []  # the numbers that name no unit: perhaps the lower end of a range
        counted_until = 0  # where the noun the last count counts ends: "2.4 million Arc 3 units"
        last: tuple[re.Match, Claim] | None = None  # the sentence's last figure and its claim
        gapped_holders: list[tuple[Claim, str | None]] = []  # figures whose noun the clause before gives
        for i, m in enumerate(found):
            if m.start() < counted_until:
                continue  # a number in a name between a count and its noun
            claim = race_time_claim(sentence, m) if m.re is RACE_TIME else quantity_claim(sentence, folded, m)
            cell = cell_at(cells, cell_starts, s_start + m.start()) if cells else None
            if (
                cell is not None
                and m.re is not RACE_TIME
                # a bare figure, or one read as a count for its grouped digits alone ("1,840")
                and (claim is None or (claim.unit == "count" and claim.noun is None))
                and (unit := cell_unit(cell))
            ):
                claim = figure_claim(sentence, m, *unit) or claim
            gapped = claim is None and last is not None and (claim := _gapped_figure(sentence, m, *last)) is not None
            if gapped and claim is not None:
                gapped_holders.append((claim, claim.holder))
            if claim is None:
                bare.append(i)
                continue
            if (
                "(" in folded[max(0, m.start() - 24) : m.start()]
                and _CONVERSION.search(folded, 0, m.start())
                and not _EARLIER_IN_BRACKETS.match(folded, m.end())
                # a share in brackets after a count is its share of a whole: "14,862 (38.4%)"
                and not (claim.unit == "percent" and (last is None or last[1].unit != "percent"))
            ) or _NOT_A_QUANTITY.match(folded, m.end()):
                continue
            if claim.unit in ("count", "people") and (
                _RATIO_AFTER.match(folded, m.end()) or _RATIO_BEFORE.search(folded, max(0, m.start() - 12), m.start())
            ):
                continue  # "one in five crimes" is a ratio, not five crimes
            if context is None:
                earlier = earlier_subject(subjects, sentences, number)
                context = (
                    in_sentence(subjects, s_start, s_end),
                    metric_cues(folded, sentence),
                    OUTLOOK_STEM.search(folded) is not None,
                    earlier,
                    about,
                )
            if (
                claim.noun
                and (at := folded.find(claim.noun.lower(), m.end(), m.end() + 40)) >= 0
                and not _PART_OF.match(folded, m.end())  # "29 of the 81 seats" names two counts
            ):
                counted_until = at
            claim.sentence_no = number
            attach_context(claim, sentence, folded, m, *context)
            if gapped and last is not None:
                claim.measure, claim.measure_found_by, claim.metric = (
                    last[1].measure,
                    last[1].measure_found_by,
                    last[1].metric,
                )
            elif (
                claim.unit == "percent"
                and last is not None
                and last[1].unit == "count"
                and last[1].measure
                and _SHARE_IN_BRACKETS.fullmatch(folded, last[0].end(), m.start())
            ):
                # "3,102 votes (8.0%)": the share of the count's measure, and the same name's
                claim.measure, claim.measure_found_by = measure_named(f"{last[1].measure} share"), "cue"
                claim.holder = claim.holder or last[1].holder
            attach_period(claim, folded, m, periods, inherited, published, compared, starts)
            if claim.running_count:
                _date_the_reading(claim, text, s_start, periods, published, m, compared)
            claim.char_start += s_start
            claim.char_end += s_start
            claims.append(claim)
            in_sentence_found.append((m.start(), claim))
            last = m, claim
            if cell is not None:
                in_cells.append((claim, cell))
        if in_sentence_found:
            joined = joined_durations(in_sentence_found, text)
            if len(joined) < len(in_sentence_found):  # "two hours, eight minutes and 46 seconds"
                del claims[len(claims) - len(in_sentence_found) :]
                claims.extend(claim for _, claim in joined)
                in_sentence_found = joined
        _unit_ranges(in_sentence_found, found, claims, folded, s_start)
        for (_, low), (_, high) in itertools.pairwise(in_sentence_found):
            mark_range(text, low, high)
            if (
                low.measure is None
                and (low.qualifier, high.qualifier) == ("at_least", "at_most")
                and low.unit == high.unit
            ):
                # "between 40,000 and 42,000 new homes": both ends measure what the upper one names
                low.measure, low.measure_found_by = high.measure, high.measure_found_by
        if lows := _range_starts(found, bare, dict(in_sentence_found), folded, s_start):
            first = len(claims) - len(in_sentence_found)
            claims[first:] = sorted([*claims[first:], *lows], key=lambda c: c.char_start)
        _attach_holders(in_sentence_found, holders, s_start, folded, people)
        for claim, holder in gapped_holders:
            claim.holder = claim.holder or holder  # "and the Liberals on 20": the name the gap gives
        _measure_the_change(in_sentence_found)
        if compared:
            _measure_compared(in_sentence_found, compared, folded)
        for claim, cell in in_cells:
            _read_cell(claim, cell, published, names)
        previous_periods = dated_periods(own_periods(folded, periods)) or previous_periods
    _mark_lists(claims, text, sentences)
    _cents_of_the_articles_currency(claims)
    _tell_the_day(claims, lead_periods, published)
    people_named = {m.surface for m in mentions if m.type == "person"}
    for claim in claims:
        # twelve significant digits: 68.4 billion, not 68400000000.00001 (no binary remainder of scaling)
        claim.value = float(f"{claim.value:.12g}")
        if claim.scope in people_named:
            # "Fairclough's tally of 14,682": a person's figure, no place's
            claim.scope, claim.scope_is_country = None, False
    return claims


def _read_cell(claim: Claim, cell: Cell, published: datetime | None, names: set[str]) -> None:
    """What a table's figure is: its column's measure, of the name its row gives ("Marrow Vale |
    64" under "Cases"), if the row gives one; or, under a column that names a period ("Q2
    2026"), its row's measure in that period ("Operating profit")."""
    named = (
        cell.label in names or place_name(cell.label) or tag_of(re.split(r"[^\w'’-]", cell.label)[0].lower()) is None
    )
    if cell.label_is_place and not _WHOLE.fullmatch(cell.label):
        claim.scope = cell.label  # "Old Harbour" under "District": the district's figure, not the story's
    if cell.header_is_period and named and cell.caption:
        measured = caption_measure(cell.caption)  # "Tarnholm | 4.7" under "February", of an unemployment rate
        claim.subject = claim.holder = cell.label
    elif cell.header_is_period:
        measured = cell.label
    elif _WHOLE.fullmatch(cell.label):
        measured = cell.header  # the whole's figure: "Total", "Group"
    elif named:
        measured = cell.header  # a name's or a place's figure: "Marrow Vale", "Pellborough city"
        claim.subject = claim.holder = cell.label
    else:
        measured = f"{cell.label} {cell.header}"  # a part's: "Online | €160m" under "Revenue"
    if measure := measure_named(re.sub(r"\([^()]*\)|\b(?:19|20)\d\d\b|[%$€£&,]", " ", measured)):
        claim.measure, claim.measure_found_by = measure, "column"
    if claim.qualifier == "actual" and (kind := _TABLE_KIND.search(cell.caption)):
        claim.qualifier = next(name for name, word in kind.groupdict().items() if word)  # "Full result after recount"
    if claim.direction is None and (sign := cell.sign):
        claim.direction = "up" if sign == "+" else "down"  # "+18.6" under "Change on year, %"
    dated = dated_periods(period_mentions(cell.header, fold_case(cell.header), published))
    if len(dated) == 1:
        _, _, year, part = dated[0]
        if year is None and part and part.isdigit() and claim.period_year:
            # a month alone ("January" beside "February" under a caption of February 2026) is of
            # the year the figures are dated, or of the one before when it comes later in a year
            later = claim.period_part is not None and claim.period_part.isdigit() and part > claim.period_part
            year = claim.period_year - later
        if year:
            claim.period_year, claim.period_part, claim.period = year, part, format_period(year, part)


# What a table's caption says its figures are: "Full result after recount", "The Bank's new
# projections", "Provisional results".
_TABLE_KIND = re.compile(
    rf"(?P<revised>{REVISED.pattern})|(?P<preliminary>{PRELIMINARY.pattern})"
    r"|(?P<forecast>\b(?:forecasts?|projections?|projected|outlook)\b)",
    re.IGNORECASE,
)
# The row of a table that gives the whole of what its other rows split.
_WHOLE = re.compile(r"(?:the\s+)?(?:total|group|overall|all|national|whole\s+\w+|all\s+\w+)\*?", re.IGNORECASE)


# Currencies whose hundredth is not called a cent.
_NO_CENTS = frozenset({"GBP", "JPY"})
_CENTS = re.compile(r"\bcents?\b", re.IGNORECASE)


def _cents_of_the_articles_currency(claims: list[Claim]) -> None:
    """Cents are hundredths of the currency the article counts in ("a dividend of 4.2 cents" among
    figures in euros is euro cents), the dollar's when it names no other."""
    counted = Counter(c.unit for c in claims if is_currency(c.unit) and not _CENTS.search(c.surface))
    currency = counted.most_common(1)[0][0] if counted else None
    if currency is None or currency == "USD" or currency in _NO_CENTS:
        return
    for claim in claims:
        if claim.unit == "USD" and _CENTS.search(claim.surface):
            claim.unit = currency


def _tell_the_day(claims: list[Claim], lead_periods: list, published: datetime | None) -> None:
    """The day a figure no sentence dates is told of: the event its article reports, on the day
    its lead names ("on Sunday", "yesterday"), else on the day it was published ("The company
    employs 24,500 people" is true that day). Only the claims view shows it as a period: figures
    are compared by the periods their text states (sql/internal/comparable_claims.sql)."""
    if published is None or all(claim.period is not None for claim in claims):
        return
    named = next(
        (
            (year, part)
            for mentions in lead_periods
            for _, _, year, part in sorted(mentions)
            if year is not None and part and "-" in part
        ),
        None,
    )
    day = format_period(*named) if named else published.strftime("%Y-%m-%d")
    for claim in claims:
        if claim.period is None:
            claim.told_day = day


# What a clause leaves out before its figure, as the one before gave it: the noun and a name
# ("39 cases and Dunmere 19", "26 seats and the Liberals on 20").
_GAPPED = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}(?:\s*\([^()]{1,30}\))?"  # "13 (down from 19), Aldermark First 7"
    r"(?:,\s+(?:and\s+|while\s+|but\s+)?|,?\s+(?:and|while|with|but)\s+)"  # a list's comma, or a conjunction
    r"(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)((?:[A-Z][\w'’&-]*\s+){1,3})(?:on|with|at)?\s*"
)

_SCORE_AFTER = re.compile(r"\s*[-–]\s*\d")  # "with Liv 4-2 down": a score, not a figure


def _gapped_figure(sentence: str, m: re.Match, before_m: re.Match, before: Claim) -> Claim | None:
    """A bare figure whose unit and noun the clause before gives and its own leaves out:
    "Kelmsford has 39 cases and Dunmere 19", "Ostel has 6.1 million mobile customers and
    Linkwave 3.7 million", "18,900 tonnes and Mogstad 8,100", a list's "30 seats, the Green Left
    on 20, the Liberal Alliance on 13"; a scale left out too is the one before's ("31.4 billion
    kroner and Norlink 12.1")."""
    if not (gap := _GAPPED.fullmatch(sentence, before_m.end(), m.start())) or _SCORE_AFTER.match(sentence, m.end()):
        return None
    scale = before_m.group("scale") if before_m.re is not RACE_TIME else None
    factor = SCALES.get(" ".join(scale.lower().split()), 1.0) if scale and not m.group("scale") else 1.0
    claim = figure_claim(sentence, m, before.unit, factor)
    if claim is not None:
        claim.noun, claim.holder = before.noun, gap.group(1).strip()
    return claim


def _unit_ranges(
    in_sentence: list[tuple[int, Claim]], found: list[re.Match], claims: list[Claim], folded: str, s_start: int
) -> None:
    """A figure read as a count for its grouped digits alone that opens a range ("240,000 to 255,000
    tonnes", "between 95,000 and 105,000 tonnes") is the range's lower end, in its upper end's unit;
    one a change starts from ("rose from 95,000 to 105,000 tonnes") is the level before it."""
    matches = {m.start(): m for m in found}
    for k in range(len(in_sentence) - 1):
        (low_at, low), (high_at, high) = in_sentence[k], in_sentence[k + 1]
        if low.unit != "count" or low.noun is not None or high.unit in ("count", "people"):
            continue
        ranged = range_start(folded, matches[low_at], matches[high_at], high)
        if ranged is None:
            continue
        ranged.char_start += s_start
        ranged.char_end += s_start
        claims[next(i for i, claim in enumerate(claims) if claim is low)] = ranged
        in_sentence[k] = (low_at, ranged)
        if high.qualifier == "actual" and ranged.state != "before":
            high.qualifier = "at_most"


def _range_starts(
    found: list[re.Match], bare: list[int], claimed: dict[int, Claim], folded: str, s_start: int
) -> list[Claim]:
    """The lower ends of a sentence's ranges ("between 30 and 40 metres"): each bare number
    followed by a claimed one it makes a range with; that one becomes the upper bound. Or the
    figure before a change ("from 242 to 219 votes"), which leaves the one after as it is."""
    lows = []
    for i in bare:
        if i + 1 >= len(found) or (upper := claimed.get(found[i + 1].start())) is None:
            continue
        low = range_start(folded, found[i], found[i + 1], upper)
        if low is None:
            continue
        low.char_start += s_start
        low.char_end += s_start
        if upper.qualifier == "actual" and low.state != "before":
            upper.qualifier = "at_most"
        lows.append(low)
    return lows


# A rival named after what was done to them holds none of the figures that follow: "pulled
# clear of Ruth Wanjala and won in 2:21:09", "beating Haile Gebru by 11 seconds".
_RIVAL_BEFORE = re.compile(
    r"\b(?:clear\s+of|ahead\s+of|away\s+from|beating|beat|past|against"
    r"|leads?|led|leading|trails?|trailed|trailing|lead\s+over)\s+$"  # "Orlavsky leads Maaskant by 38 seconds"
)
# A name's apposition or relative clause: ", the founder of Brightwater Capital,", ", Grell's
# former chief of staff,". The names in it hold no figure after it ("sentenced Mattias Krell, the
# founder of Brightwater Capital, to eight years" is Krell's sentence).
_ASIDE = re.compile(r",\s+(?:the|a|an|who|whose|which|its|his|her|their|[a-z][\w-]*['’]s)\s[^,;]*,")
# A contest's or an occasion's name: no figure's holder.
_EVENT = re.compile(r"\b(?:" + "|".join(lexicon("claims")["holders"]["event_words"]) + r")\b")
# Between two figures of one list: "16 points and ", "31.2%, ".
_LISTED_AFTER = re.compile(r"\S+(?:\s+[a-z-]+){0,2}\s*(?:,\s*|\s+)(?:and\s+)?")


# What a speaker does, right after the name (an apposition between): "Ruben Alcott, the chief
# financial officer, said the company would pay ...": the figures are not the speaker's.
_SPEAKS_AFTER = re.compile(
    r"(?:,[^,;]{1,80},)?\s+(?:said|says|told|tells|added|adds|warned|warns|announced|announces|insisted"
    r"|admitted|claimed|claims|argued|explained|estimated|estimates|predicted|predicts|believes)\b"
)


def _speaks_of_another(folded: str, end: int, start: int) -> bool:
    """Whether the name ending at ``end`` speaks of the figure at ``start`` as something not its own."""
    speaks = _SPEAKS_AFTER.match(folded, end, start)
    return speaks is not None and _WORDS_NOT_OWN.match(folded, speaks.end(), start) is not None


# What a speaker's verb is followed by when the figure is not the speaker's: words other than
# "he", "she" or "his" before it ("said the company would pay", not "added 12" or "said he scored").
_WORDS_NOT_OWN = re.compile(r"\s+(?:that\s+)?(?!(?:he|she|his|her|i|my)\b)[a-z]")


def _attach_holders(
    found: list[tuple[int, Claim]],
    holders: list[tuple[int, int, str]],
    s_start: int,
    folded: str,
    people: set[int],
) -> None:
    """Each figure's holder, and so its subject: the person, organisation or place its clause
    names last before it, not past a figure of the same unit ("the Civic Union won 31.2% and 29
    seats, the Green-Left Alliance 24.8% and 22": 22 seats are the alliance's), nor in an aside
    about another name (``_ASIDE``), nor a contest's name (``_EVENT``). A person (a name ending
    where one of ``people`` does) who speaks of it is its holder but not its subject ("Ruben
    Alcott, the chief financial officer, said the company would pay for its €780m expansion";
    "Mawle added 12 rebounds" and "said he had scored 16" are the speaker's)."""
    if not found:
        return
    first = bisect.bisect_left(holders, (s_start,))
    asides = [m.span() for m in _ASIDE.finditer(folded)]
    for i, (start, claim) in enumerate(found):
        clause = max(0, *(folded.rfind(mark, 0, start) + 1 for mark in (";", ":")))
        same_unit = [s for s, c in found[:i] if c.unit == claim.unit]
        floor = max([clause, *(s + 1 for s in same_unit)])

        def _speaker(h_end: int, start: int = start) -> bool:
            return h_end in people and _speaks_of_another(folded, h_end - s_start, start)

        names = [
            (h_start, h_end, name)
            for h_start, h_end, name in holders[first : bisect.bisect_left(holders, (s_start + start,), lo=first)]
            if h_start - s_start >= floor
            and h_end - s_start <= start
            and not _RIVAL_BEFORE.search(folded, max(0, h_start - s_start - 20), h_start - s_start)
            and not _EVENT.search(name)
            and not any(a <= h_start - s_start and h_end - s_start <= b <= start for a, b in asides)
        ]
        if names:
            claim.holder = names[-1][2]
            # a place named before a figure is its scope, not its subject; a speaker neither
            subject = next((name for _, h_end, name in reversed(names) if not _speaker(h_end)), None)
            if not claim.subject_owns_metric and subject not in (None, claim.object) and not place_name(subject):
                claim.subject = subject
        elif same_unit and max(same_unit) >= clause and _LISTED_AFTER.fullmatch(folded, max(same_unit), start):
            # "Levi Okonjo had 16 points and 11 rebounds": one list, no other name, one holder
            listed = next(c for s, c in reversed(found[:i]) if s == max(same_unit))
            claim.holder, claim.subject = listed.holder, listed.subject
        else:
            claim.holder = None


def _measure_compared(found: list[tuple[int, Claim]], compared: tuple[int, ...], folded: str) -> None:
    """A figure another is compared with measures what that one does ("turnout was 63.4%, up
    from 58.9% four years ago", "net profit reached €151m, compared with €109m"), as the state
    before, of the same holder: its period is its own, or unknown; a figure compared with a
    preliminary one is its revision. "More than 1,000" is a bound, not a comparison."""
    for i, (start, claim) in enumerate(found):
        if start not in compared or _BOUND_LEAD.search(folded, max(0, start - 20), start):
            continue
        base = next((c for _, c in reversed(found[:i]) if c.unit == claim.unit and c.measure), None)
        if base is not None:
            claim.measure, claim.measure_found_by = base.measure, base.measure_found_by
            claim.state = claim.state or "before"
            claim.holder = claim.holder or base.holder
            if claim.qualifier == "preliminary" and base.qualifier == "actual":
                # "Turnout was 62.1%, up from 61.8% in the preliminary count": the count revised
                base.qualifier = "revised"


def _measure_the_change(found: list[tuple[int, Claim]]) -> None:
    """A percentage named only as a change ("a loss of 29%", "a fall of 12%") after a figure of
    its sentence measures what that figure does: "The glaciers' area fell to 226 square
    kilometres from 318, a loss of 29%" is a change of the area. A share of GDP right after a
    sum is that sum's ("Defence gets €4.1bn, or 1.7% of GDP")."""
    for i, (_, claim) in enumerate(found):
        if claim.measure == "gdp share" and i and (last := found[i - 1][1]).measure and is_currency(last.unit):
            claim.measure = f"{last.measure} gdp share"  # "Defence gets €4.1bn, or 1.7% of GDP"
            continue
        if claim.unit != "percent" or claim.measure not in _BARE_CHANGES:
            continue
        base = next(
            (c for _, c in reversed(found[:i]) if c.measure and c.unit not in ("percent", "percentage_point")), None
        )
        if base is not None:
            claim.measure, claim.measure_found_by = base.measure, base.measure_found_by


_BARE_CHANGES = frozenset("loss fall rise drop increase decrease decline gain change reduction cut".split())


_BOUND_LEAD = re.compile(r"\b(?:more|less|fewer|greater|higher|lower)\s+than\s+(?:a\s+|the\s+)?$")


_PART_OF = re.compile(r"\s+of\s")
_SHARE_IN_BRACKETS = re.compile(r"[^()\d]{0,20}\(\s*")  # "3,102 votes (" before "8.0%)"
# A figure in brackets right after another is its conversion ("18,400 hectares (about 45,500
# acres)", "12 miles (19 km)"): the same fact, not a second one; a share after a count is not.
_CONVERSION = re.compile(r"\d[^\d()]{0,25}\(\s*(?:about|around|roughly|approximately|some|nearly|or|~|c\.)?\s*[$€£¥]?$")
# A figure in brackets with the time it is of is the earlier level, no conversion: "27.3% (29.8% the
# week before)", "187 (201 a week earlier)", "4.1% (3.8% in 2024)".
_EARLIER_IN_BRACKETS = re.compile(
    r"[^()]{0,12}?\b(?:(?:the|a)\s+(?:day|week|month|quarter|year)\s+(?:before|earlier|ago)|last\s+(?:week|month|year)"
    r"|in\s+(?:19|20)\d\d|previously)\b"
)
# "five-year-olds" is an age; "three years ago", "the three months to September" and "the last
# three months of 2025" (or "of the year") are times
_NOT_A_QUANTITY = re.compile(
    r"[- ]olds?\b|\s+ago\b|(?:(?<=months)|(?<=month))(?:" + TO_QUARTER_END + r"|\s+of\s+(?:(?:19|20)\d\d|the\s+year)\b)"
)
# The numbers of a ratio: "one in five", "three in four trains", "1 in 10".
_NUMBER_WORD = (
    r"(?:\d{1,3}(?:,\d{3})*(?![\d,.])|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|a thousand)"
)
_RATIO_AFTER = re.compile(rf"\s+in\s+(?:every\s+)?{_NUMBER_WORD}\b(?!\s+(?:hours?|days?|weeks?|months?|years?)\b)")
_RATIO_BEFORE = re.compile(rf"\b{_NUMBER_WORD}\s+in\s+(?:every\s+)?$")
LIST_SIZE = 3


# A live blog's time stamp: a line that starts with a clock time ("14:05", "7.40pm").
_BLOG_STAMP = re.compile(r"(?m)^[ \t]*(\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)(?=\W)")


def _date_the_reading(
    claim: Claim,
    text: str,
    s_start: int,
    periods: list,
    published: datetime | None,
    m: re.Match,
    compared: tuple[int, ...] = (),
) -> None:
    """Date a running count's reading: the day its sentence names ("last night", "on Saturday")
    for it, not for a figure it is set against ("780 are now deployed, up from 520 on Sunday"),
    and, when it names no time of day, the time stamp of the live-blog entry it is in."""
    others = tuple(c for c in compared if c != m.start())
    days = {
        f"{year}-{part}"
        for p_start, p_end, year, part in periods
        if part and "-" in part and year and not named_for_another(m.start(), m.end(), p_start, p_end, others)
    }
    if len(days) == 1 and published is not None:
        (claim.period,) = days  # a count's reading is of a day, whatever month the sentence names
    elif published is not None and claim.period in (None, str(published.year)):
        # a count given for no day ("so far this year") is read as of the day it was published
        claim.period_year, claim.period_part = published.year, published.strftime("%m-%d")
        claim.period = format_period(claim.period_year, claim.period_part)
    if claim.time_of_day is None:
        stamps = list(_BLOG_STAMP.finditer(text, max(0, s_start - 600), s_start))
        if stamps and "\n\n" not in text[stamps[-1].end() : s_start].strip("\n"):
            claim.time_of_day = part_of_day(stamps[-1].group(1))


def _mark_lists(claims: list[Claim], text: str, sentences: list[tuple[int, int]]) -> None:
    """Mark the figures of a list or a table: three or more of one unit in one sentence, or a
    sentence laid out in columns (tabs, bars). In a table's row the columns after the first
    figure of a unit hold another period or part ("Operating profit | €214m | €167m"), which
    only the table's header says: their measure is unknown."""
    per_sentence: dict[tuple[int, str], int] = {}
    for claim in claims:
        key = (claim.sentence_no, claim.unit)
        per_sentence[key] = per_sentence.get(key, 0) + 1
    first_in_row: set[tuple[int, str]] = set()
    for claim in claims:
        start, end = sentences[claim.sentence_no - 1]
        in_columns = bool(_COLUMNS.search(text, start, end))
        claim.in_list = per_sentence[(claim.sentence_no, claim.unit)] >= LIST_SIZE or in_columns
        if in_columns and (claim.sentence_no, claim.unit) in first_in_row and claim.measure_found_by != "column":
            claim.measure = claim.measure_found_by = None
            claim.running_count = False
        first_in_row.add((claim.sentence_no, claim.unit))


_COLUMNS = re.compile(r"\t| \| |\s{3,}\d")


def claim_rows(article_id: str, claims: list[Claim]) -> list[tuple]:
    """The rows of ``claims_frame`` for the claims of one article."""
    return [(f"{article_id}:{claim.char_start}", article_id, *_CLAIM_FIELDS(claim)) for claim in claims]


def claims_frame(rows: list[tuple]) -> pl.DataFrame:
    """The claims of a batch (``CLAIM_SCHEMA``)."""
    return frame(rows, CLAIM_SCHEMA)


_CLAIM_FIELDS = field_values(Claim)

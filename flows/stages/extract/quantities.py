"""Quantities: the numbers with a unit, a currency or a counted noun that a sentence states.

Grain: one ``Claim`` per quantity, its value in base units ("$28.8 billion" → 28800000000 USD,
"34.5%" → 34.5 percent, "14 people"), its precision as written and its offsets in the sentence;
what it measures is read by ``flows.stages.extract.claim_context``. Years, dates, times, ranks,
ages and numbers inside names (COVID-19, G20, Q1, A320) are not quantities. Patterns that ignore
case are written in lower case and matched against the case-folded text (``caseless``).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator

from flows.lexicon import lexicon
from flows.records import Claim
from flows.stages.extract.patterns import caseless, top_level_alternatives
from flows.stages.extract.periods import MONTH_ALTERNATION, MONTH_NAME

_WORDS = lexicon("claims")
NUMBER_WORDS: dict[str, int] = _WORDS["number_words"]
FRACTIONS: dict[str, float] = _WORDS["fractions"]
SCALES: dict[str, float] = _WORDS["scales"]
CURRENCY_SYMBOLS: dict[str, str] = _WORDS["currency_symbols"]
CURRENCY_WORDS: dict[str, str] = _WORDS["currency_words"]
# Currency subunits written after the number: "22 cents", "9.8p".
SUBUNITS: dict[str, tuple[str, float]] = {unit: tuple(of) for unit, of in _WORDS["subunits"].items()}
# unit → (spellings, factor to the base unit); the closed vocabulary of units that GX validates
UNITS: dict[str, tuple[str, float]] = {unit: tuple(of) for unit, of in _WORDS["units"].items()}
# Conversions into the contract's base units.
CONVERSIONS: dict[str, tuple[str, float]] = {unit: tuple(to) for unit, to in _WORDS["conversions"].items()}
ALLOWED_UNITS = sorted(
    {u for u in UNITS if u not in CONVERSIONS and u not in SUBUNITS}
    | {u for u, _ in CONVERSIONS.values()}
    | set(CURRENCY_SYMBOLS.values())
    | {"count", "people", "index_point"}
)
# A currency is named by its three-letter code, listed here or not ("HVK 38.6m"); every other
# unit is a lower-case name from the list above.
CURRENCY_CODE = re.compile(r"[A-Z]{3}")
UNIT_PATTERN = (
    "^(?:" + "|".join(u for u in ALLOWED_UNITS if not CURRENCY_CODE.fullmatch(u)) + f"|{CURRENCY_CODE.pattern})$"
)


def is_currency(unit: str | None) -> bool:
    """Whether a claim's unit is a currency."""
    return unit is not None and CURRENCY_CODE.fullmatch(unit) is not None


# Units a scale word does not multiply: "a million per cent" is not a figure anyone writes.
_UNSCALED = frozenset({"percent", "percentage_point"})
TIME_UNITS = frozenset({"hour", "minute", "day", "week", "month", "year"})
PEOPLE_NOUNS = frozenset(_WORDS["people_nouns"])
# Counted nouns that describe the page, not the news.
NOT_COUNTED = frozenset(_WORDS["not_counted"])

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[½¼¾]?"
# A fraction written as one character after a whole number: "11½ years".
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_TENS = "|".join(w for w, n in NUMBER_WORDS.items() if 20 <= n <= 90)
_ONES = "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9)
# "thirty-eight", "twenty one", then single words
_WORDNUM = rf"(?:{_TENS})[\s-](?:{_ONES})|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# Words that multiply the number before them: "two hundred", "two dozen", "a dozen".
_MULTIPLIERS = ("hundred", "dozen")
# Scales written in words, which "a" can stand before: "a thousand homes", "a million people".
_SCALE_WORDS = ("thousand", "million", "billion", "trillion")
# A number in words: "thirty-eight", "two hundred", and "a" as one before a multiplier or a
# scale ("a dozen", "a thousand", "a million").
_NUMBER_IN_WORDS = (
    rf"(?:(?:{_WORDNUM})|a(?=[\s-]+(?:{'|'.join(_MULTIPLIERS + _SCALE_WORDS)})\b))"
    rf"(?:[\s-]+(?:{'|'.join(_MULTIPLIERS)}))?"
)
# A whole number and "and" before a fraction of a unit: "thirteen and a half years".
_WHOLE_AND = re.compile(rf"\b(?:(\d+)|({_WORDNUM}))\s+and\s+$")
_FRACTION_ALT = "|".join(f.replace(" ", r"\s+") for f in FRACTIONS)
# Each unit's spellings, then an empty group named after it: re skips a spelling whose first
# letter does not match in one step, which it cannot do for one inside a group (15% fewer
# instructions a match).
_UNIT_ALT = "|".join(f"(?:{spelling})(?P<u_{name}>)" for name, (spelling, _) in UNITS.items())
# Where a quantity can start: a digit, a currency sign, a "US$"-style prefix, or a word
# starting like a currency code or number word. Checked first, it spares the full pattern
# most positions of a sentence (twice as fast, the same matches).
_CODES = ["USD", "EUR", "GBP", "CNY", "JPY", "CHF", "INR", "BRL", "RMB", "Rs", "kr"]
_CURRENCY_LAST_CHARACTERS = frozenset("$€£¥.") | {code[-1].lower() for code in _CODES}  # "US$", "Rs.", "USD"
_QUANTITY_START = (
    r"(?=[\d$€£¥]|(?:us|a|c|r|hk|s)\$|\b["
    + "".join(sorted({w[0].lower() for w in [*_CODES, *NUMBER_WORDS, *FRACTIONS]}))
    + "])"
)
_CURRENCY = r"us\$|a\$|c\$|r\$|hk\$|s\$|[$€£¥]|\b(?:usd|eur|gbp|cny|jpy|chf|inr|brl|rmb|rs\.?|kr\.?)\s?"
# The first characters of the units' spellings: the unit alternation is tried only after one of them.
_UNIT_FIRST_CHARACTERS = "".join(
    sorted({spelling[0] for pattern, _ in UNITS.values() for spelling in top_level_alternatives(pattern)})
)
QUANTITY = caseless(
    _QUANTITY_START
    + rf"""(?P<cur>{_CURRENCY})?
        (?:(?P<num>{_NUM})|(?P<frac>\b(?:{_FRACTION_ALT})\b)|(?P<word>\b{_NUMBER_IN_WORDS}\b))
        (?:[\s-]?(?P<scale>trillion|billion|million|thousand|lakh\s+crore|crore|lakh|tn|trn|bn|bln|mn|mln|m|b|k)\b)?
        (?:[\s-]?(?=[{re.escape(_UNIT_FIRST_CHARACTERS)}])(?:{_UNIT_ALT})(?![\w/]))?""",
    re.VERBOSE,
)
# A currency that ends where a number starts ("US$" in "US$5", "usd " in "USD 5").
_CURRENCY_BEFORE = caseless(rf"(?:{_CURRENCY})\Z")
# Nouns in -s that are no plural ("52 measles cases" counts cases): most name no countable thing
# ("measles", "news"); "series" and "species" are their own plural ("14 species new to science").
_UNCOUNTED_IN_S = frozenset("measles mumps rabies diabetes news".split())
SINGULAR_IN_S = _UNCOUNTED_IN_S | {"series", "species"}
# Words in -s that are no noun: "571 across Orlesia" counts nothing.
_NOT_NOUNS_IN_S = frozenset("across always perhaps unless whereas besides towards afterwards thus plus minus".split())
# A counted noun: a plural, or a word that counts people or things as it is.
_PLURAL = (
    r"((?!(?:" + "|".join(sorted(_UNCOUNTED_IN_S | _NOT_NOUNS_IN_S)) + r")\b)[a-z]+s"
    r"|people|children|[a-z]*men|staff|crew|police|aircraft|personnel"
    r"|[A-Z]{2,4}s)"  # "58 MPs", "120 GPs"
)
# A count "the number of" names before its verb: "the number of people in work rose to".
# A winner's majority or margin told as a bare number: "a majority of 632", "Majority: 632".
_MAJORITY_BEFORE = re.compile(r"\b(?:majority|margin)(?:\s+of|:)\s*(?:just\s+|only\s+|some\s+|about\s+|around\s+)?$")
_NUMBER_OF_BEFORE = re.compile(
    r"\bnumber\s+of\s+[^.;:\d]{2,80}?\s(?:to|at|was|is|reached|hit|totalled|totaled)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+|a\s+record\s+)?$"
)
# The counted noun after a bare number: up to two modifiers, a product's name among them, then
# a plural ("17 elements", "seven rare earth minerals", "14 people", "2.4 million Arc 3 units").
_COUNTED_NOUN = re.compile(r"\s+(?:(?:[a-z][\w-]*|[A-Z][\w'’-]*(?:\s+\d{1,4}\b)?)\s+){0,2}?" + _PLURAL + r"\b")
# An index's level named before its figure: "the consumer confidence index rose to 94.6", "a PMI of
# 48.2", "Consumer confidence index: 94.6".
_INDEX_LEVEL_BEFORE = re.compile(
    r"\b(?:index|pmi|barometer)\b(?:\s+\([^()]{0,20}\))?[^.;!?\d]{0,45}?"
    r"(?:\b(?:rose|fell|climbed|dropped|jumped|slipped|stood|was|is|reached|hit|edged|came\s+in|eased|improved"
    r"|declined|increased|decreased|slumped|surged|rebounded|recovered|dipped|sank|soared|registered)\b"
    r"[^.;!?\d]{0,15}?|\bof|:)\s*$"
    # the level it moved from: "rose to 94.6 from 91.8"
    r"|\b(?:index|pmi|barometer)\b[^.;!?]{0,60}?\b(?:to|at)\s+\d[\d.,]*(?:\s+points)?[^.;!?\d]{0,25}?\bfrom\s+$"
)
# Points of a share: a share or a percentage right after them, or a swing before.
_SHARE_AFTER_POINTS = re.compile(r"[^.;!?]{0,40}?(?:\bshare\b|\bvote\b|\bto\s+\d[\d.]*\s*(?:%|per\s?cent\b|percent\b))")
_SWING_BEFORE = re.compile(r"\bswing\s+of\s+(?:about\s+|almost\s+|nearly\s+|more\s+than\s+)?$")
# "magnitude 6.8", "put the magnitude at 6.6", "revised its estimate of the quake's magnitude to 6.4,
# from a preliminary 6.6"
_MAGNITUDE_BEFORE = re.compile(
    r"\bmagnitude(?:[\s-]*|\s+(?:at|to|of)\s+)$|\bmagnitude\b(?:[^.;!?]|(?<=\d)\.(?=\d)){0,50}?\bfrom\s+(?:an?\s+)?(?:preliminary\s+|initial\s+)?$"
)
_QUAKE_MEASURED_BEFORE = re.compile(
    r"\b(?:quake|earthquake|tremor|aftershocks?)\b[^.;!?\d]{0,40}?\b(?:measured|registered)\s+$"
)
_POINT_AFTER = re.compile(r"\s+(?:of\s+)?(?:a\s+)?(?:percentage[- ])?points?\b")
# Bare numbers that count people: "injuring 29", "the toll rose to 57 from 42", "14 remain missing".
_PEOPLE_BEFORE = caseless(
    r"\b(?:killing|killed|injuring|injured|wounding|wounded|leaving|rescued|evacuated"
    r"|toll\s+\w+\s+(?:to|at)|to|from)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|nearly\s+)?$"
)
_PEOPLE_AFTER = caseless(
    r"\s+(?:(?:were|are|remain|remained|have\s+been|had\s+been|was)\s+)?(?:still\s+)?"
    r"(?:killed|dead|injured|hurt|wounded|missing|evacuated|displaced|rescued|hospitali[sz]ed"
    r"|taken\s+to\s+hospital|admitted\s+to\s+hospital|sleeping\s+rough|homeless)\b"
)
_INCIDENT = caseless(
    r"\b(?:toll|killed|killing|dead|died|deaths|injur\w*|wound\w*|missing|evacuat\w*|rescued|hurt|hospital\w*"
    r"|sleeping\s+rough|homeless)\b"
)
# A currency's code right before an amount with a scale: "HVK 38.6m" (not "CAC 40").
_CODE_BEFORE = re.compile(r"(?<![\w-])([A-Z]{3})\s?$")
_CURRENCY_AFTER = caseless(r"\s*(" + "|".join(CURRENCY_WORDS) + r")\b")


def _number_value(num: str | None, frac: str | None, word: str | None) -> float:
    """The value of a quantity's number: its digits, fraction or number word (lower case)."""
    if num:
        if num[-1] in _VULGAR:
            return float(num[:-1].replace(",", "")) + _VULGAR[num[-1]]
        return float(num.replace(",", ""))
    if frac:
        return FRACTIONS[" ".join(frac.split())]
    if word is None:
        raise ValueError("a quantity without a number")
    value = 0
    for part in re.split(r"[\s-]+", word):
        if part in _MULTIPLIERS and value:
            value *= NUMBER_WORDS[part]  # "two hundred", "a dozen"
        else:
            value += 1 if part == "a" else NUMBER_WORDS[part]  # "thirty-eight"
    return float(value)


def _unit_of(m: re.Match) -> str | None:
    # The unit's group is the last capturing group of QUANTITY: when it matched, it closed last.
    group = m.lastgroup
    return group[2:] if group and group.startswith("u_") else None


_GLUED_BEFORE = re.compile(r"[A-Za-z]-?$|[#№]\s?$|\bNo\.\s?$|\d-$")  # COVID-19, G20, Q1, #1, No. 1
_CODE_OR_AGE_AFTER = re.compile(r"-\d|-?\s?(?:years?-)?old\b")  # 555-0199; 45-year-old
_LETTERS_OR_TIME_AFTER = caseless(r"[a-z]{1,2}\b|:\d|\s?[ap]\.?m\b|-year-old|\s?years?\s+old")
_AGED_BEFORE = re.compile(r"\b(?:aged|age)\s+$")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_DAY_OF_MONTH_AFTER = re.compile(r"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_ALTERNATION + r"\b")


def _is_not_a_quantity(
    sentence: str, folded: str, start: int, end: int, unit: str | None, scale: str | None, cur: str | None
) -> bool:
    """Years, dates, times, ranks, ages and numbers glued into names: the number at ``start:end``
    of a sentence (digits, with its ``unit``, ``scale`` and ``cur``rency as matched, or None)."""
    before = sentence[max(0, start - 12) : start]
    after = sentence[end : end + 12]
    # _GLUED_BEFORE ends the text and spans at most 4 characters: it is tried only there, and
    # not after a plain space (most numbers) unless "#", "№" or "No." come before that space;
    # _CODE_OR_AGE_AFTER needs a hyphen first or an "old".
    glued_lead = before[-1:] != " " or before[-2:-1] in ("#", "№", ".")
    if glued_lead and _GLUED_BEFORE.search(before, max(0, len(before) - 4)):
        # but "2-3%", "30-40 metres": the upper end of a range names its unit
        return not (before[-2:-1].isdigit() and before[-1:] in "-–" and (unit or scale or cur))
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
    month = None if near_before.islower() else MONTH_NAME.search(near_before)
    if month and near_before[month.end() :].strip() == "," and not _YEAR.fullmatch(sentence, start, end):
        month = None  # "On 16 August, 75 people were hurt": a clause after the date, not its year
    return bool(month or (not after.islower() and _DAY_OF_MONTH_AFTER.match(after)))


# Where numbers can be: a digit, or a number word, a run of the letters a-z that is one. Both
# are found in byte strings with one byte for each character of the article
# (``letters_and_digits``) with ``split`` and ``find``, several times faster than a regex scan.
_NUMBER_WORD_BYTES = frozenset(
    word.encode() for word in [*NUMBER_WORDS, "half", "third", "quarter", "thirds", "quarters"]
)
_SPACE = ord(" ")
_LETTERS_ONLY = bytes(byte if ord("a") <= byte <= ord("z") else _SPACE for byte in range(256))
_DIGITS_ONLY = bytes(
    ord("0") if byte in b"0123456789" else ord("?") if byte == ord("?") else _SPACE for byte in range(256)
)


def letters_and_digits(folded: str) -> tuple[bytes, bytes]:
    """``folded`` (``fold_case``d) as two byte strings with one byte for each character, made once
    for an article and sliced for its sentences at the same offsets: its letters a-z, every other
    character a space; and its digits 0-9 as 0, every character that is not ASCII (perhaps a
    digit of another script) or is a ``?`` as ``?``, every other a space."""
    encoded = folded.encode("ascii", "replace")
    return encoded.translate(_LETTERS_ONLY), encoded.translate(_DIGITS_ONLY)


# "a" before a scale is a number in words; scales alone are not: most sentences with "million"
# have its number in digits. Spaces and hyphens are both spaces in a sentence's letters.
_A_SCALE = re.compile(rb"(?:^|(?<= ))a +(?:" + "|".join(_SCALE_WORDS).encode() + rb")(?= |$)")
_SCALE_ENDINGS = (b"illion", b"thousand")


def _a_scale_starts(letters: bytes) -> list[int]:
    """Where "a" stands before a scale ("a million") in a sentence's letters."""
    if not any(ending in letters for ending in _SCALE_ENDINGS):
        return []
    return [m.start() for m in _A_SCALE.finditer(letters)]


def has_number_word(letters: bytes) -> bool:
    """Whether a sentence (given by its letters, see ``letters_and_digits``) has a number word."""
    return not _NUMBER_WORD_BYTES.isdisjoint(letters.split()) or bool(_a_scale_starts(letters))


def has_digit(text: str, digits: bytes, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a digit (``\\d``), given the text's digits (see
    ``letters_and_digits``): a regex looks only where a character is not ASCII."""
    return digits.find(b"0", start, end) >= 0 or (
        digits.find(b"?", start, end) >= 0 and _DIGIT.search(text, start, end) is not None
    )


def number_starts(letters: bytes) -> list[int]:
    """Where a number in words can start in a sentence (given by its letters, see
    ``letters_and_digits``), in order: at a number word, or at the word before one ("a third",
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
    return sorted(starts + _a_scale_starts(letters))


def quantities(folded: str, number_starts: list[int]) -> Iterator[re.Match]:
    """The matches of ``QUANTITY`` in a sentence (``fold_case``d), as ``finditer`` finds them;
    ``number_starts`` are where a number in words can start (``number_starts``).

    Every quantity holds a number, and only a currency ("USD 5", "HK$5") comes before it. So
    ``QUANTITY`` is tried only at each digit and number start, or where a currency that ends
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
        before = folded[max(position, at - 2) : at]
        if before[-1:].isspace():
            before = before[:-1]  # "USD 5"
        earliest = max(position, at - 4) if before[-1:] in _CURRENCY_LAST_CHARACTERS else at
        currency = _CURRENCY_BEFORE.search(folded, earliest, at) if earliest < at else None
        m = QUANTITY.match(folded, currency.start() if currency else at)
        if m is None:  # a word that starts no number ("first quarter"); a digit always does
            word_at = next(words, None)
            continue
        yield m
        position = m.end()


_DIGIT = re.compile(r"\d")


# "the first half", "the January-June half" name a period
_PERIOD_HALF_LEAD = re.compile(r"\b(?:first|second|the|other)\s+$|[-–]" + MONTH_ALTERNATION + r"\s+$")
_YEAR_NUMBER = re.compile(r"1[89]\d\d|20\d\d")
_SPLIT_YEAR_HEAD = re.compile(r"(?:19|20)\d\d[/–-]$")
# Words after "460m" that make it a length: "460m underground", "a 120m-tall tower".
_LENGTH_AFTER = re.compile(
    r"[\s-]*(?:underground|below|beneath|deep|high|tall|long|wide|above|offshore|inland|in\s+(?:depth|height|length|diameter))\b"
)
# a length named before it: "a high of 6.48m at Tarrow Bridge", "cresting at 6.28m", "waves of 6m"
_LENGTH_BEFORE = re.compile(
    r"\b(?:high|low|levels?|height|depth|length|width|altitude|elevation|crest(?:ed|ing)?|tide"
    r"|waves?|swell)\s+(?:of|at|reached|hit)\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|just\s+)?$"
    # water that rose to it: "the river rose to a record 5.2m", "the water peaked at 1.8m"
    r"|\b(?:rivers?|water|floodwaters?|gauge|lake|reservoir)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:peaked|crested|rose|reached|hit|climbed|surged)\s+(?:at\s+|to\s+)?(?:an?\s+)?(?:record\s+|new\s+)?$"
)
# the margin of "4.3 ± 0.4 Earth masses", "2.1% plus or minus 0.3": a measurement's uncertainty
_MARGIN_HEAD = re.compile(r"(?:±|\+/-|\+-|\bplus\s+or\s+minus|\bplus/minus)\s*$", re.IGNORECASE)


# Larger than any figure news reports (the world's GDP is about 1e14 US dollars).
LARGEST_VALUE = 1e18


def quantity_claim(sentence: str, folded: str, m: re.Match) -> Claim | None:
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
    if (
        unit is None
        and num
        and (
            _MAGNITUDE_BEFORE.search(folded, max(0, m.start() - 70), m.start())
            or _QUAKE_MEASURED_BEFORE.search(folded, max(0, m.start() - 60), m.start())
        )
    ):
        unit = "magnitude"  # "a magnitude 6.8 earthquake", "the biggest of the aftershocks measured 5.7"
    if currency is None and unit is None:
        after = _CURRENCY_AFTER.match(folded, end)
        if after and (scale or num):
            currency, end = CURRENCY_WORDS[after.group(1)], after.end()
        elif scale and (code := _CODE_BEFORE.search(sentence, max(0, m.start() - 5), m.start())):
            currency = code.group(1)  # "HVK 38.6m", "VDK 1.9bn": a currency's code, known or not
    if (
        scale == "m"
        and currency is None
        and unit is None
        and (_LENGTH_AFTER.match(folded, end) or _LENGTH_BEFORE.search(folded, max(0, m.start() - 30), m.start()))
    ):
        unit, scale = "metre", ""  # "entombed 460m underground", "a 120m-tall tower", "a high of 6.48m"
    if (
        scale
        and scale in ("m", "b", "k")
        and currency is None
        and unit is None
        and not _COUNTED_NOUN.match(sentence, end)
        and not sentence.startswith("-strong", end)  # "the 483k-strong workforce"
    ):
        return None  # "5m" without money, unit or counted noun is too ambiguous (metres? minutes?)
    whole = None
    if frac:
        if _PERIOD_HALF_LEAD.search(sentence[max(0, m.start() - 12) : m.start()]):
            return None  # "the first half" names a period
        point = _POINT_AFTER.match(sentence, end) if unit is None else None
        if point:  # "a quarter of a percentage point"
            unit, value, end = "percentage_point", value / 100, point.end()
        elif unit is not None and unit != "percent":
            # "thirteen and a half years": a whole number and a fraction of the unit, not a share
            value /= 100
            if whole := _WHOLE_AND.search(folded, max(0, m.start() - 30), m.start()):
                value += _number_value(whole.group(1), None, whole.group(2))
        unit = unit or "percent"
    if num and _SPLIT_YEAR_HEAD.search(sentence, max(0, m.start() - 5), m.start()):
        return None  # the "24" of "the 2023/24 season"
    if _MARGIN_HEAD.search(sentence, max(0, m.start() - 16), m.start()):
        return None  # the margin of "4.3 ± 0.4": how sure the figure is, not a second figure
    subunit_places = 0  # "44 cents" is written to the cent: two places of the currency
    if unit in SUBUNITS and currency is None and num:
        currency, factor = SUBUNITS[unit]
        value *= factor
        unit = None
        subunit_places = round(-math.log10(factor))
    if currency:
        unit = currency
        value *= SCALES.get(scale, 1.0)
    elif unit is None:
        value *= SCALES.get(scale, 1.0)
        if num and _YEAR_NUMBER.fullmatch(num) and not scale:
            return None  # a year
        # "1,100+ firefighters": more than the figure, of what follows the plus
        noun = _COUNTED_NOUN.match(sentence, end + 1 if sentence[end : end + 1] == "+" else end)
        if _INDEX_LEVEL_BEFORE.search(folded, max(0, m.start() - 70), m.start()) and (
            noun is None or noun.group(1).lower() == "points"
        ):
            unit = "index_point"  # "the consumer confidence index rose to 94.6", "a PMI of 48.2"
        elif (
            noun
            and noun.group(1).lower() == "points"
            and (
                _SHARE_AFTER_POINTS.match(folded, noun.end())
                or _SWING_BEFORE.search(folded, max(0, m.start() - 20), m.start())
            )
        ):
            # "fell 14.3 points to 31.9 per cent", "up 6.5 points on her share"
            unit, end = "percentage_point", noun.end()
        elif noun and noun.group(1).lower() not in NOT_COUNTED:
            unit = "people" if _is_people(noun.group(1).lower()) else "count"
            counted = noun.group(1).lower()
        elif _incident_count(folded, m):
            unit = "people"
        elif elided := _elided_noun(folded, m.start(), end):
            counted = elided  # "412 cases, up from 318 a week earlier"; "203 of the 356 cases"
            unit = "people" if _is_people(counted) else "count"
        elif num and "," in num:
            unit = "count"  # "headcount rose to 224,600": grouped digits are a quantity
        elif num and sentence.startswith("-strong", end):
            unit = "count"  # "a 500-strong crowd", "the 483k-strong workforce": a body of that many
        elif num and _NUMBER_OF_BEFORE.search(folded, max(0, m.start() - 100), m.start()):
            unit = "count"  # "the number of people in work rose to 4.21 million"
        elif num and _MAJORITY_BEFORE.search(folded, max(0, m.start() - 30), m.start()):
            unit = "count"  # "won with a majority of 632", "Majority: 632": a margin in votes
        else:
            return None
    elif unit in CONVERSIONS:
        unit, factor = CONVERSIONS[unit]
        value *= factor * (SCALES.get(scale, 1.0) if unit not in _UNSCALED else 1.0)
    elif unit not in _UNSCALED and unit not in SUBUNITS:
        value *= SCALES.get(scale, 1.0)  # "1.2 million barrels", "2.5 million tonnes"
    elif unit in SUBUNITS:
        return None
    if word and unit in ("count", "people") and value == 1:
        return None  # "one of the ..." is not a count
    if unit == "count" and counted in ("degree", "degrees") and _TEMPERATURE.search(folded):
        unit = "degree_celsius"  # "thermometers hit a scorching 46.4 degrees": a temperature, not an angle
    if unit == "degree_celsius":
        if _IDENTIFIER_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
            return None  # "ward 9C", "gate 14C": a name, not a temperature
        if _BELOW_ZERO.search(folded, max(0, m.start() - 7), m.start()):
            value = -value  # "minus 4C", "-9°C"
    if not value < LARGEST_VALUE:
        return None  # a serial number or a string of digits, not a figure (and no infinity in the warehouse)
    surface = m.group(0)
    start = whole.start() if whole else m.start() + (len(surface) - len(surface.lstrip()))
    decimals = 2 if whole or (frac and unit not in ("percent", "percentage_point")) else _decimals(num, scale, unit)
    claim = Claim(start, end, 0, value, decimals + subunit_places, unit, sentence[start:end])
    claim.noun = counted
    return claim


# Words that make bare "degrees" a temperature.
_TEMPERATURE = re.compile(r"\b(?:temperatures?|thermometers?|hottest|coldest|heat|heatwave|warmest|mercury|frost)\b")
# Words a number and a letter after them name a place or a thing by: "ward 9C", "seat 14C".
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:ward|room|gate|seat|platform|flat|unit|block|bay|form|section|class|level|floor|terminal|zone|stand"
    r"|apartment|building|route|row|grade|group|court|box|cell|suite|door|lane|berth|pier|hall|wing|flight)\s+$"
)
# A temperature below zero: "minus 4C", "-9°C" (not the upper end of "2-4C").
_BELOW_ZERO = re.compile(r"(?:\bminus\s+|(?:^|[\s(])[-−])$")


def figure_claim(sentence: str, m: re.Match, unit: str, factor: float = 1.0) -> Claim | None:
    """The claim of a figure that names no unit or noun of its own, in the ``unit`` (and times the
    ``factor``) something else gives it: a table's header ("Cases", "$bn"). Not a year, nor a
    count with decimals."""
    num, written_scale = m.group("num", "scale")
    scale = " ".join(written_scale.split()) if written_scale else ""
    if num is None or (_YEAR_NUMBER.fullmatch(num) and not scale):
        return None
    if unit == "count" and factor == 1.0 and not scale and "." in num:
        return None  # a count is whole: "1.26" under "Gap" is a time, "0.71" a ratio
    value = _number_value(num, None, None) * SCALES.get(scale, 1.0) * factor
    if not value < LARGEST_VALUE:
        return None
    start, end = m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), m.end()
    decimals = _decimals(num, scale, unit) - (round(math.log10(factor)) if factor > 1 else 0)
    return Claim(start, end, 0, value, decimals, unit, sentence[start:end])


# A race time, hours, minutes and seconds: "ran 2:06:48", "in 1:03:10.4"; a clock time has no seconds.
# A race time: "2:06:48", "1:03:10.4", or minutes and seconds to hundredths, "3:36.42" (which a
# clock time, "14:05", never has).
RACE_TIME = re.compile(
    r"(?<![\d:.])(?:(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,2}))?|(\d{1,2}):([0-5]\d)\.(\d{1,2}))(?![\d:])"
)


def race_time(folded: str, found: list[re.Match]) -> list[re.Match]:
    """The quantities ``found`` in a sentence with its race times among them, in text order; a
    number inside a race time is none of its own."""
    if ":" not in folded:
        return found
    times = list(RACE_TIME.finditer(folded))
    if not times:
        return found
    inside = [m for m in found if not any(t.start() <= m.start() < t.end() for t in times)]
    return sorted([*inside, *times], key=lambda m: m.start())


def race_time_claim(sentence: str, m: re.Match) -> Claim:
    """The duration in seconds a race time found by ``RACE_TIME`` states."""
    hours, minutes, seconds, fraction, short_minutes, short_seconds, hundredths = m.groups()
    if hours is None:
        hours, minutes, seconds, fraction = "0", short_minutes, short_seconds, hundredths
    value = int(hours) * 3600 + int(minutes) * 60 + int(seconds) + (float(f"0.{fraction}") if fraction else 0.0)
    return Claim(m.start(), m.end(), 0, value, len(fraction or ""), "second", sentence[m.start() : m.end()])


# Durations in the parts of one: "two hours, eight minutes and 46 seconds" is one time.
_SECONDS_IN = {"hour": 3600, "minute": 60, "second": 1}
_DURATION_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|\s)\s*")


def joined_durations(found: list[tuple[int, Claim]], text: str) -> list[tuple[int, Claim]]:
    """``found`` (start in the sentence, claim; claims placed in ``text``) with each run of
    hours, minutes and seconds written as the parts of one duration ("2 hours 6 minutes",
    "two hours, eight minutes and 46 seconds") joined into one claim in seconds, one of a unit
    written as a word before it ("a minute and 12 seconds") joined too, and years and months
    ("six years and eight months") into one in years."""
    joined: list[tuple[int, Claim]] = []
    smallest = None  # the smallest part of the duration the last claim joined is, when it is one
    for start, claim in found:
        if (
            joined
            and smallest is not None
            and claim.unit in _SECONDS_IN
            and _SECONDS_IN[claim.unit] < smallest
            and _DURATION_JOINT.fullmatch(text, joined[-1][1].char_end, claim.char_start)
        ):
            first = joined[-1][1]
            if first.unit != "second":
                first.value, first.unit = first.value * _SECONDS_IN[first.unit], "second"
            first.value += claim.value * _SECONDS_IN[claim.unit]
            first.char_end = claim.char_end
            first.surface = text[first.char_start : first.char_end]
            smallest = _SECONDS_IN[claim.unit]
            continue
        if (
            joined
            and claim.unit == "month"
            and joined[-1][1].unit == "year"
            and _DURATION_JOINT.fullmatch(text, joined[-1][1].char_end, claim.char_start)
        ):
            first = joined[-1][1]  # "six years and eight months": a sentence of 6.67 years
            first.value += claim.value / 12
            first.decimals = 2
            first.char_end = claim.char_end
            first.surface = text[first.char_start : first.char_end]
            smallest = None
            continue
        if claim.unit in _SECONDS_IN and (
            whole := _ONE_UNIT_BEFORE.search(text, max(0, claim.char_start - 30), claim.char_start)
        ):
            larger = _SECONDS_IN[whole.group(1).lower()]
            if larger > _SECONDS_IN[claim.unit]:  # "a minute and 12 seconds", "an hour and 20 minutes"
                claim.value = larger + claim.value * _SECONDS_IN[claim.unit]
                claim.unit, claim.char_start = "second", whole.start()
                claim.surface = text[claim.char_start : claim.char_end]
        smallest = _SECONDS_IN.get(claim.unit)
        joined.append((start, claim))
    return joined


# One of a unit written as a word before the rest of a duration: "a minute and", "an hour and".
_ONE_UNIT_BEFORE = re.compile(r"\b(?<![\w-])an?\s+(hour|minute)\s*(?:,\s*)?and\s+\Z", re.IGNORECASE)


def range_start(folded: str, low: re.Match, high: re.Match, upper: Claim) -> Claim | None:
    """The lower end of a range whose upper end is ``upper``, the claim ``high`` makes, when
    ``low`` is a bare number that names no unit of its own ("between 30 and 40 metres", "520
    million to 560 million euros", "450-600 cases"): it has the upper end's unit and, unless
    it writes its own, scale; nor a range that falls. A change from a bare number ("cut her
    majority from 242 to 219 votes", "fell from 6.3 to 6.1 per cent") gives the figure before it,
    with the unit of the one after; a change by an amount ("by 0.25 to 4.5%") gives none."""
    joint = _RANGE_JOINT.fullmatch(folded, low.end(), high.start())
    if joint is None or high.group("frac") or low.group("frac") or low.group("cur"):
        return None
    lead = folded[max(0, low.start() - 12) : low.start()]
    if joint.group(1) == "and" and not lead.rstrip().endswith("between"):
        return None
    change = _CHANGE_LEAD.search(lead)
    if change and not (change.group(0).startswith("from") and upper.state == "after"):
        return None
    own_scale = " ".join(low.group("scale").split()) if low.group("scale") else ""
    high_scale = " ".join(high.group("scale").split()) if high.group("scale") else ""
    unscaled = _number_value(*high.group("num", "frac", "word")) * SCALES.get(high_scale, 1.0)
    if not unscaled:
        return None
    factor = upper.value / unscaled  # the unit's own factor: a currency 1, miles to kilometres 1.609
    scale = own_scale or high_scale
    value = _number_value(*low.group("num", "frac", "word")) * SCALES.get(scale, 1.0) * factor
    if not (0 < value != upper.value if change else 0 < value < upper.value):
        return None
    start = low.start() + (len(low.group(0)) - len(low.group(0).lstrip()))
    return dataclasses.replace(
        upper,
        char_start=start,
        char_end=low.end(),
        value=value,
        decimals=_decimals(low.group("num"), scale, upper.unit),
        surface=low.group(0).strip(),
        qualifier=upper.qualifier if change else "at_least",
        state="before" if change else upper.state,
    )


def mark_range(text: str, low: Claim, high: Claim) -> None:
    """Make two claims of one unit written as a range ("€100 million to €110 million",
    "450-600 cases") its bounds: both ends take the forecast, estimate or target either is
    ("expects €100 million to €110 million", "growth of 4% to 5% is forecast"); the ends of a
    range of actual figures are bounds. Not a change ("from €100 million to €110 million")."""
    joint = _RANGE_JOINT.fullmatch(text.lower(), low.char_end, high.char_start)
    if (
        joint is None
        or joint.group(1) == "and"
        or low.unit != high.unit
        or not 0 < low.value < high.value
        or _CHANGE_LEAD.search(text.lower(), max(0, low.char_start - 12), low.char_start)
    ):
        return
    outlook = next((q for q in (low.qualifier, high.qualifier) if q in ("forecast", "estimate", "target")), None)
    if outlook:
        low.qualifier = high.qualifier = outlook
    elif low.qualifier == high.qualifier == "actual":
        low.qualifier, high.qualifier = "at_least", "at_most"


# What joins the two ends of a range, and what makes "from 8,950 to 9,310" a change instead.
_RANGE_JOINT = re.compile(r"\s*(to|and|-|–|—)\s*")
_CHANGE_LEAD = re.compile(r"\b(?:from|by)\s+(?:a\s+|an\s+|the\s+)?$")


def _is_people(noun: str) -> bool:
    return noun in PEOPLE_NOUNS or noun.endswith("men")


def _elided_noun(folded: str, start: int, end: int) -> str | None:
    """The counted noun a bare number leaves out because its clause has just named it: a
    number set against a count ("412 cases, up from 318"; "212 flights cancelled, out of 460")
    or a part of one ("203 of the 356 cases", "29 of the assembly's 81 seats", "of the 240
    posts, 95 are vacant", "all 23 of Hollin's schools"), or a number a count runs to ("by 41
    votes to 22")."""
    part = (
        _PART_OF_COUNT.match(folded, end)
        or _PART_OF_NOUN.match(folded, end)
        or _PART_AFTER_COUNT.search(folded, max(0, start - 80), start)
        or _COUNT_TO.search(folded, max(0, start - 60), start)
        or _LEVEL_SUBJECT.search(folded, max(0, start - 60), start)
    )
    if part and part.group(1) not in NOT_COUNTED and part.group(1) not in _AMOUNTS:
        return part.group(1)
    if _OF_THEM.match(folded, end):
        # "Sixty-one patients have been hospitalised, nine of them in intensive care": a part
        # of the count before it, in its sentence
        counts = [n.group(1) for n in _COUNT_BEFORE.finditer(folded, max(0, start - 160), start)]
        counts = [count for count in counts if count not in NOT_COUNTED and count not in _AMOUNTS]
        return counts[-1] if counts else None
    if not _SET_AGAINST.search(folded, max(0, start - 20), start):
        return None
    clause = re.split(r"[;:()]|\.\s", folded[max(0, start - 120) : start])[-1]
    counts = [n.group(1) for n in _EARLIER_COUNT.finditer(clause) if n.group(1) not in NOT_COUNTED]
    return counts[-1] if counts else None


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b")
# A count in digits or words: "61 patients", "sixty-one patients", "1.2 million passengers".
_COUNT_BEFORE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?:-[a-z]+)?)"
    r"(?:\s+(?:million|billion|thousand))?\s+(?:[a-z][\w-]*\s+){0,2}?" + _PLURAL + r"\b"
)
# What sets a number against another: "up from 318", "out of 460", "compared with 290".
_SET_AGAINST = re.compile(r"\b(?:from|against|out\s+of|compared\s+(?:with|to)|versus|vs\.?)\s+$")
_EARLIER_COUNT = re.compile(
    r"\b\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+(?:[a-z][\w-]*\s+){0,2}?" + _PLURAL + r"\b"
)
# "41 votes to 22", "from 71 seats to just 49"
_COUNT_TO = re.compile(
    r"\b\d[\d,.]*\s+(?:[a-z][\w-]*\s+)?" + _PLURAL + r"\s+to\s+(?:just\s+|only\s+|a\s+mere\s+|nearly\s+|almost\s+)?$"
)
# "203 of the 356 cases", "six of the seven members"
_PART_OF_COUNT = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those|[a-z][\w-]*['’]s?)\s+){1,2}"
    r"(?:[\d,.]+|(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?:-[a-z]+)?)"
    r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _PLURAL + r"\b"
)
# "all 23 of Hollin's schools", "12 of the victims": a part of a whole given no number.
_PART_OF_NOUN = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|these|those|[a-z][\w-]*['’]s)\s+"
    + r"(?:(?!(?:"
    + "|".join(NUMBER_WORDS)
    + r")\b)[a-z][\w-]*\s+){0,2}?"  # not "three of the nine members": a part of a count
    + _PLURAL
    + r"\b"
)
# The counted noun that a number a count has risen or fallen to leaves out: "Measles cases rose to
# 571", "confirmed cases have now climbed to 412", "weekly admissions reached 318".
_LEVEL_SUBJECT = re.compile(
    r"\b"
    + _PLURAL
    + r"\s+(?:have\s+|has\s+|had\s+)?(?:now\s+|already\s+)?(?:(?:rose|risen|climbed|soared|rocketed|jumped|increased"
    r"|grown|grew|surged|fallen|fell|dropped|declined|dipped|slipped|stood|stand)\s+(?:to|at)|reached|totalled|topped)\s+"
    r"(?:a\s+total\s+of\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$"
)
# Plurals that name an amount or a level, not things counted: "prices rose to 112" is an index.
_AMOUNTS = frozenset(
    "temperatures levels prices rates numbers figures sales earnings wages salaries reserves borrowings costs "
    "profits revenues exports imports savings rents yields returns volumes totals readings odds points".split()
)
# "Of the 240 posts, 95 are vacant", "of the 214 glaciers mapped in 2000, 13 have vanished": the
# part named after the whole.
_PART_AFTER_COUNT = re.compile(
    r"\bof\s+(?:the|its|their|these|those)\s+[\d,.]+\s+(?:[a-z][\w-]*\s+){0,2}?"
    + _PLURAL
    + r"(?:\s+(?:mapped|counted|recorded|surveyed|studied|tested|examined|inspected|checked|named|listed|sampled)"
    r"(?:\s+(?:in|by|at|on|since)\s+[\w-]+){0,2})?\s*,\s*$"
)


def _incident_count(folded: str, m: re.Match) -> bool:
    """A bare number that counts people in an incident: "injuring 29", "14 remain missing"."""
    if not m.group("num") or not _INCIDENT.search(folded):
        return False
    before = folded[max(0, m.start() - 40) : m.start()]
    return bool(_PEOPLE_BEFORE.search(before) or _PEOPLE_AFTER.match(folded, m.end()))


def _decimals(num: str | None, scale: str, unit: str) -> int:
    """Precision as written, in base units: "34.50%" → 2, "$28.8 billion" → -8, "12,000" → -3 (a
    round thousand is written rounded: its trailing zeros are not digits of the figure); ``num``
    is the number's digits (None for a number word), ``scale`` its scale word ("billion") or ""."""
    if num and num[-1] in _VULGAR:
        places = 2 if num[-1] != "½" else 1  # 11½ is 11.5, 2¼ is 2.25
    elif num and "." in num:
        places = len(num) - num.index(".") - 1
    elif num and len(digits := num.replace(",", "")) >= 4:
        places = -(len(digits) - len(digits.rstrip("0")))
    else:
        places = 0
    return places - round(math.log10(SCALES[scale])) if scale and unit not in _UNSCALED else places

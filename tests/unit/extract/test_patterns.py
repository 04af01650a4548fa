import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.stages.extract.claim_context import (
    BASES,
    DOWN,
    METRICS,
    UP,
    change_words,
    metric_cues,
)
from flows.stages.extract.patterns import (
    WordPattern,
    by_first_letter,
    caseless,
    find_whole_words,
    find_words,
    fold_case,
    is_word_character,
    top_level_alternatives,
)
from flows.stages.extract.periods import YEAR_RE
from flows.stages.extract.quantities import (
    NUMBER_WORDS,
    QUANTITY,
    has_digit,
    has_number_word,
    letters_and_digits,
    number_starts,
    quantities,
)

# Cue phrases: a letter, then letters, spaces and commas (so that which alternative matches
# first decides the length of a match, as with "rate" and "rate cut").
WORDS = st.lists(
    st.builds(lambda head, tail: head + tail, st.sampled_from("abAB"), st.text(alphabet="abcAB ,", max_size=4)),
    min_size=1,
    max_size=8,
)


def spans(regex: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


@given(words=WORDS, data=st.data())
def test_grouped_alternation_matches_exactly_what_the_plain_one_does(words, data):
    pieces = data.draw(st.lists(st.sampled_from([*words, "a", "b", "B", " ", ", "]), max_size=20))
    sentence = "".join(pieces)
    for flags, ignore_case in ((re.I, True), (0, False)):
        plain = re.compile(r"\b(?:" + "|".join(words) + r")\b", flags)
        grouped = re.compile(r"\b" + by_first_letter(words, ignore_case=ignore_case) + r"\b", flags)
        assert spans(grouped, sentence) == spans(plain, sentence)


@given(words=WORDS, data=st.data())
def test_a_word_pattern_finds_what_the_pattern_after_a_word_boundary_does(words, data):
    words = [word.lower() for word in words]
    sentence = "".join(data.draw(st.lists(st.sampled_from([*words, "a", "b", " ", ", ", "é", "_"]), max_size=20)))
    pattern = "|".join(words) + r"\b"
    assert WordPattern(pattern).spans(sentence) == spans(re.compile(r"\b(?:" + pattern + ")"), sentence)


def test_alternatives_are_split_only_at_the_top_level():
    assert top_level_alternatives(r"a(?:b|c)|[|x]|d\|e") == ["a(?:b|c)", "[|x]", r"d\|e"]


@pytest.mark.parametrize("pattern", [r"(?:a|b)c", r"\d+ jobs", r"e?mail", "[ab]c"])
def test_alternatives_that_do_not_start_with_a_plain_letter_are_refused(pattern):
    with pytest.raises(ValueError):
        by_first_letter([pattern])


def test_metric_cues_and_change_words_are_those_of_the_plain_alternations():
    sentence = (
        "Core inflation eased to 2.1% while consumer prices fell and exports to the US dropped, "
        "the jobless rate rose, net profit slumped and retail sales were up 3% on the month."
    )
    plain = re.compile(r"\b(?:" + "|".join(f"(?P<m{i}>{cue})" for i, (_, cue) in enumerate(METRICS)) + r")\b", re.I)
    assert metric_cues(fold_case(sentence), sentence) == [
        (m.start(), m.end(), METRICS[int(m.lastgroup[1:])][0]) for m in plain.finditer(sentence)
    ]
    assert [m.group(0) for m in DOWN.finditer(fold_case(sentence))] == ["eased", "fell", "dropped", "slumped"]
    assert [m.group(0) for m in UP.finditer(fold_case(sentence))] == ["rose", "up"]


# Pieces of sentences with quantities in them: currency prefixes and codes, digits glued and
# grouped, scales, units, number words, and the letters around them.
QUANTITY_PIECES = st.lists(
    st.sampled_from(
        [
            "USD ",
            "USD",
            "Rs.",
            "Rs. ",
            "HK$",
            "US$",
            "$",
            "€",
            "A",
            "S",
            "1",
            "23",
            "4,567",
            ",",
            ".",
            "8.9",
            " ",
            "-",
            "bn",
            " billion",
            "%",
            " per cent",
            " km",
            " people",
            "seven",
            "a third",
            "half",
            "one",
            "ten",
            "often",
            "quarter",
            "thirds",
            "two",
            "a",
            "first",
            "é",
            "money",
            "Q1",
            "COVID-19",
            "x",
            "e",
            "£",
            "GBP ",
            "rs",
            "R$",
            "hk",
        ]
    ),
    max_size=25,
).map("".join)


@given(sentence=QUANTITY_PIECES)
def test_quantities_are_those_finditer_finds(sentence):
    def found(matches):
        return [(m.span(), m.groupdict()) for m in matches]

    folded = fold_case(sentence)
    letters, _ = letters_and_digits(folded)
    starts = number_starts(letters) if has_number_word(letters) else []
    assert found(quantities(folded, starts)) == found(QUANTITY.finditer(folded))


@given(
    sentence=st.lists(
        st.sampled_from(
            ["one", "someone", "ten", "often", "thirds", "half", "behalf", "-", " ", "x", "5", "é", "Ω", "_", "\udc80"]
        ),
        max_size=10,
    ).map("".join)
)
def test_a_number_word_is_a_run_of_letters_that_is_one(sentence):
    words = {*NUMBER_WORDS, "half", "third", "quarter", "thirds", "quarters"}
    letters, digits = letters_and_digits(sentence)
    assert len(letters) == len(digits) == len(sentence)  # offsets into the text are offsets into them
    assert has_number_word(letters) == any(run in words for run in re.findall("[a-z]+", sentence))


@given(text=st.text(alphabet="a5?é٣５ \udc80", max_size=12), start=st.integers(0, 12), length=st.integers(0, 12))
def test_a_digit_is_found_where_a_regex_finds_one(text, start, length):
    end = min(start + length, len(text))
    assert has_digit(text, letters_and_digits(text)[1], start, end) == bool(re.search(r"\d", text[start:end]))


@given(
    sentence=st.lists(
        st.sampled_from(
            [
                "rose",
                "fell",
                "up",
                "up to",
                "down",
                "cut",
                "growth",
                "easing",
                "slowed",
                "eased",
                "raised",
                "x",
                " ",
                ", ",
                "-",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_change_words_are_the_down_and_up_words_in_order(sentence):
    folded = fold_case(sentence)
    expected = sorted(
        [(m.start(), m.end(), "down") for m in DOWN.finditer(folded)]
        + [(m.start(), m.end(), "up") for m in UP.finditer(folded)]
    )
    assert change_words(folded) == expected


EVERY_CHARACTER = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_folding_keeps_one_character_for_each_and_word_characters_word_characters():
    folded = [fold_case(char) for char in EVERY_CHARACTER]
    assert all(len(f) == 1 for f in folded)
    word, space = re.compile(r"\w"), re.compile(r"\s")
    assert [bool(word.match(f)) for f in folded] == [bool(word.match(c)) for c in EVERY_CHARACTER]
    assert [bool(space.match(f)) for f in folded] == [bool(space.match(c)) for c in EVERY_CHARACTER]


def test_a_character_folds_to_an_ascii_letter_exactly_when_ignorecase_matches_it_to_that_letter():
    letter = re.compile("[a-z]", re.I)
    matched = [c for c in EVERY_CHARACTER if letter.fullmatch(c)]  # K (Kelvin), ı, ſ, İ among them
    assert [c for c in EVERY_CHARACTER if "a" <= fold_case(c) <= "z"] == matched
    assert all(re.fullmatch(fold_case(c), c, re.I) for c in matched)
    assert all(fold_case(c) == c for c in EVERY_CHARACTER if c.isascii() and not c.isalpha())


@given(
    text=st.lists(
        st.sampled_from(["Rose", "ROSE", "rıse", "ſank", "İn", "KM", "K", "up", " ", "-", "5", "’s", "Σ", "Straße"]),
        max_size=12,
    ).map("".join)
)
def test_a_caseless_pattern_finds_in_folded_text_what_ignorecase_finds_in_the_text(text):
    for pattern in (r"\b(?:rose|rise|sank|in|km|k)\b", r"[a-z]+s\b", r"\bup(?!\s+to\b)|\w+"):
        expected = [m.span() for m in re.finditer(pattern, text, re.I)]
        assert [m.span() for m in caseless(pattern).finditer(fold_case(text))] == expected


@pytest.mark.parametrize("pattern", ["Rose", "[A-Z]", "straße"])
def test_caseless_patterns_must_be_written_in_ascii_lower_case(pattern):
    with pytest.raises(ValueError):
        caseless(pattern)


def test_word_characters_are_those_of_backslash_w():
    word = re.compile(r"\w")
    assert [is_word_character(c) for c in EVERY_CHARACTER] == [bool(word.match(c)) for c in EVERY_CHARACTER]


@given(
    words=st.lists(st.text(alphabet="SaKo-’_5 ", min_size=1, max_size=4), min_size=1, max_size=5),
    text=st.text(alphabet="SaKo-’_5 é.", max_size=30),
)
def test_whole_words_are_found_where_a_leading_word_boundary_would_find_them(words, text):
    alternatives = "|".join(map(re.escape, words))
    bounded = re.compile(r"\b(?:" + alternatives + r")\b")
    assert [m.span() for m in find_whole_words(re.compile("(?:" + alternatives + r")\b"), text)] == spans(bounded, text)
    assert [(start, start + len(word)) for start, word in find_words(words, text)] == spans(bounded, text)
    assert [word for _, word in find_words(words, text)] == [m.group(0) for m in bounded.finditer(text)]
    with_number = r"(" + alternatives + r")\b(?:\s+(\d+))?"  # as the months are found
    assert [m.groups() for m in find_whole_words(re.compile(with_number), text)] == [
        m.groups() for m in re.finditer(r"\b" + with_number, text)
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2024 was a record", ["2024"]),
        ("in 2024, and 1999.", ["2024", "1999"]),
        ("since 1950 ", ["1950"]),
        ("$2024", []),
        ("-2024", []),
        ("2024%", []),
        ("2024.5", []),
        ("2024,5", []),
        ("12024", []),
        ("x2024", []),
        ("2024-25", []),
        ("1949", []),
        ("2024x", []),
        ("(2024)", ["2024"]),
        ("€2030 or 2030", ["2030"]),
    ],
)
def test_a_year_is_four_digits_of_its_own(text, years):
    assert [m.group(1) for m in find_whole_words(YEAR_RE, text)] == years


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        ("up 3% yoy", ["yoy"]),
        ("yoy.", ["yoy"]),
        ("xyoy", []),
        ("yoyo", []),
        ("up 2% mom, 1% qoq", ["mom", "qoq"]),
        ("from a year earlier", ["yoy"]),
        ("compared to the year before", ["yoy"]),
        ("on the previous month", ["mom"]),
        ("than the previous quarter", ["qoq"]),
        ("rose 2.7% q/q", ["qoq"]),
        ("up 3.4% y/y and 0.2% m/m", ["yoy", "mom"]),
        ("rose 2.7% on the quarter", ["qoq"]),
        ("a quarterly report", []),
        ("biannual", ["yoy"]),
        ("seasonally adjusted annualized", ["qoq", "yoy"]),
    ],
)
def test_basis_phrases_and_their_word_boundaries(text, bases):
    found = sorted((m.start(), basis) for basis, regex in BASES for m in regex.finditer(fold_case(text)))
    assert [basis for _, basis in found] == bases

"""Claims: every numeric claim of an article's clean text, with what, when and how it was measured.

Grain: one claim per quantity in the clean text ("34.5%", "$28.8 billion", "90 days", "at least
14 people"), with what it measures (subject, object, metric), how (direction, basis,
qualifier, state) and when (period). Offsets point at the quantity in clean_text. Rules, not a
model: ``quantities`` finds the figures, ``periods`` when they are of, ``subjects`` and
``claim_context`` what and how they measure.
"""

from __future__ import annotations

from datetime import datetime

import polars as pl

from flows.records import CLAIM_SCHEMA, Claim, field_values, frame
from flows.stages.clean.dates import can_be_published
from flows.stages.extract.claim_context import (
    OUTLOOK_STEM,
    attach_context,
    metric_cues,
)
from flows.stages.extract.entities import candidate_subjects, extract_mentions
from flows.stages.extract.patterns import fold_case
from flows.stages.extract.periods import (
    attach_period,
    dated_periods,
    lead_period,
    period_mentions,
    periods_without_a_number,
)
from flows.stages.extract.quantities import (
    has_digit,
    has_number_word,
    letters_and_digits,
    number_starts,
    quantities,
    quantity_claim,
)
from flows.stages.extract.subjects import (
    earlier_subject,
    in_sentence,
    main_subject,
    subjects_of,
)


def extract_claims(
    text: str,
    sentences: list[tuple[int, int]],
    published: datetime | None = None,
    named: list[tuple[int, int, str, bool]] | None = None,
) -> list[Claim]:
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
    subjects = subjects_of(folded_text, list(named))
    about = main_subject(subjects, sentences)
    # The periods of the first three sentences: what the article is about, and theirs below.
    lead_periods = [period_mentions(text[start:end], folded_text[start:end], published) for start, end in sentences[:3]]
    article_period = lead_period(lead_periods)
    previous_periods: list = []  # periods named by the previous sentence of the same paragraph
    # The sentences without a number since the last one with a number, in the same paragraph:
    # their periods matter only if a figure follows them there, so they are read only then.
    unread: list[int] = []
    letters, digits = letters_and_digits(folded_text)
    for number, (s_start, s_end) in enumerate(sentences, start=1):
        if number > 1 and "\n" in text[sentences[number - 2][1] : s_start]:
            previous_periods, unread = [], []
        sentence_letters = letters[s_start:s_end]
        words_of_numbers = has_number_word(sentence_letters)
        if not (words_of_numbers or has_digit(text, digits, s_start, s_end)):
            unread.append(number)
            continue
        for earlier_number in reversed(unread):
            e_start, e_end = sentences[earlier_number - 1]
            if dated := dated_periods(
                periods_without_a_number(text[e_start:e_end], folded_text[e_start:e_end], published)
            ):
                previous_periods = dated
                break
        unread = []
        sentence, folded = text[s_start:s_end], folded_text[s_start:s_end]
        periods = lead_periods[number - 1] if number <= 3 else period_mentions(sentence, folded, published)
        inherited = previous_periods[0] if len(previous_periods) == 1 else article_period
        context = None
        for m in quantities(folded, number_starts(sentence_letters) if words_of_numbers else []):
            claim = quantity_claim(sentence, folded, m)
            if claim is None:
                continue
            if context is None:
                earlier = earlier_subject(subjects, sentences, number)
                context = (
                    in_sentence(subjects, s_start, s_end),
                    metric_cues(folded),
                    OUTLOOK_STEM.search(folded) is not None,
                    earlier,
                    about,
                )
            claim.sentence_no = number
            attach_context(claim, sentence, folded, m, *context)
            attach_period(claim, folded, m, periods, inherited, published)
            claim.char_start += s_start
            claim.char_end += s_start
            claims.append(claim)
        previous_periods = dated_periods(periods) or previous_periods
    return claims


def claim_rows(article_id: str, claims: list[Claim]) -> list[tuple]:
    """The rows of ``claims_frame`` for the claims of one article."""
    return [(f"{article_id}:{claim.char_start}", article_id, *_CLAIM_FIELDS(claim)) for claim in claims]


def claims_frame(rows: list[tuple]) -> pl.DataFrame:
    """The claims of a batch (``CLAIM_SCHEMA``)."""
    return frame(rows, CLAIM_SCHEMA)


_CLAIM_FIELDS = field_values(Claim)

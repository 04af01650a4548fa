"""Extract: everything the warehouse learns from a batch of cleaned articles.

Grain: claims (one per quantity), mentions (one per name occurrence) and quotes (one per
quotation), each with offsets into the article's clean text, and the terms that tell an
article's story. One pass over the articles: the
places and organisations an article names are the candidate subjects of its claims. The rules
read English: an article in another language is kept, with its language, and yields no facts. An
article whose extraction raises, or runs past its time budget, yields nothing and is rejected
instead.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import NamedTuple

import polars as pl

from flows.records import MENTION_SCHEMA, QUOTE_SCHEMA, TERM_SCHEMA, frame
from flows.stages.extract.claims import claim_rows, claims_frame, extract_claims
from flows.stages.extract.entities import (
    extract_mentions,
    extract_quotes,
    mention_rows,
    quote_rows,
)
from flows.stages.extract.terms import article_terms
from flows.stages.rejections import failure, over_budget, rejected_frame
from flows.stages.time_budget import OverBudget, TimeBudget

ENGLISH = "en"


class ExtractedBatch(NamedTuple):
    """What extraction finds in a batch of articles."""

    claims: pl.DataFrame
    mentions: pl.DataFrame
    quotes: pl.DataFrame
    terms: pl.DataFrame  # the words, names and figures each article uses (flows.stages.extract.terms)
    rejected: pl.DataFrame  # articles extraction failed on (flows.stages.rejections), none of their rows above


def extract_batch(articles: pl.DataFrame, sentences: pl.DataFrame, budget: TimeBudget | None = None) -> ExtractedBatch:
    """Claims, mentions and quotes of a batch of cleaned articles (see ``clean.clean_documents``),
    and the articles extraction failed on."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for article_id, start, end in (
        sentences.sort("article_id", "sentence_no").select("article_id", "char_start", "char_end").iter_rows()
    ):
        spans.setdefault(article_id, []).append((start, end))
    claims: list[tuple] = []
    mentions: list[tuple] = []
    quotes: list[tuple] = []
    terms: list[tuple] = []
    rejected = []
    for article_id, source_file, text, published, language in articles.select(
        "article_id", "source_file", "clean_text", "published_at", "language"
    ).iter_rows():
        if language not in (ENGLISH, None):  # None: too short to tell
            terms += article_terms(article_id, text, [], [])
            continue
        try:
            with budget.document() if budget else nullcontext():
                found = extract_mentions(text)
                found_claims = extract_claims(text, spans.get(article_id, []), published, found)
                article_claims = claim_rows(article_id, found_claims)
                article_mentions = mention_rows(article_id, found)
                article_quotes = quote_rows(article_id, extract_quotes(text, found), found)
                article_terms_found = article_terms(article_id, text, found, found_claims)
        except OverBudget:
            rejected.append(over_budget(source_file, "extract", budget))
            continue
        except Exception as exc:
            rejected.append(failure(source_file, "extract", exc))
            continue
        claims += article_claims
        mentions += article_mentions
        quotes += article_quotes
        terms += article_terms_found
    return ExtractedBatch(
        claims_frame(claims),
        frame(mentions, MENTION_SCHEMA),
        frame(quotes, QUOTE_SCHEMA),
        frame(terms, TERM_SCHEMA),
        rejected_frame(rejected),
    )

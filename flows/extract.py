"""Extract: everything the warehouse learns from a batch of cleaned articles.

Grain: claims (one per quantity), mentions (one per name occurrence) and quotes (one per
quotation), each with offsets into the article's clean text. One pass over the articles: the
places and organisations an article names are the candidate subjects of its claims.
"""

from __future__ import annotations

from typing import NamedTuple

import polars as pl

from flows.claims import claim_rows, claims_frame, extract_claims
from flows.entities import (MENTION_SCHEMA, QUOTE_SCHEMA, candidate_subjects, extract_mentions, extract_quotes,
                            mention_rows, quote_rows)
from flows.frames import frame_of_rows


class ExtractedBatch(NamedTuple):
    """What extraction finds in a batch of articles."""

    claims: pl.DataFrame
    mentions: pl.DataFrame
    quotes: pl.DataFrame


def extract_batch(articles: pl.DataFrame, sentences: pl.DataFrame) -> ExtractedBatch:
    """Claims, mentions and quotes of a batch of cleaned articles (see ``clean.clean_documents``)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for article_id, start, end in sentences.sort("article_id", "sentence_no").select(
            "article_id", "char_start", "char_end").iter_rows():
        spans.setdefault(article_id, []).append((start, end))
    claims, mentions, quotes = [], [], []
    for article_id, text, published in articles.select("article_id", "clean_text", "published_at").iter_rows():
        found = extract_mentions(text)
        claims += claim_rows(article_id, extract_claims(text, spans.get(article_id, []), published,
                                                        candidate_subjects(found)))
        mentions += mention_rows(article_id, found)
        quotes += quote_rows(article_id, extract_quotes(text, found), found)
    return ExtractedBatch(claims_frame(claims), frame_of_rows(mentions, MENTION_SCHEMA),
                          frame_of_rows(quotes, QUOTE_SCHEMA))

"""Extract: everything the warehouse learns from a batch of cleaned articles.

Grain: claims (one per quantity), mentions (one per name occurrence) and quotes (one per
quotation), each with offsets into the article's clean text.
"""

from __future__ import annotations

from typing import NamedTuple

import polars as pl

from flows.claims import extract_batch as extract_claims_batch
from flows.entities import can_be_subject, extract_entities_batch


class ExtractedBatch(NamedTuple):
    """What extraction finds in a batch of articles."""

    claims: pl.DataFrame
    mentions: pl.DataFrame
    quotes: pl.DataFrame


def extract_batch(articles: pl.DataFrame, sentences: pl.DataFrame) -> ExtractedBatch:
    """Claims, mentions and quotes of a batch of cleaned articles."""
    mentions, quotes = extract_entities_batch(articles)
    named: dict[str, list[tuple[int, int, str, bool]]] = {}
    for article_id, start, end, name, kind, role in mentions.select(
            "article_id", "char_start", "char_end", "name", "type", "role").iter_rows():
        if can_be_subject(kind, name, role):
            named.setdefault(article_id, []).append((start, end, name, kind == "organisation"))
    return ExtractedBatch(extract_claims_batch(articles, sentences, named), mentions, quotes)

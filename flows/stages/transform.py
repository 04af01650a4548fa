"""Transform: the CPU-bound work on a chunk of new documents, cleaning then extraction.

Grain: a chunk of documents in; its articles, sentences, near-duplicate signatures,
rejections, claims, mentions and quotes out, with the seconds each of the two stages took.
This is what a worker runs, in a local process or on a Dask worker, and what it hands back
(polars frames, Arrow underneath) to the one process that loads the warehouse. The seconds
travel with the frames so a run can report each stage's rate wherever the work ran.

Each document has ``document_seconds`` to be cleaned and as long again to be extracted
(``flows.stages.time_budget``); one that runs past it, or raises, is rejected alone, with its reason.
"""

from __future__ import annotations

import time
from typing import NamedTuple

import polars as pl

from flows.records import Rejection
from flows.stages.clean.article import CleanedBatch, clean_documents, load_models
from flows.stages.extract.article import ExtractedBatch, extract_batch
from flows.stages.rejections import rejected_frame
from flows.stages.time_budget import TimeBudget


class TransformedBatch(NamedTuple):
    """A cleaned and extracted chunk of documents; ``cleaned.rejected`` holds every document
    that did not become an article, in either stage."""

    cleaned: CleanedBatch
    extracted: ExtractedBatch
    clean_seconds: float
    extract_seconds: float


def transform_documents(documents: pl.DataFrame, document_seconds: float) -> TransformedBatch:
    """Clean a chunk of new documents, then extract claims, mentions and quotes from its articles."""
    load_models()
    with TimeBudget(document_seconds) as budget:
        started = time.perf_counter()
        cleaned = clean_documents(documents, budget)
        cleaned_at = time.perf_counter()
        extracted = extract_batch(cleaned.articles, cleaned.sentences, budget)
        finished = time.perf_counter()
    if not extracted.rejected.is_empty():
        failed = cleaned.articles.filter(pl.col("source_file").is_in(extracted.rejected["source_file"].to_list()))
        cleaned = cleaned.without(failed["article_id"].to_list(), extracted.rejected)
    return TransformedBatch(cleaned, extracted, cleaned_at - started, finished - cleaned_at)


def given_up(documents: pl.DataFrame, reason: str) -> TransformedBatch:
    """The transform of documents that could not be transformed: each rejected with ``reason``."""
    empty = transform_documents(documents.clear(), 1.0)
    rejected = rejected_frame([Rejection(name, reason) for name in documents["source_file"]])
    return empty._replace(cleaned=empty.cleaned._replace(rejected=rejected))


def concat_transformed(parts: list[TransformedBatch]) -> TransformedBatch:
    """The chunks of one batch as one: frames concatenated, seconds added up."""
    if len(parts) == 1:
        return parts[0]
    cleaned = CleanedBatch(*(pl.concat(frames) for frames in zip(*(p.cleaned for p in parts), strict=True)))
    extracted = ExtractedBatch(*(pl.concat(frames) for frames in zip(*(p.extracted for p in parts), strict=True)))
    return TransformedBatch(
        cleaned, extracted, sum(p.clean_seconds for p in parts), sum(p.extract_seconds for p in parts)
    )

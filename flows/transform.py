"""Transform: the CPU-bound work on a chunk of new documents, cleaning then extraction.

Grain: a chunk of documents in; its articles, sentences, near-duplicate signatures,
rejections, claims, mentions and quotes out, with the seconds each of the two stages took.
This is what a worker runs, in a local process or on a Dask worker, and what it hands back
(polars frames, Arrow underneath) to the one process that loads the warehouse. The seconds
travel with the frames so a run can report each stage's rate wherever the work ran.
"""

from __future__ import annotations

import time
from typing import NamedTuple

import polars as pl

from flows.clean import CleanedBatch, clean_documents
from flows.extract import ExtractedBatch, extract_batch


class TransformedBatch(NamedTuple):
    """A cleaned and extracted chunk of documents."""

    cleaned: CleanedBatch
    extracted: ExtractedBatch
    clean_seconds: float
    extract_seconds: float


def transform_documents(documents: pl.DataFrame) -> TransformedBatch:
    """Clean a chunk of new documents, then extract claims, mentions and quotes from its articles."""
    started = time.perf_counter()
    cleaned = clean_documents(documents)
    cleaned_at = time.perf_counter()
    extracted = extract_batch(cleaned.articles, cleaned.sentences)
    return TransformedBatch(cleaned, extracted, cleaned_at - started, time.perf_counter() - cleaned_at)


def concat_transformed(parts: list[TransformedBatch]) -> TransformedBatch:
    """The chunks of one batch as one: frames concatenated, seconds added up."""
    if len(parts) == 1:
        return parts[0]
    cleaned = CleanedBatch(*(pl.concat(frames) for frames in zip(*(p.cleaned for p in parts))))
    extracted = ExtractedBatch(*(pl.concat(frames) for frames in zip(*(p.extracted for p in parts))))
    return TransformedBatch(cleaned, extracted, sum(p.clean_seconds for p in parts),
                            sum(p.extract_seconds for p in parts))

"""Single-core throughput of the CPU-bound stages (clean, extract) on a folder of raw articles.

    .venv/bin/python bench/stage_throughput.py [RAW_DIR] [--seconds S]

Reads the folder once, then cleans (and extracts from) its documents over and over for about S
seconds per stage in this one process, and prints articles/s and MB/s of raw text per stage.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import polars as pl

from flows.stages.clean.article import clean_documents
from flows.stages.extract.article import extract_batch
from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import ingest_files


def _repeat(fn, seconds: float) -> tuple[int, float]:
    fn()  # warm-up: imports, compiled regexes, language model
    runs, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        fn()
        runs += 1
    return runs, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", nargs="?", type=Path, default=Path("data/raw"))
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()

    documents = ingest_files(discover_files(args.raw), 8 * 1024 * 1024).filter(pl.col("status") == "new")
    count = len(documents)
    megabytes = float(documents["text"].str.len_bytes().sum()) / 1e6
    cleaned = clean_documents(documents)
    stages = {
        "clean": lambda: clean_documents(documents),
        "extract": lambda: extract_batch(cleaned.articles, cleaned.sentences),
    }
    print(f"{count} documents, {megabytes:.3f} MB of text, from {args.raw}")
    for name, fn in stages.items():
        runs, elapsed = _repeat(fn, args.seconds)
        print(f"{name:8s} {runs * count / elapsed:8.0f} articles/s  {runs * megabytes / elapsed:6.2f} MB/s  (one core)")


if __name__ == "__main__":
    main()

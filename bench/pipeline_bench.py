"""End-to-end benchmark: generate a corpus, run `newsfacts run` on it, print the figures.

    .venv/bin/python bench/pipeline_bench.py --articles 2000 [--keep DIR] [--quantulum N]

Prints articles/s and MB/s per stage (from the run's own stage lines) and end to end, start-up
time, peak RSS of the run, warehouse size, the time of a second, no-op run, and, when the
``bench`` extra is installed (quantulum3), extraction throughput against quantulum3 on the same
texts.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

STAGE_LINE = re.compile(r"(\w+) \((\w+)\): (\d+) in ([\d.]+) s")


def run(raw: Path, warehouse: Path) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--warehouse", str(warehouse)],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(result.stderr[-3000:])
    return time.perf_counter() - started, result.stdout + result.stderr


def quantulum_ratio(raw: Path, sample: int) -> str:
    warnings.filterwarnings("ignore", module="quantulum3")  # it warns that its optional classifier is absent
    try:
        from quantulum3 import parser
    except ImportError:
        return "quantulum3: not installed (pip install -e '.[bench]') - comparison skipped"
    import polars as pl

    from flows.clean import clean_documents
    from flows.discover import discover_files
    from flows.extract import extract_batch
    from flows.ingest import ingest_files

    documents = ingest_files(discover_files(raw).head(sample), 8 << 20).filter(pl.col("status") == "new")
    cleaned = clean_documents(documents)
    started = time.perf_counter()
    extract_batch(cleaned.articles, cleaned.sentences)
    ours = len(cleaned.articles) / (time.perf_counter() - started)
    started = time.perf_counter()
    for text in cleaned.articles["clean_text"]:
        parser.parse(text)
    theirs = len(cleaned.articles) / (time.perf_counter() - started)
    return (f"extraction on {len(cleaned.articles)} articles, one core: newsfacts {ours:,.0f} articles/s "
            f"(claims, entities, quotes), quantulum3 {theirs:,.1f} articles/s (quantities only): {ours / theirs:,.0f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="write the corpus and warehouse here instead of a temporary folder")
    parser.add_argument("--quantulum", type=int, default=100, help="articles to compare with quantulum3 (0: skip)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        raw, warehouse = root / "raw", root / "warehouse" / "news.duckdb"
        started = time.perf_counter()
        size = write_corpus(raw, args.articles)
        print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB in {len(list(raw.iterdir()))} files "
              f"(written in {time.perf_counter() - started:.1f} s)")
        elapsed, log = run(raw, warehouse)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        stages = {m.group(1): (int(m.group(3)), float(m.group(4))) for m in STAGE_LINE.finditer(log)}
        work = sum(seconds for _, seconds in stages.values())
        for stage, (items, seconds) in stages.items():
            rate = f"{items / seconds:,.0f}/s" if seconds else "-"
            print(f"  {stage:9s} {items:7d} items in {seconds:7.2f} s  {rate:>10s}")
        print(f"end to end: {elapsed:.1f} s for {args.articles} articles ({args.articles / elapsed:,.0f} articles/s, "
              f"{size / 1e6 / elapsed:.2f} MB/s); start-up and teardown {elapsed - work:.1f} s")
        print(f"peak RSS: {peak:,.0f} MB; warehouse: {warehouse.stat().st_size / 1e6:.1f} MB")
        noop, _ = run(raw, warehouse)
        print(f"no-op incremental run: {noop:.1f} s")
        if args.quantulum:
            print(quantulum_ratio(raw, args.quantulum))


if __name__ == "__main__":
    main()

"""Instructions one extraction pass takes, counted by valgrind: a figure that stays put where timings do not.

    .venv/bin/python bench/extract_instructions.py [RAW_DIR]

This host's speed moves by 10-20% within minutes, so a change that saves a few percent cannot
be seen in timings; the instructions the same work takes move by well under 1% between runs.
Cleans RAW_DIR's articles, then extracts from them once and twice under
``valgrind --tool=cachegrind`` and prints the difference: the instructions of one pass. The hash
seed is fixed, polars runs on one thread and the bytecode is compiled first, so that nothing
but the code decides the count. Needs valgrind; 400 generated articles take about two minutes.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import subprocess
import sys
from pathlib import Path

import flows

_PASSES = """
import sys
from pathlib import Path
import polars as pl
from flows.clean import clean_documents
from flows.discover import discover_files
from flows.extract import extract_batch
from flows.ingest import ingest_files
documents = ingest_files(discover_files(Path(sys.argv[1])), 8 << 20).filter(pl.col("status") == "new")
cleaned = clean_documents(documents)
for _ in range(int(sys.argv[2])):
    extract_batch(cleaned.articles, cleaned.sentences)
"""


def instructions(raw: Path, passes: int) -> int:
    """Instructions of a process that cleans ``raw`` and extracts from it ``passes`` times."""
    environment = os.environ | {"PYTHONHASHSEED": "0", "POLARS_MAX_THREADS": "1"}
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-c", _PASSES, str(raw), str(passes)],
                          env=environment, capture_output=True, text=True, check=True)
    return int(re.search(r"I\s+refs:\s+([\d,]+)", done.stderr).group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", nargs="?", type=Path, default=Path("data/raw"))
    args = parser.parse_args()
    compileall.compile_dir(Path(flows.__file__).parent, quiet=1)
    per_pass = instructions(args.raw, 2) - instructions(args.raw, 1)
    print(f"{per_pass / 1e6:,.0f}M instructions per extraction pass over {args.raw}")


if __name__ == "__main__":
    main()

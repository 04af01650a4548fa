"""Instructions one cleaning or extraction pass takes, counted by valgrind: a figure that stays
put where timings do not.

    .venv/bin/python bench/stage_instructions.py [RAW_DIR] [--stage clean|extract]

This host's speed moves by 10-20% within minutes, so a change that saves a few percent cannot
be seen in timings; the instructions the same work takes move far less (2-5% between runs at
worst, seen with two counts running at once: count a change and its parent side by side).
Reads RAW_DIR's articles (and cleans them, for extraction), then runs the stage once and twice
under ``valgrind --tool=cachegrind`` and prints the difference: the instructions of one pass.
The hash seed is fixed, polars runs on one thread, the bytecode is compiled first and the
setup's objects are frozen out of garbage collection, so that the code, not the process's
history, decides the count. Needs valgrind; 400 generated articles take about two minutes.
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
import gc
import sys
from pathlib import Path
import polars as pl
from flows.stages.clean.article import clean_documents
from flows.stages.ingest.discover import discover_files
from flows.stages.extract.article import extract_batch
from flows.stages.ingest.read import ingest_files
documents = ingest_files(discover_files(Path(sys.argv[1])), 8 << 20).filter(pl.col("status") == "new")
cleaned = clean_documents(documents)
gc.collect()
gc.freeze()  # so that a full collection, whenever allocations set one off, does not walk the setup's objects
for _ in range(int(sys.argv[3])):
    if sys.argv[2] == "clean":
        clean_documents(documents)
    else:
        extract_batch(cleaned.articles, cleaned.sentences)
"""


def instructions(raw: Path, stage: str, passes: int) -> int:
    """Instructions of a process that cleans ``raw`` and runs ``stage`` on it ``passes`` more times."""
    environment = os.environ | {"PYTHONHASHSEED": "0", "POLARS_MAX_THREADS": "1"}
    done = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _PASSES,
            str(raw),
            stage,
            str(passes),
        ],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    refs = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if refs is None:
        raise RuntimeError(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(refs.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", nargs="?", type=Path, default=Path("data/raw"))
    parser.add_argument("--stage", choices=["clean", "extract"], default="extract")
    args = parser.parse_args()
    compileall.compile_dir(Path(flows.__file__).parent, quiet=1)
    per_pass = instructions(args.raw, args.stage, 2) - instructions(args.raw, args.stage, 1)
    print(f"{per_pass / 1e6:,.0f}M instructions per {args.stage} pass over {args.raw}")


if __name__ == "__main__":
    main()

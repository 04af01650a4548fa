"""End-to-end benchmark: generate a corpus, run `newsfacts run` on it, print the figures.

    .venv/bin/python bench/pipeline_bench.py --articles 10000 [--runner local|dask] [--workers N]
                                             [--keep DIR] [--one-core N] [--no-rerun]

Writes a corpus of N articles (bench/corpus.py) to a temporary folder, runs the whole flow on
it in a fresh process, and prints: each stage's items, seconds and rate (articles/s and MB/s
of raw text; clean and extract per worker, from the workers' own clocks), end to end time and
rate, how much of it was start-up and teardown (Python and Prefect before the flow's first
step, after its last), the peak RSS and CPU seconds of the run's whole process tree (the flow, its
workers, Prefect's temporary server), the warehouse's size, the contradictions found against the
misreports the corpus planted, a second run on the same folder (nothing new: the no-op
incremental run) with its start-up, and clean and extract throughput on one core (in this
process) with, when the ``bench`` extra is installed, quantulum3's on the same texts, all three
timed in short pieces taken in turn (this machine's speed swings from second to second): the
rates on a quiet core and the sustained ones.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Misreport, write_corpus

STAGE_LINE = re.compile(r"INFO prefect\.flow_runs: ([\w ]+?)(?: \((\w+)\))?: (\d+) in ([\d.]+) s( of worker time)?")
LOG_TIME = re.compile(
    r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO prefect\.flow_runs: (Beginning flow run|Finished in state)", re.M
)


@dataclass
class Run:
    """One `newsfacts run` process: its output, wall time, start-up, teardown, peak RSS and CPU time."""

    log: str
    seconds: float
    startup: float
    teardown: float
    peak_rss_mb: float
    peak_by_role: dict[str, float]
    cpu_by_role: dict[str, float]


def _role(member: psutil.Process) -> str:
    command = " ".join(member.cmdline())
    if "flows.runtime.prefect_api" in command:  # the temporary server (flows.runtime.prefect_api.serve)
        return "Prefect server"
    if "flows.cli" in command:  # before the test for dask: the flow's own command may say --runner dask
        return "flow"
    if "multiprocessing" in command or "distributed" in command or "dask" in command:
        return "workers"
    return "flow"


def _sample_tree(process: psutil.Process, cpu: dict[int, tuple[str, float]]) -> dict[str, int]:
    """RSS of the run's processes, added up by role (flow, workers, Prefect server); records
    each process's CPU seconds so far in ``cpu`` (by pid: a replaced worker keeps its last)."""
    roles: dict[str, int] = {}
    for member in [process, *process.children(recursive=True)]:
        try:
            role = _role(member)
            with member.oneshot():
                roles[role] = roles.get(role, 0) + member.memory_info().rss
                times = member.cpu_times()
            # The role first seen: a process on its way out has no command line left.
            cpu[member.pid] = (cpu.get(member.pid, (role,))[0], times.user + times.system)
        except psutil.NoSuchProcess:
            pass
    return roles


def run_pipeline(raw: Path, warehouse: Path, extra: list[str]) -> Run:
    """Run the flow in a new process, sampling its process tree's memory and CPU time four
    times a second."""
    command = [sys.executable, "-m", "flows.cli", "run", "--raw", str(raw), "--warehouse", str(warehouse), *extra]
    started_wall, started = time.time(), time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak, by_role, watched = 0, {}, psutil.Process(process.pid)
    cpu: dict[int, tuple[str, float]] = {}

    def watch() -> None:
        nonlocal peak, by_role
        while process.poll() is None:
            try:
                roles = _sample_tree(watched, cpu)
            except psutil.NoSuchProcess:
                return
            if sum(roles.values()) > peak:
                peak, by_role = sum(roles.values()), roles
            time.sleep(0.25)  # often enough for a peak that lasts seconds; sampling costs CPU too

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    log, _ = process.communicate()
    seconds = time.perf_counter() - started
    watcher.join()
    if process.returncode != 0:
        sys.exit(log[-3000:])
    marks = [datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp() for stamp, _ in LOG_TIME.findall(log)]
    startup = marks[0] - started_wall if marks else float("nan")
    teardown = started_wall + seconds - marks[-1] if marks else float("nan")
    cpu_by_role: dict[str, float] = {}
    for role, used in cpu.values():
        cpu_by_role[role] = cpu_by_role.get(role, 0.0) + used
    return Run(
        log, seconds, startup, teardown, peak / 1e6, {role: rss / 1e6 for role, rss in by_role.items()}, cpu_by_role
    )


def stage_table(run: Run, articles: int, megabytes: float) -> list[str]:
    lines = []
    for name, unit, items_read, seconds_read, in_workers in STAGE_LINE.findall(run.log):
        items, seconds = int(items_read), float(seconds_read)
        rate = f"{items / seconds:9,.0f}/s" if seconds and items else " " * 11
        per_mb = (
            f"{megabytes * items / articles / seconds:6.2f} MB/s"
            if seconds and unit in ("documents", "articles")
            else ""
        )
        where = "per worker" if in_workers else ""
        lines.append(f"  {name:17s} {items:8d} {unit or '':9s} {seconds:7.2f} s {rate} {per_mb:11s} {where}")
    return lines


def contradiction_check(warehouse: Path, misreports: list[Misreport]) -> str:
    """How many planted misreports the run flagged, and how many numeric rows involve none.

    A misreport is flagged when it is a row's outlier, or either side of a row that says there
    is no consensus (an event only two articles report: which one is wrong, nothing tells).
    """
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    rows = con.execute(
        "select source_file_a, value_a, source_file_b, value_b, has_consensus from contradictions "
        "where kind = 'numeric'"
    ).fetchall()
    con.close()
    planted = {(m.source_file, round(m.stated_value, 6)) for m in misreports}
    found, unexplained = set(), 0
    for file_a, value_a, file_b, value_b, has_consensus in rows:
        sides = [(file_a, round(value_a, 6))] + ([] if has_consensus else [(file_b, round(value_b, 6))])
        hits = planted.intersection(sides)
        found |= hits
        unexplained += not hits
    return (
        f"contradictions: {len(found)} of {len(planted)} planted misreports flagged; "
        f"{unexplained} of {len(rows)} numeric rows involve none of them"
    )


def one_core_rates(raw: Path, sample: int, rounds: int = 3, chunk: int = 100) -> str:
    """Clean and extract on the first ``sample`` files' documents in this process (one core), and
    quantulum3 on the same cleaned texts when the ``bench`` extra is installed.

    This host's cores run up to a third slower for seconds at a time (other tenants: process
    CPU time slows with the wall clock), and quantulum3 takes fifty times as long as extraction.
    So every stage is timed in short pieces, each as exposed to a slow second as any other: the
    documents go in chunks of ``chunk``, each chunk cleaned and extracted from, then its texts
    given to quantulum3 one at a time. Over ``rounds`` rounds each piece keeps its fastest
    time, and a rate is the work over the sum of those: what the code does on a quiet core.
    Beside it, the sustained rate: all the work over all the time taken.
    """
    import polars as pl

    from flows.stages.clean.article import clean_documents
    from flows.stages.extract.article import extract_batch
    from flows.stages.ingest.discover import discover_files
    from flows.stages.ingest.read import ingest_files

    documents = ingest_files(discover_files(raw).head(sample), 8 << 20).filter(pl.col("status") == "new")
    chunks = [documents.slice(offset, chunk) for offset in range(0, len(documents), chunk)]
    cleaned = [clean_documents(part) for part in chunks]  # also the warm-up: imports, compiled patterns
    extract_batch(cleaned[0].articles, cleaned[0].sentences)
    texts = [text for batch in cleaned for text in batch.articles["clean_text"]]
    warnings.filterwarnings("ignore", module="quantulum3")  # it warns that its optional classifier is absent
    try:
        from quantulum3 import parser

        parser.parse(texts[0])  # warm-up: quantulum3 loads its unit tables on first use
    except ImportError:
        parser = None
    pieces: list[
        tuple[str, Callable[[], object]]
    ] = []  # (stage, work) in the order they are timed: a chunk's cleaning, its extraction, its texts
    for part, batch in zip(chunks, cleaned, strict=True):
        pieces += [
            ("clean", partial(clean_documents, part)),
            ("extract", partial(extract_batch, batch.articles, batch.sentences)),
        ]
        if parser is not None:
            pieces += [("quantulum3", partial(parser.parse, text)) for text in batch.articles["clean_text"]]
    fastest = [float("inf")] * len(pieces)
    spent: dict[str, float] = {}
    for _ in range(rounds):
        for n, (stage, work) in enumerate(pieces):
            started = time.perf_counter()
            work()
            took = time.perf_counter() - started
            fastest[n] = min(fastest[n], took)
            spent[stage] = spent.get(stage, 0.0) + took
    quiet_time: dict[str, float] = {}
    for (stage, _), took in zip(pieces, fastest, strict=True):
        quiet_time[stage] = quiet_time.get(stage, 0.0) + took
    done = {"clean": len(documents), "extract": len(texts), "quantulum3": len(texts)}
    quiet = {stage: done[stage] / took for stage, took in quiet_time.items()}
    sustained = {stage: rounds * done[stage] / took for stage, took in spent.items()}
    line = (
        f"one core, {len(texts)} articles, {rounds} rounds in short pieces, quiet (sustained): clean "
        f"{quiet['clean']:,.0f} ({sustained['clean']:,.0f}) articles/s, extract {quiet['extract']:,.0f} "
        f"({sustained['extract']:,.0f}) articles/s (claims, entities, quotes)"
    )
    if parser is None:
        return line + "; quantulum3 not installed (pip install -e '.[bench]'): comparison skipped"
    return line + (
        f"; quantulum3 {quiet['quantulum3']:,.1f} ({sustained['quantulum3']:,.1f}) articles/s "
        f"(quantities only): extraction {quiet['extract'] / quiet['quantulum3']:,.0f}x "
        f"({sustained['extract'] / sustained['quantulum3']:,.0f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runner", choices=["local", "dask"], help="passed to newsfacts run")
    parser.add_argument("--workers", type=int, help="passed to newsfacts run")
    parser.add_argument("--keep", type=Path, help="write the corpus and warehouse here instead of a temporary folder")
    parser.add_argument(
        "--one-core",
        type=int,
        default=300,
        help="files whose articles are cleaned and extracted on one core, and given to quantulum3 (0: skip)",
    )
    parser.add_argument("--no-rerun", action="store_true", help="skip the no-op incremental run")
    args = parser.parse_args()
    extra = [
        *(["--runner", args.runner] if args.runner else []),
        *(["--workers", str(args.workers)] if args.workers else []),
    ]

    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        raw, warehouse = root / "raw", root / "warehouse" / "news.duckdb"
        started = time.perf_counter()
        size, misreports = write_corpus(raw, args.articles)
        megabytes = size / 1e6
        print(
            f"corpus: {args.articles:,} articles, {megabytes:.1f} MB in {len(list(raw.iterdir())):,} files "
            f"(written in {time.perf_counter() - started:.1f} s)"
        )
        first = run_pipeline(raw, warehouse, extra)
        print("\n".join(stage_table(first, args.articles, megabytes)))
        print(
            f"end to end: {first.seconds:.1f} s for {args.articles:,} articles ({args.articles / first.seconds:,.0f} "
            f"articles/s, {megabytes / first.seconds:.2f} MB/s); start-up {first.startup:.1f} s, "
            f"teardown {first.teardown:.1f} s"
        )
        roles = ", ".join(f"{role} {mb:,.0f}" for role, mb in sorted(first.peak_by_role.items()))
        print(
            f"peak RSS of the run's processes together: {first.peak_rss_mb:,.0f} MB ({roles}); "
            f"warehouse: {warehouse.stat().st_size / 1e6:.1f} MB"
        )
        used = ", ".join(f"{role} {seconds:,.0f}" for role, seconds in sorted(first.cpu_by_role.items()))
        print(
            f"CPU seconds: {sum(first.cpu_by_role.values()):,.0f} ({used}) in {first.seconds:.0f} s on "
            f"{psutil.cpu_count()} cores"
        )
        print(contradiction_check(warehouse, misreports))
        if not args.no_rerun:
            noop = run_pipeline(raw, warehouse, extra)
            print(
                f"no-op incremental run: {noop.seconds:.1f} s, of which start-up {noop.startup:.1f} s "
                f"and teardown {noop.teardown:.1f} s"
            )
        if args.one_core:
            print(one_core_rates(raw, args.one_core))


if __name__ == "__main__":
    main()

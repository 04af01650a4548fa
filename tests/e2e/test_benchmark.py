"""The benchmark command keeps working: a tiny corpus through the whole flow, figures printed."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import PROJECT

BENCH = PROJECT / "bench" / "pipeline_bench.py"


def test_the_benchmark_prints_its_figures_for_a_small_corpus():
    done = subprocess.run(
        [sys.executable, str(BENCH), "--articles", "80", "--one-core", "10"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    out = done.stdout
    for stage in ("discover", "ingest", "clean", "extract", "load", "contradictions", "validate", "report"):
        assert f"  {stage} " in out
    assert "end to end:" in out and "peak RSS" in out and "CPU seconds" in out
    assert "no-op incremental run" in out and "one core" in out
    flagged, planted = map(int, out.split("contradictions: ")[1].split(" planted")[0].split(" of "))
    assert planted > 0 and flagged >= planted // 2  # the planted misreports are mostly found

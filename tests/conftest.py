"""Shared fixtures: the sample corpus and a writable raw folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from flows import warehouse

PROJECT = Path(__file__).resolve().parents[1]
SAMPLES = PROJECT / "data" / "raw"
FIXTURES = PROJECT / "tests" / "fixtures"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/e2e/ runs the pipeline in processes: marked slow, so that
    ``pytest -m "not slow"`` runs the rest in well under a minute."""
    for item in items:
        if "e2e" in item.path.parts:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """An empty raw folder."""
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


@pytest.fixture
def sample_raw(raw_dir: Path) -> Path:
    """A raw folder holding a copy of the sample articles."""
    for sample in SAMPLES.glob("*.txt"):
        shutil.copy(sample, raw_dir / sample.name)
    return raw_dir


@pytest.fixture
def con():
    """An empty in-memory warehouse with the whole schema applied."""
    connection = duckdb.connect()
    warehouse.apply_schema(connection)
    yield connection
    connection.close()


def shortfalls(scores: dict[str, tuple], thresholds: dict[str, tuple[float, float]]) -> list[str]:
    """The measures whose precision or recall is below its (precision, recall) threshold."""
    return [
        f"{name}: precision {scores[name][0]:.3f} < {p} or recall {scores[name][1]:.3f} < {r}"
        for name, (p, r) in thresholds.items()
        if scores[name][0] < p or scores[name][1] < r
    ]

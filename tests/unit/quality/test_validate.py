"""Validation of a run's rows with Great Expectations (flows/quality/validate.py)."""

from flows.quality.validate import validate_run
from tests.helpers import load


def test_a_run_id_that_reads_as_a_date_with_an_impossible_offset_still_validates(tmp_path):
    # the id's time and hex suffix parse as a date whose UTC offset is out of range
    con = load(tmp_path / "raw", {"a.txt": "Published June 10, 2025\n\nExports fell 3.1% in May."})
    results = validate_run(con, "20261230T180805-2582ad", tmp_path / "gx", 100)
    assert results and all(result.failed == 0 for result in results if result.suite != "no_contradictions")

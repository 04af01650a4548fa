"""The whole flow, for real, through the installed command line, on the samples plus bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import duckdb
import pytest

from tests.conftest import SAMPLES

EXOTIC_NAME = "<img src=x onerror=alert(1)>.md"


def newsfacts(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    """Run the pipeline twice on the same mixed folder; return the paths and outputs."""
    root = tmp_path_factory.mktemp("e2e")
    raw = root / "raw"
    shutil.copytree(SAMPLES, raw)
    (raw / "empty.txt").write_bytes(b"")
    shutil.copy(SAMPLES / "002_a44ccf034b124434.txt", raw / "copy_of_002.txt")
    good = {
        "url": "https://example.org/rates",
        "title": "Rates cut",
        "published_at": "2025-03-20T12:00:00Z",
        "source": "Example Wire",
        "text": "The central bank cut its policy rate by 0.25 percentage points "
        "to 4.5% on Thursday, its first cut in two years, the bank said in a statement.",
    }
    (raw / "wire.jsonl").write_text(json.dumps(good) + "\n{broken\n", encoding="utf-8")
    (raw / EXOTIC_NAME).write_text("not an article", encoding="utf-8")
    wh = root / "warehouse" / "news.duckdb"
    first = newsfacts("run", "--raw", str(raw), "--warehouse", str(wh))
    second = newsfacts("run", "--raw", str(raw), "--warehouse", str(wh), "--fail-on-contradiction")
    # a second warehouse in the same folder, of other articles
    other_raw = root / "other_raw"
    other_raw.mkdir()
    (other_raw / "wire.jsonl").write_text(json.dumps(good) + "\n", encoding="utf-8")
    other = newsfacts("run", "--raw", str(other_raw), "--warehouse", str(wh.with_name("other.duckdb")))
    return {"raw": raw, "warehouse": wh, "first": first, "second": second, "other": other}


def query(runs: dict, sql: str) -> list[tuple]:
    con = duckdb.connect(str(runs["warehouse"]), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_run_succeeds_and_says_where_the_report_is(runs):
    assert runs["first"].returncode == 0, runs["first"].stderr[-3000:]
    assert "report:" in runs["first"].stdout
    assert "10 inputs seen: 6 loaded, 2 quarantined, 2 skipped" in runs["first"].stdout


def test_the_exports_contradiction_is_found_with_evidence(runs):
    found = query(
        runs,
        "select source_file_a, value_a, value_b, evidence_a, evidence_b, severity "
        "from contradictions where kind = 'numeric'",
    )
    pairs = {(a, va, vb) for a, va, vb, *_ in found}
    assert ("001_4dec4dd0424579fa.txt", 12.7, 34.5) in pairs
    row = next(r for r in found if r[1] == 12.7)
    assert "12.7%" in row[3] and "34.5%" in row[4] and row[5] == "high"


def test_claims_carry_values_units_and_their_sentence(runs):
    claims = set(query(runs, "select source_file, value, unit from claims"))
    assert ("001_4dec4dd0424579fa.txt", 28.8e9, "USD") in claims
    assert ("004_6307ee0113ec1de7.txt", 70.0, "percent") in claims
    assert ("wire.jsonl#1", 0.25, "percentage_point") in claims
    spans = query(
        runs,
        "select substr(a.clean_text, c.char_start + 1, c.char_end - c.char_start), c.sentence "
        "from claims c join articles a using (article_id)",
    )
    assert all(quantity and quantity in sentence for quantity, sentence in spans)


def test_bad_input_is_quarantined_and_every_input_accounted_for(runs):
    quarantined = dict(query(runs, "select source_file, reason from quarantine"))
    assert quarantined["empty.txt"] == "empty file"
    assert "JSON" in quarantined["wire.jsonl#2"]
    ledger = dict(
        query(
            runs,
            "select source_file, coalesce(reason, status) from files where run_id = (select min(run_id) from runs)",
        )
    )
    assert ledger["copy_of_002.txt"] == "duplicate of 002_a44ccf034b124434.txt"
    assert ledger[EXOTIC_NAME] == "unknown extension .md"
    assert ledger["wire.jsonl#1"] == "loaded"
    for seen, loaded, quarantined_n, skipped in query(
        runs, "select files_seen, loaded, quarantined, skipped from runs"
    ):
        assert seen == loaded + quarantined_n + skipped == 10


def test_a_rerun_adds_nothing_and_can_gate_on_contradictions(runs):
    assert runs["second"].returncode == 1, runs["second"].stderr[-3000:]
    assert "--fail-on-contradiction" in runs["second"].stderr
    assert "0 loaded" in runs["second"].stdout
    counts = query(runs, "select claims, contradictions from runs order by started_at")
    assert counts[0] == counts[1]
    assert query(runs, "select count(*) from articles")[0][0] == 6


def test_every_suite_ran_and_passed(runs):
    results = query(
        runs,
        "select suite, bool_and(success), count(*) from validation_results "
        "where run_id = (select min(run_id) from runs) group by suite",
    )
    assert {suite for suite, *_ in results} == {
        "articles",
        "claims",
        "contradictions",
        "contradiction_candidates",
        "stories",
        "revisions",
        "entities",
        "mentions",
        "quotes",
        "files",
        "quarantine",
        "runs",
        "warehouse_totals",
        "no_contradictions",
    }
    assert all(ok for suite, ok, _ in results if suite != "no_contradictions"), results
    (listed,) = query(
        runs,
        "select observed from validation_results where suite = 'no_contradictions' "
        "and run_id = (select min(run_id) from runs)",
    )[0]
    assert "numeric:" in listed  # the failing suite names the contradictions


def run_ids(runs: dict) -> list[str]:
    return [run_id for (run_id,) in query(runs, "select run_id from runs order by started_at")]


def test_the_report_is_written_and_escapes_what_it_shows(runs):
    reports = runs["warehouse"].parent / "news-reports"
    page = (reports / f"report-{run_ids(runs)[0]}.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;.md" in page
    assert "<img" not in page and "<script" not in page
    assert "12.7%" in page and "34.5%" in page and "id='chart'" in page
    assert (reports / "latest.md").is_file()
    assert len(list(reports.glob("report-*.html"))) == 2


def test_a_run_with_nothing_new_keeps_the_findings_and_validation_and_says_whose_they_are(runs):
    first, second = run_ids(runs)
    assert (
        f"nothing new to validate; the latest validation (run {first}) had 1 failed expectation"
        in runs["second"].stdout
    )
    page = (runs["warehouse"].parent / "news-reports" / "latest.html").read_text(encoding="utf-8")
    assert f"Latest run {second}" in page and f"Findings as of run {first}" in page
    assert "12.7%" in page and "34.5%" in page  # the contradiction is still shown
    assert "href='suites/no_contradictions.html'" in page and f"As of run {first}" in page
    assert "Validation: 1 suite of 14 failed (no_contradictions)" in page


def test_warehouses_sharing_a_folder_keep_their_own_reports(runs):
    assert runs["other"].returncode == 0, runs["other"].stderr[-3000:]
    folder = runs["warehouse"].parent
    other = (folder / "other-reports" / "latest.html").read_text(encoding="utf-8")
    news = (folder / "news-reports" / "latest.html").read_text(encoding="utf-8")
    assert f"Warehouse {folder / 'other.duckdb'}" in other and "No contradictions to check." in other
    assert f"Warehouse {runs['warehouse']}" in news and "12.7%" in news
    assert (folder / "other-gx").is_dir() and (folder / "news-gx").is_dir()


def test_query_reads_in_three_formats_and_refuses_writes(runs):
    wh = str(runs["warehouse"])
    as_json = newsfacts(
        "query", "select source_file, value from claims where value = 12.7", "--warehouse", wh, "--format", "json"
    )
    assert json.loads(as_json.stdout) == [{"source_file": "001_4dec4dd0424579fa.txt", "value": 12.7}]
    as_csv = newsfacts("query", "select count(*) as n from articles", "--warehouse", wh, "--format", "csv")
    assert as_csv.stdout.splitlines() == ["n", "6"]
    nested = newsfacts(
        "query", "select name, aliases from entities where name = 'Scott Bessent'", "--warehouse", wh, "--format", "csv"
    )
    assert nested.returncode == 0 and "Scott Besant" in nested.stdout
    as_table = newsfacts("query", "select kind from contradictions", "--warehouse", wh)
    assert "numeric" in as_table.stdout
    joined = newsfacts(
        "query",
        "select a.source_file, b.source_file from articles a join articles b using (article_id)",
        "--warehouse",
        wh,
        "--format",
        "csv",
    )
    assert joined.returncode == 0 and joined.stdout.splitlines()[0] == "source_file,source_file_2"
    refused = newsfacts("query", "drop table fct_claims", "--warehouse", wh)
    assert refused.returncode == 2 and "read-only" in refused.stderr
    assert query(runs, "select count(*) from fct_claims")[0][0] > 0


def test_report_command_rewrites_the_latest_report(runs):
    latest = runs["warehouse"].parent / "news-reports" / "latest.html"
    latest.unlink()
    result = newsfacts("report", "--warehouse", str(runs["warehouse"]))
    assert result.returncode == 0 and latest.is_file()

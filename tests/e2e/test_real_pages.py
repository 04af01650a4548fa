"""Real pages of any kind, with hostile inputs mixed in, through one run: it exits 0, every input
has its ledger row, no article is lost, pages in other languages keep their language; and the
main text of the pages with a hand-checked body stays close to it."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import duckdb
import pytest

from tests.conftest import PROJECT
from tests.helpers import warc_record

PAGES = PROJECT / "tests" / "fixtures" / "real_pages" / "newspaper4k"
LANGUAGES = {
    "arabic_article": "ar",
    "burmese_article": "my",
    "chinese_article": "zh",
    "chinese_article_001": "zh",
    "chinese_article_002": "zh",
    "japanese_article": "ja",
    "japanese_article2": "ja",
    "latvian_article": "lv",
    "spanish_article": "es",
    "thai_article": "th",
    "cnn_article": "en",
    "time_001": "en",
}
STORY = (
    "Revenue rose 12% to $4.5 billion in the third quarter, the company said on Monday, beating the "
    "forecasts of analysts polled by the news agency."
)


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> dict:
    """One run over the real pages and a hostile mix; its warehouse and output."""
    root = tmp_path_factory.mktemp("real")
    raw = root / "raw"
    raw.mkdir()
    for page in PAGES.glob("*.html.gz"):
        (raw / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    hostile = raw / "hostile"
    hostile.mkdir()
    (hostile / "placeholder_date.html").write_text(
        '<html><head><script type="application/ld+json">{"datePublished": "0001-01-01T00:00:00+01:00"}</script>'
        f"<title>Revenue rises</title></head><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>",
        encoding="utf-8",
    )
    (hostile / "feed.jsonl").write_text(
        json.dumps({"title": "t", "published_at": "9999-12-31T23:59:59-05:00", "text": "Hi \ud83d. " + STORY})
        + "\n"
        + "{not json\n",
        encoding="utf-8",
    )
    (hostile / "deep.html").write_text(
        f"<html><body>{'<div>' * 100_000}<p>{STORY}</p>{'</div>' * 100_000}</body></html>", encoding="utf-8"
    )
    page = f"<html><body><p>{STORY}</p></body></html>"
    cut = gzip.decompress(warc_record(2, "https://example.org/2", page))
    (hostile / "crawl.warc.gz").write_bytes(warc_record(1, "https://example.org/1", page) + gzip.compress(cut[:-100]))
    (hostile / "stray.txt").write_bytes(STORY.encode() + b" \x81\x8d\x9d")
    (hostile / "loop_a.txt").symlink_to(hostile / "loop_b.txt")
    (hostile / "loop_b.txt").symlink_to(hostile / "loop_a.txt")
    (hostile / "<img src=x onerror=alert(1)>.txt").write_text(STORY, encoding="utf-8")
    (hostile / "x$\\undefinedmacro$.txt").write_text(STORY.replace("12%", "15%"), encoding="utf-8")
    warehouse = root / "w" / "news.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--quiet", "--raw", str(raw), "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    con = duckdb.connect(str(warehouse), read_only=True) if warehouse.exists() else None
    try:
        found = {
            name: con.execute(sql).fetchall() if con else []
            for name, sql in {
                "files": "select source_file, status, reason from files",
                "articles": "select source_file, language, published_at from articles",
                "runs": "select files_seen, loaded, quarantined, skipped, status from runs",
            }.items()
        }
    finally:
        if con:
            con.close()
    inputs = sum(1 for path in raw.rglob("*") if not path.is_dir())
    return {"done": done, "inputs": inputs, **found}


def test_the_run_completes_and_every_input_has_its_row(run):
    assert run["done"].returncode == 0, run["done"].stderr[-3000:]
    ((seen, loaded, quarantined, skipped, status),) = run["runs"]
    assert status == "completed" and seen == loaded + quarantined + skipped
    files = {name for name, _, _ in run["files"]}
    assert len(files) == seen
    assert all(reason for _, status, reason in run["files"] if status != "loaded")
    # a JSONL file and a web archive count once per line and record: one more row each than files
    assert seen == run["inputs"] + 1 + 1


def test_no_article_is_lost_and_other_languages_keep_theirs(run):
    statuses = {name: (status, reason) for name, status, reason in run["files"]}
    for body in PAGES.glob("*.txt"):  # the pages with a hand-checked article body
        assert statuses[f"{body.stem}.html"][0] in ("loaded", "skipped"), (body.stem, statuses[f"{body.stem}.html"])
    languages = {name.removesuffix(".html"): language for name, language, _ in run["articles"]}
    assert {name: languages.get(name) for name in LANGUAGES} == LANGUAGES


def test_the_hostile_inputs_are_read_repaired_or_quarantined(run):
    statuses = {name: (status, reason) for name, status, reason in run["files"]}
    dates = {name: published for name, _, published in run["articles"]}
    for name in (
        "placeholder_date.html",
        "feed.jsonl#1",
        "deep.html",
        "crawl.warc.gz#1",
        "stray.txt",
        "<img src=x onerror=alert(1)>.txt",
        "x$\\undefinedmacro$.txt",
    ):
        assert statuses[f"hostile/{name}"][0] == "loaded", (name, statuses[f"hostile/{name}"])
    assert dates["hostile/placeholder_date.html"] is None and dates["hostile/feed.jsonl#1"] is None
    for name, why in (("feed.jsonl#2", "JSON"), ("crawl.warc.gz#2", "cut short"), ("loop_a.txt", "symbolic links")):
        assert statuses[f"hostile/{name}"][0] == "quarantined" and why in statuses[f"hostile/{name}"][1]

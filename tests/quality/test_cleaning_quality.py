"""Boilerplate removal measured on hand-annotated pages of other sites.

Two sets, both written and annotated by people who never saw the cleaner:
- ``fixtures/pages``: 13 documents (seven plain-text site styles, three saved HTML pages, a
  JSONL export; English, German, Spanish). The cleaning rules were improved against it, so it
  now measures fit, not generalisation.
- ``fixtures/pages_holdout``: 9 documents in eight other site styles (English, French), written
  after those rules and never used to change them: the honest figure for unseen sites.
For each document the annotations list body passages that must survive and furniture that
must go. Run with ``-s`` (or ``make evaluate``) to see the figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest

from flows.stages.clean.article import clean_documents
from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import ingest_files
from tests.conftest import FIXTURES

# (folder, minimum precision, minimum recall). Article text lost is worse than furniture left
# in (a lost sentence is a lost claim; a kept "Subscribe" line costs little), so precision is
# held at 0.97 on both sets. Recall: 0.95 on the set the rules were fitted to; 0.75 on the
# held-out set, which measured 0.808 when written, so a rule change that loses generality fails.
SETS = [("pages", 0.97, 0.95), ("pages_holdout", 0.97, 0.75)]


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def _cleaned(pages: Path) -> dict[str, dict]:
    documents = ingest_files(discover_files(pages), 1_000_000).filter(pl.col("status") == "new")
    articles = clean_documents(documents).articles
    return {row["source_file"]: row for row in articles.iter_rows(named=True)}


@pytest.mark.parametrize(("folder", "min_precision", "min_recall"), SETS)
def test_boilerplate_removal_precision_and_recall(folder, min_precision, min_recall):
    pages = FIXTURES / folder
    gold = json.loads((pages / "annotations.json").read_text(encoding="utf-8"))
    articles = _cleaned(pages)
    removed = kept_furniture = lost_content = kept_content = 0
    misses = []
    for key, expected in gold.items():
        text = _norm(articles[key]["clean_text"]) if key in articles else ""
        for passage in expected["drop"]:
            if _norm(passage) in text:
                kept_furniture += 1
                misses.append(f"{key}: kept furniture {passage!r}")
            else:
                removed += 1
        for passage in expected["keep"]:
            if _norm(passage) in text:
                kept_content += 1
            else:
                lost_content += 1
                misses.append(f"{key}: lost content {passage!r}")
    precision = removed / (removed + lost_content)
    recall = removed / (removed + kept_furniture)
    report = (
        f"{folder}: boilerplate removal on {len(gold)} documents: precision {precision:.3f}, recall {recall:.3f} "
        f"({removed} furniture passages removed, {kept_furniture} kept; "
        f"{kept_content} content passages kept, {lost_content} lost)"
    )
    print("\n" + report + "\n" + "\n".join(misses))
    assert precision >= min_precision and recall >= min_recall, report + "\n" + "\n".join(misses)


def test_metadata_of_annotated_pages():
    pages = FIXTURES / "pages"
    gold = json.loads((pages / "annotations.json").read_text(encoding="utf-8"))
    articles = _cleaned(pages)
    language = sum(articles[k]["language"] == g["language"] for k, g in gold.items())
    dates = [(k, g["published_at"]) for k, g in gold.items() if g.get("published_at")]
    dated = sum(
        articles[k]["published_at"] is not None and articles[k]["published_at"].date().isoformat() == d
        for k, d in dates
    )
    titles = [(k, g["title"]) for k, g in gold.items() if g.get("title")]
    titled = sum(_norm(articles[k]["title"] or "") == _norm(t) for k, t in titles)
    print(f"\nlanguage {language}/{len(gold)}, published date {dated}/{len(dates)}, title {titled}/{len(titles)}")
    assert language == len(gold)
    assert dated >= 0.8 * len(dates)
    assert titled >= 0.8 * len(titles)

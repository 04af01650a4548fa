"""Boilerplate removal measured on hand-annotated pages of other sites (tests/fixtures/pages).

The pages were written and annotated independently of the cleaner: eleven files in seven
plain-text site styles, three saved HTML pages and a JSONL export, in English, German and
Spanish. For each document the annotations list body passages that must survive and furniture
that must go. Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl

from flows.clean import clean_documents
from flows.discover import discover_files
from flows.ingest import ingest_files

PAGES = Path(__file__).parent / "fixtures" / "pages"
# Thresholds: boilerplate left in is a nuisance, article text lost is worse (a lost sentence is
# a lost claim), so precision is held higher than recall. Measured when set: see the note of
# the cleaning issue.
MIN_PRECISION = 0.97
MIN_RECALL = 0.90


def _norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def _cleaned() -> dict[str, dict]:
    documents = ingest_files(discover_files(PAGES), 1_000_000).filter(pl.col("status") == "new")
    articles = clean_documents(documents).articles
    return {row["source_file"]: row for row in articles.iter_rows(named=True)}


def test_boilerplate_removal_precision_and_recall():
    gold = json.loads((PAGES / "annotations.json").read_text(encoding="utf-8"))
    articles = _cleaned()
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
    report = (f"boilerplate removal on {len(gold)} documents: precision {precision:.3f}, recall {recall:.3f} "
              f"({removed} furniture passages removed, {kept_furniture} kept; "
              f"{kept_content} content passages kept, {lost_content} lost)")
    print("\n" + report + "\n" + "\n".join(misses))
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, report + "\n" + "\n".join(misses)


def test_metadata_of_annotated_pages():
    gold = json.loads((PAGES / "annotations.json").read_text(encoding="utf-8"))
    articles = _cleaned()
    language = sum(articles[k]["language"] == g["language"] for k, g in gold.items())
    dates = [(k, g["published_at"]) for k, g in gold.items() if g.get("published_at")]
    dated = sum(articles[k]["published_at"] is not None
                and articles[k]["published_at"].date().isoformat() == d for k, d in dates)
    titles = [(k, g["title"]) for k, g in gold.items() if g.get("title")]
    titled = sum(_norm(articles[k]["title"] or "") == _norm(t) for k, t in titles)
    print(f"\nlanguage {language}/{len(gold)}, published date {dated}/{len(dates)}, title {titled}/{len(titles)}")
    assert language == len(gold)
    assert dated >= 0.8 * len(dates)
    assert titled >= 0.8 * len(titles)

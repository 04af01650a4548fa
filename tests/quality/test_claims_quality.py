"""Claim extraction measured on 18 hand-annotated articles of other subjects (tests/fixtures/claims).

The articles (economic releases, company results, disasters; .txt, .html, .jsonl) and their gold
claims were written by an annotator who never saw the extractor. Each gold claim is
matched to an extracted claim with the same value (within 0.5%) and unit; per field the test
reports precision (of the values the extractor filled in, how many are right), recall (of the
values the gold has, how many were found) and accuracy over matched claims, where null vs null
counts as right. Run with ``-s`` (or ``make evaluate``) to see the table.
"""

from __future__ import annotations

import json
import re

import polars as pl

from flows.stages.clean.article import clean_documents
from flows.stages.extract.article import extract_batch
from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import ingest_files
from tests.conftest import FIXTURES, shortfalls

CORPUS = FIXTURES / "claims"
FIELDS = ("metric", "subject", "object", "period", "direction", "basis", "qualifier", "state")
# What each field must reach, and why:
# - value+unit 0.95 both ways: a number that is not a claim becomes a false fact in the
#   warehouse, and a missed one a missed contradiction.
# - direction, qualifier, state: they decide whether two figures may be compared at all (a
#   forecast is never pitted against an actual), so precision 0.85-0.95.
# - metric, subject, period, basis, object: the gold's conventions go further than the rules
#   (a company's segment as subject, the article's reporting period for every figure), so
#   these are held just below what the extractor measured when written (metric 0.719/0.628,
#   subject 0.663, period 0.668/0.849, basis 0.857/0.417, object 0.714/0.250): a change that
#   makes them worse fails.
THRESHOLDS = {
    "value+unit": (0.95, 0.95),
    "direction": (0.85, 0.90),
    "qualifier": (0.90, 0.90),
    "state": (0.95, 0.60),
    "metric": (0.68, 0.60),
    "subject": (0.63, 0.63),
    "period": (0.64, 0.80),
    "basis": (0.80, 0.38),
    "object": (0.65, 0.22),
}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def _same_unit(gold: str, got: str) -> bool:
    return gold == got or {gold, got} <= {"count", "people"}


def _same(field: str, gold, got) -> bool:
    if gold is None or got is None:
        return gold is None and got is None
    gold, got = str(gold).lower().replace("_", " "), str(got).lower().replace("_", " ")
    if field in ("subject", "object"):
        return gold == got or gold in got or got in gold
    return gold == got


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def evaluate() -> dict[str, tuple[float, float, float]]:
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    documents = ingest_files(discover_files(CORPUS), 1_000_000)
    documents = documents.filter(pl.col("source_file").is_in(list(gold)))
    cleaned = clean_documents(documents)
    claims = extract_batch(cleaned.articles, cleaned.sentences).claims.join(
        cleaned.articles.select("article_id", "source_file"), on="article_id"
    )
    by_file: dict[str, list[dict]] = {}
    for row in claims.sort("char_start").iter_rows(named=True):
        by_file.setdefault(row["source_file"], []).append(row)

    extracted = sum(len(v) for v in by_file.values())
    expected = sum(len(g["claims"]) for g in gold.values())
    pairs = []
    for key, annotation in gold.items():
        got = by_file.get(key, [])
        used: set[int] = set()
        for claim in annotation["claims"]:
            candidates = [
                i
                for i, c in enumerate(got)
                if i not in used and _close(c["value"], claim["value"]) and _same_unit(claim["unit"], c["unit"])
            ]
            if not candidates:
                continue
            best = min(candidates, key=lambda i: _norm(claim["surface"]) not in _norm(got[i]["surface"]))
            used.add(best)
            pairs.append((claim, got[best]))

    scores = {"value+unit": (len(pairs) / extracted if extracted else 0.0, len(pairs) / expected, 1.0)}
    for field in FIELDS:
        predicted = [p for p in pairs if p[1][field] is not None]
        annotated = [p for p in pairs if p[0][field] is not None]
        precision = sum(_same(field, g[field], c[field]) for g, c in predicted) / max(len(predicted), 1)
        recall = sum(_same(field, g[field], c[field]) for g, c in annotated) / max(len(annotated), 1)
        accuracy = sum(_same(field, g[field], c[field]) for g, c in pairs) / max(len(pairs), 1)
        scores[field] = (precision, recall, accuracy)
    print(f"\nclaims: {expected} in gold, {extracted} extracted, {len(pairs)} matched on value and unit")
    print(f"{'field':12s} {'precision':>9s} {'recall':>7s} {'accuracy':>8s}")
    for field, (p, r, a) in scores.items():
        print(f"{field:12s} {p:9.3f} {r:7.3f} {a:8.3f}")
    return scores


def test_extraction_meets_its_thresholds_on_articles_of_other_subjects():
    scores = evaluate()
    below = shortfalls(scores, THRESHOLDS)
    assert not below, "\n".join(below)


def test_planted_non_claims_are_not_extracted():
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    documents = ingest_files(discover_files(CORPUS), 1_000_000).filter(pl.col("source_file").is_in(list(gold)))
    cleaned = clean_documents(documents)
    claims = extract_batch(cleaned.articles, cleaned.sentences).claims.join(
        cleaned.articles.select("article_id", "source_file"), on="article_id"
    )
    surfaces = {(r["source_file"], _norm(r["surface"])) for r in claims.iter_rows(named=True)}
    taken = [
        f"{k}: {n['surface']!r} ({n['why']})"
        for k, g in gold.items()
        for n in g["not_claims"]
        if (k, _norm(n["surface"])) in surfaces
    ]
    print(f"\nnon-claims taken: {len(taken)} of {sum(len(g['not_claims']) for g in gold.values())}")
    assert len(taken) <= 2, "\n".join(taken)

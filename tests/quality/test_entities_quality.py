"""Entity and quote extraction measured on the 16 articles of tests/fixtures/claims, whose people
(with their roles), organisations, places and quotes were annotated blind
(entities_gold.json). Run with ``-s`` (or ``make evaluate``) to see the figures.
"""

from __future__ import annotations

import json
import re

import polars as pl

from flows.stages.clean.article import clean_documents
from flows.stages.extract.entities import extract_mentions, extract_quotes
from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import ingest_files
from tests.conftest import FIXTURES, shortfalls

CORPUS = FIXTURES / "claims"
# People and speakers carry name variants, role conflicts and quote attribution, so they are held
# high. Organisations and places only feed claim subjects; their recall is low by design (a
# lowercase "transport ministry", a company named without an organisation word are not found)
# and held just below what was measured when written (organisations 0.720/0.429, places
# 0.800/0.702), so a change that makes them worse fails.
THRESHOLDS = {
    "people": (0.85, 0.85),
    "roles": (0.0, 0.75),
    "quote speakers": (0.80, 0.80),
    "organisations": (0.65, 0.40),
    "places": (0.75, 0.65),
}


def _score(found: set, expected: set) -> tuple[int, int, int]:
    return len(found & expected), len(found), len(expected)


def _opening(text: str) -> str:
    """The first six words of a quotation, without punctuation."""
    return " ".join(re.sub(r"[^\w\s']", "", text).split()[:6])


def evaluate() -> dict[str, tuple[float, float]]:
    gold = json.loads((CORPUS / "entities_gold.json").read_text(encoding="utf-8"))
    documents = ingest_files(discover_files(CORPUS), 1_000_000).filter(pl.col("source_file").is_in(list(gold)))
    articles = {r["source_file"]: r["clean_text"] for r in clean_documents(documents).articles.iter_rows(named=True)}
    totals = {kind: [0, 0, 0] for kind in THRESHOLDS}
    for key, expected in gold.items():
        mentions = extract_mentions(articles[key])
        quotes = extract_quotes(articles[key], mentions)
        by_kind = {kind: {m.name for m in mentions if m.type == kind} for kind in ("person", "organisation", "place")}
        surfaces = {m.surface for m in mentions if m.type == "place"} | by_kind["place"]
        counts = {
            "people": _score(by_kind["person"], {p["name"] for p in expected["people"]}),
            "organisations": _score(by_kind["organisation"], set(expected["organisations"])),
            "places": (len(surfaces & set(expected["places"])), len(by_kind["place"]), len(expected["places"])),
        }
        roles = {(m.name, m.role.lower()) for m in mentions if m.type == "person" and m.role}
        expected_roles = [(p["name"], r.lower()) for p in expected["people"] for r in p["roles"]]
        found_roles = sum(
            any(n == name and (r in role or role in r) for n, r in roles) for name, role in expected_roles
        )
        counts["roles"] = (found_roles, len(roles), len(expected_roles))
        spoken = {(_opening(q.text), q.speaker) for q in quotes}
        expected_quotes = {(_opening(q["starts_with"]), q["speaker"]) for q in expected["quotes"]}
        counts["quote speakers"] = _score(spoken, expected_quotes)
        for kind, (hit, got, want) in counts.items():
            totals[kind][0] += hit
            totals[kind][1] += got
            totals[kind][2] += want
    scores = {kind: (hit / max(got, 1), hit / max(want, 1)) for kind, (hit, got, want) in totals.items()}
    print(f"\n{'entities':15s} {'precision':>9s} {'recall':>7s}  (found, extracted, expected)")
    for kind, (p, r) in scores.items():
        print(f"{kind:15s} {p:9.3f} {r:7.3f}  {tuple(totals[kind])}")
    return scores


def test_entities_and_quotes_meet_their_thresholds():
    scores = evaluate()
    below = shortfalls(scores, THRESHOLDS)
    assert not below, "\n".join(below)

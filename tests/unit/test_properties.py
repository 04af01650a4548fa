"""Random input through ingest, clean and extract: whatever arrives, no exception escapes."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.stages.clean.article import clean_article
from flows.stages.extract.claims import extract_claims
from flows.stages.extract.entities import extract_mentions, extract_quotes
from flows.stages.ingest.read import read_documents

# Text made of the pieces news is made of, so the rules' branches are reached, not only noise.
NEWSY = st.lists(
    st.sampled_from(
        [
            *"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:%$€£-–—'\"“”\n",
            " rose ",
            " fell ",
            " in May ",
            " 2025 ",
            " billion ",
            " said ",
            " President ",
            "Related Posts\n",
            " per cent ",
            " from ",
            " to ",
            "\n\n",
            "•",
            "»",
            "|",
            " killing at least ",
            " Chief Executive ",
            " of the ",
            "a third",
            " year-on-year ",
            " Q1 ",
            "Published May 3, 2024\n",
        ]
    ),
    max_size=150,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".md"]))
def test_random_bytes_become_documents_or_reasons(tmp_path: Path, data: bytes, suffix: str):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for document in read_documents(path, path.name, len(data), 1_000_000):
        assert document.status in ("new", "quarantined", "skipped")
        assert document.status == "new" or document.reason


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(max_size=600), NEWSY), fmt=st.sampled_from(["txt", "html", "jsonl"]))
def test_random_text_cleans_and_extracts_with_valid_offsets(text: str, fmt: str):
    article = clean_article(text, fmt)
    clean = article.clean_text
    for start, end in article.sentences:
        assert 0 <= start < end <= len(clean)
    for claim in extract_claims(clean, article.sentences, article.published_at):
        assert clean[claim.char_start : claim.char_end] == claim.surface
    mentions = extract_mentions(clean)
    for mention in mentions:
        assert clean[mention.char_start : mention.char_end] == mention.surface
    for quote in extract_quotes(clean, mentions):
        assert clean[quote.char_start : quote.char_end] == quote.text

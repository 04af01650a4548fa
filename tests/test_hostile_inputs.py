"""Odd and hostile input, case by case: each is read, repaired or quarantined with a reason, and
none raises. The whole-run counterpart is tests/test_real_pages.py."""

from __future__ import annotations

import gzip
import json
import math
import os
from datetime import datetime, timedelta

import pytest

from flows.stages.extract.claims import extract_claims
from flows.stages.clean.article import clean_article, normalise
from flows.stages.clean.dates import find_date, publication_date
from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import decode_with_repairs, ingest_files
from flows.stages.clean.sentences import sentence_spans
from tests.test_ingest import warc_record

STORY = ("Revenue rose 12% to $4.5 billion in the third quarter, the company said on Monday, beating the "
         "forecasts of analysts polled by the news agency.")


def documents(raw_dir) -> dict[str, dict]:
    return {row["source_file"]: row for row in ingest_files(discover_files(raw_dir), 1_000_000).iter_rows(named=True)}


@pytest.mark.parametrize("written", [
    "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00", "1970-01-01T00:00:00Z",
    "1985-06-01", (datetime.now() + timedelta(days=3)).isoformat(), "Monday", "May 5", "not a date",
])
def test_placeholder_impossible_and_partial_dates_are_no_dates(written):
    assert publication_date(written) is None and find_date(written) is None


@pytest.mark.parametrize(("written", "expected"), [
    ("2025-10-31T09:00:00+02:00", datetime(2025, 10, 31, 7)), ("Published July 1, 2007", datetime(2007, 7, 1)),
])
def test_real_dates_are_read(written, expected):
    assert (find_date(written) or publication_date(written)) == expected


def test_a_placeholder_date_gives_way_to_the_date_the_page_shows():
    page = (f'<html><head><script type="application/ld+json">{{"datePublished": "0001-01-01T00:00:00Z"}}</script>'
            f'<title>Revenue rises</title></head><body><article><p>By Jane Doe, March 3, 2025</p><p>{STORY}</p>'
            f"<p>{STORY.replace('12%', '13%')}</p></article></body></html>")
    assert clean_article(page, "html").published_at == datetime(2025, 3, 3)


def test_no_date_arithmetic_leaves_the_calendar():
    text = "Exports fell 3% on Monday, the ministry said."
    for published in (datetime(1, 1, 1), datetime(9999, 12, 31)):
        (claim,) = extract_claims(text, sentence_spans(text), published)
        assert claim.value == 3.0


def test_a_string_of_digits_is_not_a_figure():
    text = f"The fund grew by {'9' * 400} dollars, and revenue rose 12% last year, officials said."
    claims = extract_claims(text, sentence_spans(text))
    assert [c.value for c in claims] == [12.0] and all(math.isfinite(c.value) for c in claims)


def test_control_characters_never_reach_the_clean_text():
    assert normalise("Growth was 3%\x00 in\x0b the first \x85quarter.") == "Growth was 3% in the first quarter."


def test_utf8_with_stray_bytes_is_read_as_utf8_and_says_so():
    text, encoding, repairs = decode_with_repairs("Caf\u00e9 prices, na\u00efve hopes: 4\u00a0%.".encode() + b" \x81\x8d")
    assert encoding == "utf-8" and text.startswith("Caf\u00e9 prices") and "2 invalid" in repairs


def test_ascii_with_bytes_cp1252_leaves_undefined_is_read_as_windows_1252():
    text, encoding, repairs = decode_with_repairs(b"Prices rose 4% in May \x81\x9d said the office.")
    assert encoding == "cp1252" and text.startswith("Prices rose 4% in May") and "undefined" in repairs


def test_text_in_another_legacy_encoding_is_guessed_and_says_so():
    japanese = "東京の物価は５月に前年同月比で３・２％上昇した。総務省が発表した。" * 5
    text, encoding, repairs = decode_with_repairs(japanese.encode("shift_jis"))
    assert text == japanese and "guess" in repairs


def test_a_json_line_with_half_a_surrogate_pair_is_read_with_a_warning(raw_dir):
    line = json.dumps({"title": "t", "published_at": "2025-05-01", "text": "Hello \ud83d world. " + STORY})
    (raw_dir / "feed.jsonl").write_text(line + "\n", encoding="utf-8")
    (document,) = documents(raw_dir).values()
    assert document["status"] == "new" and "\ufffd world" in document["text"] and "surrogate" in document["warning"]


def test_a_web_archive_cut_short_quarantines_its_cut_records(raw_dir):
    page = f"<html><body><p>{STORY}</p></body></html>"
    whole = warc_record(1, "https://example.org/1", page)
    cut = gzip.decompress(warc_record(2, "https://example.org/2", page))
    in_body, in_headers = gzip.compress(cut[:len(cut) - 100]), gzip.compress(cut[:60])
    (raw_dir / "body.warc.gz").write_bytes(whole + in_body)
    (raw_dir / "headers.warc.gz").write_bytes(whole + in_headers)
    found = documents(raw_dir)
    assert found["body.warc.gz#1"]["status"] == found["headers.warc.gz#1"]["status"] == "new"
    assert found["body.warc.gz#2"]["status"] == "quarantined" and "cut short" in found["body.warc.gz#2"]["reason"]
    assert found["headers.warc.gz#2"]["status"] == "quarantined" and "cut short" in found["headers.warc.gz#2"]["reason"]


def test_link_loops_broken_links_and_pipes_are_inputs_with_a_reason(raw_dir):
    (raw_dir / "a.txt").symlink_to(raw_dir / "b.txt")
    (raw_dir / "b.txt").symlink_to(raw_dir / "a.txt")
    (raw_dir / "gone.txt").symlink_to(raw_dir / "missing.txt")
    os.mkfifo(raw_dir / "pipe.txt")  # reading it would wait for a writer for ever
    (raw_dir / "story.txt").write_text(STORY, encoding="utf-8")
    found = documents(raw_dir)
    assert found["story.txt"]["status"] == "new"
    for name, reason in (("a.txt", "symbolic links"), ("b.txt", "symbolic links"), ("gone.txt", "No such file"),
                         ("pipe.txt", "not a regular file")):
        assert found[name]["status"] == "quarantined" and reason in found[name]["reason"], found[name]


def test_a_page_nested_deeper_than_any_real_one_keeps_its_text():
    depth = 100_000  # the HTML parser's time grows with the square of the depth: 13 s for this page unflattened
    page = f"<html><body>{'<div>' * depth}<p>{STORY}</p>{'</div>' * depth}</body></html>"
    assert STORY[:40] in clean_article(page, "html").clean_text

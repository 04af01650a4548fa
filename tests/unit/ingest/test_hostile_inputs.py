"""Odd and hostile input read case by case: repaired and read with a warning, or quarantined
with a reason; none raises."""

from __future__ import annotations

import gzip
import json
import os

from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import decode_with_repairs, ingest_files
from tests.helpers import warc_record

STORY = (
    "Revenue rose 12% to $4.5 billion in the third quarter, the company said on Monday, beating the "
    "forecasts of analysts polled by the news agency."
)


def documents(raw_dir) -> dict[str, dict]:
    return {row["source_file"]: row for row in ingest_files(discover_files(raw_dir), 1_000_000).iter_rows(named=True)}


def test_utf8_with_stray_bytes_is_read_as_utf8_and_says_so():
    text, encoding, repairs = decode_with_repairs(
        "Caf\u00e9 prices, na\u00efve hopes: 4\u00a0%.".encode() + b" \x81\x8d"
    )
    assert encoding == "utf-8" and text.startswith("Caf\u00e9 prices") and "2 invalid" in repairs


def test_ascii_with_bytes_cp1252_leaves_undefined_is_read_as_windows_1252():
    text, encoding, repairs = decode_with_repairs(b"Prices rose 4% in May \x81\x9d said the office.")
    assert encoding == "cp1252" and text.startswith("Prices rose 4% in May") and "undefined" in repairs


def test_text_in_another_legacy_encoding_is_guessed_and_says_so():
    japanese = "東京の物価は５月に前年同月比で３・２％上昇した。総務省が発表した。" * 5
    text, _, repairs = decode_with_repairs(japanese.encode("shift_jis"))
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
    in_body, in_headers = gzip.compress(cut[: len(cut) - 100]), gzip.compress(cut[:60])
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
    for name, reason in (
        ("a.txt", "symbolic links"),
        ("b.txt", "symbolic links"),
        ("gone.txt", "No such file"),
        ("pipe.txt", "not a regular file"),
    ):
        assert found[name]["status"] == "quarantined" and reason in found[name]["reason"], found[name]

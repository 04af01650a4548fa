import json
from pathlib import Path

import polars as pl
import pytest

from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import BadInput, decode_text, ingest_files
from tests.helpers import warc_record

TEXT = "Café owners in Zürich said prices rose 4.5% – the “fastest” pace since 2008. Naïve hopes faded."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_decodes_common_encodings_without_mojibake(encoding):
    text, _ = decode_text(TEXT.encode(encoding))
    assert text == TEXT


def test_latin1_text_decodes_cleanly():
    text = "Le déficit a atteint 5,1 % du PIB, a déclaré le ministre à Paris."
    assert decode_text(text.encode("latin-1"))[0] == text


def test_binary_content_is_refused():
    with pytest.raises(BadInput, match="binary"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def ingest_folder(folder: Path, max_bytes: int = 1_000_000):
    return ingest_files(discover_files(folder), max_bytes)


def test_every_input_gets_a_status_and_bad_ones_a_reason(raw_dir):
    (raw_dir / "good.txt").write_text("Exports rose 5% in May, the ministry said on Tuesday.", encoding="utf-8")
    (raw_dir / "empty.txt").write_bytes(b"")
    (raw_dir / "blank.html").write_text(" \n\t \n", encoding="utf-8")
    (raw_dir / "image.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (raw_dir / "notes.md").write_text("# not an article format", encoding="utf-8")
    (raw_dir / "big.txt").write_text("word " * 1000, encoding="utf-8")
    sub = raw_dir / "nested"
    sub.mkdir()
    (sub / "deep.htm").write_text("<html><body><p>Hello there.</p></body></html>", encoding="utf-8")

    docs = {row["source_file"]: row for row in ingest_folder(raw_dir, max_bytes=4000).iter_rows(named=True)}

    assert docs["good.txt"]["status"] == "new" and docs["good.txt"]["format"] == "txt"
    assert docs["nested/deep.htm"]["format"] == "html"
    assert (docs["empty.txt"]["status"], docs["empty.txt"]["reason"]) == ("quarantined", "empty file")
    assert docs["blank.html"]["status"] == "quarantined" and "whitespace" in docs["blank.html"]["reason"]
    assert docs["image.txt"]["status"] == "quarantined" and "binary" in docs["image.txt"]["reason"]
    assert docs["notes.md"]["status"] == "skipped" and ".md" in docs["notes.md"]["reason"]
    assert docs["big.txt"]["status"] == "quarantined" and "limit" in docs["big.txt"]["reason"]


def test_jsonl_lines_become_documents_and_a_bad_line_is_quarantined_alone(raw_dir):
    good = {
        "url": "https://example.org/a",
        "title": "Rates",
        "published_at": "2025-10-31T09:00:00Z",
        "source": "Example Times",
        "text": "The central bank cut rates by 0.25 percentage points.",
    }
    lines = [
        json.dumps(good),
        "{not json",
        "",
        json.dumps([1, 2]),
        json.dumps({"title": "no text"}),
        json.dumps({**good, "text": "Another article, about inflation at 2.1 per cent."}),
    ]
    (raw_dir / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    docs = {row["source_file"]: row for row in ingest_folder(raw_dir).iter_rows(named=True)}

    assert set(docs) == {"export.jsonl#1", "export.jsonl#2", "export.jsonl#4", "export.jsonl#5", "export.jsonl#6"}
    assert docs["export.jsonl#1"]["status"] == "new"
    assert docs["export.jsonl#1"]["publisher"] == "Example Times"
    assert docs["export.jsonl#1"]["url"] == "https://example.org/a"
    assert docs["export.jsonl#2"]["status"] == "quarantined" and "JSON" in docs["export.jsonl#2"]["reason"]
    assert docs["export.jsonl#4"]["status"] == "quarantined"
    assert docs["export.jsonl#5"]["status"] == "quarantined" and "text" in docs["export.jsonl#5"]["reason"]
    assert docs["export.jsonl#6"]["status"] == "new"
    assert docs["export.jsonl#1"]["content_hash"] != docs["export.jsonl#6"]["content_hash"]


def test_jsonl_text_standfirst_outlet_and_authors_under_other_names_are_read(raw_dir):
    prose = " ".join(["The council voted on Thursday to close seven of its 23 branch libraries."] * 5)
    lines = [
        {
            "title": "Libraries",
            "subtitle": "Seven branches will shut.",
            "body_text": prose,
            "publication": "The Standard",
        },
        {"title": "Unnamed", "authors": ["Ana Vik", "Per Lund"], "source": {"name": "Wire"}, "copy": prose},
        {"title": "Lead kept", "summary": "The council voted on Thursday to close", "text": prose},
        {"title": "Too short", "note": "Seven libraries close."},
    ]
    (raw_dir / "export.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")

    docs = {row["source_file"]: row for row in ingest_folder(raw_dir).iter_rows(named=True)}

    first, second, third, short = (docs[f"export.jsonl#{n}"] for n in range(1, 5))
    assert (first["text"], first["publisher"]) == (f"Seven branches will shut.\n\n{prose}", "The Standard")
    assert (second["text"], second["author"], second["publisher"]) == (prose, "Ana Vik, Per Lund", "Wire")
    assert third["text"] == prose  # a summary the text starts with is not repeated
    assert short["status"] == "quarantined"


def test_jsonl_fields_named_as_other_exporters_name_them_are_read(raw_dir):
    lines = [
        {"headline": "Rates", "published": "2025-10-31T09:00:00Z", "publisher": "Example Times", "body": "Rates fell."},
        {"title": "Prices", "datePublished": "2025-11-02", "content": "Prices rose 2.1 per cent."},
        {"title": "Both", "text": "The text field wins.", "body": "Not this one."},
    ]
    (raw_dir / "export.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")

    docs = {row["source_file"]: row for row in ingest_folder(raw_dir).iter_rows(named=True)}

    first, second, both = docs["export.jsonl#1"], docs["export.jsonl#2"], docs["export.jsonl#3"]
    assert (first["status"], first["text"], first["title"]) == ("new", "Rates fell.", "Rates")
    assert (first["published_at"], first["publisher"]) == ("2025-10-31T09:00:00Z", "Example Times")
    assert (second["text"], second["published_at"]) == ("Prices rose 2.1 per cent.", "2025-11-02")
    assert both["text"] == "The text field wins."


def test_identical_bytes_give_identical_hashes(raw_dir):
    (raw_dir / "a.txt").write_text("Same words, same hash.", encoding="utf-8")
    (raw_dir / "b.txt").write_text("Same words, same hash.", encoding="utf-8")
    hashes = ingest_folder(raw_dir)["content_hash"].to_list()
    assert hashes[0] == hashes[1] and len(hashes[0]) == 16


def test_a_broken_link_is_quarantined_not_lost(raw_dir):
    (raw_dir / "gone.txt").symlink_to(raw_dir / "nowhere.txt")
    (document,) = ingest_folder(raw_dir).iter_rows(named=True)
    assert document["source_file"] == "gone.txt"
    assert document["status"] == "quarantined" and document["reason"].startswith("cannot read")


def test_transient_read_errors_are_retried(tmp_path, monkeypatch):
    from flows.stages.ingest import read as ingest

    calls = []

    def flaky(self):
        calls.append(self)
        if len(calls) < 3:
            raise OSError(5, "Input/output error")
        return b"data"

    monkeypatch.setattr(Path, "read_bytes", flaky)
    assert ingest.read_with_retries(tmp_path / "a.txt", backoff_seconds=0) == b"data"
    assert len(calls) == 3


def test_a_missing_file_is_not_retried(tmp_path):
    from flows.stages.ingest import read as ingest

    with pytest.raises(FileNotFoundError):
        ingest.read_with_retries(tmp_path / "missing.txt", backoff_seconds=10)


def test_warc_archives_are_streamed_record_by_record(raw_dir):
    page = (
        "<html><head><title>Exports</title></head><body><article><p>Exports rose 5% in May from a year "
        "earlier, the trade ministry said on Monday in a statement.</p></article></body></html>"
    )
    (raw_dir / "crawl.warc.gz").write_bytes(
        warc_record(1, "https://example.org/req", "", record_type="request")
        + warc_record(2, "https://example.org/exports", page)
        + warc_record(3, "https://example.org/report.pdf", "%PDF-1.4", content_type="application/pdf")
    )
    assert (raw_dir / "crawl.warc.gz").stat().st_size > 400  # the size limit applies to each record
    docs = {row["source_file"]: row for row in ingest_folder(raw_dir, max_bytes=400).iter_rows(named=True)}
    assert set(docs) == {"crawl.warc.gz#2", "crawl.warc.gz#3"}
    page_doc = docs["crawl.warc.gz#2"]
    assert (page_doc["status"], page_doc["format"], page_doc["url"]) == ("new", "warc", "https://example.org/exports")
    assert page_doc["published_at"].startswith("2025-06-10")
    assert docs["crawl.warc.gz#3"]["status"] == "skipped" and "application/pdf" in docs["crawl.warc.gz#3"]["reason"]

    from flows.stages.clean.article import clean_documents

    (article,) = clean_documents(ingest_folder(raw_dir).filter(pl.col("status") == "new")).articles.iter_rows(
        named=True
    )
    assert article["clean_text"].startswith("Exports rose 5% in May")


def test_a_broken_warc_archive_is_quarantined(raw_dir):
    (raw_dir / "bad.warc.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (document,) = ingest_folder(raw_dir).iter_rows(named=True)
    assert document["status"] == "quarantined"


def test_discovery_follows_linked_folders_once_and_keeps_broken_links(raw_dir):
    (raw_dir / "sub").mkdir()
    (raw_dir / "sub" / "a.txt").write_text("An article.", encoding="utf-8")
    (raw_dir / "sub" / "loop").symlink_to(raw_dir)  # a link back up must not loop forever
    (raw_dir / "gone.txt").symlink_to(raw_dir / "missing.txt")
    found = discover_files(raw_dir)
    assert found["source_file"].to_list() == ["gone.txt", "sub/a.txt"]
    assert found["size_bytes"].to_list() == [0, 11]


def test_an_archive_is_read_in_chunks_as_they_are_asked_for(raw_dir):
    from flows.stages.ingest.read import archive_chunks

    (raw_dir / "crawl.warc.gz").write_bytes(
        b"".join(
            warc_record(n, f"https://example.org/{n}", f"<html><body><p>Story {n} of the day.</p></body></html>")
            for n in range(1, 6)
        )
    )
    chunks = archive_chunks(discover_files(raw_dir), 1_000_000, rows=2)
    first = next(chunks)  # read before the rest of the archive is touched
    assert first["source_file"].to_list() == ["crawl.warc.gz#1", "crawl.warc.gz#2"]
    assert [len(c) for c in chunks] == [2, 1]

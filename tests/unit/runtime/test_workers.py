from functools import partial

import polars as pl

from flows.runtime.workers import Workers, split
from flows.stages.ingest.discover import discover_files
from flows.stages.ingest.read import ingest_files
from flows.stages.transform import concat_transformed, given_up, transform_documents
from tests.conftest import SAMPLES


def test_split_keeps_every_row_once_in_order():
    frame = pl.DataFrame({"i": range(10)})
    parts = split(frame, 3)
    assert [len(p) for p in parts] == [4, 4, 2]
    assert pl.concat(parts).equals(frame)
    assert len(split(frame.head(2), 8)) == 2


def test_worker_processes_give_the_same_frames_as_one_process():
    documents = ingest_files(discover_files(SAMPLES), 1_000_000)
    many = pl.concat([documents.with_columns(pl.col("content_hash") + str(i)) for i in range(16)])  # 80 documents
    workers = Workers(2)
    try:
        parts = workers.map_chunks(
            partial(transform_documents, document_seconds=10), many, partial(given_up, reason="never")
        )
    finally:
        workers.close()
    assert len(parts) == 2
    together, alone = concat_transformed(parts), transform_documents(many, 10)
    for name in ("articles", "sentences", "rejected", "minhashes", "bands"):
        assert getattr(together.cleaned, name).equals(getattr(alone.cleaned, name)), name
    for name in ("claims", "mentions", "quotes"):
        assert getattr(together.extracted, name).equals(getattr(alone.extracted, name)), name
    assert together.clean_seconds > 0 and together.extract_seconds > 0

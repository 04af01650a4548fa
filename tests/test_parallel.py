import polars as pl

from flows.clean import clean_documents
from flows.discover import discover_files
from flows.extract import extract_batch
from flows.ingest import ingest_files
from flows.parallel import Workers
from tests.conftest import SAMPLES


def test_worker_processes_give_the_same_frames_as_one_process():
    documents = ingest_files(discover_files(SAMPLES), 1_000_000)
    many = pl.concat([documents.with_columns(pl.col("content_hash") + str(i)) for i in range(16)])  # 80 documents
    workers = Workers(2)
    try:
        cleaned = workers.map_frames(clean_documents, many)
        extracted = workers.map_frames(extract_batch, cleaned.articles, cleaned.sentences, key="article_id")
    finally:
        workers.close()
    alone = clean_documents(many)
    assert cleaned.articles.equals(alone.articles) and cleaned.sentences.equals(alone.sentences)
    alone_extracted = extract_batch(alone.articles, alone.sentences)
    for name in ("claims", "mentions", "quotes"):
        assert getattr(extracted, name).equals(getattr(alone_extracted, name)), name

-- ingest_ledger: one row per input (file, JSONL line) per run that saw it.
-- status: loaded | quarantined | skipped; reason says why for the last two.
create table if not exists ingest_ledger (
    source_file   varchar not null,
    content_hash  varchar,
    status        varchar not null,
    reason        varchar,
    run_id        varchar not null,
    seen_at       timestamp not null
);

-- ingest_ledger: one row per input (file, JSONL line) per run that saw it.
-- status: loaded | quarantined | skipped; reason says why for the last two.
create table if not exists ingest_ledger (
    source_file  varchar not null,
    content_hash varchar,
    status       varchar not null,
    reason       varchar,
    run_id       varchar not null,
    seen_at      timestamp not null
);
-- The file a row comes from (a JSONL line's or WARC record's file), with the size and
-- modification time it had when read; a file seen again with both unchanged is not read again
-- (sql/load/unchanged_inputs.sql). Added after the first release: kept by `add column if not
-- exists` for warehouses created before.
alter table ingest_ledger add column if not exists input_file varchar;
alter table ingest_ledger add column if not exists size_bytes bigint;
alter table ingest_ledger add column if not exists mtime_ns bigint;

-- files: public view, the ingest ledger: one row per input per run that saw it.
create or replace view files as
select source_file, content_hash, status, reason, run_id, seen_at from ingest_ledger;

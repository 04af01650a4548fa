-- load_ledger: record what became of every input of a batch (registered frame batch_ledger),
-- and the quarantined ones with their reasons. Runs inside the caller's transaction, for every
-- batch, even one with nothing new to load.
insert into ingest_ledger by name
select source_file, content_hash, status, reason, run_id, seen_at, input_file, size_bytes, mtime_ns from batch_ledger;

insert into quarantined_inputs by name
select source_file, content_hash, reason, run_id, seen_at as detected_at
from batch_ledger where status = 'quarantined';

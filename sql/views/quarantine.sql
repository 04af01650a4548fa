-- quarantine: public view, one row per bad input per run that found it.
create or replace view quarantine as
select source_file, reason, detected_at, run_id, content_hash from quarantined_inputs;

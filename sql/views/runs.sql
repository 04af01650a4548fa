-- runs: public view, one row per pipeline run; files_seen = loaded + quarantined + skipped.
create or replace view runs as
select run_id, started_at, finished_at, files_seen, loaded, quarantined, skipped, claims,
       contradictions, status, raw_dir
from pipeline_runs;

-- quarantined_inputs: one row per input the given run ($1) quarantined or skipped.
select source_file, status, reason
from files
where run_id = $1 and status <> 'loaded'
order by status, source_file;

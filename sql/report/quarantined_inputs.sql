-- quarantined_inputs: one row per input the given run ($run) quarantined, at most $limit of them.
select source_file, reason
from files
where run_id = $run and status = 'quarantined'
order by source_file
limit $limit;

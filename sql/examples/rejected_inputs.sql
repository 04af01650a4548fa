-- Which inputs were not loaded in the latest run, and why?
select source_file, status, reason
from files
where run_id = (select run_id from runs order by started_at desc limit 1)
  and status <> 'loaded'
order by status, source_file;

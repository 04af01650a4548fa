-- skipped_inputs: one row per reason the given run ($run) skipped inputs for, with how many
-- and one of them; copies of different files count under one reason.
select case when reason like 'duplicate of %' then 'an exact copy of another input'
            when reason like 'already quarantined: %' then 'already quarantined, unchanged'
            else reason end as reason,
       count(*) as inputs,
       min(source_file) as example
from files
where run_id = $run and status = 'skipped'
group by all
order by inputs desc, reason asc;

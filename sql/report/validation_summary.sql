-- validation_summary: one row per suite of the given run ($1): expectations run and failed.
select suite,
       count(*) as expectations,
       count(*) filter (where not success) as failed,
       string_agg(case when not success then expectation || coalesce(' on ' || column_name, '') end, '; ') as failures
from validation_results
where run_id = $1
group by suite
order by suite;

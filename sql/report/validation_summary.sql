-- validation_summary: one row per suite of the given run ($run): expectations run and failed.
select suite,
       count(*) as expectations,
       count(*) filter (where not success) as failed,
       string_agg(case when not success then expectation || coalesce(' on ' || column_name, '') end, '; ') as failures
from validation_results
where run_id = $run
group by suite
order by suite;

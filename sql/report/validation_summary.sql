-- validation_summary: one row per suite of the latest validation: expectations run and failed.
-- A run that loads nothing validates nothing, so the latest validation may be an earlier run's.
with latest as (
    select max_by(run_id, validated_at) as run_id from validation_results
)
select v.suite,
       count(*) as expectations,
       count(*) filter (where not v.success) as failed,
       string_agg(
           case when not v.success then expectation_words(v.expectation) || coalesce(' on ' || v.column_name, '') end,
           '; '
       ) as failures
from validation_results v
inner join latest using (run_id)
group by v.suite
order by v.suite;

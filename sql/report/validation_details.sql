-- validation_details: one row per expectation of the latest validation, for the page of each
-- suite: what was expected of which column, whether it held, and what was found.
with latest as (
    select max_by(run_id, validated_at) as run_id from validation_results
)
select
    v.suite, expectation_words(v.expectation) as expectation, v.column_name, v.success, v.unexpected_count,
    v.observed
from validation_results v
inner join latest using (run_id)
order by v.suite asc, v.success asc, v.expectation asc, v.column_name asc;

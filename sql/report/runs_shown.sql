-- runs_shown: the runs the report speaks of, as one row: the latest run (`run_id`, the one
-- given: $run), the run whose load the findings come from (the latest completed run that loaded
-- articles: contradictions are refreshed only by such runs) and the run of the latest validation.
select
    r.*,
    (select max_by(run_id, started_at) from runs where status = 'completed' and loaded > 0) as findings_run,
    (select max_by(run_id, validated_at) from validation_results) as validated_run
from runs r
where r.run_id = $run;

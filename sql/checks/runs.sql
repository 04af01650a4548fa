-- runs check: this run ($run), with the gap between inputs seen and their outcomes.
select *, files_seen - (loaded + quarantined + skipped) as ledger_gap from runs where run_id = $run;

-- quarantine check: the inputs this run ($run) quarantined, at most $rows.
select * from quarantine where run_id = $run order by hash(source_file) limit $rows;

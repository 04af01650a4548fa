-- files check: this run's ($run) ledger rows, at most $rows (a hash-ordered sample).
select * from files where run_id = $run order by hash(source_file) limit $rows;

-- contradiction_candidates check: the stored candidates, at most $rows (a hash-ordered sample).
select * from contradiction_candidates order by hash(contradiction_id) limit $rows;

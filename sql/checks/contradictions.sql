-- contradictions check: the stored contradictions, at most $rows (a hash-ordered sample).
select * from contradictions order by hash(contradiction_id) limit $rows;

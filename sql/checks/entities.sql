-- entities check: resolved entities, at most $rows (a hash-ordered sample of the whole view).
select * from entities order by hash(entity_id) limit $rows;

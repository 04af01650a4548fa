-- articles check: the articles this run ($run) loaded, at most $rows of them (a hash-ordered sample).
select * from articles where run_id = $run order by hash(article_id) limit $rows;

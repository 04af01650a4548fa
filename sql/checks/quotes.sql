-- quotes check: the quotes in the articles this run ($run) loaded, at most $rows (a hash-ordered sample).
select q.*
from quotes q
join dim_articles a using (article_id)
where a.run_id = $run
order by hash(q.quote_id)
limit $rows;

-- mentions check: the mentions in the articles this run ($run) loaded, at most $rows (a hash-ordered sample).
select m.*
from mentions m
join dim_articles a using (article_id)
where a.run_id = $run
order by hash(m.article_id, m.char_start)
limit $rows;

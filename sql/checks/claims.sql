-- claims check: the claims of the articles this run ($run) loaded, at most $rows (a hash-ordered sample).
select c.*
from claims c
join dim_articles a using (article_id)
where a.run_id = $run
order by hash(c.claim_id)
limit $rows;

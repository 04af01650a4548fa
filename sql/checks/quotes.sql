-- quotes check: the quotes in the articles this run ($run) loaded, at most $rows (a hash-ordered
-- sample), picked by key first.
with sampled as (
    select q.quote_id
    from fct_quotes q
    join dim_articles a using (article_id)
    where a.run_id = $run
    order by hash(q.quote_id)
    limit $rows
)
select q.* from quotes q semi join sampled using (quote_id);

-- claims check: the claims of the articles this run ($run) loaded, at most $rows (a hash-ordered
-- sample), picked by key first so the sentences of the others are never cut out.
with sampled as (
    select c.claim_id
    from fct_claims c
    join dim_articles a using (article_id)
    where a.run_id = $run
    order by hash(c.claim_id)
    limit $rows
)
select c.* from claims c semi join sampled using (claim_id);

-- articles check: the articles this run ($run) loaded, at most $rows of them (a hash-ordered
-- sample), picked by key first so the texts of the others are never read.
with sampled as (
    select article_id from dim_articles where run_id = $run order by hash(article_id) limit $rows
)
select a.* from articles a semi join sampled using (article_id);

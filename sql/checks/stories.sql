-- stories check: the story of each article this run ($run) loaded, at most $rows (a hash-ordered sample).
with loaded as (
    select article_id from dim_articles where run_id = $run
)
select s.*
from stories s
semi join loaded using (article_id)
order by hash(s.article_id)
limit $rows;

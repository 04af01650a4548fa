-- revisions check: the revisions in stories with an article this run ($run) loaded, at most $rows
-- (a hash-ordered sample).
with touched as (
    select distinct m.story_id
    from stg_story_members m
    join dim_articles a using (article_id)
    where a.run_id = $run
)
select r.*
from revisions r
semi join touched using (story_id)
order by hash(r.story_id, r.preliminary_file, r.revised_file, r.preliminary_value, r.revised_value)
limit $rows;

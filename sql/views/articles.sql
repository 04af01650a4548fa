-- articles: public view, one row per loaded article.
create or replace view articles as
with sources as (select * from dim_sources)
select
    a.article_id, a.source_file, a.format, a.url, a.title, s.publisher, a.author,
    a.published_at, a.language, a.clean_text, a.status, a.duplicate_of, a.run_id,
    coalesce(m.story_id, a.article_id) as story_id
from dim_articles a
left join sources s using (source_id)
left join stg_story_members m using (article_id);

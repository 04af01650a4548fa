-- stories: public view, one row per article: the story (the articles that report one event)
-- it belongs to. membership is 1 for the article that started the story, else its similarity
-- (0-1) to the closest article of the story when it joined. An article loaded before stories
-- were kept is a story of its own.
create or replace view stories as
select
    coalesce(m.story_id, a.article_id) as story_id,
    a.article_id,
    a.source_file,
    coalesce(m.membership, 1.0) as membership
from dim_articles a
left join stg_story_members m using (article_id);

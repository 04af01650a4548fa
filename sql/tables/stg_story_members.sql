-- stg_story_members: one row per article: the story it joined when it was loaded
-- (flows/warehouse/stories.py). A story is named after the article that started it.
create table if not exists stg_story_members (
    article_id varchar not null,
    story_id   varchar not null,
    membership double not null  -- 1 for the article that started the story, else its similarity to the closest member
);

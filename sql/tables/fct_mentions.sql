-- fct_mentions: one row per mention of an entity in an article's clean text.
create table if not exists fct_mentions (
    entity_id  varchar not null,
    article_id varchar not null,
    surface    varchar not null,
    role       varchar,
    char_start integer not null,
    char_end   integer not null
);

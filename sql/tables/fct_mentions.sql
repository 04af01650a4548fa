-- fct_mentions: one row per mention of an entity in an article's clean text.
create table if not exists fct_mentions (
    entity_id  varchar not null,
    article_id varchar not null,
    surface    varchar not null,
    role       varchar,
    char_start integer not null,
    char_end   integer not null
);

-- Columns added since the table was first made.
alter table fct_mentions add column if not exists organisation varchar;

-- dim_articles: one row per loaded article: metadata and the clean text every offset points into.
create table if not exists dim_articles (
    article_id   varchar primary key,
    source_file  varchar not null,
    format       varchar not null,
    url          varchar,
    title        varchar,
    source_id    integer,
    author       varchar,
    published_at timestamp,
    language     varchar,
    clean_text   varchar not null,
    status       varchar not null default 'ok',  -- ok | near_duplicate
    duplicate_of varchar,
    run_id       varchar not null,
    loaded_at    timestamp not null
);

-- stg_raw_articles: staging, one row per loaded document: its decoded text as read.
create table if not exists stg_raw_articles (
    article_id    varchar primary key,
    source_file   varchar not null,
    format        varchar not null,
    encoding      varchar,
    raw_text      varchar not null,
    run_id        varchar not null
);

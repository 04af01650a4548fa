-- stg_raw_articles: staging, one row per loaded document: its decoded text as read.
-- No primary key: DuckDB keeps a key's index in memory, which would grow with the warehouse;
-- uniqueness is checked by the warehouse_totals suite instead (sql/checks/warehouse_totals.sql).
create table if not exists stg_raw_articles (
    article_id  varchar not null,
    source_file varchar not null,
    format      varchar not null,
    encoding    varchar,
    raw_text    varchar not null,
    run_id      varchar not null
);

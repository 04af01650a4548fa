-- fct_quotes: one row per quotation in an article's clean text.
-- No primary key: DuckDB keeps a key's index in memory, which would grow with the warehouse;
-- uniqueness is checked by the warehouse_totals suite instead (sql/checks/warehouse_totals.sql).
create table if not exists fct_quotes (
    quote_id          varchar not null,
    article_id        varchar not null,
    speaker           varchar,
    speaker_entity_id varchar,
    text              varchar not null,
    char_start        integer not null,
    char_end          integer not null
);

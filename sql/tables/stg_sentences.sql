-- stg_sentences: one row per sentence of an article's clean text, with its offsets.
-- No primary key: DuckDB keeps a key's index in memory, which would grow with the warehouse;
-- uniqueness is checked by the warehouse_totals suite instead (sql/checks/warehouse_totals.sql).
create table if not exists stg_sentences (
    article_id  varchar not null,
    sentence_no integer not null,
    char_start  integer not null,
    char_end    integer not null
);

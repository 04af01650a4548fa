-- stg_article_minhash: one row per article: its MinHash signature over five-word shingles.
-- No primary key: DuckDB keeps a key's index in memory, which would grow with the warehouse;
-- uniqueness is checked by the warehouse_totals suite instead (sql/checks/warehouse_totals.sql).
create table if not exists stg_article_minhash (
    article_id varchar not null,
    signature  uinteger[] not null
);

-- stg_article_minhash: one row per article: its MinHash signature over five-word shingles.
create table if not exists stg_article_minhash (
    article_id    varchar primary key,
    signature     uinteger[] not null
);

-- stg_article_bands: one row per article and LSH band; equal band hashes make candidate pairs.
create table if not exists stg_article_bands (
    article_id varchar not null,
    band       integer not null,
    band_hash  bigint not null
);

-- near_duplicates: mark the batch's articles that copy an earlier article.
-- Reads the registered frames batch_minhash and batch_bands; runs inside the load transaction,
-- after the batch's articles are in dim_articles. A pair is a candidate when it shares two LSH
-- bands (stored for one of a band value's first 20 holders), and a near duplicate when its
-- signatures agree in at least 80% of positions (the estimated Jaccard similarity of their
-- shingles). The copy points at the earliest article it
-- matches (or at that article's own original), so a chain of copies counts as one witness.
insert into stg_article_minhash by name select article_id, signature from batch_minhash;

-- A band value is stored for the first 20 articles that hold it only. A value held by more is
-- shared page or house text, not a sign of a copy, and comparing each new article with every
-- holder would grow with the square of the warehouse; the first holders are the ones a copy is
-- linked to anyway (the earliest match), so a story syndicated a hundred times still finds its
-- original. This bounds the candidate pairs of a batch by 20 per band.
insert into stg_article_bands by name
with held as (
    select band, band_hash, count(*) as holders
    from stg_article_bands
    semi join batch_bands using (band, band_hash)
    group by band, band_hash
),
ranked as (
    select b.article_id, b.band, b.band_hash, coalesce(h.holders, 0) as holders,
           row_number() over (partition by b.band, b.band_hash order by a.source_file) as rank_in_batch
    from batch_bands b
    join dim_articles a using (article_id)
    left join held h using (band, band_hash)
)
select article_id, band, band_hash from ranked where holders + rank_in_batch <= 20;

create or replace temp table near_duplicate_links as
-- A pair with at least 80% of its 64 signature positions equal has at most 12 unequal, which
-- spoil at most 12 of the 16 bands of 4: the other 4 are identical. A pair sharing a single
-- stored band is therefore no near duplicate (two stored are asked for, as a crowded band value
-- may not hold the original); most candidates share one band only, by a common phrase.
with candidates as (
    select n.article_id as copy_id, o.article_id as original_id
    from batch_bands n
    join stg_article_bands o on o.band = n.band and o.band_hash = n.band_hash and o.article_id <> n.article_id
    group by all
    having count(*) >= 2
),
ordered as (
    select c.copy_id, c.original_id, coalesce(oa.duplicate_of, oa.article_id) as root_id,
           oa.loaded_at as original_loaded_at, oa.source_file as original_file
    from candidates c
    join dim_articles ca on ca.article_id = c.copy_id
    join dim_articles oa on oa.article_id = c.original_id
    where (oa.loaded_at, oa.source_file) < (ca.loaded_at, ca.source_file)
),
close_enough as (
    select o.*
    from ordered o
    join stg_article_minhash cm on cm.article_id = o.copy_id
    join stg_article_minhash om on om.article_id = o.original_id
    where list_sum(list_transform(range(1, len(cm.signature) + 1),
                                  lambda i: (cm.signature[i] = om.signature[i])::int))
          >= 0.8 * len(cm.signature)
)
select copy_id, arg_min(root_id, (original_loaded_at, original_file)) as root_id
from close_enough
group by copy_id;

update dim_articles
set status = 'near_duplicate', duplicate_of = l.root_id
from near_duplicate_links l
where dim_articles.article_id = l.copy_id;

-- load_articles: write a batch's articles and their facts from the registered Arrow frames
-- batch_articles, batch_sentences, batch_claims, batch_mentions, batch_quotes and
-- batch_sources. Runs inside the caller's transaction, after sql/load/load_ledger.sql, and only
-- for a batch with articles.

-- A file loaded again with new content replaces its old article everywhere.
create or replace temp table replaced as
select a.article_id
from dim_articles a
join batch_articles b on a.source_file = b.source_file and a.article_id <> b.article_id;

delete from fct_claims where article_id in (select article_id from replaced);
delete from fct_mentions where article_id in (select article_id from replaced);
delete from fct_quotes where article_id in (select article_id from replaced);
delete from stg_sentences where article_id in (select article_id from replaced);
delete from stg_article_minhash where article_id in (select article_id from replaced);
delete from stg_article_bands where article_id in (select article_id from replaced);
delete from stg_raw_articles where article_id in (select article_id from replaced);
delete from stg_article_past_years where article_id in (select article_id from replaced);
delete from stg_article_terms where article_id in (select article_id from replaced);
delete from stg_story_members where article_id in (select article_id from replaced);
delete from dim_articles where article_id in (select article_id from replaced);

insert into dim_sources (publisher)
select publisher from batch_sources
where publisher not in (select publisher from dim_sources);

insert into stg_raw_articles by name
select article_id, source_file, format, encoding, raw_text, run_id from batch_articles;

insert into dim_articles by name
select b.article_id, b.source_file, b.format, b.url, b.title, s.source_id, b.author,
       b.published_at, b.language, b.clean_text, 'ok' as status, null as duplicate_of,
       b.run_id, b.loaded_at
from batch_articles b
left join dim_sources s using (publisher);

insert into stg_article_past_years by name
select article_id, latest_year
from (select article_id, latest_past_year(clean_text) as latest_year from batch_articles) as years
where latest_year is not null;

insert into stg_sentences by name
select article_id, sentence_no, char_start, char_end from batch_sentences;

insert into fct_claims by name
select claim_id, article_id, sentence_no, char_start, char_end, surface, value, decimals, unit,
       subject, object, metric, direction, period, period_year, period_part, basis, qualifier, state,
       measure, measure_found_by, scope, scope_is_country, time_of_day, running_count, in_list, holder, told_day
from batch_claims;

insert into dim_entities by name
select entity_id, any_value(name) as name, any_value(type) as type, [] as aliases
from batch_mentions
where entity_id not in (select entity_id from dim_entities)
group by entity_id;

insert into fct_mentions by name
select entity_id, article_id, surface, role, organisation, char_start, char_end from batch_mentions;

insert into fct_quotes by name
select quote_id, article_id, speaker, speaker_entity_id, text, char_start, char_end from batch_quotes;

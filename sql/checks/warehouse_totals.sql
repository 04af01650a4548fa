-- warehouse_totals check: one row of whole-table counts of integrity problems, computed in
-- DuckDB over every row (the per-view checks see only this run's rows, or a sample); each
-- count must be 0. $units is the pattern of claim units: a closed list, and currency codes.
with articles as (select article_id, length(clean_text) as text_length from dim_articles)
select
    (select count(*) - count(distinct article_id) from dim_articles) as duplicate_article_ids,
    (select count(*) - count(distinct claim_id) from fct_claims) as duplicate_claim_ids,
    (select count(*) - count(distinct quote_id) from fct_quotes) as duplicate_quote_ids,
    (select count(*) - count(distinct row(article_id, sentence_no)) from stg_sentences) as duplicate_sentences,
    (select count(*) - count(distinct article_id) from stg_raw_articles) as duplicate_raw_texts,
    (select count(*) - count(distinct article_id) from stg_article_minhash) as duplicate_signatures,
    (select count(*) from fct_claims anti join articles using (article_id)) as claims_without_article,
    (select count(*) from fct_claims c join articles a using (article_id)
     where c.char_start < 0 or c.char_end > a.text_length or c.char_end <= c.char_start) as claims_outside_text,
    (select count(*) from fct_claims where not regexp_full_match(unit, $units)) as claims_with_unknown_unit,
    (select count(*) from fct_mentions anti join articles using (article_id)) as mentions_without_article,
    (select count(*) from fct_quotes anti join articles using (article_id)) as quotes_without_article,
    (select count(*) from pipeline_runs
     where status = 'completed' and files_seen <> loaded + quarantined + skipped) as runs_with_ledger_gap,
    (select count(*) from fct_contradictions where source_file_a is null) as contradictions_without_article;

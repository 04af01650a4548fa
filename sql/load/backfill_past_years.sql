-- backfill_past_years: fill stg_article_past_years from the stored articles, for a warehouse
-- created before the table existed. Runs once, when the table is created.
insert into stg_article_past_years by name
select article_id, latest_year
from (select article_id, latest_past_year(clean_text) as latest_year from dim_articles) as years
where latest_year is not null;

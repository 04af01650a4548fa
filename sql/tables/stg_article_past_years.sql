-- stg_article_past_years: one row per article that speaks of a year as past ("since February
-- 2020", "in 2024"), with the latest such year (sql/internal/latest_past_year.sql: plans,
-- forecasts, targets and years that name things do not count). Computed from each batch's articles as they are loaded
-- (sql/load/load_articles.sql), so date checks need not scan every article's text again.
create table if not exists stg_article_past_years (
    article_id  varchar not null,
    latest_year integer not null
);

-- comparable_claims: the claims a contradiction rule may compare, each with its story and what
-- the rules key it by: the witness that states it (a publisher is one witness however many of
-- its articles repeat a figure, and a near-duplicate copy is its original's witness), its unit
-- (a head-count is a count), its bound, its before/after state, its period and, for a running
-- count, the day of its reading. Actual figures, hedged ones, bounds, forecasts and
-- estimates; not targets, preliminary or revised figures. Built on by numeric_contradictions
-- (which leaves estimates out) and misprinted_figures.
create or replace view comparable_claims as
with story_years as (
    -- the year most of a story's articles are dated
    select m.story_id, mode(year(a.published_at)) as story_year
    from stg_story_members m
    join dim_articles a using (article_id)
    group by m.story_id
),
members as (
    -- an article dated a year or more away from its story (a wrong byline, or an anniversary
    -- piece) cannot date its figures by its own date: periods it resolved against that date
    -- (its year or the one before: "last year", "in the quarter") and its day are unknown
    select m.*, a.published_at, y.story_year, coalesce(year(a.published_at) <> y.story_year, false) as dated_elsewhere
    from stg_story_members m
    join dim_articles a using (article_id)
    join story_years y using (story_id)
),
unknown_places as (
    -- the places a story's figures are scoped to that the gazetteer does not know as countries
    select distinct
        m.story_id, c.scope,
        regexp_replace(c.scope, '([.^$*+?(){}|\[\]\\])', '\\\1', 'g') as name  -- as a pattern
    from fct_claims c
    join stg_story_members m using (article_id)
    where c.scope <> 'national' and not coalesce(c.scope_is_country, false)
),
countries_told as (
    -- a place the gazetteer does not know is a country when an article of its story says what
    -- only a country has: "the Bank of Tarvonia", "Tarvonia's central bank", "registered in
    -- Tarvonia" (a site's legal footer), "Hallevia's six regions", "Tarvonia's trade surplus"
    select distinct p.story_id, p.scope
    from unknown_places p
    join stg_story_members m on m.story_id = p.story_id
    join dim_articles a on a.article_id = m.article_id
    where regexp_matches(
        a.clean_text,
        'Bank of ' || p.name || '\b|(?:[Rr]egistered|[Ii]ncorporated) in ' || p.name || '\b'
        || '|(?:government|parliament|president|prime minister) of ' || p.name || '\b'
        || '|\b' || p.name || '[''’]s (?:central bank|government|parliament|economy|prime minister|president'
        || '|[a-z]+ minister|national [a-z]+|[a-z]+ regions|regions|provinces|neighbours|[a-z]+ regulator'
        || '|trade (?:surplus|deficit|balance)|(?:biggest|largest|main) trading partners?|gdp)\b'
    )
),
placed as (
    select
        c.* replace (
            -- a hedged figure ("almost €2.85 billion", "about 2,400") holds a whole unit of its
            -- last digit either side, not the half that rounding hides; a power of ten ("10,000
            -- football pitches") is read to two digits: written for 6,500 it would be 7,000
            case when c.qualifier = 'approximate' then c.decimals - log10(2)
                 when c.decimals < 0 and abs(c.value) = pow(10, -c.decimals) then c.decimals + 1
                 else c.decimals end
            -- a figure written in miles is as precise as a mile, kept in kilometres: "19mph" is
            -- 30.6 km/h give or take 0.8, and agrees with "30km/h"
            - case when regexp_matches(c.surface, '(?i)\d\s*(?:mph|miles?)\b') then log10(2) else 0 end as decimals,
            case when m.dated_elsewhere
                      and try_cast(left(c.period, 4) as integer)
                      between year(m.published_at) - 1 and year(m.published_at)
                 then null else c.period end as period,
            case when m.dated_elsewhere
                      and try_cast(left(c.period, 4) as integer)
                      between year(m.published_at) - 1 and year(m.published_at)
                 then null else c.period_part end as period_part,
            c.scope_is_country or t.scope is not null as scope_is_country
        ),
        m.story_id,
        m.story_year,
        m.membership,
        case when not m.dated_elsewhere then m.published_at end as published_at
    from fct_claims c
    join members m using (article_id)
    left join countries_told t on t.story_id = m.story_id and t.scope = c.scope
),
claimed as (
    select
        c.*,
        coalesce(c.membership, 1.0) as membership,
        coalesce('publisher:' || o.source_id, 'article:' || o.article_id) as witness,
        coalesce(c.state, 'after') as stated_state,
        -- whose figure it is, by the last word of the name ("Ringleader Darius Kell" is Kell's)
        lower(regexp_extract(c.holder, '([\w''’-]+)$', 1)) as holder_key,
        -- a head-count is a count, whether of people or of things
        case when c.unit = 'people' then 'count' else c.unit end as key_unit,
        -- "at least 214" is compared with other lower bounds, a forecast only with forecasts, what
        -- happens as a rule ("normally carries 78,000 vehicles") only with that; "about 2,400"
        -- with actual figures, at the precision it is written with
        case when c.qualifier in ('at_least', 'at_most', 'forecast', 'estimate', 'usual') then c.qualifier
             else 'actual' end as bound,
        -- a day names when a figure was given, not the period it measures; a month or quarter
        -- whose year is unknown is still that month ("in February")
        case when c.period not similar to '[0-9]{4}-[0-9]{2}-[0-9]{2}' then c.period
             when c.period is null and c.period_part not like '%-%' then '?-' || c.period_part end as key_period,
        case when c.period similar to '[0-9]{4}-[0-9]{2}-[0-9]{2}' then c.period
             else strftime(c.published_at, '%Y-%m-%d') end as stated_day,
        -- the day is the sentence's own, not the byline's: a reading told the morning after
        -- ("2,300 residents were turfed out") may be the evening's before
        coalesce(c.period similar to '[0-9]{4}-[0-9]{2}-[0-9]{2}', false) as day_is_told,
        -- a figure someone asked or hoped for, not one that came about: "prosecutors had asked
        -- for 21 years", "called for the maximum 21 years", "the 21 years sought by the
        -- prosecution", "had hoped for a majority of about 3,000"
        regexp_matches(
            a.clean_text[greatest(c.char_start - 40, 1):c.char_start],
            '\b(?:ask(?:ed|s|ing)?|call(?:ed|s|ing)?|press(?:ed|es|ing)?|push(?:ed|es|ing)?|hop(?:ed|es|ing)'
            || '|aim(?:ed|s|ing)?)\s+for'
            || '\s+(?:[\w-]+\s+){0,4}$'
            || '|\bwant(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,4}$'
            || '|\b(?:demand(?:ed|ing)|demands?\s+for|seek(?:s|ing)?|sought|request(?:ed|s|ing)?)'
            || '\s+(?:[\w-]+\s+){0,3}$'
        )
        or regexp_matches(
            a.clean_text[c.char_end + 1:c.char_end + 30],
            '^(?:[\s-]+[\w-]+){0,2}\s+(?:sought|demanded|requested|asked\s+for)\b'
        ) as is_demand
    from placed c
    join dim_articles a using (article_id)
    join dim_articles o on o.article_id = coalesce(a.duplicate_of, a.article_id)
    where c.qualifier in ('actual', 'approximate', 'at_least', 'at_most', 'forecast', 'estimate', 'usual')
),
dated as (
    -- an undated article's reading is of its story's day: the day most of its articles give
    select *, coalesce(stated_day, mode(stated_day) over (partition by story_id)) as as_of_day
    from claimed
),
readings as (
    -- a running count is keyed by the day of its reading, not by a period; a figure of it from
    -- another year (the 2019 fire) is history, not a reading
    select * replace (case when running_count then null else key_period end as key_period)
    from dated
    where not (running_count and key_period is not null and not starts_with(as_of_day, left(key_period, 4)))
)
select * from readings;

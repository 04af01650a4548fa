-- date_anomalies: one row per article whose byline date is years before the events it reports
-- (not a public view). Evidence: the article shares figures (same unit and value; actual
-- figures only, as a forecast may equal a later actual; not durations) with another article:
-- two, at least one of them distinctive (written with three or more significant digits: 34.5%,
-- $28.8 billion, 1,129), or three. A distinctive figure counts whatever month each article
-- gives it (a misdated article resolves "last month" against its wrong date), a share only when
-- both give it one or the other speaks of a later year as past; one that is not counts only if
-- both give it the same month, quarter or half (two releases years apart can share two plain
-- figures like 0.3% by chance: the benchmark corpus showed it), or neither gives it a period and
-- the two articles were grouped into one story by their words. And those articles, or the
-- article itself, speak of a later year as past ("since February 2020", "in 2024"): a report
-- cannot quote figures that refer back to a year after it was written; or two articles or more
-- of its story, dated most of a year later, report its figures (the same report under a wrong byline, when no
-- article names a past year), or its whole story, grouped by words and figures, is told only
-- that late by two publishers or more. Plans, forecasts, targets and years that name things
-- ("the 2021 RAV4") are not past (sql/internal/latest_past_year.sql). Pairs of articles are only
-- formed where the other's past year is later than the article's date allows, so the rows looked
-- at grow with the suspects, not with the articles squared.
create or replace view date_anomalies as
with dated as (
    select article_id, source_file, published_at, year(published_at) as published_year
    from dim_articles
    where published_at is not null
),
past_years as (
    select article_id, latest_year from stg_article_past_years
),
facts as (
    select distinct c.article_id, c.unit, c.value, c.period_part, d.published_at,
           d.published_year, p.latest_year, m.story_id,
           length(trim(regexp_replace(c.surface, '[^0-9]', '', 'g'), '0')) >= 3 as distinctive,
           c.unit in ('percent', 'percentage_point') as is_share
    from fct_claims c
    left join dated d using (article_id)
    left join past_years p using (article_id)
    left join stg_story_members m using (article_id)
    where coalesce(c.metric, '') <> 'duration' and c.qualifier = 'actual'
),
shared as (
    -- other articles reporting at least two of the same figures (the same events) and
    -- speaking of a year later than this article's date as past, or dated most of a year later
    -- (a figure counts once however many periods the two give it)
    select f.article_id, o.article_id as other_id, count(distinct f.unit || ' ' || f.value) as shared_figures,
           list(distinct f.value) as shared_values,
           any_value(o.published_at) as other_published_at,
           bool_or(o.story_id = f.story_id) as same_story
    from facts f
    join facts o on o.unit = f.unit and o.value = f.value
                -- a plain figure counts when both give it one period, or neither does and the
                -- two articles tell one story (their words, not only their figures, agree); a
                -- share, however written, when both give it a period or the other article, of the
                -- same story, speaks of a later year as past: 12.5% and 4.6% recur in unrelated
                -- reports a year apart, and a table of vote shares meets another's by chance
                and ((f.distinctive
                      and not (f.is_share and (f.period_part is null or o.period_part is null)
                               and not (coalesce(o.latest_year > f.published_year + 1, false)
                                        and o.story_id = f.story_id)))
                     or o.period_part = f.period_part
                     or (f.period_part is null and o.period_part is null and o.story_id = f.story_id))
                -- a distinctive figure may carry another month: a misdated article resolves
                -- "last month" against its wrong date
                and (f.distinctive or f.period_part is null or o.period_part is null
                     or o.period_part = f.period_part)
                and o.article_id <> f.article_id
                and (o.latest_year > f.published_year + 1 or o.published_at > f.published_at + interval 300 day)
    group by f.article_id, o.article_id
    having shared_figures >= case when bool_or(f.distinctive) then 2 else 3 end
),
later as (
    -- how many articles of its story, dated most of a year later, report this one's figures (the
    -- next year's release of another story quotes last year's figures as its own are compared)
    select article_id, count(*) as later_articles
    from shared s
    join dated d using (article_id)
    where s.other_published_at > d.published_at + interval 300 day and s.same_story
    group by article_id
),
story_later as (
    -- the story its words and figures put it in, told only most of a year after its date, by
    -- two independent publishers or more: the same events under a wrong byline
    select d.article_id, min(o.article_id) as other_id, max(o.published_at) as other_published_at,
           count(distinct coalesce('publisher:' || o.source_id, 'article:' || o.article_id)) as witnesses
    from dated d
    join stg_story_members m on m.article_id = d.article_id
    join stg_story_members n on n.story_id = m.story_id and n.article_id <> m.article_id
    join dim_articles o on o.article_id = n.article_id
    group by d.article_id
    having bool_and(coalesce(o.published_at > d.published_at + interval 300 day, false))
),
shared_or_none as (
    -- each article once alone (its own past year is evidence whatever others share its figures),
    -- and once with each article that shares its figures
    select article_id, other_id, shared_figures, shared_values, other_published_at from shared
    union all by name
    select article_id from dated
),
evidence as (
    -- a later year the article or an article with its figures speaks of as past; else two
    -- articles or more, dated most of a year later, that report its figures (a copy of the
    -- same report under a wrong byline), or its whole story told that late, the year of the
    -- latest standing for the events
    select d.article_id, d.source_file, d.published_at, d.published_year,
           -- the article's own past year is its own evidence
           case when s.other_id is null and coalesce(p.latest_year, 0) > d.published_year + 1 then d.article_id
                else coalesce(s.other_id, t.other_id, d.article_id) end as evidence_id,
           s.shared_figures, s.shared_values,
           coalesce(p.latest_year, 0) > d.published_year + 1 as past_year_said,
           case when coalesce(p.latest_year, 0) > d.published_year + 1 then p.latest_year
                else year(coalesce(s.other_published_at, t.other_published_at)) end as latest_year
    from dated d
    join shared_or_none s on s.article_id = d.article_id
    left join past_years p on p.article_id = coalesce(s.other_id, d.article_id)
    left join later l on l.article_id = d.article_id
    left join story_later t on t.article_id = d.article_id and t.witnesses >= 2
    where coalesce(p.latest_year, 0) > d.published_year + 1
       or (s.other_published_at > d.published_at + interval 300 day and l.later_articles >= 2)
       or t.article_id is not null
    qualify row_number() over (
        partition by d.article_id order by past_year_said desc, latest_year desc, evidence_id asc
    ) = 1
),
final as (
    select
        'date_anomaly:' || e.article_id as contradiction_id,
        'date_anomaly' as kind,
        e.source_file || ' is dated ' || strftime(e.published_at, '%B %-d, %Y') || ', but '
            || case when e.evidence_id = e.article_id
                    then 'it speaks of ' || e.latest_year || ' as past'
                    when e.past_year_said
                    then 'it reports ' || e.shared_figures || ' of the same figures as ' || o.source_file
                         || ', which speaks of ' || e.latest_year || ' as past'
                    when e.shared_figures is null
                    then 'it tells the story ' || o.source_file || ' and other articles tell, dated '
                         || strftime(o.published_at, '%B %-d, %Y') || ' and after'
                    else 'it reports ' || e.shared_figures || ' of the same figures as ' || o.source_file
                         || ' and another article, dated ' || strftime(o.published_at, '%B %-d, %Y') end
            || ': the date is probably wrong.' as description,
        case when e.latest_year - e.published_year >= 5 then 'high' else 'medium' end as severity,
        cast(null as varchar) as claim_a, cast(null as varchar) as claim_b,
        e.source_file as source_file_a,
        -- both sides quote the misdated article, the one row flags: its date, and the sentence
        -- that places it (the later year it speaks of as past, a figure the later articles the
        -- description names report too, or else its lead); the description names those articles
        e.source_file as source_file_b,
        cast(e.published_year as double) as value_a, cast(e.latest_year as double) as value_b,
        'Dated ' || strftime(e.published_at, '%Y-%m-%d') as evidence_a,
        (select substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start)
         from stg_sentences s
         where s.article_id = e.article_id
         order by
             case when e.evidence_id = e.article_id
                  then not contains(substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start),
                                    cast(e.latest_year as varchar))
                  else not exists (
                      select 1 from fct_claims c
                      where c.article_id = e.article_id and c.sentence_no = s.sentence_no
                        and list_contains(e.shared_values, c.value)
                  ) end,
             s.sentence_no
         limit 1) as evidence_b
    from evidence e
    join dim_articles o on o.article_id = e.evidence_id
    join dim_articles a on a.article_id = e.article_id
)
select * from final;

-- claims: public view, one row per numeric claim, with its article's file and whole sentence.
--
-- `period` is the time a figure refers to. A figure no sentence dates is of the event its
-- article reports: of the day the article's lead names ("on Sunday"), else of the day it was
-- published ("The company employs 24,500 people" is true that day); `period_stated` says
-- whether the text itself dated it. Figures are compared by stated periods only
-- (sql/internal/comparable_claims.sql reads fct_claims).
create or replace view claims as
with dated as (
    select
        c.*,
        coalesce(c.period, c.told_day, strftime(a.published_at, '%Y-%m-%d')) as told_period,
        a.source_file,
        substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start) as sentence
    from fct_claims c
    join dim_articles a using (article_id)
    join stg_sentences s using (article_id, sentence_no)
)
select
    c.claim_id, c.article_id, c.source_file, c.sentence,
    c.char_start, c.char_end, c.subject, c.object, c.metric, c.value, c.unit, c.direction,
    c.told_period as period, c.basis, c.qualifier, c.state, c.surface, c.decimals,
    coalesce(c.period_year, try_cast(left(c.told_period, 4) as integer)) as period_year,
    case when c.period is null then substr(c.told_period, 6) else c.period_part end as period_part,
    c.period is not null as period_stated,
    c.sentence_no, c.measure, c.measure_found_by, c.scope, c.time_of_day, c.running_count, c.in_list, c.holder,
    m.story_id
from dated c
left join stg_story_members m using (article_id);

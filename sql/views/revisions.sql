-- revisions: public view, one row per first reading of a figure and a reading that replaced it
-- (a preliminary figure and a revised one, "revised October's gain up to 31,000 from a
-- preliminary estimate of 24,000"), within a story, of one measure, unit and period (or a period
-- only one of them states). These are never contradictions: the contradiction rule compares
-- neither kind.
create or replace view revisions as
with readings as (
    select
        c.claim_id,
        m.story_id,
        c.measure,
        c.unit,
        c.period,
        c.qualifier,
        c.value,
        c.surface,
        a.source_file,
        substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start) as sentence
    from fct_claims c
    join stg_story_members m using (article_id)
    join dim_articles a using (article_id)
    join stg_sentences s using (article_id, sentence_no)
    where c.qualifier in ('preliminary', 'revised') and c.measure is not null
)
select
    p.story_id,
    p.measure,
    coalesce(p.period, r.period) as period,
    p.source_file as preliminary_file,
    p.value as preliminary_value,
    p.surface as preliminary_surface,
    r.source_file as revised_file,
    r.value as revised_value,
    r.surface as revised_surface,
    p.sentence as preliminary_evidence,
    r.sentence as revised_evidence
from readings p
join readings r
  on r.story_id = p.story_id
 and r.measure = p.measure
 and r.unit = p.unit
 and (r.period = p.period or r.period is null or p.period is null)
where p.qualifier = 'preliminary' and r.qualifier = 'revised' and r.value <> p.value;

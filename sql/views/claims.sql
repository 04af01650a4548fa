-- claims: public view, one row per numeric claim, with its article's file and whole sentence.
create or replace view claims as
select
    c.claim_id, c.article_id, a.source_file,
    substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start) as sentence,
    c.char_start, c.char_end, c.subject, c.object, c.metric, c.value, c.unit, c.direction,
    c.period, c.basis, c.qualifier, c.state, c.surface, c.decimals, c.period_year, c.period_part,
    c.sentence_no, c.measure, c.measure_found_by, c.scope, c.time_of_day, c.running_count, c.in_list, c.holder,
    m.story_id
from fct_claims c
join dim_articles a using (article_id)
join stg_sentences s using (article_id, sentence_no)
left join stg_story_members m using (article_id);

-- mention_sentences: one row per mention, with the sentence it stands in and its article's
-- file (not a public view): the evidence of entity contradictions.
create or replace view mention_sentences as
select m.entity_id, coalesce(x.canonical_id, m.entity_id) as canonical_id, m.article_id, a.source_file,
       coalesce(a.duplicate_of, a.article_id) as witness, m.surface, m.role, m.char_start,
       substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start) as sentence
from fct_mentions m
join dim_articles a using (article_id)
join stg_sentences s on s.article_id = m.article_id and m.char_start >= s.char_start and m.char_start < s.char_end
left join entity_aliases x on x.variant_id = m.entity_id;

-- mentions: public view, one row per entity mention, pointing at the resolved entity, with the
-- role the article gives a person there and the organisation of that role where it names one.
create or replace view mentions as
select coalesce(x.canonical_id, m.entity_id) as entity_id, m.article_id, a.source_file, m.surface, m.role,
       m.organisation, m.char_start, m.char_end, m.entity_id as mentioned_as
from fct_mentions m
join dim_articles a using (article_id)
left join entity_aliases x on x.variant_id = m.entity_id;

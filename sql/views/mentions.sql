-- mentions: public view, one row per entity mention.
create or replace view mentions as
select m.entity_id, m.article_id, a.source_file, m.surface, m.role, m.char_start, m.char_end
from fct_mentions m
join dim_articles a using (article_id);

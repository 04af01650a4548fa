-- quotes: public view, one row per quotation; speaker is the resolved name where known.
create or replace view quotes as
select q.quote_id, q.article_id, a.source_file, coalesce(e.name, q.speaker) as speaker,
       coalesce(x.canonical_id, q.speaker_entity_id) as speaker_entity_id, q.text, q.char_start, q.char_end
from fct_quotes q
join dim_articles a using (article_id)
left join entity_aliases x on x.variant_id = q.speaker_entity_id
left join dim_entities e on e.entity_id = coalesce(x.canonical_id, q.speaker_entity_id);

-- quotes: public view, one row per quotation.
create or replace view quotes as
select q.quote_id, q.article_id, a.source_file, q.speaker, q.speaker_entity_id, q.text,
       q.char_start, q.char_end
from fct_quotes q
join dim_articles a using (article_id);

-- stg_article_terms: one row per article and term (a content word, a name, a figure: see
-- flows/stages/extract/terms.py), weighed when the article was loaded by how rare the term was
-- then (sql/load/stories.sql). An article's weights form a vector of length 1, so the sum of
-- the products of two articles' shared weights is their cosine similarity. Names are kept spelt
-- alike (sql/internal/alike_spelling.sql), so a misspelt name still matches its story's.
create table if not exists stg_article_terms (
    article_id varchar not null,
    term       varchar not null,
    kind       varchar not null, -- word, name, title (an organisation named in common words) or figure
    weight     double not null
);

-- stg_sentences: one row per sentence of an article's clean text, with its offsets.
create table if not exists stg_sentences (
    article_id    varchar not null,
    sentence_no   integer not null,
    char_start    integer not null,
    char_end      integer not null,
    primary key (article_id, sentence_no)
);

-- fct_quotes: one row per quotation in an article's clean text.
create table if not exists fct_quotes (
    quote_id          varchar primary key,
    article_id        varchar not null,
    speaker           varchar,
    speaker_entity_id varchar,
    text              varchar not null,
    char_start        integer not null,
    char_end          integer not null
);

-- fct_claims: one row per quantity stated in an article's clean text.
-- char_start/char_end cover the quantity ("34.5%"); sentence_no points into stg_sentences.
-- No primary key: DuckDB keeps a key's index in memory, which would grow with the warehouse;
-- uniqueness is checked by the warehouse_totals suite instead (sql/checks/warehouse_totals.sql).
create table if not exists fct_claims (
    claim_id         varchar not null,
    article_id       varchar not null,
    sentence_no      integer not null,
    char_start       integer not null,
    char_end         integer not null,
    surface          varchar not null,
    value            double not null,
    decimals         integer not null,  -- decimals as written: the precision of the statement
    unit             varchar not null,
    subject          varchar,
    object           varchar,
    metric           varchar,
    direction        varchar,
    period           varchar,
    period_year      integer,
    period_part      varchar,           -- 05, Q1, H1 even when the year is unknown
    basis            varchar,
    qualifier        varchar not null,
    state            varchar,
    measure          varchar,  -- what exactly it measures, canonical (flows/stages/extract/measures.py)
    measure_found_by varchar,  -- cue | noun | phrase
    scope            varchar,  -- the place it is about, when its clause says, or 'national'
    scope_is_country boolean,  -- that place is a country
    time_of_day      varchar,  -- the time a running count is given for
    running_count    boolean,  -- counts what changes while the story is told (the dead, the evacuated)
    in_list          boolean,  -- one of a list or a table row of figures
    holder           varchar,  -- the name its clause gives last before it: whose figure it is
    told_day         varchar   -- for a figure no sentence dates: the day of the event its article reports
);

-- Columns added since the table was first made.
alter table fct_claims add column if not exists measure varchar;
alter table fct_claims add column if not exists measure_found_by varchar;
alter table fct_claims add column if not exists scope varchar;
alter table fct_claims add column if not exists scope_is_country boolean;
alter table fct_claims add column if not exists time_of_day varchar;
alter table fct_claims add column if not exists running_count boolean;
alter table fct_claims add column if not exists in_list boolean;
alter table fct_claims add column if not exists holder varchar;
alter table fct_claims add column if not exists told_day varchar;

-- fct_contradictions: one row per contradiction candidate found in the warehouse, with its
-- confidence, as of the last run that loaded anything. Refreshed whole from
-- unified_contradictions at the end of such a run (sql/load/refresh_contradictions.sql), so
-- queries, checks and the report read it without recomputing the detection over every claim.
create table if not exists fct_contradictions (
    contradiction_id varchar primary key,
    kind             varchar not null,
    description      varchar not null,
    severity         varchar not null,
    confidence       double,
    story_id         varchar,
    claim_a          varchar,
    claim_b          varchar,
    source_file_a    varchar,
    source_file_b    varchar,
    value_a          double,
    value_b          double,
    evidence_a       varchar,
    evidence_b       varchar,
    has_consensus    boolean
);

-- Columns added since the table was first made.
alter table fct_contradictions add column if not exists confidence double;
alter table fct_contradictions add column if not exists story_id varchar;

-- fct_contradictions: one row per contradiction found in the warehouse, as of the last run
-- that loaded anything. Refreshed whole from unified_contradictions at the end of such a
-- run (sql/load/refresh_contradictions.sql), so queries, checks and the report read it
-- without recomputing the detection over every claim.
create table if not exists fct_contradictions (
    contradiction_id varchar primary key,
    kind             varchar not null,
    description      varchar not null,
    severity         varchar not null,
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

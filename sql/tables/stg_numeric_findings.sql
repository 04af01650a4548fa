-- stg_numeric_findings: the rows each numeric rule finds (numeric_contradictions and
-- misprinted_figures), before unified_contradictions keeps one per figure.
-- Filled rule by rule at each refresh (sql/load/refresh_contradictions.sql), so that DuckDB holds
-- one rule's plan in memory at a time rather than all of them in one query.
create table if not exists stg_numeric_findings (
    contradiction_id varchar,
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

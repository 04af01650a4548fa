-- validation_results: one row per expectation per suite per run (Great Expectations).
create table if not exists validation_results (
    run_id           varchar not null,
    suite            varchar not null,
    expectation      varchar not null,
    column_name      varchar,
    success          boolean not null,
    unexpected_count bigint,
    observed         varchar,
    validated_at     timestamp not null
);

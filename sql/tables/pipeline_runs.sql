-- pipeline_runs: one row per pipeline run; the `runs` view shows it.
-- Refreshed: inserted when a run starts, updated when it finishes or fails.
create table if not exists pipeline_runs (
    run_id         varchar primary key,
    started_at     timestamp not null,
    finished_at    timestamp,
    raw_dir        varchar,
    files_seen     integer default 0,
    loaded         integer default 0,
    quarantined    integer default 0,
    skipped        integer default 0,
    claims         integer default 0,
    contradictions integer default 0,
    status         varchar not null  -- running | completed | interrupted | failed
);

-- quarantined_inputs: one row per bad input per run that found it, with the reason.
create table if not exists quarantined_inputs (
    source_file  varchar not null,
    content_hash varchar,
    reason       varchar not null,
    run_id       varchar not null,
    detected_at  timestamp not null
);

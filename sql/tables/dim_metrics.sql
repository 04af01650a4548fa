-- dim_metrics: one row per metric key claims use (from the ontology, or a head noun phrase).
create table if not exists dim_metrics (
    metric        varchar primary key,
    in_ontology   boolean not null
);

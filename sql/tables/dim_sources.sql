-- dim_sources: one row per publisher or site name seen.
create sequence if not exists dim_sources_seq;
create table if not exists dim_sources (
    source_id integer primary key default nextval('dim_sources_seq'),
    publisher varchar not null unique
);

-- dim_entities: one row per resolved person, organisation or place.
create table if not exists dim_entities (
    entity_id varchar primary key,
    name      varchar not null,
    type      varchar not null,  -- person | organisation | place
    aliases   varchar[]
);

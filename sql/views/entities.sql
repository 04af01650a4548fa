-- entities: public view, one row per resolved entity.
create or replace view entities as
select entity_id, name, type, aliases from dim_entities;

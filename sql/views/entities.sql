-- entities: public view, one row per resolved entity (person, organisation, place), with the
-- other names and spellings it goes by in `aliases`.
create or replace view entities as
with resolved as (
    select e.entity_id, e.name, e.type, coalesce(a.canonical_id, e.entity_id) as canonical_id
    from dim_entities e
    left join entity_aliases a on a.variant_id = e.entity_id
),
names as (
    select r.canonical_id, r.name as alias from resolved r where r.entity_id <> r.canonical_id
    union
    select r.canonical_id, m.surface as alias from resolved r join fct_mentions m using (entity_id)
)
select c.entity_id, c.name, c.type,
       coalesce(list_sort(list_distinct(list(n.alias) filter (where n.alias <> c.name))), []) as aliases
from dim_entities c
left join names n on n.canonical_id = c.entity_id
where c.entity_id not in (select variant_id from entity_aliases)
group by c.entity_id, c.name, c.type;

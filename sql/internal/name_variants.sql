-- name_variants: one row per spelling variant of a person's name (not a public view).
-- Grain: one row per variant entity, with one sentence that uses the variant and one that
-- uses the name the other articles use.
create or replace view name_variants as
with variants as (
    select variant_id, canonical_id from entity_aliases where reason = 'spelling'
),
variant_use as (
    select v.variant_id, v.canonical_id, m.source_file, m.sentence, m.surface
    from variants v
    join mention_sentences m on m.entity_id = v.variant_id
    qualify row_number() over (partition by v.variant_id order by m.source_file, m.char_start) = 1
),
canonical_use as (
    select
        v.variant_id, m.source_file, m.sentence, count(distinct m.witness) over (partition by v.variant_id) as witnesses
    from variants v
    join mention_sentences m on m.entity_id = v.canonical_id
    qualify row_number() over (partition by v.variant_id order by m.source_file, m.char_start) = 1
),
final as (
    select
        'name_variant:' || u.variant_id as contradiction_id,
        'name_variant' as kind,
        u.source_file || ' spells ' || e_variant.name || ', but ' || c.witnesses || ' other source'
            || case when c.witnesses > 1 then 's spell' else ' spells' end || ' the same person '
            || e_canonical.name || ': probably a misspelling.' as description,
        'medium' as severity,
        cast(null as varchar) as claim_a, cast(null as varchar) as claim_b,
        u.source_file as source_file_a, c.source_file as source_file_b,
        cast(null as double) as value_a, cast(null as double) as value_b,
        u.sentence as evidence_a, c.sentence as evidence_b
    from variant_use u
    join canonical_use c using (variant_id)
    join dim_entities e_variant on e_variant.entity_id = u.variant_id
    join dim_entities e_canonical on e_canonical.entity_id = u.canonical_id
)
select * from final;

-- role_conflicts: one row per person called a former holder of an office in one article and
-- its current holder in others (not a public view). Titles are compared without country words
-- and articles ("US President", "President", "Chinese President" are one office), so the
-- equivalent titles of one post are never flagged; only former-versus-current is. Only
-- articles of one story, or published within a week of each other, can conflict: articles
-- years apart are history (a vice president then is a former one now), and one article giving
-- both titles is quoting the past, not contradicting itself.
create or replace view role_conflicts as
with roles as (
    select r.canonical_id, r.source_file, r.witness, r.sentence, r.role, m.story_id, a.published_at,
           regexp_matches(lower(r.role), '\bformer\b') as is_former,
           trim(regexp_replace(
               regexp_replace(
                   lower(r.role), '\b(former|the|a|an|us|u\.s\.|american|chinese|british|uk|white house)\b', ' ', 'g'
               ),
               '\s+', ' ', 'g')) as office
    from mention_sentences r
    join dim_articles a using (article_id)
    left join stg_story_members m using (article_id)
    where r.role is not null
),
conflicts as (
    select f.canonical_id, f.office,
           any_value(f.source_file) as former_file, any_value(f.sentence) as former_sentence,
           any_value(f.role) as former_role,
           count(distinct c.witness) as current_witnesses,
           min(c.source_file) as current_file, min_by(c.sentence, c.source_file) as current_sentence,
           min_by(c.role, c.source_file) as holder_role
    from roles f
    join roles c
      on c.canonical_id = f.canonical_id and c.office = f.office and not c.is_former and c.witness <> f.witness
     and (c.story_id = f.story_id or abs(date_diff('day', c.published_at, f.published_at)) <= 7)
    where f.is_former and f.office <> ''
      -- an article that calls the person former itself is quoting the past when it gives the title
      and not exists (
          select 1 from roles x
          where x.canonical_id = c.canonical_id and x.office = c.office and x.witness = c.witness and x.is_former
      )
    group by f.canonical_id, f.office
),
final as (
    select
        'role_conflict:' || c.canonical_id || ':' || c.former_file as contradiction_id,
        'role_conflict' as kind,
        c.former_file || ' calls ' || e.name || ' "' || c.former_role || '", but '
            || c.current_witnesses || ' other source'
            || case when c.current_witnesses > 1 then 's call' else ' calls' end
            || ' ' || e.name || ' the current holder ("' || c.holder_role || '"): '
            || 'one of them has the date or the facts wrong.' as description,
        'high' as severity,
        cast(null as varchar) as claim_a, cast(null as varchar) as claim_b,
        c.former_file as source_file_a, c.current_file as source_file_b,
        cast(null as double) as value_a, cast(null as double) as value_b,
        c.former_sentence as evidence_a, c.current_sentence as evidence_b
    from conflicts c
    join dim_entities e on e.entity_id = c.canonical_id
)
select * from final;

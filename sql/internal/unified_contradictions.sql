-- unified_contradictions: one row per contradiction the facts hold, the four kinds in one view,
-- each with its confidence (0-1) and story: numeric (an outlying figure against the consensus:
-- sql/internal/numeric_contradictions.sql, or a misprint of it: misprinted_figures.sql; one the
-- story itself gives as a provisional count is a revision more than an error, half as confident),
-- name_variant (one person spelled two ways), role_conflict (a former office-holder called the
-- current one, or the reverse) and date_anomaly (a byline date years before the events). For
-- every kind source_file_a is the article at fault and evidence_a its sentence. The people and
-- date rules give no confidence of their own: their rows carry PEOPLE_AND_DATES_CONFIDENCE.
-- Computed from all claims and mentions, so it is materialised once per run that loads
-- something (sql/load/refresh_contradictions.sql, which stages the numeric rules' rows first) and
-- read from fct_contradictions.
create or replace view unified_contradictions as
with provisional as (
    -- outlying figures the story itself gives as a first reading of their measure ("On Friday
    -- evening's provisional count she had 61,012 votes"): an outlet that reported the first
    -- count, not one that got the figure wrong, so a revision more than an error
    select f.claim_a
    from stg_numeric_findings f
    join fct_claims o on o.claim_id = f.claim_a
    where exists (
        select 1
        from fct_claims p
        join stg_story_members m on m.article_id = p.article_id
        where m.story_id = f.story_id and p.qualifier = 'preliminary' and p.claim_id <> o.claim_id
          and p.unit = o.unit and p.measure = o.measure and agree(p.value, p.decimals, o.value, o.decimals)
    )
),
numeric_claims as (
    -- a figure two rules flag is shown once, as the more confident one finds it (the rules'
    -- rows are staged in stg_numeric_findings: sql/load/refresh_contradictions.sql)
    select
        f.* replace (
            f.description || case when p.claim_a is not null
                then ' The story gives it as a provisional figure, since revised.' else '' end as description,
            f.confidence * case when p.claim_a is not null then 0.5 else 1.0 end as confidence
        )
    from stg_numeric_findings f
    left join provisional p on p.claim_a = f.claim_a
    qualify row_number() over (partition by f.claim_a order by f.confidence desc) = 1
),
numeric as (
    -- and a figure an article states twice with one measure (its headline and its text) once
    select r.*
    from numeric_claims r
    left join fct_claims c on c.claim_id = r.claim_a
    qualify row_number() over (
        partition by r.source_file_a, r.value_a, coalesce(c.measure, r.claim_a)
        order by r.confidence desc, r.claim_a asc
    ) = 1
),
others as (
    select * from name_variants
    union all by name
    select * from role_conflicts
    union all by name
    select * from date_anomalies
),
others_scored as (
    select o.*, 0.8 as confidence, m.story_id
    from others o
    left join dim_articles a on o.source_file_a = a.source_file
    left join stg_story_members m on a.article_id = m.article_id
)
select
    contradiction_id, kind, description, severity, confidence, story_id, claim_a, claim_b, source_file_a,
    source_file_b, value_a, value_b, evidence_a, evidence_b, has_consensus
from numeric
union all by name
select * from others_scored;

-- numeric_contradictions: one row per outlying claim, paired with consensus evidence.
-- Grain: one row per outlier claim. Claims are comparable when they are actual figures (not
-- forecasts, estimates or targets; not durations) with the same subject, object, metric, unit,
-- state (an unmarked figure counts as a current, "after" level) and period part; an unstated
-- basis or year takes the group's only stated one, and a figure with no period at all is a
-- level as of its article's publication, so it is compared only within the month its article
-- was published in (two floods in one province years apart are two events). Two
-- values agree when they are equal at the coarser precision of the two (34.5 = 34.50, 2.1 =
-- 2.13). The consensus is the value that most independent articles support (a near-duplicate
-- copy is not a second witness); every claim that disagrees with it is an outlier. Rows grow
-- with the outliers, not with the articles repeating the consensus. Claims are grouped on
-- small columns only; files and sentences are looked up for the rows it returns.
create or replace view numeric_contradictions as
with comparable as (
    select c.*, a.published_at, coalesce(a.duplicate_of, a.article_id) as witness
    from fct_claims c
    join dim_articles a using (article_id)
    where c.qualifier = 'actual'
      and c.subject is not null and c.metric is not null and c.metric <> 'duration'
),
stated as (
    -- a figure stated without a before/after marker is a current level, like an "after" one
    select * replace (coalesce(state, 'after') as state) from comparable
),
keyed as (
    select *,
        count(distinct basis) over topic as stated_bases,
        max(basis) over topic as only_basis,
        count(distinct period_year) over topic as stated_years,
        max(period_year) over topic as only_year
    from stated
    window topic as (partition by subject, object, metric, unit, state, period_part)
),
grouped as (
    select *,
        case when basis is null and stated_bases = 1 then only_basis else basis end as group_basis,
        case when period_year is null and stated_years = 1 then only_year else period_year end as group_year
    from keyed
),
dated as (
    select *,
        case when group_year is null and period_part is null then date_trunc('month', published_at) end as as_of
    from grouped
),
numbered as (
    select *,
        dense_rank() over (order by subject, object, metric, unit, state, period_part, group_basis, group_year, as_of)
            as group_no
    from dated
),
group_values as (
    -- one row per distinct value stated in a group, with the independent articles stating it
    select group_no, value, max(decimals) as decimals, count(distinct witness) as witnesses
    from numbered
    group by group_no, value
),
support as (
    -- a value is supported by every value equal to it at the coarser precision of the two
    select v.group_no, v.value, v.decimals, sum(u.witnesses) as support
    from group_values v
    join group_values u
      on u.group_no = v.group_no
     and round(u.value, least(u.decimals, v.decimals)) = round(v.value, least(u.decimals, v.decimals))
    group by v.group_no, v.value, v.decimals
),
consensus as (
    select group_no, value as consensus_value, decimals as consensus_decimals, support as consensus_witnesses
    from support
    qualify row_number() over (partition by group_no order by support desc, decimals desc, value asc) = 1
),
rivals as (
    -- the strongest value disagreeing with the consensus; as strong as it means no consensus
    select c.group_no, max(s.support) as rival_support
    from consensus c
    join support s
      on s.group_no = c.group_no
     and round(s.value, least(s.decimals, c.consensus_decimals))
         <> round(c.consensus_value, least(s.decimals, c.consensus_decimals))
    group by c.group_no
),
outliers as (
    select o.*, c.consensus_value, c.consensus_decimals, c.consensus_witnesses,
           c.consensus_witnesses > r.rival_support as is_clear
    from numbered o
    join consensus c using (group_no)
    join rivals r using (group_no)
    where round(o.value, least(o.decimals, c.consensus_decimals))
          <> round(c.consensus_value, least(o.decimals, c.consensus_decimals))
),
evidence as (
    -- one consensus claim per outlier, from another article where there is one
    select o.claim_id as outlier_id, e.claim_id as evidence_id
    from outliers o
    join numbered e
      on e.group_no = o.group_no
     and round(e.value, least(e.decimals, o.consensus_decimals))
         = round(o.consensus_value, least(e.decimals, o.consensus_decimals))
    qualify row_number() over (partition by o.claim_id order by e.article_id = o.article_id, e.claim_id) = 1
),
shown_claims as (
    select outlier_id as claim_id from evidence
    union
    select evidence_id from evidence
),
shown as (
    -- the file and sentence of every claim a row shows
    select c.claim_id, a.source_file, substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start) as sentence
    from fct_claims c
    join shown_claims using (claim_id)
    join dim_articles a using (article_id)
    join stg_sentences s using (article_id, sentence_no)
),
final as (
    select
        'numeric:' || o.claim_id as contradiction_id,
        'numeric' as kind,
        concat_ws(' ',
            coalesce(o.subject, '?') || ' ' || replace(o.metric, '_', ' ')
                || coalesce(' (counterpart ' || o.object || ')', '')
                || case when o.state = 'before' then ', before the change' else '' end
                || case
                       when o.period_part similar to '[0-9]{2}'
                       then ', ' || monthname(make_date(2000, cast(o.period_part as integer), 1))
                            || coalesce(' ' || o.period_year, ' (year not stated)')
                       when o.period_part is not null
                       then ', ' || o.period_part || coalesce(' ' || o.period_year, ' (year not stated)')
                       else coalesce(', ' || o.period_year, '')
                   end
                || ':',
            so.source_file || ' says ' || o.surface || ',',
            case when o.is_clear
                 then 'but ' || o.consensus_witnesses || ' independent source'
                      || case when o.consensus_witnesses > 1 then 's say ' else ' says ' end
                      || e.surface || ' (e.g. ' || se.source_file || ').'
                 else 'while ' || se.source_file || ' says ' || e.surface
                      || '; no value has a majority, so there is no consensus.'
            end
        ) as description,
        case
            when abs(o.value - e.value) / greatest(abs(o.value), abs(e.value), 1e-9) >= 0.25 then 'high'
            when abs(o.value - e.value) / greatest(abs(o.value), abs(e.value), 1e-9) >= 0.05 then 'medium'
            else 'low'
        end as severity,
        o.claim_id as claim_a,
        e.claim_id as claim_b,
        so.source_file as source_file_a,
        se.source_file as source_file_b,
        o.value as value_a,
        e.value as value_b,
        so.sentence as evidence_a,
        se.sentence as evidence_b,
        o.is_clear as has_consensus
    from outliers o
    join evidence x on x.outlier_id = o.claim_id
    join numbered e on e.claim_id = x.evidence_id
    join shown so on so.claim_id = o.claim_id
    join shown se on se.claim_id = e.claim_id
)
select * from final;

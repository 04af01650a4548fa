-- contradictions: public view, one row per outlying claim, paired with consensus evidence.
-- Grain: one row per (outlier claim). Claims are comparable when they are actual figures with
-- the same subject, object, metric, unit, state and period part; an unstated basis or year
-- takes the group's only stated one. Values agree when equal at the coarser precision of the
-- group. The consensus is the value most independent articles state (a near-duplicate copy
-- is not a second witness); every other value is an outlier.
create or replace view contradictions as
with comparable as (
    select c.*, a.source_file, coalesce(a.duplicate_of, a.article_id) as witness,
           substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start) as sentence
    from fct_claims c
    join dim_articles a using (article_id)
    join stg_sentences s using (article_id, sentence_no)
    where c.qualifier = 'actual'
      and c.subject is not null and c.metric is not null
),
keyed as (
    select *,
        count(distinct basis) over topic as stated_bases,
        max(basis) over topic as only_basis,
        count(distinct period_year) over topic as stated_years,
        max(period_year) over topic as only_year
    from comparable
    window topic as (partition by subject, object, metric, unit, state, period_part)
),
grouped as (
    select *,
        case when basis is null and stated_bases = 1 then only_basis else basis end as group_basis,
        case when period_year is null and stated_years = 1 then only_year else period_year end as group_year
    from keyed
),
bucketed as (
    select *,
        round(value, min(decimals) over claim_group) as bucket,
        dense_rank() over (order by subject, object, metric, unit, state, period_part, group_basis, group_year) as group_no
    from grouped
    window claim_group as (partition by subject, object, metric, unit, state, period_part, group_basis, group_year)
),
bucket_support as (
    select group_no, bucket, count(distinct witness) as witnesses, min(claim_id) as evidence_claim
    from bucketed
    group by group_no, bucket
),
ranked as (
    select *,
        row_number() over (partition by group_no order by witnesses desc, bucket) as bucket_rank,
        count(*) over (partition by group_no) as values_in_group,
        lead(witnesses) over (partition by group_no order by witnesses desc, bucket) as runner_up
    from bucket_support
),
consensus as (
    select group_no, bucket, witnesses, evidence_claim, values_in_group,
           witnesses > coalesce(runner_up, 0) as is_clear
    from ranked
    where bucket_rank = 1 and values_in_group > 1
),
outliers as (
    select o.*, c.bucket as consensus_value, c.witnesses as consensus_witnesses,
           c.evidence_claim, c.is_clear
    from bucketed o
    join consensus c on c.group_no = o.group_no and o.bucket <> c.bucket
),
final as (
    select
        'numeric:' || o.claim_id as contradiction_id,
        'numeric' as kind,
        concat_ws(' ',
            coalesce(o.subject, '?') || ' ' || replace(o.metric, '_', ' ')
                || coalesce(' (counterpart ' || o.object || ')', '')
                || coalesce(', ' || o.state, '')
                || case
                       when o.period_part similar to '[0-9]{2}'
                       then ', ' || monthname(make_date(2000, cast(o.period_part as integer), 1))
                            || coalesce(' ' || o.group_year, ' (year not stated)')
                       when o.period_part is not null
                       then ', ' || o.period_part || coalesce(' ' || o.group_year, ' (year not stated)')
                       else coalesce(', ' || o.group_year, '')
                   end
                || ':',
            o.source_file || ' says ' || o.surface || ',',
            case when o.is_clear
                 then 'but ' || o.consensus_witnesses || ' independent source'
                      || case when o.consensus_witnesses > 1 then 's say ' else ' says ' end
                      || e.surface || ' (e.g. ' || e.source_file || ').'
                 else 'while ' || e.source_file || ' says ' || e.surface
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
        o.source_file as source_file_a,
        e.source_file as source_file_b,
        o.value as value_a,
        e.value as value_b,
        o.sentence as evidence_a,
        e.sentence as evidence_b,
        o.is_clear as has_consensus
    from outliers o
    join bucketed e on e.claim_id = o.evidence_claim
)
select * from final;

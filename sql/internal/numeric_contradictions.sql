-- numeric_contradictions: one row per outlying claim, paired with consensus evidence, with a
-- confidence (0-1). Not a public view: `contradiction_candidates` shows every row, and
-- `contradictions` those confident enough to act on.
--
-- Grain: one row per outlier claim. Figures are compared only within a story (the articles
-- that report one event) and only when their key agrees: the measure (what exactly is
-- measured, canonical: "unemployment rate", "homes destroyed"), unit, before/after state,
-- basis, the place they are scoped to and the period; an unstated period or basis takes the one
-- the others state when they state only one, and a figure left ambiguous (the others state
-- several) is not compared. An unscoped figure is the story's own: it is not compared with a
-- region's, and a figure said to be national, or of the one country its measure is given for
-- in the story, is the story's own. Actual figures are compared,
-- and forecasts with forecasts (what the articles say one forecaster expects); not estimates,
-- targets, preliminary or revised figures, nor a figure whose measure is unknown; a bound ("at
-- least 214") is compared with bounds of its kind. A count of what changes while a story is told (the dead,
-- the evacuated: running_count) is compared only with readings of the same day (an undated
-- article's is its story's day) and, where both give one, time of day. Two values agree when
-- they differ by no more than rounding to the coarser precision of the two can hide (agree.sql).
-- The consensus is the value the most independent witnesses support: a publisher is one
-- witness however many of its articles repeat a figure, and a near-duplicate copy is its
-- original's witness. Each claim that disagrees with it is an outlier; one article stating one
-- fully keyed figure twice with two values is one too, when no list or table holds them.
create or replace view numeric_contradictions as
with topics as (
    -- what the group's figures state of their period, scope and basis
    select
        *,
        count(distinct key_period) over topic as stated_periods,
        max(key_period) over topic as only_period,
        count(distinct basis) over topic as stated_bases,
        max(basis) over topic as only_basis,
        count(distinct scope) filter (where scope_is_country) over topic as countries,
        running_count as is_running,
        -- a forecast its sentence gives the day it was published or a later one, and no longer
        -- period, is that day's ("37C today", "39C this afternoon"): forecasts for two days are
        -- two forecasts (a day before is when a plan was told: "announced yesterday")
        bound = 'forecast' and key_period is null and day_is_told
        and as_of_day >= strftime(published_at, '%Y-%m-%d') as is_daily_forecast
    from comparable_claims
    where measure is not null and bound <> 'estimate'
    window topic as (partition by story_id, measure, key_unit, stated_state, bound)
),
period_witnesses as (
    select story_id, measure, key_unit, stated_state, bound, key_period, count(distinct witness) as witnesses
    from comparable_claims
    where key_period is not null and measure is not null and bound <> 'estimate'
    group by story_id, measure, key_unit, stated_state, bound, key_period
),
main_periods as (
    -- the period more of a topic's witnesses state than all its other periods together
    select story_id, measure, key_unit, stated_state, bound, arg_max(key_period, witnesses) as main_period
    from period_witnesses
    group by story_id, measure, key_unit, stated_state, bound
    having max(witnesses) * 2 > sum(witnesses)
),
keyed as (
    select
        t.*,
        -- an unstated period is the one the topic's figures state, but not a year long before the
        -- story's: "since 1987, when a magnitude 7.2 quake struck" and "it won 11.7% of the vote
        -- in 2022" are history, and the story's own figures stay unperiodised
        case
            when t.key_period is not null then t.key_period
            when try_cast(left(case when t.stated_periods <= 1 then t.only_period else p.main_period end, 4) as integer)
                 < t.story_year - 1 then null
            when t.stated_periods <= 1 then t.only_period
            else p.main_period
        end as group_period,
        -- an unscoped figure is the story's own, not that of the one region another names; a
        -- country is the story's own when it is the only one its figures of the measure name
        case when scope_is_country and countries <= 1 then null else nullif(scope, 'national') end as group_scope,
        case when basis is not null then basis when stated_bases <= 1 then only_basis end as group_basis,
        (t.key_period is null and t.stated_periods > 1 and p.main_period is null)
        or (t.basis is null and t.stated_bases > 1) as is_ambiguous
    from topics t
    left join main_periods p using (story_id, measure, key_unit, stated_state, bound)
),
held_values as (
    -- values two independent witnesses or more give to one name
    select story_id, measure, key_unit, stated_state, bound, value, holder_key
    from comparable_claims
    where measure is not null and holder is not null and bound <> 'estimate'
    group by story_id, measure, key_unit, stated_state, bound, value, holder_key
    having count(distinct witness) >= 2
),
held_topics as (
    -- a topic whose figures are each one name's, as two names or more are given different values
    -- by two witnesses each (each defendant's sentence, each party's seats, each player's points):
    -- a figure is compared with the others given to its name
    select story_id, measure, key_unit, stated_state, bound
    from held_values
    group by story_id, measure, key_unit, stated_state, bound
    having count(distinct holder_key) >= 2 and count(distinct value) >= 2
),
numbered as (
    select
        k.*,
        dense_rank() over (
            order by k.story_id, k.measure, k.key_unit, k.stated_state, k.bound, k.group_period, k.group_scope,
                k.group_basis, case when k.is_running or k.is_daily_forecast then k.as_of_day end,
                case when h.story_id is not null then k.holder_key end
        ) as group_no
    from keyed k
    left join held_topics h using (story_id, measure, key_unit, stated_state, bound)
    where not k.is_ambiguous
),
group_values as (
    -- one row per distinct value stated in a group, at the finest precision it is written to
    select group_no, value, max(decimals) as decimals
    from numbered
    group by group_no, value
),
support as (
    -- a value is supported by the independent witnesses of every value agreeing with it
    -- (sql/internal/agree.sql), each witness once
    select v.group_no, v.value, v.decimals, count(distinct n.witness) as support
    from group_values v
    join numbered n
      on n.group_no = v.group_no
     and agree(n.value, n.decimals, v.value, v.decimals)
    group by v.group_no, v.value, v.decimals
),
consensus as (
    select group_no, value as consensus_value, decimals as consensus_decimals, support as consensus_witnesses
    from support
    qualify row_number() over (partition by group_no order by support desc, decimals desc, value asc) = 1
),
rivals as (
    -- the strongest value disagreeing with the consensus; as strong as it means no consensus
    select
        c.group_no,
        max(s.support) as rival_support,
        count(*) as rival_values,
        count(*) filter (where s.support >= 2) as strong_rivals
    from consensus c
    join support s
      on s.group_no = c.group_no
     and not agree(s.value, s.decimals, c.consensus_value, c.consensus_decimals)
    group by c.group_no
),
outliers as (
    select o.*, c.consensus_value, c.consensus_decimals, c.consensus_witnesses,
           c.consensus_witnesses > r.rival_support as is_clear, r.rival_values, r.strong_rivals,
           s.support as own_support
    from numbered o
    join consensus c using (group_no)
    join rivals r using (group_no)
    join support s on s.group_no = o.group_no and s.value = o.value
    where not agree(o.value, o.decimals, c.consensus_value, c.consensus_decimals)
),
evidence as (
    -- one consensus claim per outlier, from another witness where there is one
    select o.claim_id as outlier_id, e.claim_id as evidence_id
    from outliers o
    join numbered e
      on e.group_no = o.group_no
     and agree(e.value, e.decimals, o.consensus_value, o.consensus_decimals)
      -- readings of a running count at two known times of day are a progression, not a contradiction
      and not (o.is_running and coalesce(o.time_of_day <> e.time_of_day, false))
      -- counts their sentences give to two days ("46 lorries were waiting on Monday", "31 were
      -- queuing on Tuesday") are two readings
      and not (o.key_unit = 'count' and o.day_is_told and e.day_is_told and o.as_of_day <> e.as_of_day)
    qualify row_number() over (
        partition by o.claim_id
        order by coalesce(e.holder <> o.holder, false), e.witness = o.witness, e.article_id = o.article_id, e.claim_id
    ) = 1
),
paired as (
    select
        o.*,
        e.claim_id as evidence_claim_id, e.article_id as evidence_article_id, e.surface as evidence_surface,
        e.value as evidence_value, e.witness as evidence_witness, e.measure_found_by as evidence_found_by,
        e.in_list as evidence_in_list, e.holder as evidence_holder, e.membership as evidence_membership,
        e.time_of_day as evidence_time_of_day, e.is_demand as evidence_is_demand,
        -- one of the two articles gives both values: they stand side by side in one telling
        exists(
            select 1 from numbered b
            where b.group_no = o.group_no
              and ((b.article_id = o.article_id and agree(b.value, b.decimals, e.value, e.decimals))
                   or (b.article_id = e.article_id and agree(b.value, b.decimals, o.value, o.decimals)))
        ) as side_by_side,
        -- one sentence gives both values, under any measure of their unit and state: it sets two
        -- quantities side by side ("212,000 of its 268,000 customers", "an initial orbit of 210 km
        -- ... the station, which orbits at 418 km"), it does not contradict itself; a value it
        -- gives as the earlier level ("fell to 312,000, from 318,000") is not one of them, nor one
        -- it gives another period (a table's "9.23m" of Q2 2024 beside 9.80m: the outlier's
        -- figure is last year's, passed off as this year's)
        exists(
            select 1 from comparable_claims b
            where b.key_unit = o.key_unit and b.stated_state = o.stated_state
              and coalesce(b.key_period = o.group_period, true)
              and ((b.article_id = o.article_id and b.sentence_no = o.sentence_no
                    and agree(b.value, b.decimals, e.value, e.decimals))
                   or (b.article_id = e.article_id and b.sentence_no = e.sentence_no
                       and agree(b.value, b.decimals, o.value, o.decimals)))
        ) as in_one_sentence,
        -- the outlier states a period and no claim of the consensus does: the period the group is
        -- keyed by is the outlier's alone ("a 48-hour strike in November" against the 96-hour
        -- strike of this week, which states none)
        o.key_period is not null and not exists (
            select 1 from numbered b
            where b.group_no = o.group_no and b.key_period is not null
              and agree(b.value, b.decimals, e.value, e.decimals)
        ) as period_its_own,
        -- the outlier is given to a name no claim of the consensus is given to, and some are
        -- given to another ("Ines Calloway ... three years" against the chief executive's six)
        o.holder is not null
        and not exists (
            select 1 from numbered b
            where b.group_no = o.group_no and agree(b.value, b.decimals, e.value, e.decimals) and b.holder = o.holder
        )
        and exists (
            select 1 from numbered b
            where b.group_no = o.group_no and agree(b.value, b.decimals, e.value, e.decimals) and b.holder <> o.holder
        ) as held_apart,
        -- one article gives three values or more of the group in the pair's range: a box score or
        -- a table, where each figure is someone's own (a player's, a party's), not the story's; a
        -- workforce of 1,240 is not tabulated by the two workers hurt and the 31 trapped
        exists(
            select 1 from numbered b
            where b.group_no = o.group_no
              and abs(b.value) between least(abs(o.value), abs(e.value)) / 5
                                   and greatest(abs(o.value), abs(e.value)) * 5
            group by b.article_id
            having count(distinct b.value) >= 3
        ) as is_tabulated,
        -- independent witnesses of the story that state its value, under any measure, of its
        -- bound and state: the same figure, not one that rounds to it (a buyback of "€1.5bn" does
        -- not state €1.48bn, nor a policy rate of 3.25% an inflation rate of 3.3%, nor a rate
        -- forecast for June or cut from today's): a value two others state too is a quantity of
        -- the story (the main shock's magnitude against the strongest aftershock's); a figure
        -- asked for is not (a sentence of the 21 years the prosecution asked for is an error)
        (
            select count(distinct s.witness)
            from comparable_claims s
            where s.story_id = o.story_id and s.key_unit = o.key_unit and s.bound = o.bound
              and s.stated_state = o.stated_state and s.value = o.value
              and (not s.is_demand or s.article_id = o.article_id)
        ) as story_support,
        -- its own sentence says the consensus value changed into it ("the recount cut her
        -- majority from 242 to 219 votes"): it reports an update, not an error
        exists(
            select 1 from comparable_claims b
            where b.article_id = o.article_id and b.sentence_no = o.sentence_no and b.stated_state = 'before'
              and b.key_unit = o.key_unit and agree(b.value, b.decimals, e.value, e.decimals)
        ) as updated_from_consensus,
        -- independent witnesses of the consensus other than the outlier's own
        o.consensus_witnesses - (o.witness in (
            select n.witness from numbered n
            where n.group_no = o.group_no
              and agree(n.value, n.decimals, o.consensus_value, o.consensus_decimals)
        ))::int as other_witnesses
    from outliers o
    join evidence x on x.outlier_id = o.claim_id
    join numbered e on e.claim_id = x.evidence_id
),
kept as (
    -- a figure stated twice in one article is a contradiction only outside lists and tables,
    -- with its measure named by a cue or the noun it counts, two values in all, and not a
    -- forecast (an article may give an old forecast and a new one)
    select * from paired
    where other_witnesses >= 1
       or (not in_list and not evidence_in_list and rival_values = 1 and bound <> 'forecast'
           and measure_found_by <> 'phrase' and evidence_found_by <> 'phrase')
),
shown as (
    -- the file, sentence and words of every claim a row shows
    select
        c.claim_id, a.source_file, substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start) as sentence,
        list_distinct(regexp_extract_all(lower(substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start)),
                                         '[a-z]+')) as words
    from fct_claims c
    join dim_articles a using (article_id)
    join stg_sentences s using (article_id, sentence_no)
    where c.claim_id in (
        select claim_id from kept
        union
        select evidence_claim_id from kept
    )
),
worded as (
    select
        k.*,
        so.source_file, so.sentence,
        se.source_file as evidence_file, se.sentence as evidence_sentence,
        -- the share of their words two sentences have in common: an outlet's copy of another's
        -- sentence with one figure changed says the same fact
        len(list_intersect(so.words, se.words)) / greatest(len(list_distinct(list_concat(so.words, se.words))), 1)
            as same_wording
    from kept k
    join shown so on so.claim_id = k.claim_id
    join shown se on se.claim_id = k.evidence_claim_id
),
scored as (
    select
        *,
        -- independent witnesses for the consensus, then what is less than certain in the key
        case when other_witnesses >= 2 then 0.95 when other_witnesses = 1 then 0.85 else 0.7 end
        * case when is_clear then 1.0
               -- one source against one, with no third, says two figures differ, not which is
               -- wrong, and two values of one key worded apart are as often two quantities; unless
               -- the two say it in one sentence with one figure changed, or with a typo's digits
               when other_witnesses >= 2 or same_wording >= 0.6 or same_digits(value, evidence_value) then 0.75
               else 0.65 end
        -- two values one article gives side by side are two quantities (the storm's winds
        -- before and after it weakened, two parties' shares) unless two other witnesses say
        -- which of the two is the story's
        * case when side_by_side and (not is_clear or other_witnesses <= 1) then 0.5 else 1.0 end
        * case when in_one_sentence then 0.5 else 1.0 end
        -- a consensus and two more values each given by two witnesses are several quantities
        -- under one key (each party's seats, each team's points), not one fact and its error
        * case when strong_rivals >= 2 then 0.5 else 1.0 end
        -- a value two independent witnesses state in its group, or three anywhere in its story,
        -- is a quantity of its own (the airport's gust against the cape's), not one outlet's error
        * case when own_support >= 2 or story_support >= 3 then 0.5 else 1.0 end
        -- or names the consensus value after a "from" the claims leave out ("still in 164
        -- shelters, down from 14,600 in 212 shelters that morning")
        * case when updated_from_consensus
                    or (strpos(lower(sentence), ' from ') > 0
                        and strpos(substr(lower(sentence), strpos(lower(sentence), ' from ')),
                                   lower(evidence_surface)) > 0)
               then 0.5 else 1.0 end
        -- a figure asked for against one that came about: the sentence sought, the one imposed
        * case when is_demand <> evidence_is_demand then 0.5 else 1.0 end
        -- articles may quote two forecasters: a forecast needs two other witnesses to cross the line
        * case when bound <> 'forecast' then 1.0 when other_witnesses >= 2 then 0.85 else 0.6 end
        * case when measure_found_by = 'phrase' or evidence_found_by = 'phrase' then 0.9 else 1.0 end
        * case when in_list or evidence_in_list then 0.85 else 1.0 end
        -- figures their clauses give to two different names (two parties' seats, two
        -- defendants' sentences) are each one's own
        * case when holder <> evidence_holder or held_apart then 0.5 else 1.0 end
        -- in a box score or table, two figures are one fact only when both are given to one name
        * case when is_tabulated and not coalesce(holder = evidence_holder, false) then 0.5 else 1.0 end
        * case when least(membership, evidence_membership) < 0.3 then 0.9 else 1.0 end
        * case when period_its_own then 0.5 else 1.0 end
        -- two whole counts of 20 or fewer are as often two parts of a story's things (the planes
        -- one region sent, all those fighting the fire) as one count and its error, unless both
        -- are given to one name (a party's seats)
        * case when key_unit = 'count' and not is_running and greatest(value, evidence_value) <= 20
                    and not coalesce(holder = evidence_holder, false)
                    and not same_digits(value, evidence_value) then 0.6 else 1.0 end
        -- a running count given for no time of day may be an earlier or a later reading, and
        -- two readings with no consensus are a count that moved; unless the digits are the same
        -- in another order or scale, a typo no update makes (sql/internal/digits.sql)
        * case when not is_running or same_digits(value, evidence_value) then 1.0
               when not is_clear then 0.5
               when time_of_day is null or evidence_time_of_day is null then 0.6
               else 1.0 end
        -- an outlet's wrong figure is most often near the right one (an old figure, a misread) or
        -- has its digits (a typo, a slipped scale: "$4.82 million" for billion); figures of one
        -- measure more than three times apart with other digits are more often two quantities (the
        -- fleet and the ships hit, a total and a part of it), and twenty times apart rarely not
        * case when same_digits(value, evidence_value)
                    or greatest(abs(value), abs(evidence_value)) <= 3 * least(abs(value), abs(evidence_value))
               then 1.0
               when greatest(abs(value), abs(evidence_value)) <= 20 * least(abs(value), abs(evidence_value))
               then 0.6
               else 0.3 end
            as confidence,
        abs(value - evidence_value) / greatest(abs(value), abs(evidence_value), 1e-9) as gap
    from worded
),
final as (
    select
        'numeric:' || o.claim_id as contradiction_id,
        'numeric' as kind,
        concat_ws(' ',
            coalesce(o.group_scope || ' ', '') || o.measure
                || case when o.bound = 'forecast' then ', forecast' else '' end
                || case when o.stated_state = 'before' then ', before the change' else '' end
                || coalesce(', ' || calendar_words(o.group_period), '')
                || case when o.is_running
                        then ', ' || calendar_words(o.as_of_day::varchar) || coalesce(' ' || o.time_of_day, '')
                        else '' end
                || ':',
            o.source_file || ' says ' || o.surface || ',',
            case when o.is_clear and o.other_witnesses >= 1
                 then 'but ' || o.other_witnesses || ' independent source'
                      || case when o.other_witnesses > 1 then 's say ' else ' says ' end
                      || o.evidence_surface || ' (e.g. ' || o.evidence_file || ').'
                 when o.other_witnesses = 0
                 then 'and elsewhere says ' || o.evidence_surface || '.'
                 else 'while ' || o.evidence_file || ' says ' || o.evidence_surface
                      || '; no value has a majority, so there is no consensus.'
            end
        ) as description,
        case
            -- high only for a complete key: a measure named by a cue or the noun counted, a period
            when o.confidence >= 0.8 and o.gap >= 0.25 and o.group_period is not null
                 and o.measure_found_by <> 'phrase' and o.evidence_found_by <> 'phrase' then 'high'
            when o.gap >= 0.05 then 'medium'
            else 'low'
        end as severity,
        round(o.confidence, 3) as confidence,
        o.story_id,
        o.claim_id as claim_a,
        o.evidence_claim_id as claim_b,
        o.source_file as source_file_a,
        o.evidence_file as source_file_b,
        o.value as value_a,
        o.evidence_value as value_b,
        o.sentence as evidence_a,
        o.evidence_sentence as evidence_b,
        o.is_clear as has_consensus
    from scored o
)
select * from final;

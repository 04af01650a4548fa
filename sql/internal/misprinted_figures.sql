-- misprinted_figures: one row per figure that looks like a misprint of a value its story agrees
-- on, however differently the two articles word what they measure. Rows have the shape of
-- numeric_contradictions and join it in unified_contradictions.
--
-- Grain: one row per outlying claim. A claim is taken for a misprint of a value when
--   * two or more other independent witnesses of its story state the value (in its unit),
--   * no other witness states the claim's value, and its own states the consensus value, if at
--     all, only in another sentence (then one article gives both, and the row is less confident:
--     an article may give two quantities with those digits; or it has misprinted one of its two
--     mentions of a figure, "5,600 residents have been evacuated" and later "the 6,500 people
--     evacuated"),
--   * the two are written with the same significant digits in another order ("2,341" for 2,314,
--     "16" for 61: same_digits in sql/internal/digits.sql), within a factor of ten of each other
--     unless no measure tells them apart, they have two significant digits or more and the
--     claim's article never gives the other (a slipped scale, "5.8 million km" for billion, or a
--     decimal point one place off; the outlet's other articles may give the right one),
--   * and nothing in their keys tells them apart: the same bound (a forecast, an estimate and an
--     actual figure are one here: "will make up 31.4%" and "set to make up 34.1%" tell one plan,
--     "an estimated 4,300 tonnes" and "some 43,000 tonnes" one spill) and
--     before/after state, no two different periods or places, and a running count read on the
--     same day. A period tells them apart only when the witnesses of the consensus agree on it:
--     when they give the value for two periods, its period is misread somewhere and not a key.
--     Two holders (the names their clauses give last) lower the confidence: holders are often
--     misread.
-- An article that gives a figure a wording of its own ("borrowers" where the others say
-- "victims") and never the figure everyone else gives, with those digits, has most likely
-- misprinted it; a value that merely differs is left to numeric_contradictions, which needs
-- the measures to agree.
-- share_a_word(a, b): whether two measures share a word ("handset sold" and "unit sold": one
-- quantity named two ways); null when either is unknown.
create or replace macro share_a_word(a, b) as len(list_intersect(string_split(a, ' '), string_split(b, ' '))) > 0;

create or replace view misprinted_figures as
with comparable as materialized (
    -- read once: the rules below look at the story's claims many times over
    select * from comparable_claims
),
consensus_values as (
    -- each value two or more independent witnesses of a story state, in one unit: a hedged
    -- figure with other digits ("around $71" for $71.36) does not state it, "about 2,400" states 2,400
    select
        v.story_id, v.key_unit, v.value, v.decimals, count(distinct n.witness) as witnesses,
        count(distinct n.key_period) <= 1 as period_agreed
    from (select distinct story_id, key_unit, value, decimals from comparable) v
    join comparable n
      on n.story_id = v.story_id and n.key_unit = v.key_unit and agree(n.value, n.decimals, v.value, v.decimals)
     and (n.decimals >= v.decimals or n.qualifier <> 'approximate' or n.value = v.value)
    group by v.story_id, v.key_unit, v.value, v.decimals
    having count(distinct n.witness) >= 2
),
lone as (
    -- claims whose value no other witness of the story states: a round figure of one
    -- significant digit ("400,000") that agrees with a finer one (421,000) does not state it,
    -- nor does a hedged one ("almost 62,000" holds 61,482 and 61,842 alike)
    select a.*
    from comparable a
    where not exists (
        select 1 from comparable n
        where n.story_id = a.story_id and n.key_unit = a.key_unit and n.witness <> a.witness
          and n.bound = a.bound  -- a forecast of "44C" states no reading of 43.6
          -- nor does a coarser figure of another named quantity: the river water's "27C" states
          -- no night's low of 26.7C
          and (n.decimals >= a.decimals or n.measure is null or a.measure is null or n.measure = a.measure)
          and agree(n.value, n.decimals, a.value, a.decimals)
          and (n.decimals >= a.decimals
               or (significant_digits(n.value) >= 2 and (n.qualifier <> 'approximate' or n.value = a.value)))
    )
),
pairs as (
    select
        a.*,
        e.claim_id as evidence_claim_id, e.article_id as evidence_article_id, e.surface as evidence_surface,
        e.value as evidence_value, e.measure as evidence_measure, e.witness as evidence_witness,
        e.holder as evidence_holder,
        v.witnesses - own.gives_value::int as consensus_witnesses,
        own.gives_value,
        -- its article gives three values or more of its measure in the pair's range: a table of
        -- the parties' seats or the players' points, where each figure is someone's own; figures
        -- it places elsewhere (a district's turnout beside the province's) are no rows of its table
        (
            select count(distinct t.value) >= 3
            from comparable t
            where t.article_id = a.article_id and t.measure = a.measure and t.key_unit = a.key_unit
              -- a table holds results: neither the year-earlier figure a result rose from nor the
              -- analysts' forecast or the guidance beside it is a row ("€421 million, from €318
              -- million, above the €395 million analysts had pencilled in"); a projection is read
              -- among the results it projects
              and t.stated_state = a.stated_state and (t.bound = a.bound or t.bound = 'actual')
              and nullif(t.scope, 'national') is not distinct from nullif(a.scope, 'national')
              and abs(t.value) between least(abs(a.value), abs(e.value)) / 5
                                   and greatest(abs(a.value), abs(e.value)) * 5
        ) as tabulated,
        coalesce(a.measure = e.measure, false) as same_measure,
        -- measures that share a word ("handset sold" and "unit sold"): one quantity named two ways
        coalesce(share_a_word(a.measure, e.measure), false)
            as related_measure
    from lone a
    join consensus_values v
      on v.story_id = a.story_id and v.key_unit = a.key_unit and same_digits(a.value, v.value)
    join comparable e
      on e.story_id = a.story_id and e.key_unit = a.key_unit and e.witness <> a.witness
     and agree(e.value, e.decimals, v.value, v.decimals)
    cross join lateral (
        select
            count(*) > 0 as gives_value,
            count(*) filter (where s.article_id = a.article_id) > 0 as article_gives_value
        from comparable s
        where s.story_id = a.story_id and s.witness = a.witness and s.key_unit = a.key_unit
          and agree(s.value, s.decimals, v.value, v.decimals)
    ) own
    -- digits to misprint, or a count of two digits or more told in words against the digits
    -- the story gives for a quantity named alike ("Thirty-two miners were cut off" for 23
    -- miners): "a quarter" has no digits to misprint, nor has "Forty-one" against "Fourteen",
    -- "Forty-one homes" are no misprint of 14 aircraft, and a share told in words ("Fifty-one
    -- percent") is seldom a slip
    where (regexp_matches(a.surface, '[0-9]')
           or (a.key_unit = 'count' and significant_digits(a.value) >= 2 and abs(a.value) >= 10
               and regexp_matches(e.surface, '[0-9]')
               and coalesce(share_a_word(a.measure, e.measure), true)))
      and v.witnesses - own.gives_value::int >= 2
      and (e.bound = a.bound
           or (e.bound in ('actual', 'forecast', 'estimate') and a.bound in ('actual', 'forecast', 'estimate')))
      and e.stated_state = a.stated_state
      and (coalesce(e.key_period = a.key_period, true) or not v.period_agreed)
      and (nullif(e.scope, 'national') is not distinct from nullif(a.scope, 'national')
           or e.scope_is_country or a.scope_is_country)
      -- a running count read on the same day, or on the day before or after when one of the two
      -- days is only its article's byline
      and (not (a.running_count or e.running_count)
           or a.as_of_day = e.as_of_day
           or (not (a.day_is_told and e.day_is_told)
               and abs(date_diff('day', a.as_of_day::date, e.as_of_day::date)) <= 1))
      -- a slipped scale ("5.8 million km" for billion) when no measure tells them apart, and
      -- with two significant digits or more: 4 and 40 are too often two quantities
      and same_digits(a.value, e.value)
      -- another order keeps the number of digits before the point: 2,341 for 2,314, not 4,210
      -- for 12,400
      and ((greatest(abs(a.value), abs(e.value)) < 10 * least(abs(a.value), abs(e.value))
            and floor(log10(nullif(abs(a.value), 0))) = floor(log10(nullif(abs(e.value), 0))))
           or (abs(log10(abs(a.value) / nullif(abs(e.value), 0))
                   - round(log10(abs(a.value) / nullif(abs(e.value), 0)))) < 1e-6
               -- a decimal point one place off ("2.5" for 25) or a wrong scale word, a power of
               -- a thousand ("41.6 million" for billion); "1,480" against 148,000 is neither
               and (abs(round(log10(abs(a.value) / nullif(abs(e.value), 0)))) = 1
                    or abs(round(log10(abs(a.value) / nullif(abs(e.value), 0))))::integer % 3 = 0)
               and coalesce(
                   a.measure = e.measure
                   or share_a_word(a.measure, e.measure),
                   true
               )
               and significant_digits(a.value) >= 2
               and not own.article_gives_value))
      -- its own source gives the value, if at all, in another sentence
      and not exists (
          select 1 from comparable s
          where s.story_id = a.story_id and s.witness = a.witness and s.key_unit = a.key_unit
            and agree(s.value, s.decimals, v.value, v.decimals)
            and s.article_id = a.article_id and s.sentence_no = a.sentence_no
      )
    -- the consensus value its digits are likelier a misprint of (another order before another
    -- scale: 4,210 of 4,120 trains, not of 12,400 members), then the consensus claim that words
    -- the figure most like the outlier does
    qualify row_number() over (
        partition by a.claim_id
        order by greatest(abs(a.value), abs(e.value)) < 10 * least(abs(a.value), abs(e.value)) desc,
            same_measure desc, related_measure desc, coalesce(e.holder = a.holder, true) desc, e.claim_id asc
    ) = 1
),
scored as (
    select
        *,
        case when consensus_witnesses >= 3 then 0.9 else 0.8 end
        * case when same_measure then 1.0 when related_measure then 0.95 else 0.85 end
        * case when in_list then 0.85 else 1.0 end
        -- its own article gives both: two quantities with those digits, unless it names both
        -- alike or with a word in common (one figure told twice, once misprinted: "fined €2.4m"
        -- and "the €4.2m fine")
        * case when gives_value and not (same_measure or related_measure) then 0.8 else 1.0 end
        * case when tabulated then 0.5 else 1.0 end
        -- their clauses give them to two names: perhaps two quantities, perhaps a name misread
        * case when holder <> evidence_holder then 0.85 else 1.0 end
        -- two figures of two significant digits share them by chance far more often than two of
        -- three or more (14 and 41 points, 2.6% and 6.2%; 1,079 and 1,097 rarely)
        * case when significant_digits(value) >= 3
               then 1.15 else 0.85 end as likelihood
    from pairs
),
shown as (
    select c.claim_id, a.source_file, substr(a.clean_text, s.char_start + 1, s.char_end - s.char_start) as sentence
    from fct_claims c
    join dim_articles a using (article_id)
    join stg_sentences s using (article_id, sentence_no)
    where c.claim_id in (
        select claim_id from scored
        union
        select evidence_claim_id from scored
    )
)
select
    'numeric:' || o.claim_id as contradiction_id,
    'numeric' as kind,
    concat_ws(' ',
        coalesce(o.evidence_measure, o.measure, 'figure') || coalesce(', ' || calendar_words(o.key_period), '') || ':',
        so.source_file || ' says ' || o.surface || ',',
        'but ' || o.consensus_witnesses || ' independent sources say ' || o.evidence_surface
            || ' (e.g. ' || se.source_file || ')'
            || case when o.gives_value then ', as it does itself elsewhere' else ', which it never gives' end
            || ': the same digits in another '
            || case when o.value * 10 <= o.evidence_value or o.evidence_value * 10 <= o.value
                    then 'scale.' else 'order.' end
    ) as description,
    -- the same digits are the mark of a misprint, but a key named in two wordings is not complete
    case when o.same_measure and o.key_period is not null and o.likelihood >= 0.8 then 'high' else 'medium' end
        as severity,
    round(least(o.likelihood, 0.95), 3) as confidence,
    o.story_id,
    o.claim_id as claim_a,
    o.evidence_claim_id as claim_b,
    so.source_file as source_file_a,
    se.source_file as source_file_b,
    o.value as value_a,
    o.evidence_value as value_b,
    so.sentence as evidence_a,
    se.sentence as evidence_b,
    true as has_consensus
from scored o
join shown so on so.claim_id = o.claim_id
join shown se on se.claim_id = o.evidence_claim_id;

-- entity_aliases: one row per entity that is another name of an entity (not a public view).
-- A bare surname ("Trump") is the one person whose full name ends with it; a full name one or
-- two letters from another with the same first name ("Scott Besant"/"Scott Bessent") is a
-- spelling variant of the more often mentioned one when the two share a word of their roles
-- (both "Treasury Secretary"). Recomputed over the whole warehouse on every read.
create or replace view entity_aliases as
with persons as (
    select e.entity_id, e.name, string_split(e.name, ' ') as tokens, count(m.article_id) as mentions
    from dim_entities e
    left join fct_mentions m using (entity_id)
    where e.type = 'person'
    group by all
),
role_words as (
    select entity_id, list(distinct word) as words
    from (
        select entity_id, unnest(string_split(lower(regexp_replace(role, '[^A-Za-z ]', ' ', 'g')), ' ')) as word
        from fct_mentions
        where role is not null
    ) as role_word
    where length(word) > 3
    group by entity_id
),
surnames as (
    select s.entity_id as variant_id, min(f.entity_id) as canonical_id, 'surname' as reason
    from persons s
    join persons f on len(s.tokens) = 1 and len(f.tokens) >= 2 and f.tokens[-1] = s.tokens[1]
    group by s.entity_id
    having count(*) = 1
),
spellings as (
    select a.entity_id as variant_id, b.entity_id as canonical_id, 'spelling' as reason
    from persons a
    join persons b
      on a.entity_id <> b.entity_id
     and len(a.tokens) >= 2 and len(a.tokens) = len(b.tokens)
     and a.tokens[1] = b.tokens[1]
     and length(a.tokens[-1]) >= 4
     and levenshtein(a.tokens[-1], b.tokens[-1]) between 1 and 2
     and (a.mentions < b.mentions or (a.mentions = b.mentions and a.name > b.name))
    join role_words ra on ra.entity_id = a.entity_id
    join role_words rb on rb.entity_id = b.entity_id
    where len(list_intersect(ra.words, rb.words)) > 0
)
select variant_id, canonical_id, reason from surnames
union all
select variant_id, canonical_id, reason from spellings;

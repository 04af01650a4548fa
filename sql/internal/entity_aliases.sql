-- entity_aliases: one row per entity that is another name of an entity (not a public view).
-- A bare surname ("Trump") is the one person whose full name ends with it. Two full names that
-- share one name part and are a letter apart in the other, two when both spellings have six
-- letters or more ("Scott Besant"/"Scott Bessent", "Yevgenia"/"Evgeniya"; not "Chen"/"Cohen",
-- not "Maria"/"Amara"), are one person when they stand in one story, or share a first name and the
-- head noun of a role (both "Treasury Secretary"), and no article names both (then they are
-- two people: "Maria" and "Mario Santos"). So are two names alike once accents, doubled letters,
-- y/i and ou/u are folded (alike_spelling.sql), or a first name is a letter apart once folded
-- and the surnames alike ("Youssef"/"Yusuf", "Kazimir Dovlatian"/"Kasimir Dovlatyan"). The
-- spelling more independent sources use is the name, the other its variant. Recomputed over
-- the whole warehouse on every read.
create or replace view entity_aliases as
with persons as (
    select
        e.entity_id, e.name, string_split(e.name, ' ') as tokens, alike_spelling(e.name) as alike,
        count(m.article_id) as mentions,
        count(distinct coalesce(a.duplicate_of, a.article_id)) as witnesses,
        list(distinct s.story_id) filter (where s.story_id is not null) as stories,
        list(distinct m.article_id) filter (where m.article_id is not null) as articles
    from dim_entities e
    left join fct_mentions m using (entity_id)
    left join dim_articles a on a.article_id = m.article_id
    left join stg_story_members s on s.article_id = m.article_id
    where e.type = 'person'
    group by all
),
role_words as (
    -- the head nouns of the roles a person is given ("secretary" of "US Treasury Secretary"):
    -- "chief" alone does not make a chief executive and a chief financial officer one person,
    -- nor a head noun that every kind of organisation has (a fire chief and a union chief, two
    -- charities' chief executives, two bosses) two people of two stories one
    select entity_id, list(distinct word) as words
    from (
        select entity_id, regexp_extract(lower(role), '([a-z]+)[^a-z]*$', 1) as word
        from fct_mentions
        where role is not null
    ) as role_word
    where length(word) > 3
      and word not in ('chief', 'boss', 'head', 'executive', 'director', 'officer', 'manager', 'member', 'leader',
                       'founder', 'lawyer', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman')
    group by entity_id
),
surnames as (
    select s.entity_id as variant_id, min(f.entity_id) as canonical_id, 'surname' as reason
    from persons s
    join persons f on len(s.tokens) = 1 and len(f.tokens) >= 2 and f.tokens[-1] = s.tokens[1]
    group by s.entity_id
    having count(*) = 1
),
name_pairs as (
    -- one name part the same, the other one or two letters apart: two equality joins, so the
    -- pairs looked at grow with the people sharing a name part, not with all people squared
    select a.entity_id as a_id, b.entity_id as b_id
    from persons a
    join persons b on a.tokens[1] = b.tokens[1] and len(a.tokens) = len(b.tokens) and a.entity_id <> b.entity_id
    where len(a.tokens) >= 2 and length(a.tokens[-1]) >= 5
      and levenshtein(lower(a.tokens[-1]), lower(b.tokens[-1]))
      between 1 and least(2, length(a.tokens[-1]) - 4, length(b.tokens[-1]) - 4)
    union
    select a.entity_id as a_id, b.entity_id as b_id
    from persons a
    join persons b on a.tokens[-1] = b.tokens[-1] and len(a.tokens) = len(b.tokens) and a.entity_id <> b.entity_id
    where len(a.tokens) >= 2 and length(a.tokens[1]) >= 5
      and levenshtein(lower(a.tokens[1]), lower(b.tokens[1]))
      between 1 and least(2, length(a.tokens[1]) - 4, length(b.tokens[1]) - 4)
    union
    -- a first name transliterated and a letter apart once folded ("Youssef"/"Yusuf": "iusef", "iusuf"),
    -- the surname alike once folded ("Kazimir Dovlatian"/"Kasimir Dovlatyan")
    select a.entity_id as a_id, b.entity_id as b_id
    from persons a
    join persons b
      on alike_spelling(a.tokens[-1]) = alike_spelling(b.tokens[-1]) and len(a.tokens) = len(b.tokens)
     and a.entity_id <> b.entity_id
    where len(a.tokens) >= 2 and length(alike_spelling(a.tokens[1])) >= 5 and length(alike_spelling(b.tokens[1])) >= 5
      and levenshtein(alike_spelling(a.tokens[1]), alike_spelling(b.tokens[1])) = 1
    union
    -- one name transliterated or typed apart ("Sigrún Åsen"/"Sigrun Aasen"): alike once folded
    select a.entity_id as a_id, b.entity_id as b_id
    from persons a
    join persons b on a.alike = b.alike and a.entity_id <> b.entity_id
    where len(a.tokens) >= 2 and length(a.alike) >= 8
),
spellings as (
    select a.entity_id as variant_id, b.entity_id as canonical_id, 'spelling' as reason
    from name_pairs p
    join persons a on a.entity_id = p.a_id
    join persons b on b.entity_id = p.b_id
    left join role_words ra on ra.entity_id = a.entity_id
    left join role_words rb on rb.entity_id = b.entity_id
    where (a.witnesses, a.mentions, b.name) < (b.witnesses, b.mentions, a.name)
      and len(list_intersect(a.articles, b.articles)) = 0
      -- a first name spelt apart only within one story: Maria and Amara are mostly two people
      and (len(list_intersect(a.stories, b.stories)) > 0
           or (a.tokens[1] = b.tokens[1] and len(list_intersect(ra.words, rb.words)) > 0))
    -- a variant of two names is the variant of the one more sources use
    qualify row_number() over (partition by a.entity_id order by b.witnesses desc, b.mentions desc, b.name asc) = 1
)
select variant_id, canonical_id, reason from surnames
union all
select variant_id, canonical_id, reason from spellings;

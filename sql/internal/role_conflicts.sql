-- role_conflicts: one row per person and office where some sources give the office with a rank
-- word (former, ex-, ousted, deputy, acting, interim, vice) and others give it plain (not a
-- public view): "former housing minister" against "housing minister", "Deputy Governor" against "Governor". Titles
-- are compared without country words, articles and owners, and "X of Y" as "Y X" ("US
-- President", "President", "Chinese President" are one office; "the league's commissioner" is
-- the "league commissioner"; "chief of the coastguard" the "coastguard chief"), so the
-- equivalent titles of one post are never flagged. Only
-- articles of one story, or published within a week of each other, can conflict: articles
-- years apart are history (a vice president then is a former one now), and a source that
-- gives both titles itself is quoting the past or shortening, not contradicting anyone; a
-- "former" post of a defendant, in a sentence of their trial, is true as the plain one is.
--
-- Also a post one source gives a person in a story when two sources or more give another of
-- the posts held one at a time (a minister's portfolio, a company's top posts): "Interior
-- Minister" against "Transport Minister", "finance director" against "chief executive".
--
-- Grain: one row per person, office and rank word (or other post). Side a is the one fewer sources take (the
-- ranked side when as many take each; always the "former" side, which says the person left).
create or replace view role_conflicts as
with roles as (
    select r.canonical_id, r.source_file, r.witness, r.sentence, r.role, m.story_id, a.published_at,
           -- "ex-" and "ousted" say former too
           regexp_replace(
               coalesce(regexp_extract(lower(r.role), '\b(former|ex|ousted|deputy|acting|interim|vice)\b', 1), ''),
               '^(ex|ousted)$', 'former'
           ) as rank_word,
           -- the office in one wording (CEO and CFO spelt out): no rank or country words, articles
           -- or brackets, a named owner kept as a word ("the NHL's commissioner": nhl commissioner) and
           -- one named by a common noun left out ("the authority's acting chief executive" is the
           -- acting chief executive of the body the others name), and
           -- "chief of the coastguard" as "coastguard chief"
           regexp_replace(
               trim(regexp_replace(
                   regexp_replace(
                       regexp_replace(
                           regexp_replace(
                               regexp_replace(
                                   regexp_replace(
                                       -- "vice-captain", "ex-minister": the rank word apart from the office
                                       regexp_replace(
                                           -- without the body it is held at, named as others
                                           -- name it or not ("at the statistics office", "at the BSO")
                                           lower(regexp_replace(
                                               regexp_replace(r.role, '\b(?:the|its)\s+[a-z][a-z-]*[''’]s\s+', ''),
                                               '\s+at\s+.*$', ''
                                           )),
                                           '\b(former|ex|deputy|acting|interim|vice)-', '\1 ', 'g'
                                       ),
                                       '\bceo\b|\bchief executive officer\b', 'chief executive', 'g'
                                   ),
                                   '\bcfo\b', 'chief financial officer', 'g'
                               ),
                               '\([^)]*\)|[,;]', ' ', 'g'
                           ),
                           '[''’]s\s+', ' ', 'g'
                       ),
                       '\b(former|ex|ousted|deputy|acting|interim|vice|the|a|an|'
                       || 'us|u\.s\.|american|chinese|british|uk|white house)\b',
                       ' ', 'g'
                   ),
                   '\s+', ' ', 'g')),
               '^([a-z -]+?) of (.+)$', '\2 \1'
           ) as office
    from mention_sentences r
    join dim_articles a using (article_id)
    left join stg_story_members m using (article_id)
    where r.role is not null
),
worded as (
    select *, string_split(office, ' ') as office_words, string_split(office, ' ')[-1] as head,
           -- the post itself, where it is one a person holds one of at a time: a minister's
           -- portfolio ("transport minister"), a company's top posts
           -- (one name each: a finance director is the chief financial officer, a managing director
           -- the chief executive, a chairwoman the chair)
           coalesce(
               nullif(regexp_extract(office, '((?:[a-z-]+ (?:and|&) )?[a-z-]+ minister)$', 1), ''),
               case regexp_extract(
                   office,
                   '(chief executive|managing director|chairman|chairwoman|chair|chief financial officer'
                   || '|finance director|chief operating officer)$', 1
               )
                   when '' then null
                   when 'managing director' then 'chief executive'
                   when 'finance director' then 'chief financial officer'
                   when 'chairman' then 'chair'
                   when 'chairwoman' then 'chair'
                   else regexp_extract(
                       office, '(chief executive|chair|chief financial officer|chief operating officer)$', 1
                   )
               end
           ) as post
    from roles
),
witness_posts as (
    -- the posts each source gives each person, in one list
    select canonical_id, witness, list(distinct post) as posts
    from worded
    where post is not null
    group by canonical_id, witness
),
posts as (
    -- the plain posts each independent source gives a person in a story
    select canonical_id, story_id, post, count(distinct witness) as witnesses,
           min(source_file) as source_file, min_by(sentence, source_file) as sentence, min_by(role, source_file) as role
    from worded
    where post is not null and rank_word = '' and story_id is not null
    group by canonical_id, story_id, post
),
other_posts as (
    -- one source gives a person a post that two other sources or more give as another, and
    -- neither side gives the other's: "Interior Minister" against "Transport Minister"; a
    -- source giving both (a former post, a second hat) contradicts no one
    select o.*, m.post as usual_post, m.witnesses as usual_witnesses, m.source_file as usual_file,
           m.sentence as usual_sentence, m.role as usual_role
    from posts o
    join posts m on m.canonical_id = o.canonical_id and m.story_id = o.story_id and m.post <> o.post
    where o.witnesses = 1 and m.witnesses >= 2
      -- a portfolio named in part is the same post ("economy minister", "economy and industry minister")
      and not list_has_all(string_split(m.post, ' '), string_split(o.post, ' '))
      and not list_has_all(string_split(o.post, ' '), string_split(m.post, ' '))
      and not exists (
          select 1 from witness_posts w
          where w.canonical_id = o.canonical_id and list_contains(w.posts, o.post) and list_contains(w.posts, m.post)
      )
),
pairs as (
    -- a ranked title against the plain one, from another source, in one story or week
    select r.canonical_id, r.office, r.rank_word,
           r.witness as ranked_witness, r.source_file as ranked_file, r.sentence as ranked_sentence,
           r.role as ranked_role,
           p.witness as plain_witness, p.source_file as plain_file, p.sentence as plain_sentence,
           p.role as plain_role
    from worded r
    join worded p
      -- one office: the same head noun, the words of one title all in the other ("commissioner",
      -- "league commissioner")
      on p.canonical_id = r.canonical_id and p.head = r.head and p.rank_word = '' and p.witness <> r.witness
     and (list_has_all(p.office_words, r.office_words) or list_has_all(r.office_words, p.office_words))
     and (p.story_id = r.story_id or abs(date_diff('day', p.published_at, r.published_at)) <= 7)
    where r.rank_word <> '' and r.office <> ''
      -- a former trade is a life story, not a post held or left ("a former bus driver", "the
      -- former nurse"): whoever calls them a nurse contradicts no one
      and not (r.rank_word = 'former'
               and r.head in ('driver', 'nurse', 'teacher', 'miner', 'farmer', 'worker', 'soldier', 'doctor',
                              'engineer', 'journalist', 'footballer', 'player', 'midwife', 'firefighter',
                              'paramedic', 'pilot', 'sailor', 'fisherman', 'builder', 'cleaner', 'carer',
                              'banker', 'accountant', 'lawyer', 'solicitor'))
      -- a defendant's post at the time of the offence is "former" once they stand trial and
      -- plain in the story of the offence: both are true ("Former finance director Helena Marsk
      -- was sentenced to six years", "His former finance director was cleared on all counts")
      and not (r.rank_word = 'former'
               and regexp_matches(
                   lower(r.sentence),
                   '\b(sentenced|jailed|convicted|acquitted|cleared|charged|guilty|pleaded'
                   || '|trial|jury|verdict|(co-)?defendants?)\b'
               ))
      and not exists (
          select 1 from worded x
          where x.canonical_id = p.canonical_id and x.head = p.head and x.witness = p.witness
            and x.rank_word = r.rank_word
      )
      and not exists (
          select 1 from worded x
          where x.canonical_id = r.canonical_id and x.head = r.head and x.witness = r.witness
            and x.rank_word = ''
      )
),
sides as (
    select
        canonical_id, office, rank_word,
        count(distinct ranked_witness) as ranked_witnesses,
        count(distinct plain_witness) as plain_witnesses,
        min(ranked_file) as ranked_file, min_by(ranked_sentence, ranked_file) as ranked_sentence,
        min_by(ranked_role, ranked_file) as ranked_role,
        min(plain_file) as plain_file, min_by(plain_sentence, plain_file) as plain_sentence,
        min_by(plain_role, plain_file) as plain_role
    from pairs
    group by canonical_id, office, rank_word
),
oriented as (
    select
        *,
        rank_word = 'former' or ranked_witnesses <= plain_witnesses as ranked_is_odd
    from sides
),
final as (
    select
        'role_conflict:' || o.canonical_id || ':' || o.office || ':' || o.rank_word as contradiction_id,
        'role_conflict' as kind,
        case
            when o.rank_word = 'former'
                then o.ranked_file || ' calls ' || e.name || ' "' || o.ranked_role || '", but '
                     || o.plain_witnesses || ' other source'
                     || case when o.plain_witnesses > 1 then 's call' else ' calls' end
                     || ' ' || e.name || ' the current holder ("' || o.plain_role || '"): '
                     || 'one of them has the date or the facts wrong.'
            when o.ranked_is_odd
                then o.ranked_file || ' calls ' || e.name || ' "' || o.ranked_role || '", but '
                     || o.plain_witnesses || ' other source'
                     || case when o.plain_witnesses > 1 then 's give' else ' gives' end
                     || ' the title without "' || o.rank_word || '" ("' || o.plain_role || '").'
            else o.plain_file || ' calls ' || e.name || ' "' || o.plain_role || '", but '
                 || o.ranked_witnesses || ' other source'
                 || case when o.ranked_witnesses > 1 then 's call' else ' calls' end
                 || ' ' || e.name || ' "' || o.ranked_role || '".'
        end as description,
        'high' as severity,
        cast(null as varchar) as claim_a, cast(null as varchar) as claim_b,
        case when o.ranked_is_odd then o.ranked_file else o.plain_file end as source_file_a,
        case when o.ranked_is_odd then o.plain_file else o.ranked_file end as source_file_b,
        cast(null as double) as value_a, cast(null as double) as value_b,
        case when o.ranked_is_odd then o.ranked_sentence else o.plain_sentence end as evidence_a,
        case when o.ranked_is_odd then o.plain_sentence else o.ranked_sentence end as evidence_b
    from oriented o
    join dim_entities e on e.entity_id = o.canonical_id
    union all
    select
        'role_conflict:' || o.canonical_id || ':' || o.post as contradiction_id,
        'role_conflict' as kind,
        o.source_file || ' calls ' || e.name || ' "' || o.role || '", but ' || o.usual_witnesses
        || ' other sources call ' || e.name || ' "' || o.usual_role || '": one of them has the post wrong.'
            as description,
        'high' as severity,
        cast(null as varchar) as claim_a, cast(null as varchar) as claim_b,
        o.source_file as source_file_a, o.usual_file as source_file_b,
        cast(null as double) as value_a, cast(null as double) as value_b,
        o.sentence as evidence_a, o.usual_sentence as evidence_b
    from other_posts o
    join dim_entities e on e.entity_id = o.canonical_id
)
select * from final;

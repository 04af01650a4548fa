-- stories: weigh the terms of a batch's articles and find, for each, the articles it is close
-- to. Reads the registered frame batch_terms; runs inside the load transaction, after the
-- batch's articles are in dim_articles. Leaves story_links (article_id, other_id, similarity)
-- for flows/warehouse/stories.py, which assigns each new article to a story.
--
-- A term's weight is tf-idf: (1 + ln uses) * ln(1 + articles / articles using it), doubled for
-- names and half again for figures, which say more of an event than words do; each article's
-- weights are scaled to a vector of length 1. Articles are linked through the terms at most 50
-- articles use (a story's, not the language's: the work grows with the stories, not with the
-- square of the articles) when their similarity is at least 0.2 (0.15 without the strongest
-- shared term: one term is not a story), they share a name where both
-- name anyone (two central banks' rate decisions of one week share every word but their
-- names), and, where both are dated, they were published at most seven days apart, or a whole
-- number of years and seven days apart and share at least three figures and a quarter of the
-- figures of the one stating fewer (a wrong byline on the same report, however reworded, not
-- the same release a year later).
-- A name is weighed spelt alike (alike_spelling.sql): a name one outlet misspells ("Stromvick"
-- for Stromvik) is still a name the articles share.
create or replace temp table batch_spelt as
select article_id, case when kind = 'name' then alike_spelling(term) else term end as term, kind, sum(uses) as uses
from batch_terms
group by all;

insert into stg_article_terms by name
with articles_total as (
    select count(*) as articles from dim_articles
),
document_frequency as (
    select term, count(*) as articles_using
    from (
        select article_id, term from stg_article_terms semi join batch_spelt using (term)
        union all
        select article_id, term from batch_spelt
    ) as used
    group by term
),
weighed as (
    select
        b.article_id, b.term, b.kind,
        case b.kind when 'name' then 2.0 when 'figure' then 1.5 else 1.0 end
        * (1 + ln(b.uses)) * ln(1 + t.articles / d.articles_using) as raw_weight
    from batch_spelt b
    join document_frequency d using (term)
    cross join articles_total t
)
select
    article_id, term, kind, raw_weight / sqrt(sum(raw_weight * raw_weight) over (partition by article_id)) as weight
from weighed
where raw_weight > 0;

create or replace temp table story_links as
with rare as (
    select term
    from stg_article_terms
    semi join batch_spelt using (term)
    group by term
    having count(*) between 2 and 50
),
shared as (
    select
        n.article_id, o.article_id as other_id, sum(n.weight * o.weight) as similarity,
        max(n.weight * o.weight) as strongest,
        count(*) filter (where n.kind = 'name') as names
    from stg_article_terms n
    semi join batch_articles using (article_id)
    join rare using (term)
    join stg_article_terms o on o.term = n.term and o.article_id <> n.article_id
    group by n.article_id, o.article_id
),
close as (
    select s.article_id, s.other_id, s.similarity,
           coalesce(abs(date_diff('day', a.published_at, o.published_at)) > 7, false) as years_apart
    from shared s
    join dim_articles a on a.article_id = s.article_id
    join dim_articles o on o.article_id = s.other_id
    -- one shared term is not a story: a minister who speaks of two events, a chief executive's
    -- name on two companies' pages
    -- a follow-up that tells the day after in figures of its own still names three of the
    -- story's people, organisations or places
    where ((s.similarity >= 0.2 and s.similarity - s.strongest >= 0.15) or (s.names >= 3 and s.similarity >= 0.1))
      and (a.published_at is null or o.published_at is null
           or abs(date_diff('day', a.published_at, o.published_at)) <= 7
           or abs(date_diff('day', a.published_at + to_years(year(o.published_at) - year(a.published_at)),
                            o.published_at)) <= 7)
),
common as (
    -- the names and figures each close pair shares, and whether each side names anyone
    select c.article_id, c.other_id,
           count(*) filter (where x.kind = 'name' and y.term is not null) as names_shared,
           count(*) filter (where x.kind = 'figure' and y.term is not null) as figures_shared,
           count(*) filter (where x.kind = 'figure') as figures
    from close c
    join stg_article_terms x on x.article_id = c.article_id and x.kind in ('name', 'figure')
    left join stg_article_terms y on y.article_id = c.other_id and y.term = x.term
    group by c.article_id, c.other_id
),
naming as (
    select article_id from stg_article_terms where kind = 'name' group by article_id
),
counting as (
    select article_id, count(*) as figures from stg_article_terms where kind = 'figure' group by article_id
)
select c.article_id, c.other_id, c.similarity
from close c
left join common m using (article_id, other_id)
left join counting f on f.article_id = c.other_id
where (coalesce(m.names_shared, 0) >= 1
       or c.article_id not in (select article_id from naming)
       or c.other_id not in (select article_id from naming))
  and (not c.years_apart
       or (m.figures_shared >= 3 and m.figures_shared * 4 >= least(m.figures, f.figures)));

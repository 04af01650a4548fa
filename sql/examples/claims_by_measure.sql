-- Which measures do several articles give figures for, and how far apart are they? A measure
-- only one article states is left out.
select measure, unit, count(*) as claims, count(distinct article_id) as articles,
       min(value) as lowest, max(value) as highest
from claims
where measure is not null
group by measure, unit
having count(distinct article_id) > 1
order by articles desc, claims desc
limit 50;

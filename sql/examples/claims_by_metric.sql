-- What was said about each metric, and by how many articles?
select metric, unit, count(*) as claims, count(distinct article_id) as articles,
       min(value) as lowest, max(value) as highest
from claims
where metric is not null
group by metric, unit
order by claims desc;

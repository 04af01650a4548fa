-- outliers: the outlets most often on the odd side of a contradiction (the side the description
-- names first), named by their publisher where the articles give one, else by file; the top
-- $limit of those flagged more than once.
with flagged as (
    select coalesce(a.publisher, c.source_file_a) as outlet
    from contradictions c
    left join articles a on a.source_file = c.source_file_a
)
select outlet, count(*) as contradictions
from flagged
group by outlet
having count(*) > 1
order by contradictions desc, outlet asc
limit $limit;

-- contradiction_counts: one row per kind of contradiction, with how many of each severity.
select kind,
       count(*) as contradictions,
       count(*) filter (where severity = 'high') as high,
       count(*) filter (where severity = 'medium') as medium,
       count(*) filter (where severity = 'low') as low
from contradictions
group by kind
order by contradictions desc, kind asc;

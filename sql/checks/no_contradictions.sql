-- no_contradictions check: the contradictions, worst first, at most $rows; the suite fails
-- while there is any and names them.
select contradiction_id, kind, severity, description
from contradictions
order by case severity when 'high' then 0 when 'medium' then 1 else 2 end, contradiction_id
limit $rows;

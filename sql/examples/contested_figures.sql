-- Which figures do the articles disagree on, worst first, with both sentences?
select severity, description, evidence_a, evidence_b
from contradictions
order by case severity when 'high' then 0 when 'medium' then 1 else 2 end, description;

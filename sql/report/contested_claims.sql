-- contested_claims: one row per contradiction, worst first.
select kind, severity, description, source_file_a, value_a, evidence_a, source_file_b, value_b, evidence_b
from contradictions
order by case severity when 'high' then 0 when 'medium' then 1 else 2 end, description;

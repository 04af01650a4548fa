-- contested_claims: the report's contradictions, worst first (kind, severity, then confidence),
-- at most $limit of them, with the quantities as written so the report can highlight them in
-- the evidence, and the unit a chart of the figures groups them by.
select
    c.kind, c.severity, c.confidence, c.story_id, c.description, c.source_file_a, c.value_a, c.evidence_a,
    ca.surface as surface_a, ca.unit, c.source_file_b, c.value_b, c.evidence_b, cb.surface as surface_b
from contradictions c
left join fct_claims ca on ca.claim_id = c.claim_a
left join fct_claims cb on cb.claim_id = c.claim_b
order by case c.kind when 'numeric' then 0 when 'date_anomaly' then 1 else 2 end asc,
         case c.severity when 'high' then 0 when 'medium' then 1 else 2 end asc,
         c.confidence desc, c.description asc
limit $limit;

-- contradictions: public view, one row per contradiction the warehouse holds, of four kinds:
-- numeric (an outlying figure against the consensus: sql/internal/numeric_contradictions.sql),
-- name_variant (one person spelled two ways), role_conflict (a former office-holder called the
-- current one, or the reverse) and date_anomaly (a byline date years before the events).
-- For every kind source_file_a is the article at fault and evidence_a its sentence; for
-- numeric rows claim_b/evidence_b are the consensus. As of the last run that loaded anything
-- (see sql/tables/fct_contradictions.sql).
create or replace view contradictions as
select contradiction_id, kind, description, severity, claim_a, claim_b, source_file_a, source_file_b,
       value_a, value_b, evidence_a, evidence_b, has_consensus
from fct_contradictions;

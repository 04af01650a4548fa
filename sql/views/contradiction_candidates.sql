-- contradiction_candidates: public view, one row per contradiction candidate, with its
-- confidence (0-1) and story: every row detection found, above and below the line
-- `contradictions` draws at 0.6. As of the last run that loaded anything (see
-- sql/tables/fct_contradictions.sql).
create or replace view contradiction_candidates as
select contradiction_id, kind, description, severity, confidence, story_id, claim_a, claim_b, source_file_a,
       source_file_b, value_a, value_b, evidence_a, evidence_b, has_consensus
from fct_contradictions;

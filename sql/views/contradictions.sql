-- contradictions: public view, one row per contradiction to act on: the candidates
-- (contradiction_candidates) with a confidence of at least 0.6. Four kinds: numeric (an
-- outlying figure against the consensus of its story: sql/internal/numeric_contradictions.sql),
-- name_variant (one person spelled two ways), role_conflict (a former office-holder called the
-- current one, or the reverse) and date_anomaly (a byline date years before the events). For
-- every kind source_file_a is the article at fault and evidence_a its sentence; for numeric
-- rows claim_b/evidence_b are the consensus. What the report, `--fail-on-contradiction` and the
-- no_contradictions suite use.
create or replace view contradictions as
select * from contradiction_candidates
where confidence >= 0.6;

-- refresh_contradictions: replace the stored contradictions with those the facts hold now.
-- Runs inside the caller's transaction, after a run's last batch is loaded. The numeric rules
-- run one at a time into stg_numeric_findings, then unified_contradictions reads them.
delete from stg_numeric_findings;

insert into stg_numeric_findings by name
select * from numeric_contradictions;

insert into stg_numeric_findings by name
select * from misprinted_figures;

delete from fct_contradictions;

insert into fct_contradictions by name
select * from unified_contradictions;

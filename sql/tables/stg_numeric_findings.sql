-- stg_numeric_findings: the rows each numeric rule finds (numeric_contradictions and
-- misprinted_figures), before unified_contradictions keeps one per figure: the columns of
-- fct_contradictions, without its key. Filled rule by rule at each refresh
-- (sql/load/refresh_contradictions.sql), so that DuckDB holds one rule's plan in memory at a time
-- rather than all of them in one query.
create table if not exists stg_numeric_findings as
select * from fct_contradictions
where false;

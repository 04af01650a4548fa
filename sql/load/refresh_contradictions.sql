-- refresh_contradictions: replace the stored contradictions with those the facts hold now.
-- Runs inside the caller's transaction, after a run's last batch is loaded.
delete from fct_contradictions;

insert into fct_contradictions by name
select * from unified_contradictions;

-- unchanged_inputs: the documents of the discovered files (registered frame batch_files:
-- source_file, size_bytes, mtime_ns) that need not be read again, as they will be recorded:
-- one row per document (a file, a JSONL line, a WARC record), status skipped.
-- A file qualifies when the last run that saw it recorded the same size and modification
-- time (a time is recorded only when the file was at least two seconds old, so a file
-- rewritten in the same instant is read again) and every outcome it had then still stands:
-- its article is still the one loaded from it, the input it copied still holds that article
-- and qualifies itself (a copy of a file read again is read again too: that file's article may
-- go), its quarantine still holds (for content it could read: an unreadable file is tried
-- again), or its extension is still unknown. Anything else (a changed file) is read again.
with last_seen as (
    select l.*, case when l.reason like 'duplicate of %' then l.reason[length('duplicate of ') + 1:] end as copy_of
    from ingest_ledger l
    semi join batch_files f on f.source_file = l.input_file
    qualify l.run_id = max_by(l.run_id, l.seen_at) over (partition by l.input_file)  -- all rows of its last run
),
outcomes as (
    select l.source_file, l.content_hash, l.input_file, f.size_bytes, f.mtime_ns,
           case
               when l.status = 'loaded' or l.reason = 'already loaded with the same content'
               then case when exists (select 1 from dim_articles a
                                      where a.article_id = l.content_hash and a.source_file = l.source_file)
                         then 'already loaded with the same content' end
               when l.copy_of is not null
               then case when exists (select 1 from dim_articles a
                                      where a.article_id = l.content_hash and a.source_file = l.copy_of)
                         then l.reason end
               when l.status = 'quarantined' or l.reason like 'already quarantined: %'
               then (select 'already quarantined: ' || min(q.reason) from quarantined_inputs q
                     where q.source_file = l.source_file and q.content_hash = l.content_hash)
               when l.reason like 'unknown extension %' then l.reason
           end as reason,
           l.copy_of,
           l.size_bytes = f.size_bytes and l.mtime_ns = f.mtime_ns as same_stat
    from last_seen l
    join batch_files f on f.source_file = l.input_file
),
settled as (  -- inputs every outcome of which still stands
    select input_file
    from outcomes
    group by input_file
    having bool_and(same_stat is true and reason is not null)
),
qualifying as (
    select o.input_file
    from outcomes o
    left join outcomes original on original.source_file = o.copy_of
    left join settled s on s.input_file = original.input_file
    group by o.input_file
    having bool_and(o.same_stat is true and o.reason is not null and (o.copy_of is null or s.input_file is not null))
)
select o.source_file, o.content_hash, 'skipped' as status, o.reason, o.input_file, o.size_bytes, o.mtime_ns
from outcomes o
semi join qualifying using (input_file)
order by o.source_file;

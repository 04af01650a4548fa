-- candidates_below_line: how many contradiction candidates the confidence line keeps out of the
-- contradictions view, the ones a reader may still want to look through.
select count(*) as candidates
from contradiction_candidates
where confidence < $line;

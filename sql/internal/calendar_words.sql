-- calendar_words(period): a claim's period as a reader says it: '2025' stays, '2025-05' is
-- 'May 2025', '?-05' (a month whose year no sentence gives) 'May', '2025-05-14' '14 May 2025',
-- '2025-Q2' 'Q2 2025', '2025-H1' 'H1 2025', '?-Q3' 'Q3'; anything else as it is.
create or replace macro calendar_words(period) as (
    case
        when regexp_matches(period, '^(\d{4}|\?)-(0[1-9]|1[0-2])$')
            then trim(
                ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                    'October', 'November', 'December'][cast(right(period, 2) as integer)]
                || ' ' || replace(split_part(period, '-', 1), '?', '')
            )
        when regexp_matches(period, '^\d{4}-\d{2}-\d{2}$')
            then strftime(cast(period as date), '%-d %B %Y')
        when regexp_matches(period, '^(\d{4}|\?)-[QH][1-4]$')
            then trim(split_part(period, '-', 2) || ' ' || replace(split_part(period, '-', 1), '?', ''))
        else period
    end
);

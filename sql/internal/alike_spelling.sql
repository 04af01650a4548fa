-- alike_spelling(name): a name with what transliterations and typing vary folded away, so two
-- spellings of one name meet: accents dropped, y as i, ou as u, ks as x, ck as k, a doubled
-- letter as one ("Sigrún Åsen" and "Sigrun Aasen", "Matvey" and "Matvei", "Aksel" and "Axel",
-- "Stromvick" and "Stromvik", "Ferrisby" and "Ferisby").
-- (sqlfluff does not parse DuckDB's lambda syntax yet.)
create or replace macro alike_spelling(name) as (
    list_reduce(  -- noqa: PRS
        string_split(
            replace(replace(replace(replace(lower(strip_accents(name)), 'y', 'i'), 'ou', 'u'), 'ks', 'x'), 'ck', 'k'),
            ''
        ),
        lambda folded, letter: case when right(folded, 1) = letter then folded else folded || letter end
    )
);

-- alike_spelling(name): a name with what transliterations and typing vary folded away, so two
-- spellings of one name meet: accents dropped, y as i, ou as u, ks as x, ck as k, ch, sh and zh
-- as c, s and z (č, š, ž transliterated), z as s, a doubled letter as one ("Sigrún Åsen" and
-- "Sigrun Aasen", "Matvey" and "Matvei", "Aksel" and "Axel", "Stromvick" and "Stromvik",
-- "Kovač" and "Kovach", "Kazimir" and "Kasimir", "Ferrisby" and "Ferisby").
-- (sqlfluff does not parse DuckDB's lambda syntax yet.)
create or replace macro alike_spelling(name) as (
    list_reduce(  -- noqa: PRS
        string_split(
            replace(
                regexp_replace(
                    replace(replace(replace(replace(lower(strip_accents(name)), 'y', 'i'), 'ou', 'u'), 'ks', 'x'), 'ck', 'k'),
                    '([csz])h', '\1', 'g'
                ),
                'z', 's'
            ),
            ''
        ),
        lambda folded, letter: case when right(folded, 1) = letter then folded else folded || letter end
    )
);

-- past_year_month(): the month, and day, a year may follow ("since February 2020", "in May 2024").
create or replace macro past_year_month() as (
    '(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)'
    || '\s+(?:\d{1,2},?\s+)?)?'
);

-- past_tense_pattern(): a verb in the past tense: "was", "had", a regular "-ed" or a common
-- irregular form ("began", "rose", "won").
create or replace macro past_tense_pattern() as (
    '\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|been|ago|earlier|previous|[a-z]{3,}ed|began|rose|fell|grew|won|lost|took|'
    || 'made|saw|came|went|held|led|left|paid|sold|built|spent|struck|gave|got|ran|met|said|told|became|brought|'
    || 'bought|fought|kept|found|thought|drew|drove|flew|froze|wrote|broke|chose|spoke|stood|sank|swept|shook|'
    || 'tore|fled|dealt|meant|felt|sent|lent|knew|blew|shot|stole|hid|dug|stuck|hung|caught|taught|sought|'
    || 'overtook|withdrew|underwent|oversaw)\b'
);

-- latest_past_year(text): the latest year a text speaks of as past, or null. A year is past when a
-- sentence that says nothing of plans, promises, forecasts or targets ("will", "expects",
-- "planned", "promised", "offered", "proposed", "outlook", "by the end of", "heading for", "set to",
-- "warned", "unless": "Then, in 2021, Tor will publish...", "has promised another voyage in 2028",
-- "has offered 2.5% in 2026 and 2% in 2027" and "warned that the council faced a gap in 2027
-- unless ..." are not past) reports a period of it
-- ("since February 2020", "the first half of 2025", "Q2 2025"), or places in it something that
-- happened, told in the past tense ("fell in 2024", "began during 2021": "faces an election in
-- 2028" and "the levy follows in January 2027" tell a calendar). A year that names a thing ("the
-- 2021 RAV4", "its 2025 bond", "RTX 2060", "a score of 2072") places nothing in time, and a year
-- followed by another ("the 2022/23 season") is a span.
create or replace macro latest_past_year(t) as (
    list_max(list_transform(
        list_filter(
            -- a relative clause after a comma tells a verb of its own: "Its revenue was €1.46bn
            -- last year, ..., whose main product loses patent protection in 2028"
            string_split_regex(t, '[.!?;]\s+|\n|,\s+(?:whose|which|who|where)\s+'),
            lambda s: not regexp_matches(
                s,
                '(?i)\b(?:will|would|could|should|might|shall|expects?|expected|forecasts?|projects?|'
                || 'projected|plans?|planned|planning|targets?|aims?|goal|scheduled|due|intends?|'
                || 'hop(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed)?|commit(?:s|ted)? to|'
                || 'offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|als?)|tabled|earmark(?:s|ed)?|'
                || 'outlook|guidance|by the end of|until|starting|upcoming|next|heading|bound for|'
                || 'set to|slated|on (?:course|track)|on (?:its|their|his|her|the) way|'
                || 'warn(?:s|ed|ing)?|unless)\b'
            )
        ),
        lambda s: list_max(list_transform(
            list_concat(
                regexp_extract_all(
                    s,
                    '(?i)(?:\bsince\s+(?:(?:early|late|mid-?)\s*)?' || past_year_month()
                    || '|\b(?:first|second|third|fourth|final|last)\s+(?:half|quarter)\s+of\s+|\b[qh][1-4]\s+)'
                    || '((?:19|20)\d\d)\b(?:[^/\w-]|$)',
                    1
                ),
                -- "in", "during" or "throughout" a year, in a sentence with a verb in the past tense;
                -- not the verb that reports speech ("said", "told") nor a participle after a form of
                -- "be" in the present ("the plants that are being consolidated"): "'Most of the
                -- savings come in 2028,' Salvesen said" tells a plan
                case when regexp_matches(
                    regexp_replace(
                        s, '(?i)\b(?:said|told|(?:is|are|be|being)\s+[a-z]+ed)\b', '', 'g'
                    ),
                    past_tense_pattern()
                ) then regexp_extract_all(
                    s,
                    '(?i)\b(?:in|during|throughout)\s+(?:(?:early|late|mid-?)\s*)?' || past_year_month()
                    || '((?:19|20)\d\d)\b(?:[^/\w-]|$)',
                    1
                ) else [] end
            ),
            lambda y: cast(y as integer)
        ))
    ))
);

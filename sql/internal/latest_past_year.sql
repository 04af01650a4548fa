-- latest_past_year(text): the latest year a text speaks of as past, or null. A year is past
-- when a sentence places something in it ("in 2024", "since February 2020", "during 2021",
-- "in late 2023", "the first half of 2025", "Q2 2025") and says nothing of plans, forecasts or
-- targets ("will", "expects", "planned", "outlook", "by the end of", "heading for", "set to":
-- "Then, in 2021, Tor will publish..." is not past). A year that names a thing ("the 2021 RAV4", "its 2025 bond", "RTX
-- 2060", "a score of 2072") places nothing in time, and a year followed by another ("the
-- 2022/23 season") is a span.
create or replace macro latest_past_year(t) as (
    list_max(list_transform(
        list_filter(
            string_split_regex(t, '[.!?;]\s+|\n'),
            lambda s: not regexp_matches(
                s,
                '(?i)\b(?:will|would|could|should|might|shall|expects?|expected|forecasts?|projects?|'
                || 'projected|plans?|planned|planning|targets?|aims?|goal|scheduled|due to|intends?|'
                || 'hopes?|outlook|guidance|by the end of|until|starting|upcoming|next|heading|bound for|'
                || 'set to|slated|on (?:course|track)|on (?:its|their|his|her|the) way)\b'
            )
        ),
        lambda s: list_max(list_transform(
            regexp_extract_all(
                s,
                '(?i)(?:\b(?:in|since|during|throughout)\s+(?:(?:early|late|mid-?)\s*)?'
                || '(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)'
                || '\s+(?:\d{1,2},?\s+)?)?'
                || '|\b(?:first|second|third|fourth|final|last)\s+(?:half|quarter)\s+of\s+|\b[qh][1-4]\s+)'
                || '((?:19|20)\d\d)\b(?:[^/\w-]|$)',
                1
            ),
            lambda y: cast(y as integer)
        ))
    ))
);

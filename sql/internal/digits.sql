-- digits_of(x): the digits a figure is written with, to six decimal places ("2,341" → 2341000000),
-- of its twelve significant digits: a scaled value keeps no binary remainder (68.4 billion is
-- stored as 68400000000.00001).
create or replace macro digits_of(x) as regexp_replace(
    printf('%.6f', coalesce(round(abs(x)::double, 11 - floor(log10(nullif(abs(x)::double, 0)))::integer), 0)),
    '[^0-9]', '', 'g'
);

-- significant_digits(x): how many digits a figure is written with, leading and trailing zeros
-- aside (4,210 has three, 400,000 one).
create or replace macro significant_digits(x) as length(trim(digits_of(x), '0'));

-- same_digits(a, b): whether two different figures are written with the same significant digits
-- in another order or at another scale (214 and 241, 14,800 and 18,400, 9,300 and 3,900, 48 and
-- 480): the mark of a typo. A later reading of a rising count rarely has it.
-- A zero is a digit too when the two have as many digits before the point (204 and 240).
create or replace macro same_digits(a, b) as (
    a <> b
    and (
        list_sort(string_split(trim(digits_of(a), '0'), '')) = list_sort(string_split(trim(digits_of(b), '0'), ''))
        or (
            floor(log10(nullif(abs(a), 0))) = floor(log10(nullif(abs(b), 0)))
            and list_sort(string_split(digits_of(a), '')) = list_sort(string_split(digits_of(b), ''))
        )
    )
);

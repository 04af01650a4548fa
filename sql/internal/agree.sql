-- agree(a, a_decimals, b, b_decimals): whether two figures written to those precisions (decimal
-- places; negative for round figures: "12,000" is -3) state the same value: they differ by no
-- more than half a unit of the coarser one, the most rounding can hide (34.5 and 34.50 agree,
-- 2.1 and 2.13 agree, 34.5 and 34.6 do not, "12,000" and 12,500 do).
create or replace macro agree(a, a_decimals, b, b_decimals) as (
    abs(a - b) <= 0.5 * pow(10, -least(a_decimals, b_decimals)) * (1 + 1e-9)
);

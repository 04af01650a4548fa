-- expectation_words(type): a Great Expectations expectation as words for a reader:
-- 'expect_column_values_to_be_null' is 'column values to be null'.
create or replace macro expectation_words(expectation) as (
    replace(regexp_replace(expectation, '^expect_', ''), '_', ' ')
);

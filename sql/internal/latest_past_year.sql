-- latest_past_year(text): the latest year a text speaks of as past ("since February 2020",
-- "in 2024"), or null. Years after "by", "until", "through", "to", "before" or "beyond" are
-- targets or horizons ("exceed 2C before 2050") and do not count; numbers glued to money or
-- decimals ($2024, 1.2024) are not years.
create or replace macro latest_past_year(t) as (
    list_max(list_transform(
        list_filter(
            regexp_extract_all(t, '(?:^|[^\w$€£,.])((?:19|20)\d\d)\b', 1),
            lambda y: not list_contains(
                regexp_extract_all(t, '(?:by|until|through|to|before|beyond) ((?:19|20)\d\d)', 1), y
            )
        ),
        lambda y: cast(y as integer)))
);

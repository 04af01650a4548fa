-- dim_periods: one row per period claims refer to (2025, 2025-Q1, 2025-H1, 2025-05).
create table if not exists dim_periods (
    period        varchar primary key,
    granularity   varchar not null,  -- year | half | quarter | month
    year          integer not null,
    starts_on     date not null,
    ends_on       date not null
);

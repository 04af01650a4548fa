"""newsfacts: turn raw news articles into checkable facts in a DuckDB warehouse."""

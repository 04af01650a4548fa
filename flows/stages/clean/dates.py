"""Publication dates: read from the shapes pages write them in, and refused when they cannot be true.

Grain: one written date in, one naive UTC ``datetime`` (or None) out. Pages declare placeholder
dates (``0001-01-01T00:00:00Z`` from common CMSs, the Unix epoch, ``9999-12-31``) and dates
after the moment they were read; a publication date outside ``EARLIEST_YEAR`` .. now + one day
is no date at all, so the caller tries the next source (a page's visible byline after its
metadata), and no arithmetic on a date that is kept can leave the calendar.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from dateutil import parser as dateparser

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A date as pages write it, with the time that may follow it.
DATE = re.compile(
    rf"(?:(?<![a-z]){MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:\s*[·|,]?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?)?"
)
# News on the web is younger than this; earlier years in a page's date are placeholders.
EARLIEST_YEAR = 1990
# Time-zone abbreviations common in datelines, as offsets from UTC in seconds.
_TIME_ZONES = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 3600,
    "CET": 3600,
    "CEST": 7200,
    "EET": 7200,
    "EEST": 10800,
    "MSK": 10800,
    "IST": 19800,
    "CST": -21600,
    "CDT": -18000,
    "EST": -18000,
    "EDT": -14400,
    "MST": -25200,
    "MDT": -21600,
    "PST": -28800,
    "PDT": -25200,
    "JST": 32400,
    "AEST": 36000,
}
# The shapes most dates are written in, read without dateutil (twenty times slower, a share of
# cleaning worth sparing): "July 1, 2007", "1 July 2007", ISO 8601.
_MONTH_NUMBERS = {
    name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)
}
_PLAIN_DATE = re.compile(rf"(?:({MONTH})\s+(\d{{1,2}}),?|(\d{{1,2}})\s+({MONTH}))\s+(\d{{4}})")
# What dateutil fills in for a part the text does not give: a year it refuses, so that "Monday"
# or "May 5" alone is no date rather than one in the year the pipeline happens to run.
_NO_DEFAULT = datetime(1, 1, 1)


def find_date(text: str) -> datetime | None:
    """The first date written in ``text`` ("July 1, 2007", "2025-10-31T09:00:00Z"), if it can
    be a publication date (see ``publication_date``)."""
    match = DATE.search(text)
    return publication_date(match.group(0).replace("·", " ")) if match else None


def publication_date(written: str) -> datetime | None:
    """A date written on its own (an ISO 8601 stamp, "Oct 31, 2025 11:42 PM EST"), in UTC,
    naive; None when it is no date, or one no article can be published on: before 1990, or more
    than a day after now (placeholders such as year 1, the Unix epoch and 9999 among them)."""
    parsed = _parse(written.strip())
    return parsed if parsed is not None and can_be_published(parsed) else None


def can_be_published(moment: datetime) -> bool:
    """Whether an article can have been published at ``moment`` (naive UTC): from 1990 to a
    day after now."""
    return moment.year >= EARLIEST_YEAR and moment <= datetime.now(UTC).replace(tzinfo=None) + timedelta(days=1)


def _parse(written: str) -> datetime | None:
    plain = _PLAIN_DATE.fullmatch(written)
    try:
        if plain:
            month_first, day_first, day_second, month_second, year = plain.groups()
            month = _MONTH_NUMBERS[(month_first or month_second)[:3].lower()]
            return datetime(int(year), month, int(day_first or day_second))
        try:
            parsed = datetime.fromisoformat(written)
        except ValueError:
            parsed = dateparser.parse(written, fuzzy=True, tzinfos=_TIME_ZONES, default=_NO_DEFAULT)
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed

"""Records: what moves between the stages, each declared once.

Grain: one dataclass per kind of row (a document read, an article cleaned, a sentence, a claim,
a mention, a quote, a term, a rejection). The polars schema of each frame is derived from its
dataclass (``schema``), keys first, so a column is added in one place; the warehouse's tables
(``sql/tables/``) name the same columns and are loaded ``by name``. ``PUBLIC_VIEWS`` is the
contract users query, which Great Expectations checks: stable names, more columns welcome.

Frames are built column by column from tuples (``frame``): five times faster than from a list
of dicts for the tens of thousands of claims, mentions and quotes of a batch.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from operator import attrgetter
from typing import Annotated

import polars as pl

Schema = dict[str, pl.DataType | type[pl.DataType]]
# A field's polars type from its annotation: an ``Annotated[..., pl.X]`` says it; otherwise by
# its Python type (offsets, counts and years fit 32 bits).
_TYPES: dict[type, pl.DataType | type[pl.DataType]] = {
    str: pl.String,
    int: pl.Int32,
    float: pl.Float64,
    bool: pl.Boolean,
    datetime: pl.Datetime("us"),
}


@dataclasses.dataclass
class Document:
    """One candidate article read from the raw folder, or the record of why an input is not one."""

    source_file: str
    format: str | None
    content_hash: str | None
    status: str = "new"  # new | quarantined | skipped
    reason: str | None = None
    text: str | None = None
    encoding: str | None = None
    url: str | None = None
    title: str | None = None
    published_at: str | None = None
    publisher: str | None = None
    author: str | None = None
    warning: str | None = None  # how the text was repaired to be read, for the log
    # the raw file the document comes from, and the size and time discover saw it with
    input_file: str | None = None
    size_bytes: Annotated[int | None, pl.Int64] = None
    mtime_ns: Annotated[int | None, pl.Int64] = None


@dataclasses.dataclass(slots=True)
class Article:
    """A cleaned article: metadata, the clean text every offset points into, the raw text."""

    article_id: str
    source_file: str
    format: str
    url: str | None
    title: str | None
    publisher: str | None
    author: str | None
    published_at: datetime | None
    language: str | None
    clean_text: str
    raw_text: str
    encoding: str | None


@dataclasses.dataclass(slots=True)
class Sentence:
    """A sentence of an article's clean text, by its offsets."""

    article_id: str
    sentence_no: int
    char_start: int
    char_end: int


@dataclasses.dataclass(slots=True)
class Term:
    """A word, name or figure of an article, by how often the article uses it: what tells the
    articles of one story from the others (``sql/load/stories.sql`` weighs them)."""

    article_id: str
    term: str
    kind: str  # word | name | title | figure
    uses: int


@dataclasses.dataclass(slots=True)
class Rejection:
    """A document that was read but is not loaded: why (the quarantine's reason), and the
    traceback when a stage failed on it."""

    source_file: str
    reason: str
    detail: str | None = None


@dataclasses.dataclass(slots=True)
class Claim:
    """One quantity stated in an article, with what, when and how it was measured."""

    char_start: int
    char_end: int
    sentence_no: int
    value: float
    decimals: int
    unit: str
    surface: str
    subject: str | None = None
    object: str | None = None
    metric: str | None = None
    direction: str | None = None
    period: str | None = None
    period_year: int | None = None
    period_part: str | None = None
    basis: str | None = None
    qualifier: str = "actual"
    state: str | None = None
    # what exactly it measures, and how that was found: cue, noun or phrase (flows.stages.extract.measures)
    measure: str | None = None
    measure_found_by: str | None = None
    scope: str | None = None  # the place it is about, when its clause names one, or "national"
    scope_is_country: bool = False  # that place is a country (flows/lexicon/places.toml)
    time_of_day: str | None = None  # the time a running count is given for ("evening", "19:40")
    running_count: bool = False  # counts what changes while the story is told: the dead, the evacuated
    in_list: bool = False  # one of three or more figures of one unit in a sentence: a list or a table row
    holder: str | None = None  # the name its clause gives last before it: whose figure it is (a party's seats)
    told_day: str | None = None  # for a figure no sentence dates: the day of the event its article reports
    # the counted noun of a count ("passengers"), a metric of last resort; not a column
    noun: str | None = dataclasses.field(default=None, metadata={"column": False})
    # whether the subject owns the figure's metric word ("China's exports"); not a column
    subject_owns_metric: bool = dataclasses.field(default=False, metadata={"column": False})


@dataclasses.dataclass(slots=True)
class Mention:
    """A name in the clean text, what kind of entity it is, and the role it is given there."""

    name: str
    type: str  # person | organisation | place
    char_start: int
    char_end: int
    surface: str
    role: str | None = None
    organisation: str | None = None  # the organisation the role is held in, where the text names it


@dataclasses.dataclass(slots=True)
class Quote:
    """A quotation and who said it."""

    text: str
    char_start: int
    char_end: int
    speaker: str | None


def columns(record: type) -> Schema:
    """The frame columns of a record's fields, in order, with their polars types."""
    hints = typing.get_type_hints(record, include_extras=True)
    found: Schema = {}
    for field in dataclasses.fields(record):
        if field.metadata.get("column", True):
            found[field.name] = _polars_type(hints[field.name])
    return found


def _polars_type(hint: object) -> pl.DataType | type[pl.DataType]:
    if typing.get_origin(hint) is Annotated:
        return typing.get_args(hint)[1]
    kinds = [kind for kind in typing.get_args(hint) if kind is not type(None)] or [hint]
    return _TYPES[kinds[0]]  # X | None: X's


DOCUMENT_SCHEMA = columns(Document)
ARTICLE_SCHEMA = columns(Article)
SENTENCE_SCHEMA = columns(Sentence)
TERM_SCHEMA = columns(Term)
REJECTION_SCHEMA = columns(Rejection)
# Facts carry their keys first: their own id and their article's.
CLAIM_SCHEMA: Schema = {"claim_id": pl.String, "article_id": pl.String, **columns(Claim)}
MENTION_SCHEMA: Schema = {"entity_id": pl.String, "article_id": pl.String, **columns(Mention)}
QUOTE_SCHEMA: Schema = {
    "quote_id": pl.String,
    "article_id": pl.String,
    "speaker_entity_id": pl.String,
    **columns(Quote),
}


def field_values(record: type) -> Callable[[object], tuple]:
    """A function reading a record's column fields, in order, off one record in one call."""
    return attrgetter(*columns(record))


def frame(rows: Sequence[tuple], schema: Mapping[str, pl.DataType | type[pl.DataType]]) -> pl.DataFrame:
    """The frame of ``rows``, tuples of values in the order of ``schema``'s columns."""
    values = zip(*rows, strict=True) if rows else [()] * len(schema)
    return pl.DataFrame(
        [pl.Series(name, column, dtype) for (name, dtype), column in zip(schema.items(), values, strict=True)]
    )


# The columns of a contradiction, in contradictions and in contradiction_candidates alike.
_CONTRADICTION_COLUMNS = [
    "contradiction_id",
    "kind",
    "description",
    "severity",
    "confidence",
    "story_id",
    "claim_a",
    "claim_b",
    "source_file_a",
    "source_file_b",
    "value_a",
    "value_b",
    "evidence_a",
    "evidence_b",
]
# The public views users query: their names and the columns the contract promises.
PUBLIC_VIEWS = {
    "articles": [
        "article_id",
        "source_file",
        "format",
        "url",
        "title",
        "publisher",
        "author",
        "published_at",
        "language",
        "clean_text",
        "status",
        "duplicate_of",
        "story_id",
    ],
    "claims": [
        "claim_id",
        "article_id",
        "source_file",
        "sentence",
        "char_start",
        "char_end",
        "subject",
        "object",
        "metric",
        "value",
        "unit",
        "direction",
        "period",
        "basis",
        "qualifier",
        "state",
        "measure",
        "scope",
        "story_id",
    ],
    "contradictions": _CONTRADICTION_COLUMNS,
    "contradiction_candidates": _CONTRADICTION_COLUMNS,
    "stories": ["story_id", "article_id", "source_file", "membership"],
    "revisions": [
        "story_id",
        "measure",
        "period",
        "preliminary_file",
        "preliminary_value",
        "preliminary_surface",
        "revised_file",
        "revised_value",
        "revised_surface",
        "preliminary_evidence",
        "revised_evidence",
    ],
    "entities": ["entity_id", "name", "type", "aliases"],
    "mentions": ["entity_id", "article_id", "source_file", "surface", "role", "char_start", "char_end"],
    "quotes": [
        "quote_id",
        "article_id",
        "source_file",
        "speaker",
        "speaker_entity_id",
        "text",
        "char_start",
        "char_end",
    ],
    "files": ["source_file", "content_hash", "status", "reason", "run_id", "seen_at"],
    "quarantine": ["source_file", "reason", "detected_at"],
    "runs": [
        "run_id",
        "started_at",
        "finished_at",
        "files_seen",
        "loaded",
        "quarantined",
        "skipped",
        "claims",
        "contradictions",
        "status",
    ],
}

"""Vocabularies as data: the words and phrases the rules look for.

Each TOML file beside this module holds the vocabularies of one part of the rules, to be read
and reviewed as data (``claims``: numbers, units, currencies, change and outlook words, metric
cues; ``pages``: page furniture; ``people``: names, titles, speech; ``places``: a gazetteer).
The modules that use them build their patterns from them once, at import.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def lexicon(name: str) -> dict[str, Any]:
    """The vocabularies of ``<name>.toml`` (read once)."""
    return tomllib.loads(resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8"))


def alternation(phrases: list[str]) -> str:
    """Regular-expression alternatives as one alternation (without a group)."""
    return "|".join(phrases)

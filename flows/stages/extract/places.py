"""A small gazetteer: countries and economic areas, their other names and demonyms, and capitals.

Used to recognise places among capitalised names and to give claims a subject: "Chinese
exports" and "China's exports" are both about China; a capital stands for its government
("Beijing retaliated") when it is the subject of a figure.
"""

from __future__ import annotations

from flows.lexicon import lexicon

_PLACES = lexicon("places")
# canonical name → other names and demonyms, every sovereign state among them
COUNTRIES: dict[str, list[str]] = {
    **_PLACES["countries"],
    **{name: [] for name in _PLACES["other_countries"] if name not in _PLACES["countries"]},
}
# capital → country, when a capital stands for its government
CAPITALS: dict[str, str] = _PLACES["capitals"]
_COUNTRY_OF = {name: name for name in COUNTRIES} | {
    other: name for name, others in COUNTRIES.items() for other in others
}


def _strip_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


def place_name(name: str) -> str | None:
    """The country or area a name or demonym means ("Chinese" → "China"), else None."""
    return _COUNTRY_OF.get(_strip_possessive(name))


def government_of(name: str) -> str | None:
    """The country a name stands for as the subject of a figure: a country, demonym or capital."""
    bare = _strip_possessive(name)
    return _COUNTRY_OF.get(bare) or CAPITALS.get(bare)

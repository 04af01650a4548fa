"""Given names and surnames: whether a capitalised word is a first name or a family name people
are given, from the name lists Faker ships for its locales (about 20,000 given names and 17,000
surnames of the Latin-script locales, from English, Nordic, Slavic, Romance, African and Asian
naming traditions).

A given name lets a two-word run be read as a person's name where nothing around it says so
("Tobias Fenn and Marco Sellin are swept up", "Anna Berg of Kavrin Holdings said") and where its
surname is a word the part-of-speech lexicon knows as a proper noun ("Elio Bramante"), or a common
word the surname lists know ("Gregor Palm", "Declan Morrow"). Given names that are also function
words, verbs or adjectives ("Will", "May", "Young") are left out: a capitalised one starts a
sentence more often than it names anyone. The lists are read from Faker's modules without
creating a Faker instance; nothing is generated or downloaded.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re

from flows.stages.extract.word_classes import tag_of

_GIVEN_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
_SURNAME_LISTS = ("last_names", "last_names_male", "last_names_female")
_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’ā-ž-]+")
# Tags of words a capitalised given name more often is: "Will", "May", "Young", "Early"
_WORD_TAGS = frozenset({"IN", "DT", "MD", "CC", "PRP", "PRP$", "RB", "JJ", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})


# Given names that more often begin a place's name than a person's: "Santa Cruz", "Sierra Nevada"
_PLACE_PREFIXES = frozenset("Santa Santo San Saint Sierra Costa Porto Puerto Monte Rua Belo Palma".split())
# Particles lists give as names of their own: "Van Gogh", "Al Kafi", "El Inca"
_PARTICLES = frozenset("Al El Van Von Da De Del Di Du La Le Bin Ibn Abu".split())


def _listed(list_names: tuple[str, ...]) -> set[str]:
    """The Latin-script names of those lists in all of Faker's person providers."""
    import faker.providers.person as person_providers

    names: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
        for list_name in list_names:
            listed = vars(provider).get(list_name)
            if isinstance(listed, (tuple, list, dict)):
                names.update(name for name in listed if _LATIN_NAME.fullmatch(name))
    return names


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(
        name
        for name in _listed(_GIVEN_LISTS)
        if len(name) >= 3 and name not in _PLACE_PREFIXES | _PARTICLES and tag_of(name.lower()) not in _WORD_TAGS
    )


def is_given_name(word: str) -> bool:
    """Whether a capitalised word is a given name ("Tobias", "Aoife", "Kwame"), not a word."""
    return word in _given_names()


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(_listed(_SURNAME_LISTS))


def is_surname(word: str) -> bool:
    """Whether a capitalised word is a family name ("Morrow", "Palm", "Kowalski"), word or not."""
    return word in _surnames()

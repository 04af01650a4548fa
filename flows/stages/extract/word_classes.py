"""Word classes: whether an English word is most often a noun, a verb, an adjective or a
function word, from the part-of-speech lexicon TextBlob ships (Brill's tagger lexicon, trained
on the Brown corpus and the Penn Treebank; about 94,000 words with their likeliest tag).

Used to tell a measure's head noun ("rent", "turnout") from a word a phrase picked up on its
way to a figure ("over", "so far", "went"). The lexicon file is read once, without importing
TextBlob or NLTK, so the pipeline loads no model and downloads nothing.
"""

from __future__ import annotations

import functools
from importlib.util import find_spec
from pathlib import Path

_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


@functools.cache
def _tags() -> dict[str, str]:
    spec = find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the textblob package is not installed: reinstall newsfacts")
    lexicon = Path(next(iter(spec.submodule_search_locations))) / "en" / "en-lexicon.txt"
    tags: dict[str, str] = {}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        if line.startswith(";;;"):
            continue
        word, _, tag = line.partition(" ")
        if tag and word.islower():
            tags[word] = tag.split()[0]
        elif tag:  # "May NNP": the lower-case entry ("may MD"), where there is one, wins
            tags.setdefault(word.lower(), tag.split()[0])
    return tags


def tag_of(word: str) -> str | None:
    """The word's likeliest Penn Treebank tag ("NN", "VBD", "IN", ...), or None when unknown."""
    tags = _tags()
    return tags.get(word) or tags.get(word.lower())


def may_be_noun(word: str) -> bool:
    """Whether a lower-case word can head a noun phrase: a noun, or a word the lexicon does not
    know (a coinage, an abbreviation such as "ask")."""
    tag = tag_of(word)
    if tag is None and word.endswith("s"):
        tag = tag_of(word[:-1])
    return tag is None or tag in _NOUN_TAGS or tag_of(word + "s") == "NNS"  # "saving": "savings"


def is_participle(word: str) -> bool:
    """Whether a word is a past participle or past tense that can follow a counted noun
    ("homes destroyed", "flights cancelled", "homes sold")."""
    return tag_of(word) in ("VBN", "VBD") or (tag_of(word) is None and word.endswith("ed"))

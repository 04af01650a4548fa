"""Terms: the words, names and figures an article uses, with how often, to tell its story.

Grain: one row per article and term. Four kinds: content words (the article's most used words
of four letters or more, common ones left out), the names of the people, organisations and
places it mentions, the titles of organisations every country has ("Monetary Policy Committee",
"National Bank": words, not names of one event's), and the figures it states (value and unit).
The articles that report one event share rare words, its names and most of its figures;
``sql/load/stories.sql`` weighs the terms by how few articles use them and groups articles into
stories by what they share.
"""

from __future__ import annotations

import re
from collections import Counter

from flows.lexicon import lexicon
from flows.records import Claim, Mention
from flows.stages.extract.word_classes import tag_of

# Content words kept for an article: its most used ones. More say little about the story
# and make the weighing slower.
WORDS_KEPT = 40
_STOP_WORDS = frozenset(lexicon("stories")["stop_words"].split())
_WORD = re.compile(r"[^\W\d_]{4,}")


def article_terms(article_id: str, text: str, mentions: list[Mention], claims: list[Claim]) -> list[tuple]:
    """The (article_id, term, kind, uses) rows of one article (``TERM_SCHEMA``)."""
    words = Counter(w for w in _WORD.findall(text.lower()) if w not in _STOP_WORDS)
    rows = [(article_id, word, "word", uses) for word, uses in words.most_common(WORDS_KEPT)]
    names = Counter((m.name.lower(), _kind_of_name(m)) for m in mentions)
    rows += [(article_id, name, kind, uses) for (name, kind), uses in names.items()]
    figures = Counter(f"{c.value:g} {c.unit}" for c in claims)
    rows += [(article_id, figure, "figure", uses) for figure, uses in figures.items()]
    return rows


def _kind_of_name(mention: Mention) -> str:
    """``title`` for an organisation named in common words alone ("Monetary Policy Committee",
    "Health Ministry"), which two countries' stories of one day share; else ``name``."""
    words = mention.name.lower().split()
    if mention.type == "organisation" and all(tag_of(word) not in (None, "NNP", "NNPS") for word in words):
        return "title"
    return "name"

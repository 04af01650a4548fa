"""Subjects: the places and organisations a figure can be about, and the one it is.

Grain: one ``Named`` per candidate subject of an article (a place or organisation its entities
name); a figure's subject is the owner of its metric word, else the organisation named before
it, else the subject of the sentences before it or of the article.
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter
from typing import NamedTuple

from flows.lexicon import alternation, lexicon
from flows.stages.extract.patterns import caseless
from flows.stages.extract.places import government_of

_OBJECT_LEAD = caseless(r"\b(?:to|on|from|with|into|against|for)\s+(?:the\s+)?$")


class Named(NamedTuple):
    """A place or organisation named in an article, as a candidate subject of its figures."""

    offset: int
    name: str
    is_object: bool  # right after "to", "on", "from"…: the counterpart ("exports to the US")
    is_organisation: bool


# Organisations that report figures rather than have them: statistics offices, agencies, police.
_SOURCE_WORDS = re.compile(r"\b(?:" + alternation(lexicon("claims")["source_words"]) + r")\b")

# An expert's employer: "chief economist at X", "an analyst with X", "a professor of X".
_EMPLOYER_LEAD = caseless(
    r"\b(?:" + alternation(lexicon("claims")["expert_words"]) + r")s?\s+(?:at|of|with|from)\s+(?:the\s+)?$"
)
_EURO_AREA = caseless(r"\beuro[ -]?(?:area|zone)\b")


def subjects_of(folded: str, named: list[tuple[int, int, str, bool]]) -> list[Named]:
    """Every place and organisation the article names that a figure can be about, in order.

    ``folded`` is the article's ``fold_case``d text, ``named`` the entity mentions (start, end,
    name, is_organisation); a capital stands for its country. Organisations that only report figures,
    and those named as the employer of an expert who comments on them ("an economist at Kestrel
    Bank"), are left out.
    """
    found = [
        (start, name if is_org else (government_of(name) or name), is_org)
        for start, _, name, is_org in named
        if not (is_org and (_SOURCE_WORDS.search(name) or _is_employer(folded, start)))
    ]
    found += [(m.start(), "euro area", False) for m in _EURO_AREA.finditer(folded)] if "euro" in folded else []
    return [Named(offset, name, _is_object(folded, offset), is_org) for offset, name, is_org in sorted(found)]


def _is_employer(folded: str, offset: int) -> bool:
    """Whether the organisation at ``offset`` employs an expert named just before it; only a
    lead that ends with one of _EMPLOYER_LEAD's last words is scanned."""
    start = max(0, offset - 40)
    return (
        folded[start:offset].rstrip().endswith(("at", "of", "with", "from", "the"))
        and _EMPLOYER_LEAD.search(folded, start, offset) is not None
    )


# The last two letters of the words _OBJECT_LEAD ends with: a name after none of them is no object.
_OBJECT_LEAD_ENDINGS = frozenset(word[-2:] for word in ("to", "on", "from", "with", "into", "against", "for", "the"))


def _is_object(folded: str, offset: int) -> bool:
    """Whether the name at ``offset`` is the counterpart of a figure ("exports to the US")."""
    lead = folded[max(0, offset - 12) : offset]
    return lead.rstrip()[-2:] in _OBJECT_LEAD_ENDINGS and bool(_OBJECT_LEAD.search(lead))


_OFFSET = attrgetter("offset")


def in_sentence(subjects: list[Named], start: int, end: int) -> list[Named]:
    """The subjects inside one sentence, with offsets relative to it."""
    first = bisect.bisect_left(subjects, start, key=_OFFSET)
    last = bisect.bisect_left(subjects, end, lo=first, key=_OFFSET)
    return [Named(n.offset - start, n.name, n.is_object, n.is_organisation) for n in subjects[first:last]]


def main_subject(subjects: list[Named], sentences: list[tuple[int, int]]) -> Named | None:
    """What the article is about: the first organisation its first sentence names, else the first
    subject there, else the subject it names most; but an organisation the article names more
    often than that one, and three times or more, is what it is about (a dateline's airport or a
    court is named once or twice, the company whose results it reports throughout)."""
    named = [n for n in subjects if not n.is_object]
    if not named:
        return None
    names = [n.name for n in named]
    first = [n for n in in_sentence(subjects, *sentences[0]) if not n.is_object] if sentences else []
    lead = next((n for n in first if n.is_organisation), first[0]) if first else None
    if lead is None:
        lead = max(named, key=lambda n: names.count(n.name))
    most = max((n for n in named if n.is_organisation), key=lambda n: (names.count(n.name), -n.offset), default=None)
    if most is not None and names.count(most.name) >= 3 and names.count(most.name) > names.count(lead.name):
        return most
    return lead


def subject_before(named: list[Named], start: int, earlier: str | None, main: Named | None) -> str | None:
    """The subject of a quantity whose metric has no owner in front of it.

    An organisation named before it in the sentence; else, in an article about an
    organisation, that organisation (places there are mostly markets and locations); else a
    place named before it, the subject of the previous sentences, or the article's subject.
    """
    before = [n for n in named if n.offset < start and not n.is_object]
    organisations = [n.name for n in before if n.is_organisation]
    if organisations:
        return organisations[-1]
    if main is not None and main.is_organisation:
        return main.name
    if before:
        return before[-1].name
    return earlier or (main.name if main else None)


def earlier_subject(subjects: list[Named], sentences: list[tuple[int, int]], number: int, reach: int = 4) -> str | None:
    """The first subject named in the nearest of the previous sentences ("Its exports...")."""
    for s_start, s_end in reversed(sentences[max(0, number - 1 - reach) : number - 1]):
        for n in subjects[bisect.bisect_left(subjects, s_start, key=_OFFSET) :]:
            if n.offset >= s_end:
                break
            if not n.is_object:
                return n.name
    return None

"""Sentence segmentation with character offsets.

A rule-based splitter: a sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes or
brackets) followed by space and a capital, digit or opening quote, at ``。``, ``！`` or ``？``,
and at every line break.
It does not end after common abbreviations (Dr., Corp., Oct.), single-letter initials
(J. Smith) or dotted acronyms (U.S.), nor inside decimals (3.5), which need no rule because a
digit follows the dot without a space.

Known limit: a sentence that really ends with a dotted acronym ("... sold to the U.S. Then")
is not split there.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    inc corp co ltd plc llc bros dept univ assn est approx vs etc al fig no nos vol pp cf
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    """.split()
)

_BOUNDARY = re.compile(r"""[.!?]+['"”’)\]]*(?=\s+['"“‘(\[]?[A-Z0-9])""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# Chinese and Japanese full stops end a sentence with no space after them.
_WIDE_STOP = re.compile('[。！？]+[」』）”"]*')


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation rather than a sentence."""
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    word = match.group(1)
    if "." in word:  # dotted acronym such as U.S or e.g
        return True
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``, whitespace trimmed."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        ends = [
            boundary.end()
            for boundary in _BOUNDARY.finditer(text, line.start(), line.end())
            if text[boundary.start()] != "." or not _is_abbreviation(text, boundary.start())
        ]
        if not line.group().isascii():  # full stops of scripts written without spaces
            ends = sorted({*ends, *(stop.end() for stop in _WIDE_STOP.finditer(text, line.start(), line.end()))})
        for end in ends:
            spans.append((start, end))
            start = end
        spans.append((start, line.end()))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

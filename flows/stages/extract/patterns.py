"""Regular expressions that Python's ``re`` can scan fast.

Alternations of many cue phrases: at every word of a sentence, ``re`` tries each alternative
of an alternation in turn; with a hundred cue phrases ("consumer prices", "jobless rate",
"fell", "slumped"...) that dominated extraction time. Grouped by their first letter
(``c(?:onsumer prices|ore inflation)|j(?:obless rate)``), the alternatives of all but one
group are skipped with a single character test: the same matches, several times faster.

Words anywhere in a text: a pattern that starts with ``\\b`` is tried at every position of the
text, one that starts with a literal only where that letter occurs (``re`` skips to it).
``find_whole_words(re.compile("(May|June)\\b"), text)`` finds what ``\\b(May|June)\\b`` finds,
the boundary before checked by hand, four times faster. Where a pattern has a few
alternatives, ``x(?<!\\w.)`` after a first letter ``x`` stands for ``\\bx`` and keeps it
literal-first. An alternation whose words start with many letters (metric cues, change words)
is found by ``WordPattern`` with ``\\W`` before it instead of ``\\b``: ``re`` skips to the
non-word characters. Plain words (an article's surnames) are found by ``find_words`` with
``str.find``: faster still, and no regex to compile for each new set of words.

Case: ``re.IGNORECASE`` compares every letter through a case-folding step. A pattern written in
lower case and matched against the lower-cased text finds the same matches at the same offsets
two to three times faster (``caseless`` and ``fold_case``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` split at its top-level ``|`` (not inside groups or classes)."""
    alternatives, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": a leading ] is a literal
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    alternatives.append(pattern[start:])
    return alternatives


def by_first_letter(patterns: Iterable[str], ignore_case: bool = True) -> str:
    """One non-capturing alternation of every top-level alternative of ``patterns``, grouped by
    first letter: at any position only the alternatives of one group can match, so it matches
    what the plain alternation does, and is fastest after a word boundary (``\\b``).

    Every alternative must start with a letter (a leading ``\\b`` is dropped: the caller's
    boundary stands for it) not followed by a quantifier, so the letter decides which group can
    match at a position. Within a group the original order is kept, so the alternative that
    matches is the one the plain alternation would pick. With ``ignore_case`` letters are
    grouped case folded, for a regex that ignores case (or a ``caseless`` one).
    """
    grouped: dict[str, list[str]] = {}
    for pattern in patterns:
        for written in top_level_alternatives(pattern):
            alternative = written.removeprefix(r"\b")
            head, after = alternative[:1], alternative[1:2]
            if not (head.isascii() and head.isalpha()) or after in ("?", "*", "+", "{"):
                raise ValueError(f"{alternative!r} does not start with a plain letter")
            grouped.setdefault(head.lower() if ignore_case else head, []).append(alternative[1:])
    return "(?:" + "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in grouped.items()) + ")"


# Letters that IGNORECASE matches to an ASCII letter but str.lower() leaves alone (dotless i,
# long s) or turns into two characters (dotted capital I): folded by hand, one for one.
_FOLD_BY_HAND = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def fold_case(text: str) -> str:
    """``text`` lower-cased for matching ``caseless`` patterns: one character for each of its
    characters, so offsets into it are offsets into ``text``. Most texts have none of the letters
    folded by hand: ``str.translate`` costs fifteen times what ``str.lower`` does, so it runs only
    on those that do."""
    if text.isascii() or not ("İ" in text or "ı" in text or "ſ" in text):
        return text.lower()
    return text.translate(_FOLD_BY_HAND).lower()


def caseless(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled to be matched against ``fold_case(text)``, where it finds what
    ``re.compile(pattern, re.IGNORECASE)`` finds in ``text``: the same spans, the groups in
    lower case. The pattern's letters must be ASCII lower case (escapes such as ``\\S`` aside)."""
    letters = re.sub(r"\\.|\(\?P<\w+>", "", pattern)
    if any(char.isupper() or (char.isalpha() and not char.isascii()) for char in letters):
        raise ValueError(f"{pattern!r} has letters other than ASCII lower case")
    return re.compile(pattern, flags)


def is_word_character(char: str) -> bool:
    return char.isalnum() or char == "_"  # what re's \w is in a str pattern


def _is_boundary(text: str, position: int) -> bool:
    """Whether ``\\b`` matches at ``position`` of ``text``."""
    return (position > 0 and is_word_character(text[position - 1])) != (
        position < len(text) and is_word_character(text[position])
    )


def find_whole_words(regex: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of ``regex`` that start at a word boundary: those ``finditer`` finds of the
    same regex with ``\\b`` before it. ``regex`` must not match an empty string; one that starts
    with a literal is found fast."""
    position = 0
    while found := regex.search(text, position):
        start = found.start()
        if not _is_boundary(text, start):
            position = start + 1
            continue
        yield found
        position = found.end()


class WordPattern:
    """``\\b(?:pattern)`` found faster: a regex that starts with ``\\b`` is tried at every position
    of a text, one that starts with ``\\W`` only after a character that is not a word character,
    which ``re`` skips to (a quarter fewer instructions for the metric cues). Every alternative
    of ``pattern`` must start with a word character, so that ``\\b`` before it is a non-word
    character before it, or the start of the text (tried on its own). Compiled ``caseless``."""

    def __init__(self, pattern: str) -> None:
        self._at_start = caseless(pattern)
        self._after_non_word = caseless(r"\W(?:" + pattern + ")")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the matches ``finditer`` finds of ``\\b(?:pattern)`` in ``text``."""
        first = self._at_start.match(text)
        found = [first.span()] if first else []
        position = first.end() if first else 0
        # From the character before the last match's end: when it is not a word character, a
        # match can start right after it.
        while m := self._after_non_word.search(text, max(position - 1, 0)):
            found.append((m.start() + 1, m.end()))
            position = m.end()
        return found


def find_words(words: Sequence[str], text: str) -> list[tuple[int, str]]:
    """(start, word) of each match of ``\\b(?:word|word...)\\b`` in ``text`` (the words escaped), as
    ``finditer`` finds them: left to right, not overlapping, the first of ``words`` where two
    match at one place. Found with ``str.find``, so no regex is compiled for a new set of words
    (an article's surnames)."""
    found = []
    for order, word in enumerate(words):
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if _is_boundary(text, start) and _is_boundary(text, end):
                found.append((start, order, end))
            start = text.find(word, start + 1)
    matches, position = [], 0
    for start, order, end in sorted(found):
        if start >= position:
            matches.append((start, words[order]))
            position = end
    return matches

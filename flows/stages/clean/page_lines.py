"""Lines of a web page: which are prose, which are page furniture, which are bylines.

Grain: one line at a time, read by both kinds of page: a pasted page's (``text_page``) and an
HTML page's main text (``html_page``). Features any site shares: length and sentence
punctuation (prose or not), a small lexicon of universal page phrases (share, subscribe,
comments, related posts, copyright...) applied only to short or non-prose lines, the share of
menu and share-bar words in a line, bullets, breadcrumbs, photo credits, disclaimers; bylines
give the article's date and author, and mastheads and copyright lines the site's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from flows.lexicon import alternation, lexicon
from flows.stages.clean.dates import DATE, find_date

# Universal page phrases: navigation, sharing, subscription, counters, trailers. Matched on
# short lines only, so a sentence of the article that mentions "subscribers" is safe.
_PAGE = lexicon("pages")
_FURNITURE = re.compile("^(?:" + alternation(_PAGE["page_phrases"]) + ")[.!:]?$", re.IGNORECASE)
# The two page phrases that may start anywhere in a line, kept out of _FURNITURE so that its
# match fails at the line's first letters (with them in, it scanned every line to the end).
_COMMENT_HEADER = re.compile(r".{1,40}\bsays[.!:]?$", re.IGNORECASE)  # "Jane Doe says"
_RIGHTS_RESERVED = re.compile(r"\ball\s+rights\s+reserved\b", re.IGNORECASE)
# Headings after which the article is over: comment threads and author boxes.
END_OF_ARTICLE = re.compile(
    r"^(?:(?i:\d+\s+(?:thoughts?|comments?|responses?|replies)(?:\s+on\b.*)?|comments?\s*\(\d+\)"
    r"|join\s+the\s+(?:conversation|discussion)|about\s+the\s+author)"
    r"|About\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)[.!:]?$",
)
# Label-like lines: "BREAKING", "WATCH: ...", tickers, weather widgets, menus as one line.
_CAPS_LABEL = re.compile(r"^[A-Z][A-Z&' ]{2,24}:\s")
_TICKER_OR_WEATHER = re.compile(r"[▲▼△▽]|\b-?\d+\s?°[CF]\b")
_TICKER_OR_WEATHER_SIGN = re.compile(r"[▲▼△▽°]")  # searched first: the regex above tries every position
_MENU_SEPARATOR = re.compile(r"\s[|·•]\s|\s{3,}")
# Tested first, with plain substring scans (the regex stops at every space): a run of three
# spaces or a tab; runs of other Unicode spaces alone are not taken for separators.
_MENU_SEPARATOR_HINTS = ("|", "·", "•", "   ", "\t")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_COUNTER = re.compile(r"\b\d[\d,.]*\s+(?:views|comments|shares|reads)\b", re.I)
LOWER_WORD = re.compile(r"[a-z]+")
_ENCLOSED = re.compile(r"^[\[(].*[\])]$")
# "Photo: ..." opening a line, or "... Image: Agency Name" closing a caption.
_CREDIT_LABEL = re.compile(r"\(?(?:photo|picture|pic|image|credit|photograph)\s*:", re.I)
_CREDIT_AT_END = re.compile(r"\b(?:photo|picture|pic|image|credit)\s*:\s*[^.:]{1,60}$", re.I)
# Words of share bars, menus and widgets; a line made mostly of them is furniture.
PAGE_VOCABULARY = frozenset(_PAGE["page_words"])
# Headings after which a page lists other stories: everything up to the next real paragraph
# of prose belongs to that list.
TRAILER_HEADING = re.compile("^(?:" + alternation(_PAGE["trailer_headings"]) + ")[.!:]?$", re.IGNORECASE)
# Disclaimers and legal notices are long, so they are matched anywhere in a line.
DISCLAIMER = re.compile(alternation(_PAGE["disclaimers"]), re.IGNORECASE)
# A cookie consent banner, however long its sentences ("This site uses cookies to ...
# Continue to accept, or change your settings.").
_CONSENT_BANNER = re.compile(alternation(_PAGE["consent_banners"]), re.IGNORECASE)
_CONSENT_BANNER_WORDS = 60
# Words one of which every disclaimer has: one search for them spares most lines the long regex.
DISCLAIMER_HINT = re.compile(
    "opinion|views|responsible|reflect|legal|may not|punishable|commission|affiliate"
    "|accuracy|mistakes|guidelines|cookies|published|copyright|reproduced"
)
_PHOTO_CREDIT_ENDINGS = (
    "images",
    "image",
    "reuters",
    "ap",
    "afp",
    "epa",
    "bloomberg",
    "shutterstock",
    "xinhua",
    "photo",
)  # how a line that _PHOTO_CREDIT matches ends, ")" aside
_PHOTO_CREDIT = re.compile(
    r"(?:\s[-–—]\s|\(|\bphoto:?\s|\bimage:?\s|\bcredit:?\s)[^.]{0,60}"
    r"(?:getty\s+images|reuters|\bap\b|afp|epa|bloomberg|shutterstock|xinhua|photo|images?)\)?$",
    re.IGNORECASE,
)
BULLET = re.compile(r"^[•·▪►»\-*–]\s*")
AUTHOR_LINE = re.compile(r"^By\s+([A-Z][\w'.-]+(?:\s+(?:[A-Z][\w'.-]+|and|de|van|von|da))*)")
# An author line without "By": "Kit Ransome, Technology Correspondent", "Oskar Talvik, Meridian
# Press Agency" (read on lines of up to six words).
NAME_AND_ROLE = re.compile(r"^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+[A-Z][\w&'’ -]{2,40}$")
NAME_AND_ROLE_WORDS = 6
_BYLINE_AUTHOR = re.compile(r"\bBy\s+((?:[A-Z][\w'.-]*\s?){1,4}?)(?=[A-Z][a-z]+\s+\d|\s*[,|·]|\s*$)")
_CONTINUES_TEXT = re.compile(r"""[.!?,;:。！？、；：।؟۔]['"”’)」』）]*$""")
BREADCRUMB = re.compile(r"\s[»›>]\s")


@dataclass
class CleanArticle:
    """The cleaned text of one article, its metadata, and its sentences' offsets."""

    clean_text: str
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    publisher: str | None = None
    language: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)


# Letters of scripts written without spaces between words (Chinese, Japanese, Thai, Lao,
# Khmer, Burmese): a line of them counts a word per two letters, about what a word takes there.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_count(line: str) -> int:
    if line.isascii():
        return len(line.split())
    return len(line.split()) + len(_UNSPACED.findall(line)) // 2


def is_prose(line: str) -> bool:
    """A line that reads as running text: a long line, or several words ending as a sentence."""
    return reads_as_prose(line, word_count(line))


# A masthead's motto: three or more fragments of a few words, each ended as a sentence ("Your
# county. Your news. Since 1902.").
_MOTTO = re.compile(r"(?:\S+(?:[ \t]+\S+){0,2}[.!][ \t]+){2,}\S+(?:[ \t]+\S+){0,2}[.!]?")


def reads_as_prose(line: str, words: int) -> bool:
    return words >= 20 or (words >= 6 and bool(_CONTINUES_TEXT.search(line)) and not _MOTTO.fullmatch(line))


# A wire story's credits: "(Reporting by Ida Rasmussen; Editing by Jonas Berg)", no photo's.
_WIRE_CREDIT = re.compile(r"[(\[]?\s*(?:additional\s+)?(?:reporting|editing|writing|compiled)\s+by\b", re.IGNORECASE)


def is_caption_credit(line: str, enclosed: bool = True) -> bool:
    """A photo credit or caption: "Photo: ...", "(Image: ...)", "... Picture: Agency", and,
    with ``enclosed``, any line in brackets but a wire story's credits: "(Agency/Photographer)",
    "[...]"."""
    bare = line.strip()
    if (":" not in bare and bare[:1] not in "[(") or _WIRE_CREDIT.match(bare):
        return False
    return (
        bool((enclosed and _ENCLOSED.match(bare)) or _CREDIT_LABEL.match(bare) or _CREDIT_AT_END.search(bare[-90:]))
        and word_count(bare) <= 40
    )


def is_page_phrase(bare: str, lowered: str) -> bool:
    """A universal page phrase (``_FURNITURE``, ``_COMMENT_HEADER``, ``_RIGHTS_RESERVED``);
    ``lowered`` is ``bare`` in lower case, for the cheap tests that go first."""
    return bool(
        _FURNITURE.match(bare)
        or ("says" in lowered and _COMMENT_HEADER.match(bare))
        or ("reserved" in lowered and _RIGHTS_RESERVED.search(bare))
    )


def is_photo_credit(bare: str, lowered: str) -> bool:
    return lowered.rstrip(")").endswith(_PHOTO_CREDIT_ENDINGS) and bool(_PHOTO_CREDIT.search(bare[-90:]))


def is_consent_banner(bare: str, lowered: str) -> bool:
    """A cookie or consent banner, however it is worded ("We and our 214 partners store ...")."""
    return (
        ("cookie" in lowered or "device" in lowered)
        and word_count(bare) <= _CONSENT_BANNER_WORDS
        and bool(_CONSENT_BANNER.search(bare))
    )


def is_furniture(line: str) -> bool:
    """A line that belongs to the page, not the article."""
    bare = BULLET.sub("", line).strip()
    if not bare:
        return True
    lowered = bare.lower()
    if DISCLAIMER_HINT.search(lowered) and DISCLAIMER.search(bare):
        return True
    if is_consent_banner(bare, lowered):
        return True
    if bare.count("▲") + bare.count("▼") >= 2:
        return True  # a strip of market prices, however long
    words = word_count(bare)
    prose = reads_as_prose(bare, words)
    if words > 25 and prose:
        return False  # a paragraph: only a disclaimer is furniture at this length
    if BREADCRUMB.search(bare) or is_caption_credit(bare):
        return True
    if (words <= 20 or not prose) and (is_page_phrase(bare, lowered) or is_photo_credit(bare, lowered)):
        return True
    if line != bare and words <= 6 and not _STATED_FIGURE.search(bare):
        return True  # a bulleted menu entry; not a key figure ("• Monthly pass: €64 to €69")
    if not prose and (
        _CAPS_LABEL.match(bare)
        or _COUNTER.search(bare)
        or (words <= 15 and _EMAIL.search(bare))
        or (_TICKER_OR_WEATHER_SIGN.search(bare) and _TICKER_OR_WEATHER.search(bare))
    ):
        return True
    segments = _MENU_SEPARATOR.split(bare) if any(hint in bare for hint in _MENU_SEPARATOR_HINTS) else ()
    if len(segments) >= 3 and all(word_count(segment) <= 4 for segment in segments):
        return True  # a menu or ticker on one line
    tokens = LOWER_WORD.findall(lowered)
    if tokens and sum(map(PAGE_VOCABULARY.__contains__, tokens)) >= 0.6 * len(tokens):
        return True
    return bare.endswith(("…", "...")) and words <= 25  # a teaser cut short


_DIGIT = re.compile(r"\d")
# A figure with its unit, or a label and its figure: what a bulleted key figure states.
_STATED_FIGURE = re.compile(r"[€$£¥]\s?\d|\d\s?%|\d\s*per\s?cent\b|:\s*[-+−]?[€$£¥]?\d")


def is_byline(line: str) -> bool:
    """A line that dates the article: short, or opening with its date ("June 15, 2025 · 11:58 PM
    · Updated June 16, 2025 · 8:20 AM · 5 min read"), or naming its author."""
    if not _DIGIT.search(line):
        return False
    date = DATE.search(line)
    if date is None:
        return False
    return word_count(line) <= 14 or "By" in line or _BYLINE_LEAD.fullmatch(line, 0, date.start()) is not None


def opens_with_date(line: str) -> bool:
    """Whether a line opens with a date, after at most "Published", a time and a weekday: a
    byline, however long, never a sentence of the article."""
    date = DATE.search(line, 0, 60) if _DIGIT.search(line, 0, 60) else None
    if date is None or (line.rstrip().endswith(".") and word_count(line) > 14):
        return False  # "Monday 3 March 2025 was the day the ...": a sentence
    return _BYLINE_LEAD.fullmatch(line, 0, date.start()) is not None


# What may come before the date of a byline that opens with it: "Published", "Updated: 10:52, Sun".
_BYLINE_LEAD = re.compile(
    r"\W*(?:(?:published|updated|posted|last\s+updated)\b\W*)?(?:[\d:.]+\s*(?:[ap]m)?\W*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\W*)?",
    re.I,
)


def read_byline(line: str, meta: CleanArticle) -> None:
    meta.published_at = meta.published_at or find_date(line)
    author = _BYLINE_AUTHOR.search(line)
    if author and not meta.author:
        meta.author = author.group(1).strip()


# Where pages name themselves: "Site | tagline" mastheads, copyright lines, their own domain.
_NAME = r"[A-Z][\w&'-]*(?:\.[\w&'-]+)*(?:\s+[A-Z&][\w&'-]*(?:\.[\w&'-]+)*){0,3}"
_MASTHEAD = re.compile(rf"^({_NAME})\s+[|–—-]\s+\S.*$")
_COPYRIGHT = re.compile(rf"(?:©|\(c\)|copyright)\s*(?:\d{{4}}(?:-\d{{4}})?\s*)?({_NAME})", re.I)
_DOMAIN = re.compile(r"\b(?:www\.)?([a-z0-9-]+\.(?:com|net|org|co\.uk|in|de|fr|es|it|news|info))\b", re.I)


def guess_publisher(furniture: list[str]) -> str | None:
    """The site's name from its furniture lines: masthead, then copyright, then domain."""
    for pattern in (_MASTHEAD, _COPYRIGHT, _DOMAIN):
        for line in furniture:
            found = pattern.search(line)
            if found and not is_page_phrase(found.group(1), found.group(1).lower()):
                return found.group(1).strip()
    return None

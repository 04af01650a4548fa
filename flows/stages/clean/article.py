"""Clean: turn a document's raw text into the article's clean text and metadata.

Grain: one cleaned article per document. The clean text keeps the article body as paragraphs
separated by blank lines; page furniture (menus, share bars, counters, newsletter boxes,
"Related posts" trailers, disclaimers, photo credits), the headline and the byline are taken
out, the last two into metadata. Repeated sentences appear once. Offsets of sentences and of
everything extracted later point into this exact text.

Plain-text pages are cleaned line by line from features any site shares (length, sentence
punctuation, a small lexicon of universal page phrases, position before the body or after a
trailer heading): the body is the run of lines with the most prose. HTML pages are read by
``flows.stages.clean.html_page`` first, whose structure has already taken out most of the page, so only
furniture lines are dropped from them (``_strip_page_furniture``); when it kept no article at
all, the page's whole text is cleaned as a pasted page.
"""

from __future__ import annotations

import re
import unicodedata
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

import ftfy
import polars as pl
import py3langid

from flows.stages.clean.dates import DATE, MONTH, find_date, publication_date
from flows.stages.clean.html_page import read_html
from flows.stages.clean.near_duplicates import signatures
from flows.records import ARTICLE_SCHEMA, SENTENCE_SCHEMA, Article, Rejection, field_values, frame
from flows.stages.rejections import failure, over_budget, rejected_frame
from flows.stages.clean.sentences import sentence_spans
from flows.stages.time_budget import OverBudget, TimeBudget

# Universal page phrases: navigation, sharing, subscription, counters, trailers. Matched on
# short lines only, so a sentence of the article that mentions "subscribers" is safe.
_FURNITURE = re.compile(
    r"""^(?:
        (?:close|open|main|toggle)\s+menu | menu | home | search | skip\s+to\s+(?:main\s+)?content
      | share(?:\s+(?:this|on|via)\b.*)? | share\. .* | follow(?:\s+(?:us|on)\b.*)? | like\s+this | like\s+loading.*
      | (?:facebook|twitter|x\s+\(twitter\)|instagram|linkedin|pinterest|telegram|tumblr|whatsapp
         |reddit|email|copy\s+link|print|google\s+news|flipboard)(?:\s+\S.*)?
      | subscribe\b.* | sign\s+(?:up|in)\b.* | log\s+in\b.* | newsletter\b.* | get\s+the\s+latest\b.*
      | (?:get|go)\s+premium\b.* | start\s+(?:your\s+)?free\s+trial\b.* | got\s+a\s+story\b.*
      | (?:\d+|no)\s+comments? | add\s+a\s+comment | leave\s+a\s+(?:reply|comment)\b.* | comments?
      | (?:load|show|view)\s+(?:more|all)\s+comments | post\s+comment | reply
      | (?:comment|name|email|website)\s*\*? | save\s+my\s+name\b.* | powered\s+by\b.* | archives | categories
      | \d+\s+(?:views?|shares?|likes?|reads?) | \d+\s+mins?\s+read
      | related(?:\s+(?:posts?|articles?|stories|news|content|coverage))?(?::.*)?
      | (?:top|popular|recent|latest|trending|more|featured|recommended)\s+(?:posts?|stories|articles?|news|reads)\b.*
      | what'?s\s+hot | don'?t\s+miss | our\s+picks | editor'?s\s+picks | you\s+may\s+also\s+like\b.*
      | read\s+(?:more|next|also)\b.* | (?:next|previous|prev)\s+(?:article|post|story)\b.*
      | more\s+from\b.* | back\s+to\s+top(?:\s+button)? | story\s+continues(?:\s+below)?
      | continue\s+reading\b.* | source\s+link | advertisement\b.* | sponsored(?:\s+content)? | separator
      | (?:video\s+loading|tap\s+to\s+(?:play|unmute)|click\s+to\s+play|listen\s+to\s+this\s+article)\b.*
      | (?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s*/?\s*\d*
      | (?:copyright\b|©).*
      | (?:privacy\s+policy|terms(?:\s+(?:of\s+use|&\s+conditions|and\s+conditions))?|cookie\s+(?:policy|settings)
         |about\s+us|contact\s+us|advertise(?:\s+with\s+us)?|dmca)
      | (?:accept|reject)\s+(?:all\s+)?cookies?\b.* | manage\s+(?:cookies|preferences|consent)\b.*
      | tag(?:s|ged)?\s*:.* | filed\s+under\b.* | type\s+above\s+and\s+press\s+enter\b.* | welcome\s+to\b.*
      | for\s+more\b.*\b(?:news|newsletters?)\b.* | website | cancel\s+reply | our\s+standards\b.*
      | (?:photo|picture|pic|image|credit|photograph|illustration|video|watch|listen)\s*:.*
      # the same page words in German, French and Spanish
      | (?:lesen\s+sie\s+auch|mehr\s+zum\s+thema|newsletter\s+abonnieren|lire\s+aussi|abonnez-vous
         |lee\s+tambi[ée]n|leer\s+m[áa]s|suscr[íi]bete)\b.*
      | anzeige | werbung | teilen | publicit[ée] | partager | publicidad | compartir
    )[.!:]?$""",
    re.IGNORECASE | re.VERBOSE,
)
# The two page phrases that may start anywhere in a line, kept out of _FURNITURE so that its
# match fails at the line's first letters (with them in, it scanned every line to the end).
_COMMENT_HEADER = re.compile(r".{1,40}\bsays[.!:]?$", re.IGNORECASE)  # "Jane Doe says"
_RIGHTS_RESERVED = re.compile(r"\ball\s+rights\s+reserved\b", re.IGNORECASE)
# Headings after which the article is over: comment threads and author boxes.
_END_OF_ARTICLE = re.compile(
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
_LOWER_WORD = re.compile(r"[a-z]+")
_ENCLOSED = re.compile(r"^[\[(].*[\])]$")
# "Photo: ..." opening a line, or "... Image: Agency Name" closing a caption.
_CREDIT_LABEL = re.compile(r"\(?(?:photo|picture|pic|image|credit|photograph)\s*:", re.I)
_CREDIT_AT_END = re.compile(r"\b(?:photo|picture|pic|image|credit)\s*:\s*[^.:]{1,60}$", re.I)
# Words of share bars, menus and widgets; a line made mostly of them is furniture.
_PAGE_VOCABULARY = frozenset(
    """
    share facebook twitter x instagram linkedin pinterest telegram tumblr whatsapp reddit email
    copy link print google news flipboard follow us subscribe newsletter sign up log in
    comments comment views reply cancel menu home search read mins min more top
    """.split()
)
# Headings after which a page lists other stories: everything up to the next real paragraph
# of prose belongs to that list.
_TRAILER = re.compile(
    r"^(?:related(?:\s+\w+)?|(?:top|popular|recent|latest|trending|more|featured|recommended)\s+\w+"
    r"|what'?s\s+hot|don'?t\s+miss|our\s+picks|editor'?s\s+picks|you\s+may\s+also\s+like|read\s+next"
    r"|more\s+from\b.*)[.!:]?$",
    re.IGNORECASE,
)
# Disclaimers and legal notices are long, so they are matched anywhere in a line.
_DISCLAIMER = re.compile(
    r"opinions?\s+(?:posted|expressed)\s+here|views\s+expressed\s+(?:here|in\s+this)"
    r"|solely\s+responsible\s+for|do(?:es)?\s+not\s+necessarily\s+reflect|legal\s+action\s+will\s+be\s+taken"
    r"|may\s+not\s+be\s+(?:published|reproduced|broadcast|rewritten)|punishable\s+offen[cs]es?"
    r"|earns?\s+(?:us\s+|me\s+)?(?:a\s+)?(?:small\s+)?commission|affiliate\s+(?:links?|disclosure)"
    r"|strive\s+for\s+accuracy|we\s+make\s+mistakes|community\s+guidelines|(?:we|partners)\s+use\s+cookies"
    r"|email\s+address\s+will\s+not\s+be\s+published|subject\s+to\s+copyright|no\s+part\s+may\s+be\s+reproduced",
    re.IGNORECASE,
)
# Words one of which every disclaimer has: one search for them spares most lines the long regex.
_DISCLAIMER_HINT = re.compile("opinion|views|responsible|reflect|legal|may not|punishable|commission|affiliate"
                              "|accuracy|mistakes|guidelines|cookies|published|copyright|reproduced")
_PHOTO_CREDIT_ENDINGS = ("images", "image", "reuters", "ap", "afp", "epa", "bloomberg", "shutterstock", "xinhua",
                         "photo")  # how a line that _PHOTO_CREDIT matches ends, ")" aside
_PHOTO_CREDIT = re.compile(
    r"(?:\s[-–—]\s|\(|\bphoto:?\s|\bimage:?\s|\bcredit:?\s)[^.]{0,60}"
    r"(?:getty\s+images|reuters|\bap\b|afp|epa|bloomberg|shutterstock|xinhua|photo|images?)\)?$",
    re.IGNORECASE,
)
_WIDGET_WORDS = ("Separator", "Advertisement", "ADVERTISEMENT", "Sponsored")
_INLINE_WIDGETS = re.compile(rf"(?<=[.!?\"”’])\s+(?:{'|'.join(_WIDGET_WORDS)})(?=\s+[A-Z\"“]|\s*$)")
# Written to start with the stop, not the look-behind, so the regex engine can skip to stops.
_GLUED_SENTENCE = re.compile(r"([.!?])(?<=[a-z)\]%”\"’][.!?])(?=[A-Z][a-z])")
_BULLET = re.compile(r"^[•·▪►»\-*–]\s*")
_AUTHOR_LINE = re.compile(r"^By\s+([A-Z][\w'.-]+(?:\s+(?:[A-Z][\w'.-]+|and|de|van|von|da))*)")
_BYLINE_AUTHOR = re.compile(r"\bBy\s+((?:[A-Z][\w'.-]*\s?){1,4}?)(?=[A-Z][a-z]+\s+\d|\s*[,|·]|\s*$)")
_CONTINUES_TEXT = re.compile(r"""[.!?,;:。！？、；：।؟۔]['"”’)」』）]*$""")
_BREADCRUMB = re.compile(r"\s[»›>]\s")


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


def _words(line: str) -> int:
    if line.isascii():
        return len(line.split())
    return len(line.split()) + len(_UNSPACED.findall(line)) // 2


def is_prose(line: str) -> bool:
    """A line that reads as running text: a long line, or several words ending as a sentence."""
    return _is_prose(line, _words(line))


def _is_prose(line: str, words: int) -> bool:
    return words >= 20 or (words >= 6 and bool(_CONTINUES_TEXT.search(line)))


def is_caption_credit(line: str, enclosed: bool = True) -> bool:
    """A photo credit or caption: "Photo: ...", "(Image: ...)", "... Picture: Agency", and,
    with ``enclosed``, any line in brackets: "(Agency/Photographer)", "[...]"."""
    bare = line.strip()
    if ":" not in bare and bare[:1] not in "[(":
        return False
    return bool((enclosed and _ENCLOSED.match(bare)) or _CREDIT_LABEL.match(bare) or _CREDIT_AT_END.search(bare[-90:])) \
        and _words(bare) <= 40


def _is_page_phrase(bare: str, lowered: str) -> bool:
    """A universal page phrase (``_FURNITURE``, ``_COMMENT_HEADER``, ``_RIGHTS_RESERVED``);
    ``lowered`` is ``bare`` in lower case, for the cheap tests that go first."""
    return bool(_FURNITURE.match(bare) or ("says" in lowered and _COMMENT_HEADER.match(bare))
                or ("reserved" in lowered and _RIGHTS_RESERVED.search(bare)))


def _is_photo_credit(bare: str, lowered: str) -> bool:
    return lowered.rstrip(")").endswith(_PHOTO_CREDIT_ENDINGS) and bool(_PHOTO_CREDIT.search(bare[-90:]))


def is_furniture(line: str) -> bool:
    """A line that belongs to the page, not the article."""
    bare = _BULLET.sub("", line).strip()
    if not bare:
        return True
    lowered = bare.lower()
    if _DISCLAIMER_HINT.search(lowered) and _DISCLAIMER.search(bare):
        return True
    if bare.count("▲") + bare.count("▼") >= 2:
        return True  # a strip of market prices, however long
    words = _words(bare)
    prose = _is_prose(bare, words)
    if words > 25 and prose:
        return False  # a paragraph: only a disclaimer is furniture at this length
    if _BREADCRUMB.search(bare) or is_caption_credit(bare):
        return True
    if (words <= 20 or not prose) and (_is_page_phrase(bare, lowered) or _is_photo_credit(bare, lowered)):
        return True
    if line != bare and words <= 6:  # a bulleted menu entry
        return True
    if not prose and (_CAPS_LABEL.match(bare) or _COUNTER.search(bare) or (words <= 15 and _EMAIL.search(bare))
                      or (_TICKER_OR_WEATHER_SIGN.search(bare) and _TICKER_OR_WEATHER.search(bare))):
        return True
    segments = _MENU_SEPARATOR.split(bare) if any(hint in bare for hint in _MENU_SEPARATOR_HINTS) else ()
    if len(segments) >= 3 and all(_words(segment) <= 4 for segment in segments):
        return True  # a menu or ticker on one line
    tokens = _LOWER_WORD.findall(lowered)
    if tokens and sum(map(_PAGE_VOCABULARY.__contains__, tokens)) >= 0.6 * len(tokens):
        return True
    return bare.endswith(("…", "...")) and words <= 25  # a teaser cut short


_DIGIT = re.compile(r"\d")


def _is_byline(line: str) -> bool:
    return bool(_DIGIT.search(line)) and bool(DATE.search(line)) and (_words(line) <= 14 or "By" in line)


def _read_byline(line: str, meta: CleanArticle) -> None:
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
            if found and not _is_page_phrase(found.group(1), found.group(1).lower()):
                return found.group(1).strip()
    return None


# A body paragraph separated from the main body by this many lines of page furniture belongs
# to another part of the page (an "About us" blurb, a teaser).
_GAP_BETWEEN_PAGE_PARTS = 6


def _strip_furniture(lines: list[str], meta: CleanArticle) -> list[str]:
    """Keep the article body's lines; fill title, author and date from its header.

    Lines are classified (prose, other text, furniture, byline); the body is the run of lines
    with the most prose words, where a run ends at a long stretch of furniture or at a trailer
    heading ("Related posts") followed by non-prose lines. Its header is the text and bylines
    met since the previous run's prose: the headline is the last title-like line there.
    """
    runs: list[list[str]] = [[]]
    prose_words = [0]  # each run's words in prose lines
    headers: list[list[str]] = []
    pending: list[str] = []
    furniture: list[str] = []
    gap = 0
    in_trailer = False
    body_started = False  # whether the current run has prose yet
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if _TRAILER.match(_BULLET.sub("", line)):
            in_trailer = True
            gap += 1
            continue
        words = _words(line)
        prose = _is_prose(line, words)
        if body_started and _END_OF_ARTICLE.match(line):
            break
        if not prose and _is_byline(line):
            pending.append(line)
            gap += 1
            continue
        if is_caption_credit(line) and runs[-1] and _words(runs[-1][-1]) <= 20 and '"' not in runs[-1][-1]:
            caption = runs[-1].pop()  # the caption the credit belongs to
            prose_words[-1] -= _words(caption) if is_prose(caption) else 0
        if is_furniture(line) or (not prose and words <= 3):
            # Before the body, a widget ends a list of other stories; after it, only prose does.
            in_trailer = in_trailer and body_started
            furniture.append(line)
            gap += 1
            continue
        if in_trailer and not prose:
            gap += 1
            continue
        if not prose and not body_started:
            pending.append(line)
            continue
        if runs[-1] and (in_trailer or gap >= _GAP_BETWEEN_PAGE_PARTS):
            runs.append([])
            prose_words.append(0)
            body_started = False
        if not runs[-1]:
            headers.append(pending)
        pending = [] if prose else pending
        body_started = body_started or prose
        in_trailer = False
        gap = 0
        runs[-1].append(line)
        prose_words[-1] += words if prose else 0
    if not runs[-1]:
        # No running prose at all (a one-line brief, a terse wire item): keep the text lines
        # that are neither furniture nor byline rather than losing the article.
        return [line for line in pending if _words(line) >= 4 and not _is_byline(line) and not _AUTHOR_LINE.match(line)]
    best = max(range(len(runs)), key=prose_words.__getitem__)
    body = runs[best]
    while body and not is_prose(body[-1]):
        body.pop()
    for line in headers[best]:
        if _is_byline(line):
            _read_byline(line, meta)
    for line in headers[best]:
        author = _AUTHOR_LINE.match(line)
        if author and not meta.author:
            meta.author = author.group(1).strip()
    if not meta.title:
        titles = [line for line in headers[best]
                  if _words(line) >= 4 and not _is_byline(line) and not _AUTHOR_LINE.match(line)]
        meta.title = titles[-1] if titles else None
    if not meta.publisher:
        page_lines = [line for h in headers for line in h] + furniture
        meta.publisher = guess_publisher([line for line in page_lines if not _is_byline(line)])
    return body


# Fewer words of prose than a two-sentence brief: what main-content extraction kept is not the article.
MISSED_ARTICLE_WORDS = 25


def _prose_words(lines: list[str]) -> int:
    return sum(words for words in map(_words, lines) if words >= 6)


def _strip_page_furniture(lines: list[str], meta: CleanArticle) -> list[str]:
    """Keep the article's lines of an HTML page's main text; fill author and date from its bylines.

    The page's structure has already left out navigation, headers, footers, asides, comment
    sections and the boxes ``flows.stages.clean.html_page`` names, so, unlike a pasted page's, no run of
    prose is chosen: every line is kept but page furniture (``is_page_furniture``), bylines, a
    photo credit with the caption before it, the lines after a trailer heading ("Related
    articles") up to the next line of prose, and whatever follows the last line of prose or
    list item.
    """
    kept: list[str] = []
    in_trailer = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        words = _words(line)
        prose = _is_prose(line, words)
        if not prose and _TRAILER.match(_BULLET.sub("", line)):
            in_trailer = True
            continue
        if kept and _END_OF_ARTICLE.match(line):
            break
        if in_trailer and not prose:
            continue
        in_trailer = False
        if not prose and _is_byline(line):
            _read_byline(line, meta)
            continue
        if words <= 12 and (author := _AUTHOR_LINE.match(line)):
            meta.author = meta.author or author.group(1).strip()  # "By Jane Doe" with no date
            continue
        if is_page_furniture(line, words, prose):
            if kept and is_caption_credit(line, enclosed=False) and _words(kept[-1]) <= 25 and '"' not in kept[-1]:
                kept.pop()  # the caption the photo credit belongs to
            continue
        kept.append(line)
    last = max((i for i, line in enumerate(kept) if _BULLET.match(line) or is_prose(line)), default=len(kept) - 1)
    return kept[:last + 1]


def is_page_furniture(line: str, words: int, prose: bool) -> bool:
    """A line of an HTML page's main text that belongs to the page, not the article."""
    bare = _BULLET.sub("", line).strip()
    if not bare:
        return True
    lowered = bare.lower()
    if _DISCLAIMER_HINT.search(lowered) and _DISCLAIMER.search(bare):
        return True
    if words <= 40 and _CALL_TO_ACTION.search(lowered):
        return True
    if words > 25 and prose:
        return False
    if _BREADCRUMB.search(bare) or is_caption_credit(bare, enclosed=False):
        return True
    if (words <= 20 or not prose) and (_is_page_phrase(bare, lowered) or _is_photo_credit(bare, lowered)):
        return True
    if not prose and (_MARKUP.match(bare) or _ONLY_DATE.match(bare)):
        return True  # markup that leaked into the text, a date or time alone
    tokens = _LOWER_WORD.findall(lowered)
    return bool(tokens) and sum(map(_PAGE_VOCABULARY.__contains__, tokens)) >= 0.6 * len(tokens)


# Calls to act that pages set in or after an article: sign up, subscribe, follow, share, get the app.
_CALL_TO_ACTION = re.compile(
    r"\b(?:sign\s+up\s+(?:for|to|here|now|today)|subscribe\s+(?:to|for|now|today|here)|click\s+here"
    r"|follow\s+(?:us|\w+)\s+on\s+(?:twitter|facebook|instagram|linkedin|youtube)|share\s+(?:it|this)\s+with"
    r"|(?:get|download)\s+the\s+(?:[\w']+\s+){0,3}app\b|join\s+our\s+\w+|uses?\s+cookies|use\s+of\s+cookies"
    r"|delivered\s+(?:to\s+your\s+inbox|weekday|daily|every)|newsletter)")
_MARKUP = re.compile(r"^<[a-zA-Z!/][^>]*>")
_ONLY_DATE = re.compile(
    rf"^(?:(?:published|updated|posted|last\s+updated)\s*:?\s*)?"
    rf"(?:[\d:/.,·|-]+(?:st|nd|rd|th)?|{MONTH}|(?:on|at|am|pm|gmt|utc|[a-z]{{3}}day)\b|\s)+$",
    re.IGNORECASE)


_WORD = re.compile(r"\w+")


def _dedupe_key(sentence: str) -> str:
    return " ".join(_WORD.findall(sentence.lower()))


_PREFIX_WORDS = 8


def _dedupe_sentences(paragraphs: list[str]) -> list[list[str]]:
    """Split paragraphs into sentences, dropping sentences already seen and truncated copies.

    A sentence is a truncated copy when it has at least eight words and an earlier sentence
    starts with all of them (pages that repeat a paragraph often cut the copy short).
    """
    seen: set[str] = set()
    by_prefix: dict[str, list[str]] = {}
    out = []
    for paragraph in paragraphs:
        kept = []
        for start, end in sentence_spans(paragraph):
            sentence = paragraph[start:end]
            key = _dedupe_key(sentence)
            if not key or key in seen:
                continue
            words = key.split(" ")
            prefix = " ".join(words[:_PREFIX_WORDS])
            if len(words) >= _PREFIX_WORDS and any(s.startswith(key) for s in by_prefix.get(prefix, ())):
                continue
            seen.add(key)
            by_prefix.setdefault(prefix, []).append(key)
            kept.append(sentence)
        if kept:
            out.append(kept)
    return out


def _join(paragraphs: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Clean text (sentences joined by a space, paragraphs by a blank line) and sentence offsets."""
    parts, spans, position = [], [], 0
    for p, sentences in enumerate(paragraphs):
        if p:
            parts.append("\n\n")
            position += 2
        for i, sentence in enumerate(sentences):
            if i:
                parts.append(" ")
                position += 1
            parts.append(sentence)
            spans.append((position, position + len(sentence)))
            position += len(sentence)
    return "".join(parts), spans


# Typographic quotes and odd spaces folded to one form, so rules and users match one spelling.
_FOLD = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"',
         "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00a0": " ", "\u202f": " ",
         "\u2009": " ", "\ufeff": ""}
_FOLDABLE = re.compile("[" + "".join(_FOLD) + "]")


_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
    "\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)


# Control characters (NUL, C1 controls) that no text shows: they come from bad bytes and would
# reach every view and export.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def normalise(text: str) -> str:
    """Repair mojibake (ftfy), drop control characters, compose Unicode (NFC), straighten
    quotes, split glued sentences.

    ftfy is the slowest step, so it runs only where UTF-8 read as cp1252/Latin-1 leaves its
    signature: a lead byte (Â, Ã, â, ð…) followed by a continuation byte's character.
    """
    if _MOJIBAKE.search(text):
        text = ftfy.fix_text(text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    text = _FOLDABLE.sub(lambda m: _FOLD[m.group(0)], unicodedata.normalize("NFC", text))
    text = _GLUED_SENTENCE.sub(r"\1 ", text)
    if any(word in text for word in _WIDGET_WORDS):  # four substring scans cost a fifth of the regex's
        text = _INLINE_WIDGETS.sub("", text)
    return text


# Words no other language that news comes in writes: where they make up 8% of a text's opening
# words, it is English and the language model is not asked (it cost a fifth of cleaning).
# Measured on 1,043 cleaned articles (generated, samples, annotated sets in four languages):
# English texts hold a median 16% of them, German, French and Spanish ones 0%; every text this
# calls English, py3langid calls English too.
_ENGLISH_ONLY = frozenset("the and of that with said from which have has were would their been".split())
_LANGUAGE_SAMPLE_CHARS = 400


def _language(text: str) -> str | None:
    if len(text) < 20:
        return None
    sample = text[:_LANGUAGE_SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    if len(words) >= 30 and sum(word in _ENGLISH_ONLY for word in words) >= 0.08 * len(words):
        return "en"
    return py3langid.classify(sample)[0]


def load_models() -> None:
    """Load what cleaning otherwise loads on first use (the language model, ~0.4 s), so that no
    document's time budget pays for it."""
    py3langid.classify("news")


def clean_article(
    text: str,
    fmt: str,
    *,
    title: str | None = None,
    published_at: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
) -> CleanArticle:
    """Clean one document of format ``txt``, ``html``, ``jsonl`` or ``warc`` (an HTML page from an
    archive); given metadata wins, except a WARC record's crawl date over the page's own date."""
    meta = CleanArticle(
        clean_text="", title=title, author=author, publisher=publisher,
        published_at=(find_date(published_at) or publication_date(published_at)) if published_at else None,
    )
    if fmt in ("html", "warc"):
        page = read_html(text)
        meta.title = meta.title or page.title
        meta.author = meta.author or page.author
        meta.publisher = meta.publisher or page.site_name
        # A WARC record's own date is when it was crawled; the page's date, when found, wins.
        if fmt == "warc" or not meta.published_at:
            declared = (find_date(date) or publication_date(date) for date in page.dates)
            meta.published_at = next((date for date in declared if date), None) or meta.published_at
        lines = _strip_page_furniture(normalise(page.text).split("\n"), meta)
        if page.whole_text is not None and _prose_words(lines) < MISSED_ARTICLE_WORDS:
            # Main-content extraction missed the article: the page's whole text read as a
            # pasted page is (its body the run of lines with the most prose).
            whole_meta = CleanArticle("", meta.title, meta.author, meta.published_at)
            whole = _strip_furniture(normalise(page.whole_text).split("\n"), whole_meta)
            if _prose_words(whole) > _prose_words(lines):
                lines, meta.author, meta.published_at = whole, whole_meta.author, whole_meta.published_at
    else:
        lines = _strip_furniture(normalise(text).split("\n"), meta)
    if meta.title:
        # The headline repeated as a body line; a line over twice its length cannot be one, and
        # is not keyed (keying every paragraph cost a twentieth of cleaning).
        title_key = _dedupe_key(meta.title)
        longest = 2 * len(meta.title) + 20
        lines = [line for line in lines if len(line) > longest or _dedupe_key(line) != title_key]
    meta.clean_text, meta.sentences = _join(_dedupe_sentences(lines))
    meta.language = _language(meta.clean_text)
    meta.title, meta.author, meta.publisher = (_CONTROL.sub("", value) if value else value
                                               for value in (meta.title, meta.author, meta.publisher))
    return meta


class CleanedBatch(NamedTuple):
    """What cleaning makes of a batch of documents."""

    articles: pl.DataFrame  # one row per article
    sentences: pl.DataFrame  # one row per sentence of an article's clean text
    rejected: pl.DataFrame  # documents with no article (flows.stages.rejections)
    minhashes: pl.DataFrame  # one MinHash signature per article (near-duplicate detection)
    bands: pl.DataFrame  # its LSH band hashes, one row per article and band

    def without(self, article_ids: list[str], rejected: pl.DataFrame) -> CleanedBatch:
        """The batch without these articles, which are rejected (``rejected``: why) after all."""
        keep = ~pl.col("article_id").is_in(article_ids)
        return CleanedBatch(self.articles.filter(keep), self.sentences.filter(keep),
                            pl.concat([self.rejected, rejected]), self.minhashes.filter(keep), self.bands.filter(keep))


def clean_documents(documents: pl.DataFrame, budget: TimeBudget | None = None) -> CleanedBatch:
    """Clean a batch of new documents into articles, sentences and near-duplicate signatures.

    A document that raises, or runs past ``budget``, is rejected with the reason (and the
    traceback as ``detail``); the others are cleaned.
    """
    articles, sentences, rejected = [], [], []
    for doc in documents.iter_rows(named=True):
        try:
            with budget.document() if budget else nullcontext():
                article = clean_article(
                    doc["text"], doc["format"], title=doc["title"], published_at=doc["published_at"],
                    publisher=doc["publisher"], author=doc["author"],
                )
        except OverBudget:
            rejected.append(over_budget(doc["source_file"], "clean", budget))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad document must not cost the batch
            rejected.append(failure(doc["source_file"], "clean", exc))
            continue
        if not article.clean_text:
            rejected.append(Rejection(doc["source_file"], "no article text found after cleaning"))
            continue
        article_id = doc["content_hash"]
        articles.append(_article_values(Article(
            article_id, doc["source_file"], doc["format"], doc["url"], article.title, article.publisher,
            article.author, article.published_at, article.language, article.clean_text, doc["text"], doc["encoding"])))
        sentences.extend((article_id, number, start, end) for number, (start, end) in enumerate(article.sentences, 1))
    article_frame = frame(articles, ARTICLE_SCHEMA)
    minhashes, bands = signatures(article_frame)
    return CleanedBatch(
        article_frame,
        frame(sentences, SENTENCE_SCHEMA),
        rejected_frame(rejected),
        minhashes,
        bands,
    )



_article_values = field_values(Article)

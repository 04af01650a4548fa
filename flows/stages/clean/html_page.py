"""Read a saved HTML page: its main text, and the metadata its head declares.

Grain: one page in, one ``HtmlPage`` out. The text is resiliparse's main-content extraction
(a C++ DOM walk that drops navigation, headers, footers, asides, comment sections, scripts and
hidden elements), one block per line, without the elements ``_FURNITURE`` names; embedded
posts, bulleted lists of sentences (a live page's key points), a box of key facts and the
standfirst under the headline it would drop are kept.
``flows.stages.clean.article`` then takes out the furniture lines it keeps.
Metadata comes from the page's own declarations, read from the markup: Open Graph and other
``<meta>`` tags, the ``datePublished`` of its JSON-LD, a ``<time datetime>``, and its ``<title>``.

resiliparse rather than trafilatura: on real pages with hand-checked bodies the two extract the
article as well (``bench/main_text.py``), resiliparse at several times the speed; and a page
nested deeper than any real one is flattened before it is parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from itertools import accumulate

from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import ElementNode, HTMLTree, Node

from flows.lexicon import alternation, lexicon
from flows.stages.clean.dates import MONTH
from flows.stages.clean.page_lines import (
    AUTHOR_LINE,
    BREADCRUMB,
    BULLET,
    DISCLAIMER,
    DISCLAIMER_HINT,
    END_OF_ARTICLE,
    LOWER_WORD,
    PAGE_VOCABULARY,
    TRAILER_HEADING,
    CleanArticle,
    is_byline,
    is_caption_credit,
    is_consent_banner,
    is_page_phrase,
    is_photo_credit,
    is_prose,
    read_byline,
    reads_as_prose,
    word_count,
)

# <meta> names and properties, in order of preference, lower-cased.
_TITLE = ("og:title", "twitter:title", "dc.title", "headline")
_AUTHOR = ("author", "article:author", "parsely-author", "dc.creator", "sailthru.author", "byl")
_SITE = ("og:site_name", "application-name")
_DATE = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
)
# Elements resiliparse's main-content extraction keeps that are not the article's text: the
# headline (<h1>; the title comes from the page's metadata), captions and photo credits, and
# boxes the page names as cookie notices, newsletter and subscription offers,
# sponsored and related stories, share bars, comment sections and author bios. Each
# was measured on real pages with hand-checked bodies, and only those that cost no article text
# are here ("advert", "promo", "sidebar" and "breadcrumb" name containers some pages wrap their
# article in).
_FURNITURE = [
    "h1",
    "figcaption",
    *(f'[{attribute}*="{word}"]' for attribute in ("class", "id") for word in lexicon("pages")["html_boxes"]),
]
_META = re.compile(r"<meta\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_TITLE_ELEMENT = re.compile(r"<title\b[^>]*>([^<]*)</title>", re.IGNORECASE)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')  # in the page's JSON-LD
# The text of an element the page names as its byline or date ("<p class='byline'>By Jane Doe ·
# March 3, 2025</p>"): the date a reader sees, when the page declares none (main-content
# extraction leaves such post metadata out of the text).
_BYLINE_ELEMENT = re.compile(
    r"""class\s*=\s*["'][^"'>]*(?:byline|dateline|date|time|publish|posted)[^"'>]*["'][^>]*>([^<]{6,200})<""",
    re.IGNORECASE,
)
_TIME_ELEMENT = re.compile(r"""<time\b[^>]*\bdatetime\s*=\s*["']?([^"'>\s]+)""", re.IGNORECASE)
_TITLE_PARTS = re.compile(r"\s+[|–—]\s+|\s+-\s+")  # "Headline | Site", "Site - Headline"


@dataclass
class HtmlPage:
    """A page's main text (one block per line) and what its head says of it: plain strings, as
    resiliparse's own objects must not outlive ``read_html`` (they may only be freed on the
    thread that made them, and a reference cycle would leave that to the garbage collector on
    any thread)."""

    text: str
    title: str | None
    author: str | None
    site_name: str | None
    dates: tuple[str, ...]  # the publication dates it declares, best first, else those it shows; as written
    # All the page's visible text, when its main text is short enough (under THIN_CHARS) that
    # main-content extraction may have missed the article: the caller weighs the two.
    whole_text: str | None = None


def read_html(html: str) -> HtmlPage:
    """The main text and declared metadata of an HTML page (any markup parses; none raises).

    The metadata is read from the markup with regular expressions, not from the parsed tree:
    visiting a tree's nodes from Python cost more than parsing and extracting the page together.
    """
    meta: dict[str, str] = {}
    for attributes in _META.findall(html):
        found = {name.lower(): value for name, *quoted in _ATTRIBUTE.findall(attributes) for value in ["".join(quoted)]}
        key = (found.get("property") or found.get("name") or found.get("itemprop") or "").strip().lower()
        content = unescape(found.get("content", "")).strip()
        if key and content:
            meta.setdefault(key, content)

    def declared(keys: tuple[str, ...]) -> str | None:
        return next((meta[key] for key in keys if key in meta), None)

    title = declared(_TITLE)
    if not title and (written := _TITLE_ELEMENT.search(html)):  # the longest part of "Headline | Site"
        title = max(_TITLE_PARTS.split(unescape(written.group(1)).strip()), key=len) or None
    linked = _LD_DATE.search(html)
    stamped = _TIME_ELEMENT.search(html)
    declared_dates = tuple(
        date
        for date in (
            *(meta.get(key) for key in _DATE),
            linked and linked.group(1),
            stamped and unescape(stamped.group(1)),
        )
        if date
    )
    if _FACTBOX_HINT.search(html):
        html = _FACTBOX.sub(_box_as_paragraphs, html)
    if "<figure" in html and "<table" in html:
        html = _TABLE_FIGURE.sub(_figure_as_block, html)
    tree = HTMLTree.parse(_bounded_nesting(_prose_lists_as_paragraphs(html) if "<ul" in html else html))
    if "twitter-tweet" in html:
        _keep_embedded_posts(tree)
    text = extract_plain_text(
        tree,
        main_content=True,
        preserve_formatting=True,
        list_bullets=True,
        alt_texts=False,
        comments=False,
        post_meta=False,
        skip_elements=_FURNITURE,
    )
    if standfirst := _dropped_standfirst(html, text):
        text = f"{standfirst}\n\n{text}"
    whole = (
        extract_plain_text(tree, preserve_formatting=True, list_bullets=True, alt_texts=False)
        if len(text) < THIN_CHARS
        else None
    )
    return HtmlPage(
        text=text,
        whole_text=whole,
        title=title,
        author=declared(_AUTHOR),
        site_name=declared(_SITE),
        dates=declared_dates or tuple(unescape(m.group(1)) for m in _BYLINE_ELEMENT.finditer(html)),
    )


# The sentence or two under a headline that sums the story up (a standfirst, dek or strapline),
# by the class names pages give it: main-content extraction drops it with the header around it.
_STANDFIRST = re.compile(
    r"""<(p|div|h2)\b[^>]*\bclass\s*=\s*["'](?:[^"']*[\s_-])?"""
    r"""(?:standfirst|strapline|dek|sub-?headline|article-summary)["'\s][^>]*>(.*?)</\1>""",
    re.IGNORECASE | re.DOTALL,
)
# Words a standfirst has at most: more is a box of another kind.
STANDFIRST_WORDS = 60


def _dropped_standfirst(html: str, text: str) -> str | None:
    """The page's standfirst ("Forty-six patients have now tested positive, and staff say ..."),
    when main-content extraction dropped it: the article's own summary, whose figures are claims
    of the article like its body's."""
    found = _STANDFIRST.search(html, 0, len(html) // 2 + 5_000)  # it sits under the headline
    if found is None:
        return None
    words = unescape(_TAG.sub(" ", found.group(2))).split()
    standfirst = " ".join(words)
    lower = sum(word[:1].islower() for word in words)
    if not 8 <= len(words) <= STANDFIRST_WORDS or lower * 2 < len(words) or standfirst[:60] in " ".join(text.split()):
        return None  # a label, a box, or a headline in title case; or it is in the text already
    return standfirst if standfirst[-1:] in ".!?" else standfirst + "."


# A box of the story's key facts or figures ("What we know", "At a glance": "On board: 241
# passengers and five crew"; "Key figures": a table), which main-content extraction drops as an
# aside or a list of short items; its facts are the article's claims, set apart from the body,
# where an editor's slip shows.
# A box is known by its class or, for an aside, by its heading.
_FACTBOX_NAMES = (
    r"(?:fact-?box|key-?facts|key-?figures|key-?numbers|key-?box|stats?-?box|in-?numbers|by-the-numbers"
    r"|at-a-glance|fact-?file|fact-?sheet)"
)
_FACTBOX_HEADINGS = (
    r"(?:key\s+(?:facts|figures|numbers|stats)|at\s+a\s+glance|in\s+numbers|by\s+the\s+numbers|fact\s*file"
    r"|what\s+we\s+know)"
)
_FACTBOX_HINT = re.compile(
    r"""class\s*=\s*["'][^"']*""" + _FACTBOX_NAMES + r"|<aside\b[^>]*>\s*<h[2-6]\b[^>]*>\s*" + _FACTBOX_HEADINGS,
    re.IGNORECASE,
)
_FACTBOX = re.compile(
    r"""<(aside|div)\b[^>]*\bclass\s*=\s*["'][^"']*""" + _FACTBOX_NAMES + r"""[^"']*["'][^>]*>"""
    r"(?P<box>(?:(?!<\1\b).)*?)</\1>"
    r"|<(aside)\b[^>]*>(?P<headed>\s*<h[2-6]\b[^>]*>\s*" + _FACTBOX_HEADINGS + r"\b(?:(?!<aside\b).)*?)</aside>",
    re.IGNORECASE | re.DOTALL,
)
_BOX_TAG = re.compile(r"<(/?)(li|h[1-6]|ul|ol|dl|dt|dd)\b[^>]*>", re.IGNORECASE)


def _box_as_paragraphs(m: re.Match) -> str:
    """A factbox as plain paragraphs, its own classes gone: its heading one, and each item one
    with a bullet, as the page shows it (an item is a list's, not a line of prose)."""

    def as_paragraph(tag: re.Match) -> str:
        closing, name = tag.group(1), tag.group(2).lower()
        if name in ("ul", "ol", "dl"):
            return ""
        if name == "dt":  # a definition list's term and its value: "• Load factor: 76.9%"
            return ": " if closing else "<p>• "
        if name == "dd":
            return "</p>" if closing else ""
        return "<p>• " if name == "li" and not closing else f"<{closing}p>"

    return "<div>" + _BOX_TAG.sub(as_paragraph, m.group("box") or m.group("headed")) + "</div>"


# A figure that holds a table ("How the regions voted" over a table of results; WordPress's
# figure.wp-block-table), which main-content extraction drops with the figures of photos.
_TABLE_FIGURE = re.compile(
    r"<figure\b[^>]*>(?P<inner>(?:(?!</?figure\b).)*?<table\b.*?)</figure>", re.IGNORECASE | re.DOTALL
)
_FIGCAPTION = re.compile(r"<(/?)figcaption\b[^>]*>", re.IGNORECASE)


def _figure_as_block(m: re.Match) -> str:
    """A table's figure as a plain block, its caption a paragraph: the line above a table that
    says what it measures ("Unemployment rate by region (%)")."""
    return "<div>" + _FIGCAPTION.sub(r"<\1p>", m.group("inner")) + "</div>"


# A bulleted list (<ul>), and its items.
_BULLETED_LIST = re.compile(r"<ul\b[^>]*>(.*?)</ul>", re.IGNORECASE | re.DOTALL)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_LINK_TEXT = re.compile(r"<a\b[^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
# Words an item of a list of sentences has at least: a key point, not a menu entry.
SENTENCE_ITEM_WORDS = 8


def _prose_lists_as_paragraphs(html: str) -> str:
    """The page with each bulleted list whose items are all sentences ("61 homes have been
    destroyed and 3,600 people forced from their homes", a live page's key points) made into
    paragraphs: main-content extraction drops bulleted lists as it drops menus, whose items are
    a few words or links."""

    def as_paragraphs(m: re.Match) -> str:
        if "<ul" in m.group(1) or "<UL" in m.group(1):
            return m.group(0)  # a list inside a list: a menu
        items = []
        for item in _LIST_ITEM.split(m.group(1))[1:]:
            words = len(_TAG.sub(" ", item).split())
            if not words:
                continue
            if words < SENTENCE_ITEM_WORDS:
                return m.group(0)
            linked = sum(len(_TAG.sub(" ", link).split()) for link in _LINK_TEXT.findall(item))
            if linked * 2 > words:
                return m.group(0)
            items.append(item)
        return "<div>" + "".join(f"<p>{item}</p>" for item in items) + "</div>" if items else m.group(0)

    return _BULLETED_LIST.sub(as_paragraphs, html)


# Posts a page quotes through the platform's embed markup (Twitter's blockquote.twitter-tweet:
# 9 of 181 real news pages) are part of the article, but main-content extraction drops them by
# the class names of the embed and of the box around it ("social-media-embed").
_EMBEDDED_POST = 'blockquote[class*="twitter-tweet"]'
_EMBED_BOX = re.compile(r"social|embed|twitter|tweet", re.IGNORECASE)


def _keep_embedded_posts(tree: HTMLTree) -> None:
    """Take the class names that main-content extraction drops by off each embedded post and
    the boxes around it (up to three levels), so that the post's text stays where it is."""
    if tree.document is None:
        return
    for post in tree.document.query_selector_all(_EMBEDDED_POST):
        node: Node | None = post
        level = 0
        while isinstance(node, ElementNode) and level < 4:
            for attribute in ("class", "id"):
                if _EMBED_BOX.search(node.getattr(attribute) or ""):
                    node.delattr(attribute)
            node, level = node.parent, level + 1


# Main text shorter than this may be what main-content extraction kept of a page whose article it
# missed (it keeps nothing of some layouts, and a box class name such as "share-enabled" on an
# element around the article drops all of it).
THIN_CHARS = 1_500
# Deeper than any real page nests its elements, counting the tags a sloppy page leaves open. The
# HTML parser's and main-content extraction's time grow with the square of the depth, and
# compiled code cannot be stopped by the time budget, so a page nested deeper is flattened first.
MAX_NESTING = 1_000
_CONTAINER_TAG = re.compile(
    r"<(/?)(?:div|section|article|main|header|footer|nav|aside|form|ul|ol|dl|table|blockquote|figure|span|a|b|i"
    r"|em|strong|font|center|h[1-6])\b[^>]*>",
    re.IGNORECASE,
)


def _bounded_nesting(html: str) -> str:
    """The page, or, when its elements nest deeper than ``MAX_NESTING``, the page without its
    container tags (their text stays, in order)."""
    if html.count("<") <= MAX_NESTING:
        return html  # it cannot nest deeper than it has tags
    depth = max(accumulate((1 if slash == "" else -1 for slash in _CONTAINER_TAG.findall(html)), initial=0))
    return html if depth <= MAX_NESTING else _CONTAINER_TAG.sub(" ", html)


# Fewer words of prose than a two-sentence brief: what main-content extraction kept is not the article.
MISSED_ARTICLE_WORDS = 25


def words_of_prose(lines: list[str]) -> int:
    return sum(words for words in map(word_count, lines) if words >= 6)


def strip_page_furniture(lines: list[str], meta: CleanArticle) -> list[str]:
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
        words = word_count(line)
        prose = reads_as_prose(line, words)
        if not prose and TRAILER_HEADING.match(BULLET.sub("", line)):
            in_trailer = True
            continue
        if kept and END_OF_ARTICLE.match(line):
            break
        if in_trailer and not prose:
            continue
        in_trailer = False
        if not prose and is_byline(line):
            read_byline(line, meta)
            continue
        if words <= 12 and (author := AUTHOR_LINE.match(line)):
            meta.author = meta.author or author.group(1).strip()  # "By Jane Doe" with no date
            continue
        if is_page_furniture(line, words, prose):
            if kept and is_caption_credit(line, enclosed=False) and word_count(kept[-1]) <= 25 and '"' not in kept[-1]:
                kept.pop()  # the caption the photo credit belongs to
            continue
        kept.append(line)
    last = max((i for i, line in enumerate(kept) if BULLET.match(line) or is_prose(line)), default=len(kept) - 1)
    return kept[: last + 1]


def is_page_furniture(line: str, words: int, prose: bool) -> bool:
    """A line of an HTML page's main text that belongs to the page, not the article."""
    bare = BULLET.sub("", line).strip()
    if not bare:
        return True
    lowered = bare.lower()
    if (DISCLAIMER_HINT.search(lowered) and DISCLAIMER.search(bare)) or is_consent_banner(bare, lowered):
        return True
    if words <= 40 and _CALL_TO_ACTION.search(lowered):
        return True
    if words > 25 and prose:
        return False
    if BREADCRUMB.search(bare) or is_caption_credit(bare, enclosed=False):
        return True
    if (words <= 20 or not prose) and (is_page_phrase(bare, lowered) or is_photo_credit(bare, lowered)):
        return True
    if not prose and (_MARKUP.match(bare) or ("\t" not in bare and _ONLY_DATE.match(bare))):
        return True  # markup that leaked into the text, a date or time alone (not a table's row of years)
    tokens = LOWER_WORD.findall(lowered)
    return bool(tokens) and sum(map(PAGE_VOCABULARY.__contains__, tokens)) >= 0.6 * len(tokens)


# Calls to act that pages set in or after an article: sign up, subscribe, follow, share, get the app.
_CALL_TO_ACTION = re.compile(r"\b(?:" + alternation(lexicon("pages")["calls_to_act"]) + ")")
_MARKUP = re.compile(r"^<[a-zA-Z!/][^>]*>")
_ONLY_DATE = re.compile(
    rf"^(?:(?:published|updated|posted|last\s+updated)\s*:?\s*)?"
    rf"(?:[\d:/.,·|-]+(?:st|nd|rd|th)?|{MONTH}|(?:on|at|am|pm|gmt|utc|[a-z]{{3}}day)\b|\s)+$",
    re.IGNORECASE,
)

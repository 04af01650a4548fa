"""Read a saved HTML page: its main text, and the metadata its head declares.

Grain: one page in, one ``HtmlPage`` out. The text is resiliparse's main-content extraction
(a C++ DOM walk that drops navigation, headers, footers, asides, scripts and hidden elements),
one block per line; the line rules of ``flows.clean`` then take out what it keeps of the
page's furniture (cookie and subscription boxes, bylines, share bars), as they do for pasted
text. Metadata comes from the page's own declarations: Open Graph and other ``<meta>`` tags,
the ``datePublished`` of its JSON-LD, a ``<time datetime>``, and its ``<title>``.

resiliparse rather than trafilatura: measured on generated news pages, trafilatura (fast mode,
with metadata) read 214 pages/s on one core, resiliparse 2,600 (fastwarc, which reads web
archives here, is from the same project).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree

# <meta> names and properties, in order of preference, lower-cased.
_TITLE = ("og:title", "twitter:title", "dc.title", "headline")
_AUTHOR = ("author", "article:author", "parsely-author", "dc.creator", "sailthru.author", "byl")
_SITE = ("og:site_name", "application-name")
_DATE = ("article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
         "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "date")
# Containers of page furniture, by the class and id words sites use for them, and the page's own
# header and footer (an article's own <header>, with its headline, is kept).
_FURNITURE = [f'[{attribute}*="{word}"]' for attribute in ("class", "id")
              for word in ("cookie", "consent", "gdpr", "newsletter", "subscri", "paywall", "promo", "advert",
                           "sponsor", "share-", "-share", "sharing", "sharebar", "related", "recommend", "author-bio",
                           "bio-", "comments", "breadcrumb", "sidebar")]
_FURNITURE += ["body > header", "nav", "footer", "aside", "form"]
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
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
    dates: tuple[str, ...]  # the publication dates it declares, best first, as written (ISO 8601 in the usual tags)


def read_html(html: str) -> HtmlPage:
    """The main text and declared metadata of an HTML page (any markup parses; none raises)."""
    tree = HTMLTree.parse(_bounded_nesting(html))
    document = tree.document
    meta: dict[str, str] = {}
    for tag in document.query_selector_all("meta"):
        key = (tag.getattr("property") or tag.getattr("name") or tag.getattr("itemprop") or "").strip().lower()
        content = (tag.getattr("content") or "").strip()
        if key and content:
            meta.setdefault(key, content)

    def declared(keys: tuple[str, ...]) -> str | None:
        return next((meta[key] for key in keys if key in meta), None)

    title = declared(_TITLE)
    if not title and tree.title:  # the longest part of "Headline | Site"
        title = max(_TITLE_PARTS.split(tree.title.strip()), key=len) or None
    return HtmlPage(
        text=extract_plain_text(tree, main_content=True, preserve_formatting=True, list_bullets=True,
                                alt_texts=False, skip_elements=_FURNITURE),
        title=title,
        author=declared(_AUTHOR),
        site_name=declared(_SITE),
        dates=tuple(date for date in (*(meta.get(key) for key in _DATE), _linked_data_date(document),
                                      _time_element_date(document)) if date),
    )


# Deeper than any real page nests its elements (211 real pages: at most 275, counting the tags a
# sloppy page leaves open). The HTML parser's time grows with the square of the depth (100,000
# nested <div>s: 13 s, and main-content extraction 288 s), and compiled code cannot be stopped by
# the time budget, so a page nested deeper is flattened first.
MAX_NESTING = 1_000
_CONTAINER_TAG = re.compile(
    r"<(/?)(?:div|section|article|main|header|footer|nav|aside|form|ul|ol|dl|table|blockquote|figure|span|a|b|i"
    r"|em|strong|font|center|h[1-6])\b[^>]*>", re.IGNORECASE)


def _bounded_nesting(html: str) -> str:
    """The page, or, when its elements nest deeper than ``MAX_NESTING``, the page without its
    container tags (their text stays, in order)."""
    if html.count("<") <= MAX_NESTING:
        return html  # it cannot nest deeper than it has tags
    depth = max(accumulate((1 if slash == "" else -1 for slash in _CONTAINER_TAG.findall(html)), initial=0))
    return html if depth <= MAX_NESTING else _CONTAINER_TAG.sub(" ", html)


def _linked_data_date(document) -> str | None:
    for script in document.query_selector_all('script[type="application/ld+json"]'):
        found = _LD_DATE.search(script.text or "")
        if found:
            return found.group(1)
    return None


def _time_element_date(document) -> str | None:
    element = document.query_selector("time[datetime]")
    return element.getattr("datetime") if element is not None else None

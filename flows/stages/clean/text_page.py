"""A pasted page: the text of a whole web page copied by hand, the article somewhere in it.

Grain: one page's lines in, the article's lines out, its headline, byline date and author and
the site's name read on the way. The body is the run of lines with the most prose, where a
run ends at a long stretch of furniture or at a trailer heading ("Related posts") followed by
non-prose lines; the headline is the last title-like line before it.
"""

from __future__ import annotations

import re

from flows.stages.clean.page_lines import (
    AUTHOR_LINE,
    BULLET,
    END_OF_ARTICLE,
    NAME_AND_ROLE,
    NAME_AND_ROLE_WORDS,
    TRAILER_HEADING,
    CleanArticle,
    guess_publisher,
    is_byline,
    is_caption_credit,
    is_furniture,
    is_prose,
    opens_with_date,
    read_byline,
    reads_as_prose,
    word_count,
)

# A body paragraph separated from the main body by this many lines of page furniture belongs
# to another part of the page (an "About us" blurb, a teaser).
_GAP_BETWEEN_PAGE_PARTS = 6
# A byline after this many words of a run's prose dates something else (a quoted report).
_TOP_OF_RUN_WORDS = 80


def strip_furniture(lines: list[str], meta: CleanArticle) -> list[str]:
    """Keep the article body's lines; fill title, author and date from its header.

    Lines are classified (prose, other text, furniture, byline); the body is the run of lines
    with the most prose words, where a run ends at a long stretch of furniture or at a trailer
    heading ("Related posts") followed by non-prose lines. Its header is the text and bylines
    met since the previous run's prose: the headline is the last title-like line there.
    """
    runs: list[list[str]] = [[]]
    prose_words = [0]  # each run's words in prose lines
    headers: list[list[str]] = []
    # Bylines and author lines met at the top of each run, after a line of it that reads as
    # prose (a standfirst, or a cookie banner no rule knows) already opened it.
    tops: list[list[str]] = [[]]
    pending: list[str] = []
    furniture: list[str] = []
    gap = 0
    in_trailer = False
    body_started = False  # whether the current run has prose yet
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if TRAILER_HEADING.match(BULLET.sub("", line)):
            in_trailer = True
            gap += 1
            continue
        words = word_count(line)
        prose = reads_as_prose(line, words) and not opens_with_date(line)
        if END_OF_ARTICLE.match(line):
            if body_started and prose_words[-1] >= _TOP_OF_RUN_WORDS:
                break
            # A comment count beside the byline ends only the few lines above it: the article
            # starts below.
            furniture.append(line)
            gap = _GAP_BETWEEN_PAGE_PARTS if body_started else gap + 1
            continue
        if not prose and (is_byline(line) or _author_line(line)):
            if body_started and prose_words[-1] < _TOP_OF_RUN_WORDS:
                tops[-1].append(line)
                continue
            if is_byline(line):
                pending.append(line)
                gap += 1
                continue
        if is_caption_credit(line) and runs[-1] and word_count(runs[-1][-1]) <= 20 and '"' not in runs[-1][-1]:
            caption = runs[-1].pop()  # the caption the credit belongs to
            prose_words[-1] -= word_count(caption) if is_prose(caption) else 0
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
            tops.append([])
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
        return [
            line for line in pending if word_count(line) >= 4 and not is_byline(line) and not AUTHOR_LINE.match(line)
        ]
    best = max(range(len(runs)), key=prose_words.__getitem__)
    body = runs[best]
    while body and not is_prose(body[-1]):
        body.pop()
    for line in headers[best] + tops[best]:
        if is_byline(line):
            read_byline(line, meta)
    for line in headers[best] + tops[best]:
        author = _author_line(line)
        if author and not meta.author:
            meta.author = author.group(1).strip()
    if not meta.title:
        titles = [
            line for line in headers[best] if word_count(line) >= 4 and not is_byline(line) and not _author_line(line)
        ]
        meta.title = titles[-1] if titles else None
    if not meta.publisher:
        page_lines = [line for h in headers for line in h] + furniture
        meta.publisher = guess_publisher([line for line in page_lines if not is_byline(line)])
    return body


def _author_line(line: str) -> re.Match | None:
    """A line that names the author: "By Jane Doe", or "Jane Doe, Science Correspondent"."""
    return AUTHOR_LINE.match(line) or (NAME_AND_ROLE.match(line) if word_count(line) <= NAME_AND_ROLE_WORDS else None)

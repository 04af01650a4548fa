"""Clean: turn a document's raw text into the article's clean text and metadata.

Grain: one cleaned article per document. The clean text keeps the article body as paragraphs
separated by blank lines; page furniture, the headline and the byline are taken out, the last
two into metadata. Repeated sentences appear once. Offsets of sentences and of everything
extracted later point into this exact text.

A pasted page is cleaned by ``text_page`` (the run of lines with the most prose); an HTML page
is read by ``html_page``, whose structure has already taken out most of the page, so only its
furniture lines are dropped; when it kept no article at all, the page's whole text is cleaned
as a pasted page. JSONL texts are cleaned as pasted pages.
"""

from __future__ import annotations

import re
import unicodedata
from contextlib import nullcontext
from typing import NamedTuple

import ftfy
import polars as pl
import py3langid

from flows.lexicon import lexicon
from flows.records import (
    ARTICLE_SCHEMA,
    SENTENCE_SCHEMA,
    Article,
    Rejection,
    field_values,
    frame,
)
from flows.stages.clean.dates import find_date, publication_date
from flows.stages.clean.html_page import (
    MISSED_ARTICLE_WORDS,
    read_html,
    strip_page_furniture,
    words_of_prose,
)
from flows.stages.clean.near_duplicates import signatures
from flows.stages.clean.page_lines import CleanArticle
from flows.stages.clean.sentences import sentence_spans
from flows.stages.clean.text_page import strip_furniture
from flows.stages.rejections import failure, over_budget, rejected_frame
from flows.stages.time_budget import OverBudget, TimeBudget

_WIDGET_WORDS = tuple(lexicon("pages")["widget_words"])
_INLINE_WIDGETS = re.compile(rf"(?<=[.!?\"”’])\s+(?:{'|'.join(_WIDGET_WORDS)})(?=\s+[A-Z\"“]|\s*$)")
# Written to start with the stop, not the look-behind, so the regex engine can skip to stops.
_GLUED_SENTENCE = re.compile(r"([.!?])(?<=[a-z)\]%”\"’][.!?])(?=[A-Z][a-z])")


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
_FOLD = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\ufeff": "",
}
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
    if any(word in text for word in _WIDGET_WORDS):  # substring scans, far cheaper than the regex's
        text = _INLINE_WIDGETS.sub("", text)
    return text


# Words no other language that news comes in writes: where they make up 8% of a text's opening
# words, it is English and the language model, the slowest step of cleaning, is not asked (on
# articles in four languages every text this calls English, py3langid calls English too).
_ENGLISH_ONLY = frozenset(lexicon("pages")["english_only_words"])
_LANGUAGE_SAMPLE_CHARS = 400


def _language(text: str) -> str | None:
    if len(text) < 20:
        return None
    opening = text[:_LANGUAGE_SAMPLE_CHARS]
    if _reads_as_english(opening):
        return "en"  # most articles: their opening says it
    sample = _prose(text) or opening
    return "en" if sample is not opening and _reads_as_english(sample) else py3langid.classify(sample)[0]


def _reads_as_english(sample: str) -> bool:
    words = _WORD.findall(sample.lower())
    return len(words) >= 30 and sum(word in _ENGLISH_ONLY for word in words) >= 0.08 * len(words)


_LOWER_CASE_WORD = re.compile(r"\b[a-z]+\b")


def _prose(text: str) -> str | None:
    """The first lines of running prose (eight lower-case words or more), up to the sample's
    length: a results list or a table of names and figures at the top ("Women's 400m: 1 Sanna
    Lindqvist (Ravensholt AC) 50.38") says nothing of the language it is written in."""
    lines = [line for line in text[:6000].split("\n") if len(_LOWER_CASE_WORD.findall(line)) >= 8]
    prose = " ".join(lines)[:_LANGUAGE_SAMPLE_CHARS]
    return prose if len(prose) >= _LANGUAGE_SAMPLE_CHARS // 2 else None


def load_models() -> None:
    """Load what cleaning otherwise loads on first use (the language model), so that no
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
        clean_text="",
        title=title,
        author=author,
        publisher=publisher,
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
        lines = strip_page_furniture(normalise(page.text).split("\n"), meta)
        if page.whole_text is not None and words_of_prose(lines) < MISSED_ARTICLE_WORDS:
            # Main-content extraction missed the article: the page's whole text read as a
            # pasted page is (its body the run of lines with the most prose).
            whole_meta = CleanArticle("", meta.title, meta.author, meta.published_at)
            whole = strip_furniture(normalise(page.whole_text).split("\n"), whole_meta)
            if words_of_prose(whole) > words_of_prose(lines):
                lines, meta.author, meta.published_at = whole, whole_meta.author, whole_meta.published_at
    else:
        lines = strip_furniture(normalise(text).split("\n"), meta)
    if meta.title:
        # The headline repeated as a body line; a line over twice its length cannot be one, and
        # is not keyed (keying every paragraph cost a twentieth of cleaning).
        title_key = _dedupe_key(meta.title)
        longest = 2 * len(meta.title) + 20
        lines = [line for line in lines if len(line) > longest or _dedupe_key(line) != title_key]
    meta.clean_text, meta.sentences = _join(_dedupe_sentences(lines))
    meta.language = _language(meta.clean_text)
    meta.title, meta.author, meta.publisher = (
        _CONTROL.sub("", value) if value else value for value in (meta.title, meta.author, meta.publisher)
    )
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
        return CleanedBatch(
            self.articles.filter(keep),
            self.sentences.filter(keep),
            pl.concat([self.rejected, rejected]),
            self.minhashes.filter(keep),
            self.bands.filter(keep),
        )


def clean_documents(documents: pl.DataFrame, budget: TimeBudget | None = None) -> CleanedBatch:
    """Clean a batch of new documents into articles, sentences and near-duplicate signatures.

    A document that raises, or runs past ``budget``, is rejected with the reason (and the
    traceback as ``detail``); the others are cleaned.
    """
    articles: list[tuple] = []
    sentences: list[tuple] = []
    rejected: list[Rejection] = []
    for doc in documents.iter_rows(named=True):
        try:
            with budget.document() if budget else nullcontext():
                article = clean_article(
                    doc["text"],
                    doc["format"],
                    title=doc["title"],
                    published_at=doc["published_at"],
                    publisher=doc["publisher"],
                    author=doc["author"],
                )
        except OverBudget:
            rejected.append(over_budget(doc["source_file"], "clean", budget))
            continue
        except Exception as exc:
            rejected.append(failure(doc["source_file"], "clean", exc))
            continue
        if not article.clean_text:
            rejected.append(Rejection(doc["source_file"], "no article text found after cleaning"))
            continue
        article_id = doc["content_hash"]
        articles.append(
            _article_values(
                Article(
                    article_id,
                    doc["source_file"],
                    doc["format"],
                    doc["url"],
                    article.title,
                    article.publisher,
                    article.author,
                    article.published_at,
                    article.language,
                    article.clean_text,
                    doc["text"],
                    doc["encoding"],
                )
            )
        )
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

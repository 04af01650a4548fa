"""Main text of real pages against hand-checked bodies: newsfacts beside trafilatura, same pages, one run.

    .venv/bin/python bench/main_text.py [--benchmark DIR] [--json]

Scores each extractor as the public article-extraction benchmarks do (Zyte's
article-extraction-benchmark): the text is split into ``\\w+`` tokens, a page's true and
extracted text into 4-token shingles counted as multisets, each page's tp/fp/fn normalised to
sum to one, precision and recall averaged over pages, F1 from the averages. Pages/s is the
extractor's own time over the set, on one core; for newsfacts that is the whole cleaning of an
HTML page (``flows.stages.clean.article.clean_article``: main text, metadata, furniture lines, repeated
sentences), not the main text alone.

Sets:
- ``tests/fixtures/real_pages/newspaper4k``: the pages newspaper4k ships as test data, with
  the article text its tests expect (MIT licence; English and eight other languages);
- ``--benchmark DIR``: a folder in the layout of Zyte's article-extraction-benchmark
  (``html/<id>.html.gz``, ``ground-truth.json``), split by a hash of each page's id into a
  development half and a held-out half (``held_out``); rules are fitted to the first only.

trafilatura (a development dependency) is run with its defaults when it is installed.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
FIXTURES = PROJECT / "tests" / "fixtures" / "real_pages" / "newspaper4k"
_TOKEN = re.compile(r"\w+")


def held_out(page_id: str) -> bool:
    """Whether a benchmark page belongs to the held-out half (a fixed hash of its id)."""
    return hashlib.sha256(f"newsfacts-holdout:{page_id}".encode()).digest()[0] % 2 == 1


def fixture_pages() -> dict[str, tuple[str, str]]:
    """The fixture pages with a true body: name -> (html, body)."""
    return {
        path.name.removesuffix(".html.gz"): (
            gzip.decompress(path.read_bytes()).decode("utf-8", "replace"),
            path.with_name(path.name.replace(".html.gz", ".txt")).read_text("utf-8"),
        )
        for path in sorted(FIXTURES.glob("*.html.gz"))
        if path.with_name(path.name.replace(".html.gz", ".txt")).exists()
    }


def benchmark_pages(folder: Path, held: bool) -> dict[str, tuple[str, str]]:
    """One half of a benchmark in Zyte's layout: id -> (html, body)."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return {
        key: (
            gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace"),
            value["articleBody"],
        )
        for key, value in truth.items()
        if held_out(key) == held
    }


def _shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def page_score(true: str, extracted: str) -> tuple[float, float, float]:
    """A page's tp, fp and fn over shingles, normalised to sum to one."""
    gold, found = _shingles(true), _shingles(extracted)
    tp, fp, fn = sum((gold & found).values()), sum((found - gold).values()), sum((gold - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def set_score(pages: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """F1, precision and recall of a set of pages (averaged per page, as the benchmark does)."""

    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    p = [precision(*s) for s in pages if s[0] + s[1] > 0]
    r = [recall(*s) for s in pages if s[0] + s[2] > 0]
    mean_p, mean_r = sum(p) / max(len(p), 1), sum(r) / max(len(r), 1)
    return (2 * mean_p * mean_r / (mean_p + mean_r) if mean_p + mean_r else 0.0), mean_p, mean_r


def extractors() -> dict[str, Callable[[str], str]]:
    from flows.stages.clean.article import clean_article, load_models

    load_models()
    found = {"newsfacts": lambda html: clean_article(html, "html").clean_text}
    try:
        import trafilatura
    except ImportError:
        return found
    found[f"trafilatura {trafilatura.__version__}"] = lambda html: trafilatura.extract(html) or ""
    return found


def measure(pages: dict[str, tuple[str, str]], extract: Callable[[str], str]) -> dict:
    """One extractor over one set: scores, pages/s, and the pages it found no text in."""
    started = time.perf_counter()
    texts = {name: extract(html) for name, (html, _) in pages.items()}
    seconds = time.perf_counter() - started
    f1, precision, recall = set_score([page_score(pages[name][1], text) for name, text in texts.items()])
    return {
        "pages": len(pages),
        "f1": f1,
        "precision": precision,
        "recall": recall,
        "pages_per_second": len(pages) / seconds,
        "empty": sorted(n for n, t in texts.items() if not t.strip()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--benchmark", type=Path, help="a folder in the layout of Zyte's article-extraction-benchmark")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    sets = {"newspaper4k fixtures": fixture_pages()}
    if args.benchmark:
        sets["benchmark, held-out half"] = benchmark_pages(args.benchmark, held=True)
        sets["benchmark, development half"] = benchmark_pages(args.benchmark, held=False)
    found = {
        (set_name, name): measure(pages, extract)
        for set_name, pages in sets.items()
        for name, extract in extractors().items()
    }
    if args.json:
        print(json.dumps({f"{s} | {e}": figures for (s, e), figures in found.items()}, indent=1))
        return
    print(f"{'set':<28} {'extractor':<20} {'pages':>5} {'F1':>6} {'prec.':>6} {'recall':>6} {'pages/s':>8}  empty")
    for (set_name, name), f in found.items():
        print(
            f"{set_name:<28} {name:<20} {f['pages']:>5} {f['f1']:>6.3f} {f['precision']:>6.3f} {f['recall']:>6.3f} "
            f"{f['pages_per_second']:>8.0f}  {len(f['empty'])}"
        )


if __name__ == "__main__":
    main()

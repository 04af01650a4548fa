"""Near-duplicate articles: MinHash signatures and LSH bands over word shingles.

Grain: one signature per article, sixteen band hashes per article. Syndicated copies of a
story (the same body with another site's headline, a trimmed paragraph, a credit line) share
most five-word shingles, so their MinHash signatures agree in most positions and so in whole
bands (at 80% agreement, at least four of the sixteen). The bands are stored in the warehouse,
so a new article is compared with every article ever loaded by a join in SQL
(``sql/load/near_duplicates.sql``), not by a scan in Python.

MinHash is computed with numpy rather than datasketch, whose hashing one shingle at a time in
Python would cost a quarter of the whole cleaning budget.
"""

from __future__ import annotations

import array
import hashlib
import re
import zlib

import numpy as np
import polars as pl

PERMUTATIONS = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard collide in a band with high probability
SHINGLE_WORDS = 5
# Multiply-shift hash functions h(x) = (a·x + b) >> 32 over 64-bit words, a odd; the seed is
# fixed because signatures from different runs must be comparable.
_rng = np.random.default_rng(20251123)
_A = _rng.integers(1, 1 << 63, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 1 << 63, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the distinct word ``size``-grams of a text, lower-cased."""
    # Through array.array: numpy converts a list of Python ints at a third of the speed.
    crcs = array.array("I", map(zlib.crc32, map(str.encode, _WORD.findall(text.lower()))))
    words = np.frombuffer(crcs, dtype=np.uint32).astype(np.uint64)
    if len(words) < size:
        return np.unique(words) if len(words) else np.zeros(1, dtype=np.uint64)
    combined = np.zeros(len(words) - size + 1, dtype=np.uint64)
    for offset in range(size):  # polynomial rolling combination of the words' hashes
        combined = combined * np.uint64(1_000_003) + words[offset : offset + len(combined)]
    return np.unique(combined & np.uint64(0xFFFFFFFF))


def minhash(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (``PERMUTATIONS`` values) of a set of 32-bit hashes."""
    permuted = (np.outer(_A, hashes) + _B[:, None]) >> np.uint64(32)
    return permuted.min(axis=1).astype(np.uint32)


def band_hashes(signature: np.ndarray) -> list[int]:
    """Sixteen stable 63-bit hashes, one per band of the signature."""
    rows = signature.astype("<u4").reshape(BANDS, -1)
    return [int.from_bytes(hashlib.blake2b(row.tobytes(), digest_size=8).digest(), "little") >> 1 for row in rows]


def signatures(articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """MinHash signature and LSH band hashes of each article of a batch.

    Returns ``(minhashes, bands)``: one row per article with its signature, and one row per
    article and band.
    """
    ids = articles["article_id"].to_list()
    values = [minhash(shingle_hashes(text)) for text in articles["clean_text"]]
    minhashes = pl.DataFrame(
        {"article_id": ids, "signature": [v.tolist() for v in values]},
        schema={"article_id": pl.String, "signature": pl.List(pl.UInt32)},
    )
    bands = pl.DataFrame(
        [
            (article_id, band, value)
            for article_id, v in zip(ids, values, strict=True)
            for band, value in enumerate(band_hashes(v))
        ],
        schema={"article_id": pl.String, "band": pl.Int32, "band_hash": pl.Int64},
        orient="row",
    )
    return minhashes, bands

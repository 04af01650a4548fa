"""Near-duplicate articles: MinHash signatures and LSH bands over word shingles.

Grain: one signature per article, sixteen band hashes per article. Syndicated copies of a
story (the same body with another site's headline, a trimmed paragraph, a credit line) share
most five-word shingles, so their MinHash signatures agree in most positions and collide in at
least one band. The bands are stored in the warehouse, so a new article is compared with every
article ever loaded by a join in SQL (``sql/load/near_duplicates.sql``), not by a scan in Python.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np
import polars as pl
from datasketch import MinHash

PERMUTATIONS = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard collide in a band with high probability
SHINGLE_WORDS = 5
SEED = 1  # fixed, so signatures from different runs are comparable

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """The distinct word ``size``-grams of a text, lower-cased."""
    words = _WORD.findall(text.lower())
    return list({" ".join(words[i:i + size]).encode() for i in range(max(1, len(words) - size + 1))})


def band_hashes(signature: np.ndarray) -> list[int]:
    """Sixteen stable 63-bit hashes, one per band of the signature."""
    rows = signature.astype("<u4").reshape(BANDS, -1)
    return [int.from_bytes(hashlib.blake2b(row.tobytes(), digest_size=8).digest(), "little") >> 1
            for row in rows]


def signatures(articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """MinHash signature and LSH band hashes of each article of a batch.

    Returns ``(minhashes, bands)``: one row per article with its signature, and one row per
    article and band.
    """
    ids = articles["article_id"].to_list()
    if not ids:
        return (pl.DataFrame(schema={"article_id": pl.String, "signature": pl.List(pl.UInt32)}),
                pl.DataFrame(schema={"article_id": pl.String, "band": pl.Int32, "band_hash": pl.Int64}))
    hashed = MinHash.bulk([shingles(t) for t in articles["clean_text"]], num_perm=PERMUTATIONS, seed=SEED,
                          hashfunc=zlib.crc32)
    values = [m.hashvalues.astype(np.uint32) for m in hashed]
    minhashes = pl.DataFrame({"article_id": ids, "signature": [v.tolist() for v in values]},
                             schema={"article_id": pl.String, "signature": pl.List(pl.UInt32)})
    bands = pl.DataFrame(
        [(article_id, band, value) for article_id, v in zip(ids, values) for band, value in enumerate(band_hashes(v))],
        schema={"article_id": pl.String, "band": pl.Int32, "band_hash": pl.Int64}, orient="row",
    )
    return minhashes, bands

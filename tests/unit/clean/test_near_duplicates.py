"""The band arithmetic that sql/load/near_duplicates.sql relies on to skip most candidates."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from flows.stages.clean.near_duplicates import BANDS, PERMUTATIONS, band_hashes

AGREEING = int(np.ceil(0.8 * PERMUTATIONS))  # the least agreement a near duplicate has


@given(seed=st.integers(0, 2**32 - 1), agreeing=st.integers(AGREEING, PERMUTATIONS))
def test_signatures_agreeing_in_80_percent_of_positions_share_at_least_four_bands(seed: int, agreeing: int):
    rng = np.random.default_rng(seed)
    original = rng.integers(0, 2**32, PERMUTATIONS, dtype=np.uint64).astype(np.uint32)
    copy = original.copy()
    unequal = rng.choice(PERMUTATIONS, PERMUTATIONS - agreeing, replace=False)
    copy[unequal] ^= np.uint32(1)  # a different value in each unequal position
    shared = sum(a == b for a, b in zip(band_hashes(original), band_hashes(copy), strict=True))
    assert shared >= BANDS - (PERMUTATIONS - agreeing) >= 4


def test_a_changed_position_changes_its_band():
    signature = np.arange(PERMUTATIONS, dtype=np.uint32)
    changed = signature.copy()
    changed[0] += 1
    assert band_hashes(signature)[1:] == band_hashes(changed)[1:]
    assert band_hashes(signature)[0] != band_hashes(changed)[0]

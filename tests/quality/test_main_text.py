"""Main text of real pages stays close to their hand-checked article bodies (the newspaper4k
test pages); ``make evaluate`` prints the figures beside trafilatura's."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import PROJECT


def test_main_text_stays_close_to_the_hand_checked_bodies():
    done = subprocess.run(
        [sys.executable, str(PROJECT / "bench" / "main_text.py"), "--json"], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    ours = json.loads(done.stdout)["newspaper4k fixtures | newsfacts"]
    assert ours["pages"] >= 20 and not ours["empty"]
    assert ours["f1"] >= 0.90 and ours["precision"] >= 0.85 and ours["recall"] >= 0.95, ours

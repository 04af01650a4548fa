"""The report as a person sees it, in headless Chromium (Debian's chromium package).

CI installs Chromium (.ci/run); elsewhere the test is skipped with the reason when it is absent.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from flows import warehouse
from flows.quality.report import write_report
from tests.helpers import load

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")

ATTACK = "<script>document.title='pwned';document.body.innerHTML='pwned'</script>"


def chromium(user_data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={user_data}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("report")
    con = load(
        root / "raw",
        {  # one story, told three times
            "a.txt": f"Japan's GDP grew 0.6% in the fourth quarter, the Cabinet Office said. {ATTACK} "
            "Consumer spending and exports of cars and machinery recovered from a weak summer, Tokyo said.",
            "b.txt": "Japan's GDP grew 1.6% in the fourth quarter, official data showed. Consumer spending "
            "and exports of cars and machinery recovered from a weak summer, the Cabinet Office in Tokyo said.",
            "c.txt": "Japan's GDP grew 1.6% in the fourth quarter, the government said on Monday, as consumer "
            "spending and exports of cars and machinery recovered from a weak summer.",
        },
    )
    warehouse.start_run(con, "r", root / "raw")
    warehouse.finish_run(con, "r", "completed")
    path = write_report(con, root / "news-reports", root / "news.duckdb", "r")
    con.close()
    return path


def test_the_contradiction_is_visible_and_article_text_does_not_run(report, tmp_path):
    dom = chromium(tmp_path / "profile", "--dump-dom", report.as_uri()).stdout
    assert "<title>newsfacts report: news.duckdb</title>" in dom  # the article's script did not retitle the page
    assert "pwned" not in dom.replace(ATTACK.replace("<", "&lt;").replace(">", "&gt;"), "")
    assert "&lt;script&gt;" in dom  # shown as text
    assert "says 0.6%" in dom and "say 1.6%" in dom
    assert "<mark>0.6%</mark>" in dom
    assert re.search(r"confidence (0\.[6-9]\d|1\.00) · story \S+", dom)  # why to trust it, and which story


def screenshot(report: Path, tmp_path: Path, width: int) -> np.ndarray:
    shot = tmp_path / f"report-{width}.png"
    chromium(
        tmp_path / "profile",
        "--hide-scrollbars",
        f"--window-size={width},2400",
        f"--screenshot={shot}",
        report.as_uri(),
    )
    return np.asarray(Image.open(shot).convert("RGB"), dtype=float) / 255


@pytest.mark.parametrize("width", [1280, 390])
def test_the_chart_is_drawn_and_nothing_runs_off_the_page(report, tmp_path, width):
    pixels = screenshot(report, tmp_path, width)
    red = (
        (abs(pixels[..., 0] - 0.75) < 0.08) & (abs(pixels[..., 1] - 0.22) < 0.07) & (abs(pixels[..., 2] - 0.17) < 0.07)
    ).sum()
    blue = ((pixels[..., 0] < 0.25) & (abs(pixels[..., 1] - 0.44) < 0.1) & (abs(pixels[..., 2] - 0.70) < 0.1)).sum()
    assert red > 30 and blue > 30, (red, blue)  # the outlier and consensus dots are on screen
    # the body's right margin (1rem) stays blank: no table, card or label runs past the window
    margin = pixels[:, -10:, :]
    assert (margin > 0.97).all(), np.argwhere(margin <= 0.97)[:5]


PAYLOAD = "<img src=x onerror=document.body.setAttribute('data-pwned',1)>"


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory) -> Path:
    """A whole run over files whose names and text carry markup, and one whose name carries
    dollar signs and a backslash."""
    root = tmp_path_factory.mktemp("hostile")
    raw = root / "raw"
    raw.mkdir()
    (raw / f"{PAYLOAD}.txt").write_text(
        f"Japan's GDP grew 0.6% in the fourth quarter, the Cabinet Office said on Monday. {ATTACK} Analysts agreed.\n",
        encoding="utf-8",
    )
    (raw / "b.txt").write_text(
        "Japan's GDP grew 1.6% in the fourth quarter, official data showed on Monday.\n", encoding="utf-8"
    )
    (raw / "c.txt").write_text(
        "Japan's GDP grew 1.6% in the fourth quarter, the government said on Monday.\n", encoding="utf-8"
    )
    (raw / "x$\\undefinedmacro$.txt").write_text(
        "Japan's GDP grew 2.6% in the fourth quarter, a bank said on Monday.\n", encoding="utf-8"
    )
    (raw / f"{PAYLOAD}.jsonl").write_text('{"title": "' + PAYLOAD.replace("'", "") + '"}\n', encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "run",
            "--quiet",
            "--raw",
            str(raw),
            "--warehouse",
            str(root / "w" / "news.duckdb"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return root / "w"


def test_a_suite_page_fits_a_phone(hostile_run, tmp_path):
    pixels = screenshot(hostile_run / "news-reports" / "suites" / "claims.html", tmp_path, 390)
    assert (pixels[:, -10:, :] > 0.97).all()  # long expectation names wrap inside the window


def test_no_page_a_run_sends_a_reader_to_runs_script_from_its_inputs(hostile_run, tmp_path):
    pages = list((hostile_run / "news-reports").rglob("*.html"))
    assert any(page.parent.name == "suites" for page in pages) and len(pages) >= 4
    for page in pages:
        dom = chromium(tmp_path / "profile", "--dump-dom", page.as_uri()).stdout
        assert dom and 'data-pwned="1"' not in dom and ">pwned<" not in dom, page  # neither payload ran
    report = (hostile_run / "news-reports" / "latest.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=" in report  # the file name is shown, as text
    markdown = (hostile_run / "news-reports" / "latest.md").read_text(encoding="utf-8")
    assert "<img" not in markdown and "<script" not in markdown and "&lt;img src=x onerror=" in markdown

"""Two `kabar run` into one output folder: the second refuses (or waits), the tables stay whole."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from tests.faults.corpus import ROOT, kabar

pytestmark = pytest.mark.faults  # slow: `make faults`


def test_second_run_refuses_while_first_holds_the_lock(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, inputs / seed.name)
    out = tmp_path / "out"
    first = subprocess.Popen(
        [sys.executable, "-m", "kabar.cli", "run", str(inputs), "--output", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    lock = out / ".kabar.lock"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (lock.exists() and lock.read_text().strip()):
        time.sleep(0.05)
    second = kabar("run", str(inputs), "--output", str(out), "--lock-wait", "0")
    assert first.wait(timeout=300) == 0
    assert second.code == 3
    assert "locked by pid" in second.stderr
    # A run that waits for the lock gets it once the first is done, and adds no duplicates.
    assert kabar("run", str(inputs), "--output", str(out), "--lock-wait", "60").code == 0
    articles = pl.read_parquet(out / "articles" / "*.parquet")
    assert articles.height == articles["article_id"].n_unique() == 5

"""SIGKILL at every commit point leaves readable tables; the next run converges on an uninterrupted run's."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pyarrow.dataset as ds
import pytest

from kabar.faults import FAILPOINTS, STATE_REWRITE
from tests.faults.corpus import ROOT, kabar

TABLES = ("articles", "events", "event_mentions", "rejected")

pytestmark = pytest.mark.faults  # slow: `make faults`


def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def snapshot(out: Path) -> dict[str, list[tuple]]:
    """Table contents without lineage columns (run ids and timestamps differ between runs)."""
    keys = {
        "articles": ["article_id", "content_hash", "published_at", "title"],
        "events": ["event_id", "cameo_code", "num_mentions"],
        "event_mentions": ["mention_id", "event_id", "article_id"],
        "rejected": ["source", "reason"],
    }
    result = {}
    for table in TABLES:
        frame = pl.from_arrow(ds.dataset(str(out / table), partitioning="hive").to_table(columns=keys[table]))
        assert isinstance(frame, pl.DataFrame)
        result[table] = sorted(frame.rows())
    return result


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    tmp = tmp_path_factory.mktemp("reference")
    assert kabar("run", str(pages(tmp)), "--output", str(tmp / "out")).code == 0
    return snapshot(tmp / "out")


@pytest.mark.parametrize("point", FAILPOINTS)
def test_killed_run_then_rerun_equals_uninterrupted(
    point: str, tmp_path: Path, reference: dict[str, list[tuple]]
) -> None:
    inputs, out = pages(tmp_path), tmp_path / "out"
    killed = kabar("run", str(inputs), "--output", str(out), env={"KABAR_FAILPOINT": point})
    assert killed.code == -9, killed.stderr[-2000:]
    for table in TABLES:  # whatever was written is readable, and no half file is visible
        if (out / table).exists():
            ds.dataset(str(out / table), partitioning="hive").to_table()
    assert kabar("run", str(inputs), "--output", str(out)).code == 0
    assert snapshot(out) == reference
    assert not list(out.rglob(".tmp-*"))


def test_killed_state_rewrite_then_rerun_equals_uninterrupted(
    tmp_path: Path, reference: dict[str, list[tuple]]
) -> None:
    """Re-coding pages whose old mentions are still in the state rewrites it; a kill mid-rewrite converges."""
    inputs, out = pages(tmp_path), tmp_path / "out"
    assert kabar("run", str(inputs), "--output", str(out)).code == 0
    state = pl.read_parquet(out / "_state" / "mentions" / "*.parquet")
    older = state.with_columns(("old_" + pl.col("mention_id")).alias("mention_id"))
    older.write_parquet(out / "_state" / "mentions" / "part-older.parquet")
    for table in ("articles", "events", "event_mentions"):
        shutil.rmtree(out / table)
    killed = kabar("run", str(inputs), "--output", str(out), env={"KABAR_FAILPOINT": STATE_REWRITE})
    assert killed.code == -9, killed.stderr[-2000:]
    assert kabar("run", str(inputs), "--output", str(out)).code == 0
    assert snapshot(out) == reference
    assert (
        not pl.read_parquet(out / "_state" / "mentions" / "*.parquet")["mention_id"]
        .str.starts_with("old_")
        .any()
    )

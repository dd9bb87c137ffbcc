"""Input discovery, atomic Parquet writes and the output lock."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

from kabar import io
from kabar.model import Rejection


def test_discovery_is_recursive_sorted_and_honours_kabarignore(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "gold").mkdir()
    for rel in ["z.txt", "a.html", "b/c.txt", "gold/x.json", ".hidden.txt", "notes.json"]:
        (tmp_path / rel).write_text("x", encoding="utf-8")
    (tmp_path / ".kabarignore").write_text("# gold annotations\ngold/\n", encoding="utf-8")
    plan = io.discover_inputs([tmp_path])
    assert [f.source for f in plan.files] == ["a.html", "b/c.txt", "notes.json", "z.txt"]
    assert [f.kind for f in plan.files] == ["html", "text", None, "text"]
    assert {i["source"] for i in plan.ignored} == {"gold/", ".hidden.txt"}


def test_missing_input_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(io.InputError, match="no such file"):
        io.discover_inputs([tmp_path / "nope"])


def test_symlink_loops_neither_hang_nor_crash(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    plan = io.discover_inputs([tmp_path])
    results = [io.read_input(f, 1000) for f in plan.files]
    assert all(isinstance(r, Rejection) and r.reason == "unreadable" for r in results)
    assert {i["source"] for i in plan.ignored} == {"loop/"}


def test_vanished_file_is_a_rejection(tmp_path: Path) -> None:
    page = tmp_path / "gone.txt"
    page.write_text("x", encoding="utf-8")
    item = io.discover_inputs([tmp_path]).files[0]
    page.unlink()
    result = io.read_input(item, 1000)
    assert isinstance(result, Rejection)
    assert result.reason == "vanished"


def test_parquet_write_is_atomic_and_carries_metadata(tmp_path: Path) -> None:
    path = tmp_path / "t" / "part-1.parquet"
    io.write_parquet(pl.DataFrame({"a": [1, 2]}), path, None, {"schema_version": "1", "run_id": "r1"})
    assert [p.name for p in path.parent.iterdir()] == ["part-1.parquet"]
    meta = pq.read_metadata(path)
    assert meta.metadata[b"run_id"] == b"r1"
    assert meta.row_group(0).column(0).compression == "ZSTD"
    assert meta.row_group(0).column(0).statistics is not None


def test_stale_temporaries_are_invisible_and_removed(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / f"{io.TMP_PREFIX}abc-part.parquet.partial").write_bytes(b"PAR1 half")
    assert io.parquet_files(tmp_path, "articles") == []
    assert io.remove_stale_temporaries(tmp_path) == 1


def test_second_holder_of_the_lock_waits_then_refuses(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    with pytest.raises(io.LockedError, match=f"pid {holder.pid}"), io.output_lock(tmp_path, 0.5):
        pass
    assert time.monotonic() - started >= 0.5
    holder.kill()
    holder.wait()
    with io.output_lock(tmp_path, 0), io.output_lock(tmp_path, 0):  # re-entrant within a process
        pass


HOLD_LOCK = """
import sys, time
from pathlib import Path
from kabar import io
with io.output_lock(Path(sys.argv[1]), 0):
    print("held", flush=True)
    time.sleep(60)
"""


def test_an_output_folder_inside_the_input_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("x", encoding="utf-8")
    (tmp_path / "out" / "reports").mkdir(parents=True)
    (tmp_path / "out" / io.LOCK_FILE).write_text("", encoding="utf-8")
    (tmp_path / "out" / "reports" / "index.html").write_text("<html></html>", encoding="utf-8")
    plan = io.discover_inputs([tmp_path])
    assert [f.source for f in plan.files] == ["page.txt"]
    assert plan.ignored == [{"source": "out/", "reason": "a kabar output folder"}]

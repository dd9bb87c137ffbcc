"""End to end on seeds/: the flow as `kabar run` runs it, checked on real values, not just shapes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import polars as pl
import pyarrow.dataset as ds
import pytest

from flows.pipeline import kabar_run

SEED_TITLES = {
    "000_a8757bb4fb7aa383.txt": "Vladimir Putin Terima Kunjungan Menlu Korea Utara di Moskow, Bahas Apa?",
    "004_b0aaa6fdb9848722.txt": "Menlu Korea Utara Kembali Setelah Pertemuan Langka dengan Putin di Moskow",
}


@pytest.fixture(scope="module")
def run_twice(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> tuple[Path, dict, dict]:
    out = tmp_path_factory.mktemp("out")
    first = kabar_run(inputs=[str(seeds_dir)], output=str(out))
    second = kabar_run(inputs=[str(seeds_dir)], output=str(out))
    return out, first, second


def articles(out: Path) -> pl.DataFrame:
    return pl.read_parquet(out / "articles" / "**" / "*.parquet")


def test_every_seed_becomes_an_article_with_its_title(run_twice: tuple[Path, dict, dict]) -> None:
    out = run_twice[0]
    table = articles(out)
    assert table.height == 5
    titles = dict(zip(table["source"], table["title"], strict=True))
    for source, title in SEED_TITLES.items():
        assert titles[source] == title


def test_publication_dates_carry_the_page_offset(run_twice: tuple[Path, dict, dict]) -> None:
    table = articles(run_twice[0]).filter(pl.col("source") == "000_a8757bb4fb7aa383.txt")
    assert table["published_at_local"][0] == "2024-11-05T11:25:00+07:00"
    assert str(table["published_at"][0]) == "2024-11-05 04:25:00+00:00"


def test_boilerplate_is_absent_from_bodies(run_twice: tuple[Path, dict, dict]) -> None:
    bodies = "\n".join(articles(run_twice[0])["body"])
    for junk in [
        "Baca Juga",
        "Lanjutkan Membaca",
        "POPULER",
        "EMAS 1.508.000",
        "All Right Reserved",
        "Selengkapnya",
    ]:
        assert junk not in bodies
    assert "Presiden Rusia Vladimir Putin menerima kunjungan Menteri Luar Negeri Korea Utara" in bodies


def test_second_run_writes_no_new_article_rows(run_twice: tuple[Path, dict, dict]) -> None:
    out, first, second = run_twice
    assert articles(out)["article_id"].n_unique() == articles(out).height == 5
    assert second["counts"]["articles"]["new"] == 0
    assert first["counts"]["articles"]["new"] == 5


def test_reports_are_written_and_reconcile(run_twice: tuple[Path, dict, dict]) -> None:
    out, first, second = run_twice
    latest = json.loads((out / "reports" / "latest.json").read_text(encoding="utf-8"))
    assert latest["run_id"] == second["run_id"]
    for report in (first, second):
        folder = out / "reports" / report["run_id"]
        assert (folder / "index.html").stat().st_size > 1000
        saved = json.loads((folder / "validation.json").read_text(encoding="utf-8"))
        assert saved["inputs"] == 5
        assert saved["reconciled"] is True


def test_contract_readers_read_every_table(run_twice: tuple[Path, dict, dict]) -> None:
    out = run_twice[0]
    for table in ("articles", "events", "event_mentions"):
        rows = duckdb.sql(
            f"select count(*) from read_parquet('{out}/{table}/**/*.parquet', hive_partitioning=true)"
        ).fetchall()[0][0]
        assert rows > 0
        assert pl.scan_parquet(f"{out}/{table}/**/*.parquet").collect().height == rows
        assert ds.dataset(str(out / table), partitioning="hive").count_rows() == rows


def test_bad_inputs_are_accounted_for(tmp_path: Path, seeds_dir: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "empty.txt").write_bytes(b"")
    (pages / "noise.txt").write_bytes(bytes(range(256)) * 64)
    (pages / "latin.txt").write_bytes(
        (seeds_dir / "004_b0aaa6fdb9848722.txt").read_text("utf-8").encode("cp1252", "replace")
    )
    shutil.copy(seeds_dir / "000_a8757bb4fb7aa383.txt", pages / "seed.txt")
    report = kabar_run(inputs=[str(pages)], output=str(tmp_path / "out"))
    assert report["inputs"] == 4
    assert report["reconciled"] is True
    rejected = pl.read_parquet(tmp_path / "out" / "rejected" / "*.parquet")
    assert dict(zip(rejected["source"], rejected["reason"], strict=True)) == {
        "empty.txt": "empty",
        "noise.txt": "binary",
    }
    table = articles(tmp_path / "out")
    assert "decoded_cp1252" in table.filter(pl.col("source") == "latin.txt")["flags"][0].to_list()


def stale_state(out: Path) -> None:
    """Make the state look written by older code: one extra mention per article, then drop the articles."""
    state = pl.read_parquet(out / "_state" / "mentions" / "*.parquet")
    older = state.with_columns(
        ("old_" + pl.col("mention_id")).alias("mention_id"), pl.lit("190").alias("cameo_code")
    )
    older.write_parquet(out / "_state" / "mentions" / "part-older.parquet")
    for table in ("articles", "events", "event_mentions"):
        shutil.rmtree(out / table)


def test_recoded_pages_replace_their_old_mentions(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "out"
    kabar_run(inputs=[str(seeds_dir)], output=str(out))
    before = pl.read_parquet(out / "event_mentions" / "*.parquet")["mention_id"].sort().to_list()
    stale_state(out)
    kabar_run(inputs=[str(seeds_dir)], output=str(out))
    state = pl.read_parquet(out / "_state" / "mentions" / "*.parquet")
    assert not state.filter(pl.col("mention_id").str.starts_with("old_")).height
    assert pl.read_parquet(out / "event_mentions" / "*.parquet")["mention_id"].sort().to_list() == before

"""Write stage: appends skip what is on disk, snapshots replace, quarantine never grows on re-runs."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from table_rows import article, event, frame

import schemas
from kabar import io, write


def quarantined(table: str, rows: pl.DataFrame) -> pl.DataFrame:
    return rows.with_columns(
        failed_checks=pl.lit(["site_is_domain"], dtype=pl.List(pl.String)), quarantine_reason=pl.lit("site")
    ).select(schemas.quarantine_polars_schema(table).names())


def test_quarantined_articles_are_written_once(tmp_path: Path) -> None:
    rows = quarantined("articles", frame("articles", [article(0), article(1)]))
    for run in ("r1", "r2"):
        files = write.RunFiles(tmp_path, run, "test")
        written = write.write_quarantine(files, "articles", rows)
        assert written == (2 if run == "r1" else 0)
    assert io.read_table(tmp_path, "quarantine/articles", ["article_id"]).height == 2


def test_event_quarantine_is_a_snapshot(tmp_path: Path) -> None:
    rows = quarantined("events", frame("events", [event(0)]))
    write.write_quarantine(write.RunFiles(tmp_path, "r1", "test"), "events", rows)
    write.write_quarantine(write.RunFiles(tmp_path, "r2", "test"), "events", rows.clear())
    assert io.parquet_files(tmp_path, "quarantine/events")[0].name == "events.parquet"
    assert pl.read_parquet(tmp_path / "quarantine" / "events" / "events.parquet").height == 0


def test_append_skips_rows_already_on_disk(tmp_path: Path) -> None:
    rows = frame("articles", [article(0), article(1)])
    assert write.append(write.RunFiles(tmp_path, "r1", "test"), "articles", rows) == 2
    assert write.append(write.RunFiles(tmp_path, "r2", "test"), "articles", rows) == 0
    assert io.read_table(tmp_path, "articles").height == 2

"""Write stage: commit a run's tables to the output folder in an order that survives a kill at any point.

Order: rejected, quarantine, raw event mentions (internal), articles, then the events and
event_mentions snapshots. Every file lands by atomic rename; append tables skip keys already on disk,
so re-running after a crash converges on the tables of an uninterrupted run.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import polars as pl

import schemas
from kabar import io
from kabar.faults import STATE_REWRITE, failpoint

# Append-only tables and the key that makes a row "already written".
APPEND_KEYS: dict[str, list[str]] = {
    "articles": ["article_id"],
    "rejected": ["source", "reason", "detail"],
}
RAW_MENTIONS = f"{io.STATE_DIR}/mentions"


@dataclass(frozen=True)
class RunFiles:
    out: Path
    run_id: str
    pipeline_version: str

    def metadata(self) -> dict[str, str]:
        return {
            "schema_version": schemas.SCHEMA_VERSION,
            "pipeline_version": self.pipeline_version,
            "run_id": self.run_id,
        }

    def part(self, table: str) -> Path:
        return self.out / table / f"part-{self.run_id}.parquet"


def only_new(frame: pl.DataFrame, out: Path, table: str, keys: list[str]) -> pl.DataFrame:
    """Rows whose key is not yet in the table on disk (nor earlier in this frame)."""
    frame = frame.unique(keys, keep="first", maintain_order=True)
    if len(keys) == 1:
        existing = io.existing_values(out, table, keys[0])
        return frame.filter(~pl.col(keys[0]).is_in(list(existing)).fill_null(False))
    on_disk = io.read_table(out, table, columns=keys)
    return frame.join(on_disk, on=keys, how="anti", nulls_equal=True, maintain_order="left")


def append(files: RunFiles, table: str, frame: pl.DataFrame) -> int:
    new = only_new(frame, files.out, table, APPEND_KEYS[table])
    if len(new):
        io.write_parquet(new, files.part(table), schemas.arrow_schema(table), files.metadata())
    return len(new)


def write_quarantine(files: RunFiles, table: str, frame: pl.DataFrame) -> int:
    """Quarantined rows keep their table's columns plus the failed checks.

    Rows of appended tables are appended once (a re-run that fails them again adds nothing); the
    derived tables' quarantine is a snapshot like the tables themselves.
    """
    folder = f"quarantine/{table}"
    schema = schemas.quarantine_arrow_schema(table)
    if table not in APPEND_KEYS:
        io.write_parquet(frame, files.out / folder / f"{table}.parquet", schema, files.metadata())
        return len(frame)
    key = schemas.ID_COLUMNS[table]
    known = io.existing_values(files.out, folder, key)
    new = frame.filter(~pl.col(key).is_in(list(known)).fill_null(False))
    if len(new):
        io.write_parquet(new, files.part(folder), schema, files.metadata())
    return len(new)


def store_raw_mentions(files: RunFiles, mentions: pl.DataFrame, coded: Collection[str]) -> int:
    """The raw mentions of the articles coded this run replace whatever the state held for them.

    Usually those articles are new and their mentions are appended. When the state still holds
    mentions of a re-coded article (its article row was deleted, or a run died before writing it),
    the state is rewritten without them, so mentions never outlive the code that found them.
    """
    stale = io.existing_values(files.out, RAW_MENTIONS, "article_id") & set(coded)
    if not stale:
        existing = io.existing_values(files.out, RAW_MENTIONS, "mention_id")
        new = mentions.filter(~pl.col("mention_id").is_in(list(existing)).fill_null(False))
        if len(new):
            io.write_parquet(new, files.part(RAW_MENTIONS), None, files.metadata())
        return len(new)
    old_files = io.parquet_files(files.out, RAW_MENTIONS)
    kept = io.read_table(files.out, RAW_MENTIONS).filter(~pl.col("article_id").is_in(list(stale)))
    state = pl.concat([kept, mentions], how="diagonal_relaxed").unique("mention_id", keep="last")
    io.write_parquet(state, files.part(RAW_MENTIONS), None, files.metadata())
    failpoint(STATE_REWRITE)
    for path in old_files:  # a kill here leaves stale rows of unwritten articles: the re-run drops them
        if path != files.part(RAW_MENTIONS):
            path.unlink(missing_ok=True)
    return len(mentions)


def replace_snapshot(files: RunFiles, table: str, frame: pl.DataFrame) -> int:
    """Derived tables are rebuilt from all mentions each run and replace the previous file atomically."""
    io.write_parquet(
        frame, files.out / table / f"{table}.parquet", schemas.arrow_schema(table), files.metadata()
    )
    return len(frame)

"""Split a table into valid and quarantined rows, and summarise its failures for the report."""

from __future__ import annotations

import polars as pl

from kabar.validate.failures import ROW

# Columns shown next to a failing value in report examples, so a person can find the row.
EXAMPLE_CONTEXT: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "source", "title"),
    "events": ("event_id", "event_type", "actor1_name", "actor2_name"),
    "event_mentions": ("mention_id", "article_id", "sentence"),
    "rejected": ("source", "reason"),
}
CONTEXT_PREVIEW_CHARS = 160


def reasons_per_row(failures: pl.DataFrame) -> pl.DataFrame:
    """row -> failed_checks (each check once, first seen first) and a readable quarantine_reason."""
    described = pl.concat_str(
        pl.col("check"),
        pl.when(pl.col("value").is_not_null())
        .then(pl.format(" ({}={})", pl.col("column"), pl.col("value")))
        .otherwise(pl.lit("")),
    )
    return (
        failures.with_columns(described.alias("_reason"))
        .group_by("row", maintain_order=True)
        .agg(
            pl.col("check").unique(maintain_order=True).alias("failed_checks"),
            pl.col("_reason").unique(maintain_order=True).str.join("; ").alias("quarantine_reason"),
        )
    )


def split(frame: pl.DataFrame, failures: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Every row ends up in exactly one of the two frames; input order is kept in both."""
    reasons = reasons_per_row(failures).rename({"row": ROW})
    valid = frame.join(reasons, on=ROW, how="anti", maintain_order="left").drop(ROW)
    quarantined = frame.join(reasons, on=ROW, how="inner", maintain_order="left").drop(ROW)
    return valid, quarantined


def examples(table: str, frame: pl.DataFrame, failures: pl.DataFrame, per_check: int) -> pl.DataFrame:
    """The first few failing rows of each check, with the columns that identify them."""
    context = [c for c in EXAMPLE_CONTEXT.get(table, ()) if c in frame.columns]
    shown = frame.select(
        pl.col(ROW).alias("row"),
        *[pl.col(c).cast(pl.String).str.slice(0, CONTEXT_PREVIEW_CHARS) for c in context],
    )
    first = failures.unique(["check", "row"], keep="first", maintain_order=True)
    picked = first.group_by(["check", "column"], maintain_order=True).head(per_check)
    return picked.join(shown, on="row", how="left", maintain_order="left")


def counts(failures: pl.DataFrame) -> pl.DataFrame:
    """Rows failing each (check, column), largest first, then by name for a stable order."""
    return (
        failures.group_by(["check", "column"])
        .agg(pl.col("row").n_unique().alias("count"))
        .sort(["count", "check"], descending=[True, False])
    )

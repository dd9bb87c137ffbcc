"""Failures as one long frame (row, check, column, value): every source of failure speaks this shape."""

from __future__ import annotations

import polars as pl
from pandera.errors import SchemaErrors

ROW = "_row"  # position of a row in its input table; added on entry, removed on exit

FAILURE_SCHEMA = pl.Schema({"row": pl.Int64, "check": pl.String, "column": pl.String, "value": pl.String})

VALUE_PREVIEW_CHARS = 120


def no_failures() -> pl.DataFrame:
    return pl.DataFrame(schema=FAILURE_SCHEMA)


def failures_where(
    frame: pl.DataFrame, failed: pl.Expr, check: str, column: str | None, value: pl.Expr | None = None
) -> pl.DataFrame:
    """One failure per row of `frame` (which carries ROW) where `failed` is true."""
    shown = (value if value is not None else pl.lit(None)).cast(pl.String, strict=False)
    return frame.filter(failed.fill_null(False)).select(
        pl.col(ROW).cast(pl.Int64).alias("row"),
        pl.lit(check, pl.String).alias("check"),
        pl.lit(column, pl.String).alias("column"),
        shown.str.slice(0, VALUE_PREVIEW_CHARS).alias("value"),
    )


def _check_name(check: pl.Expr, column: pl.Expr) -> pl.Expr:
    """pandera's built-in checks get names as readable as the schema's own (`title_not_null`)."""
    return (
        pl.when(check == "not_nullable")
        .then(pl.concat_str(column, pl.lit("_not_null")))
        .when(check.str.starts_with("dtype("))
        .then(pl.concat_str(column, pl.lit("_dtype")))
        .when(check == "column_in_dataframe")
        .then(pl.concat_str(column, pl.lit("_missing")))
        .otherwise(check)
    )


def from_pandera(error: SchemaErrors, n_rows: int, model_name: str) -> pl.DataFrame:
    """pandera's failure cases as failures; a case without a row (a whole-column problem) hits every row."""
    cases = pl.DataFrame(error.failure_cases).select(
        pl.col("index").cast(pl.Int64).alias("row"),
        _check_name(pl.col("check").cast(pl.String), pl.col("column").cast(pl.String)).alias("check"),
        pl.when(pl.col("column") == model_name).then(None).otherwise(pl.col("column")).alias("column"),
        pl.col("failure_case").cast(pl.String).str.slice(0, VALUE_PREVIEW_CHARS).alias("value"),
    )
    per_row = cases.filter(pl.col("row").is_not_null())
    whole = cases.filter(pl.col("row").is_null()).drop("row")
    rows = pl.DataFrame({"row": pl.int_range(0, n_rows, dtype=pl.Int64, eager=True)})
    return pl.concat([per_row, rows.join(whole, how="cross")], how="diagonal").select(FAILURE_SCHEMA.names())

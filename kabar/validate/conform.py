"""Bring an input frame to its table's exact columns and dtypes before pandera looks at it."""

from __future__ import annotations

import polars as pl

from kabar.validate.failures import ROW, failures_where, no_failures
from schemas import polars_schema


def conform(frame: pl.DataFrame, table: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Cast to the schema (plus ROW); a value that cannot be cast is a failure, never a silent null."""
    indexed = frame.with_row_index(ROW).with_columns(pl.col(ROW).cast(pl.Int64))
    columns: list[pl.Expr] = [pl.col(ROW)]
    failures = [no_failures()]
    for name, dtype in polars_schema(table).items():
        if name not in frame.columns:
            columns.append(pl.lit(None, dtype).alias(name))
            failures.append(failures_where(indexed, pl.lit(True), f"{name}_missing", name))
            continue
        if frame.schema[name] == dtype:
            columns.append(pl.col(name))
            continue
        cast = pl.col(name).cast(dtype, strict=False)
        lost = pl.col(name).is_not_null() & cast.is_null()
        shown = None if frame.schema[name].is_nested() else pl.col(name)
        failures.append(failures_where(indexed, lost, f"{name}_dtype", name, shown))
        columns.append(cast.alias(name))
    return indexed.select(columns), pl.concat(failures)

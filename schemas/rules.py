"""Small helpers the table schemas share, so each check reads as one Polars expression."""

from __future__ import annotations

from collections.abc import Iterable

import pandera.polars as pa
import polars as pl

# dtype_kwargs for pandera's polars DateTime: every instant in the contract is microseconds, UTC.
UTC_US: dict[str, str] = {"time_unit": "us", "time_zone": "UTC"}


def passes(data: pa.PolarsData, ok: pl.Expr) -> pl.LazyFrame:
    """Rows pass where `ok` is true or cannot be judged (null): missing values have their own check."""
    return data.lazyframe.select(ok.fill_null(True).alias("ok"))


def one_of(column: str, allowed: Iterable[str]) -> pl.Expr:
    return pl.col(column).is_in(sorted(allowed))


def matches(column: str, pattern: str) -> pl.Expr:
    return pl.col(column).str.contains(pattern)


def not_blank(column: str) -> pl.Expr:
    return pl.col(column).str.strip_chars().str.len_chars() > 0


def all_in(column: str, allowed: Iterable[str]) -> pl.Expr:
    """Every element of a list column is in `allowed` (an empty list passes)."""
    return pl.col(column).list.eval(pl.element().is_in(sorted(allowed))).list.all()


def first_occurrence(column: str) -> pl.Expr:
    """Duplicates after the first are failures; the first copy of an id stays valid."""
    return pl.col(column).is_first_distinct()


def local_instant(column: str) -> pl.Expr:
    """The UTC instant an ISO 8601 local string names (null for a bare date), to the second."""
    normalised = (
        pl.col(column)
        .str.replace(r"Z$", "+00:00")
        .str.replace(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})([+-])", r"${1}:00${2}")
        .str.replace(r"\.\d+", "")
    )
    return normalised.str.to_datetime("%Y-%m-%dT%H:%M:%S%:z", strict=False, time_unit="us", time_zone="UTC")


def same_instant(local: str, instant: str) -> pl.Expr:
    """A local string with a time names the same instant as its UTC column (nulls are judged elsewhere)."""
    return local_instant(local) == pl.col(instant).dt.truncate("1s")

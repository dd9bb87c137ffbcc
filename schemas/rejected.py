"""The rejected table: inputs that yielded no article, each with a machine-readable reason."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl
from pandera.engines.polars_engine import DateTime

from schemas.rules import UTC_US, matches, not_blank, passes
from schemas.vocabulary import REASON_PATTERN


class Rejected(pa.DataFrameModel):
    """A rejection must say which input and why, so nothing disappears unexplained."""

    source: str = pa.Field()
    reason: str = pa.Field()
    detail: str = pa.Field()
    size_bytes: pl.Int64 = pa.Field(nullable=True)
    run_id: str = pa.Field()
    rejected_at: DateTime = pa.Field(dtype_kwargs=UTC_US)

    class Config:
        strict = True
        ordered = True
        coerce = False

    @pa.check("source", name="rejected_source_present", description="source names the input")
    def _source_present(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, not_blank("source"))

    @pa.check("reason", name="reason_is_code", description="reason is a short snake_case code (not_article)")
    def _reason_is_code(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("reason", REASON_PATTERN))

    @pa.check("size_bytes", name="size_not_negative", description="size_bytes >= 0")
    def _size_not_negative(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, pl.col("size_bytes") >= 0)

"""The single source of the output tables' columns, types and checks (see /CONTRACT.md).

The writer casts to `arrow_schema`, the pipeline builds frames from `polars_schema`, and
`kabar.validate` runs the pandera models in `TABLES`. No other module lists columns.
"""

from __future__ import annotations

from functools import cache

import pandera.polars as pa
import polars as pl
import pyarrow as pa_arrow
from polars.datatypes import DataTypeClass

from schemas.articles import Articles
from schemas.event_mentions import EventMentions
from schemas.events import Events
from schemas.rejected import Rejected

SCHEMA_VERSION = "1"

TABLES: dict[str, type[pa.DataFrameModel]] = {
    "articles": Articles,
    "events": Events,
    "event_mentions": EventMentions,
    "rejected": Rejected,
}

# The column that identifies a row in reports and examples.
ID_COLUMNS: dict[str, str] = {
    "articles": "article_id",
    "events": "event_id",
    "event_mentions": "mention_id",
    "rejected": "source",
}


def _model(table: str) -> type[pa.DataFrameModel]:
    try:
        return TABLES[table]
    except KeyError:
        raise KeyError(f"unknown table {table!r}; known tables: {', '.join(TABLES)}") from None


@cache
def polars_schema(table: str) -> pl.Schema:
    """Ordered column -> Polars dtype, read from the pandera model."""
    columns = _model(table).to_schema().columns
    return pl.Schema({name: column.dtype.type for name, column in columns.items()})


@cache
def nullable_columns(table: str) -> frozenset[str]:
    return frozenset(name for name, col in _model(table).to_schema().columns.items() if col.nullable)


def _arrow_type(dtype: pl.DataType | DataTypeClass) -> pa_arrow.DataType:
    """Plain (not large_/view) Arrow types, so files read the same in every Parquet reader."""
    if isinstance(dtype, DataTypeClass):
        return _arrow_type(dtype())  # a bare class such as pl.String means its default instance
    if isinstance(dtype, pl.List):
        return pa_arrow.list_(_arrow_type(dtype.inner))
    if isinstance(dtype, pl.Datetime):
        return pa_arrow.timestamp(dtype.time_unit, tz=dtype.time_zone)
    simple: dict[pl.DataType, pa_arrow.DataType] = {
        pl.String(): pa_arrow.string(),
        pl.Int32(): pa_arrow.int32(),
        pl.Int64(): pa_arrow.int64(),
        pl.Float32(): pa_arrow.float32(),
        pl.Float64(): pa_arrow.float64(),
        pl.Boolean(): pa_arrow.bool_(),
        pl.Date(): pa_arrow.date32(),
    }
    return simple[dtype]


@cache
def arrow_schema(table: str) -> pa_arrow.Schema:
    """The Parquet writer's schema; non-nullable columns are `required` in the file."""
    nullable = nullable_columns(table)
    fields = [
        pa_arrow.field(name, _arrow_type(dtype), nullable=name in nullable)
        for name, dtype in polars_schema(table).items()
    ]
    return pa_arrow.schema(fields, metadata={"schema_version": SCHEMA_VERSION, "table": table})


def empty_frame(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=polars_schema(table))


# Quarantined rows break the rules by definition, so their files allow nulls everywhere and say why.
QUARANTINE_COLUMNS: dict[str, pl.DataType] = {
    "failed_checks": pl.List(pl.String()),
    "quarantine_reason": pl.String(),
}


@cache
def quarantine_polars_schema(table: str) -> pl.Schema:
    return pl.Schema({**polars_schema(table), **QUARANTINE_COLUMNS})


@cache
def quarantine_arrow_schema(table: str) -> pa_arrow.Schema:
    fields = [
        pa_arrow.field(name, _arrow_type(dtype), nullable=True)
        for name, dtype in quarantine_polars_schema(table).items()
    ]
    metadata = {"schema_version": SCHEMA_VERSION, "table": f"quarantine/{table}"}
    return pa_arrow.schema(fields, metadata=metadata)


__all__ = [
    "ID_COLUMNS",
    "SCHEMA_VERSION",
    "TABLES",
    "arrow_schema",
    "empty_frame",
    "nullable_columns",
    "polars_schema",
    "quarantine_arrow_schema",
    "quarantine_polars_schema",
]

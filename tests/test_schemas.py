"""The schemas are the contract: same columns, same types, same nullability as CONTRACT.md says."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import schemas
from schemas.vocabulary import ARTICLE_FLAGS, DATE_PRECISIONS, MODALITIES

CONTRACT = Path("/work/shared/CONTRACT.md")
CONTRACT_TABLES = ("articles", "events", "event_mentions")
# Not in the contract's column tables; kept here so a change to the rejected table is a visible diff.
REJECTED_COLUMNS = {
    "source": (pl.String(), False),
    "reason": (pl.String(), False),
    "detail": (pl.String(), False),
    "size_bytes": (pl.Int64(), True),
    "run_id": (pl.String(), False),
    "rejected_at": (pl.Datetime("us", "UTC"), False),
}
CONTRACT_TYPES = {
    "string": pl.String(),
    "list<string>": pl.List(pl.String),
    "timestamp[us, UTC]": pl.Datetime("us", "UTC"),
    "timestamp": pl.Datetime("us", "UTC"),
    "date32": pl.Date(),
    "int32": pl.Int32(),
    "float32": pl.Float32(),
    "bool": pl.Boolean(),
}


def _contract_columns(table: str) -> dict[str, tuple[pl.DataType | None, bool | None]]:
    """column -> (dtype, nullable) from the markdown table under `## <table>`; None for "as above"."""
    text = CONTRACT.read_text(encoding="utf-8")
    section = re.search(rf"^## {table}\b.*?\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert section, f"no section for {table} in {CONTRACT}"
    columns: dict[str, tuple[pl.DataType | None, bool | None]] = {}
    for line in section.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or cells[0] in ("column", "") or set(cells[0]) <= {"-"}:
            continue
        names = [n.strip(" `") for n in re.split(r"[,/]", cells[0])]
        types = [t.strip() for t in re.split(r",(?![^\[]*\])", cells[1])]
        if len(types) != len(names):
            types = types[:1] * len(names)
        for name, typ in zip(names, types, strict=True):
            base = typ.rstrip("?")
            columns[name] = (CONTRACT_TYPES.get(base), typ.endswith("?") if base in CONTRACT_TYPES else None)
    return columns


needs_contract = pytest.mark.skipif(not CONTRACT.exists(), reason="CONTRACT.md not available")


@needs_contract
@pytest.mark.parametrize("table", CONTRACT_TABLES)
def test_columns_match_the_contract(table: str) -> None:
    contract = _contract_columns(table)
    schema = schemas.polars_schema(table)
    nullable = schemas.nullable_columns(table)
    assert set(schema.names()) == set(contract), f"{table}: schema and CONTRACT.md list different columns"
    for name, (dtype, is_nullable) in contract.items():
        if dtype is not None:
            assert schema[name] == dtype, f"{table}.{name}: {schema[name]} but the contract says {dtype}"
        if is_nullable is not None:
            assert (name in nullable) == is_nullable, f"{table}.{name}: nullability differs from the contract"


def test_rejected_columns() -> None:
    schema = schemas.polars_schema("rejected")
    assert list(schema.names()) == list(REJECTED_COLUMNS)
    for name, (dtype, nullable) in REJECTED_COLUMNS.items():
        assert schema[name] == dtype
        assert (name in schemas.nullable_columns("rejected")) == nullable


@pytest.mark.parametrize("table", list(schemas.TABLES))
def test_arrow_schema_is_the_polars_schema(table: str) -> None:
    arrow = schemas.arrow_schema(table)
    assert arrow.names == schemas.polars_schema(table).names()
    assert pl.from_arrow(arrow.empty_table()).schema == schemas.polars_schema(table)
    assert arrow.metadata[b"schema_version"] == schemas.SCHEMA_VERSION.encode()
    for field in arrow:
        assert field.nullable == (field.name in schemas.nullable_columns(table))
        assert not pa.types.is_large_string(field.type), "plain string, not large_string"


@pytest.mark.parametrize("table", list(schemas.TABLES))
def test_empty_frame_round_trips_through_parquet(table: str, tmp_path: Path) -> None:
    path = tmp_path / f"{table}.parquet"
    arrow = schemas.empty_frame(table).to_arrow().cast(schemas.arrow_schema(table))
    pq.write_table(arrow, path)
    assert pl.read_parquet(path).schema == schemas.polars_schema(table)
    schemas.TABLES[table].validate(schemas.empty_frame(table))


@pytest.mark.parametrize("table", list(schemas.TABLES))
def test_quarantine_schema_allows_nulls_and_says_why(table: str) -> None:
    arrow = schemas.quarantine_arrow_schema(table)
    assert arrow.names[-2:] == ["failed_checks", "quarantine_reason"]
    assert all(field.nullable for field in arrow)


def test_check_names_are_readable_and_distinct_per_table() -> None:
    for table, model in schemas.TABLES.items():
        names = [check.name for col in model.to_schema().columns.values() for check in col.checks]
        assert len(names) == len(set(names)), f"{table}: two checks share a name"
        assert all(re.fullmatch(r"[a-z][a-z0-9_]+", n) for n in names), names


def test_vocabularies_hold_the_contract_values() -> None:
    assert {"day", "week", "month", "year", "range", "unknown"} == DATE_PRECISIONS
    assert {"asserted", "planned", "denied", "alleged"} <= MODALITIES
    required = {"date_conflict", "page_date_ignored", "short_body", "near_duplicate", "decoded_cp1252"}
    assert required | {"dateline_location", "title_missing"} <= ARTICLE_FLAGS


def test_unknown_table_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="articles"):
        schemas.polars_schema("article")

"""Validate all tables of a run at once: every failing row is quarantined with its reasons, none dropped.

Per-table rules live in the pandera models of `schemas`; rules spanning tables live in `links`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

import polars as pl
from pandera.errors import SchemaErrors

from kabar.validate.conform import conform
from kabar.validate.failures import ROW, from_pandera, no_failures
from kabar.validate.links import (
    LINK_CHECKS,
    future_failures,
    mention_article_failures,
    mention_event_failures,
    orphan_event_failures,
)
from kabar.validate.quarantine import counts, examples, split
from schemas import TABLES, empty_frame, quarantine_polars_schema

EXAMPLES_PER_CHECK = 3


@dataclass
class CheckFailure:
    """One check that failed in one table: how many rows, and a few of them."""

    table: str
    check: str
    column: str | None
    count: int
    examples: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ValidationOutcome:
    valid: dict[str, pl.DataFrame]
    quarantined: dict[str, pl.DataFrame]
    failures: list[CheckFailure]


def validate_tables(tables: dict[str, pl.DataFrame], now: datetime | None = None) -> ValidationOutcome:
    """Run every schema and cross-table check; a failing row lands in `quarantined` with all its checks."""
    now = now or datetime.now(UTC)
    frames: dict[str, pl.DataFrame] = {}
    found: dict[str, pl.DataFrame] = {}
    for table, frame in tables.items():
        frames[table], cast_failures = conform(frame, table)
        found[table] = pl.concat([cast_failures, _schema_failures(table, frames[table])])
    _add_link_failures(frames, found, now)

    outcome = ValidationOutcome(valid={}, quarantined={}, failures=[])
    for table, frame in frames.items():
        outcome.valid[table], quarantined = split(frame, found[table])
        outcome.quarantined[table] = quarantined.select(quarantine_polars_schema(table).names())
        outcome.failures.extend(_summarise(table, frame, found[table]))
    return outcome


def _schema_failures(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    model = TABLES[table]
    try:
        model.validate(frame.drop(ROW), lazy=True)
    except SchemaErrors as error:
        return from_pandera(error, frame.height, model.to_schema().name)
    return no_failures()


def _add_link_failures(
    frames: dict[str, pl.DataFrame], found: dict[str, pl.DataFrame], now: datetime
) -> None:
    """Order matters: mentions are judged against final articles and events, then events against mentions."""
    if "articles" in frames:
        found["articles"] = pl.concat([found["articles"], future_failures(frames["articles"], now)])
    if "event_mentions" not in frames:
        return
    mentions = frames["event_mentions"]
    extra = []
    if "articles" in frames:
        extra.append(mention_article_failures(mentions, frames["articles"], found["articles"]["row"]))
    if "events" in frames:
        extra.append(mention_event_failures(mentions, frames["events"], found["events"]["row"]))
    found["event_mentions"] = pl.concat([found["event_mentions"], *extra])
    if "events" in frames:
        orphans = orphan_event_failures(frames["events"], mentions, found["event_mentions"]["row"])
        found["events"] = pl.concat([found["events"], orphans])


def _summarise(table: str, frame: pl.DataFrame, failures: pl.DataFrame) -> list[CheckFailure]:
    if failures.is_empty():
        return []
    shown = examples(table, frame, failures, EXAMPLES_PER_CHECK)
    summary = []
    for row in counts(failures).iter_rows(named=True):
        mine = shown.filter((pl.col("check") == row["check"]) & pl.col("column").eq_missing(row["column"]))
        picked = mine.drop("check").to_dicts()
        summary.append(CheckFailure(table, row["check"], row["column"], row["count"], picked))
    return summary


@cache
def check_descriptions() -> dict[str, str]:
    """Check name -> what it requires, for the report and docs (schema checks first, then cross-table)."""
    described: dict[str, str] = {}
    for model in TABLES.values():
        for column in model.to_schema().columns.values():
            for check in column.checks:
                described.setdefault(check.name, check.description or "")
    return {**described, **LINK_CHECKS}


GENERATED_CHECKS = {
    "_not_null": "{column} is required (not null)",
    "_dtype": "{column} has the schema's type (the value could not be cast)",
    "_missing": "{column} is a column of the table",
}


def describe_check(check: str) -> str:
    """What a check requires, including the per-column checks named after their column."""
    if check in check_descriptions():
        return check_descriptions()[check]
    for suffix, text in GENERATED_CHECKS.items():
        if check.endswith(suffix):
            return text.format(column=check.removesuffix(suffix))
    return ""


def empty_outcome() -> ValidationOutcome:
    """The outcome of validating nothing, for runs without input."""
    return ValidationOutcome({t: empty_frame(t) for t in TABLES}, {}, [])


__all__ = [
    "CheckFailure",
    "ValidationOutcome",
    "check_descriptions",
    "describe_check",
    "empty_outcome",
    "validate_tables",
]

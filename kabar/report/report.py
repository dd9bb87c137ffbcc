"""The run report as a JSON-able dict: the one record that both the HTML page and the console read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import polars as pl

from kabar.validate import ValidationOutcome, describe_check
from schemas import SCHEMA_VERSION

TABLE_ORDER = ("articles", "events", "event_mentions", "rejected")
UNKNOWN = "(unknown)"
REJECTED_LISTED = 200  # the report names this many rejected inputs; validation.json's counts cover all


@dataclass(frozen=True)
class HealthRules:
    """When a run stops being green. Red: something is lost or nothing worked; amber: rows need a look."""

    red_quarantined_article_share: float = 0.2
    amber_rejected_share: float = 0.5


def build_report(
    *,
    run_id: str,
    started_at: datetime,
    finished_at: datetime,
    inputs: int,
    skipped: list[dict],
    articles: pl.DataFrame,
    events: pl.DataFrame,
    mentions: pl.DataFrame,
    rejected: pl.DataFrame,
    outcome: ValidationOutcome,
    new_rows: dict[str, int],
    pipeline_version: str,
) -> dict[str, Any]:
    """Everything a person needs to judge a run; `articles` etc. are the valid rows of this run."""
    valid = {"articles": articles, "events": events, "event_mentions": mentions, "rejected": rejected}
    tables = _table_counts(valid, outcome, new_rows)
    reconciliation = _reconciliation(inputs, tables)
    report: dict[str, Any] = {
        "run_id": run_id,
        "started_at": started_at.isoformat(),
        "finished_at": finished_at.isoformat(),
        "duration_s": round((finished_at - started_at).total_seconds(), 3),
        "pipeline_version": pipeline_version,
        "schema_version": SCHEMA_VERSION,
        "inputs": inputs,
        "counts": tables,
        "reconciled": reconciliation["reconciled"],
        "reconciliation": reconciliation,
        "checks": _checks(outcome),
        "flags": _list_counts(articles, "flags"),
        "rejected_reasons": _counts(_with_quarantined(rejected, outcome, "rejected"), pl.col("reason")),
        "rejected_inputs": rejected.select("source", "reason", "detail").head(REJECTED_LISTED).to_dicts(),
        "articles_per_site": _counts(articles, pl.col("site")),
        "published_by_month": _by_period(articles, _local_month()),
        "events_per_day": _by_period(events, pl.col("event_date").cast(pl.String)),
        "new_rows": dict(sorted(new_rows.items())),
        "skipped": [dict(item) for item in skipped],
    }
    report["health"] = assess_health(report)
    return report


def _table_counts(
    valid: dict[str, pl.DataFrame], outcome: ValidationOutcome, new_rows: dict[str, int]
) -> dict[str, dict[str, int | None]]:
    counts: dict[str, dict[str, int | None]] = {}
    for table in TABLE_ORDER:
        quarantined = outcome.quarantined.get(table)
        counts[table] = {
            "valid": valid[table].height,
            "new": new_rows.get(table),
            "quarantined": 0 if quarantined is None else quarantined.height,
        }
    return counts


def _reconciliation(inputs: int, tables: dict[str, dict[str, int | None]]) -> dict[str, Any]:
    """Every input file ends as an article, a quarantined article or a rejection (valid or quarantined)."""
    parts = {
        "articles": tables["articles"]["valid"] or 0,
        "quarantined_articles": tables["articles"]["quarantined"] or 0,
        "rejected": (tables["rejected"]["valid"] or 0) + (tables["rejected"]["quarantined"] or 0),
    }
    accounted = sum(parts.values())
    return {"inputs": inputs, **parts, "accounted": accounted, "reconciled": accounted == inputs}


def _checks(outcome: ValidationOutcome) -> list[dict[str, Any]]:
    return [
        {
            "table": failure.table,
            "check": failure.check,
            "column": failure.column,
            "count": failure.count,
            "description": describe_check(failure.check),
            "examples": [_jsonable(example) for example in failure.examples],
        }
        for failure in sorted(outcome.failures, key=lambda f: (TABLE_ORDER.index(f.table), -f.count, f.check))
    ]


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v if v is None or isinstance(v, str | int | float | bool) else str(v) for k, v in row.items()}


def _with_quarantined(frame: pl.DataFrame, outcome: ValidationOutcome, table: str) -> pl.DataFrame:
    quarantined = outcome.quarantined.get(table)
    if quarantined is None or quarantined.is_empty():
        return frame
    return pl.concat([frame, quarantined.select(frame.columns)], how="vertical_relaxed")


def _counts(frame: pl.DataFrame, key: pl.Expr) -> dict[str, int]:
    """value -> rows, most frequent first (ties by name); nulls counted as "(unknown)"."""
    if frame.is_empty():
        return {}
    grouped = frame.select(key.cast(pl.String).fill_null(UNKNOWN).alias("key")).group_by("key").len()
    ordered = grouped.sort(["len", "key"], descending=[True, False])
    return dict(zip(ordered["key"].to_list(), ordered["len"].to_list(), strict=True))


def _list_counts(frame: pl.DataFrame, column: str) -> dict[str, int]:
    if frame.is_empty():
        return {}
    return _counts(frame.select(pl.col(column).explode()).drop_nulls(), pl.col(column))


def _by_period(frame: pl.DataFrame, key: pl.Expr) -> dict[str, int]:
    """period -> rows in time order, undated rows last as "(unknown)"."""
    counted = _counts(frame, key)
    return {k: counted[k] for k in sorted(counted, key=lambda k: (k == UNKNOWN, k))}


def _local_month() -> pl.Expr:
    """The month as the page's readers saw it (local), falling back to UTC when no local date is known."""
    local = pl.col("published_at_local").str.extract(r"^(\d{4}-\d{2})-\d{2}", 1)
    return pl.coalesce(local, pl.col("published_at").dt.strftime("%Y-%m"))


def assess_health(report: dict[str, Any], rules: HealthRules = HealthRules()) -> dict[str, Any]:
    """green / amber / red with the reasons, so the banner says why, not just a colour."""
    recon, tables = report["reconciliation"], report["counts"]
    red, amber = [], []
    if not recon["reconciled"]:
        red.append(
            f"inputs do not reconcile: {recon['inputs']} inputs but {recon['accounted']} accounted for"
        )
    articles = recon["articles"] + recon["quarantined_articles"]
    if recon["inputs"] and not recon["articles"]:
        red.append("no valid article came out of the inputs")
    if articles and recon["quarantined_articles"] / articles >= rules.red_quarantined_article_share:
        red.append(f"{recon['quarantined_articles']} of {articles} articles quarantined")
    for table in TABLE_ORDER:
        if tables[table]["quarantined"] and not (table == "articles" and red):
            amber.append(f"{table}: {tables[table]['quarantined']} row(s) quarantined")
    if recon["inputs"] and recon["rejected"] / recon["inputs"] >= rules.amber_rejected_share:
        amber.append(f"{recon['rejected']} of {recon['inputs']} inputs rejected")
    status = "red" if red else "amber" if amber else "green"
    return {"status": status, "reasons": red + amber}

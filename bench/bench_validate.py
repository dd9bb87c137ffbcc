"""Time validate_tables and the report on synthetic tables: `python bench/bench_validate.py [ARTICLES]`.

Every 50th article and mention is broken so quarantine and examples are exercised too.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from table_rows import article, event, frame, mention, rejection

from kabar.report import build_report, render_html
from kabar.validate import validate_tables


def synthetic(n: int) -> dict[str, pl.DataFrame]:
    """n articles with one event and one mention each; ids made unique with Polars, not Python loops."""
    index = pl.int_range(0, pl.len()).cast(pl.String)
    broken = pl.int_range(0, pl.len()) % 50 == 0
    articles = pl.concat([frame("articles", [article(0)])] * n).with_columns(
        ("a" + index).alias("article_id"),
        pl.when(broken).then(pl.lit("WWW.Bad")).otherwise(pl.col("site")).alias("site"),
    )
    events = pl.concat([frame("events", [event(0)])] * n).with_columns(("e" + index).alias("event_id"))
    mentions = pl.concat([frame("event_mentions", [mention(0)])] * n).with_columns(
        ("m" + index).alias("mention_id"),
        ("e" + index).alias("event_id"),
        ("a" + index).alias("article_id"),
        pl.when(broken)
        .then(pl.lit(1.5))
        .otherwise(pl.col("confidence"))
        .cast(pl.Float32)
        .alias("confidence"),
    )
    rejected = pl.concat([frame("rejected", [rejection(0)])] * max(n // 10, 1))
    return {"articles": articles, "events": events, "event_mentions": mentions, "rejected": rejected}


def main(n: int) -> None:
    tables = synthetic(n)
    start = time.perf_counter()
    outcome = validate_tables(tables)
    validated = time.perf_counter()
    report = build_report(
        run_id="bench",
        started_at=datetime.now(UTC),
        finished_at=datetime.now(UTC),
        inputs=n + tables["rejected"].height,
        skipped=[],
        articles=outcome.valid["articles"],
        events=outcome.valid["events"],
        mentions=outcome.valid["event_mentions"],
        rejected=outcome.valid["rejected"],
        outcome=outcome,
        new_rows={},
        pipeline_version="bench",
    )
    page = render_html(report)
    done = time.perf_counter()
    quarantined = {t: f.height for t, f in outcome.quarantined.items()}
    print(f"{n} articles: validate {validated - start:.2f}s, report+html {done - validated:.2f}s")
    print(f"quarantined {quarantined}; html {len(page) / 1e3:.0f} kB; health {report['health']['status']}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)

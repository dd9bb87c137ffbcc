"""The kabar flow: raw pages → articles → events, validated, written, reported. One screen, top to bottom."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

import polars as pl
from prefect import Task, flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows.progress import page_progress
from kabar import __version__, io, steps, write
from kabar.faults import failpoint
from kabar.report import build_report, check_table_rows, render_html, render_markdown
from kabar.validate import ValidationOutcome, validate_tables

P = ParamSpec("P")
R = TypeVar("R")
BATCH_SIZE = 2000  # pages per task run: Prefect overhead stays negligible at 100,000 pages


def stage(name: str) -> Callable[[Callable[P, R]], Task[P, R]]:
    """A pipeline stage as a Prefect task: batches are large and never re-used, so nothing is cached."""
    return task(name=name, cache_policy=NO_CACHE, persist_result=False)


@stage("read")
def read(items: Sequence[io.InputFile], max_bytes: int, seen: Mapping[str, str]) -> steps.Batch:
    return steps.read_batch(items, max_bytes, seen)


@stage("clean")
def clean(batch: steps.Batch) -> tuple[list, list]:
    return steps.clean_batch(batch)


@stage("dates")
def dates(cleaned: list, run: steps.RunInfo) -> pl.DataFrame:
    return steps.date_batch(cleaned, run, datetime.now(UTC))


@stage("validate")
def validate(tables: dict[str, pl.DataFrame]) -> ValidationOutcome:
    return validate_tables(tables)


@stage("events")
def code(articles: pl.DataFrame, written: set[str]) -> pl.DataFrame:
    """Raw event mentions of a batch's articles not yet in the table."""
    return steps.event_mentions_of(steps.not_yet_written(articles, written))


@stage("merge")
def merge(
    out: Path, raw: list[pl.DataFrame], fresh: pl.DataFrame, written: set[str]
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    return steps.merge_with_earlier(out, raw, fresh, written)


@stage("write")
def commit(
    files: write.RunFiles,
    arts: ValidationOutcome,
    evts: ValidationOutcome,
    raw: pl.DataFrame,
    coded: set[str],
) -> dict:
    new = {"rejected": write.append(files, "rejected", arts.valid["rejected"])}
    failpoint("after-rejected")
    quarantined = {**arts.quarantined, **steps.event_tables(evts.quarantined)}
    for table, rows in quarantined.items():
        new[f"quarantine/{table}"] = write.write_quarantine(files, table, rows)
    write.store_raw_mentions(files, raw, coded)
    failpoint("after-mentions")
    new["articles"] = write.append(files, "articles", arts.valid["articles"])
    failpoint("after-articles")
    new["events"] = write.replace_snapshot(files, "events", evts.valid["events"])
    failpoint("after-events")
    new["event_mentions"] = write.replace_snapshot(files, "event_mentions", evts.valid["event_mentions"])
    return new


@stage("report")
def publish(out: Path, run: steps.RunInfo, plan: io.InputPlan, arts: ValidationOutcome,
            evts: ValidationOutcome, new_rows: dict) -> dict:  # fmt: skip
    report = build_report(
        run_id=run.run_id,
        started_at=run.started_at,
        finished_at=datetime.now(UTC),
        inputs=len(plan.files),
        skipped=plan.ignored,
        articles=arts.valid["articles"],
        events=evts.valid["events"],
        mentions=evts.valid["event_mentions"],
        rejected=arts.valid["rejected"],
        outcome=steps.combine(arts, evts),
        new_rows=new_rows,
        pipeline_version=run.pipeline_version,
    )
    failpoint("before-report")
    io.write_report(out, run.run_id, report, render_html(report))
    missing = steps.unaccounted(plan, arts)
    if missing:  # a bug, never a data problem: fail the run loudly rather than lose pages quietly
        raise RuntimeError(f"{len(missing)} inputs unaccounted for, e.g. {missing[:3]}; report: {out}")
    create_markdown_artifact(render_markdown(report), key="kabar-run-summary", description="run summary")
    create_table_artifact(
        check_table_rows(report), key="kabar-validation-checks", description="failed checks"
    )
    return report


@flow(name="kabar-run", log_prints=False)
def kabar_run(
    inputs: list[str], output: str = "data", max_page_mb: float = 16.0, lock_wait: float = 300.0
) -> dict:
    """One run over the inputs: every page ends as an article, a quarantined row or a rejection."""
    out, run = Path(output), steps.start_run(__version__)
    plan = io.discover_inputs(inputs)
    with io.output_lock(out, lock_wait, on_wait=print):
        io.remove_stale_temporaries(out)
        written = io.existing_values(out, "articles", "article_id")
        seen: dict[str, str] = {}
        frames, raw, rejected = [], [], []
        with page_progress(len(plan.files)) as advance:
            for items in steps.batches(plan.files, BATCH_SIZE):
                batch = read(items, int(max_page_mb * 1e6), seen)
                seen |= batch.seen
                cleaned, rejections = clean(batch)
                frames.append(dates(cleaned, run))
                raw.append(code(frames[-1], written))
                rejected += rejections
                failpoint("after-read")
                advance(len(items))
        articles = steps.mark_duplicates(frames, out)
        arts = validate({"articles": articles, "rejected": steps.rejected_frame(rejected, run)})
        fresh = steps.not_yet_written(arts.valid["articles"], written)
        raw_new, merged_events, merged_mentions = merge(out, raw, fresh, written)
        context = steps.article_context(out, fresh)
        evts = validate({"articles": context, "events": merged_events, "event_mentions": merged_mentions})
        files = write.RunFiles(out, run.run_id, run.pipeline_version)
        new_rows = commit(files, arts, evts, raw_new, set(fresh["article_id"]))
        return publish(out, run, plan, arts, evts, new_rows)

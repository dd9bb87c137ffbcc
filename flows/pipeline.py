"""The kabar flow: raw pages → articles → events, validated, written, reported. One screen, top to bottom."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

import polars as pl
from prefect import Task, flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows.progress import page_progress
from kabar import __version__, io, steps, write
from kabar.events import merge_events
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
def read(items: list[io.InputFile], max_bytes: int, seen: dict[str, str]) -> steps.Batch:
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
def events(out: Path, new_articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Code this run's articles, then re-merge with all earlier mentions so event ids stay stable."""
    raw_new = steps.event_mentions_of(new_articles)
    known = io.read_table(out, "articles", columns=["article_id"])["article_id"]
    earlier = io.read_table(out, write.RAW_MENTIONS) if io.parquet_files(out, write.RAW_MENTIONS) else None
    raw_all = raw_new if earlier is None else pl.concat([earlier, raw_new], how="diagonal_relaxed")
    raw_all = raw_all.unique("mention_id", keep="last", maintain_order=True).filter(
        pl.col("article_id").is_in(known.to_list() + new_articles["article_id"].to_list())
    )
    merged_events, merged_mentions = merge_events(raw_all)
    return raw_new, merged_events, merged_mentions


@stage("write")
def commit(
    files: write.RunFiles, arts: ValidationOutcome, evts: ValidationOutcome, raw: pl.DataFrame
) -> dict:
    new = {"rejected": write.append(files, "rejected", arts.valid["rejected"])}
    failpoint("after-rejected")
    quarantined = {**arts.quarantined, **steps.event_tables(evts.quarantined)}
    for table, rows in quarantined.items():
        new[f"quarantine/{table}"] = write.append_quarantine(files, table, rows)
    write.append_raw_mentions(files, raw)
    failpoint("after-mentions")
    new["articles"] = write.append(files, "articles", arts.valid["articles"])
    failpoint("after-articles")
    new["events"] = write.replace_snapshot(files, "events", evts.valid["events"])
    failpoint("after-events")
    new["event_mentions"] = write.replace_snapshot(files, "event_mentions", evts.valid["event_mentions"])
    return new


@flow(name="kabar-run", log_prints=False)
def kabar_run(
    inputs: list[str], output: str = "data", max_page_mb: float = 16.0, lock_wait: float = 300.0
) -> dict:
    """One run over the inputs: every page ends as an article, a quarantined row or a rejection."""
    out, started = Path(output), datetime.now(UTC)
    run = steps.RunInfo(started.strftime("%Y%m%dT%H%M%S%fZ"), started, __version__)
    plan = io.discover_inputs(inputs)
    with io.output_lock(out, lock_wait, on_wait=print):
        io.remove_stale_temporaries(out)
        seen: dict[str, str] = {}
        frames, rejected = [], []
        with page_progress(len(plan.files)) as advance:
            for start in range(0, len(plan.files), BATCH_SIZE):
                items = plan.files[start : start + BATCH_SIZE]
                cleaned, rejections = clean(read(items, int(max_page_mb * 1e6), seen))
                frames.append(dates(cleaned, run))
                rejected += rejections
                failpoint("after-read")
                advance(len(items))
        articles = steps.mark_duplicates(
            frames, io.read_table(out, "articles", ["article_id", "content_hash"])
        )
        arts = validate({"articles": articles, "rejected": steps.rejected_frame(rejected, run, started)})
        fresh = steps.not_yet_written(arts.valid["articles"], out)
        raw, merged_events, merged_mentions = events(out, fresh)
        context = pl.concat([io.read_table(out, "articles"), fresh], how="diagonal_relaxed")
        evts = validate({"articles": context, "events": merged_events, "event_mentions": merged_mentions})
        files = write.RunFiles(out, run.run_id, run.pipeline_version)
        new_rows = commit(files, arts, evts, raw)
        report = build_report(
            run_id=run.run_id,
            started_at=started,
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
        report_dir = out / "reports" / run.run_id
        io.write_json_atomic(report_dir / "validation.json", report)
        io.write_text_atomic(report_dir / "index.html", render_html(report))
        io.write_json_atomic(out / "reports" / "latest.json", {"run_id": run.run_id, "path": str(report_dir)})
    create_markdown_artifact(
        render_markdown(report), key="kabar-run-summary", description="kabar run summary"
    )
    create_table_artifact(
        check_table_rows(report), key="kabar-validation-checks", description="failed checks"
    )
    return report

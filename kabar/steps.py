"""The per-batch work of each stage, as plain functions the Prefect tasks call one to one.

Kept apart from the flow so `kabar inspect` and the tests run exactly the same code without Prefect.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import polars as pl

import schemas
from kabar import io, write
from kabar.articles import article_id, article_row, articles_frame, mark_near_duplicates
from kabar.clean import clean_pages
from kabar.dates import resolve_publication
from kabar.events import extract_mentions, merge_events
from kabar.model import CleanArticle, Page, Rejection
from kabar.read import read_page
from kabar.validate import ValidationOutcome

T = TypeVar("T")


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    started_at: datetime
    pipeline_version: str


@dataclass
class Batch:
    pages: list[Page] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


def start_run(version: str) -> RunInfo:
    started = datetime.now(UTC)
    return RunInfo(started.strftime("%Y%m%dT%H%M%S%fZ"), started, version)


def batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def read_batch(items: Sequence[io.InputFile], max_bytes: int, seen_ids: dict[str, str]) -> Batch:
    """Read and decode files; a page whose text was already seen this run is a duplicate input."""
    batch = Batch()
    for item in items:
        if item.kind is None:
            batch.rejected.append(
                Rejection(
                    item.source,
                    "unsupported_type",
                    f"{item.source}: kabar reads .txt, .md, .html and .htm pages; "
                    "list other files in a .kabarignore to skip them",
                )
            )
            continue
        data = io.read_input(item, max_bytes)
        result = data if isinstance(data, Rejection) else read_page(item.source, data, item.kind, max_bytes)
        if isinstance(result, Page):
            aid = article_id(result.text)
            if aid in seen_ids:
                result = Rejection(
                    item.source,
                    "duplicate_input",
                    f"{item.source}: the same page text as {seen_ids[aid]} in this run",
                    len(result.text.encode("utf-8")),
                )
            else:
                seen_ids[aid] = item.source
        (batch.pages if isinstance(result, Page) else batch.rejected).append(result)  # type: ignore[arg-type]
    return batch


def clean_batch(batch: Batch) -> tuple[list[tuple[Page, CleanArticle]], list[Rejection]]:
    cleaned: list[tuple[Page, CleanArticle]] = []
    rejected = list(batch.rejected)
    for page, result in zip(batch.pages, clean_pages(batch.pages), strict=True):
        if isinstance(result, Rejection):
            rejected.append(result)
        else:
            cleaned.append((page, result))
    return cleaned, rejected


def date_batch(
    cleaned: Sequence[tuple[Page, CleanArticle]], run: RunInfo, ingested_at: datetime
) -> pl.DataFrame:
    """Resolve publication dates and assemble the article rows of a batch."""
    rows = [
        article_row(
            page,
            clean,
            resolve_publication(clean, page.fetched_at),
            run.run_id,
            ingested_at,
            run.pipeline_version,
        )
        for page, clean in cleaned
    ]
    return articles_frame(rows)


def rejected_frame(rejected: Sequence[Rejection], run: RunInfo) -> pl.DataFrame:
    if not rejected:
        return schemas.empty_frame("rejected")
    rows = [
        {
            "source": r.source,
            "reason": r.reason,
            "detail": r.detail,
            "size_bytes": r.size_bytes,
            "run_id": run.run_id,
            "rejected_at": run.started_at,
        }
        for r in rejected
    ]
    return pl.DataFrame(rows, schema=schemas.polars_schema("rejected"), strict=False)


def event_mentions_of(articles: pl.DataFrame) -> pl.DataFrame:
    """Raw (not yet merged) event mentions of articles (the coder picks the columns it reads)."""
    return extract_mentions(articles)


def mark_duplicates(frames: Sequence[pl.DataFrame], out: Path) -> pl.DataFrame:
    """All article rows of the run, near-duplicates of earlier bodies (this run or before) flagged."""
    articles = pl.concat(frames, how="vertical") if frames else schemas.empty_frame("articles")
    return mark_near_duplicates(articles, io.read_table(out, "articles", ["article_id", "content_hash"]))


def not_yet_written(articles: pl.DataFrame, out: Path) -> pl.DataFrame:
    """Articles whose id is not in the table yet: only these are coded for events and written."""
    return articles.filter(
        ~pl.col("article_id").is_in(list(io.existing_values(out, "articles", "article_id")))
    )


def event_tables(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    return {name: frame for name, frame in tables.items() if name in ("events", "event_mentions")}


def combine(articles: ValidationOutcome, events: ValidationOutcome) -> ValidationOutcome:
    """One outcome for the report: article checks from the first pass, event checks from the second."""
    return ValidationOutcome(
        valid={**articles.valid, **event_tables(events.valid)},
        quarantined={**articles.quarantined, **event_tables(events.quarantined)},
        failures=[*articles.failures, *(f for f in events.failures if f.table != "articles")],
    )


def code_events(out: Path, fresh: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Code this run's new articles, then re-merge with every earlier mention so event ids stay stable.

    Returns the new raw mentions (to keep) and the merged events and event_mentions snapshots.
    """
    raw_new = event_mentions_of(fresh)
    known = io.existing_values(out, "articles", "article_id") | set(fresh["article_id"].to_list())
    stored = io.parquet_files(out, write.RAW_MENTIONS)
    earlier = io.read_table(out, write.RAW_MENTIONS) if stored else raw_new.clear()
    raw_all = pl.concat([earlier, raw_new], how="diagonal_relaxed")
    raw_all = raw_all.unique("mention_id", keep="last", maintain_order=True)
    merged_events, merged_mentions = merge_events(raw_all.filter(pl.col("article_id").is_in(list(known))))
    return raw_new, merged_events, merged_mentions


def article_context(out: Path, fresh: pl.DataFrame) -> pl.DataFrame:
    """Every article the merged mentions may point at: those on disk plus this run's new ones."""
    return pl.concat([io.read_table(out, "articles"), fresh], how="diagonal_relaxed")

"""The per-batch work of each stage, as plain functions the Prefect tasks call one to one.

Kept apart from the flow so `kabar inspect` and the tests run exactly the same code without Prefect.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
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
from kabar.model import CleanArticle, Page, PublicationDates, Rejection
from kabar.read import read_page
from kabar.validate import ValidationOutcome

T = TypeVar("T")
log = logging.getLogger("kabar")


@dataclass(frozen=True)
class RunInfo:
    run_id: str
    started_at: datetime
    pipeline_version: str


@dataclass
class Batch:
    pages: list[Page] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    seen: dict[str, str] = field(default_factory=dict)  # article_id -> source of this batch's pages


def start_run(version: str) -> RunInfo:
    started = datetime.now(UTC)
    return RunInfo(started.strftime("%Y%m%dT%H%M%S%fZ"), started, version)


def batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def read_batch(items: Sequence[io.InputFile], max_bytes: int, seen: Mapping[str, str]) -> Batch:
    """Read and decode files; a page whose text was already seen in this run is a duplicate input."""
    batch = Batch()
    for item in items:
        result = _read_one(item, max_bytes)
        if isinstance(result, Page):
            aid = article_id(result.text)
            first = seen.get(aid) or batch.seen.get(aid)
            if first is None:
                batch.seen[aid] = item.source
            else:
                size = len(result.text.encode("utf-8"))
                detail = f"{item.source}: the same page text as {first} in this run"
                result = Rejection(item.source, "duplicate_input", detail, size)
        if isinstance(result, Page):
            batch.pages.append(result)
        else:
            batch.rejected.append(result)
    return batch


def _read_one(item: io.InputFile, max_bytes: int) -> Page | Rejection:
    if item.kind is None:
        detail = (
            f"{item.source}: kabar reads .txt, .md, .html and .htm pages; "
            "list other files in a .kabarignore to skip them"
        )
        return Rejection(item.source, "unsupported_type", detail)
    data = io.read_input(item, max_bytes)
    return data if isinstance(data, Rejection) else read_page(item.source, data, item.kind, max_bytes)


def clean_batch(batch: Batch) -> tuple[list[tuple[Page, CleanArticle]], list[Rejection]]:
    """Clean a batch; should the cleaner raise, pages are retried one by one so only the culprit fails."""
    cleaned: list[tuple[Page, CleanArticle]] = []
    rejected = list(batch.rejected)
    try:
        results = clean_pages(batch.pages)
    except Exception:
        results = [_clean_one(page) for page in batch.pages]
    for page, result in zip(batch.pages, results, strict=True):
        if isinstance(result, Rejection):
            rejected.append(result)
        else:
            cleaned.append((page, result))
    return cleaned, rejected


def _clean_one(page: Page) -> CleanArticle | Rejection:
    try:
        return clean_pages([page])[0]
    except Exception as err:
        return Rejection(page.source, "internal_error", _bug(page.source, "clean", err), len(page.text))


def _bug(source: str, stage: str, err: Exception) -> str:
    return (
        f"{source}: the {stage} stage failed on this page ({type(err).__name__}: {err}); "
        "this is a bug in kabar, please report it with the page attached"
    )


def _publication(clean: CleanArticle, page: Page) -> PublicationDates:
    try:
        return resolve_publication(clean, page.fetched_at)
    except Exception as err:
        log.warning(_bug(page.source, "dates", err))
        return PublicationDates(flags=("dates_failed",))


def date_batch(
    cleaned: Sequence[tuple[Page, CleanArticle]], run: RunInfo, ingested_at: datetime
) -> pl.DataFrame:
    """Resolve publication dates and assemble the article rows of a batch."""
    rows = [
        article_row(
            page,
            clean,
            _publication(clean, page),
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
    """Raw (not yet merged) event mentions; should the coder raise, articles are retried one by one
    and the culprit contributes no mentions (it keeps its article row)."""
    try:
        return extract_mentions(articles)
    except Exception:
        parts = [_mentions_of_one(articles.slice(i, 1)) for i in range(len(articles))]
        found = [part for part in parts if part is not None]
        return pl.concat(found, how="diagonal_relaxed") if found else extract_mentions(articles.clear())


def _mentions_of_one(article: pl.DataFrame) -> pl.DataFrame | None:
    try:
        return extract_mentions(article)
    except Exception as err:
        log.warning(_bug(str(article["source"][0]), "events", err))
        return None


def mark_duplicates(frames: Sequence[pl.DataFrame], out: Path) -> pl.DataFrame:
    """All article rows of the run, near-duplicates of earlier bodies (this run or before) flagged."""
    articles = pl.concat(frames, how="vertical") if frames else schemas.empty_frame("articles")
    return mark_near_duplicates(articles, io.read_table(out, "articles", ["article_id", "content_hash"]))


def not_yet_written(articles: pl.DataFrame, written: set[str]) -> pl.DataFrame:
    """Articles whose id is not in the table yet: only these are coded for events and written."""
    return articles.filter(~pl.col("article_id").is_in(list(written)))


def event_tables(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    return {name: frame for name, frame in tables.items() if name in ("events", "event_mentions")}


def combine(articles: ValidationOutcome, events: ValidationOutcome) -> ValidationOutcome:
    """One outcome for the report: article checks from the first pass, event checks from the second."""
    return ValidationOutcome(
        valid={**articles.valid, **event_tables(events.valid)},
        quarantined={**articles.quarantined, **event_tables(events.quarantined)},
        failures=[*articles.failures, *(f for f in events.failures if f.table != "articles")],
    )


def merge_with_earlier(
    out: Path, raw: Sequence[pl.DataFrame], fresh: pl.DataFrame, written: set[str]
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Keep the raw mentions of this run's valid new articles and re-merge them with every earlier
    mention, so an event keeps one id across runs.

    Returns the new raw mentions (to store) and the merged events and event_mentions snapshots.
    """
    fresh_ids = set(fresh["article_id"].to_list())
    coded = pl.concat(raw, how="diagonal_relaxed") if raw else event_mentions_of(fresh.clear())
    raw_new = coded.filter(pl.col("article_id").is_in(list(fresh_ids)))
    known = written | fresh_ids
    stored = io.parquet_files(out, write.RAW_MENTIONS)
    earlier = io.read_table(out, write.RAW_MENTIONS) if stored else raw_new.clear()
    earlier = earlier.filter(~pl.col("article_id").is_in(list(fresh_ids)))  # re-coded: old mentions go
    raw_all = pl.concat([earlier, raw_new], how="diagonal_relaxed")
    raw_all = raw_all.unique("mention_id", keep="last", maintain_order=True)
    merged_events, merged_mentions = merge_events(raw_all.filter(pl.col("article_id").is_in(list(known))))
    return raw_new, merged_events, merged_mentions


def article_context(out: Path, fresh: pl.DataFrame) -> pl.DataFrame:
    """Every article the merged mentions may point at: those on disk plus this run's new ones."""
    return pl.concat([io.read_table(out, "articles"), fresh], how="diagonal_relaxed")


def unaccounted(plan: io.InputPlan, articles: ValidationOutcome) -> list[str]:
    """Inputs that are neither an article, a quarantined article nor a rejection: must be none."""
    seen: set[str] = set()
    for frame in (*articles.valid.values(), *articles.quarantined.values()):
        if "source" in frame.columns:
            seen.update(frame["source"].drop_nulls().to_list())
    return [item.source for item in plan.files if item.source not in seen]

"""Stage glue: one page that makes a stage raise costs that page's result, never the batch or the run."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from kabar import io, steps
from kabar.model import Page

RUN = steps.RunInfo("r1", datetime(2024, 11, 5, tzinfo=UTC), "test")


def batch_of(seeds_dir: Path) -> steps.Batch:
    items = io.discover_inputs([seeds_dir]).files
    return steps.read_batch(items, 16_000_000, {})


def test_a_page_that_crashes_the_cleaner_is_rejected_alone(
    seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = steps.clean_pages

    def fragile(pages: list[Page]) -> list:
        if any(p.source.startswith("002") for p in pages):
            raise KeyError("boom")
        return real(pages)

    monkeypatch.setattr(steps, "clean_pages", fragile)
    cleaned, rejected = steps.clean_batch(batch_of(seeds_dir))
    assert len(cleaned) == 4
    assert [(r.source, r.reason) for r in rejected] == [("002_3affd82334d850f0.txt", "internal_error")]
    assert "KeyError" in rejected[0].detail and "please report" in rejected[0].detail


def test_a_dates_crash_leaves_dates_empty_and_flagged(
    seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cleaned, _ = steps.clean_batch(batch_of(seeds_dir))

    def broken(*_: object) -> None:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(steps, "resolve_publication", broken)
    articles = steps.date_batch(cleaned, RUN, RUN.started_at)
    assert articles.height == 5
    assert articles["published_at"].null_count() == 5
    assert all("dates_failed" in flags for flags in articles["flags"].to_list())


def test_an_events_crash_costs_only_that_articles_mentions(
    seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cleaned, _ = steps.clean_batch(batch_of(seeds_dir))
    articles = steps.date_batch(cleaned, RUN, RUN.started_at)
    real = steps.extract_mentions
    victim = articles.filter(pl.col("source").str.starts_with("000"))["article_id"][0]

    def fragile(frame: pl.DataFrame) -> pl.DataFrame:
        if victim in frame["article_id"].to_list():
            raise ValueError("boom")
        return real(frame)

    monkeypatch.setattr(steps, "extract_mentions", fragile)
    mentions = steps.event_mentions_of(articles)
    assert mentions.height > 0
    assert victim not in mentions["article_id"].to_list()
    assert set(mentions["article_id"]) == set(real(articles)["article_id"]) - {victim}


def test_every_input_is_accounted_for(seeds_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    plan = io.discover_inputs([seeds_dir, tmp_path])
    assert {f.source for f in plan.files} >= {"seeds/000_a8757bb4fb7aa383.txt", f"{tmp_path.name}/empty.txt"}

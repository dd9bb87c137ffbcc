"""Checks spanning tables (a schema sees one): foreign keys, offsets into bodies, dates vs publication."""

from __future__ import annotations

from datetime import datetime, timedelta

import polars as pl

from kabar.validate.failures import ROW, failures_where, no_failures

LINK_CHECKS: dict[str, str] = {
    "fk_article": "the mention's article exists and passed validation",
    "fk_event": "the mention's event exists and passed validation",
    "offsets_in_body": "char_end <= length of the article body (mentions outside captions)",
    "sentence_at_offsets": "body[char_start:char_end] is the mention's sentence (mentions outside captions)",
    "asserted_not_after_publication": "an asserted event does not start after its article's publication date",
    "event_has_mention": "every event has at least one valid mention",
    "published_not_in_future": "published_at is not later than the validation time + 1 day",
    "updated_not_in_future": "updated_at is not later than the validation time + 1 day",
}


def _valid_ids(frame: pl.DataFrame, id_column: str, bad_rows: pl.Series) -> pl.Series:
    return frame.filter(~pl.col(ROW).is_in(bad_rows.implode()))[id_column]


def future_failures(articles: pl.DataFrame, now: datetime) -> pl.DataFrame:
    """Pages dated after the run are misread dates; the schema can only compare with ingested_at."""
    limit = pl.lit(now + timedelta(days=1)).cast(pl.Datetime("us", "UTC"))
    return pl.concat(
        [
            failures_where(articles, pl.col(col) > limit, check, col, pl.col(col))
            for col, check in (
                ("published_at", "published_not_in_future"),
                ("updated_at", "updated_not_in_future"),
            )
        ]
    )


def mention_article_failures(
    mentions: pl.DataFrame, articles: pl.DataFrame, bad_articles: pl.Series
) -> pl.DataFrame:
    """fk_article, offsets and publication-date checks for every mention against its article."""
    valid = _valid_ids(articles, "article_id", bad_articles)
    linked = mentions.join(_article_facts(articles), on="article_id", how="left")
    start, end, body = pl.col("char_start"), pl.col("char_end"), pl.col("_body")
    in_body = ~pl.col("in_caption")
    inside = in_body & (end <= body.str.len_chars())
    ordered = (start >= 0) & (start <= end)  # otherwise char_start_before_end already failed
    at_offsets = body.str.slice(start.clip(lower_bound=0), (end - start).clip(lower_bound=0))
    event_start = pl.coalesce("date_start", "event_date")
    early = (pl.col("modality") == "asserted") & (event_start > pl.col("_published_day"))
    missing = ~pl.col("article_id").is_in(valid.implode())
    misplaced = inside & ordered & (at_offsets != pl.col("sentence"))
    overflow = pl.format("{} > {}", end, body.str.len_chars())
    early_shown = pl.format("{} > {}", event_start, pl.col("_published_day"))
    return pl.concat(
        [
            failures_where(linked, missing, "fk_article", "article_id", pl.col("article_id")),
            failures_where(linked, in_body & ~inside, "offsets_in_body", "char_end", overflow),
            failures_where(linked, misplaced, "sentence_at_offsets", "sentence", at_offsets),
            failures_where(linked, early, "asserted_not_after_publication", "date_start", early_shown),
        ]
    )


def _article_facts(articles: pl.DataFrame) -> pl.DataFrame:
    """Body and local publication day per article_id (first copy when ids repeat, so joins never fan out)."""
    local_day = pl.col("published_at_local").str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False)
    return articles.unique("article_id", keep="first", maintain_order=True).select(
        "article_id",
        pl.col("body").alias("_body"),
        pl.coalesce(local_day, pl.col("published_at").dt.date()).alias("_published_day"),
    )


def mention_event_failures(
    mentions: pl.DataFrame, events: pl.DataFrame, bad_events: pl.Series
) -> pl.DataFrame:
    valid = _valid_ids(events, "event_id", bad_events)
    return failures_where(mentions, ~pl.col("event_id").is_in(valid.implode()), "fk_event", "event_id",
                          pl.col("event_id"))  # fmt: skip


def orphan_event_failures(
    events: pl.DataFrame, mentions: pl.DataFrame, bad_mentions: pl.Series
) -> pl.DataFrame:
    """An event nobody validly reports has no evidence left; it goes to quarantine with its mentions."""
    if mentions.is_empty() and events.is_empty():
        return no_failures()
    reported = _valid_ids(mentions, "event_id", bad_mentions)
    unreported = ~pl.col("event_id").is_in(reported.implode())
    return failures_where(events, unreported, "event_has_mention", "event_id", pl.col("event_id"))

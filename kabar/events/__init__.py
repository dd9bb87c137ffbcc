"""Events stage: who did what to whom, when and where (CAMEO-coded, GDELT-like), merged across articles."""

from __future__ import annotations

import polars as pl

from kabar.events.coder import code_article
from kabar.events.merge import merge_events

__all__ = ["MENTION_SCHEMA", "extract_mentions", "merge_events"]

_ACTOR = {f"{p}_{c}": pl.String for p in ("actor1", "actor2") for c in ("name", "country", "role", "kind")}
MENTION_SCHEMA: dict[str, pl.DataType | type[pl.DataType]] = {
    "mention_id": pl.String, "article_id": pl.String, "sentence": pl.String, "char_start": pl.Int32,
    "char_end": pl.Int32, "trigger": pl.String, "date_text": pl.String, "event_date": pl.Date,
    "date_start": pl.Date, "date_end": pl.Date, "date_precision": pl.String, "modality": pl.String,
    "in_caption": pl.Boolean, "confidence": pl.Float32, "rule": pl.String, "event_type": pl.String,
    "cameo_code": pl.String, **_ACTOR, "location_name": pl.String, "location_country": pl.String,
    "published_at": pl.Datetime("us", "UTC"), "site": pl.String,
}  # fmt: skip


def extract_mentions(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per (article, event) mention; caption mentions have in_caption=True and caption offsets."""
    wanted = [
        "article_id",
        "body",
        "captions",
        "language",
        "published_at",
        "published_at_local",
        "dateline",
        "site",
    ]
    present = [c for c in wanted if c in articles.columns]
    rows = [
        row for article in articles.select(present).iter_rows(named=True) for row in code_article(article)
    ]
    if not rows:
        return pl.DataFrame(schema=MENTION_SCHEMA)
    return pl.DataFrame(rows, schema_overrides=MENTION_SCHEMA, strict=False).select(list(MENTION_SCHEMA))

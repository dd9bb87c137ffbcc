"""Assemble the articles table from what the read, clean and dates stages found for each page."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime

import polars as pl

import schemas
from kabar.model import CleanArticle, Page, PublicationDates

ID_VERSION = "kabar-1"  # bump only together with schemas.SCHEMA_VERSION: ids are part of the contract
WORD = re.compile(r"\w+")
SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """NFKC, lower case, one space: what must be equal for two texts to count as the same."""
    return SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def stable_id(*parts: str, length: int = 20) -> str:
    digest = hashlib.sha256("\x1f".join((ID_VERSION, *parts)).encode("utf-8")).hexdigest()
    return digest[:length]


def article_id(page_text: str) -> str:
    """Same page text, same id, on every machine and run (the file name does not count)."""
    return stable_id("article", SPACE.sub(" ", unicodedata.normalize("NFC", page_text)).strip())


def content_hash(body: str) -> str:
    return stable_id("body", normalise_text(body), length=32)


def word_count(body: str) -> int:
    return len(WORD.findall(body))


def _ordered_unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def article_row(
    page: Page, clean: CleanArticle, dates: PublicationDates, run_id: str, ingested_at: datetime, version: str
) -> dict[str, object]:
    """One articles row as plain values; the frame builder casts it to the schema."""
    return {
        "article_id": article_id(page.text),
        "source": page.source,
        "url": clean.url or page.url,
        "site": clean.site,
        "publisher": clean.publisher,
        "language": clean.language,
        "title": clean.title,
        "subtitle": clean.subtitle,
        "section": clean.section,
        "authors": clean.authors,
        "editors": clean.editors,
        "published_at": dates.published_at,
        "published_at_local": dates.published_at_local,
        "published_source": dates.published_source,
        "updated_at": dates.updated_at,
        "updated_at_local": dates.updated_at_local,
        "page_date": dates.page_date,
        "dateline": clean.dateline,
        "cited_sources": clean.cited_sources,
        "body": clean.body,
        "word_count": word_count(clean.body),
        "captions": clean.captions,
        "related_titles": clean.related_titles,
        "flags": _ordered_unique([*page.flags, *clean.flags, *dates.flags]),
        "duplicate_of": None,
        "content_hash": content_hash(clean.body),
        "run_id": run_id,
        "ingested_at": ingested_at,
        "pipeline_version": version,
    }


def articles_frame(rows: Sequence[dict[str, object]]) -> pl.DataFrame:
    """Rows → the articles frame with the schema's column order and types."""
    schema = schemas.polars_schema("articles")
    if not rows:
        return schemas.empty_frame("articles")
    return pl.DataFrame(list(rows), schema=schema, strict=False)


def mark_near_duplicates(articles: pl.DataFrame, earlier: pl.DataFrame) -> pl.DataFrame:
    """Point each article whose normalised body equals an earlier one's (this run or before) at it.

    Earlier = already in the table, else first in input order. The row stays: a republished wire
    story is still a page the user fed in, only flagged.
    """
    known = earlier.select(
        pl.col("content_hash").cast(pl.String), pl.col("article_id").cast(pl.String).alias("first_id")
    ).unique("content_hash", keep="first", maintain_order=True)
    firsts = (
        articles.select("content_hash", pl.col("article_id").alias("run_first_id"))
        .unique("content_hash", keep="first", maintain_order=True)
        .join(known, on="content_hash", how="left")
        .select("content_hash", pl.coalesce("first_id", "run_first_id").alias("first_id"))
    )
    marked = articles.join(firsts, on="content_hash", how="left", maintain_order="left")
    is_dup = pl.col("first_id") != pl.col("article_id")
    return marked.with_columns(
        duplicate_of=pl.when(is_dup).then(pl.col("first_id")).otherwise(pl.col("duplicate_of")),
        flags=pl.when(is_dup & ~pl.col("flags").list.contains("near_duplicate"))
        .then(pl.col("flags").list.concat(pl.lit(["near_duplicate"])))
        .otherwise(pl.col("flags")),
    ).drop("first_id")

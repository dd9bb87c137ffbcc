"""The articles table: one row per article page, every column of the contract with its checks."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl
from pandera.engines.polars_engine import DateTime

from schemas.rules import UTC_US, all_in, first_occurrence, matches, not_blank, one_of, passes, same_instant
from schemas.vocabulary import (
    ARTICLE_FLAGS,
    DOMAIN_PATTERN,
    ISO_LOCAL_PATTERN,
    LANGUAGE_PATTERN,
    PUBLISHED_SOURCES,
)

# Pages are dated in the publisher's zone; ingest is in UTC. A day of slack absorbs any offset.
CLOCK_SLACK = pl.duration(days=1)


class Articles(pa.DataFrameModel):
    """Checks are named `<what>_<rule>`; the names appear in quarantine rows and the report."""

    article_id: str = pa.Field()
    source: str = pa.Field()
    url: str = pa.Field(nullable=True)
    site: str = pa.Field(nullable=True)
    publisher: str = pa.Field(nullable=True)
    language: str = pa.Field()
    title: str = pa.Field()
    subtitle: str = pa.Field(nullable=True)
    section: str = pa.Field(nullable=True)
    authors: list[str] = pa.Field()
    editors: list[str] = pa.Field()
    published_at: DateTime = pa.Field(nullable=True, dtype_kwargs=UTC_US)
    published_at_local: str = pa.Field(nullable=True)
    published_source: str = pa.Field(nullable=True)
    updated_at: DateTime = pa.Field(nullable=True, dtype_kwargs=UTC_US)
    updated_at_local: str = pa.Field(nullable=True)
    page_date: pl.Date = pa.Field(nullable=True)
    dateline: str = pa.Field(nullable=True)
    cited_sources: list[str] = pa.Field()
    body: str = pa.Field()
    word_count: pl.Int32 = pa.Field()
    captions: list[str] = pa.Field()
    related_titles: list[str] = pa.Field()
    flags: list[str] = pa.Field()
    duplicate_of: str = pa.Field(nullable=True)
    content_hash: str = pa.Field()
    run_id: str = pa.Field()
    ingested_at: DateTime = pa.Field(dtype_kwargs=UTC_US)
    pipeline_version: str = pa.Field()

    class Config:
        strict = True
        ordered = True
        coerce = False

    @pa.check("article_id", name="unique_article_id", description="article_id appears only once")
    def _unique_article_id(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, first_occurrence("article_id"))

    @pa.check("article_id", name="article_id_present", description="article_id is not blank")
    def _article_id_present(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, not_blank("article_id"))

    @pa.check(
        "site", name="site_is_domain", description="site is a lower-case registered domain (kompas.com)"
    )
    def _site_is_domain(cls, data: pa.PolarsData) -> pl.LazyFrame:
        ok = matches("site", DOMAIN_PATTERN) & ~pl.col("site").str.starts_with("www.")
        return passes(data, ok)

    @pa.check("language", name="language_is_iso639_1", description="language is two lower-case letters")
    def _language_is_iso639_1(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("language", LANGUAGE_PATTERN))

    @pa.check("body", name="body_not_empty", description="body has text")
    def _body_not_empty(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, not_blank("body"))

    @pa.check("word_count", name="word_count_positive", description="word_count > 0")
    def _word_count_positive(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, pl.col("word_count") > 0)

    @pa.check("flags", name="flags_known", description="every flag is in schemas.vocabulary.ARTICLE_FLAGS")
    def _flags_known(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, all_in("flags", ARTICLE_FLAGS))

    @pa.check(
        "published_source",
        name="published_source_known",
        description="published_source is one of byline, header, meta, url, body, inferred",
    )
    def _published_source_known(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, one_of("published_source", PUBLISHED_SOURCES))

    @pa.check(
        "published_source",
        name="published_source_given",
        description="a published_at says where it came from",
    )
    def _published_source_given(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, pl.col("published_at").is_null() | pl.col("published_source").is_not_null())

    @pa.check(
        "published_at_local",
        name="published_local_is_iso",
        description="published_at_local is ISO 8601 with an offset, or a bare date",
    )
    def _published_local_is_iso(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("published_at_local", ISO_LOCAL_PATTERN))

    @pa.check(
        "updated_at_local",
        name="updated_local_is_iso",
        description="updated_at_local is ISO 8601 with an offset, or a bare date",
    )
    def _updated_local_is_iso(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("updated_at_local", ISO_LOCAL_PATTERN))

    @pa.check(
        "published_at_local",
        name="published_local_matches_instant",
        description="published_at_local with a time names the same instant as published_at",
    )
    def _published_local_matches_instant(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, same_instant("published_at_local", "published_at"))

    @pa.check(
        "updated_at_local",
        name="updated_local_matches_instant",
        description="updated_at_local with a time names the same instant as updated_at",
    )
    def _updated_local_matches_instant(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, same_instant("updated_at_local", "updated_at"))

    @pa.check("updated_at", name="updated_after_published", description="updated_at >= published_at")
    def _updated_after_published(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, pl.col("updated_at") >= pl.col("published_at"))

    @pa.check(
        "published_at",
        name="published_before_ingest",
        description="published_at <= ingested_at + 1 day (not in the future)",
    )
    def _published_before_ingest(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, pl.col("published_at") <= pl.col("ingested_at") + CLOCK_SLACK)

    @pa.check(
        "duplicate_of",
        name="duplicate_of_other_article",
        description="duplicate_of names another article, never itself",
    )
    def _duplicate_of_other_article(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, pl.col("duplicate_of") != pl.col("article_id"))

    @pa.check("content_hash", name="content_hash_present", description="content_hash is not blank")
    def _content_hash_present(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, not_blank("content_hash"))

"""The events table: one row per real-world event, modelled on GDELT's Event table."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl
from pandera.engines.polars_engine import DateTime

from schemas.rules import UTC_US, first_occurrence, matches, not_blank, one_of, passes
from schemas.vocabulary import (
    CAMEO_PATTERN,
    DATE_PRECISIONS,
    EVENT_TYPE_PATTERN,
    ISO3_PATTERN,
    MODALITIES,
    ROLE_PATTERN,
)


def dated_consistently(data: pa.PolarsData) -> pl.LazyFrame:
    """event_date, when known, lies inside [date_start, date_end]."""
    date = pl.col("event_date")
    return passes(data, (date >= pl.col("date_start")) & (date <= pl.col("date_end")))


class Events(pa.DataFrameModel):
    """Checks shared with event_mentions (dates, precision, modality) keep the same names in both tables."""

    event_id: str = pa.Field()
    event_date: pl.Date = pa.Field(nullable=True)
    date_start: pl.Date = pa.Field(nullable=True)
    date_end: pl.Date = pa.Field(nullable=True)
    date_precision: str = pa.Field()
    event_type: str = pa.Field()
    cameo_code: str = pa.Field()
    actor1_name: str = pa.Field(nullable=True)
    actor1_country: str = pa.Field(nullable=True)
    actor1_role: str = pa.Field(nullable=True)
    actor2_name: str = pa.Field(nullable=True)
    actor2_country: str = pa.Field(nullable=True)
    actor2_role: str = pa.Field(nullable=True)
    location_name: str = pa.Field(nullable=True)
    location_country: str = pa.Field(nullable=True)
    modality: str = pa.Field()
    num_mentions: pl.Int32 = pa.Field()
    num_articles: pl.Int32 = pa.Field()
    num_sources: pl.Int32 = pa.Field()
    first_reported_at: DateTime = pa.Field(nullable=True, dtype_kwargs=UTC_US)

    class Config:
        strict = True
        ordered = True
        coerce = False

    @pa.check("event_id", name="unique_event_id", description="event_id appears only once")
    def _unique_event_id(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, first_occurrence("event_id"))

    @pa.check("event_id", name="event_id_present", description="event_id is not blank")
    def _event_id_present(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, not_blank("event_id"))

    @pa.check(
        "date_precision", name="date_precision_known", description="day, week, month, year, range, unknown"
    )
    def _date_precision_known(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, one_of("date_precision", DATE_PRECISIONS))

    @pa.check("modality", name="modality_known", description="modality is in schemas.vocabulary.MODALITIES")
    def _modality_known(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, one_of("modality", MODALITIES))

    @pa.check("date_start", name="date_start_before_end", description="date_start <= date_end")
    def _date_start_before_end(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, pl.col("date_start") <= pl.col("date_end"))

    @pa.check("event_date", name="event_date_in_range", description="date_start <= event_date <= date_end")
    def _event_date_in_range(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return dated_consistently(data)

    @pa.check("cameo_code", name="cameo_code_format", description="CAMEO code: 2-4 digits, zero-padded (043)")
    def _cameo_code_format(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("cameo_code", CAMEO_PATTERN))

    @pa.check(
        "event_type", name="event_type_format", description="event_type is an upper-case label (CONSULT)"
    )
    def _event_type_format(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("event_type", EVENT_TYPE_PATTERN))

    @pa.check("actor1_country", name="actor1_country_iso3", description="ISO 3166-1 alpha-3 (RUS)")
    def _actor1_country_iso3(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("actor1_country", ISO3_PATTERN))

    @pa.check("actor2_country", name="actor2_country_iso3", description="ISO 3166-1 alpha-3 (PRK)")
    def _actor2_country_iso3(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("actor2_country", ISO3_PATTERN))

    @pa.check("location_country", name="location_country_iso3", description="ISO 3166-1 alpha-3 (IDN)")
    def _location_country_iso3(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("location_country", ISO3_PATTERN))

    @pa.check("actor1_role", name="actor1_role_format", description="role is an upper-case code (GOV, MIL)")
    def _actor1_role_format(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("actor1_role", ROLE_PATTERN))

    @pa.check("actor2_role", name="actor2_role_format", description="role is an upper-case code (GOV, MIL)")
    def _actor2_role_format(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, matches("actor2_role", ROLE_PATTERN))

    @pa.check(
        "num_mentions",
        name="report_counts_consistent",
        description="num_mentions >= num_articles >= 1 and 0 <= num_sources <= num_articles",
    )
    def _report_counts_consistent(cls, data: pa.PolarsData) -> pl.LazyFrame:
        mentions, articles, sources = pl.col("num_mentions"), pl.col("num_articles"), pl.col("num_sources")
        ok = (articles >= 1) & (mentions >= articles) & (sources >= 0) & (sources <= articles)
        return passes(data, ok)

    @pa.check(
        "date_start",
        name="asserted_not_after_first_report",
        description="an asserted event does not start after the day it was first reported",
    )
    def _asserted_not_after_first_report(cls, data: pa.PolarsData) -> pl.LazyFrame:
        # first_reported_at is UTC; a day of slack covers pages dated in zones ahead of UTC.
        reported_day = (pl.col("first_reported_at") + pl.duration(days=1)).dt.date()
        ok = (pl.col("modality") != "asserted") | (pl.col("date_start") <= reported_day)
        return passes(data, ok)

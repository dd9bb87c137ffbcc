"""The event_mentions table: one row per article that reports an event, with its evidence."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from schemas.events import dated_consistently
from schemas.rules import first_occurrence, not_blank, one_of, passes
from schemas.vocabulary import DATE_PRECISIONS, MODALITIES


class EventMentions(pa.DataFrameModel):
    """Links to events and articles (fk_event, fk_article) and body offsets are checked across tables in
    kabar.validate, because a schema sees one table at a time."""

    mention_id: str = pa.Field()
    event_id: str = pa.Field()
    article_id: str = pa.Field()
    sentence: str = pa.Field()
    char_start: pl.Int32 = pa.Field()
    char_end: pl.Int32 = pa.Field()
    trigger: str = pa.Field()
    date_text: str = pa.Field(nullable=True)
    event_date: pl.Date = pa.Field(nullable=True)
    date_start: pl.Date = pa.Field(nullable=True)
    date_end: pl.Date = pa.Field(nullable=True)
    date_precision: str = pa.Field()
    modality: str = pa.Field()
    in_caption: pl.Boolean = pa.Field()
    confidence: pl.Float32 = pa.Field()
    rule: str = pa.Field()

    class Config:
        strict = True
        ordered = True
        coerce = False

    @pa.check("mention_id", name="unique_mention_id", description="mention_id appears only once")
    def _unique_mention_id(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, first_occurrence("mention_id"))

    @pa.check("mention_id", name="mention_id_present", description="mention_id is not blank")
    def _mention_id_present(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, not_blank("mention_id"))

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

    @pa.check("char_start", name="char_start_before_end", description="0 <= char_start <= char_end")
    def _char_start_before_end(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, (pl.col("char_start") >= 0) & (pl.col("char_start") <= pl.col("char_end")))

    @pa.check("confidence", name="confidence_in_unit_range", description="0 <= confidence <= 1")
    def _confidence_in_unit_range(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, pl.col("confidence").is_between(0.0, 1.0) & ~pl.col("confidence").is_nan())

    @pa.check("sentence", name="sentence_not_empty", description="the evidence sentence has text")
    def _sentence_not_empty(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, not_blank("sentence"))

    @pa.check("trigger", name="trigger_not_empty", description="the trigger words are given")
    def _trigger_not_empty(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return passes(data, not_blank("trigger"))

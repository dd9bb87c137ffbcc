"""Each check quarantines exactly the row that breaks it, names itself, and never loses a row."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import polars as pl
import pytest
from table_rows import INGESTED, article, frame, linked_tables, on_day, rejection

import schemas
from kabar.validate import (
    CheckFailure,
    ValidationOutcome,
    check_descriptions,
    describe_check,
    validate_tables,
)

LATER = INGESTED + timedelta(days=3)

# (table, changes to row 2 of that table, the check that must quarantine it)
ONE_BAD_ROW: list[tuple[str, dict[str, Any], str]] = [
    ("articles", {"article_id": "a0000"}, "unique_article_id"),
    ("articles", {"article_id": "  "}, "article_id_present"),
    ("articles", {"site": "Contoh.co.id"}, "site_is_domain"),
    ("articles", {"site": "www.contoh.co.id"}, "site_is_domain"),
    ("articles", {"site": "https://contoh.co.id/"}, "site_is_domain"),
    ("articles", {"site": "contoh"}, "site_is_domain"),
    ("articles", {"language": "ind"}, "language_is_iso639_1"),
    ("articles", {"language": "ID"}, "language_is_iso639_1"),
    ("articles", {"body": " \n "}, "body_not_empty"),
    ("articles", {"word_count": 0}, "word_count_positive"),
    ("articles", {"flags": ["short_body", "made_up_flag"]}, "flags_known"),
    ("articles", {"published_source": "sidebar"}, "published_source_known"),
    ("articles", {"published_source": None}, "published_source_given"),
    ("articles", {"published_at_local": "5 Nov 2024 11:25"}, "published_local_is_iso"),
    ("articles", {"updated_at_local": "2024-11-05 12:00"}, "updated_local_is_iso"),
    ("articles", {"updated_at": datetime(2024, 11, 4, tzinfo=UTC)}, "updated_after_published"),
    ("articles", {"published_at_local": "2024-11-05T11:25:00+08:00"}, "published_local_matches_instant"),
    (
        "articles",
        {"published_at_local": "2024-11-05T04:25Z", "published_at": INGESTED},
        "published_local_matches_instant",
    ),
    (
        "articles",
        {"updated_at": datetime(2024, 11, 5, 6, tzinfo=UTC), "updated_at_local": "2024-11-05T06:00:00+07:00"},
        "updated_local_matches_instant",
    ),
    ("articles", {"published_at": LATER, "published_at_local": None}, "published_before_ingest"),
    ("articles", {"duplicate_of": "a0002"}, "duplicate_of_other_article"),
    ("articles", {"content_hash": ""}, "content_hash_present"),
    ("articles", {"title": None}, "title_not_null"),
    ("articles", {"authors": None}, "authors_not_null"),
    ("articles", {"ingested_at": None}, "ingested_at_not_null"),
    ("events", {"event_id": "e0000"}, "unique_event_id"),
    ("events", {"event_id": ""}, "event_id_present"),
    ("events", {"date_precision": "daily"}, "date_precision_known"),
    ("events", {"modality": "rumoured"}, "modality_known"),
    ("events", {"date_start": date(2024, 11, 5)}, "date_start_before_end"),
    ("events", {"event_date": date(2024, 10, 1)}, "event_date_in_range"),
    ("events", {"cameo_code": "43a"}, "cameo_code_format"),
    ("events", {"cameo_code": "4"}, "cameo_code_format"),
    ("events", {"event_type": "consult"}, "event_type_format"),
    ("events", {"actor1_country": "RU"}, "actor1_country_iso3"),
    ("events", {"actor2_country": "prk"}, "actor2_country_iso3"),
    ("events", {"location_country": "Rusia"}, "location_country_iso3"),
    ("events", {"actor1_role": "gov"}, "actor1_role_format"),
    ("events", {"actor2_role": "G 1"}, "actor2_role_format"),
    ("events", {"num_articles": 0}, "report_counts_consistent"),
    ("events", {"num_sources": 2}, "report_counts_consistent"),
    ("events", on_day(date(2024, 12, 1)), "asserted_not_after_first_report"),
    ("event_mentions", {"mention_id": "m0000"}, "unique_mention_id"),
    ("event_mentions", {"mention_id": " "}, "mention_id_present"),
    ("event_mentions", {"date_precision": "hour"}, "date_precision_known"),
    ("event_mentions", {"modality": "maybe"}, "modality_known"),
    ("event_mentions", {"date_end": date(2024, 11, 1)}, "date_start_before_end"),
    ("event_mentions", {"event_date": date(2024, 11, 9)}, "event_date_in_range"),
    ("event_mentions", {"char_start": 40, "char_end": 10}, "char_start_before_end"),
    ("event_mentions", {"char_start": -1}, "char_start_before_end"),
    ("event_mentions", {"confidence": 1.5}, "confidence_in_unit_range"),
    ("event_mentions", {"confidence": -0.1}, "confidence_in_unit_range"),
    ("event_mentions", {"confidence": float("nan")}, "confidence_in_unit_range"),
    ("event_mentions", {"sentence": ""}, "sentence_not_empty"),
    ("event_mentions", {"trigger": " "}, "trigger_not_empty"),
    ("event_mentions", {"in_caption": None}, "in_caption_not_null"),
    ("event_mentions", {"article_id": "nowhere"}, "fk_article"),
    ("event_mentions", {"event_id": "nowhere"}, "fk_event"),
    ("event_mentions", {"char_start": 0, "char_end": 5000}, "offsets_in_body"),
    ("event_mentions", {"char_start": 1}, "sentence_at_offsets"),
    ("event_mentions", on_day(date(2024, 11, 20)), "asserted_not_after_publication"),
    ("rejected", {"source": ""}, "rejected_source_present"),
    ("rejected", {"reason": "Not an article"}, "reason_is_code"),
    ("rejected", {"size_bytes": -1}, "size_not_negative"),
    ("rejected", {"rejected_at": None}, "rejected_at_not_null"),
]


def with_row(table: str, index: int, changes: dict[str, Any], n: int = 3) -> dict[str, pl.DataFrame]:
    """The linked all-valid tables with row `index` of `table` rebuilt with `changes`."""
    tables = linked_tables(n)
    rows = tables[table].to_dicts()
    if index >= len(rows):
        rows.append({})
    rows[index] = {**rows[index], **changes}
    tables[table] = pl.DataFrame(rows, schema=schemas.polars_schema(table), orient="row")
    return tables


def assert_nothing_lost(tables: dict[str, pl.DataFrame], outcome: ValidationOutcome) -> None:
    for table, given in tables.items():
        kept = outcome.valid[table].height + outcome.quarantined[table].height
        assert kept == given.height, f"{table}: {given.height} rows in, {kept} out"


@pytest.mark.parametrize(("table", "changes", "check"), ONE_BAD_ROW, ids=[c for *_, c in ONE_BAD_ROW])
def test_one_bad_row_is_quarantined_with_its_check(table: str, changes: dict[str, Any], check: str) -> None:
    tables = with_row(table, 2, changes)
    outcome = validate_tables(tables, now=INGESTED)
    quarantined = outcome.quarantined[table]
    assert quarantined.height == 1, quarantined.select("failed_checks", "quarantine_reason").to_dicts()
    assert check in quarantined["failed_checks"][0]
    assert check in quarantined["quarantine_reason"][0]
    assert outcome.valid[table].height == 2
    assert any(f.table == table and f.check == check and f.count == 1 for f in outcome.failures)
    assert_nothing_lost(tables, outcome)


def test_valid_tables_pass_untouched() -> None:
    tables = linked_tables(5)
    outcome = validate_tables(tables, now=INGESTED)
    assert outcome.failures == []
    for table, given in tables.items():
        assert outcome.valid[table].equals(given)
        assert outcome.quarantined[table].schema == schemas.quarantine_polars_schema(table)


@pytest.mark.parametrize(
    ("local", "instant"),
    [
        ("2024-11-05T11:25:00+07:00", datetime(2024, 11, 5, 4, 25, tzinfo=UTC)),
        ("2024-11-05T11:25+07:00", datetime(2024, 11, 5, 4, 25, tzinfo=UTC)),
        ("2024-11-05T04:25:30.250Z", datetime(2024, 11, 5, 4, 25, 30, 250000, tzinfo=UTC)),
        ("2024-11-04T23:25:00-05:00", datetime(2024, 11, 5, 4, 25, tzinfo=UTC)),
        ("2024-11-05", datetime(2024, 11, 5, 4, 25, tzinfo=UTC)),
    ],
)
def test_local_and_utc_instants_agree(local: str, instant: datetime) -> None:
    tables = with_row("articles", 1, {"published_at_local": local, "published_at": instant})
    assert validate_tables(tables, now=INGESTED).quarantined["articles"].is_empty()


def test_event_nobody_reports_is_quarantined() -> None:
    tables = with_row("event_mentions", 2, {"event_id": "e0000"})
    outcome = validate_tables(tables, now=INGESTED)
    assert outcome.quarantined["event_mentions"].is_empty()
    assert outcome.quarantined["events"]["event_id"].to_list() == ["e0002"]
    assert outcome.quarantined["events"]["failed_checks"].to_list() == [["event_has_mention"]]


# Checks whose violation touches another table or needs the clock: tested one by one below the table.
TESTED_APART = {"event_has_mention", "published_not_in_future", "updated_not_in_future"}


def test_every_check_has_a_test() -> None:
    tested = {check for *_, check in ONE_BAD_ROW} | TESTED_APART
    assert set(check_descriptions()) <= tested, set(check_descriptions()) - tested


def test_published_in_the_future_of_the_run() -> None:
    future = INGESTED + timedelta(days=30)
    changes = {"published_at": future, "published_at_local": None, "ingested_at": future + timedelta(hours=1)}
    tables = with_row("articles", 1, changes)
    outcome = validate_tables(tables, now=INGESTED)
    assert outcome.quarantined["articles"]["failed_checks"].to_list() == [["published_not_in_future"]]


def test_updated_in_the_future_of_the_run() -> None:
    future = INGESTED + timedelta(days=30)
    changes = {"updated_at": future, "updated_at_local": None, "ingested_at": future}
    outcome = validate_tables(with_row("articles", 0, changes), now=INGESTED)
    assert outcome.quarantined["articles"]["failed_checks"].to_list() == [["updated_not_in_future"]]


def test_all_failed_checks_of_a_row_are_listed() -> None:
    tables = with_row("articles", 0, {"site": "WWW", "word_count": 0, "flags": ["nope"], "title": None})
    outcome = validate_tables(tables, now=INGESTED)
    failed = set(outcome.quarantined["articles"]["failed_checks"][0])
    assert failed == {"site_is_domain", "word_count_positive", "flags_known", "title_not_null"}
    assert "site=WWW" in outcome.quarantined["articles"]["quarantine_reason"][0]


def test_mention_of_a_quarantined_article_is_quarantined_and_its_event_too() -> None:
    tables = with_row("articles", 1, {"word_count": 0})
    outcome = validate_tables(tables, now=INGESTED)
    mentions = outcome.quarantined["event_mentions"]
    assert mentions["mention_id"].to_list() == ["m0001"]
    assert mentions["failed_checks"][0].to_list() == ["fk_article"]
    assert outcome.quarantined["events"]["failed_checks"].to_list() == [["event_has_mention"]]
    assert_nothing_lost(tables, outcome)


def test_caption_mentions_carry_caption_offsets() -> None:
    tables = with_row("event_mentions", 1, {"in_caption": True, "char_start": 300, "char_end": 420})
    outcome = validate_tables(tables, now=INGESTED)
    assert outcome.quarantined["event_mentions"].is_empty()


@pytest.mark.parametrize("modality", ["planned", "conditional"])
def test_future_events_may_be_dated_after_publication(modality: str) -> None:
    later = on_day(date(2024, 12, 1))
    tables = with_row("event_mentions", 1, {**later, "modality": modality})
    tables = with_row_from(tables, "events", 1, {**later, "modality": modality})
    outcome = validate_tables(tables, now=INGESTED)
    assert outcome.failures == []


def with_row_from(tables: dict[str, pl.DataFrame], table: str, index: int, changes: dict[str, Any]) -> dict:
    rows = tables[table].to_dicts()
    rows[index] = {**rows[index], **changes}
    return {**tables, table: pl.DataFrame(rows, schema=schemas.polars_schema(table), orient="row")}


def test_publication_day_is_the_local_day() -> None:
    """Published 00:30 in Jakarta is the previous UTC day; an asserted event that day is fine."""
    published = datetime(2024, 11, 4, 17, 30, tzinfo=UTC)
    local = {"published_at": published, "published_at_local": "2024-11-05T00:30+07:00"}
    tables = with_row_from(with_row("articles", 1, local), "event_mentions", 1, on_day(date(2024, 11, 5)))
    outcome = validate_tables(tables, now=INGESTED)
    assert outcome.quarantined["event_mentions"].is_empty()


def test_tables_validate_alone() -> None:
    tables = {"articles": frame("articles", [article(0), article(1, language="xx1")])}
    tables["rejected"] = frame("rejected", [rejection(0)])
    outcome = validate_tables(tables, now=INGESTED)
    assert set(outcome.valid) == {"articles", "rejected"}
    assert outcome.quarantined["articles"]["article_id"].to_list() == ["a0001"]


def test_unexpected_dtypes_are_cast_or_quarantined_never_silently_nulled() -> None:
    rows = [article(0), article(1), article(2)]
    given = pl.DataFrame(rows, schema=schemas.polars_schema("articles"), orient="row").with_columns(
        pl.Series("word_count", ["14", "many", "9"]), pl.lit("extra").alias("not_in_schema")
    )
    outcome = validate_tables({"articles": given}, now=INGESTED)
    assert outcome.valid["articles"].schema == schemas.polars_schema("articles")
    assert outcome.valid["articles"]["word_count"].to_list() == [14, 9]
    bad = outcome.quarantined["articles"]
    assert bad["failed_checks"].to_list() == [["word_count_dtype", "word_count_not_null"]]
    assert "many" in bad["quarantine_reason"][0]


def test_missing_column_quarantines_every_row() -> None:
    given = frame("articles", [article(0), article(1)]).drop("section")
    outcome = validate_tables({"articles": given}, now=INGESTED)
    assert outcome.valid["articles"].is_empty()
    assert all("section_missing" in checks for checks in outcome.quarantined["articles"]["failed_checks"])


def test_failures_summarise_counts_and_a_few_examples() -> None:
    rows = [article(i, language="IDN" if i % 2 else "id") for i in range(10)]
    outcome = validate_tables({"articles": frame("articles", rows)}, now=INGESTED)
    [failure] = outcome.failures
    assert isinstance(failure, CheckFailure)
    assert (failure.table, failure.check, failure.column, failure.count) == (
        "articles",
        "language_is_iso639_1",
        "language",
        5,
    )
    assert len(failure.examples) == 3
    assert {e["article_id"] for e in failure.examples} <= {"a0001", "a0003", "a0005", "a0007", "a0009"}
    assert failure.examples[0]["value"] == "IDN"


def test_every_check_has_a_description() -> None:
    for _, _, check in ONE_BAD_ROW:
        assert describe_check(check), f"{check} has no description"
    assert describe_check("title_not_null") == "title is required (not null)"


def test_empty_tables_validate() -> None:
    outcome = validate_tables({t: schemas.empty_frame(t) for t in schemas.TABLES})
    assert outcome.failures == []
    assert all(frame.is_empty() for frame in outcome.valid.values())

"""Valid rows for every table, so tests can break one field at a time (validate and report tests)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import polars as pl

from schemas import polars_schema

INGESTED = datetime(2024, 11, 6, 1, 0, tzinfo=UTC)
BODY = "Presiden menerima kunjungan menteri di istana pada Senin.\n\nKedua pihak membahas kerja sama."
SENTENCE = "Presiden menerima kunjungan menteri di istana pada Senin."


def article(n: int = 0, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article_id": f"a{n:04d}",
        "source": f"pages/{n:04d}.txt",
        "url": f"https://www.contoh.co.id/berita/{n}",
        "site": "contoh.co.id",
        "publisher": "Contoh.co.id",
        "language": "id",
        "title": f"Judul berita {n}",
        "subtitle": None,
        "section": "Internasional",
        "authors": ["Penulis Satu"],
        "editors": [],
        "published_at": datetime(2024, 11, 5, 4, 25, tzinfo=UTC),
        "published_at_local": "2024-11-05T11:25:00+07:00",
        "published_source": "byline",
        "updated_at": None,
        "updated_at_local": None,
        "page_date": None,
        "dateline": "Jakarta",
        "cited_sources": ["Antara"],
        "body": BODY,
        "word_count": 14,
        "captions": [],
        "related_titles": [],
        "flags": [],
        "duplicate_of": None,
        "content_hash": f"{n:016x}",
        "run_id": "run-1",
        "ingested_at": INGESTED,
        "pipeline_version": "0.1.0",
    }
    return {**row, **changes}


def event(n: int = 0, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "event_id": f"e{n:04d}",
        "event_date": date(2024, 11, 4),
        "date_start": date(2024, 11, 4),
        "date_end": date(2024, 11, 4),
        "date_precision": "day",
        "event_type": "CONSULT",
        "cameo_code": "043",
        "actor1_name": "Vladimir Putin",
        "actor1_country": "RUS",
        "actor1_role": "GOV",
        "actor2_name": "Choe Son Hui",
        "actor2_country": "PRK",
        "actor2_role": "GOV",
        "location_name": "Moskow",
        "location_country": "RUS",
        "modality": "asserted",
        "num_mentions": 1,
        "num_articles": 1,
        "num_sources": 1,
        "first_reported_at": datetime(2024, 11, 5, 4, 25, tzinfo=UTC),
    }
    return {**row, **changes}


def mention(n: int = 0, event_n: int = 0, article_n: int = 0, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "mention_id": f"m{n:04d}",
        "event_id": f"e{event_n:04d}",
        "article_id": f"a{article_n:04d}",
        "sentence": SENTENCE,
        "char_start": 0,
        "char_end": len(SENTENCE),
        "trigger": "menerima kunjungan",
        "date_text": "Senin",
        "event_date": date(2024, 11, 4),
        "date_start": date(2024, 11, 4),
        "date_end": date(2024, 11, 4),
        "date_precision": "day",
        "modality": "asserted",
        "in_caption": False,
        "confidence": 0.9,
        "rule": "id.consult.menerima_kunjungan",
    }
    return {**row, **changes}


def rejection(n: int = 0, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "source": f"pages/bad{n}.bin",
        "reason": "binary",
        "detail": "not text: 40% control bytes",
        "size_bytes": 1024,
        "run_id": "run-1",
        "rejected_at": INGESTED,
    }
    return {**row, **changes}


def frame(table: str, rows: list[dict[str, Any]]) -> pl.DataFrame:
    if not rows:
        return pl.DataFrame(schema=polars_schema(table))
    return pl.DataFrame(rows, schema=polars_schema(table), orient="row")


def on_day(day: date) -> dict[str, date]:
    """The date columns of an event or mention dated to one day."""
    return {"event_date": day, "date_start": day, "date_end": day}


def linked_tables(n_articles: int = 3) -> dict[str, pl.DataFrame]:
    """n articles, each reporting its own event once, plus n rejections: all valid."""
    return {
        "articles": frame("articles", [article(i) for i in range(n_articles)]),
        "events": frame("events", [event(i) for i in range(n_articles)]),
        "event_mentions": frame("event_mentions", [mention(i, i, i) for i in range(n_articles)]),
        "rejected": frame("rejected", [rejection(i) for i in range(n_articles)]),
    }

"""The report says at a glance whether a run is healthy, shows every number, and never runs page text."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from typing import Any

import polars as pl
from table_rows import article, event, frame, linked_tables, mention, on_day, rejection

from kabar.report import build_report, check_table_rows, render_html, render_markdown, summary_lines
from kabar.report.charts import fill_days
from kabar.validate import ValidationOutcome, validate_tables

STARTED = datetime(2024, 11, 6, 1, 0, tzinfo=UTC)
INJECTED = "<script>alert(1)</script>"
SECTIONS = (
    "health",
    "summary",
    "tables",
    "checks",
    "flags",
    "rejected",
    "sites",
    "months",
    "events-per-day",
    "skipped",
)


def report_of(tables: dict[str, pl.DataFrame], inputs: int | None = None, **extra: Any) -> dict[str, Any]:
    outcome = validate_tables(tables, now=STARTED)
    counted = tables["articles"].height + tables["rejected"].height
    return build_report(
        run_id="20241106T010000Z",
        started_at=STARTED,
        finished_at=STARTED + timedelta(seconds=12.5),
        inputs=counted if inputs is None else inputs,
        skipped=extra.get("skipped", []),
        articles=outcome.valid["articles"],
        events=outcome.valid["events"],
        mentions=outcome.valid["event_mentions"],
        rejected=outcome.valid["rejected"],
        outcome=outcome,
        new_rows={"articles": outcome.valid["articles"].height, "quarantine/articles": 0},
        pipeline_version="0.1.0",
    )


def mixed_tables() -> dict[str, pl.DataFrame]:
    """Four articles (one quarantined, its title a script), two rejections, events over two days."""
    articles = [
        article(0, flags=["short_body", "date_conflict"]),
        article(
            1,
            flags=["short_body"],
            site=None,
            published_at=datetime(2024, 10, 30, 3, tzinfo=UTC),
            published_at_local="2024-10-30T10:00+07:00",
        ),
        article(2, title=INJECTED, body=f"{INJECTED} body", site="Bad Site", word_count=3),
        article(3, published_at=None, published_at_local=None, published_source=None),
    ]
    events = [event(0), event(1, modality="planned", **on_day(date(2024, 11, 3))), event(3)]
    mentions = [
        mention(0, 0, 0),
        mention(1, 1, 1, modality="planned", **on_day(date(2024, 11, 3))),
        mention(3, 3, 3),
    ]
    rejected = [rejection(0), rejection(1, reason="not_article", detail=f"a list page {INJECTED}")]
    return {
        "articles": frame("articles", articles),
        "events": frame("events", events),
        "event_mentions": frame("event_mentions", mentions),
        "rejected": frame("rejected", rejected),
    }


class Page(HTMLParser):
    """Tags, ids, text per section id, and attributes that could load something from outside."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.text: list[str] = []
        self.remote: list[str] = []
        self.banner_class = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(found["id"] or "")
        if found.get("id") == "health":
            self.banner_class = found.get("class") or ""
        self.remote += [v for k, v in attrs if k in ("src", "href") and v]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def test_report_counts_and_reconciles() -> None:
    report = report_of(mixed_tables())
    json.dumps(report)  # validation.json must be writable as is
    assert report["counts"]["articles"] == {"valid": 3, "new": 3, "quarantined": 1}
    assert report["reconciliation"] == {
        "inputs": 6,
        "articles": 3,
        "quarantined_articles": 1,
        "rejected": 2,
        "accounted": 6,
        "reconciled": True,
    }
    assert report["reconciled"] is True
    assert report["duration_s"] == 12.5
    assert report["flags"] == {"short_body": 2, "date_conflict": 1}
    assert report["rejected_reasons"] == {"binary": 1, "not_article": 1}
    assert report["articles_per_site"] == {"contoh.co.id": 2, "(unknown)": 1}
    assert report["published_by_month"] == {"2024-10": 1, "2024-11": 1, "(unknown)": 1}
    assert report["events_per_day"] == {"2024-11-03": 1, "2024-11-04": 2}
    checks = {(c["table"], c["check"]): c for c in report["checks"]}
    assert checks["articles", "site_is_domain"]["count"] == 1
    assert checks["articles", "site_is_domain"]["examples"][0]["title"] == INJECTED
    assert report["health"]["status"] == "red"  # 1 of 4 articles quarantined


def test_health_is_green_amber_or_red() -> None:
    healthy = {**linked_tables(3), "rejected": frame("rejected", [rejection(0)])}
    assert report_of(healthy)["health"] == {"status": "green", "reasons": []}
    assert report_of(linked_tables(3))["health"]["reasons"] == ["3 of 6 inputs rejected"]
    tables = linked_tables(10)
    tables["event_mentions"] = frame(
        "event_mentions", [mention(i, i, i) for i in range(9)] + [mention(9, 9, 9, confidence=2.0)]
    )
    amber = report_of(tables)["health"]
    assert amber["status"] == "amber"
    assert any("event_mentions" in reason for reason in amber["reasons"])
    red = report_of(linked_tables(3), inputs=7)
    assert red["reconciliation"]["reconciled"] is False
    assert red["health"]["status"] == "red"
    assert "do not reconcile" in red["health"]["reasons"][0]


def test_html_has_every_section_and_the_numbers() -> None:
    skipped = [{"source": "notes.pdf", "reason": "not a page"}]
    page = parse(render_html(report_of(mixed_tables(), skipped=skipped)))
    assert set(SECTIONS) <= set(page.ids)
    assert "red" in page.banner_class.split()
    text = " ".join(page.text)
    equation = "6 inputs = 3 articles + 1 quarantined articles + 2 rejected"
    for expected in (equation, "site_is_domain", "short_body", "not_article", "contoh.co.id", "2024-11-04"):
        assert expected in text, expected
    assert "notes.pdf" in text and "12.5" in text
    assert page.tags.count("svg") == 2


def test_page_text_is_shown_never_run() -> None:
    html = render_html(report_of(mixed_tables()))
    page = parse(html)
    assert "script" not in page.tags
    assert INJECTED in " ".join(page.text)
    assert "<script" not in html.lower()


def test_rejected_inputs_are_listed_with_their_detail() -> None:
    page = parse(render_html(report_of(mixed_tables())))
    assert "rejected-inputs" in page.ids
    assert f"a list page {INJECTED}" in " ".join(page.text)


def test_html_needs_no_network() -> None:
    html = render_html(report_of(mixed_tables()))
    page = parse(html)
    assert page.remote == []
    assert "<link" not in html and "@import" not in html
    assert "link" not in page.tags


def test_empty_run_renders() -> None:
    empty = {t: f.clear() for t, f in linked_tables(1).items()}
    report = report_of(empty)
    page = parse(render_html(report))
    assert report["health"]["status"] == "green"
    assert "Every row passed every check." in " ".join(page.text)


def test_text_views() -> None:
    report = report_of(mixed_tables())
    lines = summary_lines(report)
    assert lines[0].startswith("run 20241106T010000Z: RED")
    assert any("6 inputs = 3 articles + 1 quarantined + 2 rejected (reconciled)" in line for line in lines)
    markdown = render_markdown(report)
    assert "| articles | 3 | 3 | 1 |" in markdown
    assert "`site_is_domain`" in markdown
    rows = check_table_rows(report)
    assert {"table", "check", "column", "rows", "rule", "example"} == set(rows[0])
    assert all(isinstance(v, str | int) for row in rows for v in row.values())


def test_outcome_alone_is_enough_for_counts() -> None:
    """A quarantined rejection still counts towards the reconciliation."""
    tables = linked_tables(2)
    tables["rejected"] = frame("rejected", [rejection(0), rejection(1, reason="Bad Reason")])
    outcome = validate_tables(tables, now=STARTED)
    assert isinstance(outcome, ValidationOutcome)
    report = report_of(tables)
    assert report["reconciliation"]["rejected"] == 2
    assert report["reconciliation"]["reconciled"] is True
    assert report["rejected_reasons"] == {"Bad Reason": 1, "binary": 1}


def test_months_are_local_and_days_are_filled() -> None:
    new_month = {
        "published_at": datetime(2024, 10, 31, 17, 30, tzinfo=UTC),
        "published_at_local": "2024-11-01T00:30+07:00",
    }
    tables = {name: table.clear() for name, table in linked_tables(1).items()}
    tables["articles"] = frame("articles", [article(0, **new_month)])
    assert report_of(tables)["published_by_month"] == {"2024-11": 1}
    assert fill_days([("2024-11-01", 2), ("2024-11-04", 1)]) == [
        ("2024-11-01", 2),
        ("2024-11-02", 0),
        ("2024-11-03", 0),
        ("2024-11-04", 1),
    ]
    assert fill_days([("2020-01-01", 1), ("2024-01-01", 1)]) == [("2020-01-01", 1), ("2024-01-01", 1)]


def test_undated_events_are_counted_beside_the_chart() -> None:
    tables = mixed_tables()
    tables["events"] = tables["events"].with_columns(
        pl.when(pl.col("event_id") == "e0003").then(None).otherwise(pl.col(c)).alias(c)
        for c in ("event_date", "date_start", "date_end")
    )
    report = report_of(tables)
    assert report["events_per_day"]["(unknown)"] == 1
    page = parse(render_html(report))
    assert "1 without a date." in " ".join(page.text)

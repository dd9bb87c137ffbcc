"""Round-9 global knobs, on sentences written for these tests: a locative phrase before the trigger sets the
scene when none follows it, the dateline places any event still without a location, and (an option, off by
an asserted event the text does not date is bounded by the day before publication, GDELT-style, while its
precision stays `unknown`. Each knob on both sides."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kabar.events import coder
from kabar.events.coder import code_article

PUBLISHED = "2025-06-15"


def coded(
    body: str, lang: str, dateline: str | None = None, published: str | None = PUBLISHED
) -> dict[str, Any]:
    article = {
        "article_id": "a1",
        "language": lang,
        "body": body,
        "captions": [],
        "dateline": dateline,
        "published_at_local": published,
        "published_at": None,
    }
    rows = code_article(article)
    assert len(rows) == 1, rows
    return rows[0]


@pytest.fixture
def with_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wider window than the default: `[dates] undated_window_days = 7`."""
    window = {**coder.settings(), "undated_window_days": 7}
    monkeypatch.setattr(coder, "settings", lambda: window)


@pytest.fixture
def without_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window switched off: `[dates] undated_window_days = -1`."""
    window = {**coder.settings(), "undated_window_days": -1}
    monkeypatch.setattr(coder, "settings", lambda: window)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("id", "Polisi Malaysia menangkap lima tersangka penyelundupan."),
        ("en", "Malaysian police arrested five smuggling suspects."),
    ],
)
def test_by_default_an_undated_event_is_bounded_by_the_day_before_publication_but_stays_unknown(
    lang: str, body: str
) -> None:
    row = coded(body, lang)
    got = (str(row["date_start"]), str(row["date_end"]), row["date_precision"], row["event_date"])
    assert got == ("2025-06-14", "2025-06-15", "unknown", None)
    assert "+publication_bound" in row["rule"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("id", "Polisi Malaysia menangkap lima tersangka penyelundupan."),
        ("en", "Malaysian police arrested five smuggling suspects."),
    ],
)
def test_without_the_window_an_undated_event_has_no_interval(
    without_window: None, lang: str, body: str
) -> None:
    row = coded(body, lang)
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (None, None, "unknown")
    assert "+publication_bound" not in row["rule"]


@pytest.mark.parametrize(
    ("lang", "body", "published", "want"),
    [
        # undated and asserted: within the week before publication
        (
            "id",
            "Polisi Malaysia menangkap lima tersangka penyelundupan.",
            PUBLISHED,
            ("2025-06-08", "2025-06-15"),
        ),
        ("en", "Malaysian police arrested five smuggling suspects.", PUBLISHED, ("2025-06-08", "2025-06-15")),
        # a date in the text wins over the bound
        (
            "id",
            "Polisi Malaysia menangkap lima tersangka pada Selasa (10/6).",
            PUBLISHED,
            ("2025-06-10", "2025-06-10"),
        ),
        # planned: the planned horizon after publication, never the bound before it
        ("id", "Polisi Malaysia akan menangkap lima tersangka.", PUBLISHED, ("2025-06-15", "2025-07-15")),
        # no trusted publication date: nothing to bound by
        ("en", "Malaysian police arrested five smuggling suspects.", None, (None, None)),
    ],
)
def test_undated_asserted_event_is_bounded_by_publication_when_asked(
    with_window: None, lang: str, body: str, published: str | None, want: tuple[str | None, str | None]
) -> None:
    row = coded(body, lang, published=published)
    got = tuple(str(d) if d is not None else None for d in (row["date_start"], row["date_end"]))
    assert got == want
    assert ("+publication_bound" in row["rule"]) == (want == ("2025-06-08", "2025-06-15"))


@pytest.mark.parametrize(
    ("lang", "body", "dateline", "want"),
    [
        ("id", "Di Bangkok, polisi Thailand menangkap dua warga Kamboja.", None, ("Bangkok", "THA")),
        ("en", "In Bangkok, Thai police arrested two Cambodian nationals.", None, ("Bangkok", "THA")),
        # a place after the trigger is the event's own and wins over the scene and the dateline
        (
            "en",
            "In Bangkok, Thai police arrested two Cambodian nationals in Jakarta.",
            None,
            ("Jakarta", "IDN"),
        ),
        # no locative phrase: the dateline places the event, for any code
        ("en", "Thai police arrested two Cambodian nationals.", "Bangkok", ("Bangkok", "THA")),
        ("id", "Polisi Indonesia menangkap dua warga Kamboja.", "Jakarta", ("Jakarta", "IDN")),
        # neither: no location is invented
        ("en", "Thai police arrested two Cambodian nationals.", None, (None, None)),
    ],
)
def test_location_fallbacks(
    lang: str, body: str, dateline: str | None, want: tuple[str | None, str | None]
) -> None:
    row = coded(body, lang, dateline=dateline)
    assert (row["location_name"], row["location_country"]) == want
    assert ("+dateline_location" in row["rule"]) == (dateline is not None)


def test_bound_keeps_undated_reports_of_one_event_together(with_window: None) -> None:
    """The bound is applied after consolidation: two undated reports of one arrest stay one mention."""
    body = "Polisi Malaysia menangkap lima tersangka. Polisi Malaysia menangkap mereka di Johor."
    rows = code_article(
        {"article_id": "a2", "language": "id", "body": body, "captions": [], "dateline": None,
         "published_at_local": PUBLISHED, "published_at": None}
    )  # fmt: skip
    assert len(rows) == 1
    assert rows[0]["date_end"] == date(2025, 6, 15)

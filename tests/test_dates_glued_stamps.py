"""Stamps glued to credits in text dumps, zones named only by a lead city or a credited outlet, "First
published" pages and a today-widget beside a dated list: inputs written for the rules, not the seeds."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from kabar.dates import looks_like_date, parse_datetime, resolve_publication
from kabar.dates.stamps import later_versions, stamps
from kabar.dates.zones import credited_zone, lead_place
from kabar.model import CleanArticle, DateCandidate

BODY = "The council voted to close the old bridge to lorries after engineers found cracks in two piers."


@pytest.mark.parametrize(
    ("text", "lang", "day", "clock"),
    [
        ("Ahmad Fauzi, Detik Finance12 Januari 2025 09:30", "id", date(2025, 1, 12), time(9, 30)),
        ("By Ann Lee and Bo ParkJanuary 12, 20259:30 AM GMT+8", "en", date(2025, 1, 12), time(9, 30)),
        ("Posted Jan. 12, 2025Updated Jan. 13, 2025", "en", date(2025, 1, 12), None),
        ("KOMPAS.com - 12/01/2025, 09:30 WIB", "id", date(2025, 1, 12), time(9, 30)),
    ],
)
def test_glued_dates_are_read(text: str, lang: str, day: date, clock: time | None) -> None:
    parsed = parse_datetime(text, lang)
    assert parsed is not None and (parsed.date, parsed.time) == (day, clock)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("MARIA SANTOS, Asia correspondentMarch 4, 2025 08:15 SGT", True),
        ("Ahmad Fauzi, Detik Finance12 Januari 2025 09:30", True),
        ("COVID19 Maret 2020 masih menjadi perhatian", False),  # a code glued to digits is no credit
        ("Other story2 March 2021", False),  # a list item's headline glued to a one-digit day
        ("The committee met on March 4, 2025 to discuss the budget for the coming year", False),
    ],
)
def test_glued_credit_lines_look_like_dates(text: str, dated: bool) -> None:
    assert looks_like_date(text) is dated


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Jakarta. The ministry said on Monday ...", "Jakarta"),
        ("SURABAYA -- Port workers went on strike ...", "SURABAYA"),
        ("Later. The ministry said ...", None),  # not a city the dateline table knows
        ("Jakarta-based lenders raised rates ...", None),  # a compound, not a dateline
    ],
)
def test_lead_place(body: str, place: str | None) -> None:
    assert lead_place(body) == place


@pytest.mark.parametrize(
    ("credits", "zone"),
    [
        (["Ahmad Fauzi (The Jakarta Post)"], "Asia/Jakarta"),
        (["Jane Doe"], None),
        (["A long caption sentence that mentions the Jakarta Post among many other words here"], None),
    ],
)
def test_credited_zone(credits: list[str], zone: str | None) -> None:
    assert credited_zone(credits) == zone


def test_first_published_turns_the_later_unlabelled_clock_into_the_update() -> None:
    top = stamps(DateCandidate("Tue 4 Mar 2025 18.20 GMT", "byline", "unknown", 2), "en")
    first = stamps(
        DateCandidate("First published on Tue 4 Mar 2025 11.00 GMT", "byline", "published", 3), "en"
    )
    roles = [s.role for s in later_versions([*top, *first])]
    assert roles == ["updated", "published"]


def test_without_first_published_roles_stay() -> None:
    top = stamps(DateCandidate("Tue 4 Mar 2025 18.20 GMT", "byline", "unknown", 2), "en")
    other = stamps(DateCandidate("Published Tue 4 Mar 2025 11.00 GMT", "byline", "published", 3), "en")
    assert [s.role for s in later_versions([*top, *other])] == ["unknown", "published"]


def _article(*candidates: DateCandidate, body: str = BODY) -> CleanArticle:
    return CleanArticle("x.txt", "Council Closes Old Bridge", body, "en", date_candidates=list(candidates))


def test_widget_beside_dated_list_gives_no_date() -> None:
    got = resolve_publication(
        _article(
            DateCandidate("Tuesday, March 4, 2025", "header", "unknown", 0),
            DateCandidate("Mar 3, 2025 Flood warning lifted", "body", "unknown", 20),
            DateCandidate("Mar 2, 2025 Mayor resigns", "body", "unknown", 22),
        )
    )
    assert got.published_at is None and got.page_date == date(2025, 3, 4)


def test_widget_alone_stays_the_best_guess() -> None:
    got = resolve_publication(_article(DateCandidate("Tuesday, March 4, 2025", "header", "unknown", 0)))
    assert got.published_at_local == "2025-03-04"


def test_zoneless_english_clock_under_a_jakarta_lead_is_wib() -> None:
    got = resolve_publication(
        _article(DateCandidate("March 4, 2025 | 6:20 pm", "byline", "unknown", 2), body="Jakarta. " + BODY)
    )
    assert got.published_at == datetime.fromisoformat("2025-03-04T18:20:00+07:00")

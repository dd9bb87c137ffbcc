"""Bylines as major Indonesian and English outlets print them, and the publication choice around them:
zones learned from the page, outlets' home zones, mislabelled meta, relative bylines, inferred dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kabar.dates import parse_datetime, resolve_publication
from kabar.dates.zones import dateline_zone, site_zone
from kabar.model import CleanArticle, DateCandidate

# (printed byline, page language, expected local ISO). Outlet in the comment: the format, not a rule.
BYLINES = [
    ("Selasa, 05 Nov 2024 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),  # detik, cnnindonesia
    ("Kompas.com - 05/11/2024, 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),
    ("Diperbarui 05/11/2024, 13:00 WIB", "id", "2024-11-05T13:00:00+07:00"),
    ("05 November 2024 11:25", "id", "2024-11-05T11:25:00+07:00"),  # cnbcindonesia, no zone
    ("Selasa, 5 November 2024 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),  # tempo, antara
    ("5 November 2024 | 11.25 WIB", "id", "2024-11-05T11:25:00+07:00"),
    ("Diterbitkan 05 Nov 2024, 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),  # liputan6
    ("Rabu, 04 Desember 2024 - 06:12 WIB", "id", "2024-12-04T06:12:00+07:00"),  # okezone
    ("Selasa, 05 November 2024 - 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),  # sindonews
    ("Selasa, 05 November 2024 | 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),  # suara
    ("Selasa 05 Nov 2024 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),  # republika
    ("Oleh: Iswara N Raditya - 6 November 2024 15:40 WIB", "id", "2024-11-06T15:40:00+07:00"),  # tirto
    ("05 Nov 2024, 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),  # idntimes
    ("Selasa, 05 November 2024 – 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),  # jpnn (en dash)
    ("Selasa, 05 November 2024 / 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),  # kontan
    ("5 November 2024, 11.25", "id", "2024-11-05T11:25:00+07:00"),  # katadata
    ("Selasa, 05 November 2024 - 11:25:00 WIB", "id", "2024-11-05T11:25:00+07:00"),  # inews, seconds
    ("05/11/2024 11:25", "id", "2024-11-05T11:25:00+07:00"),
    ("2024/11/05 11:25:00", "id", "2024-11-05T11:25:00+07:00"),  # meta publishdate
    ("Selasa, 5 Nov 2024 | 11:25 WITA", "id", "2024-11-05T11:25:00+08:00"),
    ("Senin, 04 Nov 2024 23:59 wib", "id", "2024-11-04T23:59:00+07:00"),  # lower-case zone
    ("11.25 WIB, Selasa 5 November 2024", "id", "2024-11-05T11:25:00+07:00"),  # time first
    ("Jakarta, Selasa (5/11/2024) 11.25 WIB", "id", "2024-11-05T11:25:00+07:00"),  # closing bracket
    ("November 5, 2024 11:25 AM GMT+7", "en", "2024-11-05T11:25:00+07:00"),  # reuters
    ("Updated 2:15 AM GMT+7, December 9, 2024", "en", "2024-12-09T02:15:00+07:00"),  # ap
    ("Tue 5 Nov 2024 04.25 GMT", "en", "2024-11-05T04:25:00+00:00"),  # guardian
    ("Wed 15 Jan 2025 17.50 GMT 12 comments", "en", "2025-01-15T17:50:00+00:00"),  # a count is no offset
    ("Published On 5 Nov 2024 5 Nov 2024", "en", "2024-11-05"),  # al jazeera: date only
    ("Updated 11:25 PM EST, Tue November 5, 2024", "en", "2024-11-05T23:25:00-05:00"),  # cnn
    ("Nov. 5, 2024, 11:25 p.m. ET", "en", "2024-11-05T23:25:00-05:00"),  # nyt
    ("November 5, 2024 at 11:25 p.m. EST", "en", "2024-11-05T23:25:00-05:00"),  # washington post
    ("Published July 4, 2023 9:15 AM ET", "en", "2023-07-04T09:15:00-04:00"),  # ET in summer is EDT
    ("Published: 11:25 GMT, 5 November 2024", "en", "2024-11-05T11:25:00+00:00"),  # daily mail
    ("Nov 5, 2024 | 11:25 JST", "en", "2024-11-05T11:25:00+09:00"),  # kyodo
    ("Nov 5, 2024, 11:25 IST", "en", "2024-11-05T11:25:00+05:30"),  # times of india
    ("Tuesday, 11/5/2024, 11:25 (GMT+7)", "en", "2024-11-05T11:25:00+07:00"),  # vnexpress
    ("5 Nov 2024 11:25AM (GMT+8)", "en", "2024-11-05T11:25:00+08:00"),
    ("5 Nov 2024 11:25 (UTC+08:00)", "en", "2024-11-05T11:25:00+08:00"),
    ("5 Nov 2024 11:25 GMT−7", "en", "2024-11-05T11:25:00-07:00"),  # a true minus sign
    ("Tue, 05 Nov 2024 04:25:00 +0000", "en", "2024-11-05T04:25:00+00:00"),  # RFC 822 meta
    ("2024-11-05T04:25:00.000Z", "en", "2024-11-05T04:25:00+00:00"),  # JSON-LD
    ("2024-11-05T11:25:00.000+07:00", "id", "2024-11-05T11:25:00+07:00"),
    ("Updated: November 5, 2024 at 11:25 AM", "en", "2024-11-05"),  # no zone, English: date only
    ("26 Oct 2025 04:40PM", "en", "2025-10-26"),  # cna without its home zone
]


@pytest.mark.parametrize(("text", "lang", "local"), BYLINES)
def test_outlet_bylines(text: str, lang: str, local: str) -> None:
    parsed = parse_datetime(text, lang)
    assert parsed is not None
    assert parsed.local_iso() == local


@pytest.mark.parametrize(
    ("text", "zone", "local"),
    [
        ("26 Oct 2025 04:40PM", "Asia/Singapore", "2025-10-26T16:40:00+08:00"),
        ("Jul 01, 2025, 04:32 PM", "+08:00", "2025-07-01T16:32:00+08:00"),
        ("July 4, 2023 9:15 AM", "America/New_York", "2023-07-04T09:15:00-04:00"),
        ("4 Nov 2024 9:15 GMT", "Asia/Singapore", "2024-11-04T09:15:00+00:00"),  # printed zone wins
    ],
)
def test_home_zone_reads_zoneless_times(text: str, zone: str, local: str) -> None:
    parsed = parse_datetime(text, "en", zone)
    assert parsed is not None and parsed.local_iso() == local


@pytest.mark.parametrize(
    ("domain", "zone"),
    [
        ("channelnewsasia.com", "Asia/Singapore"),
        ("www.straitstimes.com", "Asia/Singapore"),
        ("thestar.com.my", "Asia/Kuala_Lumpur"),
        ("news.abc.net.au", "Australia/Sydney"),
        ("thejakartapost.com", "Asia/Jakarta"),
        ("example.com", None),
        (None, None),
    ],
)
def test_site_zone(domain: str | None, zone: str | None) -> None:
    assert site_zone(domain) == zone


@pytest.mark.parametrize(
    ("dateline", "zone"),
    [
        ("Jakarta", "Asia/Jakarta"),
        ("Nusa Dua, Bali", "Asia/Makassar"),
        ("Seoul/Tokyo", "Asia/Seoul"),  # filed from two cities: the first one's zone
        ("Washington/Moscow", "America/New_York"),
        (None, None),
    ],
)
def test_dateline_zone(dateline: str | None, zone: str | None) -> None:
    assert dateline_zone(dateline) == zone


def page(
    *candidates: DateCandidate, lang: str = "en", site: str | None = None, body: str = ""
) -> CleanArticle:
    return CleanArticle(
        "x.txt", "Title", body or "Text.", language=lang, site=site, date_candidates=list(candidates)
    )


def meta(text: str, role: str = "published") -> DateCandidate:
    return DateCandidate(text, "meta", role)  # type: ignore[arg-type]


def line(text: str, role: str = "unknown", no: int = 5, source: str = "byline") -> DateCandidate:
    return DateCandidate(text, source, role, no)  # type: ignore[arg-type]


# (case, article, expected published_at_local, expected updated_at_local)
RESOLVE = [
    (
        "meta offset gives the page's zone",
        page(meta("2025-07-01T16:32:00+08:00"), line("Updated Jul 01, 2025, 07:05 PM", "updated")),
        "2025-07-01T16:32:00+08:00",
        "2025-07-01T19:05:00+08:00",
    ),
    (
        "zone learned from a meta instant in UTC sharing the byline's minute",
        page(meta("2025-07-01T08:32:00Z"), line("Jul 01, 2025, 04:32 PM")),
        "2025-07-01T16:32:00+08:00",
        None,
    ),
    (
        "outlet's home zone",
        page(
            line("26 Oct 2025 04:40PM", no=27),
            line("(Updated: 26 Oct 2025 07:12PM)", "updated", 28),
            site="channelnewsasia.com",
        ),
        "2025-10-26T16:40:00+08:00",
        "2025-10-26T19:12:00+08:00",
    ),
    (
        "meta in UTC shown in the byline's printed zone",
        page(
            meta("2025-09-23T11:10:00.000Z"), line("23 September 2025 18:10 WIB", source="header"), lang="id"
        ),
        "2025-09-23T18:10:00+07:00",
        None,
    ),
    (
        "a CMS labelling WIB as UTC: the visible byline wins",
        page(meta("2024-11-27T10:15:00Z"), line("Rabu, 27 Nov 2024 10:15 WIB"), lang="id"),
        "2024-11-27T10:15:00+07:00",
        None,
    ),
    (
        "published and updated on one line, the hint belongs to the second",
        page(line("July 16, 2025 9:02 AM GMT+7 Updated July 16, 2025 11:40 AM GMT+7", "updated")),
        "2025-07-16T09:02:00+07:00",
        "2025-07-16T11:40:00+07:00",
    ),
    (
        "only an update printed: it stands for the publication",
        page(line("Updated 9:14 PM GMT+7, November 29, 2024", "updated")),
        "2024-11-29T21:14:00+07:00",
        "2024-11-29T21:14:00+07:00",
    ),
    (
        "guardian: published and last modified",
        page(
            line("Sun 24 Nov 2024 07.12 GMT", no=34),
            line("Last modified on Sun 24 Nov 2024 11.30 GMT", no=35),
        ),
        "2024-11-24T07:12:00+00:00",
        "2024-11-24T11:30:00+00:00",
    ),
    (
        "today-widget above the headline loses to the article's own date below it",
        page(
            line("Sabtu, 12 Juli 2025", no=2, source="header"),
            line("Rabu, 9 Juli 2025", no=30, source="header"),
            lang="id",
        ),
        "2025-07-09",
        None,
    ),
    (
        "an update before the publication is dropped",
        page(
            line("Diterbitkan 10 Mei 2024, 08:00 WIB"), line("Diperbarui 09 Mei 2024, 08:00 WIB"), lang="id"
        ),
        "2024-05-10T08:00:00+07:00",
        None,
    ),
    (
        "untensed schedule shortly after the byline is no conflict",
        page(
            line("Senin, 16 Desember 2024 | 14.30 WIB"),
            lang="id",
            body="Tarif PPN naik menjadi 12 persen mulai 1 Januari 2025 sesuai undang-undang.",
        ),
        "2024-12-16T14:30:00+07:00",
        None,
    ),
]


@pytest.mark.parametrize(("case", "article", "published", "updated"), RESOLVE, ids=[r[0] for r in RESOLVE])
def test_resolve_publication_cases(
    case: str, article: CleanArticle, published: str, updated: str | None
) -> None:
    got = resolve_publication(article)
    assert (got.published_at_local, got.updated_at_local) == (published, updated)


@pytest.mark.parametrize(
    ("byline", "lang", "local"),
    [
        ("2 jam yang lalu", "id", "2024-11-05T09:25:00+07:00"),
        ("Diperbarui 45 menit lalu", "id", "2024-11-05T10:40:00+07:00"),
        ("3 hari lalu", "id", "2024-11-02"),
        ("5 hours ago", "en", "2024-11-04T23:25:00+00:00"),
    ],
)
def test_relative_bylines_dated_from_fetch_time(byline: str, lang: str, local: str) -> None:
    fetched = datetime(2024, 11, 5, 4, 25, tzinfo=UTC)  # 11:25 WIB
    got = resolve_publication(page(line(byline), lang=lang), fetched_at=fetched)
    assert got.published_at_local == local


def test_relative_byline_without_fetch_time_gives_nothing() -> None:
    assert resolve_publication(page(line("2 jam yang lalu"), lang="id")).published_at is None


def stale(body: str, lang: str = "id") -> CleanArticle:
    """A page whose only date is a stale header, so the body must date it."""
    return page(line("DECEMBER 9, 2022", no=0, source="header"), lang=lang, body=body)


INFERENCE = [
    ("Menlu akan bertemu Presiden pada Selasa, 16 Januari 2024. Keduanya akan berunding lebih dulu pada "
     "Selasa. Kesepakatan dibuat September tahun lalu.", "id", "2024-01-16"),
    ("The ministers will meet on Tuesday, January 16, 2024. Lavrov will see Choe first on Tuesday.",
     "en", "2024-01-16"),
    # a weekday beside a full date alone proves nothing: elections are announced so months ahead
    ("The election will be held on Wednesday, February 14, 2024, the commission said.", "en", None),
    # a reported date three days before the announced one: the window is tight without a weekday
    ("Banjir melanda Bekasi pada 12 Maret 2024. Pemerintah akan meninjau lokasi pada 14 Maret 2024.",
     "id", "2024-03-14"),
    # no weekday, no reported date: an announcement alone may lie months ahead
    ("Pemilu akan digelar pada 14 Februari 2024.", "id", None),
    # "Desember tahun lalu" is 2022 or 2023 inside the window 28 December 2023 – 3 January 2024
    ("Menteri akan tiba pada Rabu, 3 Januari 2024 dan bertemu Presiden pada Rabu sore. Kunjungan serupa "
     "terjadi Desember tahun lalu.", "id", None),
    # a reported date after the announced one: the body contradicts itself
    ("Presiden akan berkunjung pada Senin, 4 Maret 2024. Gempa terjadi pada 9 Maret 2024.", "id", None),
]  # fmt: skip


@pytest.mark.parametrize(("body", "lang", "expected"), INFERENCE)
def test_inference_from_body_bounds(body: str, lang: str, expected: str | None) -> None:
    got = resolve_publication(stale(body, lang))
    assert "date_conflict" in got.flags
    assert got.page_date == date(2022, 12, 9)
    assert got.published_at_local == expected
    assert got.published_source == ("inferred" if expected else None)


def test_inference_without_any_printed_date() -> None:
    body = "Menlu akan bertemu Presiden pada Selasa, 16 Januari 2024. Rapat digelar Selasa pagi."
    got = resolve_publication(page(lang="id", body=body))
    assert got.published_at_local == "2024-01-16"
    assert got.flags == ()

"""Printed date formats and the choice of publication date, including the seeds' traps."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kabar.dates import looks_like_date, parse_datetime, resolve_publication
from kabar.model import CleanArticle, DateCandidate

SEEDS = Path(__file__).parent.parent / "seeds"

FORMATS = [
    ("oleh X diperbarui 05 Nov 2024, 11:25 WIB", "id", "2024-11-05T11:25:00+07:00"),
    ("Jumat, 19 Januari 2024 / 18:34 WIB", "id", "2024-01-19T18:34:00+07:00"),
    ("Selasa, 16 Februari 2016 | 14:11 WIB", "id", "2016-02-16T14:11:00+07:00"),
    ("Kamis, 05/11/2015 10:08 WIB", "id", "2015-11-05T10:08:00+07:00"),
    ("5 November 2015 - 15:56 wib", "id", "2015-11-05T15:56:00+07:00"),
    ("16 Feb 2016 at 09:10 WIB", "id", "2016-02-16T09:10:00+07:00"),
    ("Senin, 4 Nov 2024 pukul 10.30 WITA", "id", "2024-11-04T10:30:00+08:00"),
    ("Rabu, 2 Okt 2024 08:00 WIT", "id", "2024-10-02T08:00:00+09:00"),
    ("Senin, 4 November 2024 21:05", "id", "2024-11-04T21:05:00+07:00"),  # no zone: WIB assumed
    ("12 Agu 2023 14:00 GMT+7", "id", "2023-08-12T14:00:00+07:00"),
    ("DECEMBER 9, 2022", "en", "2022-12-09"),
    ("Updated 1:22 PM ET, Tue November 19, 2019", "en", "2019-11-19T13:22:00-05:00"),
    ("Published July 4, 2023 9:15 AM ET", "en", "2023-07-04T09:15:00-04:00"),
    ("Published 3 June 2024 10:00 BST", "en", "2024-06-03T10:00:00+01:00"),
    ("2024-11-05T04:25:00Z", "id", "2024-11-05T04:25:00+00:00"),
    ("2024-11-05T11:25:00+07:00", "en", "2024-11-05T11:25:00+07:00"),
    ("2024-06-18", "id", "2024-06-18"),
    ("March 3, 2024 14:30 UTC", "en", "2024-03-03T14:30:00+00:00"),
]


@pytest.mark.parametrize(("text", "lang", "local"), FORMATS)
def test_parse_datetime_formats(text: str, lang: str, local: str) -> None:
    parsed = parse_datetime(text, lang)
    assert parsed is not None
    assert parsed.local_iso() == local


def test_parse_datetime_none_without_date() -> None:
    assert parse_datetime("pukul 10.30 WIB") is None
    assert parse_datetime("Harga naik 10.000 rupiah") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Diterbitkan 05 Nov 2024, 11:25 WIB", True),
        ("oleh Benedikta Miranti T.V diperbarui 05 Nov 2024, 11:25 WIB", True),
        ("Jumat, 3 Oktober 2025", True),
        ("DECEMBER 9, 2022", True),
        ("2 jam yang lalu", True),
        ("Vladimir Putin dan Kim Jong Un di Pyongyang, Rabu (19/6/2024).", False),
        ("Sumber: Reuters | Editor: Noverius Laoli", False),
        ("Internasional", False),
    ],
)
def test_looks_like_date(line: str, expected: bool) -> None:
    assert looks_like_date(line) is expected


def article(
    body: str, *candidates: DateCandidate, subtitle: str | None = None, lang: str = "id"
) -> CleanArticle:
    return CleanArticle(
        "x.txt", "Judul", body, language=lang, subtitle=subtitle, date_candidates=list(candidates)
    )


def test_byline_beats_today_widget() -> None:
    a = article(
        "Menteri tiba di Jakarta pada Senin (4/11/2024).",
        DateCandidate("Sabtu, 5 April 2025", "header", "unknown", 0),
        DateCandidate("Penulis: Ani | Diterbitkan Selasa, 5 November 2024 09:00 WIB", "byline", "unknown", 4),
    )
    got = resolve_publication(a)
    assert got.published_at_local == "2024-11-05T09:00:00+07:00"
    assert got.published_source == "byline"
    assert got.page_date == date(2025, 4, 5)
    assert "page_date_ignored" in got.flags


def test_meta_beats_bare_header() -> None:
    a = article(
        "Isi berita.",
        DateCandidate("12 Maret 2024", "header", "unknown", 0),
        DateCandidate("2024-03-11T22:10:00+07:00", "meta", "published"),
    )
    got = resolve_publication(a)
    assert got.published_at == datetime(2024, 3, 11, 15, 10, tzinfo=UTC)
    assert got.published_source == "meta"


def test_updated_not_before_published() -> None:
    a = article(
        "Isi berita.",
        DateCandidate("Diterbitkan 10 Mei 2024, 08:00 WIB", "byline", "unknown", 3),
        DateCandidate("Diperbarui 09 Mei 2024, 08:00 WIB", "byline", "unknown", 4),
    )
    got = resolve_publication(a)
    assert got.published_at_local == "2024-05-10T08:00:00+07:00"
    assert got.updated_at is None


def test_updated_role_from_marker_not_hint() -> None:
    a = article(
        "Isi berita.",
        DateCandidate(
            "Diterbitkan 10 Mei 2024, 08:00 WIB Diperbarui 10 Mei 2024, 12:30 WIB", "byline", "published", 3
        ),
    )
    got = resolve_publication(a)
    assert got.published_at_local == "2024-05-10T08:00:00+07:00"
    assert got.updated_at_local == "2024-05-10T12:30:00+07:00"


def test_date_only_keeps_bare_local_date() -> None:
    got = resolve_publication(
        article("Isi berita.", DateCandidate("Kamis, 2 Mei 2024", "byline", "unknown", 2))
    )
    assert got.published_at_local == "2024-05-02"
    assert got.published_at == datetime(2024, 5, 1, 17, 0, tzinfo=UTC)  # 00:00 WIB


def test_future_announcement_long_after_page_date_is_a_conflict() -> None:
    a = article(
        "Presiden akan berkunjung ke Tokyo pada Rabu, 10 Juli 2024, kata juru bicara.",
        DateCandidate("MARCH 2, 2021", "header", "unknown", 0),
        lang="id",
    )
    got = resolve_publication(a)
    assert got.published_at is None  # the announcement alone does not say how far ahead it lies
    assert got.page_date == date(2021, 3, 2)
    assert "date_conflict" in got.flags


def test_reported_past_event_after_page_date_is_a_conflict() -> None:
    a = article(
        "Gempa mengguncang Cianjur pada Senin (21/11/2022).",
        DateCandidate("1 Juni 2020", "header", "unknown", 0),
    )
    assert "date_conflict" in resolve_publication(a).flags


def test_hari_ini_in_subtitle_dates_the_article() -> None:
    a = article(
        "Rapat berlangsung tertutup.",
        DateCandidate("Sabtu, 4 Januari 2025", "header", "unknown", 0),
        subtitle="DPR menggelar rapat paripurna pada Kamis (12/9/2024) hari ini.",
    )
    got = resolve_publication(a)
    assert got.published_at_local == "2024-09-12"
    assert got.published_source == "inferred"
    assert got.page_date == date(2025, 1, 4)


def test_consistent_page_date_is_kept() -> None:
    a = article(
        "Banjir melanda Jakarta pada Senin (4/11/2024) dan kemarin.",
        DateCandidate("5 November 2024", "header", "unknown", 0),
    )
    got = resolve_publication(a)
    assert got.published_at_local == "2024-11-05"
    assert got.flags == ()


def _seed(name: str) -> list[str]:
    return (SEEDS / name).read_text(encoding="utf-8").split("\n")


def test_seed_000_byline() -> None:
    lines = _seed("000_a8757bb4fb7aa383.txt")
    a = article(
        "\n".join(lines[9:]),
        DateCandidate(lines[4], "byline", "updated", 4),
        DateCandidate(lines[5], "byline", "published", 5),
    )
    got = resolve_publication(a)
    assert got.published_at_local == "2024-11-05T11:25:00+07:00"
    assert got.updated_at_local == "2024-11-05T11:25:00+07:00"


def test_seed_001_header_contradicted_by_future_meeting() -> None:
    lines = _seed("001_7ca8ba51c7a44970.txt")
    got = resolve_publication(article("\n".join(lines[8:]), DateCandidate(lines[0], "header", "unknown", 0)))
    assert got.published_at is None or got.published_at_local in ("2024-01-15", "2024-01-16")
    assert got.page_date == date(2022, 12, 9)
    assert "date_conflict" in got.flags


def test_seed_002_widget_date_and_hari_ini_subtitle() -> None:
    lines = _seed("002_3affd82334d850f0.txt")
    got = resolve_publication(
        article("\n".join(lines[10:]), DateCandidate(lines[0], "header", "unknown", 0), subtitle=lines[6])
    )
    assert got.published_at_local == "2024-06-18"
    assert got.page_date == date(2025, 10, 3)
    assert got.updated_at is None


def test_seed_004_header_with_time() -> None:
    lines = _seed("004_b0aaa6fdb9848722.txt")
    header = next(line for line in lines if "18:34" in line)
    got = resolve_publication(article("\n".join(lines[24:]), DateCandidate(header, "header", "unknown", 20)))
    assert got.published_at_local == "2024-01-19T18:34:00+07:00"
    assert got.flags == ()


@pytest.mark.parametrize(
    ("line", "lang", "assumed"),
    [
        ("Rabu, 6 Maret 2024 10:15", "id", True),  # no zone printed: WIB by the language's habit
        ("Rabu, 6 Maret 2024 10:15 WITA", "id", False),
        ("Posted March 6, 2024 10:15 AM", "en", True),  # no zone and no known outlet zone
        ("Posted March 6, 2024 10:15 AM GMT", "en", False),
        ("March 6, 2024", "en", False),  # a date alone has no offset to assume
    ],
)
def test_an_offset_not_printed_is_flagged_as_assumed(line: str, lang: str, assumed: bool) -> None:
    found = resolve_publication(article("Teks.", DateCandidate(line, "byline", "published", 2), lang=lang))
    assert found.published_at is not None
    assert ("timezone_assumed" in found.flags) is assumed

"""Which printed date to trust when sources disagree: today-widgets against real header dates, stale
`<meta>` blocks against visible bylines and the text, and meta values off by minutes (zone errors) or by
years. Pages written for this table (not the seeds); 2 June 2025 is a Monday, 15 April 2025 a Tuesday,
20 January 2025 a Monday."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from kabar.dates import resolve_publication
from kabar.model import CleanArticle, DateCandidate, PublicationDates


def header(text: str, no: int = 0) -> DateCandidate:
    return DateCandidate(text, "header", "unknown", no)


def byline(text: str, no: int = 14, role: str = "unknown") -> DateCandidate:
    return DateCandidate(text, "byline", role, no)  # type: ignore[arg-type]


def meta(text: str, role: str = "published") -> DateCandidate:
    return DateCandidate(text, "meta", role)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Case:
    """A page's date candidates and text, and what a reader of the page would call its dates."""

    name: str
    candidates: tuple[DateCandidate, ...]
    body: str
    published: str | None
    lang: str = "id"
    captions: tuple[str, ...] = ()
    site: str | None = None
    dateline: str | None = None
    page_date: str | None = None
    conflict: bool = False
    updated: str | None = "*"  # "*": not checked
    flags_absent: tuple[str, ...] = field(default=())


WIDGET_ID = header("Senin, 2 Juni 2025")
WIDGET_EN = header("Monday, June 2, 2025")
OLD_ID = (
    "Kebijakan itu tertuang dalam surat edaran yang ditandatangani di Balai Kota, Selasa (15/4/2025).\n\n"
    "Sejumlah orang tua menyambut baik kebijakan tersebut."
)
OLD_EN = (
    "The council approved the plan on Tuesday, April 15, 2025, after a long debate.\n\n"
    "Residents said they welcomed the decision."
)
INAUGURATION = (
    "Donald Trump was sworn in Monday as the 47th president, four years after he left Washington.\n\n"
    "Frigid temperatures forced the ceremony inside the Capitol Rotunda."
)
INAUGURATION_CAPTION = (
    "President Donald Trump takes the oath of office in Washington, Monday, Jan. 20, 2025.",
)

CASES = [
    # --- bare dates above the headline: today-widget or the article's date ---------------------------
    Case("widget only, body weeks older (id)", (WIDGET_ID,), OLD_ID, None, page_date="2025-06-02"),
    Case("widget only, body weeks older (en)", (WIDGET_EN,), OLD_EN, None, lang="en", page_date="2025-06-02"),
    Case("widget only, the body's date with hari ini dates the story", (WIDGET_ID,),
         "Wali kota menandatangani surat edaran itu pada Selasa (15/4/2025) hari ini.", "2025-04-15",
         page_date="2025-06-02", conflict=True),
    Case("widget equals the real date: the body names the day", (WIDGET_ID,),
         "Banjir merendam ratusan rumah di Bekasi, Senin (2/6/2025).", "2025-06-02"),
    Case("widget equals the real date: yearless weekday date", (WIDGET_ID,),
         "Banjir merendam ratusan rumah di Bekasi, Senin (2/6).", "2025-06-02"),
    Case("widget a day after the body's only date, no anchor: unconfirmed", (WIDGET_ID,),
         "Polisi menangkap dua tersangka pada Minggu (1/6/2025) malam.", None, page_date="2025-06-02"),
    Case("widget days after the body's dates, no anchor: unconfirmed", (WIDGET_ID,),
         "Kasus itu terungkap pada Senin (26/5/2025). Polisi masih memeriksa saksi.", None,
         page_date="2025-06-02"),
    Case("widget two days after the body's weekday date (en): unconfirmed",
         (header("Wednesday, January 22, 2025"),),
         "The minister spoke to reporters on Monday, January 20, 2025, in Jakarta.", None, lang="en",
         page_date="2025-01-22"),
    Case("real header date, body says kemarin beside the day before", (WIDGET_ID,),
         "Polisi menangkap dua tersangka kemarin, Minggu (1/6/2025) malam.", "2025-06-02"),
    Case("real header date equal to the body's weekday date", (header("Senin, 20 Januari 2025"),),
         "Banjir merendam ratusan rumah di Bekasi, Senin (20/1/2025).", "2025-01-20"),
    Case("real header date, body a day earlier, byline marker", (header("Diperbarui: Senin, 2 Juni 2025"),),
         "Polisi menangkap dua tersangka pada Minggu (1/6/2025) malam.", "2025-06-02"),
    Case("real date below the headline, body a day earlier", (byline("Senin, 2 Juni 2025"),),
         "Polisi menangkap dua tersangka pada Minggu (1/6/2025) malam.", "2025-06-02"),
    Case("real header date, body says hari ini beside older dates", (WIDGET_ID,),
         "Sidang lanjutan digelar hari ini. Kasus itu bermula pada Senin (3/3/2025).", "2025-06-02"),
    Case("bare header date, body prints no date: nothing contradicts it", (WIDGET_ID,),
         "Menteri itu berbicara kepada wartawan di kantornya.", "2025-06-02"),
    Case("header date with a time is a stamp, not a widget", (header("Senin, 2 Juni 2025 | 14:05 WIB"),),
         OLD_ID, "2025-06-02T14:05:00+07:00"),
    Case("marked header date is a byline", (header("Diterbitkan: Senin, 2 Juni 2025"),), OLD_ID,
         "2025-06-02"),
    Case("widget and a marked byline",
         (WIDGET_ID, byline("Penulis: Ani | Selasa, 15 April 2025 09:10 WIB")), OLD_ID,
         "2025-04-15T09:10:00+07:00", page_date="2025-06-02"),
    Case("outdated widget yields to the URL's date",
         (WIDGET_ID, DateCandidate("2025-04-15", "url", "published")), OLD_ID,
         "2025-04-15", page_date="2025-06-02", conflict=True),
    # --- <meta> against visible dates and the text ---------------------------------------------------
    Case("stale meta block, visible update, dated caption",
         (meta("2021-06-03T14:00:00Z"), meta("2021-06-03T14:00:00Z", "updated"),
          byline("Updated 3:42 PM EST, January 20, 2025", role="updated")),
         INAUGURATION, "2025-01-20T15:42:00-05:00", lang="en", captions=INAUGURATION_CAPTION,
         conflict=True, updated="2025-01-20T15:42:00-05:00"),
    Case("stale meta block denies the visible update, text undated",
         (meta("2021-06-03T14:00:00Z"), meta("2021-06-03T14:00:00Z", "updated"),
          byline("Updated 3:42 PM EST, January 20, 2025", role="updated")),
         INAUGURATION, "2025-01-20T15:42:00-05:00", lang="en", conflict=True),
    Case("stale meta block, update role from the page's element, dated body",
         (meta("2020-01-01T00:00:00+07:00"), meta("2020-01-01T00:00:00+07:00", "updated"),
          byline("Kamis, 13 Maret 2025 08:45 WIB", role="updated")),
         "Harga beras naik pada Rabu (12/3/2025), kata pedagang.", "2025-03-13T08:45:00+07:00",
         conflict=True),
    Case("old meta, genuine update years later, nothing contradicts the meta",
         (meta("2021-06-03T14:00:00Z"), byline("Updated 3:42 PM EST, January 20, 2025", role="updated")),
         "The guide explains how to file a tax return.", "2021-06-03T09:00:00-05:00", lang="en",
         updated="2025-01-20T15:42:00-05:00", flags_absent=("date_conflict",)),
    Case("meta contradicted by the body's past events, visible byline consistent",
         (meta("2019-02-01T08:00:00+07:00"), byline("Senin, 6 Januari 2025 10:00 WIB")),
         "Gempa mengguncang Cianjur pada Minggu (5/1/2025) dan merusak ratusan rumah.",
         "2025-01-06T10:00:00+07:00", conflict=True),
    Case("meta years off, only a bare header besides: the header is the visit's date",
         (header("Senin, 2 Juni 2025"), meta("2021-06-03T14:00:00+07:00")),
         "Menteri itu berbicara kepada wartawan di kantornya.", "2021-06-03T14:00:00+07:00",
         page_date="2025-06-02"),
    Case("meta labels WIB wall-clock time as UTC: the byline shows the instant",
         (meta("2024-03-11T11:25:00Z"), byline("11 Mar 2024, 11:25 WIB")),
         "Isi berita.", "2024-03-11T11:25:00+07:00"),
    Case("meta and byline agree to the minute in different offsets",
         (meta("2024-03-11T04:25:00Z"), byline("11 Mar 2024, 11:25 WIB")),
         "Isi berita.", "2024-03-11T11:25:00+07:00"),
    Case("marked byline minutes away from meta: the page shows the byline",
         (meta("2024-03-11T11:20:00+07:00"), byline("Diterbitkan 11 Mar 2024, 11:25 WIB")),
         "Isi berita.", "2024-03-11T11:25:00+07:00"),
    Case("meta with seconds labels MYT wall-clock time as UTC: the byline shows the minute",
         (meta("2024-08-20T13:04:37+00:00"), byline("20 Aug 2024 1:04 PM")),
         "The minister spoke to reporters.", "2024-08-20T13:04:00+08:00", lang="en", site="example.com.my"),
    Case("meta labels MYT wall-clock time as UTC, zone from the dateline",
         (meta("2024-08-20T13:04:00+00:00"), byline("20 Aug 2024 1:04 PM")),
         "The minister spoke to reporters.", "2024-08-20T13:04:00+08:00", lang="en", dateline="KUALA LUMPUR"),
    Case("meta UTC and a zone-less byline eight hours later agree: the byline's zone",
         (meta("2024-08-20T05:04:00+00:00"), byline("20 Aug 2024 1:04 PM")),
         "The minister spoke to reporters.", "2024-08-20T13:04:00+08:00", lang="en"),
    Case("meta days after a visible timed byline: the byline, meta's date kept",
         (meta("2024-08-23T09:00:00+07:00"), byline("20/08/2024 15:40 WIB")),
         "Isi berita.", "2024-08-20T15:40:00+07:00", page_date="2024-08-23", conflict=True),
    Case("meta days before a visible timed byline: the meta (the byline may be an update)",
         (meta("2024-08-17T09:00:00+07:00"), byline("20/08/2024 15:40 WIB")),
         "Isi berita.", "2024-08-17T09:00:00+07:00", flags_absent=("date_conflict",)),
    Case("meta days after a bare header date: a widget does not overrule the meta",
         (meta("2024-08-23T09:00:00+07:00"), header("Selasa, 20 Agustus 2024")),
         "Isi berita.", "2024-08-23T09:00:00+07:00", flags_absent=("date_conflict",)),
    Case("meta time and a date-only byline on that day: the meta instant",
         (meta("2024-03-11T11:20:00+07:00"), byline("Senin, 11 Maret 2024")),
         "Isi berita.", "2024-03-11T11:20:00+07:00"),
]  # fmt: skip


def resolve(case: Case) -> PublicationDates:
    article = CleanArticle(
        "x.txt",
        "Judul",
        case.body,
        language=case.lang,
        captions=list(case.captions),
        site=case.site,
        dateline=case.dateline,
        date_candidates=list(case.candidates),
    )
    return resolve_publication(article)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_trusted_publication_date(case: Case) -> None:
    got = resolve(case)
    assert got.published_at_local == case.published
    if case.page_date is not None:
        assert got.page_date == date.fromisoformat(case.page_date)
        assert "page_date_ignored" in got.flags
    assert ("date_conflict" in got.flags) is case.conflict
    if case.updated != "*":
        assert got.updated_at_local == case.updated
    assert not set(case.flags_absent) & set(got.flags)


def test_table_covers_each_class() -> None:
    names = " ".join(c.name for c in CASES)
    assert len(CASES) >= 15
    for word in (
        "widget",
        "real header",
        "stale meta",
        "minutes",
        "years",
        "MYT",
        "days after",
        "unconfirmed",
    ):
        assert word in names, word


def test_rejected_widget_is_never_an_update() -> None:
    got = resolve(CASES[0])
    assert got.published_at is None and got.updated_at is None

"""Dates of other stories printed near the headline (dated items under 'Artikel Terkait', 'Latest',
'Popular' labels, or a stray headline over its stamp), hour-only clocks ('3 AM PT', '11pm'), and zones of
outlets in countries with several daylight-saving rules. Pages and lines written for this table.

Facts used: US daylight saving began 9 March 2025 and ended 2 November 2025; south-eastern Australia's
ended 6 April 2025 (Queensland and Western Australia keep none)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kabar.clean.pages import clean_pages
from kabar.dates import resolve_publication
from kabar.dates.parse import parse_datetime
from kabar.dates.zones import dateline_zone, site_zone
from kabar.model import CleanArticle, DateCandidate
from kabar.read import page_kind, read_page

BODY_ID = [
    "JAKARTA - Pemerintah daerah mulai menyalurkan bantuan beras kepada keluarga penerima manfaat di "
    "sejumlah kecamatan sejak pekan lalu, kata kepala dinas sosial setempat kepada wartawan.",
    "Penyaluran dilakukan bertahap melalui kantor pos dan balai desa agar warga tidak perlu antre lama. "
    "Setiap keluarga menerima sepuluh kilogram beras untuk dua bulan ke depan.",
    "Menurut data dinas, jumlah penerima tahun ini naik dibandingkan tahun sebelumnya karena pendataan "
    "ulang yang dilakukan bersama perangkat desa dan pendamping sosial.",
    '"Kami minta warga melapor bila ada bantuan yang tidak sampai atau jumlahnya kurang," ujar dia di '
    "kantornya.",
]
BODY_EN = [
    "City officials said on Thursday that the new ferry service would begin carrying passengers next "
    "month after a delay caused by repairs to the main terminal.",
    "The service will run every half hour during the morning and evening peaks and hourly at other "
    "times, the transport department said in a statement.",
    "Commuters who live on the eastern shore have waited more than two years for the route, which was "
    "first promised during the last election campaign.",
    '"We know people have been patient, and we thank them for it," the transport minister told '
    "reporters at the terminal.",
]


def page(name: str, header: list[str], body: list[str]) -> CleanArticle:
    text = "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"
    read = read_page(name, text.encode(), page_kind(name), 1_000_000)  # type: ignore[arg-type]
    article = clean_pages([read])[0]  # type: ignore[list-item]
    assert isinstance(article, CleanArticle), article
    return article


@dataclass(frozen=True)
class PageCase:
    name: str
    header: list[str]
    published: str | None  # published_at_local, None: no date at all
    lang: str = "id"


PAGE_CASES = [
    PageCase(
        "related_label_with_dated_items_under_the_title",
        [
            "Beranda",
            "Daerah",
            "Rabu, 9 April 2025 | 08:15 WIB",
            "Bantuan Beras Mulai Disalurkan ke Ribuan Keluarga di Kabupaten Lebak",
            "Penulis: Dewi Kartika | Editor: Hendra Saputra",
            "Artikel Terkait",
            "Harga Gabah Petani Turun Menjelang Musim Panen Raya di Banten",
            "Senin, 7 April 2025 | 14:02 WIB",
            "Gudang Bulog Serang Siap Tampung Hasil Panen Petani Lokal",
            "Selasa, 8 April 2025 | 19:45 WIB",
        ],
        "2025-04-09T08:15:00+07:00",
    ),
    PageCase(
        "popular_list_between_title_and_body_newer_than_article",
        [
            "Kamis, 3 April 2025 10:20 WIB",
            "Bantuan Beras Mulai Disalurkan ke Ribuan Keluarga di Kabupaten Lebak",
            "Terpopuler",
            "Jalan Provinsi Rusak Parah Setelah Diguyur Hujan Deras Tiga Hari",
            "5 April 2025 07:10 WIB",
            "Pasar Murah Digelar di Lima Kecamatan Menjelang Lebaran",
            "6 April 2025 09:30 WIB",
        ],
        "2025-04-03T10:20:00+07:00",
    ),
    PageCase(
        "stray_headline_with_its_own_stamp_after_the_byline",
        [
            "Bantuan Beras Mulai Disalurkan ke Ribuan Keluarga di Kabupaten Lebak",
            "Jumat, 11 April 2025 pukul 16.40 WIB",
            "Oleh: Dewi Kartika",
            "Pilihan Redaksi",
            "Warga Bantaran Sungai Diminta Waspada Banjir Kiriman dari Hulu",
            "Rabu, 9 April 2025 | 06:05 WIB",
        ],
        "2025-04-11T16:40:00+07:00",
    ),
    PageCase(
        "latest_list_items_alone_date_nothing",
        [
            "Bantuan Beras Mulai Disalurkan ke Ribuan Keluarga di Kabupaten Lebak",
            "Berita Terkini",
            "Jalan Provinsi Rusak Parah Setelah Diguyur Hujan Deras Tiga Hari",
            "12 April 2025",
            "Pasar Murah Digelar di Lima Kecamatan Menjelang Lebaran",
            "13 April 2025",
        ],
        None,
    ),
    PageCase(
        "english_most_read_list_under_the_dateline_byline",
        [
            "Ferry service to eastern shore to start next month after terminal repairs",
            "By Jordan Avery",
            "April 10, 2025 — 6.05pm EDT",
            "Most popular",
            "Storm warning issued for coastal towns as king tides approach",
            "April 12, 2025 — 9.00am EDT",
        ],
        "2025-04-10T18:05:00-04:00",
        "en",
    ),
    PageCase(
        "standfirst_without_full_stop_over_the_date_under_a_widget",
        [
            "Selasa, 15 April 2025",
            "Bantuan Beras Mulai Disalurkan ke Ribuan Keluarga di Kabupaten Lebak",
            "Sepuluh kilogram beras untuk setiap keluarga penerima selama dua bulan ke depan",
            "Senin, 14 April 2025 | 13:25 WIB",
        ],
        "2025-04-14T13:25:00+07:00",
    ),
    PageCase(
        "undated_related_headlines_over_the_title_leave_its_date",
        [
            "Daerah",
            "Artikel Terkait",
            "Harga Gabah Petani Turun Menjelang Musim Panen Raya di Banten",
            "Gudang Bulog Serang Siap Tampung Hasil Panen Petani Lokal",
            "",
            "Bantuan Beras Mulai Disalurkan ke Ribuan Keluarga di Kabupaten Lebak",
            "Warta Lebak - 16/04/2025, 09:50 WIB",
        ],
        "2025-04-16T09:50:00+07:00",
    ),
    PageCase(
        "byline_over_its_date_under_a_nav_label_is_the_articles",
        [
            "Latest",
            "Ferry service to eastern shore to start next month after terminal repairs",
            "By Jordan Avery and Sam Okafor",
            "Updated 4:10 PM EDT, April 10, 2025",
        ],
        "2025-04-10T16:10:00-04:00",
        "en",
    ),
]


@pytest.mark.parametrize("case", PAGE_CASES, ids=lambda c: c.name)
def test_other_stories_dates_are_no_candidates(case: PageCase) -> None:
    body = BODY_ID if case.lang == "id" else BODY_EN
    dates = resolve_publication(page(f"{case.name}.txt", case.header, body))
    assert dates.published_at_local == case.published


CLOCKS = [
    ("March 9, 2025 3 AM PT", "2025-03-09T03:00:00-07:00"),  # the day daylight saving began
    ("March 8, 2025 11 p.m. PT", "2025-03-08T23:00:00-08:00"),
    ("Nov. 3, 2025, 9am ET", "2025-11-03T09:00:00-05:00"),
    ("7 PM CT on March 10, 2025", "2025-03-10T19:00:00-05:00"),
    ("12 a.m. ET, June 2, 2025", "2025-06-02T00:00:00-04:00"),
    ("June 2, 2025 12pm MT", "2025-06-02T12:00:00-06:00"),
    ("2 April 2025, 6pm AET", "2025-04-02T18:00:00+11:00"),
    ("20 January 2025 7.15pm ACDT", "2025-01-20T19:15:00+10:30"),
]


@pytest.mark.parametrize(("text", "expected"), CLOCKS)
def test_hour_only_clock_with_meridiem(text: str, expected: str) -> None:
    parsed = parse_datetime(text, "en")
    assert parsed is not None and parsed.local_iso() == expected


@pytest.mark.parametrize(
    "text",
    ["June 2, 2025 13 AM PT", "Rp 3 miliar, 2 Juni 2025", "2 Juni 2025, 15 am-bulan"],
)
def test_no_clock_without_a_real_hour_and_meridiem(text: str) -> None:
    parsed = parse_datetime(text, "en")
    assert parsed is not None and parsed.time is None


ZONES = [
    ("theage.com.au", "April 2, 2025 — 5.30am", "2025-04-02T05:30:00+11:00"),
    ("www.theage.com.au", "April 10, 2025 — 5.30am", "2025-04-10T05:30:00+10:00"),
    ("brisbanetimes.com.au", "April 2, 2025 — 5.30am", "2025-04-02T05:30:00+10:00"),
    ("watoday.com.au", "April 2, 2025 — 5.30am", "2025-04-02T05:30:00+08:00"),
    ("adelaidenow.com.au", "January 20, 2025 — 7.15pm", "2025-01-20T19:15:00+10:30"),
    ("example.com.au", "April 2, 2025 — 5.30am", "2025-04-02T05:30:00+11:00"),
]


@pytest.mark.parametrize(("site", "printed", "expected"), ZONES)
def test_zone_less_time_in_the_outlets_city(site: str, printed: str, expected: str) -> None:
    article = CleanArticle(
        "x.txt",
        "Ferry service",
        "\n\n".join(BODY_EN),
        language="en",
        site=site,
        date_candidates=[DateCandidate(printed, "byline", "unknown", 3)],
    )
    dates = resolve_publication(article)
    assert dates.published_at_local == expected
    assert "timezone_assumed" in dates.flags


@pytest.mark.parametrize(
    ("place", "zone"),
    [("BRISBANE", "Australia/Brisbane"), ("Darwin", "Australia/Darwin"), ("Phoenix", "America/Phoenix")],
)
def test_dateline_cities_with_their_own_daylight_rules(place: str, zone: str) -> None:
    assert dateline_zone(place) == zone


def test_country_suffix_still_answers_for_unlisted_outlets() -> None:
    assert site_zone("news.example.com.au") == "Australia/Sydney"

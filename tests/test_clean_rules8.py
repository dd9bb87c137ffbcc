"""Metadata rules from blind set 8, on lines and pages written here: datelines with an outlet's name or a
full stop, rubric and desk bylines, captions beside credits, lists of other stories in the header,
related lists inside the text, wire update notes, and a printed domain spelling the outlet's name."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.byline import is_person
from kabar.clean.byline_names import names_in_line
from kabar.clean.captions import has_credit
from kabar.clean.classify import BOILER, classify_lines
from kabar.clean.dateline import parse_dateline
from kabar.clean.lines import split_lines
from kabar.clean.related import mark_list_items

PROSE = [
    "The regional water utility said on Monday that reservoir levels had fallen to their lowest in a "
    "decade, and that rationing would begin in the eastern suburbs next week.",
    "Engineers plan to pump water from two disused quarries into the network while a pipeline from the "
    "northern dam is repaired, a utility spokesperson told reporters at a briefing.",
    "Farmers in the valley said their wells had already run dry and that some had sold livestock they "
    "could no longer water, while others are trucking supplies from neighbouring towns.",
    "The utility expects the first heavy rains of the season in about six weeks but warned that "
    "restrictions could last into the new year if the forecast proves wrong.",
]
HEADLINE = "Reservoirs fall to decade low as utility readies water rationing in suburbs"
TEKS = [
    "Pemerintah kota mulai membagikan air bersih kepada warga di tiga kecamatan yang dilanda kekeringan "
    "sejak awal bulan ini, kata kepala dinas sosial kepada wartawan, Senin.",
    "Sebanyak dua belas truk tangki dikerahkan setiap hari untuk mengisi penampungan di balai desa dan "
    "masjid, sementara warga diminta menghemat pemakaian air untuk mandi dan mencuci.",
    "Dinas pertanian mencatat ratusan hektare sawah gagal panen karena irigasi mengering, dan petani "
    "berharap pemerintah memberi bantuan benih untuk musim tanam berikutnya.",
]
LINKED = [
    "Farmers sell cattle as wells run dry across the valley",
    "Why the northern dam pipeline keeps failing",
]
JUDUL = "Kekeringan Meluas, Pemkot Bagikan Air Bersih ke Tiga Kecamatan"


@pytest.mark.parametrize(
    ("text", "place", "outlet"),
    [
        ("Surabaya (Harian Jatim). Pemerintah kota mulai membagikan air bersih", "Surabaya", None),
        (
            "Katadata, Jakarta - Pemerintah menaikkan harga bahan bakar mulai pekan depan",
            "Jakarta",
            "Katadata",
        ),
    ],
)
def test_dateline_shapes(text: str, place: str, outlet: str | None) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.outlet) == (place, outlet)


@pytest.mark.parametrize(
    "text",
    [
        "Komisi Pemberantasan (KPK). Lembaga itu menyatakan penyidikan masih berjalan",  # no known place
        "Anak Muda, Jakarta - Komunitas itu menggelar acara musik di taman kota",  # no known outlet
    ],
)
def test_no_dateline(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Redaksi Kabar Kota", False),
        ("Metro Desk", False),
        ("GMA Integrated News", False),
        ("Tim Hartono", True),  # 'Tim' is a first name, not a team
        ("Rina Hartati", True),
    ],
)
def test_desks_are_no_persons(name: str, expected: bool) -> None:
    assert is_person(name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ekonomi - Rina Hartati, Katadata", ["Rina Hartati"]),
        ("Ekonomi - Rina Hartati", []),  # no outlet closes it: no byline shape
        ("Rina Hartati, Katadata", ["Rina Hartati"]),
    ],
)
def test_rubric_before_byline(text: str, expected: list[str]) -> None:
    assert names_in_line(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warga mengantre air bersih di balai desa, Senin (2/6/2025). (ARIF BUDI FOR HARIAN KOTA)", True),
        ("Warga mengantre air bersih di balai desa, Senin (2/6/2025). (Sumber: Kota.tv/Ant)", True),
        ("Crews inspect the dry reservoir near the dam. Metro News Service/Ana Ruiz", True),
        ("Inflasi bulan Mei tercatat 2,1 persen. (Sumber: BPS)", False),  # a data source, no photo
    ],
)
def test_credit_shapes(text: str, expected: bool) -> None:
    assert bool(has_credit(text)) is expected


def test_domain_credit_leaves_caption_beside_it() -> None:
    caption = "Warga mengantre air bersih dari truk tangki di balai desa, Senin (2/6/2025)."
    article = clean(page(JUDUL, "\n".join([caption, "Foto: KOTA-NEWS.COM/Andi Saputra"]), *TEKS))
    assert article.captions == [caption]


def test_long_caption_between_credit_and_byline() -> None:
    caption = (
        "KEKERINGAN - Warga mengantre air bersih dari truk tangki di balai desa, Senin (2/6/2025). Sumur "
        "warga mengering sejak awal bulan sehingga mereka bergantung pada kiriman air dari pemerintah kota."
    )
    header = "\n".join(
        [JUDUL, "Penulis: Rina Hartati", "HARIANKOTA.COM/ANDI SAPUTRA", caption, "Laporan Rina"]
    )
    article = clean(page(header, *TEKS))
    assert article.captions == [caption]
    assert caption not in article.body


@pytest.mark.parametrize(
    "note",
    [
        "— With assistance from Ana Ruiz and Tom Berg",
        "(Updates with minister's comments from fifth paragraph.)",
    ],
)
def test_wire_update_notes_leave_body(note: str) -> None:
    article = clean(page(HEADLINE, *PROSE, note))
    assert note not in article.body
    assert PROSE[-1] in article.body


def test_other_stories_under_list_label_are_no_title() -> None:
    header = "\n".join(
        [
            "Markets",
            "Economics",
            "Technology",
            "Politics",
            "Opinion",
            "Economics",
            HEADLINE,
            "Officials say rationing could last into the new year if the rains come late",
            "Gift this article",
            "Listen",
            "By Ana Ruiz",
            "June 2, 2025 at 9:15 AM",
            "Most Read from Metro",
            "Stadium deal collapses after council vote on funding",
            "Ferry fares to rise for the first time in six years",
            "Teachers vote to strike over pay offer in three districts",
            "Advertisement",
        ]
    )
    article = clean(page(header, *PROSE))
    assert article.title == HEADLINE
    assert "Ferry fares to rise for the first time in six years" not in article.title


def test_listed_headlines_are_no_authors() -> None:
    """The list ends above the photo; a headline straight above the text would be the page's own."""
    header = "\n".join(
        [
            JUDUL,
            "Terkini",
            "Harga Cabai Naik, Pedagang Pasar Mengeluh",
            "2 Juni 2025",
            "Jalan Lingkar Selatan Mulai Diperbaiki Pekan Depan",
            "1 Juni 2025",
            "Warga mengantre air bersih di balai desa, Senin (2/6/2025). (Foto: Andi Saputra/Harian Kota)",
        ]
    )
    article = clean(page(header, *TEKS))
    assert article.title == JUDUL
    assert article.authors == []


def test_more_on_topic_list_inside_text() -> None:
    items = LINKED
    article = clean(page(HEADLINE, *PROSE[:2], "More on the drought", "\n".join(items), *PROSE[2:]))
    assert article.related_titles == items


def test_read_more_list_between_paragraphs() -> None:
    items = LINKED
    article = clean(page(HEADLINE, *PROSE[:2], "Read more", "\n".join(items), *PROSE[2:]))
    assert article.related_titles == items


def test_spaced_related_list_keeps_every_item() -> None:
    items = LINKED
    article = clean(page(HEADLINE, *PROSE, "Related coverage:", *items, "Most Popular"))
    assert article.related_titles == items


def test_printed_domain_spelling_outlet_name_wins() -> None:
    article = clean(page("HARIANANALISA.ID\n" + JUDUL, *TEKS, "© 2025 Harian Analisa. All Rights Reserved."))
    assert article.site == "hariananalisa.id"


def test_gulf_agency_is_cited() -> None:
    text = PROSE[0].replace("said on Monday", "said on Monday, according to state news agency WAM,")
    article = clean(page(HEADLINE, text, *PROSE[1:]))
    assert "WAM" in article.cited_sources


@pytest.mark.parametrize(
    ("label", "marked"),
    [
        ("Most Read from Metro", True),
        ("Terkini", True),
        ("Watch Live", False),  # a player's label, not a list of stories
    ],
)
def test_list_label_marks_its_items(label: str, marked: bool) -> None:
    items = ["Stadium deal collapses after council vote on funding", "Ferry fares to rise for the first time"]
    lines = split_lines("\n".join([label, items[0], "June 1, 2025", items[1], "Advertisement"]))
    kinds = classify_lines(lines, frozenset())
    mark_list_items(lines, kinds)
    assert (kinds[1] == BOILER and kinds[3] == BOILER) is marked

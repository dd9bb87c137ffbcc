"""Clean-stage metadata on page shapes of many sites: marker-less bylines, outlets, datelines, captions,
related titles set inside the story, and the headline above its standfirst. Inputs are written for
these tests (not copied from the seeds or the held-out pages)."""

from __future__ import annotations

import pytest

from kabar.clean import clean_pages
from kabar.clean.byline import parse_byline
from kabar.clean.byline_names import names_in_line
from kabar.clean.captions import has_credit
from kabar.clean.dateline import own_line_dateline, parse_dateline
from kabar.clean.lines import split_lines
from kabar.clean.outlets import find_outlet, outlet_named
from kabar.clean.site import site_from_lines
from kabar.clean.sources import cited_sources
from kabar.model import CleanArticle, Page

PARAS = [
    "Pemerintah kota mulai membagikan bantuan beras kepada sebelas ribu keluarga yang terdampak banjir "
    "sejak Senin pagi, kata kepala dinas sosial kepada wartawan di balai kota.",
    "Bantuan itu disalurkan melalui kantor kelurahan dan posko pengungsian, dengan pengawasan petugas "
    "dari kepolisian serta relawan yang sudah terdaftar sejak pekan lalu.",
    "Warga yang belum menerima bantuan diminta melapor ke posko terdekat dengan membawa kartu keluarga "
    "agar data penerima dapat diperiksa dan diperbarui oleh petugas.",
    "Pemerintah juga menyiapkan dapur umum di tiga kecamatan yang paling parah terdampak banjir, dan "
    "berjanji menambah jumlahnya bila air belum surut hingga akhir pekan.",
]


def clean(text: str) -> CleanArticle:
    result = clean_pages([Page("page.txt", "text", text, "utf-8")])[0]
    assert isinstance(result, CleanArticle), result
    return result


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Budi Santoso, Jurnalis", ["Budi Santoso"]),
        ("Siti Rahmawati - detikFinance", ["Siti Rahmawati"]),
        ("Maria Lopez and Tom Becker in Geneva", ["Maria Lopez", "Tom Becker"]),
        ("Ana Putri Lestari, CNN Indonesia", ["Ana Putri Lestari"]),
        ("Kevin Lim and Rachel Tan (The Straits Times)", ["Kevin Lim", "Rachel Tan"]),
        ("Ahmad bin Ismail", ["Ahmad bin Ismail"]),
        ("Timur Tengah", []),
        ("Konflik Rusia Vs Ukraina", []),
        ("FacebookTwitterWhatsApp Salin", []),
        ("Berita Terkini Hari Ini", []),
        ("Rabu, 4 Desember 2024", []),
        ("CNN Indonesia", []),
    ],
)
def test_names_in_marker_less_byline_lines(text, names):
    assert names_in_line(text) == names


@pytest.mark.parametrize(
    ("text", "authors", "editors"),
    [
        ("Rep: Andi Wijaya/ Red: Budi Hartono", ["Andi Wijaya"], ["Budi Hartono"]),
        (
            "Reporting by Anna Lee in Seoul and Mark Cho in Tokyo; Editing by Sam Holmes",
            ["Anna Lee", "Mark Cho"],
            ["Sam Holmes"],
        ),
    ],
)
def test_labelled_bylines(text, authors, editors):
    assert parse_byline(text) == (authors, editors)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("© 2023 PT Kompas Cyber Media. All rights reserved", "kompas.com"),
        ("Copyright 2025 The Associated Press", "apnews.com"),
        ("© 2024 Al Jazeera Media Network", "aljazeera.com"),
        ("Copyright © LKBN ANTARA 2024", "antaranews.com"),
        ("Hak cipta © 2024 CNBC Indonesia", "cnbcindonesia.com"),
        ("Copyright 2024 CNBC", "cnbc.com"),
        ("Semua hak dilindungi undang-undang", None),
    ],
)
def test_outlet_named_in_a_line(text, domain):
    found = find_outlet(text)
    assert (found[1] if found else None) == domain


def test_outlet_names_are_whole_names_and_acronyms_keep_their_case():
    assert outlet_named("ANTARA News") == "antaranews.com"
    assert outlet_named("The Straits Times") == "straitstimes.com"
    assert outlet_named("cna") is None  # 'CNA' only in capitals
    assert outlet_named("Breaking news") is None


@pytest.mark.parametrize(
    ("lines", "site"),
    [
        # the copyright names the outlet; a footer link to another domain is not the site
        (["Home", "Story text here.", "ap.org", "Copyright 2025 The Associated Press"], "apnews.com"),
        (["Reuters home", "World", "Story", "Terms of use"], "reuters.com"),  # masthead line
        (["Menu", "Story", "© 2024 tribunnews.com"], "tribunnews.com"),  # a printed domain wins
    ],
)
def test_site_from_printed_outlet_names(lines, site):
    assert site_from_lines(split_lines("\n".join(lines)))[0] == site


@pytest.mark.parametrize(
    ("text", "place", "outlet", "agency"),
    [
        ("SURABAYA: Pemerintah kota mulai membagikan bantuan beras kepada keluarga", "Surabaya", None, None),
        ("Bandung, CNN Indonesia -- Pemprov menyiapkan anggaran", "Bandung", "CNN Indonesia", None),
        ("MANILA – The Philippine coast guard said on Monday it had tracked", "Manila", None, None),
    ],
)  # fmt: skip
def test_more_datelines(text, place, outlet, agency):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.outlet, found.agency) == (place, outlet, agency)


def test_a_name_list_with_a_dash_is_no_dateline():
    assert parse_dateline("Presiden Joko Widodo, Menteri Keuangan - dan para gubernur hadir di sana.") is None


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("Makassar (ANTARA) -", "Makassar", "ANTARA"),
        ("Medan -", "Medan", None),
        ("Surabaya ● Wed, May 7, 2025", "Surabaya", None),
        ("Home - News", None, None),
    ],
)
def test_datelines_on_their_own_line(text, place, agency):
    found = own_line_dateline(text, 4)
    assert (found.place if found else None, found.agency if found else None) == (place, agency)


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("Police officers guard the court in Dhaka on June 2, 2024 [Rehman Asad/AFP]", True),
        ("Gubernur meninjau lokasi banjir di Bekasi, Senin (2/3/2024). ©Humas Pemprov Jabar", True),
        ("Menurut laporan Anadolu Agency, situasi di perbatasan terus memburuk sejak pekan lalu.", False),
        ("Copyright © 2024 merdeka.com All Rights Reserved", False),
    ],
)
def test_caption_credit_shapes(text, credited):
    assert has_credit(text) is credited


def test_cited_sources_are_spelled_as_printed():
    body = "Menurut laporan Associated Press, kapal itu ditahan. Hal itu dikutip kantor berita IRNA."
    found = cited_sources(body, [], None)
    assert "Associated Press" in found and "IRNA" in found


def test_related_titles_are_links_inside_the_story_only():
    page = "\n".join(
        [
            "Banjir Rendam Tiga Kecamatan, Pemkot Bagikan Beras",
            "Penulis: Dewi Anggraini",
            "Senin, 3 Maret 2025 09:10 WIB",
            PARAS[0],
            "Pilihan Editor: Daftar Posko Pengungsian Banjir Hari Ini",
            PARAS[1],
            "Baca:",
            "Ribuan Warga Mengungsi ke Masjid Raya",
            PARAS[2],
            PARAS[3],
            "Berita Terkait",
            "Harga Beras di Pasar Induk Naik Lagi",
            "Jalan Tol Ditutup karena Genangan Air",
            "Wali Kota Tinjau Tanggul yang Jebol",
        ]
    )
    article = clean(page)
    assert article.related_titles == [
        "Daftar Posko Pengungsian Banjir Hari Ini",
        "Ribuan Warga Mengungsi ke Masjid Raya",
    ]


def test_a_list_widget_inside_the_story_does_not_cut_it():
    english = [
        "The city began handing out rice to eleven thousand families hit by the floods on Monday morning, "
        "the head of the social affairs office told reporters at city hall.",
        "The aid is distributed through ward offices and evacuation posts, supervised by police officers "
        "and volunteers registered since last week.",
        "Residents who have not received aid were asked to report to the nearest post with their family "
        "card so that officials can check and update the list of recipients.",
        "The government also set up public kitchens in the three districts worst hit by the floods and "
        "promised to add more if the water has not receded by the weekend.",
    ]
    page = "\n".join(
        [
            "City hands out rice as floods swamp three districts",
            "By Dewi Anggraini",
            "Published On 3 March 2025",
            *english[:2],
            "Recommended Stories",
            "list of 2 items",
            "list 1 of 2",
            "Why the river keeps flooding",
            "list 2 of 2",
            "How the city plans new dykes",
            "end of list",
            *english[2:],
        ]
    )
    article = clean(page)
    assert english[3] in article.body and english[0] in article.body
    assert "Why the river keeps flooding" not in article.body and article.related_titles == []


def test_headline_above_its_standfirst_and_a_bare_name_byline():
    page = "\n".join(
        [
            "Nasional",
            "Pemkot Bagikan Beras untuk Sebelas Ribu Keluarga Korban Banjir",
            "Bantuan disalurkan melalui posko dan kantor kelurahan.",
            "Dewi Anggraini, Jurnalis",
            "Senin, 03 Maret 2025 - 09:10 WIB",
            "Warga mengantre bantuan di posko banjir, Senin (3/3/2025). (Foto: Dok. Pemkot)",
            *PARAS,
        ]
    )
    article = clean(page)
    assert article.title == "Pemkot Bagikan Beras untuk Sebelas Ribu Keluarga Korban Banjir"
    assert article.subtitle == "Bantuan disalurkan melalui posko dan kantor kelurahan."
    assert article.authors == ["Dewi Anggraini"]
    assert any("09:10" in c.text for c in article.date_candidates)

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
from kabar.clean.site import site_from_lines
from kabar.clean.sources import cited_sources
from kabar.model import CleanArticle, Page
from kabar.outlets import find_outlet, outlet_named

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
        # a wire's copyright credits the story; the masthead above it names the page's outlet
        (["FRANCE 24", "Europe", "Story text here.", "© 2024 AFP"], "france24.com"),
        (["Menu", "Story text here.", "© 2024 AFP"], "afp.com"),  # no other masthead: the wire's own page
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
        # a wire story filed from two cities names both, joined as printed
        ("KYIV/MOSCOW, Feb 3 (Reuters) - Ukraine and Russia swapped", "Kyiv/Moscow", None, "Reuters"),
        ("NEW YORK/LONDON (Reuters) - Oil prices rose on Tuesday", "New York/London", None, "Reuters"),
        ("MANILA/BEIJING: The Philippines protested on Sunday against the", "Manila/Beijing", None, None),
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


def test_related_titles_are_inline_links_and_lists_under_a_related_marker():
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
        "Harga Beras di Pasar Induk Naik Lagi",
        "Jalan Tol Ditutup karena Genangan Air",
        "Wali Kota Tinjau Tanggul yang Jebol",
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


# --- Second round: shapes of more sites (bylines over lines, credits, labels, editions, desk credits) ---

EN_PARAS = [
    "The regional council approved a new flood defence plan on Tuesday after months of debate, officials "
    "said, committing funds to raise river walls along the most exposed districts of the city.",
    "Engineers will begin work on the first section in the spring, and residents have been asked to report "
    "damaged drains so that crews can clear them before the next storm season arrives.",
    "Opposition members said the plan came too late for families who lost their homes last winter, but "
    "they voted for it after the council agreed to publish a timetable for every district.",
    "The council will review progress every three months and has promised to hold public meetings in each "
    "district before construction starts on the riverside roads.",
]


def en_page(header: list[str], footer: list[str] | None = None, paras: list[str] | None = None) -> str:
    return "\n".join(["Home", "World", "Business", *header, *(paras or EN_PARAS), *(footer or [])])


def page(header: list[str], footer: list[str] | None = None) -> str:
    return "\n".join(["Beranda", "Nasional", "Ekonomi", *header, *PARAS, *(footer or [])])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Foto Terverifikasi Penulis Budi Santoso", ["Budi Santoso"]),  # badge words before the name
        ("Photo Verified Writer Clara Jensen", ["Clara Jensen"]),
        ("Rina Marlina / AB", ["Rina Marlina"]),  # the editor's initials after a slash
        ("Maya Sari Lestari, Universitas Gadjah Mada", ["Maya Sari Lestari"]),
        ("John Carter, University of Melbourne", ["John Carter"]),
        ("Universitas Indonesia", []),
    ],
)
def test_name_lines_with_badges_initials_and_affiliations(text, names):
    assert names_in_line(text) == names


@pytest.mark.parametrize(
    ("text", "authors", "editors"),
    [
        ("Redaktur & Reporter : Dimas Aji", ["Dimas Aji"], ["Dimas Aji"]),
        ("Reporter/Editor: Sari Dewi", ["Sari Dewi"], ["Sari Dewi"]),
        ("By Lena Hoffmann with Reuters", ["Lena Hoffmann"], []),
    ],
)
def test_joint_roles_and_agency_partners_in_bylines(text, authors, editors):
    assert parse_byline(text) == (authors, editors)


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        ("kp/ml (Reuters, AFP)", ["Reuters", "AFP"]),  # desk initials, then the agencies
        ("(EURONEWS with Reuters)", ["Reuters"]),
        ("By Lena Hoffmann with AFP", ["AFP"]),
        ("(xy12/ab)", []),  # an editor's desk code names no agency
        ("She met with Officials", []),  # 'with' before a person or group is no agency credit
    ],
)
def test_desk_credits_name_the_agencies(line, cited):
    assert cited_sources("", [line], None) == cited


def test_stacked_name_lines_and_a_joiner_line_are_all_authors():
    header = [
        "Council Backs Flood Plan After Long Debate",
        "Clara Jensen",
        "and",
        "Tom Becker",
        "12 May 2025",
    ]
    assert clean(en_page(header)).authors == ["Clara Jensen", "Tom Becker"]
    header = ["Council Backs Flood Plan After Long Debate", "Clara Jensen", "Tom Becker", "12 May 2025"]
    assert clean(en_page(header)).authors == ["Clara Jensen", "Tom Becker"]


def test_the_outlet_name_between_byline_and_date_is_stepped_over():
    header = ["Dewan Setujui Rencana Banjir", "Sinta Ayu dan Raka Pratama", "BBC News", "4 Desember 2024"]
    assert clean(page(header)).authors == ["Sinta Ayu", "Raka Pratama"]


def test_a_view_counter_is_no_headline_and_a_short_standfirst_is_kept():
    header = [
        "Bantuan Banjir Mulai Dibagikan di Tiga Kecamatan",
        "Warga diminta membawa kartu keluarga ke posko",
        "Budi Santoso",
        "Rabu, 4 Desember 2024 10:15 WIB",
        "Dibaca 3,2 rb kali",
    ]
    article = clean(page(header))
    assert article.title == "Bantuan Banjir Mulai Dibagikan di Tiga Kecamatan"
    assert article.subtitle == "Warga diminta membawa kartu keluarga ke posko"
    assert article.authors == ["Budi Santoso"]


def test_a_dateline_broken_over_three_lines():
    paras = [EN_PARAS[0], *EN_PARAS[1:]]
    text = en_page(
        ["Flood Plan Approved", "By Clara Jensen, CNN", "12 May 2025", "Rotterdam", "CNN", " —"], paras=paras
    )
    article = clean(text)
    assert article.dateline == "Rotterdam"
    assert article.body.startswith("The regional council")


@pytest.mark.parametrize(
    ("footer", "language", "site"),
    [
        (
            ["VOA Indonesia adalah layanan berbahasa Indonesia", "© 2024 Voice of America"],
            "id",
            "voaindonesia.com",
        ),
        (
            ["Al Jazeera Arabic", "Al Jazeera Balkans", "© 2025 Al Jazeera Media Network"],
            "en",
            "aljazeera.com",
        ),
        (["© 2024 Voice of America"], "id", "voanews.com"),
    ],
)
def test_the_edition_in_the_page_language_is_the_site(footer, language, site):
    lines = split_lines("\n".join(["Berita", *footer]))
    assert site_from_lines(lines, language=language)[0] == site


def test_copyright_of_a_media_group_names_its_outlet():
    lines = split_lines("The Star\nNation\nCopyright © 1995-2024 Star Media Group Berhad (10894D)")
    assert site_from_lines(lines)[0] == "thestar.com.my"


@pytest.mark.parametrize(
    ("header", "caption"),
    [
        # credit, then a label, then the caption (BBC-style text dumps)
        (
            [
                "Sumber gambar, Reuters",
                "Keterangan gambar,",
                "Warga mengantre bantuan beras di posko kelurahan.",
            ],
            "Warga mengantre bantuan beras di posko kelurahan.",
        ),
        # label and caption on one line
        (
            ["Image caption, Residents queue for sandbags outside the town hall"],
            "Residents queue for sandbags",
        ),
        # caption, then a photographer credit naming two agencies
        (
            ["Residents queue for sandbags outside the town hall on Monday.", "Rina Putri/AFP/Getty Images"],
            "Residents queue for sandbags outside the town hall on Monday.",
        ),
        # caption and credit run together
        (
            ["Residents queue for sandbags outside the town hall.Credit...Rina Putri/Reuters"],
            "Residents queue for sandbags outside the town hall.",
        ),
        # caption, then a bare source label and the credit on its own line
        (
            ["Warga mengantre bantuan beras di posko kelurahan, Senin.", "Sumber :", "Kompas.com/Rina Putri"],
            "Warga mengantre bantuan beras di posko kelurahan, Senin.",
        ),
    ],
)
def test_captions_beside_labels_and_credits(header, caption):
    lines = ["Bantuan Banjir Mulai Dibagikan", "Penulis: Budi Santoso", "Rabu, 4 Desember 2024", *header]
    article = clean("\n".join(["Beranda", *lines, *PARAS]))
    assert any(caption in c for c in article.captions), article.captions
    assert caption not in article.body


def test_a_dash_credit_is_a_caption_above_the_story_and_a_sign_off_below_it():
    paras = [*EN_PARAS[:3], EN_PARAS[3] + " – Bernama"]
    header = [
        "Flood Plan Approved",
        "by bernama",
        "Minister Anthony Tan speaks to reporters on Friday (Dec 20). – Bernama",
    ]
    article = clean(en_page(header, paras=paras))
    assert article.captions == ["Minister Anthony Tan speaks to reporters on Friday (Dec 20). – Bernama"]
    assert article.body.endswith("on the riverside roads. – Bernama")


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("Gubernur menyapa warga di Bandung, Rabu (18/12/2024). Kompas/Rina Putri", True),
        ("Crowds in the square on Sunday.Credit...Rina Putri/Associated Press", True),
        ("Laga perdana dijadwalkan pada 20 Maret 2025. (ab12/cd)", False),  # a desk code, not a credit
    ],
)
def test_more_credit_shapes(text, credited):
    assert has_credit(text) == credited


def test_related_links_right_under_the_story_and_glued_labels():
    footer = [
        "Baca juga:",
        "",
        "Dewan Kota Tambah Posko Pengungsian di Tiga Kecamatan",
        "",
        "Editor: Rina Putri",
        "Berita Terkait",
        "Harga Beras Naik Jelang Akhir Tahun",
        "Jalan Tol Ditutup Sementara Akibat Banjir",
    ]
    article = clean(page(["Bantuan Banjir Mulai Dibagikan", "Penulis: Budi Santoso"], footer))
    assert article.related_titles == [
        "Dewan Kota Tambah Posko Pengungsian di Tiga Kecamatan",
        "Harga Beras Naik Jelang Akhir Tahun",
        "Jalan Tol Ditutup Sementara Akibat Banjir",
    ]
    paras = [*EN_PARAS[:2], "Read moreHow the city rebuilt its river walls in five years", *EN_PARAS[2:]]
    article = clean(
        en_page(["Flood Plan Approved", "By Clara Jensen"], ["Related Topics Floods Council"], paras)
    )
    assert article.related_titles == ["How the city rebuilt its river walls in five years"]


def test_a_time_under_its_date_line_and_a_pada_label_are_byline_dates():
    header = ["Flood Plan Approved By The Council", "Friday, 20 Dec 2024", "6:05 PM MYT"]
    found = {c.text: c.source for c in clean(en_page(header)).date_candidates}
    assert found["6:05 PM MYT"] == found["Friday, 20 Dec 2024"]
    header = ["Bantuan Banjir Mulai Dibagikan", "Pada: Jumat 06 Des 2024, 14:05 WIB"]
    found = {c.text: c.source for c in clean(page(header)).date_candidates}
    assert found["Pada: Jumat 06 Des 2024, 14:05 WIB"] == "byline"


def test_outlet_names_with_letters_lower_keeps_apart_are_found() -> None:
    from kabar.outlets import find_outlet

    # Case-blind matching equates the Turkish dotless ı with i; the lookup must too.
    assert find_outlet("© Anadolu Ajansı 2025. Seluruh hak cipta dilindungi.") == (
        "Anadolu Ajansı",
        "aa.com.tr",
    )

"""Cleaner rules from blind set 9, on lines and pages written here: update and correction notes, sign-up,
tip-line and app promos, inline 'other articles' prefixes, summary boxes under a label, a names-and-date
byline under an editor line, bare and role-tailed name bylines, a place before an outlet's domain, inline
credits closing a caption, footer link strips, premium teasers and the page's own printed URL."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.byline_names import names_in_line
from kabar.clean.captions import has_credit
from kabar.clean.classify import BOILER, RELATED, classify_lines
from kabar.clean.dateline import parse_dateline
from kabar.clean.lines import split_lines
from kabar.clean.related import is_link_strip

PROSE = [
    "The regional transport authority said on Tuesday that ferry services to the outer islands would "
    "resume next week after engineers finished repairs to the main terminal's damaged pier.",
    "About 12,000 passengers a day use the route, and the closure had forced island businesses to bring "
    "in supplies by small boat at several times the usual cost, traders said.",
    "Officials said a second pier would be strengthened before the storm season, and that a review of "
    "the terminal's maintenance contracts had been ordered by the minister.",
    "Operators warned that timetables could change at short notice while the repaired pier is tested "
    "under full load during the first fortnight of service.",
]
HEADLINE = "Island ferry services to resume next week after pier repairs finish"
TEKS = [
    "Dinas Perhubungan kota menyatakan layanan kapal penyeberangan ke pulau-pulau kecil akan kembali "
    "beroperasi pekan depan setelah perbaikan dermaga utama rampung, Selasa.",
    "Sekitar dua belas ribu penumpang memakai rute itu setiap hari, dan penutupan dermaga membuat "
    "pedagang di pulau harus mengangkut barang dengan perahu kecil dengan biaya berlipat.",
    "Pemerintah daerah juga akan memperkuat dermaga kedua sebelum musim badai tiba, sementara audit "
    "kontrak pemeliharaan terminal sudah diperintahkan oleh wali kota.",
]
JUDUL = "Layanan Kapal Penyeberangan ke Pulau Kecil Kembali Beroperasi Pekan Depan"


@pytest.mark.parametrize(
    "line",
    [
        "Update: Artikel ini diperbarui pukul 14.20 WIB dengan keterangan dari kepolisian setempat.",
        "Pembaruan: Judul berita ini diubah untuk memperjelas jumlah korban.",
        "Ralat: Sebelumnya tertulis jumlah penumpang 1.200 orang, yang benar 12.000 orang.",
        "Correction: An earlier version of this story misstated the number of passengers.",
        "Updated: This story has been updated with comment from the minister.",
        "This article has been updated to include the operator's response.",
        "Ferry Weekly: Get the week's shipping news delivered to your inbox. Sign up for free.",
        "Have a news tip? Email us at tips@example.org or message us on WhatsApp.",
        "Catch all the latest Travel News and Weather Updates on Harbour Daily.",
        "Punya informasi menarik di sekitar Anda? Kirim ke redaksi lewat WhatsApp.",
        "Unduh aplikasi Kabar Kota untuk mendapatkan berita terbaru setiap hari.",
        "City Herald Premium: Why the port authority is betting on a second terminal",
    ],
)
def test_notes_and_promos_are_boilerplate(line: str) -> None:
    assert classify_lines(split_lines(line)) == [BOILER]


@pytest.mark.parametrize(
    "line",
    [
        "Updates to the timetable will be published on the authority's website every Friday, it said.",
        "The correction in ferry fares, officials said, would take effect from the first of next month.",
        "Residents who sign up for the new travel card will get a discount on every crossing, it said.",
        "Warga yang punya informasi soal kapal hilang diminta menghubungi posko pencarian terdekat.",
    ],
)
def test_prose_near_those_words_stays_text(line: str) -> None:
    assert classify_lines(split_lines(line)) != [BOILER]


@pytest.mark.parametrize(
    "line",
    [
        "ARTIKEL LAINNYA: Wali Kota Resmikan Terminal Bus Baru di Pinggir Kota",
        "Berita Lainnya: Harga Tiket Kapal Naik Jelang Libur Panjang Akhir Tahun",
        "Go deeper: Why island freight costs keep rising every winter",
    ],
)
def test_inline_other_article_prefixes_are_related(line: str) -> None:
    assert classify_lines(split_lines(line)) == [RELATED]


def test_inline_related_prefix_gives_title() -> None:
    article = clean(page(JUDUL, *TEKS[:2], "ARTIKEL LAINNYA: Wali Kota Resmikan Terminal Bus Baru", TEKS[2]))
    assert article.related_titles == ["Wali Kota Resmikan Terminal Bus Baru"]
    assert "Terminal Bus" not in article.body


@pytest.mark.parametrize("label", ["KEY POINTS", "Ringkasan:", "In brief"])
def test_summary_box_leaves_body(label: str) -> None:
    box = "\n".join([label, "Ferries resume next week.", "A second pier will be strengthened."])
    article = clean(page(HEADLINE, box, *PROSE))
    assert "Ferries resume" not in article.body
    assert "second pier will be strengthened." not in article.body
    assert article.body.startswith("The regional transport authority")


def test_summary_label_over_one_paragraph_keeps_it() -> None:
    short = "The pier reopens next week, a month earlier than the authority had first planned."
    article = clean(page(HEADLINE, *PROSE[:2], f"In short\n{short}", *PROSE[2:]))
    assert short in article.body


def test_summary_box_run_into_the_story_is_left_alone() -> None:
    # no blank line closes the box: the bullets and the story cannot be told apart, the story is kept
    box = "\n".join(["Highlights", "Ferries resume next week.", PROSE[0]])
    article = clean(page(HEADLINE, box, *PROSE[1:]))
    assert PROSE[0] in article.body


def test_names_and_date_byline_beside_editor_line() -> None:
    header = "\n".join(
        [
            JUDUL,
            "Rina Hartati, Bayu Saputra • 3 Maret 2025 10:15",
            "Senin, 3 Mar 2025, Pkl. 10:15 WIB",
            "Editor: Dimas Prakoso",
        ]
    )
    article = clean(page(header, *TEKS))
    assert article.authors == ["Rina Hartati", "Bayu Saputra"]
    assert article.editors == ["Dimas Prakoso"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Marsh · Reporter", ["Jane Marsh"]),
        ("Ana Ruiz • Senior Reporter", ["Ana Ruiz"]),
        ("Live · Markets · Weather", []),
    ],
)
def test_name_with_role_after_a_dot(line: str, names: list[str]) -> None:
    assert names_in_line(line) == names


def test_bare_name_under_title() -> None:
    header = "\n".join([JUDUL, "Bayu Saputra", "Kapal bersandar di dermaga utama. (Dok. Kabar Kota)"])
    article = clean(page(header, *TEKS))
    assert article.authors == ["Bayu Saputra"]


def test_subtitle_under_title_is_no_author() -> None:
    header = "\n".join([JUDUL, "Perbaikan dermaga utama selesai lebih cepat dari jadwal."])
    assert clean(page(header, *TEKS)).authors == []


@pytest.mark.parametrize(
    ("text", "place", "outlet"),
    [
        ("Bogor, kotaberita.com - Layanan kapal kembali dibuka pekan depan.", "Bogor", "kotaberita.com"),
        ("Jayapura, papua.co.id – Dermaga utama selesai diperbaiki Senin sore.", "Jayapura", "papua.co.id"),
    ],
)
def test_place_before_outlet_domain(text: str, place: str, outlet: str) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.outlet) == (place, outlet)


def test_sentence_opening_with_common_word_and_domain_is_no_dateline() -> None:
    assert parse_dateline("Menurut Budi, data.go.id - situs resmi itu - mencatat kenaikan penumpang.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dermaga utama yang rusak diterjang ombak, Senin (3/3/2025). Sumber: ANTARA/HO-Dishub", True),
        ("Kapal bersandar di pelabuhan, Selasa (4/3/2025). Source: Kota News/Andi", True),
        ("Data penumpang naik 12 persen. Sumber: BPS", False),
        # an agency credit with a partner and the editor's initials (round 31)
        ("Hakim membacakan putusan di Seoul, Jumat (4/4/2025). ANTARA/Yonhap/pri.", True),
        ("Penumpang turun di Dermaga 2, Senin (3/3/2025). ANTARA FOTO/Budi Santoso/rwa", True),
        ("Rasio kapal naik menjadi 3/4 dari total armada tahun ini.", False),
    ],
)
def test_inline_source_credit_closing_a_caption(text: str, expected: bool) -> None:
    assert bool(has_credit(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About Us · Privacy policy · Terms of use", True),
        ("Contact | Careers | Advertise | Help", True),
        ("Ferry fares rise | What passengers need to know", False),
        ("Why island freight costs keep rising every winter", False),
    ],
)
def test_footer_link_strips(text: str, expected: bool) -> None:
    assert is_link_strip(text) is expected


def test_footer_strip_after_related_list_is_no_title() -> None:
    links = "\n".join(
        [
            "* [Ferry fares rise before holidays](https://x.org/a)",
            "* [Pier repair costs double](https://x.org/b)",
        ]
    )
    footer = (
        "[About](https://x.org/about) · [Privacy policy](https://x.org/p) · [Terms of use](https://x.org/t)"
    )
    article = clean(page(f"# {HEADLINE}", *PROSE, "## Go deeper", links, footer), name="x.md")
    assert article.related_titles == ["Ferry fares rise before holidays", "Pier repair costs double"]


def test_list_of_other_stories_between_byline_and_text_is_no_title() -> None:
    header = "\n".join(
        [
            "Berita",
            JUDUL,
            "Oleh: Rina Hartati",
            "Senin, 3 Mar 2025, Pkl. 10:15 WIB",
            "Terkini",
            "Harga Cabai Turun di Pasar Induk Setelah Panen Raya di Sejumlah Daerah",
            "3 Mar 2025 09:40",
            "Jalan Lingkar Utara Ditutup Sementara untuk Perbaikan Jembatan Kota",
            "3 Mar 2025 09:05",
        ]
    )
    assert clean(page(header, *TEKS)).title == JUDUL


def test_printed_own_url_names_the_site() -> None:
    notice = f"Artikel ini telah tayang di Kabarkota.com dengan judul {JUDUL}, https://pulau.beritaraya.co.id/2025/03/03/kapal"
    article = clean(page("KABARKOTA.COM", JUDUL, *TEKS, notice))
    assert article.url == "https://pulau.beritaraya.co.id/2025/03/03/kapal"
    assert article.site == "beritaraya.co.id"


@pytest.mark.parametrize(
    "line",
    [
        "Novak reported from Lviv. Associated Press writer Dana Ruiz contributed.",
        "Novak and Ruiz reported from Kharkiv, Ukraine.",
        "AP writers Dana Ruiz in Warsaw and Lee Park in Seoul contributed.",
    ],
)
def test_wire_credit_lines_are_boilerplate(line: str) -> None:
    assert classify_lines(split_lines(line)) == [BOILER]


def test_a_sentence_reported_from_a_city_stays_text() -> None:
    line = "The ministry reported from Kyiv that three ferries had been damaged in the overnight attack."
    assert classify_lines(split_lines(line)) != [BOILER]

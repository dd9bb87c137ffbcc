"""Round 53 of the cleaner: a photo credit printed in capitals closes a caption; a one-word writer's name
with a role field, or alone above the date over an editor line, is a byline; a city with its state's code
on the line under the writer's name is the place they sign from; a 'Read next' list right under the
story's last paragraph holds its own links (an 'other news' list there stays the site's)."""

from __future__ import annotations

from cleaning import JUDUL, K1, K2, P1, P2, P3, TITLE, clean, page

from kabar.clean.byline_names import names_in_line, place_line

K3 = (
    "Warga di tiga desa yang terdampak diminta tetap waspada karena hujan deras diperkirakan masih turun "
    "hingga akhir pekan, menurut perkiraan cuaca setempat."
)


def test_a_credit_in_capitals_closes_a_photo_caption() -> None:
    caption = (
        "Buruh pelabuhan berkumpul di depan kantor pengelola pelabuhan di Teluk Selatan, Kamis (6/3/2025). "
        "(DOK. SERIKAT BURUH PELABUHAN)"
    )
    article = clean(page("Portal", JUDUL, "Penulis Budi Santoso | Editor Rina Wati", caption, K1, K2, K3))
    assert article.captions == [caption]
    assert caption not in article.body


def test_a_one_word_name_with_a_role_field_is_a_byline() -> None:
    assert names_in_line("Sutrisno, Jurnalis") == ["Sutrisno"]
    article = clean(page("Portal", JUDUL, "Sutrisno, Jurnalis · Kamis 06 Maret 2025 10:00 WIB", K1, K2, K3))
    assert article.authors == ["Sutrisno"]


def test_a_city_and_state_code_under_the_name_is_the_signing_place() -> None:
    assert place_line("Washington, DC") == "Washington, DC"
    article = clean(
        page(
            "Portal",
            TITLE,
            "Workers say the offer falls well short of inflation and vow to stay out",
            "Maria Lopez",
            "Washington, DC",
            "Thursday 6 March 2025 10:00 GMT",
            P1,
            P2,
            P3,
        )
    )
    assert article.authors == ["Maria Lopez"]
    assert article.dateline == "Washington, DC"


def test_a_read_next_list_under_the_storys_last_paragraph_holds_its_links() -> None:
    article = clean(
        page(
            "Portal",
            TITLE,
            "By Maria Lopez",
            "March 6, 2025",
            P1,
            P2,
            P3,
            "Read Next\nFerry operators count the cost of the walkout\nUnion leaders weigh another strike",
            "Subscribe",
            "Portal\nCopyright 2025 Portal. All rights reserved.",
        )
    )
    assert article.related_titles == [
        "Ferry operators count the cost of the walkout",
        "Union leaders weigh another strike",
    ]


def test_a_one_word_name_above_the_date_and_the_editor_line_is_the_writer() -> None:
    standfirst = "Ribuan penumpang telantar setelah perundingan upah buntu"
    article = clean(
        page(
            "Portal",
            JUDUL,
            standfirst,
            "Sutrisno\nKamis, 06 Mar 2025 10:00 WIB",
            "Editor: Rina Wati",
            K1,
            K2,
            K3,
        )
    )
    assert article.authors == ["Sutrisno"]
    assert article.editors == ["Rina Wati"]
    assert article.subtitle == standfirst


def test_other_news_under_the_storys_last_paragraph_stays_the_sites_list() -> None:
    article = clean(
        page(
            "Portal",
            JUDUL,
            "Penulis: Budi Santoso",
            "Kamis, 6 Maret 2025 10:00 WIB",
            K1,
            K2,
            K3,
            "Berita Lainnya\nHarga Cabai di Pasar Induk Turun Lagi\nJadwal Kapal Cepat Pekan Ini",
            "Copyright 2025 Portal",
        )
    )
    assert article.related_titles == []

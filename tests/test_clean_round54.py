"""Round 54 of the cleaner: a beat's region written with a compass word ('North-east Africa') goes with
the job title after a writer's name; a listicle's numbered section heads are no body text; a page whose
masthead and copyright name one outlet is that outlet's, though its dateline names a regional edition."""

from __future__ import annotations

from cleaning import JUDUL, K1, K2, K3, P1, P2, P3, TITLE, clean, page

from kabar.clean.byline_names import without_role_tail


def test_a_compass_region_before_the_role_is_part_of_the_job_title() -> None:
    assert without_role_tail("Maria Lopez North-east Africa correspondent") == "Maria Lopez"
    assert without_role_tail("Maria Lopez South Pacific correspondent") == "Maria Lopez"
    article = clean(
        page(
            "Portal",
            TITLE,
            "Workers say the offer falls well short of inflation and vow to stay out",
            "Maria Lopez North-east Africa correspondent",
            "Thu 6 Mar 2025 10.00 GMT",
            P1,
            P2,
            P3,
        )
    )
    assert article.authors == ["Maria Lopez"]


def test_numbered_section_heads_are_left_out_of_the_body_wherever_they_stand() -> None:
    first, second = "1. Kapal feri berhenti beroperasi", "2. Serikat menolak tawaran pengelola"
    article = clean(
        page(
            "Portal",
            JUDUL,
            "Penulis: Budi Santoso",
            "Kamis, 6 Maret 2025 10:00 WIB",
            K1,
            first,
            K2,
            "Baca Juga: Harga Tiket Kapal Naik Jelang Libur",
            second,
            K3,
        )
    )
    assert first not in article.body and second not in article.body
    assert article.body.split("\n\n") == [K1, K2, K3]


def test_a_masthead_and_copyright_naming_one_outlet_outweigh_the_datelines_edition() -> None:
    lines = [
        "Kabarnusa.com",
        "Berita",
        "Daerah",
        JUDUL,
        "Kamis, 6 Maret 2025 | 10:00 WIB",
        "Penulis: Budi Santoso | Editor: Rina Wati",
        "KABARTIMUR.ID, SURABAYA - " + K1,
        K2,
        K3,
    ]
    article = clean(page(*lines, "Copyright © 2025 Kabarnusa.com. All Rights Reserved."))
    assert (article.site, article.publisher) == ("kabarnusa.com", "Kabarnusa.com")
    assert article.dateline == "Surabaya"
    # no copyright line agreeing with the masthead: the dateline's outlet is the page's, as before
    article = clean(page(*lines))
    assert article.site == "kabartimur.id"

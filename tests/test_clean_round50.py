"""Round 50 of the cleaner: a writer's name may hold letters with diacritics; a writer may sign from a
city with its region after a comma; a share widget's 'link copied' notice is furniture, no headline; a
dateline naming the outlet a copy note says the story first ran at leaves the page to its republisher; a
known place closed by a full stop is cut from the story's first paragraph; German church press agencies
signed under a story are cited; '<Outlet> recommends' heads the story's own links."""

from __future__ import annotations

from cleaning import JUDUL, K1, K2, K3, P1, P2, P3, TITLE, clean, page

from kabar.clean.byline_names import names_in_line
from kabar.clean.sources import cited_sources

STANDFIRST = "Passengers sleep in terminal halls as union and port authority trade blame over failed deal"
LINK_A = "Ferry operators count the cost of a week of idle boats"
LINK_B = "Port authority names mediator in long-running wage dispute"


def test_a_writers_name_may_hold_letters_with_diacritics() -> None:
    assert names_in_line("Inés Márquez in Bergen") == ["Inés Márquez"]
    header = ("World", TITLE, STANDFIRST, "Inés Márquez in Bergen", "Thu 6 Mar 2025 10.15 GMT")
    article = clean(page(*header, P1, P2, P3))
    assert article.authors == ["Inés Márquez"]
    assert article.title == TITLE
    assert article.subtitle == STANDFIRST


def test_a_writer_signs_from_a_city_with_its_region_after_a_comma() -> None:
    assert names_in_line("Lena Sorvik in Bergen, Norway") == ["Lena Sorvik"]
    assert names_in_line("Lena Sorvik in Bergen, Omar Haddad") == []  # a second writer, no region
    header = ("World", TITLE, STANDFIRST, "Lena Sorvik in Bergen, Norway", "Thu 6 Mar 2025 10.15 GMT")
    article = clean(page(*header, P1, P2, P3))
    assert article.authors == ["Lena Sorvik"]
    assert article.dateline == "Bergen, Norway"


def test_a_link_copied_notice_is_no_headline() -> None:
    menu = (
        "Beranda",
        "Nasional",
        "Internasional",
        "Ekonomi",
        "Olahraga",
        "Teknologi",
        "Hiburan",
        "Nusantara",
    )
    header = (*menu, JUDUL, "Redaksi Kabar", "Kamis, 06 Mar 2025 10:15 WIB", "Bagikan:", "URL telah tercopy")
    caption = "Buruh pelabuhan berunjuk rasa di dermaga Teluk Selatan. (Foto: Lena Sorvik)"
    article = clean(page(*header, caption, K1, K2, K3))
    assert article.title == JUDUL


def test_a_dateline_naming_the_outlet_a_copy_note_credits_leaves_the_page_to_its_republisher() -> None:
    note = f"Artikel ini telah tayang di Kotapos.com dengan judul {JUDUL}"
    footer = (note, "Copyright © 2025 Beritaraya.com. All Rights Reserved.")
    article = clean(
        "BERITARAYA.COM\n\n"
        + page("Nusantara", JUDUL, "Kamis, 6 Maret 2025 10:15 WIB", f"KOTAPOS.COM - {K1}", K2, K3, *footer)
    )
    assert article.site == "beritaraya.com"
    # the outlet's own page, under its own masthead, may carry the note and its group's copyright
    own = clean(
        "KOTAPOS.COM\n\n"
        + page("Nusantara", JUDUL, "Kamis, 6 Maret 2025 10:15 WIB", f"KOTAPOS.COM - {K1}", K2, K3, *footer)
    )
    assert own.site == "kotapos.com"
    alone = clean(page("Nusantara", JUDUL, "Kamis, 6 Maret 2025 10:15 WIB", f"KOTAPOS.COM - {K1}", K2, K3))
    assert alone.site == "kotapos.com"  # no copy note: the dateline's outlet is the page's own


def test_a_known_place_closed_by_a_full_stop_is_cut_from_the_first_paragraph() -> None:
    article = clean(page("World", TITLE, "March 6, 2025", "Bergen. " + P1, P2, P3))
    assert article.dateline == "Bergen"
    assert article.body.startswith(P1[:30])


def test_german_church_press_agencies_signed_under_the_story_are_cited() -> None:
    assert cited_sources(P1, ["ab/cd (dpa, AFP, epd)"], None)[-1] == "epd"
    assert "KNA" in cited_sources(P1, ["ab/cd (Reuters, KNA)"], None)
    assert cited_sources("The depot's epd figures rose.", [], None) == []  # lower-case letters in prose


def test_outlet_recommends_heads_the_story_links() -> None:
    footer = ("BBC recommends", LINK_A, LINK_B, "Related topics", "Europe", "Send us your feedback")
    article = clean(page("World", TITLE, "March 6, 2025", P1, P2, P3, *footer))
    assert article.related_titles == [LINK_A, LINK_B]

"""Round 47 of the cleaner: a writer's post may join two beats ('Arts and culture editor'); a writer signing
from a place beside 'and agencies' is read; outlets and agencies signing together name no writer; a known
agency printed in lower case in a desk credit is cited; a wire's closing line naming its writers and where
they reported from is no body; a one-word name between the header's date and its 'Editor:' line is the
writer; a short standfirst counts its numbers as words; a short stopped line naming the day in the present
tense between the date and the first paragraph is the lead photo's caption."""

from __future__ import annotations

from cleaning import JUDUL, K1, K2, K3, K4, P1, P2, P3, TITLE, clean, page

from kabar.clean.byline import parse_byline
from kabar.clean.byline_names import names_in_line
from kabar.clean.sources import desk_credit_sources

STANDFIRST = "Union says walkout will go on until port authority returns with a better offer on wages"


def test_a_post_joining_two_beats_after_the_name_is_no_part_of_it() -> None:
    assert names_in_line("Lena Sorvik Transport and energy correspondent") == ["Lena Sorvik"]
    assert names_in_line("Arts and culture editor") == []  # a post alone names nobody
    header = ("World", TITLE, STANDFIRST, "Lena Sorvik Transport and energy correspondent")
    article = clean(page(*header, "Thu 6 Mar 2025 10.15 GMT", P1, P2, P3))
    assert article.title == TITLE
    assert article.subtitle == STANDFIRST
    assert article.authors == ["Lena Sorvik"]


def test_a_writer_signing_from_a_place_beside_agencies_is_read() -> None:
    assert names_in_line("Lena Sorvik in Oslo and agencies") == ["Lena Sorvik"]
    article = clean(
        page("World", TITLE, "Lena Sorvik in Oslo and agencies", "Thu 6 Mar 2025 10.15 GMT", P1, P2)
    )
    assert article.authors == ["Lena Sorvik"]


def test_outlets_and_agencies_signing_together_name_no_writer() -> None:
    assert parse_byline("By: FRANCE 24 with AFP") == ([], [])
    assert parse_byline("By Lena Sorvik with AFP") == (["Lena Sorvik"], [])
    assert parse_byline("By Lena Sorvik with Omar Haddad") == (["Lena Sorvik", "Omar Haddad"], [])


def test_a_known_agency_in_lower_case_in_a_desk_credit_is_cited() -> None:
    assert desk_credit_sources("jd/ok (AP, dpa)") == ["AP", "dpa"]
    assert desk_credit_sources("jd/ok (Reuters, kyodo news)") == ["Reuters"]  # lower case: known ones only
    article = clean(page("World", TITLE, "March 6, 2025", P1, P2, P3, "jd/ok (AP, dpa)"))
    assert "dpa" in [s.lower() for s in article.cited_sources]


def test_a_wire_line_naming_where_its_writers_reported_from_is_no_body() -> None:
    credit = (
        "Associated Press writers Lena Sorvik and Omar Haddad reported from Bergen. "
        "Mia Tanaka reported from St. Louis."
    )
    article = clean(page("World", TITLE, "March 6, 2025", P1, P2, P3, credit))
    assert "reported from" not in article.body
    assert P3 in article.body


def test_a_one_word_name_between_the_date_and_the_editor_line_is_the_writer() -> None:
    header = ("Ekonomi", JUDUL, "Kamis, 6 Maret 2025 10:15 WIB", "Sudarsono", "Editor: Budi Santoso")
    article = clean(page(*header, K1, K2, K3, K4))
    assert article.authors == ["Sudarsono"]
    assert article.editors == ["Budi Santoso"]


def test_a_short_standfirst_counts_its_numbers_as_words() -> None:
    standfirst = "Pemogokan hentikan 40 kapal feri kemarin"
    header = ("Ekonomi", JUDUL, standfirst, "Penulis Dewi Laras", "Editor Budi Santoso")
    article = clean(page(*header, "Kamis, 6 Maret 2025 10:15 WIB", K1, K2, K3, K4))
    assert article.title == JUDUL
    assert article.subtitle == standfirst


def test_a_short_present_tense_line_naming_the_day_over_the_lede_is_the_photo_caption() -> None:
    photo = "Ferries sit idle at the harbour's main pier on Thursday afternoon."
    article = clean(page("World", TITLE, "March 6, 2025 10:15 GMT", photo, P1, P2, P3))
    assert photo in article.captions
    assert "sit idle" not in article.body
    lede = "Dock workers walked out on Thursday."  # a short lede in the past tense stays the story's
    article = clean(page("World", TITLE, "March 6, 2025 10:15 GMT", lede, P1, P2, P3))
    assert lede in article.body


def test_a_headline_with_places_in_its_clauses_is_no_byline() -> None:
    # a place tail is stepped over per writer only when every writer signs from one, joined by words alone
    assert names_in_line("Minister Visits Flood Camps in Leeds, Orders New Bridges") == []
    assert names_in_line("Floods Hit Homes in Leeds and Residents Flee") == []
    assert names_in_line("Presiden Tinjau Pengungsi di Aceh Tamiang, Minta Jembatan Darurat") == []

"""Round 52 of the cleaner: two writers each signing from a place of their own (one with a bare middle
initial) are both authors; a masthead name several outlets print is resolved by the country the page
names; a caption closed by an '(Outlet: Photographer)' credit is no body line; the last headline of a spaced
in-story link box is related, not a subheading; a verbless line naming what the lead photo shows and where
is its caption; a 'DOK. X' credit line marks the caption under it; a caption's dash credit is cited."""

from __future__ import annotations

from cleaning import JUDUL, K1, K2, K3, K4, P1, P2, P3, TITLE, clean, page

from kabar.clean.byline_names import names_in_line
from kabar.clean.sources import caption_credits

LINK_A = "Menteri Perhubungan Janjikan Tambahan Kapal Feri untuk Musim Liburan"
LINK_B = "Ketua Serikat: Kami Siap Berunding Kapan Saja dengan Pengelola"
STATE_STORY = (
    "The strike at the harbour in Queensland entered its third day on Saturday, with Tasmania's ferry "
    "operators also warning of delays for passengers travelling interstate."
)


def test_two_writers_each_signing_from_their_own_place_are_both_authors() -> None:
    assert names_in_line("Lena Sorvik in Oslo and Tomas A Berg in Bergen") == ["Lena Sorvik", "Tomas A Berg"]
    header = ("World", TITLE, "Lena Sorvik in Oslo and Tomas A Berg in Bergen", "Thu 6 Mar 2025 10.15 GMT")
    article = clean(page(*header, P1, P2, P3))
    assert article.authors == ["Lena Sorvik", "Tomas A Berg"]


def test_a_masthead_name_several_outlets_print_goes_by_the_country_the_page_names() -> None:
    header = ("ABC News", "Just In", TITLE, "By Lena Sorvik")
    assert clean(page(*header, "Thu 6 Mar 2025 at 10:15am", P1, STATE_STORY, P3)).site == "abc.net.au"
    us_story = STATE_STORY.replace("Queensland", "Ohio").replace("Tasmania", "Oregon")
    assert clean(page(*header, "March 6, 2025, 10:15 AM", P1, us_story, P3)).site == "abcnews.go.com"


def test_a_caption_closed_by_an_outlet_and_photographer_credit_is_no_body_line() -> None:
    caption = "The ferry terminal stood empty for most of the week. (Harbour News: Lena Sorvik)"
    article = clean(page("World", TITLE, "By Tomas Berg", "Thu 6 Mar 2025 10.15 GMT", caption, P1, P2, P3))
    assert caption not in article.body
    assert article.body.split("\n\n")[0] == P1


def test_the_last_headline_of_a_spaced_link_box_inside_the_story_is_related() -> None:
    header = ("Nusantara", JUDUL, "Kamis, 06 Mar 2025 10:15 WIB", "Penulis: Lena Sorvik")
    article = clean(page(*header, K1, K2, "Baca Juga", LINK_A, LINK_B, K3, K4))
    assert article.related_titles == [LINK_A, LINK_B]
    assert article.body.split("\n\n") == [K1, K2, K3, K4]


def test_a_verbless_line_naming_what_the_lead_photo_shows_and_where_is_its_caption() -> None:
    caption = "The old harbour crane beside the ferry terminal in Bergen."
    article = clean(page("World", TITLE, "By Lena Sorvik", "Thu 6 Mar 2025 10.15 GMT", caption, P1, P2, P3))
    assert caption in article.captions
    assert article.body.split("\n\n")[0] == P1


def test_a_documentation_credit_line_marks_the_caption_under_it() -> None:
    caption = "Petugas memeriksa kapal feri yang tertahan di dermaga Teluk Selatan, Kamis (6/3)."
    header = ("Nusantara", JUDUL, "Penulis: Lena Sorvik", "06/03/2025 10:15")
    article = clean(page(*header, f"DOK. DINAS PERHUBUNGAN\n{caption}", K1, K2, K3, K4))
    assert caption in article.captions
    assert caption not in article.body


def test_a_caption_credited_after_a_dash_cites_its_agency() -> None:
    assert caption_credits(["Ferries wait at their berths on Thursday (Mar 6). - Reuters"]) == ["Reuters"]
    assert caption_credits(["Ferries wait at their berths on Thursday (Mar 6). - Lena Sorvik"]) == []

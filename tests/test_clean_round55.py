"""Round 55 of the cleaner: a photo credited '(Supplied: ...)' or after a bar ('... on Monday. | Agency') is
a caption, not body text; a slashed trail of the section entries printed just above it is a breadcrumb, not
a photographer's credit that makes the headline a caption; a byline's agency after its slash ('By X / AP')
is cited; a writer's initials in capitals close the name in a marker-less byline ('Rina Dewi KP')."""

from __future__ import annotations

from cleaning import JUDUL, K1, K2, K3, P1, P2, P3, TITLE, clean, page

SUPPLIED = (
    "Ferries sit idle at the harbour's main pier on Thursday morning. "
    "(Supplied: Harbour Workers Union of the Coast)"
)
BARRED = (
    "Stranded passengers wait at the ferry terminal on Thursday as the strike enters its first day. | Reuters"
)
STANDFIRST = (
    "Thousands of passengers are stranded as the union and the port authority fail to agree on a new deal"
)


def test_a_supplied_photo_credit_makes_the_line_a_caption() -> None:
    article = clean(page("Portal", TITLE, "By Maria Lopez", "Thu 6 Mar 2025", SUPPLIED, P1, P2, P3))
    assert SUPPLIED in article.captions
    assert "Supplied" not in article.body


def test_a_trail_of_the_menu_sections_above_is_no_photo_credit() -> None:
    article = clean(
        page(
            "Portal",
            "News",
            "Business",
            "Coastal Towns",
            "Labour",
            "Coastal Towns / Labour",
            TITLE,
            STANDFIRST,
            "By Maria Lopez / AP",
            "Mar 6, 2025",
            BARRED,
            P1,
            P2,
            P3,
        )
    )
    assert article.title == TITLE
    assert article.subtitle == STANDFIRST
    assert article.captions == [BARRED]
    assert "AP" in article.cited_sources


def test_a_writers_closing_initials_belong_to_the_name() -> None:
    article = clean(
        page(
            "Portal",
            "Berita",
            JUDUL,
            "Rina Dewi KP - portalDaerah",
            "Kamis, 06 Mar 2025 10:00 WIB",
            K1,
            K2,
            K3,
        )
    )
    assert article.authors == ["Rina Dewi KP"]

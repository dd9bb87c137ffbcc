"""Round 56 of the cleaner: a name a cue introduces and an outlet noun follows ('told Harbour Voice
newspaper') is a cited outlet; an outlet's footer line about itself, whole or cut to its apposition, its
standards link and a market-data delay notice are furniture, not body text or related titles; a copyright
line opening 'Copyright (c)' closes a related list; a 'Read next' list under the story's closing credit and
the furniture below it holds the story's own links."""

from __future__ import annotations

from cleaning import P1, P2, P3, TITLE, clean, page

QUOTED = (
    "The ferry's captain told Harbour Voice newspaper the dockers had blocked the gangways before dawn and "
    "that no passenger had been allowed to board."
)
NAMED_AFTER = (
    "A union official told Coastal broadcaster Bay Radio that the walkout would go on for as long as the "
    "port authority refused to talk."
)
CREDIT = "Reporting by Maria Lopez; Editing by Tom Baker"
STANDARDS = "Our Standards: The Portal Group Trust Principles."
ABOUT = (
    "Portal, the news and media division of Portal Group, is the world's largest multimedia news provider."
)
ABOUT_CUT = "Portal, the news and media division of Portal Group"
DELAYED = "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays."
NEXT_1 = "Port authority names mediator as holiday season nears"
NEXT_2 = "Ferry operators count losses as harbour stays shut"
FOOTER = "© 2025 Portal. All rights reserved"


def test_a_cued_name_an_outlet_noun_follows_is_cited() -> None:
    article = clean(page("Portal", TITLE, "By Maria Lopez", "Mar 6, 2025", P1, QUOTED, P2, NAMED_AFTER, P3))
    assert "Harbour Voice" in article.cited_sources
    assert "Coastal" not in article.cited_sources  # the noun there heads the outlet's own name


def test_an_outlets_footer_lines_about_itself_stay_out_of_the_body() -> None:
    article = clean(
        page(
            "Portal",
            TITLE,
            "By Maria Lopez",
            "Mar 6, 2025",
            P1,
            P2,
            P3,
            CREDIT,
            STANDARDS,
            "Read Next",
            NEXT_1,
            NEXT_2,
            ABOUT,
            DELAYED,
            FOOTER,
        )
    )
    assert article.body == "\n\n".join([P1, P2, P3])
    assert article.related_titles == [NEXT_1, NEXT_2]


def test_a_read_next_list_under_the_closing_credit_holds_the_storys_links() -> None:
    article = clean(
        page(
            "Portal",
            TITLE,
            "By Maria Lopez",
            "Mar 6, 2025",
            P1,
            P2,
            P3,
            CREDIT,
            STANDARDS,
            "Read Next",
            NEXT_1,
            NEXT_2,
            FOOTER,
        )
    )
    assert article.related_titles == [NEXT_1, NEXT_2]


def test_an_outlets_apposition_closing_a_list_is_no_related_title() -> None:
    article = clean(
        page(
            "Portal",
            TITLE,
            "By Maria Lopez",
            "Mar 6, 2025",
            P1,
            "READ MORE: " + NEXT_1,
            P2,
            P3,
            CREDIT,
            "Read Next",
            NEXT_1,
            NEXT_2,
            ABOUT_CUT,
            FOOTER,
        )
    )
    assert article.related_titles == [NEXT_1, NEXT_2]


def test_a_copyright_c_line_closes_a_related_list() -> None:
    article = clean(
        page(
            "Portal News Agency",
            TITLE,
            "By Maria Lopez",
            "Mar 6, 2025",
            P1,
            P2,
            P3,
            "(END)",
            "Related Articles",
            NEXT_1,
            NEXT_2,
            "Copyright (c) Portal News Agency prohibited to reproduce",
        )
    )
    assert article.related_titles == [NEXT_1, NEXT_2]

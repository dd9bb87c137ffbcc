"""Cleaner rules from blind sets 39 and 40, on pages written here: a caption closed by a bracketed agency
(`... on May 3 [AFP]`), a menu of section names on one line, a clock after a `●` separator, a masthead naming
the outlet and its wire (`France 24 / AFP`) and a wire's photo copyright under it."""

from __future__ import annotations

from datetime import date, time

import pytest
from cleaning import clean, page

from kabar.dates import parse_datetime

PROSE = [
    "The regional transport authority said on Tuesday that ferry services to the outer islands would "
    "resume next week after engineers finished repairs to the main terminal's damaged pier.",
    "About 12,000 passengers a day use the route, and the closure had forced island businesses to bring "
    "in supplies by small boat at several times the usual cost, traders said.",
    "Officials said a second pier would be strengthened before the storm season, and that a review of "
    "the terminal's maintenance contracts had been ordered by the minister.",
]
HEADLINE = "Island ferry services to resume next week after pier repairs finish"


@pytest.mark.parametrize("agency", ["AFP", "Reuters", "EPA-EFE", "Getty Images"])
def test_a_caption_closed_by_a_bracketed_agency(agency: str) -> None:
    caption = f"Passengers queue at the ferry terminal in Kupang on May 3, 2025 [{agency}]"
    article = clean(page(HEADLINE, caption, *PROSE))
    assert article.captions == [caption]
    assert caption not in article.body


def test_a_sentence_ending_in_a_bracketed_word_stays_text() -> None:
    line = "The minister said the contracts would be reviewed by the end of the year [by the ministry]."
    article = clean(page(HEADLINE, *PROSE[:2], line, PROSE[2]))
    assert line in article.body


@pytest.mark.parametrize(
    "menu",
    ["Home News Sport Business Innovation Culture", "Beranda Berita Nasional Ekonomi Olahraga"],
)
def test_a_menu_of_section_names_is_no_title(menu: str) -> None:
    article = clean(page("Outlet", menu, HEADLINE, *PROSE))
    assert article.title == HEADLINE
    assert menu not in article.body


def test_a_title_of_capitalised_words_stays_the_title() -> None:
    title = "Sport Ministers Meet In Jakarta Ahead Of Games"
    article = clean(page(title, *PROSE))
    assert article.title == title


@pytest.mark.parametrize("dot", ["●", "▪"])
def test_a_clock_after_a_dot_separator(dot: str) -> None:
    parsed = parse_datetime(f"Jakarta {dot} Mon, April 14, 2025 {dot} 09:12 am", "en")
    assert parsed is not None
    assert (parsed.date, parsed.time) == (date(2025, 4, 14), time(9, 12))


def test_a_masthead_naming_the_outlet_and_its_wire_is_the_outlets_page() -> None:
    caption = "Riot police detain a protester in Paris on September 10, 2025. © Jane Doe, AFP"
    article = clean(page("France 24 / AFP", "Europe", HEADLINE, caption, *PROSE))
    assert (article.site, article.publisher) == ("france24.com", "France 24")


def test_a_wire_copyright_alone_still_names_the_wire() -> None:
    article = clean(page(HEADLINE, *PROSE, "© 2025 AFP"))
    assert article.site == "afp.com"

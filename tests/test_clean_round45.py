"""Round 45 of the cleaner: 'By' opening a time phrase ('By Friday evening, ...') starts a sentence, not a
byline; a bare-name byline closed by an agency field ('Name | with AP, dpa') names the writer and cites
the agencies, also printed in lower case; an outlet signing as 'By: Outlet 24' names no writer; a byline
signed from a known place ('X in Oslo', 'Agency in Oslo') gives the dateline of a story that prints none."""

from __future__ import annotations

from cleaning import clean, page

from kabar.clean.byline import parse_byline, signed_from
from kabar.clean.classify import _is_byline
from kabar.clean.sources import without_agency_field

TITLE = "Harbour strike halts ferries as talks on pay collapse"
P1 = (
    "Dock workers walked out at the city's main harbour on Thursday after talks on a new pay deal broke "
    "down, leaving thousands of passengers stranded and ferries tied up at their berths."
)
P2 = (
    "The union said its members had been offered a rise well below inflation and that the strike would go on "
    "until the port authority returned to the table with a better offer."
)
P3 = (
    "The port authority said it regretted the walkout and had asked a mediator to help both sides find a "
    "settlement before the busy holiday season begins next month."
)
LATE = "By Friday evening, the port authority said most of the stranded passengers had found other routes."


def test_by_opening_a_time_phrase_is_a_sentence_not_a_byline() -> None:
    assert not _is_byline(LATE)
    assert not _is_byline("By noon, the queues had cleared.")
    assert not _is_byline("By March 4, the talks had resumed.")
    assert _is_byline("By May Ellison")  # a month's name opening a writer's name
    article = clean(page("World", TITLE, "Lena Sorvik", "March 6, 2025", P1, P2, P3, LATE))
    assert LATE in article.body
    assert article.authors == ["Lena Sorvik"]


def test_a_bare_name_byline_with_an_agency_field_names_the_writer_and_cites_the_agencies() -> None:
    assert without_agency_field("Lena Sorvik | with AP, dpa") == "Lena Sorvik"
    assert without_agency_field("Lena Sorvik with Tomas Berg") == "Lena Sorvik with Tomas Berg"
    article = clean(page("World", TITLE, "Lena Sorvik | with AP, dpa", "03/06/2025", P1, P2, P3))
    assert article.authors == ["Lena Sorvik"]
    assert {"AP", "dpa"} <= set(article.cited_sources)


def test_an_outlet_signing_with_its_number_names_no_writer() -> None:
    assert parse_byline("By: FRANCE 24") == ([], [])
    article = clean(page("World", TITLE, "Issued on: 06/03/2025 - 10:15", "By: FRANCE 24", P1, P2, P3))
    assert article.authors == []


def test_a_byline_signed_from_a_known_place_gives_the_dateline() -> None:
    assert signed_from("Lena Sorvik in Oslo", True) == "Oslo"
    assert signed_from("Reuters in Oslo", False) == "Oslo"
    assert signed_from("Ferries in Oslo", False) is None  # no byline and no agency: a headline's words
    assert signed_from("Lena Sorvik in Wonderland", True) is None  # no known place
    article = clean(page("World", TITLE, "Lena Sorvik in Oslo", "Thu 6 Mar 2025 10.15 GMT", P1, P2, P3))
    assert article.authors == ["Lena Sorvik"]
    assert article.dateline == "Oslo"
    wire = clean(page("World", TITLE, "Reuters in Oslo", "Thu 6 Mar 2025 10.15 GMT", P1, P2, P3))
    assert wire.dateline == "Oslo"

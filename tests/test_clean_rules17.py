"""Cleaner rules from blind sets 45 to 48, on pages and bylines written here: a writer's surname with a
joined particle (`Nidal al-Mughrabi`), and the lead photo's caption that a text dump prints where the story
should start, with no closing stop but a closing quote."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.byline import collect

PROSE = [
    "The regional water authority said on Tuesday that supplies to the northern districts would resume "
    "next week after engineers finished repairs to the main pumping station's damaged intake.",
    "About 40,000 households depend on the station, and the outage had forced families to buy water from "
    "tankers at several times the usual price, residents said.",
    "Officials said a second intake would be built before the dry season, and that a review of the "
    "station's maintenance contracts had been ordered by the governor.",
]
HEADLINE = "Water supplies to northern districts to resume after pump repairs"


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("By Nidal al-Mughrabi and Maayan Lubell", ["Nidal al-Mughrabi", "Maayan Lubell"]),
        ("By Ahmed el-Shafei", ["Ahmed el-Shafei"]),
        ("By Jane Wanjiru and Peter Otieno", ["Jane Wanjiru", "Peter Otieno"]),
    ],
)
def test_a_particle_joined_to_a_surname_is_part_of_the_writer_s_name(line: str, writers: list[str]) -> None:
    assert collect([line])[0] == writers


def test_an_unstopped_line_with_a_closing_quote_under_the_byline_is_the_photo_caption() -> None:
    photo = 'The governor has called the outage "a failure of planning"'
    article = clean(page("BBC", HEADLINE, "3 May 2025", "Frank Phiri", "Africa correspondent", photo, *PROSE))
    assert article.captions == [photo]
    assert photo not in article.body
    assert article.body.startswith(PROSE[0])


def test_a_stopped_first_paragraph_under_the_byline_stays_the_story() -> None:
    lead = 'The governor has called the outage "a failure of planning."'
    article = clean(page("BBC", HEADLINE, "3 May 2025", "Frank Phiri", "Africa correspondent", lead, *PROSE))
    assert article.body.startswith(lead)
    assert lead not in article.captions


def test_an_unstopped_first_line_far_from_any_byline_stays_the_story() -> None:
    lead = 'Residents have called the outage "a failure of planning"'
    article = clean(page(HEADLINE, lead, *PROSE))
    assert lead not in article.captions

"""Cleaner rules from blind sets 41 and 42, on pages and bylines written here: a caption closed by a
bracketed file credit (`... on May 10 [File: Reuters]`) and a byline signed from a city (`By X, Blantyre`)."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.byline import parse_byline

PROSE = [
    "The regional water authority said on Tuesday that supplies to the northern districts would resume "
    "next week after engineers finished repairs to the main pumping station's damaged intake.",
    "About 40,000 households depend on the station, and the outage had forced families to buy water from "
    "tankers at several times the usual price, residents said.",
    "Officials said a second intake would be built before the dry season, and that a review of the "
    "station's maintenance contracts had been ordered by the governor.",
]
HEADLINE = "Water supplies to northern districts to resume after pump repairs"


@pytest.mark.parametrize("credit", ["[File: Reuters]", "[File: AFP]", "[File photo: Getty Images]"])
def test_a_caption_closed_by_a_bracketed_file_credit(credit: str) -> None:
    caption = f"Residents queue for water from a tanker in Lilongwe on May 10, 2025 {credit}"
    article = clean(page(HEADLINE, caption, *PROSE))
    assert article.captions == [caption]
    assert caption not in article.body


def test_a_bracketed_aside_that_is_no_credit_stays_text() -> None:
    line = "The governor said the contracts would be reviewed [File: the ministry will decide] next year."
    article = clean(page(HEADLINE, *PROSE[:2], line, PROSE[2]))
    assert line in article.body


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Frank Mwale, Blantyre", ["Frank Mwale"]),
        ("By Jane Wanjiru and Peter Otieno, Nairobi", ["Jane Wanjiru", "Peter Otieno"]),
        ("By Frank Mwale, Grace Banda", ["Frank Mwale", "Grace Banda"]),
        ("Oleh Ahmad Fauzi, Surabaya", ["Ahmad Fauzi"]),
    ],
)
def test_a_byline_signed_from_a_city_names_only_its_writers(line: str, authors: list[str]) -> None:
    assert parse_byline(line)[0] == authors

"""Round 42 of the cleaner: a byline printed in capitals is read as the name is written and a generational
suffix keeps its period; a standfirst sentence above the date stamp is the subtitle, not the story's first
paragraph; `Related Article` heads a related link; a dateline may name any city of 100,000 people."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.byline import parse_byline
from kabar.clean.dateline import parse_dateline


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By ANA RUIZ and MARK OLSEN JR.", ["Ana Ruiz", "Mark Olsen Jr."]),
        ("By Ana Ruiz and Mark Olsen Jr.", ["Ana Ruiz", "Mark Olsen Jr."]),
        ("By ANDRÉS PEÑA", ["Andrés Peña"]),
        ("By Ana Ruiz.", ["Ana Ruiz"]),
    ],
)
def test_byline_names_read_as_written(line: str, authors: list[str]) -> None:
    assert parse_byline(line)[0] == authors


STANDFIRST = (
    "The minister's remarks come days after the government designated the rebel group a 'foreign terrorist "
    "organisation', a label the group says is meant to justify military strikes."
)


def _stamped_page(*tail: str) -> str:
    return page(
        "News | Politics",
        "Nauru condemns 'colonial threat' after minister says its waters are closed",
        STANDFIRST,
        "Published On 30 Nov 2025",
        'Nauru has condemned as a "colonial threat" a declaration by a foreign minister that the waters '
        "around the island should be considered closed to all shipping.",
        "In a post on social media on Saturday, the minister addressed shipping firms and fishing fleets, "
        "without explaining how or whether the measure would be enforced.",
        "Nauru's foreign ministry said on Saturday that the statement was an unjustified aggression against "
        "its people and that it would not accept orders from any foreign power.",
        *tail,
    )


def test_a_standfirst_above_the_date_stamp_is_the_subtitle() -> None:
    article = clean(_stamped_page())
    assert article.subtitle == STANDFIRST
    stamps = [c.text for c in article.date_candidates]
    assert "Published On 30 Nov 2025" in stamps
    assert STANDFIRST not in article.body


def test_related_article_heads_a_related_link() -> None:
    article = clean(_stamped_page("Related Article", "Nauru says it is ready to talk to its neighbours"))
    assert article.related_titles == ["Nauru says it is ready to talk to its neighbours"]
    assert "ready to talk" not in article.body


def test_a_dateline_may_name_a_city_the_lexicon_lacks() -> None:
    found = parse_dateline("Jember - Polres setempat memeriksa tiga saksi terkait kecelakaan bus pada Senin.")
    assert found is not None and found.place == "Jember"

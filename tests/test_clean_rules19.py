"""Cleaner rules from blind sets 51 and 52, on pages written here: two writers printed one under another
with their posts between (`Name` / `Post` / `and` / `Name` / `Post`), the lead photo's caption under such
a byline, a closing credit of agencies and initials in parentheses (`(AFP/Reuters/bac)`), and a date an
election is set for, which a page published before it does not contradict."""

from __future__ import annotations

from datetime import date

import pytest
from cleaning import clean, page

from kabar.clean.sources import sign_off_sources
from kabar.dates.consistency import check_against_text

BODY = (
    "Ahmed Farouk has been elected president of the republic after winning more than 58% of the vote in "
    "the second round, officials said on Sunday.",
    "His rival conceded defeat on Sunday afternoon and called for calm in the capital.",
    "Turnout was 61%, the electoral commission said, the highest since the first multiparty vote.",
)


def test_two_writers_with_their_posts_are_both_authors_and_the_caption_below_is_a_caption() -> None:
    text = page(
        "World News",
        "Ahmed Farouk wins presidency in landslide",
        "12 October 2025",
        "Maria Lindqvist\nAfrica correspondent\nand\nOmar Haddad\nCairo correspondent",
        "Ahmed Farouk waves to supporters at his campaign headquarters after the results were announced",
        *BODY,
    )
    article = clean(text)
    assert article.authors == ["Maria Lindqvist", "Omar Haddad"]
    assert article.captions == [
        "Ahmed Farouk waves to supporters at his campaign headquarters after the results were announced",
    ]
    assert "correspondent" not in article.body


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(AFP/Reuters/bac)", ["AFP", "Reuters"]),
        ("(Antara/ab/dna)", ["Antara"]),
        ("(ant/dna)", []),
        ("(Reuters)", []),
    ],
)
def test_a_closing_credit_names_its_agencies_and_not_its_initials(line: str, names: list[str]) -> None:
    assert sign_off_sources(line) == names


def test_a_date_an_election_is_set_for_does_not_contradict_an_earlier_publication() -> None:
    text = (
        "VALLETTA, Oct 3 (Reuters) - The president dissolved parliament on Friday and set new parliamentary "
        "elections for April 12, 2026, his office said."
    )
    assert not check_against_text(date(2025, 10, 4), text, "en").contradicts

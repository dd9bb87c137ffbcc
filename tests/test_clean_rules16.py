"""Cleaner rules from blind sets 43 to 46, on pages and bylines written here: a dateline place with a
lower-case particle (`Dar es Salaam (AFP) -`), a wire's foot credit that lists more reporters than the
byline, and the lead photo's caption that a text dump prints between the byline and the story with no
credit and no closing stop."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.byline import collect
from kabar.clean.dateline import parse_dateline

PROSE = [
    "The regional water authority said on Tuesday that supplies to the northern districts would resume "
    "next week after engineers finished repairs to the main pumping station's damaged intake.",
    "About 40,000 households depend on the station, and the outage had forced families to buy water from "
    "tankers at several times the usual price, residents said.",
    "Officials said a second intake would be built before the dry season, and that a review of the "
    "station's maintenance contracts had been ordered by the governor.",
]
HEADLINE = "Water supplies to northern districts to resume after pump repairs"
PHOTO = "Residents queue for water from a tanker in the northern district of Kawale on Monday"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Dar es Salaam (AFP) – Tanzania's water minister said on Tuesday that supplies would resume.",
            "Dar es Salaam",
        ),
        (
            "Rio de Janeiro (Reuters) - Brazil's central bank kept its rate unchanged on Wednesday.",
            "Rio de Janeiro",
        ),
        (
            "Port of Spain (AP) — Trinidad's prime minister declared a state of emergency on Sunday night.",
            "Port of Spain",
        ),
    ],
)
def test_a_dateline_place_may_hold_a_lower_case_particle(text: str, place: str) -> None:
    dateline = parse_dateline(text)
    assert dateline is not None and dateline.place == place


def test_a_sentence_opening_with_a_preposition_is_no_dateline() -> None:
    assert (
        parse_dateline("Demo di Jakarta (Antara) - ribuan buruh turun ke jalan menolak kenaikan iuran.")
        is None
    )


def test_a_foot_credit_adds_no_writer_to_a_byline() -> None:
    lines = [
        "By Jane Wanjiru and Peter Otieno",
        "Reporting by Jane Wanjiru, Peter Otieno and Ali Hassan; Editing by Mark Lee",
    ]
    assert collect(lines) == (["Jane Wanjiru", "Peter Otieno"], ["Mark Lee"])


def test_a_foot_credit_names_the_writers_when_no_byline_does() -> None:
    lines = ["Reporting by Jane Wanjiru, Peter Otieno and Ali Hassan; Editing by Mark Lee"]
    assert collect(lines)[0] == ["Jane Wanjiru", "Peter Otieno", "Ali Hassan"]


@pytest.mark.parametrize("label", ["BBC News, Lilongwe", "Africa correspondent"])
def test_an_unpunctuated_line_between_byline_and_story_is_the_photo_caption(label: str) -> None:
    article = clean(page("BBC", HEADLINE, "24 September 2025", "By Frank Phiri", label, PHOTO, *PROSE))
    assert article.captions == [PHOTO]
    assert PHOTO not in article.body
    assert PROSE[0] in article.body


def test_a_header_promo_after_a_standfirst_is_no_caption() -> None:
    standfirst = "Stay ahead of the curve with our weekly guide to the latest water and climate news"
    promo = "Sign up to our free Water Week email"
    article = clean(page(HEADLINE, "By Frank Phiri", "24 September 2025", standfirst, promo, *PROSE))
    assert promo not in article.captions


def test_a_summary_bullet_above_the_story_is_no_caption() -> None:
    bullets = [
        "- Repairs to the main intake finished ahead of schedule",
        "- Tanker prices fell by half overnight",
    ]
    article = clean(page(HEADLINE, "Updated Mon, Feb 17, 2025 · 11:35 AM", *bullets, *PROSE))
    assert not [c for c in article.captions if "Tanker prices" in c]

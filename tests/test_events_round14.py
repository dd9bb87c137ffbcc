"""Round-14 mechanisms, on sentences written for these tests: a country adjective before an event noun is
its agent, an event noun with a participle clause is an event, a date right before `when` dates the `when`
clause, a listed group of accused is one accusation, and marching troops are no protest."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.coder import Mention, code_text, consolidate

ANCHOR = date(2025, 10, 19)  # a Sunday


def coded(text: str, lang: str) -> list[Mention]:
    return consolidate(code_text(text, lang, ANCHOR, None, False))


def countries(m: Mention) -> tuple[str | None, str | None]:
    return (
        m.actor1.country if m.actor1 is not None else None,
        m.actor2.country if m.actor2 is not None else None,
    )


@pytest.mark.parametrize(
    ("text", "code", "pair"),
    [
        (
            "The blast followed Pakistani air strikes on Kabul on Thursday.",
            "190",
            ("PAK", "AFG"),
        ),
        ("Israeli air strikes on Gaza killed 12 people on Monday.", "190", ("ISR", "PSE")),
        ("Russia's missile strikes on Kharkiv continued on Monday.", "190", ("RUS", "UKR")),
        ("Russian drones crossed into Polish airspace on Tuesday.", "150", ("RUS", "POL")),
    ],
)
def test_country_adjective_before_event_noun_is_the_agent(
    text: str, code: str, pair: tuple[str, str]
) -> None:
    found = [m for m in coded(text, "en") if m.cameo == code]
    assert found and countries(found[0]) == pair
    assert "+demonym_agent" in found[0].rule or "+attack_owner" in found[0].rule  # both read the adjective


def test_a_named_country_before_a_verb_is_not_taken_as_an_adjective() -> None:
    found = [m for m in coded("Iran attacked Israel on Monday.", "en") if m.cameo == "190"]
    assert found and countries(found[0]) == ("IRN", "ISR") and "+demonym_agent" not in found[0].rule


ARTICLE_EN = (
    "Pakistan and Afghanistan traded fire along the border, Pakistan said. Afghanistan confirmed it.\n\n{}"
)
ARTICLE_ID = (
    "Pakistan dan Afghanistan sepakat gencatan senjata, kata Pakistan. Afghanistan membenarkan.\n\n{}"
)


@pytest.mark.parametrize(
    ("lang", "sentence", "code", "day"),
    [
        ("en", "The talks followed a 48-hour truce agreed on Wednesday that later collapsed.", "057", 15),
        ("en", "At talks mediated by Qatar and Turkiye on Saturday, both sides spoke.", "040", 18),
        ("en", "The deal brokered on Thursday held for a day.", "057", 16),
        ("id", "Kesepakatan yang dicapai pada Rabu (15/10) itu runtuh dua hari kemudian.", "057", 15),
        ("id", "Perundingan yang dimediasi Qatar pada Sabtu (18/10) berlangsung alot.", "040", 18),
    ],
)
def test_event_noun_with_participle_clause(lang: str, sentence: str, code: str, day: int) -> None:
    text = (ARTICLE_EN if lang == "en" else ARTICLE_ID).format(sentence)
    cut = text.index(sentence)
    found = [m for m in coded(text, lang) if m.cameo == code and m.char_start >= cut]
    assert found and countries(found[0]) == ("PAK", "AFG")
    assert found[0].dating.event_date == date(2025, 10, day)
    assert "+participle" in found[0].rule


def test_talks_led_by_two_people_take_them_as_parties() -> None:
    sentence = (
        "Perundingan pada Sabtu (18/10) itu dipimpin Menteri Pertahanan Pakistan Khawaja Muhammad Asif "
        "dan Menteri Pertahanan Afghanistan Mullah Mohammad Yaqoob."
    )
    found = [m for m in coded(ARTICLE_ID.format(sentence), "id") if "+parties_after" in m.rule]
    assert found and found[0].actor1 is not None and found[0].actor1.name == "Khawaja Muhammad Asif"
    assert found[0].dating.event_date == date(2025, 10, 18)


@pytest.mark.parametrize(
    "text",
    [
        "The deal was a good one, the minister said on Friday.",  # no participle after the noun
        "The talks agreed on nothing new.",  # `talks` is no agreement noun
        "Kesepakatan itu penting bagi kedua negara.",  # no `yang` clause with a participle
    ],
)
def test_lookalikes_of_participle_clauses_code_nothing(text: str) -> None:
    assert not [m for m in coded(text, "en" if text[0] == "T" else "id") if "+participle" in m.rule]


def test_date_before_when_dates_the_when_clause() -> None:
    text = "A truce agreed on Wednesday collapsed on Friday, when Pakistani air raids hit Afghanistan."
    found = [m for m in coded(text, "en") if m.cameo == "190"]
    assert found and found[0].dating.event_date == date(2025, 10, 17)


def test_a_listed_group_of_accused_is_one_accusation() -> None:
    text = "U.S. President Donald Trump accused Xi, Putin and Kim of conspiring against the United States."
    found = [m for m in coded(text, "en") if m.cameo == "112"]
    assert len(found) == 1 and found[0].actor2 is not None and found[0].actor2.name == "Xi Jinping"


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("Some 10,000 troops marched across the square on Wednesday.", False),
        ("Thousands of protesters marched across the square on Wednesday.", True),
    ],
)
def test_marching_troops_are_no_protest(text: str, protest: bool) -> None:
    assert bool([m for m in coded(text, "en") if m.cameo.startswith("14")]) is protest

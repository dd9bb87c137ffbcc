"""Round-12 mechanisms, on sentences written for these tests: generic actors take the country of the
event's place, wire-copy verbs (border closures, consultations requested, airspace incursions, strikes that
hit), pair references to sides and delegations, prepositional lists that are no agents, a patient folded in
from a second report, and `neither confirmed nor denied`, which denies nothing."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.coder import Mention, code_text, consolidate
from kabar.events.roles import PAIR

ANCHOR = date(2025, 10, 8)  # a Wednesday


def coded(text: str, lang: str) -> list[Mention]:
    return consolidate(code_text(text, lang, ANCHOR, None, False))


def country(m: Mention, slot: int) -> str | None:
    actor = m.actor1 if slot == 1 else m.actor2
    return actor.country if actor is not None else None


@pytest.mark.parametrize(
    ("lang", "text", "code", "a1", "a2"),
    [
        (
            "en",
            "Police in Serbia used tear gas against protesters in the capital on Sunday.",
            "175",
            "SRB",
            "SRB",
        ),
        (
            "en",
            "Thousands of people rallied in Nairobi on Tuesday against the finance bill.",
            "140",
            "KEN",
            None,
        ),
        ("id", "Ribuan warga berunjuk rasa di Nairobi pada Selasa (7/10).", "140", "KEN", "KEN"),
    ],
)
def test_generic_actor_takes_the_country_of_the_place(
    lang: str, text: str, code: str, a1: str | None, a2: str | None
) -> None:
    found = [m for m in coded(text, lang) if m.cameo == code]
    assert found and (country(found[0], 1), country(found[0], 2)) == (a1, a2)
    assert "+actor_country_from_location" in found[0].rule


def test_generic_actor_without_a_place_stays_unknown() -> None:
    found = coded("Police used tear gas against protesters on Sunday.", "en")
    assert found and found[0].actor1 is not None and found[0].actor1.country is None


@pytest.mark.parametrize(
    ("text", "code", "a1", "a2"),
    [
        ("Turkey closed its border with Syria on Friday.", "160", "TUR", "SYR"),
        ("Lithuania requested consultations with its NATO allies on Friday.", "020", "LTU", None),
        ("Russian drones crossed into Romanian airspace on Monday.", "150", "RUS", "ROU"),
        ("Israeli air strikes hit Gaza City on Monday, killing 12 people.", "190", "ISR", "PSE"),
        ("Iran fired missiles at Israel on Tuesday.", "190", "IRN", "ISR"),
    ],
)
def test_wire_verbs_code_with_roles(text: str, code: str, a1: str, a2: str | None) -> None:
    found = [m for m in coded(text, "en") if m.cameo == code]
    assert found and (country(found[0], 1), country(found[0], 2)) == (a1, a2)


@pytest.mark.parametrize(
    "text",
    [
        "The shop closed its doors on Friday.",  # no border: no closure
        "The team crossed into the second round on Monday.",  # no airspace or territory
        "Fans in Jakarta rallied behind the national team on Monday.",  # `rallied behind` is support
    ],
)
def test_wire_verb_lookalikes_do_not_code(text: str) -> None:
    assert not [m for m in coded(text, "en") if m.cameo[:2] in ("14", "15", "16")]


def test_neither_confirmed_nor_denied_is_no_denial() -> None:
    text = "Pakistan has neither confirmed nor denied that it carried out the strikes on Kabul."
    assert not [m for m in coded(text, "en") if m.cameo == "016"]


def test_a_plain_denial_still_codes() -> None:
    assert [m for m in coded("Russia denied the accusations by Poland on Tuesday.", "en") if m.cameo == "016"]


@pytest.mark.parametrize(
    ("text", "is_pair"),
    [
        ("the two sides", True),
        ("both delegations", True),
        ("the delegations", True),
        ("the two neighbours", True),
        ("kedua kubu", True),
        ("the two buildings", False),
        ("both teams", False),
    ],
)
def test_pair_references(text: str, is_pair: bool) -> None:
    assert bool(PAIR.search(text)) is is_pair


def test_the_two_sides_name_the_articles_pair_not_the_mediators() -> None:
    text = (
        "India and Pakistan held talks in Doha on Friday over the border fighting. "
        "Officials said the two sides, at talks mediated by Qatar and Turkey on Saturday, "
        "agreed to a ceasefire."
    )
    truces = [m for m in coded(text, "en") if m.cameo[:2] == "05"]
    assert truces
    assert {country(truces[0], 1), country(truces[0], 2)} == {"IND", "PAK"}


def test_a_second_report_lends_its_patient() -> None:
    text = (
        "Romania shot down several drones on Monday (Oct 6), officials said. "
        "Romania shot down Russian drones that crossed the river, the ministry said."
    )
    downs = [m for m in coded(text, "en") if m.cameo == "190"]
    assert len(downs) == 1 and country(downs[0], 2) == "RUS" and downs[0].dating.start == date(2025, 10, 6)

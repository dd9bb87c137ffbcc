"""Mechanisms that make the coder generalise: links between events of a text, dates, actor variants."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from kabar.events.coder import code_text, family
from kabar.events.merge import assign_event_ids

ANCHOR = date(2025, 3, 14)  # a Friday


def _coded(text: str, lang: str = "id") -> list[tuple[str, str | None, str | None, date | None, str]]:
    return [
        (m.cameo, m.actor1 and m.actor1.country, m.actor2 and m.actor2.country, m.dating.start, m.modality)
        for m in code_text(text, lang, ANCHOR, None, False)
    ]


def test_a_reaction_to_an_earlier_event_targets_its_agent_and_takes_its_date() -> None:
    text = "Iran meluncurkan rudal balistik pada Kamis (13/3/2025). Arab Saudi mengecam peluncuran tersebut."
    assert ("111", "SAU", "IRN", date(2025, 3, 13), "asserted") in _coded(text)


def test_a_denial_of_an_accusation_targets_the_accuser() -> None:
    text = "Kenya menuduh Somalia melanggar perbatasan. Somalia membantah tuduhan itu."
    assert any(c[0] == "016" and c[1:3] == ("SOM", "KEN") and c[4] == "denied" for c in _coded(text))


def test_a_day_before_counts_from_the_previous_event() -> None:
    text = (
        "Peru mengusir duta besar Meksiko pada Rabu (12/3/2025). "
        "Sehari sebelumnya, Meksiko memanggil duta besar Peru."
    )
    days = {c[0]: c[3] for c in _coded(text)}
    assert days["166"] == date(2025, 3, 12)
    assert days["111"] == date(2025, 3, 11)


def test_kedua_negara_means_the_countries_of_the_lede_event() -> None:
    text = (
        "Armenia dan Azerbaijan bertemu di Abu Dhabi pada Kamis (13/3/2025). "
        "Presiden Prancis dan Rusia mengomentari hasilnya. Kedua negara sepakat melakukan gencatan senjata."
    )
    agreed = [c for c in _coded(text) if c[0] == "057"]
    assert agreed and {agreed[0][1], agreed[0][2]} == {"ARM", "AZE"}


def test_a_date_in_a_relative_clause_is_not_the_main_event_date() -> None:
    text = (
        "Mongolian President Ukhnaagiin Khurelsukh, who was elected on June 24, "
        "invited Japan's emperor to visit next year."
    )
    coded = _coded(text, "en")
    assert all(c[3] != date(2025, 6, 24) and c[3] != date(2024, 6, 24) for c in coded)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Presiden Chile Gabriel Boric tidak bertemu dengan Presiden Argentina Javier Milei.", "id"),
        ("Chilean President Gabriel Boric did not meet Argentine President Javier Milei.", "en"),
    ],
)
def test_an_event_that_did_not_happen_is_not_coded(text: str, lang: str) -> None:
    assert not [c for c in _coded(text, lang) if c[0].startswith("04")]


def test_a_date_after_publication_makes_the_event_planned() -> None:
    text = "Perdana Menteri India Narendra Modi mengunjungi Tokyo pada 2 April 2025."
    assert [c[4] for c in _coded(text) if c[0] == "042"] == ["planned"]


def test_different_acts_of_one_root_stay_different_events() -> None:
    assert family("173") != family("175")
    assert family("190") == family("193")


def _mention_row(mid: str, name: str, kind: str, day: date) -> dict:
    return {
        "mention_id": mid, "cameo_code": "190", "actor1_name": name, "actor1_country": "THA",
        "actor1_kind": kind, "actor2_name": "Kamboja", "actor2_country": "KHM", "actor2_kind": "country",
        "date_start": day, "date_end": day, "date_precision": "day",
    }  # fmt: skip


def test_a_country_and_its_military_are_one_actor_across_articles() -> None:
    day = date(2025, 7, 24)
    rows = [
        _mention_row("a", "Militer Thailand", "group", day),
        _mention_row("b", "Thailand", "country", day),
        _mention_row("c", "Thailand", "country", date(2025, 7, 25)),
    ]
    ids = assign_event_ids(pl.DataFrame(rows)).to_list()
    assert ids[0] == ids[1] != ids[2]
